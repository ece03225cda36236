// `np` grids, matrices and repetition: meshgrid outer diag identity trace flip fliplr flipud tile
// repeat.

import MiniPy
import TensorCore

extension NumPyModule {
  /// `np.meshgrid(x1, x2, …, indexing='xy', sparse=False)`: the inputs flattened, each laid
  /// along its own axis (the first two swapped for `'xy'`), broadcast to the full grid unless
  /// `sparse`. A tuple of arrays, as NumPy 2 returns.
  static func meshgrid(_ args: Arguments) throws -> Value {
    let interp = args.interpreter
    let indexing = try args.string(-1, "indexing", default: "xy")
    guard indexing == "xy" || indexing == "ij" else {
      throw PyException(.value, "Valid values for `indexing` are 'xy' and 'ij'.")
    }
    let sparse = try args.bool(-1, "sparse", default: false)
    let xs = try args.positional.map { v -> Tensor in
      guard let t = try NumPyConvert.operand(v, interp) else {
        throw PyException(.type, "meshgrid(): '\(v.typeName)' is not array-like")
      }
      return t.flattened()
    }
    let n = xs.count
    var shapes = xs.enumerated().map { i, x -> [Int] in
      var s = [Int](repeating: 1, count: n)
      s[i] = x.count
      return s
    }
    if indexing == "xy" && n > 1 {
      shapes[0].swapAt(0, 1)
      shapes[1].swapAt(0, 1)
    }
    var full = [Int](repeating: 1, count: n)
    for (i, x) in xs.enumerated() { full[i] = x.count }
    if indexing == "xy" && n > 1 { full.swapAt(0, 1) }
    return .tuple(try zip(xs, shapes).map { x, shape in
      let r = try np { try x.reshaped(to: shape) }
      return try NumPyConvert.wrap(sparse ? r : try np { try r.broadcast(to: full) }, interp)
    })
  }

  /// The axes `axis1`, `axis2` moved to the front (for trace over other axes).
  static func frontAxes(_ t: Tensor, _ axis1: Int, _ axis2: Int) throws -> Tensor {
    let a1 = try np { try normalizeAxis(axis1, rank: t.rank) }, a2 = try np { try normalizeAxis(axis2, rank: t.rank) }
    if a1 == a2 { throw PyException(.value, "axis1 and axis2 cannot be the same") }
    if (a1, a2) == (0, 1) { return t }
    let rest = (0..<t.rank).filter { $0 != a1 && $0 != a2 }
    return try np { try t.permuted([a1, a2] + rest) }
  }

  /// `np.diagonal(a, offset, axis1, axis2)` / `a.diagonal(...)`: the diagonal of the planes
  /// spanned by `axis1` and `axis2`, as the last axis (a copy; NumPy's is a read-only view).
  static func diagonal(_ t: Tensor, _ args: Arguments, first: Int) throws -> Tensor {
    let offset = try args.int(first, "offset", default: 0)
    let axis1 = try args.int(first + 1, "axis1", default: 0), axis2 = try args.int(first + 2, "axis2", default: 1)
    guard t.rank >= 2 else { throw PyException(.value, "diag requires an array of at least two dimensions") }
    return try np { try frontAxes(t, axis1, axis2).diagonal(offset: offset) }
  }

  /// `np.trace(a, offset, axis1, axis2, dtype)`: the sum along a diagonal; int and bool sum to
  /// int64.
  static func trace(_ t: Tensor, _ args: Arguments, first: Int) throws -> Value {
    let offset = try args.int(first, "offset", default: 0)
    let axis1 = try args.int(first + 1, "axis1", default: 0), axis2 = try args.int(first + 2, "axis2", default: 1)
    let dtype = try dtypeArgument(args, first + 3)
    guard t.rank >= 2 else { throw PyException(.value, "diag requires an array of at least two dimensions") }
    var d = try np { try frontAxes(t, axis1, axis2).diagonal(offset: offset) }
    if let dtype { d = d.astype(dtype) }
    return try NumPyConvert.result(try np { try d.sum(axis: d.rank - 1) }, args.interpreter)
  }

