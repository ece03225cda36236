// MARK: - Statistics that skip NaN, histograms, linear interpolation, covariance.
//
// NaN-skipping reductions replace NaN by the operation's identity and reduce with the ordinary
// kernels (so sums are pairwise, as NumPy's); histograms and interpolation follow NumPy's own
// formulas step by step so bin edges and interpolated values agree bit for bit.

import Foundation

extension Tensor {
  // MARK: - NaN-skipping reductions

  /// This tensor with NaN replaced by `value` (integers and bools unchanged), and the mask of
  /// the NaNs.
  func replacingNaN(with value: Double) -> (Tensor, nan: Tensor) {
    let nan = isNaN()
    guard dtype.isFloatingPoint else { return (self, nan) }
    // Same shapes: `where` cannot fail.
    let filled = (try? Tensor.where(nan, Tensor(.float(value), dtype: dtype), self)) ?? self
    return (filled, nan)
  }

  /// NumPy's `np.nansum(a, axis, keepdims)`: the sum with NaN counted as 0.
  /// - Complexity: O(count).
  public func nanSum(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    try replacingNaN(with: 0).0.sum(axis: axis, keepDims: keepDims)
  }

  /// NumPy's `np.nanmean(a, axis, keepdims)`: the mean of the non-NaN elements (NaN where
  /// there are none); integers give the ordinary float64 mean.
  /// - Complexity: O(count).
  public func nanMean(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else { return try mean(axis: axis, keepDims: keepDims) }
    let (filled, nan) = replacingNaN(with: 0)
    let total = try filled.sum(axis: axis, keepDims: keepDims)
    let counts = try nan.logicalNot().astype(.int64).sum(axis: axis, keepDims: keepDims).astype(dtype)
    return try Tensor.binary(.divide, total, counts)
  }

  /// NumPy's `np.nanmax` (`greater`) / `np.nanmin`: the extremum of the non-NaN elements, NaN
  /// where a lane holds only NaN. Throws NumPy's `fmax`/`fmin` message for an empty lane.
  /// - Complexity: O(count).
  public func nanExtremum(greater: Bool, axis: Int?, keepDims: Bool = false) throws -> Tensor {
    let reducedCount = axis.map { a in (try? normalizeAxis(a, rank: rank)).map { shape[$0] } ?? 1 } ?? count
    if reducedCount == 0 {
      if let axis { _ = try normalizeAxis(axis, rank: rank) }
      throw TensorError(.value, "zero-size array to reduction operation \(greater ? "fmax" : "fmin") which has no identity")
    }
    guard dtype.isFloatingPoint else {
      return greater ? try max(axis: axis, keepDims: keepDims) : try min(axis: axis, keepDims: keepDims)
    }
    let (filled, nan) = replacingNaN(with: greater ? -.infinity : .infinity)
    let r = greater ? try filled.max(axis: axis, keepDims: keepDims) : try filled.min(axis: axis, keepDims: keepDims)
    let allNaN = try nan.astype(.int64).min(axis: axis, keepDims: keepDims).astype(.bool)
    return try Tensor.where(allNaN, Tensor(.float(.nan), dtype: dtype), r)
  }

  // MARK: - Histograms

  /// NumPy's `np.histogram(a, bins)` with `bins` equal-width bins over `range` (default: the
  /// data's min and max, widened by 0.5 each way when equal; `[0, 1]` for no data): int64
  /// counts and float64 edges. Values outside the range are not counted; the last bin includes
  /// its right edge.
  /// - Complexity: O(count).
  public func histogram(bins n: Int, range: (Double, Double)? = nil) throws -> (counts: Tensor, edges: Tensor) {
    guard n > 0 else { throw TensorError(.value, "`bins` must be positive, when an integer") }
    try MemoryGuard.check(shape: [n], dtype: .float64)  // before n + 1 can overflow
    let data = scalars(as: Double.self)
    var (first, last): (Double, Double)
    if let range {
      (first, last) = range
      guard first <= last else { throw TensorError(.value, "max must be larger than min in range parameter.") }
      guard first.isFinite && last.isFinite else {
        throw TensorError(.value, "supplied range of [\(first), \(last)] is not finite")
      }
    } else if data.isEmpty {
      (first, last) = (0, 1)
    } else {
      let hasNaN = data.contains(where: \.isNaN)
      (first, last) = hasNaN ? (.nan, .nan) : (data.min() ?? 0, data.max() ?? 1)
      guard first.isFinite && last.isFinite else {
        throw TensorError(.value, "autodetected range of [\(first), \(last)] is not finite")
      }
    }
    if first == last { first -= 0.5; last += 0.5 }
    // float32 data bins in float32 (NumPy's result_type of the edges and the data).
    if dtype == .float32 {
      // NumPy's linspace in float32: i·step + start, the last edge exactly `last`.
      let lo = Float(first), hi = Float(last), step = (hi - lo) / Float(n)
      let edges = Tensor((0...n).map { $0 == n ? hi : Float($0) * step + lo })
      try Tensor.checkIncreasing(edges, n, Float.self)
      return (Tensor.binCounts(astype(.float32), lo, hi, n, edges, Float.self), edges)
    }
    let edges = try Tensor.linspace(first, last, count: n + 1)
    try Tensor.checkIncreasing(edges, n, Double.self)
    return (Tensor.binCounts(astype(.float64), first, last, n, edges, Double.self), edges)
  }

