// MARK: - Broadcasting (the one shape rule for elementwise operations)

extension Tensor {
  /// The shape NumPy broadcasting gives two operands: align trailing axes; each pair must be
  /// equal or contain a 1. Throws `cannot broadcast (2, 3) with (4,)`.
  /// - Complexity: O(rank).
  public static func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
    if a == b || b.isEmpty { return a }
    if a.isEmpty { return b }
    let rank = Swift.max(a.count, b.count)
    var out = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
      let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
      let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
      if da == db || db == 1 {
        out[i] = da
      } else if da == 1 {
        out[i] = db
      } else {
        throw TensorError(.shape, "cannot broadcast \(formatShape(a)) with \(formatShape(b))")
      }
    }
    return out
  }

  /// Strides (in elements) that read a contiguous array of `shape` as if it had the
  /// broadcast shape `target`: 0 along axes that are broadcast.
  static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
    let offset = target.count - shape.count
    var s = [Int](repeating: 0, count: target.count)
    var acc = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
      s[i + offset] = shape[i] == 1 && target[i + offset] != 1 ? 0 : acc
      acc *= shape[i]
    }
    return s
  }

  /// The tensor repeated along broadcast axes to `shape` (NumPy's `broadcast_to`, copied).
  /// Throws `cannot broadcast (3,) to (2, 2)` when it does not fit.
  public func broadcast(to shape: [Int]) throws -> Tensor {
    if shape == self.shape { return self }
    let fits = (try? Tensor.broadcastShape(self.shape, shape)) == shape
    guard fits else {
      throw TensorError(.shape, "cannot broadcast \(formatShape(self.shape)) to \(formatShape(shape))")
    }
    try MemoryGuard.check(shape: shape, dtype: dtype)
    return broadcastUnchecked(to: shape)
  }

  /// ``broadcast(to:)`` for a shape already known to fit.
  func broadcastUnchecked(to shape: [Int]) -> Tensor {
    if shape == self.shape { return self }
    switch dtype {
    case .bool: return map1Strided(self, shape, Bool.self, .bool) { $0 }
    case .int64: return map1Strided(self, shape, Int.self, .int64) { $0 }
    case .float32: return map1Strided(self, shape, Float.self, .float32) { $0 }
    case .float64: return map1Strided(self, shape, Double.self, .float64) { $0 }
    }
  }
}
