// `np` stacking, splitting and rearranging: column_stack row_stack dstack split array_split
// hsplit vsplit dsplit swapaxes moveaxis atleast_1d atleast_2d atleast_3d broadcast_to roll rot90 triu tril take
// resize argwhere diff. Argument parsing and NumPy's rules here; the element work is in
// TensorCore's `Tensor+Rearranging.swift`.

import MiniPy
import TensorCore

extension NumPyModule {
  /// An int or a sequence of ints (`axis=(0, 1)`, `shift=[1, 2]`), as a list.
  static func intList(_ v: Value, _ interp: Interpreter, what: String) throws -> [Int] {
    switch v {
    case .tuple(let items): return try items.map { try interp.toInt($0, what: what) }
    case .list(let l): return try l.items.map { try interp.toInt($0, what: what) }
    default: return [try interp.toInt(v, what: what)]
    }
  }

  /// NumPy's `atleast_2d` of one tensor: a scalar becomes `(1, 1)`, a vector one row.
  static func atLeast2D(_ t: Tensor) throws -> Tensor {
    t.rank >= 2 ? t : try np { try t.reshaped(to: [1, t.count]) }
  }

  /// NumPy's `atleast_3d`: `(1, 1, 1)`, `(1, N, 1)`, `(M, N, 1)`.
  static func atLeast3D(_ t: Tensor) throws -> Tensor {
    switch t.rank {
    case 0: return try np { try t.reshaped(to: [1, 1, 1]) }
    case 1: return try np { try t.reshaped(to: [1, t.count, 1]) }
    case 2: return try np { try t.reshaped(to: t.shape + [1]) }
    default: return t
    }
  }

  /// `atleast_1d(*arys)`: one array alone, several as a tuple (NumPy 2).
  static func atLeast(_ args: Arguments, _ lift: (NDArray) throws -> Value) throws -> Value {
    guard args.count > 0 else { return .tuple([]) }
    let arrays = try (0..<args.count).map { try arrayObject(args, $0, "arys") }
    let lifted = try arrays.map(lift)
    return lifted.count == 1 ? lifted[0] : .tuple(lifted)
  }

