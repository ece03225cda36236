// A batch of independent GEMMs with constant strides between operands: the kernel behind the
// batched (rank-3 and broadcast) matrix product. A stride of 0 shares one operand across the
// batch (NumPy's batch broadcasting of a rank-2 operand).

// MARK: - Public entry points

extension Kernels {
  /// For each `i` in `0..<batch`: `C_i = alpha · op(A_i) · op(B_i) + beta · C_i`, where
  /// `A_i = a + i·strideA`, `B_i = b + i·strideB`, `C_i = c + i·strideC` (in elements), with the
  /// contract of `gemm` for each product. The C matrices must not overlap.
  /// - Complexity: batch × O(m·n·k). Small products are spread across cores by batch; large ones
  ///   run one after another, each split across cores.
  public static func batchedGEMM(
    batch: Int, transposeA: Bool = false, transposeB: Bool = false,
    m: Int, n: Int, k: Int,
    alpha: Float = 1, a: UnsafePointer<Float>, lda: Int, strideA: Int,
    b: UnsafePointer<Float>, ldb: Int, strideB: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int, strideC: Int
  ) {
    batchedGEMMDriver(
      batch, transposeA, transposeB, m, n, k, alpha, a, lda, strideA, b, ldb, strideB, beta, c,
      ldc, strideC)
  }

  /// Double overload of `batchedGEMM`.
  public static func batchedGEMM(
    batch: Int, transposeA: Bool = false, transposeB: Bool = false,
    m: Int, n: Int, k: Int,
    alpha: Double = 1, a: UnsafePointer<Double>, lda: Int, strideA: Int,
    b: UnsafePointer<Double>, ldb: Int, strideB: Int,
    beta: Double = 0, c: UnsafeMutablePointer<Double>, ldc: Int, strideC: Int
  ) {
    batchedGEMMDriver(
      batch, transposeA, transposeB, m, n, k, alpha, a, lda, strideA, b, ldb, strideB, beta, c,
      ldc, strideC)
  }
}

// MARK: - Driver

@inline(__always)
func batchedGEMMDriver<T: GEMMScalar>(
  _ batch: Int, _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
  _ alpha: T, _ a: UnsafePointer<T>, _ lda: Int, _ strideA: Int,
  _ b: UnsafePointer<T>, _ ldb: Int, _ strideB: Int,
  _ beta: T, _ c: UnsafeMutablePointer<T>, _ ldc: Int, _ strideC: Int
) {
  precondition(batch >= 0, "batchedGEMM: negative batch \(batch)")
  let each = m * n * k
  if each >= Kernels.gemmParallelThreshold || batch == 1 {
    for i in 0..<batch {
      T.blockedGEMM(
        parallel: true, transA, transB, m, n, k, alpha, a + i * strideA, lda, b + i * strideB, ldb,
        beta, c + i * strideC, ldc, bias: nil)
    }
    return
  }
  let parts = ParallelFor.partCount(batch, work: each * batch, threshold: Kernels.gemmParallelThreshold)
  ParallelFor.run(parts) { part in
    for i in ParallelFor.range(part, of: parts, total: batch) {
      T.blockedGEMM(
        parallel: false, transA, transB, m, n, k, alpha, a + i * strideA, lda, b + i * strideB, ldb,
        beta, c + i * strideC, ldc, bias: nil)
    }
  }
}
