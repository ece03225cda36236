// `np` tests on values: isnan isinf isfinite isclose allclose array_equal, and the accurate
// near-zero functions log1p expm1.

import MiniPy
import TensorCore

extension NumPyModule {
  /// `rtol=`, `atol=`, `equal_nan=` of isclose/allclose (positions 2, 3, 4).
  static func tolerances(_ args: Arguments) throws -> (rtol: Double, atol: Double, equalNaN: Bool) {
    (try args.double(2, "rtol", default: 1e-05), try args.double(3, "atol", default: 1e-08),
     try args.bool(4, "equal_nan", default: false))
  }

  /// `np.isclose(a, b, …)` as a bool tensor (Python numbers weak, as NumPy 2).
  static func isClose(_ args: Arguments) throws -> Tensor {
    let (a, b) = try pair(try args.required(0, "a"), try args.required(1, "b"), args.interpreter)
    let (rtol, atol, equalNaN) = try tolerances(args)
    return try np { try Tensor.isClose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN) }
  }

  static func definePredicates(_ m: PyModule) {
    let tests: [(String, (Tensor) -> Tensor)] = [
      ("isnan", { $0.isNaN() }), ("isinf", { $0.isInfinite() }), ("isfinite", { $0.isFinite() }),
      ("log1p", { $0.log1p() }), ("expm1", { $0.expm1() }),
    ]
    for (name, f) in tests {
      m.define(name) { args in
        try args.expectPositional(min: 1, max: 1)
        return try NumPyConvert.result(f(try arrayArgument(args, 0, "x")), args.interpreter)
      }
    }
    m.define("isclose") { args in
      try NumPyConvert.result(try isClose(args), args.interpreter)
    }
    m.define("allclose") { args in
      let close = try isClose(args)
      return .bool(close.withUnsafeBufferPointer(as: Bool.self) { !$0.contains(false) })
    }
    m.define("array_equal") { args in
      let a = try arrayArgument(args, 0, "a1"), b = try arrayArgument(args, 1, "a2")
      guard a.shape == b.shape else { return .bool(false) }
      var same = try np { try Tensor.binary(.equal, a, b) }
      if try args.bool(2, "equal_nan", default: false) {
        same = try np { try Tensor.binary(.logicalOr, same, Tensor.binary(.logicalAnd, a.isNaN(), b.isNaN())) }
      }
      return .bool(same.withUnsafeBufferPointer(as: Bool.self) { !$0.contains(false) })
    }
  }
}
