// `np` sorting and order statistics: sort argsort unique cumsum cumprod median percentile
// quantile bincount count_nonzero nonzero. Each is one call into the tensor core.

import MiniPy
import TensorCore

extension NumPyModule {
  /// An `axis=` that must be one integer or `None` (`nil`); absent gives `defaultAxis`.
  /// A tuple gets NumPy's `'tuple' object cannot be interpreted as an integer`.
  static func singleAxis(_ args: Arguments, _ index: Int, default defaultAxis: Int?) throws -> Int? {
    guard let v = try args.value(index, "axis") else { return defaultAxis }
    return try singleAxis(v, args.interpreter)
  }

  static func singleAxis(_ v: Value, _ interp: Interpreter) throws -> Int? {
    guard let axis = NumPyIndex.optionalInteger(v) else {
      throw PyException(.type, "'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return axis
  }

  /// `kind=` of sort/argsort: NumPy's names are accepted (every kind gives the same, stable
  /// order here); anything else is NumPy's ValueError.
  static func checkSortKind(_ args: Arguments) throws {
    guard let v = try args.value(-1, "kind"), !v.isNone else { return }
    guard case .str(let s) = v else { throw PyException(.type, "kind must be str, not \(v.typeName)") }
    guard ["quicksort", "mergesort", "heapsort", "stable"].contains(s) else {
      throw PyException(.value, "sort kind must be one of 'quick', 'heap', or 'stable' (got '\(s)')")
    }
  }

  /// `np.sort(a, axis)` / `np.argsort(a, axis)`: `axis=None` sorts the flattened array.
  static func sort(_ t: Tensor, axis: Int?, indices: Bool) throws -> Tensor {
    try np {
      let (x, ax) = axis.map { (t, $0) } ?? (t.flattened(), 0)
      return indices ? try x.argsorted(axis: ax) : try x.sorted(axis: ax)
    }
  }

  /// `np.cumsum` / `np.cumprod`: `axis=None` works on the flattened array; `dtype=` converts
  /// first (NumPy accumulates in that type).
  static func running(_ t: Tensor, axis: Int?, dtype: DType?, product: Bool) throws -> Tensor {
    try np {
      var (x, ax) = axis.map { (t, $0) } ?? (t.flattened(), 0)
      if let dtype { x = try x.astype(validating: dtype) }
      if x.rank == 0 { x = try x.reshaped(to: [1]) }
      return product ? try x.cumulativeProduct(axis: ax) : try x.cumulativeSum(axis: ax)
    }
  }

  /// `t` with `axes` (normalised) moved last and merged into one, for statistics over several
  /// axes; with `keepdims` the shape the result must take afterwards.
  static func merged(_ t: Tensor, axes: [Int]?, keepdims: Bool) throws -> (Tensor, axis: Int?, keptShape: [Int]?) {
    guard let axes else {
      return (t, nil, keepdims ? [Int](repeating: 1, count: t.rank) : nil)
    }
    var kept = t.shape
    for a in axes { kept[a] = 1 }
    if axes.count == 1 { return (t, axes[0], keepdims ? kept : nil) }
    let rest = (0..<t.rank).filter { !axes.contains($0) }
    let moved = try np { try t.permuted(rest + axes.sorted()) }
    let flat = try np { try moved.reshaped(to: rest.map { t.shape[$0] } + [-1]) }
    return (flat, rest.count, keepdims ? kept : nil)
  }

  /// The `q` argument of percentile/quantile as fractions (`scale` 100 or 1) and its shape.
  static func quantileLevels(_ v: Value, scale: Double, _ interp: Interpreter) throws -> ([Double], [Int]) {
    let q = try NumPyConvert.tensor(v, dtype: .float64, interp)
    let fractions = q.scalars(as: Double.self).map { $0 / scale }
    if fractions.contains(where: { !($0 >= 0 && $0 <= 1) }) {
      throw PyException(.value, scale == 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]")
    }
    return (fractions, q.shape)
  }

  static func defineSorting(_ m: PyModule) {
    m.define("sort") { args in
      let t = try arrayArgument(args, 0, "a")
      try checkSortKind(args)
      let r = try sort(t, axis: try singleAxis(args, 1, default: -1), indices: false)
      return try NumPyConvert.wrap(r, args.interpreter)
    }
    m.define("argsort") { args in
      let t = try arrayArgument(args, 0, "a")
      try checkSortKind(args)
      let r = try sort(t, axis: try singleAxis(args, 1, default: -1), indices: true)
      return try NumPyConvert.wrap(r, args.interpreter)
    }
    for (name, product) in [("cumsum", false), ("cumprod", true)] {
      m.define(name) { args in
        let t = try arrayArgument(args, 0, "a")
        let r = try running(t, axis: try singleAxis(args, 1, default: nil), dtype: try dtypeArgument(args, 2), product: product)
        return try NumPyConvert.wrap(r, args.interpreter)
      }
    }
    m.define("unique") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "ar")
      if let axis = try args.value(4, "axis"), !axis.isNone { throw NumPyError.notSupported("np.unique(axis=...)") }
      if try !args.bool(-1, "equal_nan", default: true) { throw NumPyError.notSupported("np.unique(equal_nan=False)") }
      let wantIndex = try args.bool(1, "return_index", default: false)
      let wantInverse = try args.bool(2, "return_inverse", default: false)
      let wantCounts = try args.bool(3, "return_counts", default: false)
      let u = t.unique()
      let values = try NumPyConvert.wrap(u.values, interp)
      guard wantIndex || wantInverse || wantCounts else { return values }
      var out = [values]
      if wantIndex { out.append(try NumPyConvert.wrap(u.firstIndices, interp)) }
      if wantInverse { out.append(try NumPyConvert.wrap(u.inverse, interp)) }
      if wantCounts { out.append(try NumPyConvert.wrap(u.counts, interp)) }
      return .tuple(out)
    }
    m.define("median") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "a")
      let axes = try NumPyFunctions.axes(try args.value(1, "axis"), rank: t.rank, interp)
      let (x, axis, kept) = try merged(t, axes: axes, keepdims: try args.bool(-1, "keepdims", default: false))
      var r = try np { try x.median(axis: axis) }
      if let kept { r = try np { try r.reshaped(to: kept) } }
      return try NumPyConvert.result(r, interp)
    }
    for (name, scale) in [("percentile", 100.0), ("quantile", 1.0)] {
      m.define(name) { args in
        let interp = args.interpreter
        let t = try arrayArgument(args, 0, "a")
        let (levels, qShape) = try quantileLevels(try args.required(1, "q"), scale: scale, interp)
        let method = try args.string(-1, "method", default: "linear")
        guard method == "linear" else { throw NumPyError.notSupported("np.\(name)(method='\(method)')") }
        let axes = try NumPyFunctions.axes(try args.value(2, "axis"), rank: t.rank, interp)
        let (x, axis, kept) = try merged(t, axes: axes, keepdims: try args.bool(-1, "keepdims", default: false))
        var r = try np { try x.quantile(levels, axis: axis) }
        let reduced = kept ?? Array(r.shape.dropFirst())
        r = try np { try r.reshaped(to: qShape + reduced) }
        return try NumPyConvert.result(r, interp)
      }
    }
    m.define("bincount") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "x")
      let weights = try args.value(1, "weights").flatMap { $0.isNone ? nil : $0 }
      let w = try weights.map { try NumPyConvert.tensor($0, dtype: .float64, interp) }
      let minLength = try args.int(2, "minlength", default: 0)
      return try NumPyConvert.wrap(try np { try t.binCount(minLength: minLength, weights: w) }, interp)
    }
    m.define("count_nonzero") { args in
      let t = try arrayArgument(args, 0, "a")
      return try NumPyFunctions.reduce(
        .sum, t.astype(.bool), axis: try args.value(1, "axis"),
        keepdims: try args.bool(-1, "keepdims", default: false), args.interpreter)
    }
    m.define("nonzero") { args in
      try nonzero(try arrayArgument(args, 0, "a"), args.interpreter)
    }
  }

  /// `np.nonzero(a)`: a tuple of int64 index arrays, one per axis.
  static func nonzero(_ t: Tensor, _ interp: Interpreter) throws -> Value {
    guard t.rank > 0 else {
      throw PyException(.value, "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")
    }
    return .tuple(try t.nonzero().map { try NumPyConvert.wrap($0, interp) })
  }
}
