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
      transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
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
      transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
  }

  /// Products with at least this many multiply-adds (m·n·k) are split across cores.
  public static let gemmParallelThreshold = 96 * 96 * 96
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
  /// Depth of K per block, sized so that a KC × NR panel of B stays in L1.
  static var blockDepth: Int { get }
  /// Columns of op(B) packed per block, sized for L3.
  static var blockColumns: Int { get }
}

extension Float: GEMMScalar {
  typealias Lane = SIMD8<Float>
  static var laneWidth: Int { 8 }
  static var blockRows: Int { 144 }
  static var blockDepth: Int { 256 }
  static var blockColumns: Int { 4080 }
}

extension Double: GEMMScalar {
  typealias Lane = SIMD4<Double>
  static var laneWidth: Int { 4 }
  static var blockRows: Int { 72 }
  static var blockDepth: Int { 256 }
  static var blockColumns: Int { 2040 }
}

/// Rows of the register tile (the micro-kernel is unrolled for exactly 6).
let microRows = 6

// MARK: - Driver

@inline(__always)
func gemmDriver<T: GEMMScalar>(
  _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
  _ alpha: T, _ a: UnsafePointer<T>, _ lda: Int,
  _ b: UnsafePointer<T>, _ ldb: Int,
  _ beta: T, _ c: UnsafeMutablePointer<T>, _ ldc: Int
) {
  precondition(m >= 0 && n >= 0 && k >= 0, "gemm: negative size (\(m), \(n), \(k))")
  if m == 0 || n == 0 { return }
  let work = m * n * k
  if work <= Kernels.gemmSmallThreshold {
    gemmSmall(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
    return
  }
  scaleC(m, n, beta, c, ldc)
  if k == 0 || alpha == 0 { return }
  let nr = 2 * T.laneWidth
  // Cut C along its longer side, in whole micro-tiles, one part per core.
  if m >= n {
    ParallelFor.chunks(m, granule: microRows, work: work, threshold: Kernels.gemmParallelThreshold) { rows in
      let aPart = transA ? a + rows.lowerBound : a + rows.lowerBound * lda
      gemmBlocked(
        transA, transB, rows.count, n, k, alpha, aPart, lda, b, ldb, c + rows.lowerBound * ldc, ldc)
    }
  } else {
    ParallelFor.chunks(n, granule: nr, work: work, threshold: Kernels.gemmParallelThreshold) { cols in
      let bPart = transB ? b + cols.lowerBound * ldb : b + cols.lowerBound
      gemmBlocked(
        transA, transB, m, cols.count, k, alpha, a, lda, bPart, ldb, c + cols.lowerBound, ldc)
    }
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

/// The serial blocked GEMM: C += alpha · op(A) · op(B) (C already scaled by beta).
@inline(__always)
func gemmBlocked<T: GEMMScalar>(
  _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
  _ alpha: T, _ a: UnsafePointer<T>, _ lda: Int,
  _ b: UnsafePointer<T>, _ ldb: Int,
  _ c: UnsafeMutablePointer<T>, _ ldc: Int
) {
  let mr = microRows, nr = 2 * T.laneWidth
  let mcMax = T.blockRows, kcMax = T.blockDepth, ncMax = T.blockColumns
  // Packed buffers: Ap holds ceil(MC/MR) panels of (KC, MR); Bp holds ceil(NC/NR) panels of (KC, NR).
  let mcCap = min(mcMax, roundUp(m, mr)), kcCap = min(kcMax, k), ncCap = min(ncMax, roundUp(n, nr))
  let packA = UnsafeMutableRawPointer.allocate(
    byteCount: mcCap * kcCap * MemoryLayout<T>.stride, alignment: 64
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
      let kc = min(kcMax, k - pc)
      packPanelsB(transB, kc, nc, b, ldb, pc, jc, packB)
      var ic = 0
      while ic < m {
        let mc = min(mcMax, m - ic)
        packPanelsA(transA, mc, kc, alpha, a, lda, ic, pc, packA)
        var jr = 0
        while jr < nc {
          let cols = min(nr, nc - jr)
          let bPanel = UnsafePointer(packB + jr * kc)
          var ir = 0
          while ir < mc {
            let rows = min(mr, mc - ir)
            microKernel(
              kc, UnsafePointer(packA + ir * kc), bPanel,
              c + (ic + ir) * ldc + jc + jr, ldc, rows, cols)
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

/// Packs alpha · op(A)[i0 ..< i0+mc, p0 ..< p0+kc] into MR-row panels: panel q holds, for each
/// p, the MR values op(A)[i0 + q·MR + r, p0 + p] (zero past row mc).
@inline(__always)
func packPanelsA<T: GEMMScalar>(
  _ trans: Bool, _ mc: Int, _ kc: Int, _ alpha: T,
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
          if alpha == 1 {
            for p in 0..<kc { out[p * mr + r] = src[p] }
          } else {
            for p in 0..<kc { out[p * mr + r] = alpha * src[p] }
          }
        } else {
          for p in 0..<kc { out[p * mr + r] = 0 }
        }
      }
    } else {
      // Stored (K, M): the MR values for one p are contiguous.
      for p in 0..<kc {
        let src = a + (p0 + p) * lda + i0 + i
        let o = out + p * mr
        for r in 0..<mr { o[r] = r < rows ? alpha * src[r] : 0 }
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

/// C[0 ..< rows, 0 ..< cols] += Ap · Bp, where Ap is a packed (KC, MR) panel and Bp a packed
/// (KC, NR) panel; the MR × NR product accumulates in 12 SIMD registers.
@inline(__always)
func microKernel<T: GEMMScalar>(
  _ kc: Int, _ ap: UnsafePointer<T>, _ bp: UnsafePointer<T>,
  _ c: UnsafeMutablePointer<T>, _ ldc: Int, _ rows: Int, _ cols: Int
) {
  typealias V = T.Lane
  let w = T.laneWidth, stride = MemoryLayout<T>.stride
  var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V()
  var c30 = V(), c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V()
  var a = ap
  var b = UnsafeRawPointer(bp)
  let laneBytes = w * stride
  for _ in 0..<kc {
    let b0 = b.load(as: V.self)
    let b1 = b.load(fromByteOffset: laneBytes, as: V.self)
    var x = V(repeating: a[0])
    c00.addProduct(x, b0)
    c01.addProduct(x, b1)
    x = V(repeating: a[1])
    c10.addProduct(x, b0)
    c11.addProduct(x, b1)
    x = V(repeating: a[2])
    c20.addProduct(x, b0)
    c21.addProduct(x, b1)
    x = V(repeating: a[3])
    c30.addProduct(x, b0)
    c31.addProduct(x, b1)
    x = V(repeating: a[4])
    c40.addProduct(x, b0)
    c41.addProduct(x, b1)
    x = V(repeating: a[5])
    c50.addProduct(x, b0)
    c51.addProduct(x, b1)
    a += 6
    b += 2 * laneBytes
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
  // Edge tile: spill the accumulators, then add the part that lies inside C.
  let tile = [c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51]
  for r in 0..<rows {
    let row = c + r * ldc
    for j in 0..<cols { row[j] += tile[2 * r + j / w][j % w] }
  }
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