  static func defineArrange(_ m: PyModule) {
    m.define("column_stack") { args in
      let ts = try arraySequence(try args.required(0, "tup"), args.interpreter)
      let columns = try ts.map { t -> Tensor in t.rank < 2 ? try np { try t.reshaped(to: [t.count, 1]) } : t }
      return try NumPyConvert.wrap(try concatenate(columns, axis: 1), args.interpreter)
    }
    m.define("row_stack") { args in
      let ts = try arraySequence(try args.required(0, "tup"), args.interpreter)
      return try NumPyConvert.wrap(try concatenate(try ts.map(atLeast2D), axis: 0), args.interpreter)
    }
    m.define("dstack") { args in
      let ts = try arraySequence(try args.required(0, "tup"), args.interpreter)
      return try NumPyConvert.wrap(try concatenate(try ts.map(atLeast3D), axis: 2), args.interpreter)
    }
    m.define("split") { args in
      try split(args, equal: true, axis: try args.int(2, "axis", default: 0))
    }
    m.define("array_split") { args in
      try split(args, equal: false, axis: try args.int(2, "axis", default: 0))
    }
    m.define("hsplit") { args in
      let a = try arrayObject(args, 0, "ary")
      guard a.tensor.rank > 0 else { throw PyException(.value, "hsplit only works on arrays of 1 or more dimensions") }
      return try split(args, equal: true, axis: a.tensor.rank > 1 ? 1 : 0)
    }
    m.define("vsplit") { args in
      let a = try arrayObject(args, 0, "ary")
      guard a.tensor.rank > 1 else { throw PyException(.value, "vsplit only works on arrays of 2 or more dimensions") }
      return try split(args, equal: true, axis: 0)
    }
    m.define("dsplit") { args in
      let a = try arrayObject(args, 0, "ary")
      guard a.tensor.rank > 2 else { throw PyException(.value, "dsplit only works on arrays of 3 or more dimensions") }
      return try split(args, equal: true, axis: 2)
    }
    m.define("swapaxes") { args in
      try swapAxes(try arrayObject(args, 0, "a"), try args.int(1, "axis1"), try args.int(2, "axis2"), args.interpreter)
    }
    m.define("moveaxis") { args in
      let interp = args.interpreter
      let a = try arrayObject(args, 0, "a")
      let source = try intList(try args.required(1, "source"), interp, what: "source")
      let destination = try intList(try args.required(2, "destination"), interp, what: "destination")
      let t = a.tensor
      let order = try np { try t.movedAxesOrder(from: source, to: destination) }
      return try a.view(try np { try t.permuted(order) }, .permute(order), interp)
    }
    m.define("atleast_1d") { args in
      try atLeast(args) { a in
        a.tensor.rank >= 1 ? .object(a) : try a.reshapedView([1], args.interpreter)
      }
    }
    m.define("atleast_2d") { args in
      try atLeast(args) { a in
        a.tensor.rank >= 2 ? .object(a) : try a.reshapedView(try atLeast2D(a.tensor).shape, args.interpreter)
      }
    }
    m.define("atleast_3d") { args in
      try atLeast(args) { a in
        a.tensor.rank >= 3 ? .object(a) : try a.reshapedView(try atLeast3D(a.tensor).shape, args.interpreter)
      }
    }
    m.define("broadcast_to") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "array")
      let shape = try NumPyConvert.shape(try args.required(1, "shape"), interp)
      if shape.contains(where: { $0 < 0 }) { throw PyException(.value, "all elements of broadcast shape must be non-negative") }
      guard let r = try? t.broadcast(to: shape), shape.count >= t.rank else {
        throw PyException(
          .value,
          "operands could not be broadcast together with remapped shapes [original->remapped]: \(NDArray.compactShape(t.shape))  and requested shape \(NDArray.compactShape(shape))")
      }
      return try NumPyConvert.wrap(r, interp)
    }
    m.define("roll") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "a")
      let shifts = try intList(try args.required(1, "shift"), interp, what: "shift")
      guard let axisV = try args.value(2, "axis"), !axisV.isNone else {
        guard shifts.count == 1 else { throw PyException(.value, "'shift' and 'axis' should be scalars or 1D sequences") }
        let r = try np { try t.flattened().rolled(by: shifts[0], axis: 0).reshaped(to: t.shape) }
        return try NumPyConvert.wrap(r, interp)
      }
      let axes = try intList(axisV, interp, what: "axis")
      guard shifts.count == axes.count || shifts.count == 1 || axes.count == 1 else {
        throw PyException(.value, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (\(shifts.count),) and arg 1 with shape (\(axes.count),).")
      }
      let n = max(shifts.count, axes.count)
      var r = t
      for i in 0..<n {
        let shift = shifts[shifts.count == 1 ? 0 : i], axis = axes[axes.count == 1 ? 0 : i]
        r = try np { try r.rolled(by: shift, axis: axis) }
      }
      return try NumPyConvert.wrap(r, interp)
    }
    m.define("rot90") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "m")
      let k = try args.int(1, "k", default: 1)
      let axes = try args.value(2, "axes").map { try intList($0, interp, what: "axes") } ?? [0, 1]
      guard axes.count == 2 else { throw PyException(.value, "len(axes) must be 2.") }
      return try NumPyConvert.wrap(try np { try t.rotated90(times: k, axes: (axes[0], axes[1])) }, interp)
    }
    for (name, lower) in [("tril", true), ("triu", false)] {
      m.define(name) { args in
        let t = try arrayArgument(args, 0, "m")
        let k = try args.int(1, "k", default: 0)
        return try NumPyConvert.wrap(try np { try t.triangle(lower: lower, offset: k) }, args.interpreter)
      }
    }
    m.define("take") { args in
      try take(
        try arrayArgument(args, 0, "a"), try args.required(1, "indices"), try args.value(2, "axis"),
        mode: try args.string(4, "mode", default: "raise"), args.interpreter)
    }
    m.define("resize") { args in
      let t = try arrayArgument(args, 0, "a")
      let shape = try NumPyConvert.shape(try args.required(1, "new_shape"), args.interpreter)
      if !shape.contains(where: { $0 < 0 }) { try args.interpreter.chargeMemory(try byteCount(shape, t.dtype)) }
      return try NumPyConvert.wrap(try np { try t.resized(to: shape) }, args.interpreter)
    }
    m.define("argwhere") { args in
      try NumPyConvert.wrap(try arrayArgument(args, 0, "a").nonzeroPositions(), args.interpreter)
    }
    m.define("diff") { args in
      let t = try arrayArgument(args, 0, "a")
      let n = try args.int(1, "n", default: 1)
      let axis = try args.int(2, "axis", default: -1)
      for key in ["prepend", "append"] where args.keyword(key) != nil { throw NumPyError.notSupported("np.diff(\(key)=...)") }
      return try NumPyConvert.wrap(try np { try t.differences(order: n, axis: axis) }, args.interpreter)
    }
  }

  /// `np.swapaxes(a, axis1, axis2)` / `a.swapaxes(…)`: a view with the two axes exchanged.
  static func swapAxes(_ a: NDArray, _ axis1: Int, _ axis2: Int, _ interp: Interpreter) throws -> Value {
    let t = a.tensor
    let order = try np { try t.swappedAxesOrder(axis1, axis2) }
    return try a.view(try np { try t.permuted(order) }, .permute(order), interp)
  }

  /// `np.take(a, indices, axis)` / `a.take(…)`: `axis=None` takes from the flattened array;
  /// negative indices count from the end; a scalar index with `axis=None` gives a scalar.
  /// `mode='wrap'` takes indices modulo the axis length, `'clip'` clamps them into range.
  static func take(_ t: Tensor, _ indices: Value, _ axisV: Value?, mode: String = "raise", _ interp: Interpreter) throws -> Value {
    guard ["raise", "wrap", "clip"].contains(mode) else {
      throw PyException(.value, "clipmode must be one of 'clip', 'raise', or 'wrap' (got '\(mode)')")
    }
    let index = try NumPyConvert.tensor(indices, dtype: nil, interp)
    guard index.dtype == .int64 || index.count == 0 else {
      throw PyException(.type, "Cannot cast array data from dtype('\(index.dtype)') to dtype('int64') according to the rule 'safe'")
    }
    var idx = index.astype(.int64)
    let axis = try axisV.flatMap { try singleAxis($0, interp) }
    let (x, ax) = axis.map { (t, $0) } ?? (t.flattened(), 0)
    let axisNumber = try np { try normalizeAxis(ax, rank: x.rank) }
    let n = x.shape[axisNumber]
    if mode == "wrap" && n > 0 { idx = try np { try Tensor.binary(.remainder, idx, Tensor(scalar: n)) } }
    if mode == "clip" { idx = idx.clipped(lower: 0, upper: Double(max(n - 1, 0))) }
    let r = try np { try x.gather(indices: idx, axis: axisNumber) }
    return try NumPyConvert.result(r, interp)
  }

  /// `split`/`array_split`/`hsplit`/`vsplit`: a list of views of `ary` along `axis`, cut into
  /// `n` sections (equal ones when `equal`) or at the given indices.
  static func split(_ args: Arguments, equal: Bool, axis: Int) throws -> Value {
    let interp = args.interpreter
    let a = try arrayObject(args, 0, "ary")
    let t = a.tensor
    let spec = try args.required(1, "indices_or_sections")
    // NumPy reads `ary.shape[axis]` first: a bad axis is Python's IndexError.
    guard let ax = try? normalizeAxis(axis, rank: t.rank) else { throw PyException(.index, "tuple index out of range") }
    let length = t.shape[ax]
    var bounds: [(Int, Int)] = []
    switch spec {
    case .list, .tuple:
      var cuts = try intList(spec, interp, what: "indices")
      cuts = [0] + cuts + [length]
      for i in 0..<(cuts.count - 1) { bounds.append((cuts[i], cuts[i + 1])) }
    case .object(let o) where NDArray.cast(o).map({ $0.tensor.rank == 1 }) ?? false:
      let cuts = [0] + (NDArray.cast(o)?.tensor.scalars(as: Int.self) ?? []) + [length]
      for i in 0..<(cuts.count - 1) { bounds.append((cuts[i], cuts[i + 1])) }
    default:
      let sections = try interp.toInt(spec, what: "indices_or_sections")
      guard sections > 0 else { throw PyException(.value, "number sections must be larger than 0.") }
      // One array object per section, even empty ones (as NumPy makes them).
      try interp.chargeMemory(sections > Int.max / 64 ? Int.max : sections * 64)
      if equal && length % sections != 0 { throw PyException(.value, "array split does not result in an equal division") }
      let each = length / sections, extras = length % sections
      var start = 0
      for i in 0..<sections {
        let size = each + (i < extras ? 1 : 0)
        bounds.append((start, start + size))
        start += size
      }
    }
    let lead = [TensorIndex](repeating: .all, count: ax)
    let pieces = try bounds.map { (start, stop) -> Value in
      let idx = lead + [TensorIndex.slice(start: start, stop: stop, step: nil)]
      return try a.view(try np { try t.get(idx) }, .index(idx), interp)
    }
    return .list(PyList(pieces))
  }
}
