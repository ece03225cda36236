// MARK: - Unary elementwise operations

/// An elementwise function of one array (NumPy's unary ufuncs plus `sigmoid` and `relu`).
public enum UnaryOperation: Sendable, Hashable, CaseIterable {
  case negate, abs, sign, square, sqrt, exp, log, tanh, sigmoid, relu, floor, ceil, sin, cos
  case logicalNot
  case log2, log10, exp2, sinh, cosh, arcsin, arccos, arctan, rint, trunc, degrees, radians

  /// True for functions whose result is a float even for int/bool input (`exp`, `log`, …).
  var isTranscendental: Bool {
    switch self {
    case .sqrt, .exp, .log, .tanh, .sigmoid, .sin, .cos: return true
    case .log2, .log10, .exp2, .sinh, .cosh, .arcsin, .arccos, .arctan, .rint, .degrees, .radians: return true
    default: return false
    }
  }
}

extension Tensor {
  /// `op` applied to every element, with NumPy's result dtypes: transcendental functions of
  /// int/bool give float64 (float32 stays float32); `negate`/`sign` of bool throw NumPy's
  /// TypeError; `square`, `floor`, `ceil` of bool give int64 (int8 in NumPy).
  /// - Complexity: O(count); split across cores above 65,536 elements.
  public static func unary(_ op: UnaryOperation, _ x: Tensor) throws -> Tensor {
    if op == .logicalNot {
      return map1(x.astype(.bool), Bool.self, .bool) { !$0 }
    }
    var x = x
    if op.isTranscendental && !x.dtype.isFloatingPoint { x = x.astype(.float64) }
    if x.dtype == .bool {
      switch op {
      case .negate:
        throw TensorError(.type, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
      case .sign:
        throw TensorError(.type, "ufunc 'sign' did not contain a loop with signature matching types bool")
      case .abs, .relu, .trunc: return x
      default: x = x.astype(.int64)
      }
    }
    switch x.dtype {
    case .float64: return floatingUnary(op, x, Double.self)
    case .float32: return floatingUnary(op, x, Float.self)
    default: return integerUnary(op, x)
    }
  }

  static func floatingUnary<T: FloatElement>(_ op: UnaryOperation, _ x: Tensor, _: T.Type) -> Tensor {
    let d = T.dtype
    switch op {
    case .negate: return map1(x, T.self, d) { -$0 }
    case .abs: return map1(x, T.self, d) { Swift.abs($0) }
    case .sign: return map1(x, T.self, d) { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) }
    case .square: return map1(x, T.self, d) { $0 * $0 }
    case .sqrt: return map1(x, T.self, d) { $0.squareRoot() }
    case .exp: return map1(x, T.self, d) { T.exp($0) }
    case .log: return map1(x, T.self, d) { T.log($0) }
    case .tanh: return map1(x, T.self, d) { T.tanh($0) }
    case .sigmoid:
      // Stable on both tails: 1/(1+e^-x) for x >= 0, e^x/(1+e^x) otherwise.
      return map1(x, T.self, d) { v in
        if v >= 0 { return 1 / (1 + T.exp(-v)) }
        let e = T.exp(v)
        return e / (1 + e)
      }
    case .relu: return map1(x, T.self, d) { $0 > 0 ? $0 : ($0.isNaN ? $0 : 0) }
    case .floor: return map1(x, T.self, d) { $0.rounded(.down) }
    case .ceil: return map1(x, T.self, d) { $0.rounded(.up) }
    case .sin: return map1(x, T.self, d) { T.sin($0) }
    case .cos: return map1(x, T.self, d) { T.cos($0) }
    case .logicalNot: return map1(x, T.self, .bool) { $0 == 0 }
    case .log2: return map1(x, T.self, d) { T.log2($0) }
    case .log10: return map1(x, T.self, d) { T.log10($0) }
    case .exp2: return map1(x, T.self, d) { T.exp2($0) }
    case .sinh: return map1(x, T.self, d) { T.sinh($0) }
    case .cosh: return map1(x, T.self, d) { T.cosh($0) }
    case .arcsin: return map1(x, T.self, d) { T.asin($0) }
    case .arccos: return map1(x, T.self, d) { T.acos($0) }
    case .arctan: return map1(x, T.self, d) { T.atan($0) }
    case .rint: return map1(x, T.self, d) { T.rint($0) }
    case .trunc: return map1(x, T.self, d) { $0.rounded(.towardZero) }
    // NumPy's npy_rad2deg / npy_deg2rad: one multiplication by a rounded constant.
    case .degrees: let f = T.degreesPerRadian; return map1(x, T.self, d) { $0 * f }
    case .radians: let f = T.radiansPerDegree; return map1(x, T.self, d) { $0 * f }
    }
  }

