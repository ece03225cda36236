import TensorCore

// MARK: - Matrix product (forward and backward together)

/// The matrix product of `a` `[m, k]` and `b` `[k, n]` → `[m, n]`, or batched
/// `[B, m, k]`×`[B, k, n]` → `[B, m, n]` (a rank-2 operand is shared across the batch).
/// Gradients: dA = G·Bᵀ, dB = Aᵀ·G (batched per matrix; a shared operand's gradient is summed
/// over the batch by the engine).
/// - Complexity: three matrix products of the forward's size per forward+backward.
public func matmul(_ a: Variable, _ b: Variable) throws -> Variable {
  let (x, w) = (a.value, b.value)
  guard x.rank >= 2, w.rank >= 2 else {
    throw TensorError(.shape, "matmul: operands must be matrices or batches of matrices, got \(formatShape(x.shape)) and \(formatShape(w.shape))")
  }
  let y = try Tensor.matmul(x, w)
  return Variable.record(y, [a, b]) { g in
    [try! Tensor.matmul(g, w, transposeB: true), try! Tensor.matmul(x, g, transposeA: true)]
  }
}
