// Naive reference kernels: the definitions, written as plainly as possible, that the fast
// kernels are tested against. Never used on a hot path.

/// Plain-loop versions of the fast kernels in `Kernels`, same arguments, same results (up to
/// rounding); tests compare the two.
public enum Reference {}

// MARK: - GEMM

extension Reference {
  /// `C = alpha · op(A) · op(B) + beta · C`, the triple loop; the contract of `Kernels.gemm`.
  /// - Complexity: O(m·n·k), one core, no blocking.
  public static func gemm<T: BinaryFloatingPoint>(
    transposeA: Bool = false, transposeB: Bool = false,
    m: Int, n: Int, k: Int,
    alpha: T = 1, a: UnsafePointer<T>, lda: Int,
    b: UnsafePointer<T>, ldb: Int,
    beta: T = 0, c: UnsafeMutablePointer<T>, ldc: Int
  ) {
    for i in 0..<m {
      for j in 0..<n {
        var sum: T = 0
        for p in 0..<k {
          let x = transposeA ? a[p * lda + i] : a[i * lda + p]
          let y = transposeB ? b[j * ldb + p] : b[p * ldb + j]
          sum += x * y
        }
        let old: T = beta == 0 ? 0 : beta * c[i * ldc + j]
        c[i * ldc + j] = alpha * sum + old
      }
    }
  }

  /// `(m, k) · (k, n) → (m, n)` on row-major arrays; the plain matrix product.
  public static func matmul<T: BinaryFloatingPoint>(_ a: [T], _ b: [T], m: Int, k: Int, n: Int) -> [T] {
    var c = [T](repeating: 0, count: m * n)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        c.withUnsafeMutableBufferPointer { c in
          gemm(
            m: m, n: n, k: k, a: a.baseAddress!, lda: k, b: b.baseAddress!, ldb: n,
            c: c.baseAddress!, ldc: n)
        }
      }
    }
    return c
  }
}
