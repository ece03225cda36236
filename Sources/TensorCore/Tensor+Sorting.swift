// MARK: - Sorting, running totals, unique values
//
// Everything here works lane by lane along one axis: a lane is the `n` elements
// `x[o, 0..<n, j]` of the (outer, n, inner) split of the shape around the axis. Floats order
// NaN after every number, as NumPy does.

import Foundation

/// NumPy's order for floats: numbers ascending, NaN last (NaNs compare equal to each other).
@inline(__always)
func nanLastLess<T: FloatingPoint>(_ a: T, _ b: T) -> Bool { a < b || (b.isNaN && !a.isNaN) }

extension Tensor {
  /// The (outer, n, inner) split of the shape around `axis` (already normalised).
  func laneLayout(_ axis: Int) -> (outer: Int, n: Int, inner: Int) {
    (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
  }

  // MARK: - sort, argsort

  /// The elements sorted ascending along `axis` (NumPy's `np.sort(a, axis)`); NaN last.
  /// Shape and dtype unchanged. Throws NumPy's AxisError for an axis out of range (a rank-0
  /// tensor has no axis).
  /// - Complexity: O(count · log n) for lanes of n elements.
  public func sorted(axis: Int = -1) throws -> Tensor {
    let ax = try normalizeAxis(axis, rank: rank)
    let l = laneLayout(ax)
    switch dtype {
    case .float64: return Tensor.sortLanes(self, l, Double.self, by: nanLastLess)
    case .float32: return Tensor.sortLanes(self, l, Float.self, by: nanLastLess)
    case .int64: return Tensor.sortLanes(self, l, Int.self, by: <)
    case .bool: return Tensor.sortLanes(self, l, Bool.self) { !$0 && $1 }
    }
  }

  static func sortLanes<T>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int), _: T.Type,
                           by less: (T, T) -> Bool) -> Tensor {
    let out = Tensor(uninitializedShape: x.shape, dtype: x.dtype)
    let px = x.pointer(T.self), po = out.pointer(T.self)
    guard l.n > 0 else { return out }
    var buf = UnsafeMutableBufferPointer<T>.allocate(capacity: l.n)
    defer { buf.deallocate() }
    for o in 0..<l.outer {
      for j in 0..<l.inner {
        let base = o * l.n * l.inner + j
        for i in 0..<l.n { (buf.baseAddress! + i).initialize(to: px[base + i * l.inner]) }
        buf.sort(by: less)
        for i in 0..<l.n { po[base + i * l.inner] = buf[i] }
      }
    }
    return out
  }

  /// The int64 indices that sort each lane along `axis` (NumPy's `np.argsort(a, axis)`), NaN
  /// last. Stable: equal elements keep their original order (NumPy's `kind='stable'`; its
  /// default quicksort may order ties differently on long lanes).
  /// - Complexity: O(count · log n).
  public func argsorted(axis: Int = -1) throws -> Tensor {
    let ax = try normalizeAxis(axis, rank: rank)
    let l = laneLayout(ax)
    switch dtype {
    case .float64: return Tensor.argsortLanes(self, l, Double.self, by: nanLastLess)
    case .float32: return Tensor.argsortLanes(self, l, Float.self, by: nanLastLess)
    case .int64: return Tensor.argsortLanes(self, l, Int.self, by: <)
    case .bool: return Tensor.argsortLanes(self, l, Bool.self) { !$0 && $1 }
    }
  }

  static func argsortLanes<T>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int), _: T.Type,
                              by less: (T, T) -> Bool) -> Tensor {
    let out = Tensor(uninitializedShape: x.shape, dtype: .int64)
    let px = x.pointer(T.self), po = out.pointer(Int.self)
    guard l.n > 0 else { return out }
    var order = [Int](repeating: 0, count: l.n)
    for o in 0..<l.outer {
      for j in 0..<l.inner {
        let base = o * l.n * l.inner + j
        for i in 0..<l.n { order[i] = i }
        // Ties broken by position: stable whatever the sort algorithm.
        order.sort { a, b in
          let va = px[base + a * l.inner], vb = px[base + b * l.inner]
          if less(va, vb) { return true }
          if less(vb, va) { return false }
          return a < b
        }
        for i in 0..<l.n { po[base + i * l.inner] = order[i] }
      }
    }
    return out
  }

  // MARK: - cumsum, cumprod

  /// Running sums along `axis` (NumPy's `np.cumsum(a, axis)`): bool and int64 give int64
  /// (wrapping on overflow, as NumPy), floats keep their type and add in order.
  /// - Complexity: O(count).
  public func cumulativeSum(axis: Int) throws -> Tensor {
    try running(axis, identity: 0, +, &+)
  }

  /// Running products along `axis` (NumPy's `np.cumprod(a, axis)`); dtypes as ``cumulativeSum(axis:)``.
  /// - Complexity: O(count).
  public func cumulativeProduct(axis: Int) throws -> Tensor {
    try running(axis, identity: 1, *, &*)
  }

  func running(_ axis: Int, identity: Int, _ floatOp: (Double, Double) -> Double, _ intOp: (Int, Int) -> Int) throws -> Tensor {
    let ax = try normalizeAxis(axis, rank: rank)
    let l = laneLayout(ax)
    switch dtype {
    case .float64: return Tensor.runningLanes(self, l, Double(identity), floatOp)
    case .float32: return Tensor.runningLanes(self, l, Float(identity)) { Float(floatOp(Double($0), Double($1))) }
    case .int64: return Tensor.runningLanes(self, l, identity, intOp)
    case .bool: return Tensor.runningLanes(astype(.int64), l, identity, intOp)
    }
  }

  static func runningLanes<T: TensorElement>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int), _ identity: T,
                                             _ op: (T, T) -> T) -> Tensor {
    let out = Tensor(uninitializedShape: x.shape, dtype: T.dtype)
    let px = x.pointer(T.self), po = out.pointer(T.self)
    for o in 0..<l.outer {
      let base = o * l.n * l.inner
      for j in 0..<l.inner {
        var acc = identity
        for i in 0..<l.n {
          let k = base + i * l.inner + j
          acc = op(acc, px[k])
          po[k] = acc
        }
      }
    }
    return out
  }

  // MARK: - unique

  /// The sorted distinct elements of the flattened tensor (NumPy's `np.unique`; NaNs count as
  /// one value, placed last), with the index of each value's first occurrence, the index into
  /// `values` of every element (shaped like this tensor) and how often each value occurs.
  /// - Complexity: O(count · log count).
  public func unique() -> (values: Tensor, firstIndices: Tensor, inverse: Tensor, counts: Tensor) {
    let flat = flattened()
    // Rank 1: axis 0 always exists.
    let order = try! flat.argsorted(axis: 0)
    let po = order.pointer(Int.self)
    var keep: [Int] = [], counts: [Int] = []
    var inverse = [Int](repeating: 0, count: count)
    func same(_ a: Int, _ b: Int) -> Bool {
      switch dtype {
      case .float64:
        let p = flat.pointer(Double.self)
        return p[a] == p[b] || (p[a].isNaN && p[b].isNaN)
      case .float32:
        let p = flat.pointer(Float.self)
        return p[a] == p[b] || (p[a].isNaN && p[b].isNaN)
      case .int64: return flat.pointer(Int.self)[a] == flat.pointer(Int.self)[b]
      case .bool: return flat.pointer(Bool.self)[a] == flat.pointer(Bool.self)[b]
      }
    }
    for k in 0..<count {
      let i = po[k]
      if let last = keep.last, same(last, i) {
        counts[counts.count - 1] += 1
      } else {
        keep.append(i)
        counts.append(1)
      }
      inverse[i] = keep.count - 1
    }
    let firsts = Tensor(keep)
    // Every index in `keep` is in range.
    let values = try! flat.get([.indices(firsts)])
    return (values, firsts, Tensor(inverse, shape: shape), Tensor(counts))
  }

  // MARK: - median, quantile

  /// NumPy's `np.median(a, axis)`: the middle element of each sorted lane, or the mean of the
  /// two middle ones; NaN when the lane holds a NaN or is empty. float32 stays float32, other
  /// types give float64. `axis` nil: over all elements.
  /// - Complexity: O(count · log n).
  public func median(axis: Int?) throws -> Tensor {
    try laneStatistic(axis, outCount: 1, leadingAxis: false) { (v: UnsafeMutableBufferPointer<Double>, out: UnsafeMutablePointer<Double>) in
      out[0] = medianOfSorted(v)
    } float32: { v, out in out[0] = medianOfSorted(v) }
  }

  /// NumPy's `np.quantile(a, qs, axis)` with the default `'linear'` method: for each `q` in
  /// `qs` (each in 0...1), the value at position `q·(n-1)` of each sorted lane, interpolated
  /// between its neighbours as NumPy's `_lerp` does. Result shape `[qs.count] + reduced shape`;
  /// float32 stays float32, other types give float64; NaN for lanes holding a NaN. An empty
  /// lane is NumPy's IndexError `index -1 is out of bounds for axis 0 with size 0`.
  /// - Complexity: O(count · log n + qs.count · count / n).
  public func quantile(_ qs: [Double], axis: Int?) throws -> Tensor {
    // The axis error (if any) comes from laneStatistic.
    let ax = axis.flatMap { try? normalizeAxis($0, rank: rank) }
    let n = ax.map { shape[$0] } ?? count
    if n == 0 && !qs.isEmpty {
      throw TensorError(.index, "index -1 is out of bounds for axis 0 with size 0")
    }
    return try laneStatistic(axis, outCount: qs.count, leadingAxis: true) { (v: UnsafeMutableBufferPointer<Double>, out: UnsafeMutablePointer<Double>) in
      for (k, q) in qs.enumerated() { out[k] = quantileOfSorted(v, q) }
    } float32: { v, out in
      for (k, q) in qs.enumerated() { out[k] = quantileOfSorted(v, q) }
    }
  }

  /// Sorts each lane (NaN last) into a buffer and lets `body` write `outCount` results per lane;
  /// result shape `[outCount] + reduced shape` with `leadingAxis`, else the reduced shape
  /// (`outCount` 1). float32 lanes go to `body32`, every other dtype as float64 to `body`.
  func laneStatistic(_ axis: Int?, outCount: Int, leadingAxis: Bool,
                     _ body: (UnsafeMutableBufferPointer<Double>, UnsafeMutablePointer<Double>) -> Void,
                     float32 body32: (UnsafeMutableBufferPointer<Float>, UnsafeMutablePointer<Float>) -> Void) throws -> Tensor {
    let x: Tensor
    let ax: Int
    if let axis {
      ax = try normalizeAxis(axis, rank: rank)
      x = self
    } else {
      ax = 0
      x = flattened()
    }
    let l = x.laneLayout(ax)
    var reduced = x.shape
    reduced.remove(at: ax)
    let lanes = l.outer * l.inner
    if dtype == .float32 {
      let out = Tensor(uninitializedShape: leadingAxis ? [outCount] + reduced : reduced, dtype: .float32)
      Tensor.statLanes(x, l, Float.self, out.pointer(Float.self), lanes, outCount, body32)
      return out
    }
    let xd = x.astype(.float64)
    let out = Tensor(uninitializedShape: leadingAxis ? [outCount] + reduced : reduced, dtype: .float64)
    Tensor.statLanes(xd, l, Double.self, out.pointer(Double.self), lanes, outCount, body)
    return out
  }

  static func statLanes<T: FloatingPoint>(_ x: Tensor, _ l: (outer: Int, n: Int, inner: Int), _: T.Type,
                                          _ po: UnsafeMutablePointer<T>, _ lanes: Int, _ outCount: Int,
                                          _ body: (UnsafeMutableBufferPointer<T>, UnsafeMutablePointer<T>) -> Void) {
    let px = x.pointer(T.self)
    let buf = UnsafeMutableBufferPointer<T>.allocate(capacity: Swift.max(l.n, 1))
    defer { buf.deallocate() }
    var lane = UnsafeMutableBufferPointer(rebasing: buf[0..<l.n])
    let results = UnsafeMutablePointer<T>.allocate(capacity: Swift.max(outCount, 1))
    defer { results.deallocate() }
    for o in 0..<l.outer {
      for j in 0..<l.inner {
        let base = o * l.n * l.inner + j
        for i in 0..<l.n { lane[i] = px[base + i * l.inner] }
        lane.sort(by: nanLastLess)
        body(lane, results)
        let laneIndex = o * l.inner + j
        for k in 0..<outCount { po[k * lanes + laneIndex] = results[k] }
      }
    }
  }
}

