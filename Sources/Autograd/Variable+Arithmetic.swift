import TensorCore

// MARK: - Arithmetic (forward and backward together)
//
// Broadcasting is allowed everywhere; each backward returns gradients in the result's shape and
// the engine (`Variable.reduce`) sums them back to each operand's shape.

/// `a + b` with broadcasting. Throws `cannot broadcast (2, 3) with (4,)`.
public func add(_ a: Variable, _ b: Variable) throws -> Variable {
  let y = try a.value.adding(b.value)
  return Variable.record(y, [a, b]) { g in [g, g] }
}

/// `a - b` with broadcasting.
public func subtract(_ a: Variable, _ b: Variable) throws -> Variable {
  let y = try a.value.subtracting(b.value)
  return Variable.record(y, [a, b]) { g in [g, -g] }
}

/// `a * b` elementwise with broadcasting.
public func multiply(_ a: Variable, _ b: Variable) throws -> Variable {
  let (x, w) = (a.value, b.value)
  let y = try x.multiplying(w)
  return Variable.record(y, [a, b]) { g in [g * w, g * x] }
}

/// `a / b` elementwise with broadcasting.
public func divide(_ a: Variable, _ b: Variable) throws -> Variable {
  let (x, w) = (a.value, b.value)
  let y = try x.dividing(w)
  return Variable.record(y, [a, b]) { g in [g / w, -(g * y / w)] }
}

/// `-x`.
public func negate(_ x: Variable) -> Variable {
  Variable.record(-x.value, [x]) { g in [-g] }
}

/// `x ** p` for a constant exponent: d/dx = p·x^(p-1).
public func pow(_ x: Variable, _ p: Double) -> Variable {
  let v = x.value
  let y = try! v.raised(to: .float(p))
  return Variable.record(y, [x]) { g in [g * (try! v.raised(to: .float(p - 1))) * p] }
}

/// `a ** b` with both operands on the tape: d/da = b·a^(b-1), d/db = a^b·ln a.
public func pow(_ a: Variable, _ b: Variable) throws -> Variable {
  let (x, e) = (a.value, b.value)
  let y = try x.raised(to: e)
  return Variable.record(y, [a, b]) { g in
    [g * e * (try! x.raised(to: e - 1)), g * y * x.log()]
  }
}

// MARK: - Operators (trusted shapes; they trap where the throwing functions throw)

extension Variable {
  public static func + (a: Variable, b: Variable) -> Variable { trap { try add(a, b) } }
  public static func - (a: Variable, b: Variable) -> Variable { trap { try subtract(a, b) } }
  public static func * (a: Variable, b: Variable) -> Variable { trap { try multiply(a, b) } }
  public static func / (a: Variable, b: Variable) -> Variable { trap { try divide(a, b) } }
  public static prefix func - (x: Variable) -> Variable { negate(x) }

  /// `x + c` for a constant Python-float-like scalar (keeps float32).
  public static func + (x: Variable, c: Double) -> Variable { Variable.record(x.value + c, [x]) { g in [g] } }
  public static func + (c: Double, x: Variable) -> Variable { x + c }
  public static func - (x: Variable, c: Double) -> Variable { x + (-c) }
  public static func - (c: Double, x: Variable) -> Variable { Variable.record(c - x.value, [x]) { g in [-g] } }
  public static func * (x: Variable, c: Double) -> Variable { Variable.record(x.value * c, [x]) { g in [g * c] } }
  public static func * (c: Double, x: Variable) -> Variable { x * c }
  public static func / (x: Variable, c: Double) -> Variable { Variable.record(x.value / c, [x]) { g in [g / c] } }
  public static func / (c: Double, x: Variable) -> Variable {
    let v = x.value
    let y = c / v
    return Variable.record(y, [x]) { g in [-(g * y / v)] }
  }
}

/// Runs a throwing op whose shapes the caller vouches for.
@inline(__always) func trap(_ body: () throws -> Variable) -> Variable {
  do { return try body() } catch { preconditionFailure("\(error)") }
}
