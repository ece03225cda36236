// MARK: - Reductions

extension Tensor {
  /// Splits `shape` around `axis` into (outer, n, inner) and gives the reduced shape.
  /// Throws `axis 2 is out of bounds for array of dimension 2`.
  static func reductionLayout(_ shape: [Int], axis: Int, keepDims: Bool) throws
    -> (outer: Int, n: Int, inner: Int, shape: [Int])
  {
    let ax = try normalizeAxis(axis, rank: shape.count)
    var outer = 1, inner = 1
    for i in 0..<ax { outer *= shape[i] }
    for i in (ax + 1)..<shape.count { inner *= shape[i] }
    var out = shape
    if keepDims { out[ax] = 1 } else { out.remove(at: ax) }
    return (outer, shape[ax], inner, out)
  }

  /// The layout of a reduction over everything (axis nil): one row of `count`.
  func fullLayout(keepDims: Bool) -> (outer: Int, n: Int, inner: Int, shape: [Int]) {
    (1, count, 1, keepDims ? [Int](repeating: 1, count: rank) : [])
  }

  func layout(_ axis: Int?, _ keepDims: Bool) throws -> (outer: Int, n: Int, inner: Int, shape: [Int]) {
    guard let axis else { return fullLayout(keepDims: keepDims) }
    return try Tensor.reductionLayout(shape, axis: axis, keepDims: keepDims)
  }

  // MARK: - sum, mean

  /// Sum over `axis` (all elements when nil). Bool and int sum to int64, floats in their own
  /// precision with NumPy's pairwise summation along a contiguous run (so printed float64 sums
  /// match NumPy digit for digit); over a non-last axis NumPy adds rows in order, as here.
  /// - Complexity: O(count).
  public func sum(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    let l = try layout(axis, keepDims)
    switch dtype {
    case .float64: return Tensor.sumTyped(self, l, Double.self)
    case .float32: return Tensor.sumTyped(self, l, Float.self)
    case .int64: return Tensor.sumInt(self, l)
    case .bool: return Tensor.sumInt(astype(.int64), l)
    }
  }

  /// Sum of all elements, rank 0.
  public func sum() -> Tensor { try! sum(axis: nil) }

