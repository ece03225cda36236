import TensorCore

// MARK: - Reductions (forward and backward together)

extension Variable {
  /// Sum over `axis` (everything when nil); the gradient is the upstream gradient spread back
  /// over the summed axis. Throws for an out-of-range axis.
  public func sum(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
    let shape = value.shape
    let y = try value.sum(axis: axis, keepDims: keepDims)
    let ax = try axis.map { try normalizeAxis($0, rank: shape.count) }
    return Variable.record(y, [self]) { g in [Variable.spread(g, to: shape, axis: ax, keepDims: keepDims)] }
  }

  /// Mean over `axis`; gradient 1/n spread back.
  public func mean(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
    let shape = value.shape
    let y = try value.mean(axis: axis, keepDims: keepDims)
    let ax = try axis.map { try normalizeAxis($0, rank: shape.count) }
    let n = Double(ax.map { shape[$0] } ?? value.count)
    return Variable.record(y, [self]) { g in [Variable.spread(g, to: shape, axis: ax, keepDims: keepDims) / n] }
  }

  /// Sum over several axes (e.g. a batch norm's (0, 1, 2)); the gradient is spread back.
  public func sum(axes: [Int], keepDims: Bool = false) throws -> Variable {
    let shape = value.shape
    let y = try value.sum(axes: axes, keepDims: keepDims)
    let kept = try Variable.keptShape(shape, axes)
    return Variable.record(y, [self]) { g in [try! g.reshaped(to: kept).broadcast(to: shape)] }
  }

  /// Mean over several axes; gradient 1/n spread back.
  public func mean(axes: [Int], keepDims: Bool = false) throws -> Variable {
    let shape = value.shape
    let y = try value.mean(axes: axes, keepDims: keepDims)
    let kept = try Variable.keptShape(shape, axes)
    let n = Double(value.count / Swift.max(kept.reduce(1, *), 1))
    return Variable.record(y, [self]) { g in [try! g.reshaped(to: kept).broadcast(to: shape) / n] }
  }

  /// Largest element over `axis`; the gradient goes to the first maximal element (as
  /// `argmax` picks it), zero elsewhere.
  public func max(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
    try extremum(axis: axis, keepDims: keepDims, greater: true)
  }

  /// Smallest element over `axis`; the gradient goes to the first minimal element.
  public func min(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
    try extremum(axis: axis, keepDims: keepDims, greater: false)
  }

  func extremum(axis: Int?, keepDims: Bool, greater: Bool) throws -> Variable {
    let shape = value.shape
    let y = greater ? try value.max(axis: axis, keepDims: keepDims) : try value.min(axis: axis, keepDims: keepDims)
    let ax = try axis.map { try normalizeAxis($0, rank: shape.count) }
    let mask = try Variable.argMask(value, axis: ax, greater: greater)
    return Variable.record(y, [self]) { g in [Variable.spread(g, to: shape, axis: ax, keepDims: keepDims) * mask] }
  }

  /// `shape` with the reduced `axes` set to 1.
  static func keptShape(_ shape: [Int], _ axes: [Int]) throws -> [Int] {
    let normalized = try axes.map { try normalizeAxis($0, rank: shape.count) }
    return shape.enumerated().map { normalized.contains($0.offset) ? 1 : $0.element }
  }

  /// One-hot (in `x`'s dtype) of the arg-extremum along `axis` (over everything when nil).
  static func argMask(_ x: Tensor, axis: Int?, greater: Bool) throws -> Tensor {
    guard let axis else {
      let i = greater ? try x.argmax(axis: nil) : try x.argmin(axis: nil)
      var m = Tensor.zeros([x.count], dtype: x.dtype)
      m.setElement(at: Int(i.doubleValue), 1)
      return try m.reshaped(to: x.shape)
    }
    let idx = greater ? try x.argmax(axis: axis, keepDims: true) : try x.argmin(axis: axis, keepDims: true)
    var iotaShape = [Int](repeating: 1, count: x.rank)
    iotaShape[axis] = x.shape[axis]
    let iota = try Tensor.arange(0, Double(x.shape[axis]), dtype: .int64).reshaped(to: iotaShape)
    return (iota .== idx).astype(x.dtype)
  }

  /// The upstream gradient of a reduction, broadcast back to the input's `shape`.
  static func spread(_ g: Tensor, to shape: [Int], axis: Int?, keepDims: Bool) -> Tensor {
    var g = g
    if !keepDims {
      if let axis {
        g = try! g.expandingShape(at: axis)
      } else {
        g = try! g.reshaped(to: [Int](repeating: 1, count: shape.count))
      }
    }
    return try! g.broadcast(to: shape)
  }
}