/// The median of a sorted lane (NaN last): NaN if empty or holding a NaN.
@inline(__always)
func medianOfSorted<T: FloatingPoint>(_ v: UnsafeMutableBufferPointer<T>) -> T {
  let n = v.count
  if n == 0 || v[n - 1].isNaN { return .nan }
  if n % 2 == 1 { return v[n / 2] }
  return (v[n / 2 - 1] + v[n / 2]) / 2
}

/// NumPy's linear quantile of a sorted lane: virtual index `q·(n-1)`, then
/// `a + (b-a)·g` for g < 0.5 and `b - (b-a)·(1-g)` otherwise (NumPy's `_lerp`).
@inline(__always)
func quantileOfSorted<T: BinaryFloatingPoint>(_ v: UnsafeMutableBufferPointer<T>, _ q: Double) -> T {
  let n = v.count
  if n == 0 || v[n - 1].isNaN { return .nan }
  let virtual = Double(n - 1) * q
  let below = virtual.rounded(.down)
  let lo: Int, hi: Int
  if virtual >= Double(n - 1) {
    lo = n - 1
    hi = n - 1
  } else {
    lo = Swift.max(0, Int(below))
    hi = lo + 1
  }
  let g = T(virtual - below)
  let a = v[lo], b = v[hi]
  let diff = b - a
  return g >= 0.5 ? b - diff * (1 - g) : a + diff * g
}
