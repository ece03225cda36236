// MARK: - Elementwise loops (internal)
//
// Generic over element types and inlined at each call site, so every (dtype, op) pair gets its
// own specialised loop with the operation inlined: no per-element closures, no boxing.

/// Element count above which elementwise loops split across the cores.
let parallelThreshold = 1 << 16

/// Runs `body` over `0..<n` split in contiguous chunks, across cores (the kernels'
/// ``ParallelFor``) when `n` is at least ``parallelThreshold``.
@inline(__always)
func splitRange(_ n: Int, _ body: (Range<Int>) -> Void) {
  if n < parallelThreshold {
    body(0..<n)
    return
  }
  ParallelFor.chunks(n, granule: 64, work: n, threshold: parallelThreshold, body)
}

/// out[i] = f(a[i]) over a contiguous tensor.
@inline(__always)
func map1<A, R>(_ a: Tensor, _: A.Type, _ outType: DType, _ f: (A) -> R) -> Tensor {
  let out = Tensor(uninitializedShape: a.shape, dtype: outType)
  let pa = a.pointer(A.self), po = out.pointer(R.self)
  let n = a.count
  if n < parallelThreshold {
    // Small arrays (a training loop's): the loop itself, with no closure to set up.
    for i in 0..<n { po[i] = f(pa[i]) }
    return out
  }
  splitRange(n) { r in
    for i in r { po[i] = f(pa[i]) }
  }
  return out
}

/// out = f(a) where `a` is read broadcast to `shape`.
@inline(__always)
func map1Strided<A, R>(_ a: Tensor, _ shape: [Int], _: A.Type, _ outType: DType, _ f: (A) -> R) -> Tensor {
  let out = Tensor(uninitializedShape: shape, dtype: outType)
  let n = out.count
  if n == 0 { return out }
  let pa = a.pointer(A.self), po = out.pointer(R.self)
  if a.count == 1 {
    let x = f(pa[0])
    for i in 0..<n { po[i] = x }
    return out
  }
  let sa = Tensor.broadcastStrides(a.shape, to: shape)
  let rank = shape.count
  let inner = shape[rank - 1], ia = sa[rank - 1]
  var idx = [Int](repeating: 0, count: rank)
  var oa = 0
  var o = 0
  while o < n {
    for j in 0..<inner { po[o + j] = f(pa[oa + j * ia]) }
    o += inner
    var d = rank - 2
    while d >= 0 {
      idx[d] += 1
      oa += sa[d]
      if idx[d] < shape[d] { break }
      oa -= sa[d] * shape[d]
      idx[d] = 0
      d -= 1
    }
  }
  return out
}

/// out = f(a, b) with NumPy broadcasting to `shape` (already validated).
/// Fast paths: equal shapes, either operand a single element, `b` a row repeated over `a`.
@inline(__always)
func map2<A, B, R>(_ a: Tensor, _ b: Tensor, _ shape: [Int], _: A.Type, _: B.Type, _ outType: DType,
                   _ f: (A, B) -> R) -> Tensor {
  let out = Tensor(uninitializedShape: shape, dtype: outType)
  let n = out.count
  if n == 0 { return out }
  let pa = a.pointer(A.self), pb = b.pointer(B.self), po = out.pointer(R.self)
  if a.count == n && b.count == n {
    if n < parallelThreshold {
      for i in 0..<n { po[i] = f(pa[i], pb[i]) }
      return out
    }
    splitRange(n) { r in
      for i in r { po[i] = f(pa[i], pb[i]) }
    }
    return out
  }
  if b.count == 1 {
    let y = pb[0]
    if n < parallelThreshold {
      for i in 0..<n { po[i] = f(pa[i], y) }
      return out
    }
    splitRange(n) { r in
      for i in r { po[i] = f(pa[i], y) }
    }
    return out
  }
  if a.count == 1 {
    let x = pa[0]
    if n < parallelThreshold {
      for i in 0..<n { po[i] = f(x, pb[i]) }
      return out
    }
    splitRange(n) { r in
      for i in r { po[i] = f(x, pb[i]) }
    }
    return out
  }
  let rank = shape.count
  let inner = shape[rank - 1]
  // b is one row repeated over a's rows (a bias): b's shape is [.., 1, inner].
  if a.count == n && b.count == inner && b.shape.last == inner {
    var o = 0
    while o < n {
      for j in 0..<inner { po[o + j] = f(pa[o + j], pb[j]) }
      o += inner
    }
    return out
  }
  let sa = Tensor.broadcastStrides(a.shape, to: shape)
  let sb = Tensor.broadcastStrides(b.shape, to: shape)
  let ia = sa[rank - 1], ib = sb[rank - 1]
  var idx = [Int](repeating: 0, count: rank)
  var oa = 0, ob = 0
  var o = 0
  while o < n {
    if ia == 1 && ib == 1 {
      for j in 0..<inner { po[o + j] = f(pa[oa + j], pb[ob + j]) }
    } else {
      for j in 0..<inner { po[o + j] = f(pa[oa + j * ia], pb[ob + j * ib]) }
    }
    o += inner
    var d = rank - 2
    while d >= 0 {
      idx[d] += 1
      oa += sa[d]
      ob += sb[d]
      if idx[d] < shape[d] { break }
      oa -= sa[d] * shape[d]
      ob -= sb[d] * shape[d]
      idx[d] = 0
      d -= 1
    }
  }
  return out
}
