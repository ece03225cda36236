// `np` shape functions: reshape transpose ravel squeeze expand_dims concatenate hstack vstack
// stack pad, and the `shape ndim size` helpers.

import MiniPy
import TensorCore

extension NumPyModule {
  /// The array-like argument as an `NDArray` (so functions that NumPy answers with views can).
  static func arrayObject(_ args: Arguments, _ index: Int, _ name: String) throws -> NDArray {
    let v = try args.required(index, name)
    if case .object(let o) = v, let a = NDArray.cast(o) { return a }
    return NDArray(try arrayArgument(args, index, name))
  }

  /// A sequence argument of array-likes (`concatenate([a, b])`).
  static func arraySequence(_ v: Value, _ interp: Interpreter) throws -> [Tensor] {
    let items: [Value]
    switch v {
    case .list(let l): items = l.items
    case .tuple(let t): items = t
    case .object(let o) where o is NDArray:
      let t = (o as! NDArray).tensor
      guard t.rank > 0 else { throw PyException(.value, "zero-dimensional arrays cannot be concatenated") }
      return try (0..<t.shape[0]).map { i in try np { try t.get([.index(i)]) } }
    default: throw PyException(.type, "expected a sequence of arrays, got \(v.typeName)")
    }
    guard !items.isEmpty else { throw PyException(.value, "need at least one array to concatenate") }
    return try items.map { item in
      guard let t = try NumPyConvert.operand(item, interp) else {
        throw PyException(.type, "expected arrays, got \(item.typeName)")
      }
      return t
    }
  }

