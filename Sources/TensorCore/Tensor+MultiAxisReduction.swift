// MARK: - Reductions over several axes (NumPy's `axis=(0, 2)`)
//
// The reduced axes are brought together into one (a reshape when they are adjacent, as NumPy's
// iterator coalesces them; a copy that moves them last otherwise) and reduced as one axis, so
// float sums round the way NumPy's do for the usual adjacent cases.

extension Tensor {
  /// The tensor arranged so that `axes` form one axis, that axis, and the result's shape.
  /// An empty `axes` reduces nothing. Throws for out-of-range or repeated axes.
  func collapsing(_ axes: [Int], keepDims: Bool) throws -> (Tensor, axis: Int, shape: [Int]) {
    let normalized = try axes.map { try normalizeAxis($0, rank: rank) }
    guard Set(normalized).count == normalized.count else {
      throw TensorError(.value, "duplicate value in 'axis'")
    }
    let reduced = normalized.sorted()
    let kept = (0..<rank).filter { !reduced.contains($0) }
    let shape = keepDims ? (0..<rank).map { reduced.contains($0) ? 1 : self.shape[$0] } : kept.map { self.shape[$0] }
    guard let lo = reduced.first, let hi = reduced.last else {
      return (try reshaped(to: self.shape + [1]), rank, shape)
    }
    let n = reduced.reduce(1) { $0 * self.shape[$1] }
    if hi - lo + 1 == reduced.count {
      let merged = Array(self.shape[..<lo]) + [n] + Array(self.shape[(hi + 1)...])
      return (try reshaped(to: merged), lo, shape)
    }
    let moved = try permuted(kept + reduced).reshaped(to: kept.map { self.shape[$0] } + [n])
    return (moved, kept.count, shape)
  }

  /// Sum over several axes; see ``sum(axis:keepDims:)``.
  public func sum(axes: [Int], keepDims: Bool = false) throws -> Tensor {
    let (t, axis, shape) = try collapsing(axes, keepDims: keepDims)
    return try t.sum(axis: axis).reshaped(to: shape)
  }

  /// Mean over several axes.
  public func mean(axes: [Int], keepDims: Bool = false) throws -> Tensor {
    let (t, axis, shape) = try collapsing(axes, keepDims: keepDims)
    return try t.mean(axis: axis).reshaped(to: shape)
  }

  /// Maximum over several axes.
  public func max(axes: [Int], keepDims: Bool = false) throws -> Tensor {
    let (t, axis, shape) = try collapsing(axes, keepDims: keepDims)
    return try t.max(axis: axis).reshaped(to: shape)
  }

  /// Minimum over several axes.
  public func min(axes: [Int], keepDims: Bool = false) throws -> Tensor {
    let (t, axis, shape) = try collapsing(axes, keepDims: keepDims)
    return try t.min(axis: axis).reshaped(to: shape)
  }

  /// Product over several axes.
  public func product(axes: [Int], keepDims: Bool = false) throws -> Tensor {
    let (t, axis, shape) = try collapsing(axes, keepDims: keepDims)
    return try t.product(axis: axis).reshaped(to: shape)
  }

  /// Variance over several axes (`ddof` as in ``variance(axis:ddof:keepDims:)``).
  public func variance(axes: [Int], ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
    let (t, axis, shape) = try collapsing(axes, keepDims: keepDims)
    return try t.variance(axis: axis, ddof: ddof).reshaped(to: shape)
  }

  /// Standard deviation over several axes.
  public func standardDeviation(axes: [Int], ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
    try variance(axes: axes, ddof: ddof, keepDims: keepDims).sqrt()
  }
}
