// General matrix multiply on raw pointers, for Float and Double:
//
//     C = alpha · op(A) · op(B) + beta · C
//
// op(A) is (M, K), op(B) is (K, N), C is (M, N); all row-major with leading dimensions
// lda, ldb, ldc (the distance in elements between consecutive rows as stored). op(X) is X or its
// transpose: a transposed A is stored (K, M), a transposed B is stored (N, K).
//
// The fast path follows the BLIS/GotoBLAS structure:
//   for each NC-wide column block of C
//     for each KC-deep slice of K: pack op(B)[slice, block] into NR-wide panels (Bp)
//       for each MC-tall row block: pack alpha·op(A)[block, slice] into MR-tall panels (Ap)
//         for each (MR, NR) tile: the register-blocked micro-kernel, C_tile += Ap_panel · Bp_panel
// The micro-kernel holds an MR × NR tile of C in 12 SIMD registers (6 rows × 2 vectors:
// SIMD8<Float> → 6×16 for Float, SIMD4<Double> → 6×8 for Double) and does one broadcast and two
// fused multiply-adds per row per step of K. Above a size threshold the C matrix is cut in as many
// parts as there are cores, along its longer side, and each part runs the serial blocked GEMM.
// Tiny products (the XOR example's 4×2 · 2×2) skip packing altogether.
//
// The naive reference, `Reference.gemm`, lives in Reference.swift; tests compare the two.

// MARK: - Public entry points

public enum Kernels {}

extension Kernels {
  /// `C = alpha · op(A) · op(B) + beta · C` for Float.
  ///
  /// - Parameters: `a` holds op(A) `(m, k)` (stored `(k, m)` when `transposeA`), row stride
  ///   `lda`; `b` holds op(B) `(k, n)` (stored `(n, k)` when `transposeB`), row stride `ldb`;
  ///   `c` holds `(m, n)` with row stride `ldc`. When `beta == 0`, C is not read (NaNs in it
  ///   do not propagate). `c` must not overlap `a` or `b`.
  /// - Complexity: O(m·n·k) multiply-adds; cache-blocked and SIMD (AVX2+FMA), split across all
  ///   cores when m·n·k ≥ `Kernels.gemmParallelThreshold`.
  public static func gemm(
    transposeA: Bool = false, transposeB: Bool = false,
    m: Int, n: Int, k: Int,
    alpha: Float = 1, a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    gemmDriver(
      transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, parallel: true, bias: nil)
  }

  /// `C = alpha · op(A) · op(B) + beta · C` for Double; the contract of the Float overload.
  public static func gemm(
    transposeA: Bool = false, transposeB: Bool = false,
    m: Int, n: Int, k: Int,
    alpha: Double = 1, a: UnsafePointer<Double>, lda: Int,
    b: UnsafePointer<Double>, ldb: Int,
    beta: Double = 0, c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    gemmDriver(
      transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, parallel: true, bias: nil)
  }

  /// Products with at least this many multiply-adds (m·n·k) are split across cores.
  public static let gemmParallelThreshold = 96 * 96 * 96
  /// A non-transposed A is read in place, not packed, when op(B) has at most this many columns.
  public static let gemmUnpackedAColumns = 256
  /// Products with at most this many multiply-adds go through the unpacked small path.
  public static let gemmSmallThreshold = 16 * 16 * 16
}

// MARK: - Element types

/// An element type the blocked GEMM is specialised for: its SIMD register type and blocking.
protocol GEMMScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Codable {
  /// One AVX2 register of elements.
  associatedtype Lane: SIMD where Lane.Scalar == Self
  /// Elements per `Lane`; the micro-tile is `microRows` × `2 · laneWidth`.
  static var laneWidth: Int { get }
  /// Rows of op(A) packed per block (a multiple of `microRows`), sized for L2.
  static var blockRows: Int { get }
  /// Largest depth of K per block, sized so that a KC × NR panel of B (24 KB) and a KC × MR
  /// panel of A stay in a 48 KB L1.
  static var blockDepth: Int { get }
  /// Columns of op(B) packed per block, sized for L3.
  static var blockColumns: Int { get }
  /// The GEMM, on one thread unless `parallel` (kernels that already split their work across
  /// cores pass false). `bias` (n), when given, is added to every row of the result (the
  /// convolution's bias, fused into the store).
  static func blockedGEMM(
    parallel: Bool,
    _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
    _ alpha: Self, _ a: UnsafePointer<Self>, _ lda: Int,
    _ b: UnsafePointer<Self>, _ ldb: Int,
    _ beta: Self, _ c: UnsafeMutablePointer<Self>, _ ldc: Int, bias: UnsafePointer<Self>?)
}