  static func sumTyped<T: FloatElement>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int, shape: [Int]), _: T.Type) -> Tensor {
    let out = Tensor(uninitializedShape: l.shape, dtype: T.dtype)
    let px = x.pointer(T.self), po = out.pointer(T.self)
    if l.inner == 1 {
      for o in 0..<l.outer { po[o] = 0 + pairwiseSum(px + o * l.n, l.n) }
    } else {
      for o in 0..<l.outer {
        let dst = po + o * l.inner
        for j in 0..<l.inner { dst[j] = 0 }
        for i in 0..<l.n {
          let src = px + (o * l.n + i) * l.inner
          for j in 0..<l.inner { dst[j] += src[j] }
        }
      }
    }
    return out
  }

  static func sumInt(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int, shape: [Int])) -> Tensor {
    let out = Tensor(uninitializedShape: l.shape, dtype: .int64)
    let px = x.pointer(Int.self), po = out.pointer(Int.self)
    for o in 0..<l.outer {
      let dst = po + o * l.inner
      for j in 0..<l.inner { dst[j] = 0 }
      for i in 0..<l.n {
        let src = px + (o * l.n + i) * l.inner
        for j in 0..<l.inner { dst[j] &+= src[j] }
      }
    }
    return out
  }

  /// Arithmetic mean over `axis`: the sum divided by the count, in float64 for int/bool input
  /// and in the input's precision for floats. NaN for an empty reduction.
  public func mean(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    let l = try layout(axis, keepDims)
    let x = dtype.isFloatingPoint ? self : astype(.float64)
    let s = try x.sum(axis: axis, keepDims: keepDims)
    switch x.dtype {
    case .float32:
      let n = Float(l.n)
      return map1(s, Float.self, .float32) { $0 / n }
    default:
      let n = Double(l.n)
      return map1(s, Double.self, .float64) { $0 / n }
    }
  }

  /// Mean of all elements, rank 0.
  public func mean() -> Tensor { try! mean(axis: nil) }

  /// Variance as NumPy computes it: `sum(|x - mean|²) / (n - ddof)` over `axis`.
  public func variance(axis: Int?, ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
    let l = try layout(axis, keepDims)
    let x = dtype.isFloatingPoint ? self : astype(.float64)
    let m = try x.mean(axis: axis, keepDims: true)
    let d = try Tensor.binary(.subtract, x, m)
    let sq = try Tensor.binary(.multiply, d, d)
    let s = try sq.sum(axis: axis, keepDims: keepDims)
    let divisor = Swift.max(l.n - ddof, 0)
    switch x.dtype {
    case .float32:
      let n = Float(divisor)
      return map1(s, Float.self, .float32) { $0 / n }
    default:
      let n = Double(divisor)
      return map1(s, Double.self, .float64) { $0 / n }
    }
  }

  /// Standard deviation: the square root of ``variance(axis:ddof:keepDims:)``.
  public func standardDeviation(axis: Int?, ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
    try variance(axis: axis, ddof: ddof, keepDims: keepDims).sqrt()
  }

  // MARK: - prod

  /// Product over `axis`, multiplied in order (int64 for bool/int input).
  public func product(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    let l = try layout(axis, keepDims)
    switch dtype {
    case .float64: return Tensor.foldTyped(self, l, Double.self, 1) { $0 * $1 }
    case .float32: return Tensor.foldTyped(self, l, Float.self, 1) { $0 * $1 }
    default: return Tensor.foldTyped(astype(.int64), l, Int.self, 1) { $0 &* $1 }
    }
  }

  @inline(__always)
  static func foldTyped<T>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int, shape: [Int]), _: T.Type,
                           _ initial: T, _ f: (T, T) -> T) -> Tensor {
    let out = Tensor(uninitializedShape: l.shape, dtype: x.dtype)
    let px = x.pointer(T.self), po = out.pointer(T.self)
    for o in 0..<l.outer {
      let dst = po + o * l.inner
      for j in 0..<l.inner { dst[j] = initial }
      for i in 0..<l.n {
        let src = px + (o * l.n + i) * l.inner
        for j in 0..<l.inner { dst[j] = f(dst[j], src[j]) }
      }
    }
    return out
  }

  // MARK: - max, min

  /// Largest element over `axis` (NaN propagates). Throws NumPy's
  /// `zero-size array to reduction operation maximum which has no identity` when empty.
  public func max(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    try extremum(axis, keepDims, greater: true)
  }

  /// Smallest element over `axis` (NaN propagates).
  public func min(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    try extremum(axis, keepDims, greater: false)
  }

  func extremum(_ axis: Int?, _ keepDims: Bool, greater: Bool) throws -> Tensor {
    let l = try layout(axis, keepDims)
    if l.n == 0 {
      throw TensorError(.value, "zero-size array to reduction operation \(greater ? "maximum" : "minimum") which has no identity")
    }
    switch (dtype, greater) {
    case (.float64, true): return Tensor.extremumTyped(self, l, Double.self) { x, y in (x >= y || x.isNaN) ? x : y }
    case (.float64, false): return Tensor.extremumTyped(self, l, Double.self) { x, y in (x <= y || x.isNaN) ? x : y }
    case (.float32, true): return Tensor.extremumTyped(self, l, Float.self) { x, y in (x >= y || x.isNaN) ? x : y }
    case (.float32, false): return Tensor.extremumTyped(self, l, Float.self) { x, y in (x <= y || x.isNaN) ? x : y }
    case (.int64, true): return Tensor.extremumTyped(self, l, Int.self) { Swift.max($0, $1) }
    case (.int64, false): return Tensor.extremumTyped(self, l, Int.self) { Swift.min($0, $1) }
    case (.bool, true): return Tensor.extremumTyped(self, l, Bool.self) { $0 || $1 }
    case (.bool, false): return Tensor.extremumTyped(self, l, Bool.self) { $0 && $1 }
    }
  }

  @inline(__always)
  static func extremumTyped<T>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int, shape: [Int]), _: T.Type,
                               _ f: (T, T) -> T) -> Tensor {
    let out = Tensor(uninitializedShape: l.shape, dtype: x.dtype)
    let px = x.pointer(T.self), po = out.pointer(T.self)
    for o in 0..<l.outer {
      let dst = po + o * l.inner
      let first = px + o * l.n * l.inner
      for j in 0..<l.inner { dst[j] = first[j] }
      for i in 1..<l.n {
        let src = px + (o * l.n + i) * l.inner
        for j in 0..<l.inner { dst[j] = f(dst[j], src[j]) }
      }
    }
    return out
  }

  // MARK: - argmax, argmin

  /// Index (int64) of the largest element over `axis`, the first on ties; over all elements
  /// (flattened index) when nil. The first NaN wins, as in NumPy.
  public func argmax(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    try argExtremum(axis, keepDims, greater: true)
  }

  /// Index (int64) of the smallest element over `axis`, the first on ties.
  public func argmin(axis: Int?, keepDims: Bool = false) throws -> Tensor {
    try argExtremum(axis, keepDims, greater: false)
  }

  func argExtremum(_ axis: Int?, _ keepDims: Bool, greater: Bool) throws -> Tensor {
    let l = try layout(axis, keepDims)
    if l.n == 0 {
      throw TensorError(.value, "attempt to get \(greater ? "argmax" : "argmin") of an empty sequence")
    }
    let x = dtype == .bool ? astype(.int64) : self
    switch (x.dtype, greater) {
    case (.float64, true): return Tensor.argTyped(x, l, Double.self) { $1 > $0 || ($1.isNaN && !$0.isNaN) }
    case (.float64, false): return Tensor.argTyped(x, l, Double.self) { $1 < $0 || ($1.isNaN && !$0.isNaN) }
    case (.float32, true): return Tensor.argTyped(x, l, Float.self) { $1 > $0 || ($1.isNaN && !$0.isNaN) }
    case (.float32, false): return Tensor.argTyped(x, l, Float.self) { $1 < $0 || ($1.isNaN && !$0.isNaN) }
    case (_, true): return Tensor.argTyped(x, l, Int.self) { $1 > $0 }
    case (_, false): return Tensor.argTyped(x, l, Int.self) { $1 < $0 }
    }
  }

  /// `better(best, candidate)` says whether the candidate replaces the best so far.
  @inline(__always)
  static func argTyped<T>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int, shape: [Int]), _: T.Type,
                          _ better: (T, T) -> Bool) -> Tensor {
    let out = Tensor(uninitializedShape: l.shape, dtype: .int64)
    let px = x.pointer(T.self), po = out.pointer(Int.self)
    for o in 0..<l.outer {
      for j in 0..<l.inner {
        let base = px + o * l.n * l.inner + j
        var best = base[0], bestIndex = 0
        for i in 1..<l.n where better(best, base[i * l.inner]) {
          best = base[i * l.inner]
          bestIndex = i
        }
        po[o * l.inner + j] = bestIndex
      }
    }
    return out
  }
}

