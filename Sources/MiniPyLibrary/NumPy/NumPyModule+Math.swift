// `np` elementwise functions, reductions and products.

import MiniPy
import TensorCore

extension NumPyModule {
  /// The array-like argument `index`/`name` as a tensor.
  static func arrayArgument(_ args: Arguments, _ index: Int, _ name: String) throws -> Tensor {
    let v = try args.required(index, name)
    guard let t = try NumPyConvert.operand(v, args.interpreter) else {
      throw PyException(.type, "\(args.functionName)(): '\(v.typeName)' is not array-like")
    }
    return t
  }

  /// `np.sum(df['x'])` and the other reductions of a pandas Series: pandas answers with the
  /// same number NumPy gives for the values, except that it skips NaN (so a Series holding NaN
  /// is refused rather than summed differently). `nil` when the argument is not a Series.
  static func seriesValues(_ args: Arguments) throws -> Tensor? {
    guard args.count > 0, case .object(let o) = args[0], let series = o as? Series else { return nil }
    let t = try series.column.tensor()
    if t.dtype.isFloatingPoint, t.scalars(as: Double.self).contains(where: \.isNaN) {
      throw NumPyError.notSupported("\(args.functionName)() of a pandas Series holding NaN (use the Series' own method, which skips NaN)")
    }
    return t
  }

  /// `op(a, b)` for any two array-likes, Python scalars being weak (NEP 50).
  static func binary(_ op: BinaryOperation, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Tensor {
    if let sa = NumPyConvert.weakScalar(a) {
      if let sb = NumPyConvert.weakScalar(b) {
        return try np { try Tensor.binary(op, Tensor(sa), sb) }
      }
      guard let tb = try NumPyConvert.operand(b, interp) else { throw PyException(.type, "operand is not array-like") }
      return try np { try Tensor.binary(op, tb, sa, scalarOnLeft: true) }
    }
    guard let ta = try NumPyConvert.operand(a, interp) else { throw PyException(.type, "operand is not array-like") }
    if let sb = NumPyConvert.weakScalar(b) { return try np { try Tensor.binary(op, ta, sb) } }
    guard let tb = try NumPyConvert.operand(b, interp) else { throw PyException(.type, "operand is not array-like") }
    return try np { try Tensor.binary(op, ta, tb) }
  }

  static func defineMath(_ m: PyModule) {
    let unary: [(String, UnaryOperation)] = [
      ("exp", .exp), ("log", .log), ("sqrt", .sqrt), ("abs", .abs), ("absolute", .abs), ("fabs", .abs),
      ("tanh", .tanh), ("square", .square), ("sin", .sin), ("cos", .cos), ("floor", .floor),
      ("ceil", .ceil), ("sign", .sign), ("negative", .negate), ("logical_not", .logicalNot),
      ("log2", .log2), ("log10", .log10), ("exp2", .exp2), ("sinh", .sinh), ("cosh", .cosh),
      ("arcsin", .arcsin), ("arccos", .arccos), ("arctan", .arctan), ("rint", .rint), ("trunc", .trunc),
      ("deg2rad", .radians), ("radians", .radians), ("rad2deg", .degrees), ("degrees", .degrees),
    ]
    for (name, op) in unary {
      m.define(name) { args in
        try args.expectPositional(min: 1, max: 1)
        let x = try arrayArgument(args, 0, "x")
        return try NumPyConvert.result(try np { try Tensor.unary(op, x) }, args.interpreter)
      }
    }
    let binaryOps: [(String, BinaryOperation)] = [
      ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .divide),
      ("true_divide", .divide), ("floor_divide", .floorDivide), ("mod", .remainder),
      ("remainder", .remainder), ("power", .power), ("maximum", .maximum), ("minimum", .minimum),
      ("equal", .equal), ("not_equal", .notEqual), ("less", .less), ("less_equal", .lessEqual),
      ("greater", .greater), ("greater_equal", .greaterEqual), ("logical_and", .logicalAnd),
      ("logical_or", .logicalOr), ("logical_xor", .logicalXor),
    ]
    for (name, op) in binaryOps {
      m.define(name) { args in
        try args.expectPositional(min: 2, max: 2)
        return try NumPyConvert.result(try binary(op, args[0], args[1], args.interpreter), args.interpreter)
      }
    }
    attachUfuncMethods(m, binaryOps)

    let mathOps: [(String, BinaryMathOperation)] = [
      ("arctan2", .arctan2), ("hypot", .hypot), ("fmod", .fmod), ("float_power", .floatPower),
      ("heaviside", .heaviside),
    ]
    for (name, op) in mathOps {
      m.define(name) { args in
        try args.expectPositional(min: 2, max: 2)
        let (a, b) = try pair(args[0], args[1], args.interpreter)
        return try NumPyConvert.result(try np { try Tensor.binaryMath(op, a, b) }, args.interpreter)
      }
    }

    // Reductions.
    let reductions: [(String, NumPyFunctions.Reduction)] = [
      ("sum", .sum), ("mean", .mean), ("max", .max), ("amax", .max), ("min", .min), ("amin", .min),
      ("argmax", .argmax), ("argmin", .argmin), ("std", .std), ("var", .var), ("prod", .prod),
      ("any", .any), ("all", .all),
    ]
    for (name, kind) in reductions {
      m.define(name) { args in
        let t = try seriesValues(args) ?? arrayArgument(args, 0, "a")
        let ddof = kind == .std || kind == .var ? try args.int(-1, "ddof", default: 0) : 0
        return try NumPyFunctions.reduce(
          kind, t, axis: try args.value(1, "axis"), keepdims: try args.bool(-1, "keepdims", default: false),
          ddof: ddof, args.interpreter)
      }
    }

    m.define("dot") { args in
      let a = try arrayArgument(args, 0, "a"), b = try arrayArgument(args, 1, "b")
      return try NumPyConvert.result(try NumPyFunctions.dot(a, b), args.interpreter)
    }
    m.define("matmul") { args in
      let a = try arrayArgument(args, 0, "x1"), b = try arrayArgument(args, 1, "x2")
      return try NumPyConvert.result(try NumPyFunctions.matmul(a, b), args.interpreter)
    }
    m.define("clip") { args in
      let t = try arrayArgument(args, 0, "a")
      let lo = try args.value(1, "a_min") ?? args.keyword("min")
      let hi = try args.value(2, "a_max") ?? args.keyword("max")
      return try clip(t, lo, hi, args.interpreter)
    }
    m.define("where") { args in
      let interp = args.interpreter
      let c = try arrayArgument(args, 0, "condition")
      if args.count == 1 {
        let cond = c.dtype == .bool ? c : c.astype(.bool)
        return .tuple(try cond.nonzero().map { try NumPyConvert.wrap($0, interp) })
      }
      guard args.count == 3 else { throw PyException(.value, "either both or neither of x and y should be given") }
      let (x, y) = try pair(args[1], args[2], interp)
      return try NumPyConvert.result(try np { try Tensor.where(c.astype(.bool), x, y) }, interp)
    }
    for name in ["round", "around", "round_"] {
      m.define(name) { args in
        let t = try arrayArgument(args, 0, "a")
        return try NumPyConvert.result(try NumPyFunctions.round(t, decimals: try args.int(1, "decimals", default: 0)), args.interpreter)
      }
    }
  }

