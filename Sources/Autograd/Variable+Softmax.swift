import TensorCore

// MARK: - Softmax (forward and backward together)

/// `e^x / Σ e^x` along `axis`, computed with the maximum subtracted (no overflow).
/// Gradient: y ⊙ (g − Σ g⊙y).
public func softmax(_ x: Variable, axis: Int = -1) throws -> Variable {
  let v = x.value
  let m = try v.max(axis: axis, keepDims: true)
  let e = (v - m).exp()
  let y = e / (try e.sum(axis: axis, keepDims: true))
  return Variable.record(y, [x]) { g in
    [y * (g - (try! (g * y).sum(axis: axis, keepDims: true)))]
  }
}

/// `log softmax(x)` along `axis`: `x − max − log Σ e^(x − max)`.
/// Gradient: g − softmax(x) ⊙ Σ g.
public func logSoftmax(_ x: Variable, axis: Int = -1) throws -> Variable {
  let v = x.value
  let m = try v.max(axis: axis, keepDims: true)
  let z = v - m
  let y = z - (try z.exp().sum(axis: axis, keepDims: true)).log()
  return Variable.record(y, [x]) { g in
    [g - y.exp() * (try! g.sum(axis: axis, keepDims: true))]
  }
}
