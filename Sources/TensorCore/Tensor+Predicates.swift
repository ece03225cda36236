// MARK: - Float predicates and tolerant comparison
//
// NumPy's `isnan isinf isfinite isclose`, and `log1p expm1` (accurate near zero).

import Foundation

extension Tensor {
  /// True where the element is NaN (NumPy's `isnan`); all false for int and bool.
  /// - Complexity: O(count).
  public func isNaN() -> Tensor { floatTest({ $0.isNaN }, { $0.isNaN }, integers: false) }

  /// True where the element is +inf or -inf (NumPy's `isinf`); all false for int and bool.
  public func isInfinite() -> Tensor { floatTest({ $0.isInfinite }, { $0.isInfinite }, integers: false) }

  /// True where the element is neither NaN nor infinite (NumPy's `isfinite`); all true for int
  /// and bool.
  public func isFinite() -> Tensor { floatTest({ $0.isFinite }, { $0.isFinite }, integers: true) }

  func floatTest(_ f64: (Double) -> Bool, _ f32: (Float) -> Bool, integers: Bool) -> Tensor {
    switch dtype {
    case .float64: return map1(self, Double.self, .bool, f64)
    case .float32: return map1(self, Float.self, .bool, f32)
    case .int64, .bool: return Tensor.full(shape, integers ? 1 : 0, dtype: .bool)
    }
  }

  /// `log(1 + x)` computed without losing the digits of a small `x` (NumPy's `log1p`):
  /// int/bool give float64, floats keep their type (float32 computed in double and rounded
  /// once, which matches NumPy's correctly rounded float32 results where libm's `*f` differ).
  public func log1p() -> Tensor {
    switch dtype {
    case .float32: return map1(self, Float.self, .float32) { Float(Foundation.log1p(Double($0))) }
    case .float64: return map1(self, Double.self, .float64) { Foundation.log1p($0) }
    default: return astype(.float64).log1p()
    }
  }

  /// `exp(x) - 1` computed without losing the digits of a small `x` (NumPy's `expm1`).
  public func expm1() -> Tensor {
    switch dtype {
    case .float32: return map1(self, Float.self, .float32) { Float(Foundation.expm1(Double($0))) }
    case .float64: return map1(self, Double.self, .float64) { Foundation.expm1($0) }
    default: return astype(.float64).expm1()
    }
  }

  /// NumPy's `isclose(a, b, rtol, atol, equal_nan)` with broadcasting:
  /// `|a - b| <= atol + rtol·|b|` where `b` is finite, or `a == b` (so equal infinities are
  /// close), or both NaN when `equalNaN`. Computed in the promoted float type of `a` and `b`
  /// (float64 when both are int/bool). Throws NumPy's broadcast error for mismatched shapes.
  /// - Complexity: O(broadcast count).
  public static func isClose(_ a: Tensor, _ b: Tensor, rtol: Double = 1e-05, atol: Double = 1e-08,
                             equalNaN: Bool = false) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape)
    var t = DType.promoted(a.dtype, b.dtype)
    if !t.isFloatingPoint { t = .float64 }
    let x = a.astype(t), y = b.astype(t)
    switch t {
    case .float32: return closeTyped(x, y, shape, Float(rtol), Float(atol), equalNaN)
    default: return closeTyped(x, y, shape, rtol, atol, equalNaN)
    }
  }

  static func closeTyped<T: FloatElement>(_ x: Tensor, _ y: Tensor, _ shape: [Int], _ rtol: T, _ atol: T,
                                          _ equalNaN: Bool) -> Tensor {
    map2(x, y, shape, T.self, T.self, .bool) { a, b in
      (Swift.abs(a - b) <= atol + rtol * Swift.abs(b) && b.isFinite) || a == b || (equalNaN && a.isNaN && b.isNaN)
    }
  }
}