  /// Two operands of `where`-like functions with NumPy's dtype for mixed scalars and arrays.
  static func pair(_ a: Value, _ b: Value, _ interp: Interpreter) throws -> (Tensor, Tensor) {
    let sa = NumPyConvert.weakScalar(a), sb = NumPyConvert.weakScalar(b)
    switch (sa, sb) {
    case (let x?, let y?):
      let ta = Tensor(x), tb = Tensor(y)
      let t = DType.promoted(ta.dtype, tb.dtype)
      return (ta.astype(t), tb.astype(t))
    case (let x?, nil):
      guard let tb = try NumPyConvert.operand(b, interp) else { throw PyException(.type, "operand is not array-like") }
      return (Tensor(x, dtype: DType.promoted(tb.dtype, weak: x.kind)), tb)
    case (nil, let y?):
      guard let ta = try NumPyConvert.operand(a, interp) else { throw PyException(.type, "operand is not array-like") }
      return (ta, Tensor(y, dtype: DType.promoted(ta.dtype, weak: y.kind)))
    case (nil, nil):
      guard let ta = try NumPyConvert.operand(a, interp), let tb = try NumPyConvert.operand(b, interp) else {
        throw PyException(.type, "operand is not array-like")
      }
      return (ta, tb)
    }
  }

  /// `np.clip(a, lo, hi)`; either bound may be `None`.
  static func clip(_ t: Tensor, _ lo: Value?, _ hi: Value?, _ interp: Interpreter) throws -> Value {
    func bound(_ v: Value?) throws -> Double? {
      guard let v, !v.isNone else { return nil }
      return try interp.toDouble(v, what: "clip bound")
    }
    let l = try bound(lo), h = try bound(hi)
    if l == nil && h == nil { throw PyException(.value, "One of max or min must be given") }
    var x = t
    let floatBound: Bool = {
      for v in [lo, hi] { if case .float? = v { return true } }
      return false
    }()
    if floatBound && !x.dtype.isFloatingPoint { x = x.astype(.float64) }
    if x.dtype == .bool { x = x.astype(.int64) }
    return try NumPyConvert.result(x.clipped(lower: l, upper: h), interp)
  }
}
