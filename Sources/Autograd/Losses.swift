import TensorCore

// MARK: - Losses (forward and backward together)
//
// Each returns a rank-0 mean over the batch, as Keras reports it. `targets` never receive a
// gradient (they are data).

/// Keras' default clipping of probabilities, `backend.epsilon()`.
public let lossEpsilon = 1e-7

/// Mean squared error `mean((p − t)²)` over all elements. Gradient 2(p − t)/n.
public func meanSquaredError(_ predictions: Variable, _ targets: Tensor) throws -> Variable {
  let d = try predictions.value.subtracting(targets)
  let n = Double(d.count)
  let y = (d * d).mean()
  return Variable.record(y, [predictions]) { g in [g * d * (2.0 / n)] }
}

/// Binary cross-entropy of probabilities `p` (after a sigmoid) against 0/1 targets, Keras'
/// way: `p` clipped to [ε, 1−ε], `mean(−t·log p − (1−t)·log(1−p))`. Gradient
/// `(p − t) / (p(1 − p)) / n` inside the clip range, 0 outside.
public func binaryCrossEntropy(_ predictions: Variable, _ targets: Tensor) throws -> Variable {
  let p = predictions.value.clipped(lower: lossEpsilon, upper: 1 - lossEpsilon)
  let t = targets.astype(p.dtype)
  let inside = ((predictions.value .>= lossEpsilon).astype(p.dtype)) * ((predictions.value .<= 1 - lossEpsilon).astype(p.dtype))
  let perElement = try t.multiplying(p.log()).adding((1.0 - t) * (1.0 - p).log())
  let n = Double(perElement.count)
  let y = -perElement.mean()
  return Variable.record(y, [predictions]) { g in
    [g * ((p - t) / (p * (1.0 - p))) * inside / n]
  }
}

/// Binary cross-entropy from logits `z` (before the sigmoid), computed stably:
/// `mean(max(z, 0) − z·t + log(1 + e^−|z|))`. Gradient `(σ(z) − t)/n`.
public func binaryCrossEntropy(logits: Variable, _ targets: Tensor) throws -> Variable {
  let z = logits.value
  let t = targets.astype(z.dtype)
  let perElement = try z.relu().subtracting(z * t).adding((1.0 + (-z.abs()).exp()).log())
  let n = Double(perElement.count)
  return Variable.record(perElement.mean(), [logits]) { g in [g * (z.sigmoid() - t) / n] }
}

/// Categorical cross-entropy of probability rows `p` (after a softmax, last axis = classes)
/// against one-hot targets, Keras' way: `p` clipped to [ε, 1−ε], mean over rows of
/// `−Σ t·log p`. Gradient `−t/p / rows` inside the clip range.
public func categoricalCrossEntropy(_ predictions: Variable, _ targets: Tensor) throws -> Variable {
  let p = predictions.value.clipped(lower: lossEpsilon, upper: 1 - lossEpsilon)
  let t = targets.astype(p.dtype)
  let inside = ((predictions.value .>= lossEpsilon).astype(p.dtype)) * ((predictions.value .<= 1 - lossEpsilon).astype(p.dtype))
  let perRow = try t.multiplying(p.log()).sum(axis: -1)
  let rows = Double(perRow.count)
  let y = -perRow.mean()
  return Variable.record(y, [predictions]) { g in [-(g * t / p * inside) / rows] }
}

/// Categorical cross-entropy from logits (softmax folded in, stable): mean over rows of
/// `−Σ t·logSoftmax(z)`. Built from differentiable ops.
public func categoricalCrossEntropy(logits: Variable, _ targets: Tensor) throws -> Variable {
  let logp = try logSoftmax(logits, axis: -1)
  let picked = try multiply(logp, Variable(constant: targets.astype(logits.value.dtype)))
  return -(try picked.sum(axis: -1).mean())
}

/// Sparse categorical cross-entropy from logits `[rows, classes]` and int64 class `labels`
/// `[rows]`: mean of `−logSoftmax(z)[i, labels[i]]`.
public func sparseCategoricalCrossEntropy(logits: Variable, labels: Tensor) throws -> Variable {
  guard logits.value.rank == 2, labels.rank == 1, labels.count == logits.shape[0] else {
    throw TensorError(.shape, "sparse categorical cross-entropy needs logits (rows, classes) and labels (rows,), got \(formatShape(logits.shape)) and \(formatShape(labels.shape))")
  }
  let logp = try logSoftmax(logits, axis: -1)
  let rows = Tensor(Array(0..<labels.count))
  let picked = try logp.get([.indices(rows), .indices(labels.astype(.int64))])
  return -(try picked.mean())
}
