// Methods of the binary ufuncs: `np.add.reduce`, `np.maximum.accumulate`, `np.multiply.outer`,
// `np.add.at` (the unbuffered scatter-add behind confusion matrices and embedding gradients).

import MiniPy
import TensorCore

extension NumPyModule {
  /// Gives each binary ufunc in `ops` (already defined in `m`) its `reduce`, `accumulate`,
  /// `outer` and `at` methods.
  static func attachUfuncMethods(_ m: PyModule, _ ops: [(String, BinaryOperation)]) {
    for (name, op) in ops {
      guard case .builtin(let ufunc)? = m.attributes[name] else { continue }
      ufunc.attributes["reduce"] = .builtin(BuiltinFunction(name: "reduce") { args in
        try foldAlongAxis(name, op, args, accumulate: false)
      })
      ufunc.attributes["accumulate"] = .builtin(BuiltinFunction(name: "accumulate") { args in
        try foldAlongAxis(name, op, args, accumulate: true)
      })
      ufunc.attributes["outer"] = .builtin(BuiltinFunction(name: "outer") { args in
        try args.expectPositional(min: 2, max: 2)
        let a = try arrayArgument(args, 0, "A"), b = try arrayArgument(args, 1, "B")
        let column = try np { try a.reshaped(to: a.shape + [Int](repeating: 1, count: b.rank)) }
        return try NumPyConvert.result(try np { try Tensor.binary(op, column, b) }, args.interpreter)
      })
      ufunc.attributes["at"] = .builtin(BuiltinFunction(name: "at") { args in
        try scatter(name, op, args)
      })
    }
  }

  /// `ufunc.reduce(array, axis=0, keepdims=False)` and `ufunc.accumulate(array, axis=0)`: the
  /// operation folded left to right along one axis (`axis=None` reduces the flattened array).
  /// `np.add.reduce` is `np.sum` (the same pairwise summation); the others fold in order, as
  /// NumPy does.
  static func foldAlongAxis(_ name: String, _ op: BinaryOperation, _ args: Arguments, accumulate: Bool) throws -> Value {
    let interp = args.interpreter
    let method = accumulate ? "accumulate" : "reduce"
    for k in ["dtype", "out", "initial", "where"] where args.keyword(k) != nil {
      throw NumPyError.notSupported("np.\(name).\(method)(\(k)=...)")
    }
    var t = try arrayArgument(args, 0, "array")
    let keepdims = accumulate ? false : try args.bool(-1, "keepdims", default: false)
    var axis = 0
    switch try args.value(1, "axis") {
    case .none?:
      if accumulate { throw PyException(.type, "'NoneType' object cannot be interpreted as an integer") }
      t = t.flattened()
    case let v?: axis = try interp.toInt(v, what: "axis")
    case nil: break
    }
    guard t.rank > 0 else { throw PyException(.type, "cannot \(method) on a scalar") }
    let ax = try np { try normalizeAxis(axis, rank: t.rank) }
    if op == .add && !accumulate {
      return try NumPyFunctions.reduce(.sum, t, axis: .int(ax), keepdims: keepdims, interp)
    }
    let others = (0..<t.rank).filter { $0 != ax }
    let moved = ax == 0 ? t : try np { try t.permuted([ax] + others) }
    let n = moved.shape[0]
    guard n > 0 else {
      let identity: Double? = op == .add || op == .logicalOr ? 0 : op == .multiply || op == .logicalAnd ? 1 : nil
      guard let identity, !accumulate else {
        if accumulate { return try NumPyConvert.wrap(t, interp) }
        throw PyException(.value, "zero-size array to reduction operation \(name) which has no identity")
      }
      var shape = Array(moved.shape.dropFirst())
      if keepdims { shape.insert(1, at: ax) }
      var r = Tensor.zeros(shape, dtype: t.dtype)
      r.fill(identity)
      return try NumPyConvert.result(r, interp)
    }
    var acc = try np { try moved.get([.index(0)]) }
    var partials = [acc]
    for i in 1..<n {
      let next = try np { try moved.get([.index(i)]) }
      acc = try np { try Tensor.binary(op, acc, next) }
      if accumulate { partials.append(acc) }
    }
    if accumulate {
      return try NumPyConvert.wrap(try np { try Tensor.stacked(partials, along: ax) }, interp)
    }
    if keepdims { acc = try np { try acc.expandingShape(at: ax) } }
    return try NumPyConvert.result(acc, interp)
  }

  /// `np.add.at(a, indices, b)` (and `np.subtract.at`): `a[indices] += b` in place, where a
  /// repeated index adds once per occurrence.
  static func scatter(_ name: String, _ op: BinaryOperation, _ args: Arguments) throws -> Value {
    let interp = args.interpreter
    try args.expectPositional(min: 2, max: 3)
    guard op == .add || op == .subtract else { throw NumPyError.notSupported("np.\(name).at (add.at and subtract.at are)") }
    guard case .object(let o) = args[0], let array = NDArray.cast(o) else {
      throw PyException(.type, "at() first argument must be an ndarray, not '\(args[0].typeName)'")
    }
    guard args.count == 3 else { throw PyException(.value, "second operand needed for ufunc") }
    guard var value = try NumPyConvert.operand(args[2], interp) else {
      throw PyException(.type, "at(): '\(args[2].typeName)' is not array-like")
    }
    var t = array.tensor
    if NDArray.kindRank(DType.promoted(t.dtype, value.dtype)) > NDArray.kindRank(t.dtype) {
      // NumPy adds in the wider type and truncates after every addition; not reproduced here
      throw NumPyError.notSupported("np.\(name).at of \(value.dtype) values into a \(t.dtype) array (convert one of them first)")
    }
    if op == .subtract { value = try np { try Tensor.unary(.negate, value.astype(t.dtype)) } }
    let index = try NumPyIndex.convert(args[1], interp)
    try np { try t.addAt(index, value) }
    try array.replace(with: t)
    return .none
  }
}