extension Float: GEMMScalar {
  typealias Lane = SIMD8<Float>
  static var laneWidth: Int { 8 }
  static var blockRows: Int { 144 }
  static var blockDepth: Int { 384 }
  static var blockColumns: Int { 4080 }
  static func blockedGEMM(
    parallel: Bool, _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
    _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int,
    _ b: UnsafePointer<Float>, _ ldb: Int,
    _ beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int, bias: UnsafePointer<Float>?
  ) {
    gemmDriver(
      transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, parallel: parallel, bias: bias)
  }
}

extension Double: GEMMScalar {
  typealias Lane = SIMD4<Double>
  static var laneWidth: Int { 4 }
  static var blockRows: Int { 72 }
  static var blockDepth: Int { 384 }
  static var blockColumns: Int { 2040 }
  static func blockedGEMM(
    parallel: Bool, _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
    _ alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int,
    _ b: UnsafePointer<Double>, _ ldb: Int,
    _ beta: Double, _ c: UnsafeMutablePointer<Double>, _ ldc: Int, bias: UnsafePointer<Double>?
  ) {
    gemmDriver(
      transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, parallel: parallel, bias: bias)
  }
}

/// Rows of the register tile (the micro-kernel is unrolled for exactly 6).
let microRows = 6

// MARK: - Driver