  static func integerUnary(_ op: UnaryOperation, _ x: Tensor) -> Tensor {
    switch op {
    case .negate: return map1(x, Int.self, .int64) { 0 &- $0 }
    case .abs: return map1(x, Int.self, .int64) { $0 < 0 ? 0 &- $0 : $0 }
    case .sign: return map1(x, Int.self, .int64) { $0.signum() }
    case .square: return map1(x, Int.self, .int64) { $0 &* $0 }
    case .relu: return map1(x, Int.self, .int64) { Swift.max($0, 0) }
    case .floor, .ceil, .trunc: return x
    default: preconditionFailure("transcendental ops convert ints to float64 first")
    }
  }

  // MARK: - Convenience (non-throwing for float tensors; bool negate/sign trap)

  /// `-x`.
  public func negated() -> Tensor { try! Tensor.unary(.negate, self) }
  /// `|x|`.
  public func abs() -> Tensor { try! Tensor.unary(.abs, self) }
  /// -1, 0 or 1 (NaN stays NaN).
  public func sign() -> Tensor { try! Tensor.unary(.sign, self) }
  /// `x * x`.
  public func squared() -> Tensor { try! Tensor.unary(.square, self) }
  /// Square root (NaN for negatives).
  public func sqrt() -> Tensor { try! Tensor.unary(.sqrt, self) }
  /// `e^x`.
  public func exp() -> Tensor { try! Tensor.unary(.exp, self) }
  /// Natural logarithm (`-inf` at 0, NaN below).
  public func log() -> Tensor { try! Tensor.unary(.log, self) }
  /// Hyperbolic tangent.
  public func tanh() -> Tensor { try! Tensor.unary(.tanh, self) }
  /// `1 / (1 + e^-x)`, computed without overflow on either tail.
  public func sigmoid() -> Tensor { try! Tensor.unary(.sigmoid, self) }
  /// `max(x, 0)`.
  public func relu() -> Tensor { try! Tensor.unary(.relu, self) }
  /// Largest integer not above x.
  public func floor() -> Tensor { try! Tensor.unary(.floor, self) }
  /// Smallest integer not below x.
  public func ceil() -> Tensor { try! Tensor.unary(.ceil, self) }
  /// Sine.
  public func sin() -> Tensor { try! Tensor.unary(.sin, self) }
  /// Cosine.
  public func cos() -> Tensor { try! Tensor.unary(.cos, self) }
  /// `not x` as bool.
  public func logicalNot() -> Tensor { try! Tensor.unary(.logicalNot, self) }

  // MARK: - Rounding, clipping, power, where

  /// NumPy's `round(x, decimals)`: half to even; for `decimals > 0` computes
  /// `rint(x * 10^d) / 10^d`, for `decimals < 0` `rint(x / 10^-d) * 10^-d`. Ints are returned
  /// unchanged for `decimals >= 0`.
  public func rounded(decimals: Int = 0) -> Tensor {
    switch dtype {
    case .float64: return Tensor.roundTyped(self, decimals, Double.self)
    case .float32: return Tensor.roundTyped(self, decimals, Float.self)
    case .int64 where decimals < 0:
      // NumPy divides by the float 10^-d, rounds, multiplies back and casts: with d <= -19
      // every int rounds to 0 (or out of range, where the cast gives C's INT_MIN)
      let f = Foundation_pow10(decimals == .min ? .max : -decimals)
      return map1(self, Int.self, .int64) { v in
        let r = (Double(v) / f).rounded(.toNearestOrEven) * f
        return r.magnitude < 9.223372036854775e18 ? Int(r) : Int.min
      }
    default: return self
    }
  }

