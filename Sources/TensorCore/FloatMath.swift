import Foundation

// MARK: - Floating-point element math (internal)

/// `Float` and `Double` with the libm functions the elementwise ops need, so one generic loop
/// serves both and specialises to direct calls.
protocol FloatElement: BinaryFloatingPoint, TensorElement {
  static func exp(_ x: Self) -> Self
  static func log(_ x: Self) -> Self
  static func tanh(_ x: Self) -> Self
  static func sin(_ x: Self) -> Self
  static func cos(_ x: Self) -> Self
  static func pow(_ x: Self, _ y: Self) -> Self
  static func fmod(_ x: Self, _ y: Self) -> Self
  static func rint(_ x: Self) -> Self
  static func log2(_ x: Self) -> Self
  static func log10(_ x: Self) -> Self
  static func exp2(_ x: Self) -> Self
  static func sinh(_ x: Self) -> Self
  static func cosh(_ x: Self) -> Self
  static func asin(_ x: Self) -> Self
  static func acos(_ x: Self) -> Self
  static func atan(_ x: Self) -> Self
  static func atan2(_ y: Self, _ x: Self) -> Self
  static func hypot(_ x: Self, _ y: Self) -> Self
  /// `180 / π` and `π / 180` rounded in this type, as NumPy's `NPY_PI`-based constants.
  static var degreesPerRadian: Self { get }
  static var radiansPerDegree: Self { get }
}

extension Float: FloatElement {
  @inline(__always) static func exp(_ x: Float) -> Float { Foundation.expf(x) }
  @inline(__always) static func log(_ x: Float) -> Float { Foundation.logf(x) }
  @inline(__always) static func tanh(_ x: Float) -> Float { Foundation.tanhf(x) }
  @inline(__always) static func sin(_ x: Float) -> Float { Foundation.sinf(x) }
  @inline(__always) static func cos(_ x: Float) -> Float { Foundation.cosf(x) }
  @inline(__always) static func pow(_ x: Float, _ y: Float) -> Float { Foundation.powf(x, y) }
  @inline(__always) static func fmod(_ x: Float, _ y: Float) -> Float { Foundation.fmodf(x, y) }
  @inline(__always) static func rint(_ x: Float) -> Float { x.rounded(.toNearestOrEven) }
  @inline(__always) static func log2(_ x: Float) -> Float { Foundation.log2f(x) }
  @inline(__always) static func log10(_ x: Float) -> Float { Foundation.log10f(x) }
  @inline(__always) static func exp2(_ x: Float) -> Float { Foundation.exp2f(x) }
  @inline(__always) static func sinh(_ x: Float) -> Float { Foundation.sinhf(x) }
  @inline(__always) static func cosh(_ x: Float) -> Float { Foundation.coshf(x) }
  @inline(__always) static func asin(_ x: Float) -> Float { Foundation.asinf(x) }
  @inline(__always) static func acos(_ x: Float) -> Float { Foundation.acosf(x) }
  @inline(__always) static func atan(_ x: Float) -> Float { Foundation.atanf(x) }
  @inline(__always) static func atan2(_ y: Float, _ x: Float) -> Float { Foundation.atan2f(y, x) }
  @inline(__always) static func hypot(_ x: Float, _ y: Float) -> Float { Foundation.hypotf(x, y) }
  // NPY_PIf is π rounded to nearest (Float.pi rounds toward zero).
  static var degreesPerRadian: Float { Float(180) / Float(3.14159265358979323846 as Double) }
  static var radiansPerDegree: Float { Float(3.14159265358979323846 as Double) / Float(180) }
}

extension Double: FloatElement {
  @inline(__always) static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  @inline(__always) static func log(_ x: Double) -> Double { Foundation.log(x) }
  @inline(__always) static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
  @inline(__always) static func sin(_ x: Double) -> Double { Foundation.sin(x) }
  @inline(__always) static func cos(_ x: Double) -> Double { Foundation.cos(x) }
  @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
  @inline(__always) static func fmod(_ x: Double, _ y: Double) -> Double { Foundation.fmod(x, y) }
  @inline(__always) static func rint(_ x: Double) -> Double { x.rounded(.toNearestOrEven) }
  @inline(__always) static func log2(_ x: Double) -> Double { Foundation.log2(x) }
  @inline(__always) static func log10(_ x: Double) -> Double { Foundation.log10(x) }
  @inline(__always) static func exp2(_ x: Double) -> Double { Foundation.exp2(x) }
  @inline(__always) static func sinh(_ x: Double) -> Double { Foundation.sinh(x) }
  @inline(__always) static func cosh(_ x: Double) -> Double { Foundation.cosh(x) }
  @inline(__always) static func asin(_ x: Double) -> Double { Foundation.asin(x) }
  @inline(__always) static func acos(_ x: Double) -> Double { Foundation.acos(x) }
  @inline(__always) static func atan(_ x: Double) -> Double { Foundation.atan(x) }
  @inline(__always) static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
  @inline(__always) static func hypot(_ x: Double, _ y: Double) -> Double { Foundation.hypot(x, y) }
  static var degreesPerRadian: Double { 180.0 / Double.pi }
  static var radiansPerDegree: Double { Double.pi / 180.0 }
}

// MARK: - NumPy's division rules

/// NumPy's `npy_divmod`: floor quotient and Python-style remainder of floats.
@inline(__always)
func floatDivmod<T: FloatElement>(_ a: T, _ b: T) -> (T, T) {
  var mod = T.fmod(a, b)
  if b == 0 { return (a / b, mod) }
  var div = (a - mod) / b
  if mod != 0 {
    if (b < 0) != (mod < 0) {
      mod += b
      div -= 1
    }
  } else {
    mod = b.sign == .minus ? -T(0) : T(0)
  }
  var floordiv: T
  if div != 0 {
    floordiv = div.rounded(.down)
    if div - floordiv > 0.5 { floordiv += 1 }
  } else {
    let q = a / b
    floordiv = q.sign == .minus ? -T(0) : T(0)
  }
  return (floordiv, mod)
}

/// Python/NumPy floor division of int64 (0 when dividing by zero, as NumPy does).
@inline(__always)
func intFloorDivide(_ a: Int, _ b: Int) -> Int {
  if b == 0 { return 0 }
  if b == -1 { return 0 &- a }
  let q = a / b
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
}

/// Python/NumPy remainder of int64 (sign of the divisor; 0 when dividing by zero).
@inline(__always)
func intRemainder(_ a: Int, _ b: Int) -> Int {
  if b == 0 || b == -1 { return 0 }
  let r = a % b
  return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
}

/// int64 power by squaring, wrapping on overflow like NumPy. `b` must be >= 0.
@inline(__always)
func intPower(_ a: Int, _ b: Int) -> Int {
  var result = 1, base = a, e = b
  while e > 0 {
    if e & 1 == 1 { result = result &* base }
    base = base &* base
    e >>= 1
  }
  return result
}