@inline(__always)
func gemmDriver<T: GEMMScalar>(
  _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
  _ alpha: T, _ a: UnsafePointer<T>, _ lda: Int,
  _ b: UnsafePointer<T>, _ ldb: Int,
  _ beta: T, _ c: UnsafeMutablePointer<T>, _ ldc: Int, parallel: Bool, bias: UnsafePointer<T>?
) {
  precondition(m >= 0 && n >= 0 && k >= 0, "gemm: negative size (\(m), \(n), \(k))")
  if m == 0 || n == 0 { return }
  let work = m * n * k
  let threshold = parallel ? Kernels.gemmParallelThreshold : Int.max
  if work <= Kernels.gemmSmallThreshold || k == 0 || alpha == 0 {
    gemmSmall(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
    if let bias { addBias(m, n, bias, c, ldc) }
    return
  }
  // With beta = 0 the first K block stores instead of adding, so C is never read (NaNs in it
  // do not propagate) and needs no zeroing pass.
  if beta != 0 { scaleC(m, n, beta, c, ldc) }
  let overwrite = beta == 0
  let nr = 2 * T.laneWidth
  // Cut C in whole micro-tiles, one part per core. Across columns when B is wide enough: each
  // core then packs only its own columns of B and reads A in place, so nothing is packed twice.
  // Across rows for tall, narrow products (where every core would otherwise stream all of A).
  let splitColumns = n >= 4 * nr && 4 * n >= m
  if !splitColumns {
    ParallelFor.chunks(m, granule: microRows, work: work, threshold: threshold) { rows in
      let aPart = transA ? a + rows.lowerBound : a + rows.lowerBound * lda
      gemmBlocked(
        transA, transB, rows.count, n, k, alpha, aPart, lda, b, ldb, c + rows.lowerBound * ldc, ldc,
        overwrite, bias)
    }
  } else {
    ParallelFor.chunks(n, granule: nr, work: work, threshold: threshold) { cols in
      let bPart = transB ? b + cols.lowerBound * ldb : b + cols.lowerBound
      gemmBlocked(
        transA, transB, m, cols.count, k, alpha, a, lda, bPart, ldb, c + cols.lowerBound, ldc,
        overwrite, bias.map { $0 + cols.lowerBound })
    }
  }
}

/// Adds `bias` (n) to every row of C (m, n).
@inline(__always)
func addBias<T: GEMMScalar>(_ m: Int, _ n: Int, _ bias: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>, _ ldc: Int) {
  for i in 0..<m {
    let row = c + i * ldc
    for j in 0..<n { row[j] += bias[j] }
  }
}

/// C = beta · C (C zeroed, not multiplied, when beta is 0).
@inline(__always)
func scaleC<T: GEMMScalar>(_ m: Int, _ n: Int, _ beta: T, _ c: UnsafeMutablePointer<T>, _ ldc: Int) {
  if beta == 1 { return }
  for i in 0..<m {
    let row = c + i * ldc
    if beta == 0 {
      row.update(repeating: 0, count: n)
    } else {
      for j in 0..<n { row[j] *= beta }
    }
  }
}

/// The unpacked path for tiny products: a dot product per element of C.
@inline(__always)
func gemmSmall<T: GEMMScalar>(
  _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
  _ alpha: T, _ a: UnsafePointer<T>, _ lda: Int,
  _ b: UnsafePointer<T>, _ ldb: Int,
  _ beta: T, _ c: UnsafeMutablePointer<T>, _ ldc: Int
) {
  // op(A)[i, p] = a[i * ars + p * acs]; op(B)[p, j] = b[p * brs + j * bcs].
  let ars = transA ? 1 : lda, acs = transA ? lda : 1
  let brs = transB ? 1 : ldb, bcs = transB ? ldb : 1
  for i in 0..<m {
    for j in 0..<n {
      var sum: T = 0
      for p in 0..<k { sum += a[i * ars + p * acs] * b[p * brs + j * bcs] }
      let old = beta == 0 ? 0 : beta * c[i * ldc + j]
      c[i * ldc + j] = alpha * sum + old
    }
  }
}

/// The serial blocked GEMM: C += alpha · op(A) · op(B) (C already scaled by beta), or, when
/// `overwrite`, C = alpha · op(A) · op(B) + bias without reading C.
@inline(__always)
func gemmBlocked<T: GEMMScalar>(
  _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
  _ alpha: T, _ a: UnsafePointer<T>, _ lda: Int,
  _ b: UnsafePointer<T>, _ ldb: Int,
  _ c: UnsafeMutablePointer<T>, _ ldc: Int, _ overwrite: Bool, _ bias: UnsafePointer<T>?
) {
  let mr = microRows, nr = 2 * T.laneWidth
  let mcMax = T.blockRows, kcMax = T.blockDepth, ncMax = T.blockColumns
  // Packed buffers: Ap holds ceil(MC/MR) panels of (KC, MR); Bp holds ceil(NC/NR) panels of (KC, NR).
  // A non-transposed A is read in place when B is narrow: its rows are contiguous, and packing
  // it would cost as much as a quarter of the multiply-adds at n = 64.
  let packsA = transA || n > Kernels.gemmUnpackedAColumns
  // K is cut into equal blocks of at most KC, so that k = 288 is one block, not 256 + 32.
  let kBlocks = (k + kcMax - 1) / kcMax, kcEven = (k + kBlocks - 1) / kBlocks
  let mcCap = min(mcMax, roundUp(m, mr)), kcCap = kcEven, ncCap = min(ncMax, roundUp(n, nr))
  let packA = UnsafeMutableRawPointer.allocate(
    byteCount: (packsA ? mcCap * kcCap : 1) * MemoryLayout<T>.stride, alignment: 64
  ).bindMemory(to: T.self, capacity: mcCap * kcCap)
  let packB = UnsafeMutableRawPointer.allocate(
    byteCount: ncCap * kcCap * MemoryLayout<T>.stride, alignment: 64
  ).bindMemory(to: T.self, capacity: ncCap * kcCap)
  defer {
    packA.deallocate()
    packB.deallocate()
  }
  var jc = 0
  while jc < n {
    let nc = min(ncMax, n - jc)
    var pc = 0
    while pc < k {
      let kc = min(kcEven, k - pc)
      let store = overwrite && pc == 0
      packPanelsB(transB, kc, nc, b, ldb, pc, jc, packB)
      var ic = 0
      while ic < m {
        let mc = min(mcMax, m - ic)
        if packsA { packPanelsA(transA, mc, kc, a, lda, ic, pc, packA) }
        var jr = 0
        while jr < nc {
          let cols = min(nr, nc - jr)
          let bPanel = UnsafePointer(packB + jr * kc)
          var ir = 0
          while ir < mc {
            let rows = min(mr, mc - ir)
            // Element (r, p) of the A panel is at aPanel[r * rowStride + p * colStride].
            let aPanel = packsA ? UnsafePointer(packA + ir * kc) : a + (ic + ir) * lda + pc
            microKernel(
              kc, aPanel, packsA ? 1 : lda, packsA ? mr : 1, bPanel,
              c + (ic + ir) * ldc + jc + jr, ldc, rows, cols, alpha, store,
              store ? bias.map { $0 + jc + jr } : nil)
            ir += mr
          }
          jr += nr
        }
        ic += mc
      }
      pc += kc
    }
    jc += nc
  }
}

@inline(__always)
func roundUp(_ x: Int, _ multiple: Int) -> Int { (x + multiple - 1) / multiple * multiple }

// MARK: - Packing

/// Packs op(A)[i0 ..< i0+mc, p0 ..< p0+kc] into MR-row panels: panel q holds, for each
/// p, the MR values op(A)[i0 + q·MR + r, p0 + p] (zero past row mc).
@inline(__always)
func packPanelsA<T: GEMMScalar>(
  _ trans: Bool, _ mc: Int, _ kc: Int,
  _ a: UnsafePointer<T>, _ lda: Int, _ i0: Int, _ p0: Int, _ dst: UnsafeMutablePointer<T>
) {
  let mr = microRows
  var out = dst
  var i = 0
  while i < mc {
    let rows = min(mr, mc - i)
    if !trans {
      // Row r of the panel is contiguous in A: a[(i0+i+r)*lda + p0 ...].
      for r in 0..<mr {
        if r < rows {
          let src = a + (i0 + i + r) * lda + p0
          for p in 0..<kc { out[p * mr + r] = src[p] }
        } else {
          for p in 0..<kc { out[p * mr + r] = 0 }
        }
      }
    } else {
      // Stored (K, M): the MR values for one p are contiguous.
      for p in 0..<kc {
        let src = a + (p0 + p) * lda + i0 + i
        let o = out + p * mr
        for r in 0..<mr { o[r] = r < rows ? src[r] : 0 }
      }
    }
    out += mr * kc
    i += mr
  }
}

/// Packs op(B)[p0 ..< p0+kc, j0 ..< j0+nc] into NR-column panels: panel q holds, for each p,
/// the NR values op(B)[p0 + p, j0 + q·NR + j] (zero past column nc).
@inline(__always)
func packPanelsB<T: GEMMScalar>(
  _ trans: Bool, _ kc: Int, _ nc: Int,
  _ b: UnsafePointer<T>, _ ldb: Int, _ p0: Int, _ j0: Int, _ dst: UnsafeMutablePointer<T>
) {
  let nr = 2 * T.laneWidth, w = T.laneWidth
  var out = dst
  var j = 0
  while j < nc {
    let cols = min(nr, nc - j)
    if !trans {
      if cols == nr {
        for p in 0..<kc {
          let src = UnsafeRawPointer(b + (p0 + p) * ldb + j0 + j)
          let o = UnsafeMutableRawPointer(out + p * nr)
          o.storeBytes(of: src.loadUnaligned(as: T.Lane.self), as: T.Lane.self)
          o.storeBytes(
            of: src.loadUnaligned(fromByteOffset: w * MemoryLayout<T>.stride, as: T.Lane.self),
            toByteOffset: w * MemoryLayout<T>.stride, as: T.Lane.self)
        }
      } else {
        for p in 0..<kc {
          let src = b + (p0 + p) * ldb + j0 + j
          let o = out + p * nr
          for jj in 0..<nr { o[jj] = jj < cols ? src[jj] : 0 }
        }
      }
    } else {
      // Stored (N, K): column j of op(B) is row j of b, contiguous in p.
      for jj in 0..<nr {
        if jj < cols {
          let src = b + (j0 + j + jj) * ldb + p0
          for p in 0..<kc { out[p * nr + jj] = src[p] }
        } else {
          for p in 0..<kc { out[p * nr + jj] = 0 }
        }
      }
    }
    out += nr * kc
    j += nr
  }
}

// MARK: - Micro-kernel

/// C[0 ..< rows, 0 ..< cols] += alpha · A · Bp (or, when `store`, C = alpha · A · Bp + bias
/// with bias broadcast down the rows, C not read), where A is an (MR, KC) panel with element
/// (r, p) at `ap[r · rowStride + p · colStride]` (packed: strides 1 and MR; in place: lda and 1)
/// and Bp a packed (KC, NR) panel. The MR × NR product accumulates in 12 SIMD registers. Rows
/// past `rows` re-read the last real row (so an in-place A is never read out of bounds) and are
/// not stored.
@inline(__always)
func microKernel<T: GEMMScalar>(
  _ kc: Int, _ ap: UnsafePointer<T>, _ rowStride: Int, _ colStride: Int, _ bp: UnsafePointer<T>,
  _ c: UnsafeMutablePointer<T>, _ ldc: Int, _ rows: Int, _ cols: Int, _ alpha: T,
  _ store: Bool, _ bias: UnsafePointer<T>?
) {
  typealias V = T.Lane
  let w = T.laneWidth, stride = MemoryLayout<T>.stride
  var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V()
  var c30 = V(), c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V()
  let last = rows - 1
  let o1 = min(1, last) * rowStride, o2 = min(2, last) * rowStride, o3 = min(3, last) * rowStride
  let o4 = min(4, last) * rowStride, o5 = min(5, last) * rowStride
  var a = ap
  var b = UnsafeRawPointer(bp)
  let laneBytes = w * stride
  for _ in 0..<kc {
    let b0 = b.load(as: V.self)
    let b1 = b.load(fromByteOffset: laneBytes, as: V.self)
    var x = V(repeating: a[0])
    c00.addProduct(x, b0)
    c01.addProduct(x, b1)
    x = V(repeating: a[o1])
    c10.addProduct(x, b0)
    c11.addProduct(x, b1)
    x = V(repeating: a[o2])
    c20.addProduct(x, b0)
    c21.addProduct(x, b1)
    x = V(repeating: a[o3])
    c30.addProduct(x, b0)
    c31.addProduct(x, b1)
    x = V(repeating: a[o4])
    c40.addProduct(x, b0)
    c41.addProduct(x, b1)
    x = V(repeating: a[o5])
    c50.addProduct(x, b0)
    c51.addProduct(x, b1)
    a += colStride
    b += 2 * laneBytes
  }
  if alpha != 1 {
    let s = V(repeating: alpha)
    c00 *= s; c01 *= s; c10 *= s; c11 *= s; c20 *= s; c21 *= s
    c30 *= s; c31 *= s; c40 *= s; c41 *= s; c50 *= s; c51 *= s
  }
  if rows == microRows && cols == 2 * w && store {
    var b0 = V(), b1 = V()
    if let bias {
      b0 = UnsafeRawPointer(bias).loadUnaligned(as: V.self)
      b1 = UnsafeRawPointer(bias).loadUnaligned(fromByteOffset: laneBytes, as: V.self)
    }
    storeRow(c, c00 + b0, c01 + b1, laneBytes)
    storeRow(c + ldc, c10 + b0, c11 + b1, laneBytes)
    storeRow(c + 2 * ldc, c20 + b0, c21 + b1, laneBytes)
    storeRow(c + 3 * ldc, c30 + b0, c31 + b1, laneBytes)
    storeRow(c + 4 * ldc, c40 + b0, c41 + b1, laneBytes)
    storeRow(c + 5 * ldc, c50 + b0, c51 + b1, laneBytes)
    return
  }
  if rows == microRows && cols == 2 * w {
    addRow(c, c00, c01, laneBytes)
    addRow(c + ldc, c10, c11, laneBytes)
    addRow(c + 2 * ldc, c20, c21, laneBytes)
    addRow(c + 3 * ldc, c30, c31, laneBytes)
    addRow(c + 4 * ldc, c40, c41, laneBytes)
    addRow(c + 5 * ldc, c50, c51, laneBytes)
    return
  }
  // Edge tile: spill the accumulators to the stack, then add the part that lies inside C.
  withUnsafeTemporaryAllocation(of: V.self, capacity: 2 * microRows) { tile in
    let p = tile.baseAddress!
    p.initialize(to: c00); (p + 1).initialize(to: c01)
    (p + 2).initialize(to: c10); (p + 3).initialize(to: c11)
    (p + 4).initialize(to: c20); (p + 5).initialize(to: c21)
    (p + 6).initialize(to: c30); (p + 7).initialize(to: c31)
    (p + 8).initialize(to: c40); (p + 9).initialize(to: c41)
    (p + 10).initialize(to: c50); (p + 11).initialize(to: c51)
    let t = UnsafeRawPointer(p).assumingMemoryBound(to: T.self)
    for r in 0..<rows {
      let row = c + r * ldc, src = t + r * 2 * w
      if store {
        for j in 0..<cols { row[j] = src[j] + (bias?[j] ?? 0) }
      } else {
        for j in 0..<cols { row[j] += src[j] }
      }
    }
  }
}

@inline(__always)
func storeRow<V: SIMD>(_ row: UnsafeMutablePointer<V.Scalar>, _ x0: V, _ x1: V, _ laneBytes: Int)
where V.Scalar: FloatingPoint {
  let p = UnsafeMutableRawPointer(row)
  p.storeBytes(of: x0, as: V.self)
  p.storeBytes(of: x1, toByteOffset: laneBytes, as: V.self)
}

@inline(__always)
func addRow<V: SIMD>(_ row: UnsafeMutablePointer<V.Scalar>, _ x0: V, _ x1: V, _ laneBytes: Int)
where V.Scalar: FloatingPoint {
  let p = UnsafeMutableRawPointer(row)
  p.storeBytes(of: p.loadUnaligned(as: V.self) + x0, as: V.self)
  p.storeBytes(
    of: p.loadUnaligned(fromByteOffset: laneBytes, as: V.self) + x1,
    toByteOffset: laneBytes, as: V.self)
}