// MARK: - NumPy's pairwise summation

/// Sum of `n` elements exactly as NumPy's `pairwise_sum` adds them: below 8 elements in
/// order; up to 128 with 8 accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) plus
/// the tail; above, the two halves (the first a multiple of 8) recursively.
@inline(__always)
func pairwiseSum<T: FloatElement>(_ a: UnsafePointer<T>, _ n: Int) -> T {
  if n < 8 {
    var res: T = 0
    for i in 0..<n { res += a[i] }
    return res
  } else if n <= 128 {
    var r0 = a[0], r1 = a[1], r2 = a[2], r3 = a[3], r4 = a[4], r5 = a[5], r6 = a[6], r7 = a[7]
    var i = 8
    while i < n - (n % 8) {
      r0 += a[i]; r1 += a[i + 1]; r2 += a[i + 2]; r3 += a[i + 3]
      r4 += a[i + 4]; r5 += a[i + 5]; r6 += a[i + 6]; r7 += a[i + 7]
      i += 8
    }
    var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n {
      res += a[i]
      i += 1
    }
    return res
  } else {
    var n2 = n / 2
    n2 -= n2 % 8
    return pairwiseSumRecursive(a, n2) + pairwiseSumRecursive(a + n2, n - n2)
  }
}

func pairwiseSumRecursive<T: FloatElement>(_ a: UnsafePointer<T>, _ n: Int) -> T {
  pairwiseSum(a, n)
}

func pairwiseSum<T: FloatElement>(_ a: UnsafeMutablePointer<T>, _ n: Int) -> T {
  pairwiseSum(UnsafePointer(a), n)
}
