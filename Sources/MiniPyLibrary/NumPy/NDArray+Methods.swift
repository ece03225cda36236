// Array attributes (`shape ndim size dtype T`) and methods (`reshape sum mean … tolist item`).

import MiniPy
import TensorCore

extension NDArray {
  static let methodNames: [String] = [
    "reshape", "flatten", "ravel", "copy", "astype", "sum", "mean", "max", "min", "argmax", "argmin",
    "std", "var", "dot", "transpose", "squeeze", "round", "clip", "tolist", "item", "any", "all",
    "fill", "prod",
  ] + sortingMethodNames
  /// NumPy ndarray members MiniPy does not provide: they answer "not supported in MiniPy".
  static let unsupportedNames: Set<String> = [
    "view", "byteswap", "diagonal", "ptp", "put", "choose", "compress", "conj",
    "conjugate", "imag", "flat", "flags", "strides", "data", "itemsize", "nbytes", "base",
    "resize", "setflags", "tobytes", "tofile", "dump", "dumps", "partition", "argpartition",
    "getfield", "setfield", "newbyteorder", "ctypes",
  ]

  var attributeNames: [String] { ["shape", "ndim", "size", "dtype", "T"] + Self.methodNames }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "T": return .object(transposedView)
    case "shape": return .tuple(tensor.shape.map { .int($0) })
    case "ndim": return .int(tensor.rank)
    case "size": return .int(tensor.count)
    case "dtype": return .object(NumPyDTypeObject(tensor.dtype, isType: false))
    case "real": return .object(self)
    case "nbytes": return .int(tensor.count * tensor.dtype.byteSize)
    case "itemsize": return .int(tensor.dtype.byteSize)
    default:
      if Self.methodNames.contains(name) {
        return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
          try self.callMethod(name, args) ?? .none
        })
      }
      if Self.unsupportedNames.contains(name) { throw NumPyError.notSupported("ndarray.\(name)") }
      return nil
    }
  }

  func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
    if name == "shape" {
      let shape = try NumPyConvert.shape(value, interp)
      let r = try np { try tensor.reshaped(to: shape) }
      guard !shape.contains(-1) || true else { return false }
      try replaceShape(r)
      return true
    }
    return false
  }

  private func replaceShape(_ r: Tensor) throws {
    throw NumPyError.notSupported("assigning to ndarray.shape (use a = a.reshape(...))")
  }

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    switch name {
    case "reshape":
      if args.keywords.isEmpty, args.count > 1 {
        // `a.reshape(-1, 1)`: the extents as given, without the general conversions.
        var shape: [Int] = []
        shape.reserveCapacity(args.count)
        for v in args.positional {
          guard case .int(let d) = v else { shape = []; break }
          shape.append(d)
        }
        if shape.count == args.count { return try reshapedView(shape, interp) }
      }
      let shape: [Int]
      if args.count == 1 { shape = try NumPyConvert.shape(args[0], interp) } else {
        shape = try args.positional.map { try interp.toInt($0, what: "shape") }
      }
      if let s = try args.value(-1, "shape") { return try reshapedView(NumPyConvert.shape(s, interp), interp) }
      return try reshapedView(shape, interp)
    case "sum", "mean", "max", "min", "argmax", "argmin", "std", "var", "prod", "any", "all":
      let kind = NumPyFunctions.Reduction(rawValue: name)!
      let ddof = kind == .std || kind == .var ? try args.int(-1, "ddof", default: 0) : 0
      return try NumPyFunctions.reduce(
        kind, tensor, axis: try args.value(0, "axis"), keepdims: try args.bool(-1, "keepdims", default: false),
        ddof: ddof, interp)
    case "dot":
      guard let o = try NumPyConvert.operand(try args.required(0, "b"), interp) else {
        throw PyException(.type, "unsupported operand type for dot")
      }
      return try NumPyConvert.result(try NumPyFunctions.dot(tensor, o), interp)
    case "transpose":
      if args.count == 0 { return .object(transposedView) }
      let axes: [Int]
      if args.count == 1, case .int = args[0] { axes = [try interp.toInt(args[0], what: "axes")] } else if args.count == 1 {
        axes = try NumPyConvert.shape(args[0], interp, what: "axes")
      } else {
        axes = try args.positional.map { try interp.toInt($0, what: "axes") }
      }
      let t = tensor
      let norm = try axes.map { a in try np { try normalizeAxis(a, rank: t.rank) } }
      guard norm.count == t.rank, Set(norm).count == t.rank else { throw PyException(.value, "axes don't match array") }
      return try view(try np { try t.permuted(norm) }, .permute(norm), interp)
    case "flatten": return try NumPyConvert.wrap(tensor.flattened(), interp)
    case "ravel": return try reshapedView([tensor.count], interp)
    case "copy": return try NumPyConvert.wrap(tensor, interp)
    case "astype":
      guard let d = try NumPyConvert.dtype(try args.required(0, "dtype")) else { return try NumPyConvert.wrap(tensor, interp) }
      return try NumPyConvert.wrap(tensor.astype(d), interp)
    case "squeeze":
      let t = tensor
      let axis = try args.value(0, "axis")
      let r = try np { try t.squeezed(axis: axis == nil || axis!.isNone ? nil : try interp.toInt(axis!, what: "axis")) }
      return try view(r, .reshape, interp)
    case "round":
      return try NumPyConvert.result(try NumPyFunctions.round(tensor, decimals: try args.int(0, "decimals", default: 0)), interp)
    case "clip":
      return try NumPyModule.clip(tensor, try args.value(0, "min"), try args.value(1, "max"), interp)
    case "tolist": return NumPyConvert.list(tensor)
    case "item":
      let t = tensor
      if args.count > 0 {
        let i = try interp.toInt(args[0], what: "index")
        guard i >= -t.count && i < t.count else { throw PyException(.index, "index \(i) is out of bounds for size \(t.count)") }
        return NumPyScalar(t, at: i < 0 ? i + t.count : i).pythonValue
      }
      guard t.count == 1 else { throw PyException(.value, "can only convert an array of size 1 to a Python scalar") }
      return NumPyScalar(t).pythonValue
    case "fill":
      let v = try args.required(0, "value")
      guard let s = NumPyConvert.pythonScalar(v) else { throw PyException(.type, "fill value must be a number") }
      try mutate { try $0.set([.ellipsis], to: s) }
      return .none
    case "__abs__":
      return try NumPyConvert.result(try np { try Tensor.unary(.abs, tensor) }, interp)
    case "__round__":
      return try NumPyConvert.result(try NumPyFunctions.round(tensor, decimals: try args.int(0, "ndigits", default: 0)), interp)
    default:
      return try callSortingMethod(name, args)
    }
  }
}