  static func roundTyped<T: FloatElement>(_ x: Tensor, _ decimals: Int, _: T.Type) -> Tensor {
    if decimals == 0 { return map1(x, T.self, T.dtype) { T.rint($0) } }
    let f = T(Foundation_pow10(decimals == .min ? .max : Swift.abs(decimals)))
    if decimals > 0 { return map1(x, T.self, T.dtype) { T.rint($0 * f) / f } }
    return map1(x, T.self, T.dtype) { T.rint($0 / f) * f }
  }

  /// Elements limited to `[lower, upper]` (either bound may be nil; NaN stays NaN), in the
  /// tensor's dtype (float bounds on an int tensor give float64, as NumPy does).
  public func clipped(lower: Double?, upper: Double?) -> Tensor {
    var x = self
    let integral = { (v: Double?) in v.map { $0.rounded(.towardZero) == $0 } ?? true }
    if !dtype.isFloatingPoint && !(integral(lower) && integral(upper)) { x = x.astype(.float64) }
    if x.dtype == .bool { x = x.astype(.int64) }
    switch x.dtype {
    case .float64: return Tensor.clipTyped(x, lower, upper, Double.self)
    case .float32: return Tensor.clipTyped(x, lower, upper, Float.self)
    default:
      let lo = lower.map { Int($0) } ?? Int.min, hi = upper.map { Int($0) } ?? Int.max
      return map1(x, Int.self, .int64) { Swift.min(Swift.max($0, lo), hi) }
    }
  }

  static func clipTyped<T: FloatElement>(_ x: Tensor, _ lower: Double?, _ upper: Double?, _: T.Type) -> Tensor {
    let lo = lower.map { T($0) } ?? -T.infinity, hi = upper.map { T($0) } ?? T.infinity
    return map1(x, T.self, T.dtype) { v in v.isNaN ? v : (v < lo ? lo : (v > hi ? hi : v)) }
  }

  /// Elements raised to a Python scalar power, typed by the weak-scalar rule.
  public func raised(to exponent: Scalar) throws -> Tensor {
    try Tensor.binary(.power, self, exponent)
  }

  /// NumPy's `where(condition, a, b)`: `a` where the condition is true, else `b`, all three
  /// broadcast together; the result dtype is the promotion of `a` and `b`.
  public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let s1 = try broadcastShape(condition.shape, a.shape)
    let shape = try broadcastShape(s1, b.shape)
    let t = DType.promoted(a.dtype, b.dtype)
    try MemoryGuard.check(shape: shape, dtype: t)
    let c = condition.astype(.bool).broadcastUnchecked(to: shape)
    let a = a.astype(t), b = b.astype(t)
    switch t {
    case .float64: return selectTyped(c, a, b, shape, Double.self)
    case .float32: return selectTyped(c, a, b, shape, Float.self)
    case .int64: return selectTyped(c, a, b, shape, Int.self)
    case .bool: return selectTyped(c, a, b, shape, Bool.self)
    }
  }

  static func selectTyped<T>(_ c: Tensor, _ a: Tensor, _ b: Tensor, _ shape: [Int], _: T.Type) -> Tensor {
    let a = a.broadcastUnchecked(to: shape), b = b.broadcastUnchecked(to: shape)
    let out = Tensor(uninitializedShape: shape, dtype: a.dtype)
    let pc = c.pointer(Bool.self), pa = a.pointer(T.self), pb = b.pointer(T.self), po = out.pointer(T.self)
    for i in 0..<out.count { po[i] = pc[i] ? pa[i] : pb[i] }
    return out
  }
}

/// 10^n as a Double, exact for the n where NumPy's rounding is exact.
func Foundation_pow10(_ n: Int) -> Double {
  // 10^n by repeated multiplication (exact up to 10^22, as NumPy's power of ten); from 10^309
  // on it is infinite, so a huge `decimals` costs no loop
  if n > 308 { return .infinity }
  var r = 1.0
  for _ in 0..<Swift.max(n, 0) { r *= 10 }
  return r
}