  /// NumPy's check that equal-width edges are finite-sized (a range too wide for the dtype
  /// gives infinite edges, one too narrow repeated ones).
  static func checkIncreasing<T: FloatElement>(_ edges: Tensor, _ n: Int, _: T.Type) throws {
    let e = edges.pointer(T.self)
    for i in 0..<n where !(e[i] < e[i + 1]) || !e[i].isFinite || !e[i + 1].isFinite {
      throw TensorError(.value, "Too many bins for data range. Cannot create \(n) finite-sized bins.")
    }
  }

  /// Counts of `data` in `n` equal bins between `first` and `last` with NumPy's steps: the
  /// scaled index, the last edge clamped, then corrected by one either way against `edges`.
  static func binCounts<T: FloatElement>(_ data: Tensor, _ first: T, _ last: T, _ n: Int, _ edges: Tensor, _: T.Type) -> Tensor {
    let e = edges.pointer(T.self), x = data.pointer(T.self)
    var counts = [Int](repeating: 0, count: n)
    let width = last - first
    for k in 0..<data.count where x[k] >= first && x[k] <= last {
      let v = x[k]
      var i = Int((v - first) / width * T(n))
      if i == n { i -= 1 }
      if v < e[i] { i -= 1 }
      if v >= e[i + 1] && i != n - 1 { i += 1 }
      counts[i] += 1
    }
    return Tensor(counts)
  }

  /// NumPy's `np.histogram(a, bins=edges)`: int64 counts of `edges[i] <= x < edges[i + 1]`,
  /// the last bin closed. Throws when `edges` does not increase.
  /// - Complexity: O(count · log edges).
  public func histogram(edges: Tensor) throws -> Tensor {
    guard edges.rank == 1, edges.count >= 1 else { throw TensorError(.value, "`bins` must be 1d, when an array") }
    let e = edges.scalars(as: Double.self)
    guard zip(e, e.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      throw TensorError(.value, "`bins` must increase monotonically, when an array")
    }
    let sortedData = try flattened().astype(.float64).sorted(axis: 0)
    let edgeTensor = Tensor(e)
    let left = try sortedData.insertionPoints(of: try edgeTensor.get([.slice(start: nil, stop: -1, step: nil)]), rightSide: false)
    let right = try sortedData.insertionPoints(of: try edgeTensor.get([.slice(start: -1, stop: nil, step: nil)]), rightSide: true)
    let cumulative = try Tensor.concatenated([left, right], along: 0)
    return try cumulative.differences(order: 1, axis: 0)
  }

  // MARK: - Interpolation

  /// NumPy's `np.interp(x, xp, fp, left, right)`: piecewise-linear interpolation of the points
  /// `(xp, fp)` (`xp` increasing) at every element of `x`, float64 shaped like `x`; `left` /
  /// `right` (default `fp[0]` / `fp[-1]`) outside. Uses NumPy's formula
  /// `slope * (x - xp[j]) + fp[j]`, retried from the right end when that is NaN.
  /// - Complexity: O(x.count · log xp.count).
  public static func interpolate(_ x: Tensor, _ xp: Tensor, _ fp: Tensor, left: Double? = nil, right: Double? = nil) throws -> Tensor {
    guard xp.rank == 1, fp.rank == 1 else { throw TensorError(.value, "object too deep for desired array") }
    guard xp.count > 0 else { throw TensorError(.value, "array of sample points is empty") }
    guard fp.count == xp.count else { throw TensorError(.value, "fp and xp are not of the same length.") }
    let dx = xp.scalars(as: Double.self), dy = fp.scalars(as: Double.self)
    let n = dx.count
    let lval = left ?? dy[0], rval = right ?? dy[n - 1]
    let values = x.scalars(as: Double.self)
    var out = [Double](repeating: 0, count: values.count)
    for (k, v) in values.enumerated() {
      if v.isNaN { out[k] = v; continue }
      if v < dx[0] { out[k] = lval; continue }
      if v > dx[n - 1] { out[k] = rval; continue }
      // The last j with dx[j] <= v.
      var lo = 0, hi = n
      while lo < hi {
        let mid = (lo + hi) / 2
        if dx[mid] <= v { lo = mid + 1 } else { hi = mid }
      }
      let j = lo - 1
      if j == n - 1 || dx[j] == v { out[k] = dy[j]; continue }
      let slope = (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j])
      var r = slope * (v - dx[j]) + dy[j]
      if r.isNaN {
        r = slope * (v - dx[j + 1]) + dy[j + 1]
        if r.isNaN && dy[j] == dy[j + 1] { r = dy[j] }
      }
      out[k] = r
    }
    return Tensor(out, shape: x.shape)
  }

  // MARK: - Covariance

  /// NumPy's `np.cov` of `x` `[variables, observations]` (float64): the observations centred
  /// on each variable's mean, `X·Xᵀ` scaled by `1 / (observations - ddof)` (as a product, like
  /// NumPy; an infinite factor when that is not positive), shape `[variables, variables]`.
  /// - Complexity: O(variables² · observations).
  public static func covariance(_ x: Tensor, ddof: Int) throws -> Tensor {
    guard x.rank == 2 else { throw TensorError(.value, "m has more than 2 dimensions") }
    let data = x.astype(.float64)
    let mean = try data.mean(axis: 1, keepDims: true)
    let centred = try Tensor.binary(.subtract, data, mean)
    let product = try Tensor.matmul(centred, centred.transposed())
    let fact = x.shape[1] - ddof
    let scale = 1.0 / Double(Swift.max(fact, 0))
    return try Tensor.binary(.multiply, product, Tensor(scalar: scale))
  }
}
