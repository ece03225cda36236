// MARK: - Products beyond matmul: 1-D correlation and convolution, cross products, Kronecker
// products, tensor contractions.

import Foundation

/// How much of a full correlation or convolution to keep (NumPy's `mode=`).
public enum CorrelationMode: String, Sendable, CaseIterable {
  /// Only the positions where the two sequences overlap completely.
  case valid
  /// As many outputs as the longer input, centred.
  case same
  /// Every position with some overlap.
  case full
}

extension Tensor {
  // MARK: - Correlation and convolution

  /// NumPy's `np.correlate(a, v, mode)` of two 1-D tensors: `out[k] = Σₙ a[n + k]·v[n]` over
  /// the overlaps `mode` keeps, computed as NumPy's `_pyarray_correlate` does (shorter input
  /// slid along the longer, the result reversed when `v` is the longer). dtypes promote;
  /// two bool inputs give bool (any true product).
  /// - Complexity: O(a.count · v.count).
  public static func correlate(_ a: Tensor, _ v: Tensor, mode: CorrelationMode) throws -> Tensor {
    guard a.rank == 1, v.rank == 1 else { throw TensorError(.value, "object too deep for desired array") }
    guard a.count > 0 else { throw TensorError(.value, "first array argument cannot be empty") }
    guard v.count > 0 else { throw TensorError(.value, "second array argument cannot be empty") }
    let t = DType.promoted(a.dtype, v.dtype)
    switch t {
    case .float64: return correlateTyped(a.astype(t), v.astype(t), mode, Double.self)
    case .float32: return correlateTyped(a.astype(t), v.astype(t), mode, Float.self)
    case .int64: return correlateTyped(a.astype(t), v.astype(t), mode, Int.self)
    case .bool:
      // Booleans multiply as AND and add as OR: any true product.
      return correlateTyped(a.astype(.int64), v.astype(.int64), mode, Int.self).astype(.bool)
    }
  }

  /// NumPy's `np.convolve(a, v, mode)`: the correlation of the longer input with the shorter
  /// one reversed.
  /// - Complexity: O(a.count · v.count).
  public static func convolve(_ a: Tensor, _ v: Tensor, mode: CorrelationMode) throws -> Tensor {
    guard a.rank == 1, v.rank == 1 else { throw TensorError(.value, "object too deep for desired array") }
    guard a.count > 0 else { throw TensorError(.value, "a cannot be empty") }
    guard v.count > 0 else { throw TensorError(.value, "v cannot be empty") }
    let (long, short) = v.count > a.count ? (v, a) : (a, v)
    return try correlate(long, try short.flipped(axis: 0), mode: mode)
  }

  static func correlateTyped<T: Numeric & TensorElement>(_ a: Tensor, _ v: Tensor, _ mode: CorrelationMode, _: T.Type) -> Tensor {
    // x is the longer input (n1), y the shorter (n); NumPy reverses the result when swapped.
    let inverted = a.count < v.count
    let (x, y) = inverted ? (v, a) : (a, v)
    let n1 = x.count, n = y.count
    let px = x.pointer(T.self), py = y.pointer(T.self)
    var length = n1, left = 0, right = 0
    switch mode {
    case .valid: length = n1 - n + 1
    case .same: left = n / 2; right = n - left - 1
    case .full: left = n - 1; right = n - 1; length = n1 + n - 1
    }
    var out = [T](repeating: 0, count: length)
    // dot(i1, i2, m): Σ_{j<m} x[i1 + j]·y[i2 + j], summed in order.
    func dot(_ i1: Int, _ i2: Int, _ m: Int) -> T {
      var s: T = 0
      for j in 0..<m { s += px[i1 + j] * py[i2 + j] }
      return s
    }
    var o = 0, i1 = 0, i2 = left, m = n - left
    for _ in 0..<left {
      out[o] = dot(i1, i2, m)
      m += 1; i2 -= 1; o += 1
    }
    for _ in 0..<(n1 - n + 1) {
      out[o] = dot(i1, i2, m)
      i1 += 1; o += 1
    }
    for _ in 0..<right {
      m -= 1
      out[o] = dot(i1, i2, m)
      i1 += 1; o += 1
    }
    if inverted { out.reverse() }
    return Tensor(out)
  }

  // MARK: - Cross products

