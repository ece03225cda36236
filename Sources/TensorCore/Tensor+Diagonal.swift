// MARK: - Diagonals, bin counts, per-element repeats

import Foundation

extension Tensor {
  /// The `offset`-th diagonal of the first two axes (NumPy's `a.diagonal(offset)`): element
  /// `t` is `x[i0 + t, j0 + t, …]` with `(i0, j0) = (0, offset)` for offset ≥ 0 and
  /// `(-offset, 0)` below. Shape `shape[2...] + [length]`, the diagonal last (as NumPy).
  /// Throws `diag requires an array of at least two dimensions` for rank < 2.
  /// - Complexity: O(result count).
  public func diagonal(offset: Int = 0) throws -> Tensor {
    guard rank >= 2 else { throw TensorError(.value, "diag requires an array of at least two dimensions") }
    let rows = shape[0], cols = shape[1]
    let i0 = offset >= 0 ? 0 : -offset, j0 = offset >= 0 ? offset : 0
    let length = Swift.max(0, Swift.min(rows - i0, cols - j0))
    let rest = Array(shape[2...])
    let restCount = rest.reduce(1, *)
    let out = Tensor(uninitializedShape: rest + [length], dtype: dtype)
    let size = dtype.byteSize
    let src = storage.pointer, dst = out.storage.pointer
    for t in 0..<length {
      let from = ((i0 + t) * cols + (j0 + t)) * restCount
      for r in 0..<restCount {
        (dst + (r * length + t) * size).copyMemory(from: src + (from + r) * size, byteCount: size)
      }
    }
    return out
  }

  /// A square matrix with `v` on its `offset`-th diagonal and zeros elsewhere (NumPy's
  /// `np.diag(v, k)` of a 1-D `v`): shape `(n + |offset|, n + |offset|)`, `v`'s dtype.
  /// - Complexity: O((n + |offset|)²).
  public static func diagonalMatrix(_ v: Tensor, offset: Int = 0) throws -> Tensor {
    guard v.rank == 1 else { throw TensorError(.value, "Input must be 1- or 2-d.") }
    let n = v.count + Swift.abs(offset)
    try MemoryGuard.check(shape: [n, n], dtype: v.dtype)
    let out = Tensor.zeros([n, n], dtype: v.dtype)
    let size = v.dtype.byteSize
    let src = v.storage.pointer, dst = out.storage.pointer
    let i0 = offset >= 0 ? 0 : -offset, j0 = offset >= 0 ? offset : 0
    for t in 0..<v.count {
      (dst + ((i0 + t) * n + j0 + t) * size).copyMemory(from: src + t * size, byteCount: size)
    }
    return out
  }

  /// How often each value `0, 1, …` occurs in a 1-D tensor of non-negative integers (NumPy's
  /// `np.bincount(x, weights, minlength)`): int64 counts of length `max(max(x) + 1, minLength)`,
  /// or float64 sums of `weights` (same length as `x`) when given. Floats are truncated to
  /// integers, as NumPy 2.4 still does (with a deprecation warning).
  /// - Complexity: O(count + result length).
  public func binCount(minLength: Int = 0, weights: Tensor? = nil) throws -> Tensor {
    guard rank <= 1 else {
      throw TensorError(.value, "object too deep for desired array")
    }
    guard minLength >= 0 else { throw TensorError(.value, "'minlength' must not be negative") }
    let values = astype(.int64).scalars(as: Int.self)
    if values.contains(where: { $0 < 0 }) {
      throw TensorError(.value, "'list' argument must have no negative elements")
    }
    let length = Swift.max((values.max() ?? -1) + 1, minLength)
    try MemoryGuard.check(shape: [length], dtype: .float64)
    if let weights {
      guard weights.count == count, weights.rank <= 1 else {
        throw TensorError(.value, "The weights and list don't have the same length.")
      }
      let w = weights.scalars(as: Double.self)
      var sums = [Double](repeating: 0, count: length)
      for (v, x) in zip(values, w) { sums[v] += x }
      return Tensor(sums)
    }
    var counts = [Int](repeating: 0, count: length)
    for v in values { counts[v] += 1 }
    return Tensor(counts)
  }

  /// Element `i` along `axis` repeated `counts[i]` times (NumPy's `np.repeat(a, counts, axis)`;
  /// flattened first when `axis` is nil). One count repeats every element that often.
  /// Throws NumPy's errors for a negative count or a count list of the wrong length.
  /// - Complexity: O(result count).
  public func repeated(counts: [Int], axis: Int?) throws -> Tensor {
    if counts.count == 1 {
      guard counts[0] >= 0 else { throw TensorError(.value, "negative dimensions are not allowed") }
      return try repeated(counts[0], axis: axis)
    }
    guard let axis else { return try flattened().repeated(counts: counts, axis: 0) }
    let ax = try normalizeAxis(axis, rank: rank)
    guard !counts.contains(where: { $0 < 0 }) else {
      throw TensorError(.value, "repeats may not contain negative values.")
    }
    guard counts.count == shape[ax] else {
      throw TensorError(.value, "operands could not be broadcast together with shape (\(shape[ax]),) (\(counts.count),)")
    }
    var outShape = shape
    outShape[ax] = counts.reduce(0, +)
    try MemoryGuard.check(shape: outShape, dtype: dtype)
    var index: [Int] = []
    index.reserveCapacity(outShape[ax])
    for (i, c) in counts.enumerated() { index += repeatElement(i, count: c) }
    return try gather(indices: Tensor(index), axis: ax)
  }
}
