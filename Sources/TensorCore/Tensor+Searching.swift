// MARK: - Searching sorted arrays, binning, membership and set operations, non-finite
// replacement, Vandermonde matrices.
//
// Comparisons run in the promoted dtype of the two operands; floats order NaN last, as
// NumPy's sort does, so a search in a sorted array with NaNs agrees with NumPy.

import Foundation

/// Calls `body` with both tensors converted to their promoted dtype and a matching "less than".
private func withCommonOrder<R>(
  _ a: Tensor, _ b: Tensor,
  _ body: (Tensor, Tensor, (Int, Int) -> Bool, (Int, Int) -> Bool) -> R
) -> R {
  let t = DType.promoted(a.dtype, b.dtype)
  let x = a.astype(t), y = b.astype(t)
  // less(i, j): x[i] < y[j]; greater(i, j): y[j] < x[i].
  switch t {
  case .float64:
    let p = x.pointer(Double.self), q = y.pointer(Double.self)
    return body(x, y, { nanLastLess(p[$0], q[$1]) }, { nanLastLess(q[$1], p[$0]) })
  case .float32:
    let p = x.pointer(Float.self), q = y.pointer(Float.self)
    return body(x, y, { nanLastLess(p[$0], q[$1]) }, { nanLastLess(q[$1], p[$0]) })
  case .int64:
    let p = x.pointer(Int.self), q = y.pointer(Int.self)
    return body(x, y, { p[$0] < q[$1] }, { q[$1] < p[$0] })
  case .bool:
    let p = x.pointer(Bool.self), q = y.pointer(Bool.self)
    return body(x, y, { !p[$0] && q[$1] }, { !q[$1] && p[$0] })
  }
}

extension Tensor {
  // MARK: - Searching

  /// For each element of `values`, the position in this sorted 1-D tensor where it would be
  /// inserted to keep the order (NumPy's `np.searchsorted(a, v, side)`): the first such position
  /// (`rightSide` false) or the last. int64, shaped like `values`.
  /// - Complexity: O(values.count · log count).
  public func insertionPoints(of values: Tensor, rightSide: Bool) throws -> Tensor {
    guard rank == 1 else { throw TensorError(.value, "object too deep for desired array") }
    let n = count
    return withCommonOrder(self, values) { _, v, sortedLess, valueLess in
      // sortedLess(i, j): self[i] < values[j]; valueLess(i, j): values[j] < self[i].
      var out = [Int](repeating: 0, count: v.count)
      for j in 0..<v.count {
        var lo = 0, hi = n
        while lo < hi {
          let mid = (lo + hi) / 2
          let goRight = rightSide ? !valueLess(mid, j) : sortedLess(mid, j)
          if goRight { lo = mid + 1 } else { hi = mid }
        }
        out[j] = lo
      }
      return Tensor(out, shape: values.shape)
    }
  }

  /// The index of the bin each element falls in (NumPy's `np.digitize(x, bins, right)`):
  /// for increasing `bins`, `i` with `bins[i-1] <= x < bins[i]` (`right`: `bins[i-1] < x <=
  /// bins[i]`); decreasing bins count from the other end. int64, shaped like this tensor.
  /// Throws NumPy's ValueError when `bins` is not monotonic.
  /// - Complexity: O(count · log bins).
  public func binIndices(bins: Tensor, right: Bool) throws -> Tensor {
    guard bins.rank == 1 else {
      throw TensorError(.value, bins.rank == 0 ? "object of too small depth for desired array" : "object too deep for desired array")
    }
    let b = bins.scalars(as: Double.self)
    let increasing = zip(b, b.dropFirst()).allSatisfy { $0 <= $1 }
    let decreasing = zip(b, b.dropFirst()).allSatisfy { $0 >= $1 }
    guard increasing || decreasing else {
      throw TensorError(.value, "bins must be monotonically increasing or decreasing")
    }
    if increasing { return try bins.insertionPoints(of: self, rightSide: !right) }
    let reversed = try bins.flipped(axis: 0)
    let points = try reversed.insertionPoints(of: self, rightSide: !right)
    return try Tensor.binary(.subtract, Tensor(scalar: bins.count), points)
  }

  // MARK: - Membership and sets