  /// NumPy's `np.cross(a, b)` over the last axes (each of extent 2 or 3; a 2-vector has z = 0),
  /// the other axes broadcast. Two 2-vectors give the z component alone.
  /// - Complexity: O(result count).
  public static func cross(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard let na = a.shape.last, let nb = b.shape.last, [2, 3].contains(na), [2, 3].contains(nb) else {
      throw TensorError(.value, "incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    }
    let lead = (Array(a.shape.dropLast()), Array(b.shape.dropLast()))
    guard (try? broadcastShape(lead.0, lead.1)) != nil else {
      throw TensorError(
        .value,
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape \(formatShape(lead.0)) and arg 1 with shape \(formatShape(lead.1)).")
    }
    func c(_ t: Tensor, _ i: Int) throws -> Tensor { try t.get([.ellipsis, .index(i)]) }
    func mul(_ x: Tensor, _ y: Tensor) throws -> Tensor { try Tensor.binary(.multiply, x, y) }
    func sub(_ x: Tensor, _ y: Tensor) throws -> Tensor { try Tensor.binary(.subtract, x, y) }
    let a0 = try c(a, 0), a1 = try c(a, 1), b0 = try c(b, 0), b1 = try c(b, 1)
    let z = try sub(mul(a0, b1), mul(a1, b0))
    if na == 2 && nb == 2 { return z }
    let x: Tensor, y: Tensor
    switch (na, nb) {
    case (2, _):
      let b2 = try c(b, 2)
      (x, y) = (try mul(a1, b2), try Tensor.unary(.negate, mul(a0, b2)))
    case (_, 2):
      let a2 = try c(a, 2)
      (x, y) = (try Tensor.unary(.negate, mul(a2, b1)), try mul(a2, b0))
    default:
      let a2 = try c(a, 2), b2 = try c(b, 2)
      (x, y) = (try sub(mul(a1, b2), mul(a2, b1)), try sub(mul(a2, b0), mul(a0, b2)))
    }
    let shape = try broadcastShape(x.shape, try broadcastShape(y.shape, z.shape))
    return try Tensor.stacked([x.broadcast(to: shape), y.broadcast(to: shape), z.broadcast(to: shape)], along: shape.count)
  }

  // MARK: - Kronecker and tensor products

  /// NumPy's `np.kron(a, b)`: the block tensor whose block `i` is `a[i]·b`; ranks are padded
  /// with leading 1s, and the result's extents are the products of the two shapes.
  /// - Complexity: O(a.count · b.count).
  public static func kronecker(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if a.rank == 0 || b.rank == 0 { return try Tensor.binary(.multiply, a, b) }
    let r = Swift.max(a.rank, b.rank)
    let sa = [Int](repeating: 1, count: r - a.rank) + a.shape, sb = [Int](repeating: 1, count: r - b.rank) + b.shape
    // a as [a0, 1, a1, 1, …] times b as [1, b0, 1, b1, …], then each pair merged.
    let ia = sa.flatMap { [$0, 1] }, ib = sb.flatMap { [1, $0] }
    let p = try Tensor.binary(.multiply, a.reshaped(to: ia), b.reshaped(to: ib))
    return try p.reshaped(to: zip(sa, sb).map { $0 * $1 })
  }

  /// NumPy's `np.tensordot(a, b, axes=(aAxes, bAxes))`: the sum over the paired axes, the
  /// result's shape `a`'s other axes then `b`'s. Throws `shape-mismatch for sum` when paired
  /// extents differ. Two bool operands give bool (any true product), as NumPy's dot.
  /// - Complexity: O(free(a) · summed · free(b)).
  public static func tensorDot(_ a: Tensor, _ b: Tensor, axes: ([Int], [Int])) throws -> Tensor {
    guard axes.0.count == axes.1.count else { throw TensorError(.value, "shape-mismatch for sum") }
    let aa = try axes.0.map { try normalizeAxis($0, rank: a.rank) }
    let bb = try axes.1.map { try normalizeAxis($0, rank: b.rank) }
    guard Set(aa).count == aa.count, Set(bb).count == bb.count else {
      throw TensorError(.value, "duplicate axes are not allowed in tensordot")
    }
    for (i, j) in zip(aa, bb) where a.shape[i] != b.shape[j] { throw TensorError(.value, "shape-mismatch for sum") }
    let freeA = (0..<a.rank).filter { !aa.contains($0) }, freeB = (0..<b.rank).filter { !bb.contains($0) }
    let k = aa.reduce(1) { $0 * a.shape[$1] }
    let m = freeA.reduce(1) { $0 * a.shape[$1] }, n = freeB.reduce(1) { $0 * b.shape[$1] }
    var t = DType.promoted(a.dtype, b.dtype)
    if t == .bool { t = .int64 }
    let left = try a.astype(t).permuted(freeA + aa).reshaped(to: [m, k])
    let right = try b.astype(t).permuted(bb + freeB).reshaped(to: [k, n])
    let p = try Tensor.matmul(left, right).reshaped(to: freeA.map { a.shape[$0] } + freeB.map { b.shape[$0] })
    // Booleans multiply as AND and add as OR: any true product.
    return DType.promoted(a.dtype, b.dtype) == .bool ? p.astype(.bool) : p
  }

  // MARK: - Polynomials

  /// NumPy's `np.polyval(p, x)`: the polynomial with coefficients `p` (highest power first)
  /// at every element of `x`, by Horner's rule from `zeros_like(x)` as NumPy computes it
  /// (`y = y·x + p[i]`); dtypes promote as NumPy's (a float coefficient makes int `x` float).
  /// - Complexity: O(p.count · x.count).
  public static func polynomialValue(_ p: Tensor, _ x: Tensor) throws -> Tensor {
    var y = Tensor.zeros(x.shape, dtype: x.dtype)
    for i in 0..<p.count {
      let coefficient = try p.flattened().get([.index(i)])
      y = try Tensor.binary(.add, Tensor.binary(.multiply, y, x), coefficient)
    }
    return y
  }
}
