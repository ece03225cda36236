// MARK: - Matrix product (NumPy `matmul`, the `@` operator)

extension Tensor {
  /// The matrix product with NumPy's `matmul` rules, computed by the blocked SIMD GEMM for
  /// float32/float64 (`Kernels.gemm`, `Kernels.batchedGEMM`).
  ///
  /// - `(m, k) @ (k, n) → (m, n)`; `(k,) @ (k, n) → (n,)`; `(m, k) @ (k,) → (m,)`;
  ///   `(k,) @ (k,) → ()`.
  /// - Rank 3 and above: a stack of matrices in the last two axes; the leading (batch) axes
  ///   broadcast: `(B, m, k) @ (k, n) → (B, m, n)`, `(2, 1, m, k) @ (3, k, n) → (2, 3, m, n)`.
  /// - `transposeA`/`transposeB` use the transpose of the last two axes of that operand without
  ///   copying it (what a backward pass needs: `dA = dC · Bᵀ`, `dB = Aᵀ · dC`).
  /// - Dtypes promote (`float32` with `float64` gives `float64`); int64 is exact (wrapping);
  ///   bool gives bool (logical or of ands), as NumPy does.
  ///
  /// Throws `matmul: shapes (2, 3) and (4, 5) not aligned: 3 (dim 1) != 4 (dim 0)` when the
  /// inner sizes differ, a broadcast error naming both shapes when the batch axes do not
  /// broadcast, and a memory error for an oversized result.
  /// - Complexity: O(batch·m·k·n) multiply-adds, split across all cores above 96³ per product.
  public static func matmul(
    _ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false
  ) throws -> Tensor {
    if a.rank == 2, b.rank == 2, a.dtype != b.dtype, DType.promoted(a.dtype, b.dtype).isFloatingPoint {
      // An int matrix (inputs, labels) with a float one: NumPy converts, then multiplies.
      let t = DType.promoted(a.dtype, b.dtype)
      return try matmul(a.astype(t), b.astype(t), transposeA: transposeA, transposeB: transposeB)
    }
    if a.rank == 2, b.rank == 2, a.dtype == b.dtype, a.dtype.isFloatingPoint {
      // Two matrices of one floating dtype (every product of a dense layer): straight to GEMM.
      let m = transposeA ? a.shape[1] : a.shape[0], k = transposeA ? a.shape[0] : a.shape[1]
      let k2 = transposeB ? b.shape[1] : b.shape[0], n = transposeB ? b.shape[0] : b.shape[1]
      if k == k2 {
        let shape = [m, n]
        try MemoryGuard.check(shape: shape, dtype: a.dtype)
        let out = Tensor(uninitializedShape: shape, dtype: a.dtype)
        if a.dtype == .float64 {
          gemmDriver(
            transposeA, transposeB, m, n, k, 1, a.pointer(Double.self), a.shape[1], b.pointer(Double.self),
            b.shape[1], 0, out.pointer(Double.self), n, parallel: true, bias: nil)
        } else {
          gemmDriver(
            transposeA, transposeB, m, n, k, 1, a.pointer(Float.self), a.shape[1], b.pointer(Float.self),
            b.shape[1], 0, out.pointer(Float.self), n, parallel: true, bias: nil)
        }
        return out
      }
    }
    for (i, t) in [a, b].enumerated() where t.rank == 0 {
      throw TensorError(
        .shape,
        "matmul: Input operand \(i) does not have enough dimensions (has 0, gufunc core with "
          + "signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
    // Core sizes: op(a) is (m, k), op(b) is (k2, n); a 1-D operand is a row (a) or column (b).
    let aRowAxis = transposeA ? a.rank - 1 : a.rank - 2, aInnerAxis = transposeA ? a.rank - 2 : a.rank - 1
    let bInnerAxis = transposeB ? b.rank - 1 : b.rank - 2, bColumnAxis = transposeB ? b.rank - 2 : b.rank - 1
    let m = a.rank == 1 ? 1 : a.shape[aRowAxis]
    let k = a.rank == 1 ? a.shape[0] : a.shape[aInnerAxis]
    let k2 = b.rank == 1 ? b.shape[0] : b.shape[bInnerAxis]
    let n = b.rank == 1 ? 1 : b.shape[bColumnAxis]
    guard k == k2 else {
      let aDim = a.rank == 1 ? 0 : aInnerAxis, bDim = b.rank == 1 ? 0 : bInnerAxis
      throw TensorError(
        .shape,
        "matmul: shapes \(formatShape(a.shape)) and \(formatShape(b.shape)) not aligned: "
          + "\(k) (dim \(aDim)) != \(k2) (dim \(bDim))")
    }
    let aBatch = Array(a.shape.dropLast(Swift.min(2, a.rank)))
    let bBatch = Array(b.shape.dropLast(Swift.min(2, b.rank)))
    let batchShape: [Int]
    do {
      batchShape = try broadcastShape(aBatch, bBatch)
    } catch {
      throw TensorError(
        .shape,
        "matmul: batch dimensions of \(formatShape(a.shape)) and \(formatShape(b.shape)) do not "
          + "broadcast: cannot broadcast \(formatShape(aBatch)) with \(formatShape(bBatch))")
    }
    let shape = batchShape + (a.rank == 1 ? [] : [m]) + (b.rank == 1 ? [] : [n])
    let dtype = DType.promoted(a.dtype, b.dtype)
    try MemoryGuard.check(shape: shape, dtype: dtype)
    let a = a.astype(dtype), b = b.astype(dtype)
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    let plan = MatMulPlan(
      m: m, n: n, k: k, transposeA: transposeA && a.rank >= 2, transposeB: transposeB && b.rank >= 2,
      batchShape: batchShape,
      aBatchStrides: broadcastStrides(aBatch, to: batchShape).map { $0 * m * k },
      bBatchStrides: broadcastStrides(bBatch, to: batchShape).map { $0 * k * n })
    switch dtype {
    case .float32: plan.runFloatingPoint(a.pointer(Float.self), b.pointer(Float.self), out.pointer(Float.self))
    case .float64: plan.runFloatingPoint(a.pointer(Double.self), b.pointer(Double.self), out.pointer(Double.self))
    case .int64: plan.runExact(a.pointer(Int.self), b.pointer(Int.self), out.pointer(Int.self))
    case .bool:
      let ai = a.astype(.int64), bi = b.astype(.int64)
      let product = Tensor(uninitializedShape: shape, dtype: .int64)
      plan.runExact(ai.pointer(Int.self), bi.pointer(Int.self), product.pointer(Int.self))
      return product.astype(.bool)
    }
    return out
  }

  /// `self @ other`; see ``matmul(_:_:transposeA:transposeB:)``.
  public func matmul(_ other: Tensor) throws -> Tensor { try Tensor.matmul(self, other) }
}

// MARK: - Execution plan

/// The sizes of one (batched) product and where each batch element's operands start.
struct MatMulPlan {
  var m: Int, n: Int, k: Int
  var transposeA: Bool, transposeB: Bool
  var batchShape: [Int]
  /// Element offsets per batch axis (0 along broadcast axes).
  var aBatchStrides: [Int], bBatchStrides: [Int]

  var batchCount: Int { batchShape.reduce(1, *) }
  var lda: Int { transposeA ? m : k }
  var ldb: Int { transposeB ? k : n }

  /// When every batch element's operand sits at `i · stride` (one batch axis, or none): the
  /// strides, so that the whole stack is one `batchedGEMM` call.
  var uniformStrides: (Int, Int)? {
    if batchShape.count <= 1 {
      return (aBatchStrides.first ?? 0, bBatchStrides.first ?? 0)
    }
    return nil
  }

  /// The element offsets of batch element `index`'s operands.
  func offsets(_ index: Int) -> (Int, Int) {
    var rest = index, oa = 0, ob = 0
    for axis in stride(from: batchShape.count - 1, through: 0, by: -1) {
      let i = rest % batchShape[axis]
      rest /= batchShape[axis]
      oa += i * aBatchStrides[axis]
      ob += i * bBatchStrides[axis]
    }
    return (oa, ob)
  }

  /// The floating-point product (Float or Double): one batched call when the batch strides are
  /// uniform, else one GEMM per batch entry.
  func runFloatingPoint<T: GEMMScalar>(_ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>) {
    if let (sa, sb) = uniformStrides {
      batchedGEMMDriver(
        batchCount, transposeA, transposeB, m, n, k, 1, a, lda, sa, b, ldb, sb, 0, c, n, m * n)
      return
    }
    for i in 0..<batchCount {
      let (oa, ob) = offsets(i)
      gemmDriver(
        transposeA, transposeB, m, n, k, 1, a + oa, lda, b + ob, ldb, 0, c + i * m * n, n,
        parallel: true, bias: nil)
    }
  }

  /// Integer product, exact with wrapping overflow as NumPy's int64 (i-p-j loop order).
  func runExact(_ a: UnsafePointer<Int>, _ b: UnsafePointer<Int>, _ c: UnsafeMutablePointer<Int>) {
    let ars = transposeA ? 1 : lda, acs = transposeA ? lda : 1
    let brs = transposeB ? 1 : ldb, bcs = transposeB ? ldb : 1
    for index in 0..<batchCount {
      let (oa, ob) = offsets(index)
      let out = c + index * m * n
      out.update(repeating: 0, count: m * n)
      for i in 0..<m {
        for p in 0..<k {
          let x = a[oa + i * ars + p * acs]
          if x == 0 { continue }
          let row = out + i * n
          for j in 0..<n { row[j] &+= x &* b[ob + p * brs + j * bcs] }
        }
      }
    }
  }
}