  /// Whether each element occurs in `test` (NumPy's `np.isin(element, test_elements, invert)`),
  /// bool shaped like this tensor. NaN is in no set.
  /// - Complexity: O((count + test.count) · log test.count).
  public func isMember(of test: Tensor, invert: Bool = false) -> Tensor {
    let sortedTest = (try? test.flattened().sorted(axis: 0)) ?? test.flattened()
    let flat = flattened()
    let left = (try? sortedTest.insertionPoints(of: flat, rightSide: false)) ?? Tensor.zeros([count], dtype: .int64)
    let right = (try? sortedTest.insertionPoints(of: flat, rightSide: true)) ?? left
    let pl = left.pointer(Int.self), pr = right.pointer(Int.self)
    let nanFree = flat.isNaN()
    let pn = nanFree.pointer(Bool.self)
    var hits = [Bool](repeating: false, count: count)
    for i in 0..<count { hits[i] = (pr[i] > pl[i] && !pn[i]) != invert }
    return Tensor(hits, shape: shape)
  }

  /// The sorted unique elements of `a` that are not in `b` (NumPy's `np.setdiff1d`), in `a`'s
  /// dtype.
  /// - Complexity: O((a.count + b.count) · log).
  public static func setDifference(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let u = a.unique().values
    return try u.masked(by: u.isMember(of: b, invert: true))
  }

  /// The sorted unique elements of `a` and `b` together (NumPy's `np.union1d`); dtypes promote.
  public static func union(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.concatenated([a.flattened(), b.flattened()], along: 0).unique().values
  }

  /// The sorted unique elements found in both `a` and `b` (NumPy's `np.intersect1d`); dtypes
  /// promote.
  public static func intersection(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let t = DType.promoted(a.dtype, b.dtype)
    let u = a.astype(t).unique().values
    return try u.masked(by: u.isMember(of: b.astype(t)))
  }

  // MARK: - Non-finite values

  /// NaN replaced by `nan`, +inf by `positiveInfinity` and -inf by `negativeInfinity` (each
  /// defaulting to the dtype's largest finite magnitude), as NumPy's `np.nan_to_num`; integer
  /// and bool tensors are returned unchanged.
  /// - Complexity: O(count).
  public func replacingNonFinite(nan: Double = 0, positiveInfinity: Double? = nil, negativeInfinity: Double? = nil) -> Tensor {
    switch dtype {
    case .float64:
      let n = nan, p = positiveInfinity ?? Double.greatestFiniteMagnitude, m = negativeInfinity ?? -Double.greatestFiniteMagnitude
      return map1(self, Double.self, .float64) { $0.isNaN ? n : ($0 == .infinity ? p : ($0 == -.infinity ? m : $0)) }
    case .float32:
      let n = Float(nan), p = Float(positiveInfinity ?? Double(Float.greatestFiniteMagnitude))
      let m = Float(negativeInfinity ?? -Double(Float.greatestFiniteMagnitude))
      return map1(self, Float.self, .float32) { $0.isNaN ? n : ($0 == .infinity ? p : ($0 == -.infinity ? m : $0)) }
    default:
      return self
    }
  }

  // MARK: - Vandermonde

  /// The Vandermonde matrix of a 1-D `x` (NumPy's `np.vander(x, N, increasing)`): column `j`
  /// holds `x ** (columns - 1 - j)` (or `x ** j` when `increasing`), computed by running
  /// products as NumPy does, in `promote_types(x.dtype, int)`.
  /// - Complexity: O(x.count · columns).
  public static func vandermonde(_ x: Tensor, columns: Int, increasing: Bool) throws -> Tensor {
    guard x.rank == 1 else { throw TensorError(.value, "x must be a one-dimensional array or sequence.") }
    guard columns >= 0 else { throw TensorError(.value, "negative dimensions are not allowed") }
    // NumPy's result type is promote_types(x.dtype, int): bool → int64, float32 → float64.
    let v = x.astype(DType.promoted(x.dtype, .int64))
    let n = v.count
    try MemoryGuard.check(shape: [n, columns], dtype: v.dtype)
    guard columns > 0 else { return Tensor.zeros([n, 0], dtype: v.dtype) }
    // powers[k] is x ** k, each the previous times x (NumPy multiplies cumulatively).
    var powers = [Tensor.ones([n], dtype: v.dtype)]
    for _ in 1..<columns { powers.append(try Tensor.binary(.multiply, powers[powers.count - 1], v)) }
    if !increasing { powers.reverse() }
    return try Tensor.stacked(powers, along: 1)
  }
}
