// MARK: - Naive matrix product (temporary)
//
// A plain triple loop kept from before the kernels' `Tensor+MatMul.swift` landed. Callers
// should use `Tensor.matmul` (blocked GEMM, NumPy rules); this file goes once none is left.

extension Tensor {
  /// The matrix product of `a` `[m, k]` and `b` `[k, n]`, shape `[m, n]`, or batched
  /// `[B, m, k]`×`[B, k, n]` → `[B, m, n]` (a rank-2 operand is shared across the batch).
  /// Dtypes promote; bools compute as int64.
  /// - Complexity: O(B·m·k·n), one core, no blocking.
  @available(*, deprecated, message: "use Tensor.matmul (the blocked GEMM with NumPy's rules)")
  public static func naiveMatmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.rank >= 2, b.rank >= 2, a.rank <= 3, b.rank <= 3 else {
      throw TensorError(.shape, "matmul: operands must have rank 2 or 3, got \(formatShape(a.shape)) and \(formatShape(b.shape))")
    }
    let m = a.shape[a.rank - 2], k = a.shape[a.rank - 1]
    let k2 = b.shape[b.rank - 2], n = b.shape[b.rank - 1]
    let batchA = a.rank == 3 ? a.shape[0] : 1, batchB = b.rank == 3 ? b.shape[0] : 1
    guard k == k2, batchA == batchB || batchA == 1 || batchB == 1 else {
      throw TensorError(.shape, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k))")
    }
    let batch = Swift.max(batchA, batchB)
    var t = DType.promoted(a.dtype, b.dtype)
    if t == .bool { t = .int64 }
    let shape = (a.rank == 3 || b.rank == 3) ? [batch, m, n] : [m, n]
    try MemoryGuard.check(shape: shape, dtype: t)
    let a = a.astype(t), b = b.astype(t)
    switch t {
    case .float32: return naiveTyped(a, b, shape, batch, batchA, batchB, m, k, n, Float.self)
    case .int64: return naiveTyped(a, b, shape, batch, batchA, batchB, m, k, n, Int.self)
    default: return naiveTyped(a, b, shape, batch, batchA, batchB, m, k, n, Double.self)
    }
  }

  static func naiveTyped<T: Numeric>(_ a: Tensor, _ b: Tensor, _ shape: [Int], _ batch: Int, _ batchA: Int,
                                     _ batchB: Int, _ m: Int, _ k: Int, _ n: Int, _: T.Type) -> Tensor {
    let out = Tensor.zeros(shape, dtype: a.dtype)
    let pa = a.pointer(T.self), pb = b.pointer(T.self), po = out.pointer(T.self)
    for bi in 0..<batch {
      let oa = (batchA == 1 ? 0 : bi) * m * k, ob = (batchB == 1 ? 0 : bi) * k * n, oo = bi * m * n
      for i in 0..<m {
        for p in 0..<k {
          let x = pa[oa + i * k + p]
          for j in 0..<n { po[oo + i * n + j] += x * pb[ob + p * n + j] }
        }
      }
    }
    return out
  }
}