  static func defineShape(_ m: PyModule) {
    m.define("reshape") { args in
      let a = try arrayObject(args, 0, "a")
      let shape = try NumPyConvert.shape(try args.required(1, "newshape"), args.interpreter)
      return try a.reshapedView(shape, args.interpreter)
    }
    m.define("transpose") { args in
      let a = try arrayObject(args, 0, "a")
      if let axes = try args.value(1, "axes"), !axes.isNone {
        return try a.callMethod("transpose", Arguments([axes], interpreter: args.interpreter, functionName: "transpose")) ?? .none
      }
      return .object(a.transposedView)
    }
    m.define("ravel") { args in try arrayObject(args, 0, "a").reshapedView([-1], args.interpreter) }
    m.define("squeeze") { args in
      let a = try arrayObject(args, 0, "a")
      var rest = args
      rest.positional = Array(args.positional.dropFirst())
      return try a.callMethod("squeeze", rest) ?? .none
    }
    m.define("expand_dims") { args in
      let a = try arrayObject(args, 0, "a")
      let t = a.tensor
      let axis = try args.int(1, "axis")
      let ax = try np { try normalizeAxis(axis, rank: t.rank + 1) }
      return try a.view(try np { try t.expandingShape(at: ax) }, .reshape, args.interpreter)
    }
    m.define("concatenate") { args in
      let ts = try arraySequence(try args.required(0, "arrays"), args.interpreter)
      let axisV = try args.value(1, "axis")
      if let axisV, axisV.isNone {
        return try NumPyConvert.wrap(try np { try Tensor.concatenated(ts.map { $0.flattened() }, along: 0) }, args.interpreter)
      }
      let axis = try axisV.map { try args.interpreter.toInt($0, what: "axis") } ?? 0
      return try NumPyConvert.wrap(try concatenate(ts, axis: axis), args.interpreter)
    }
    m.define("hstack") { args in
      let ts = try arraySequence(try args.required(0, "tup"), args.interpreter)
      let axis = ts.allSatisfy { $0.rank == 1 } ? 0 : 1
      return try NumPyConvert.wrap(try concatenate(ts.map { $0.rank == 0 ? try $0.reshaped(to: [1]) : $0 }, axis: axis), args.interpreter)
    }
    m.define("vstack") { args in
      let ts = try arraySequence(try args.required(0, "tup"), args.interpreter)
      let rows = try ts.map { t -> Tensor in t.rank < 2 ? try np { try t.reshaped(to: [1, t.count]) } : t }
      return try NumPyConvert.wrap(try concatenate(rows, axis: 0), args.interpreter)
    }
    m.define("stack") { args in
      let ts = try arraySequence(try args.required(0, "arrays"), args.interpreter)
      let axis = try args.int(1, "axis", default: 0)
      guard ts.allSatisfy({ $0.shape == ts[0].shape }) else { throw PyException(.value, "all input arrays must have the same shape") }
      let ax = try np { try normalizeAxis(axis, rank: ts[0].rank + 1) }
      return try NumPyConvert.wrap(try np { try Tensor.stacked(ts, along: ax) }, args.interpreter)
    }
    m.define("pad") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "array")
      let widths = try padWidths(try args.required(1, "pad_width"), rank: t.rank, interp)
      let mode = try args.string(2, "mode", default: "constant")
      guard mode == "constant" else { throw NumPyError.notSupported("np.pad(mode='\(mode)')") }
      var value = 0.0
      if let cv = args.keyword("constant_values") { value = try interp.toDouble(cv, what: "constant_values") }
      return try NumPyConvert.wrap(try np { try t.padded(widths: widths, value: value) }, interp)
    }
    m.define("shape") { args in .tuple(try arrayArgument(args, 0, "a").shape.map { .int($0) }) }
    m.define("ndim") { args in .int(try arrayArgument(args, 0, "a").rank) }
    m.define("size") { args in .int(try arrayArgument(args, 0, "a").count) }
  }

  /// `np.concatenate` with NumPy's message when the other axes differ.
  static func concatenate(_ ts: [Tensor], axis: Int) throws -> Tensor {
    guard let first = ts.first else { throw PyException(.value, "need at least one array to concatenate") }
    if first.rank == 0 { throw PyException(.value, "zero-dimensional arrays cannot be concatenated") }
    let ax = try np { try normalizeAxis(axis, rank: first.rank) }
    for (i, t) in ts.enumerated() {
      guard t.rank == first.rank else {
        throw PyException(
          .value,
          "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.rank) dimension(s) and the array at index \(i) has \(t.rank) dimension(s)")
      }
      for d in 0..<t.rank where d != ax && t.shape[d] != first.shape[d] {
        throw PyException(
          .value,
          "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(i) has size \(t.shape[d])")
      }
    }
    return try np { try Tensor.concatenated(ts, along: ax) }
  }

  /// `pad_width` as NumPy reads it: `n`, `(before, after)`, or one pair per axis.
  static func padWidths(_ v: Value, rank: Int, _ interp: Interpreter) throws -> [(before: Int, after: Int)] {
    func ints(_ v: Value) throws -> [Int]? {
      switch v {
      case .int(let i): return [i]
      case .tuple(let items): return try items.allSatisfy({ if case .int = $0 { return true } else { return false } }) ? items.map { try interp.toInt($0, what: "pad_width") } : nil
      case .list(let l): return try l.items.allSatisfy({ if case .int = $0 { return true } else { return false } }) ? l.items.map { try interp.toInt($0, what: "pad_width") } : nil
      default: return nil
      }
    }
    if let flat = try ints(v) {
      if flat.count == 1 { return Array(repeating: (flat[0], flat[0]), count: rank) }
      if flat.count == 2 { return Array(repeating: (flat[0], flat[1]), count: rank) }
    }
    let rows: [Value]
    switch v {
    case .tuple(let t): rows = t
    case .list(let l): rows = l.items
    default: throw PyException(.value, "unable to interpret pad_width")
    }
    var out: [(Int, Int)] = []
    for r in rows {
      guard let p = try ints(r) else { throw PyException(.value, "unable to interpret pad_width") }
      out.append(p.count == 1 ? (p[0], p[0]) : (p[0], p[1]))
    }
    if out.count == 1 { return Array(repeating: out[0], count: rank) }
    guard out.count == rank else {
      throw PyException(.value, "operands could not be broadcast together with remapped shapes [original->remapped]: (\(out.count),2)  and requested shape (\(rank),2)")
    }
    return out
  }
}