  /// `np.repeat(a, repeats, axis=None)`: `repeats` one count or one per element along `axis`.
  static func repeatArray(_ t: Tensor, _ repeats: Value, _ axis: Value?, _ interp: Interpreter) throws -> Value {
    // Float counts are truncated, as NumPy 2.4 casts them.
    let counts = try NumPyConvert.tensor(repeats, dtype: nil, interp)
    let ax = try axis.flatMap { try singleAxis($0, interp) }
    let r = try np { try t.repeated(counts: counts.scalars(as: Int.self), axis: ax) }
    return try NumPyConvert.wrap(r, interp)
  }

  static func defineGrids(_ m: PyModule) {
    m.define("meshgrid") { try meshgrid($0) }
    m.define("outer") { args in
      let interp = args.interpreter
      let (a, b) = try pair(try args.required(0, "a"), try args.required(1, "b"), interp)
      let column = try np { try a.reshaped(to: [a.count, 1]) }, row = try np { try b.reshaped(to: [1, b.count]) }
      return try NumPyConvert.wrap(try np { try Tensor.binary(.multiply, column, row) }, interp)
    }
    m.define("diag") { args in
      let t = try arrayArgument(args, 0, "v")
      let k = try args.int(1, "k", default: 0)
      switch t.rank {
      case 1: return try NumPyConvert.wrap(try np { try Tensor.diagonalMatrix(t, offset: k) }, args.interpreter)
      case 2: return try NumPyConvert.wrap(try np { try t.diagonal(offset: k) }, args.interpreter)
      default: throw PyException(.value, "Input must be 1- or 2-d.")
      }
    }
    m.define("identity") { args in
      let n = try args.int(0, "n")
      let dtype = try dtypeArgument(args, 1) ?? .float64
      try args.interpreter.chargeMemory(try byteCount([n, n], dtype))
      return .object(NDArray(try np { try Tensor.eye(n, n, k: 0, dtype: dtype) }))
    }
    m.define("trace") { args in try trace(try arrayArgument(args, 0, "a"), args, first: 1) }
    m.define("diagonal") { args in
      try NumPyConvert.wrap(try diagonal(try arrayArgument(args, 0, "a"), args, first: 1), args.interpreter)
    }
    m.define("flip") { args in
      let a = try arrayObject(args, 0, "m")
      return try flip(a, try args.value(1, "axis"), args.interpreter)
    }
    for (name, axis, minRank) in [("fliplr", 1, 2), ("flipud", 0, 1)] {
      m.define(name) { args in
        let a = try arrayObject(args, 0, "m")
        guard a.tensor.rank >= minRank else { throw PyException(.value, "Input must be >= \(minRank)-d.") }
        return try flip(a, .int(axis), args.interpreter)
      }
    }
    m.define("tile") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "A")
      let reps = try NumPyConvert.shape(try args.required(1, "reps"), interp, what: "reps")
      return try NumPyConvert.wrap(try np { try t.tiled(reps) }, interp)
    }
    m.define("repeat") { args in
      try repeatArray(try arrayArgument(args, 0, "a"), try args.required(1, "repeats"), try args.value(2, "axis"), args.interpreter)
    }
  }

  /// `np.flip(m, axis=None)`: a view with the chosen axes (all by default) reversed.
  static func flip(_ a: NDArray, _ axis: Value?, _ interp: Interpreter) throws -> Value {
    let rank = a.tensor.rank
    let axes = try NumPyFunctions.axes(axis, rank: rank, interp) ?? Array(0..<rank)
    let idx: [TensorIndex] = (0..<rank).map {
      axes.contains($0) ? .slice(start: nil, stop: nil, step: -1) : .slice(start: nil, stop: nil, step: nil)
    }
    return try a.subscriptGet(idx, interp)
  }
}
