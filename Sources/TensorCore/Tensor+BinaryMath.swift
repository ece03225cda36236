// MARK: - Binary elementwise functions beyond arithmetic: arctan2, hypot, fmod, float_power,
// heaviside (NumPy's ufuncs of those names), broadcasting like `Tensor.binary`.

import Foundation

/// A NumPy binary ufunc that is a libm function or a small formula rather than an operator.
public enum BinaryMathOperation: Sendable, Hashable, CaseIterable {
  /// `atan2(x1, x2)`, the angle of the point (x2, x1).
  case arctan2
  /// `sqrt(x1² + x2²)` without overflow.
  case hypot
  /// C's remainder: the sign of the dividend (ints: 0 when dividing by zero, as NumPy).
  case fmod
  /// `x1 ** x2` always in float64.
  case floatPower
  /// 0 for x1 < 0, x2 where x1 == 0, 1 for x1 > 0 (NaN stays NaN).
  case heaviside
}

extension Tensor {
  /// `op(a, b)` broadcast together, with NumPy's result dtypes: `arctan2`, `hypot` and
  /// `heaviside` of ints/bools give float64 (float32 stays float32), `float_power` is always
  /// float64, `fmod` keeps ints (bools become int64).
  /// - Complexity: O(result count).
  public static func binaryMath(_ op: BinaryMathOperation, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape)
    try MemoryGuard.check(shape: shape, dtype: .float64)
    var t = DType.promoted(a.dtype, b.dtype)
    switch op {
    case .floatPower: t = .float64
    case .fmod: if t == .bool { t = .int64 }
    default: if !t.isFloatingPoint { t = .float64 }
    }
    let x = a.astype(t), y = b.astype(t)
    switch t {
    case .float64: return floatingMath(op, x, y, shape, Double.self)
    case .float32: return floatingMath(op, x, y, shape, Float.self)
    default:
      // Only fmod keeps integers.
      return map2(x, y, shape, Int.self, Int.self, .int64) { p, q in q == 0 ? 0 : (q == -1 ? 0 : p % q) }
    }
  }

  static func floatingMath<T: FloatElement>(_ op: BinaryMathOperation, _ a: Tensor, _ b: Tensor, _ s: [Int], _: T.Type) -> Tensor {
    let d = T.dtype
    switch op {
    case .arctan2: return map2(a, b, s, T.self, T.self, d) { T.atan2($0, $1) }
    case .hypot: return map2(a, b, s, T.self, T.self, d) { T.hypot($0, $1) }
    case .fmod: return map2(a, b, s, T.self, T.self, d) { T.fmod($0, $1) }
    case .floatPower: return map2(a, b, s, T.self, T.self, d) { T.pow($0, $1) }
    case .heaviside:
      return map2(a, b, s, T.self, T.self, d) { x, h in x.isNaN ? x : (x == 0 ? h : (x < 0 ? 0 : 1)) }
    }
  }
}
