// MARK: - Operators for trusted callers
//
// These trap on a shape mismatch (a programmer's mistake); MiniPy uses the throwing entries
// (`Tensor.binary`, `adding(_:)`, …). Scalars on either side follow NumPy 2's weak-scalar rule:
// a `Double` is a Python float, an `Int` a Python int.

infix operator .== : ComparisonPrecedence
infix operator .!= : ComparisonPrecedence
infix operator .< : ComparisonPrecedence
infix operator .<= : ComparisonPrecedence
infix operator .> : ComparisonPrecedence
infix operator .>= : ComparisonPrecedence

extension Tensor {
  @inline(__always)
  static func trusted(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor) -> Tensor {
    do { return try binary(op, a, b) } catch { preconditionFailure("\(error)") }
  }

  @inline(__always)
  static func trusted(_ op: BinaryOperation, _ a: Tensor, _ s: Scalar, left: Bool = false) -> Tensor {
    do { return try binary(op, a, s, scalarOnLeft: left) } catch { preconditionFailure("\(error)") }
  }

  public static func + (a: Tensor, b: Tensor) -> Tensor { trusted(.add, a, b) }
  public static func - (a: Tensor, b: Tensor) -> Tensor { trusted(.subtract, a, b) }
  public static func * (a: Tensor, b: Tensor) -> Tensor { trusted(.multiply, a, b) }
  public static func / (a: Tensor, b: Tensor) -> Tensor { trusted(.divide, a, b) }
  public static prefix func - (a: Tensor) -> Tensor { a.negated() }

  public static func + (a: Tensor, s: Double) -> Tensor { trusted(.add, a, .float(s)) }
  public static func - (a: Tensor, s: Double) -> Tensor { trusted(.subtract, a, .float(s)) }
  public static func * (a: Tensor, s: Double) -> Tensor { trusted(.multiply, a, .float(s)) }
  public static func / (a: Tensor, s: Double) -> Tensor { trusted(.divide, a, .float(s)) }
  public static func + (s: Double, a: Tensor) -> Tensor { trusted(.add, a, .float(s), left: true) }
  public static func - (s: Double, a: Tensor) -> Tensor { trusted(.subtract, a, .float(s), left: true) }
  public static func * (s: Double, a: Tensor) -> Tensor { trusted(.multiply, a, .float(s), left: true) }
  public static func / (s: Double, a: Tensor) -> Tensor { trusted(.divide, a, .float(s), left: true) }

  public static func + (a: Tensor, s: Int) -> Tensor { trusted(.add, a, .int(s)) }
  public static func - (a: Tensor, s: Int) -> Tensor { trusted(.subtract, a, .int(s)) }
  public static func * (a: Tensor, s: Int) -> Tensor { trusted(.multiply, a, .int(s)) }
  public static func / (a: Tensor, s: Int) -> Tensor { trusted(.divide, a, .int(s)) }
  public static func + (s: Int, a: Tensor) -> Tensor { trusted(.add, a, .int(s), left: true) }
  public static func - (s: Int, a: Tensor) -> Tensor { trusted(.subtract, a, .int(s), left: true) }
  public static func * (s: Int, a: Tensor) -> Tensor { trusted(.multiply, a, .int(s), left: true) }
  public static func / (s: Int, a: Tensor) -> Tensor { trusted(.divide, a, .int(s), left: true) }

  public static func += (a: inout Tensor, b: Tensor) { a = a + b }
  public static func -= (a: inout Tensor, b: Tensor) { a = a - b }
  public static func *= (a: inout Tensor, b: Tensor) { a = a * b }
  public static func /= (a: inout Tensor, b: Tensor) { a = a / b }

  public static func .== (a: Tensor, b: Tensor) -> Tensor { trusted(.equal, a, b) }
  public static func .!= (a: Tensor, b: Tensor) -> Tensor { trusted(.notEqual, a, b) }
  public static func .< (a: Tensor, b: Tensor) -> Tensor { trusted(.less, a, b) }
  public static func .<= (a: Tensor, b: Tensor) -> Tensor { trusted(.lessEqual, a, b) }
  public static func .> (a: Tensor, b: Tensor) -> Tensor { trusted(.greater, a, b) }
  public static func .>= (a: Tensor, b: Tensor) -> Tensor { trusted(.greaterEqual, a, b) }
  public static func .== (a: Tensor, s: Double) -> Tensor { trusted(.equal, a, .float(s)) }
  public static func .!= (a: Tensor, s: Double) -> Tensor { trusted(.notEqual, a, .float(s)) }
  public static func .< (a: Tensor, s: Double) -> Tensor { trusted(.less, a, .float(s)) }
  public static func .<= (a: Tensor, s: Double) -> Tensor { trusted(.lessEqual, a, .float(s)) }
  public static func .> (a: Tensor, s: Double) -> Tensor { trusted(.greater, a, .float(s)) }
  public static func .>= (a: Tensor, s: Double) -> Tensor { trusted(.greaterEqual, a, .float(s)) }
}
