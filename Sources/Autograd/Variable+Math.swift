import TensorCore

// MARK: - Elementwise functions (forward and backward together)

/// `e^x`; d/dx = e^x.
public func exp(_ x: Variable) -> Variable {
  let y = x.value.exp()
  return Variable.record(y, [x]) { g in [g * y] }
}

/// Natural logarithm; d/dx = 1/x.
public func log(_ x: Variable) -> Variable {
  let v = x.value
  return Variable.record(v.log(), [x]) { g in [g / v] }
}

/// Square root; d/dx = 1/(2√x).
public func sqrt(_ x: Variable) -> Variable {
  let y = x.value.sqrt()
  return Variable.record(y, [x]) { g in [g / (y * 2.0)] }
}

/// Hyperbolic tangent; d/dx = 1 - tanh²x.
public func tanh(_ x: Variable) -> Variable {
  let y = x.value.tanh()
  return Variable.record(y, [x]) { g in [g * (1.0 - y * y)] }
}

/// Logistic sigmoid `1/(1+e^-x)`; d/dx = σ(1-σ).
public func sigmoid(_ x: Variable) -> Variable {
  let y = x.value.sigmoid()
  return Variable.record(y, [x]) { g in [g * y * (1.0 - y)] }
}

/// Rectified linear unit `max(0, x)`; d/dx = 1 where x > 0, else 0.
public func relu(_ x: Variable) -> Variable {
  let mask = (x.value .> 0).astype(x.value.dtype)
  return Variable.record(x.value * mask, [x]) { g in [g * mask] }
}

/// Leaky ReLU: `x` where x > 0, `alpha·x` elsewhere (Keras' default alpha is 0.3).
public func leakyRelu(_ x: Variable, alpha: Double = 0.3) -> Variable {
  let positive = (x.value .> 0).astype(x.value.dtype)
  let slope = positive * (1 - alpha) + alpha
  return Variable.record(x.value * slope, [x]) { g in [g * slope] }
}

/// `|x|`; d/dx = sign(x) (0 at 0).
public func abs(_ x: Variable) -> Variable {
  let v = x.value
  return Variable.record(v.abs(), [x]) { g in [g * v.sign()] }
}

/// `x²`; d/dx = 2x.
public func square(_ x: Variable) -> Variable {
  let v = x.value
  return Variable.record(v * v, [x]) { g in [g * v * 2.0] }
}
