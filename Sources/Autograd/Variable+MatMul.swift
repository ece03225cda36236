import TensorCore

// MARK: - Matrix product (forward and backward together)

/// The matrix product of `a` `[m, k]` and `b` `[k, n]` → `[m, n]`, or batched
/// `[B, m, k]`×`[B, k, n]` → `[B, m, n]` (a rank-2 operand is shared across the batch).
/// Gradients: dA = G·Bᵀ, dB = Aᵀ·G (batched per matrix; a shared operand's gradient is summed
/// over the batch by the engine).
/// - Complexity: three matrix products of the forward's size per forward+backward.
public func matmul(_ a: Variable, _ b: Variable) throws -> Variable {
  let (x, w) = (a.value, b.value)
  let y = try matrixProduct(x, w)
  return Variable.record(y, [a, b]) { g in
    [try! matrixProduct(g, swapLastAxes(w)), try! matrixProduct(swapLastAxes(x), g)]
  }
}

/// The forward product used by the tape (rank 2 or 3).
func matrixProduct(_ a: Tensor, _ b: Tensor) throws -> Tensor {
  try Tensor.naiveMatmul(a, b)
}

/// A matrix or a batch of matrices transposed (the last two axes swapped).
func swapLastAxes(_ t: Tensor) -> Tensor {
  if t.rank == 2 { return t.transposed() }
  var axes = Array(0..<t.rank)
  axes.swapAt(t.rank - 1, t.rank - 2)
  return try! t.permuted(axes)
}
