// `np` statistics: nansum nanmean nanmax nanmin average ptp cov corrcoef histogram interp.
// The arithmetic is in TensorCore's `Tensor+Statistics.swift`.

import MiniPy
import TensorCore

extension NumPyModule {
  /// A reduction `f(x, axis, keepDims)` over `axis=` (int, tuple or None) with `keepdims=`,
  /// the axes merged into one first (see `merged`).
  static func reduceAlong(_ args: Arguments, _ t: Tensor, axisIndex: Int, _ f: (Tensor, Int?, Bool) throws -> Tensor) throws -> Value {
    let interp = args.interpreter
    let axes = try NumPyFunctions.axes(try args.value(axisIndex, "axis"), rank: t.rank, interp)
    let keepdims = try args.bool(-1, "keepdims", default: false)
    let (x, axis, kept) = try merged(t, axes: axes, keepdims: keepdims)
    var r = try np { try f(x, axis, false) }
    if let kept { r = try np { try r.reshaped(to: kept) } }
    return try NumPyConvert.result(r, interp)
  }

  /// `np.cov`'s observations matrix: `m` (and `y`) as rows of variables.
  static func covarianceInput(_ args: Arguments) throws -> Tensor {
    let interp = args.interpreter
    let rowvar = try args.bool(2, "rowvar", default: true)
    // NumPy transposes `m` unless it is 1-D, but `y` unless it has one row.
    func rows(_ t: Tensor, transpose: (Tensor) -> Bool) throws -> Tensor {
      guard t.rank <= 2 else { throw PyException(.value, "m has more than 2 dimensions") }
      let x = try atLeast2D(t).astype(.float64)
      return !rowvar && transpose(x) ? x.transposed() : x
    }
    let tm = try arrayArgument(args, 0, "m")
    var x = try rows(tm) { _ in tm.rank != 1 }
    if let y = try args.value(1, "y"), !y.isNone {
      guard let ty = try NumPyConvert.operand(y, interp) else { throw PyException(.type, "y must be array-like") }
      x = try concatenate([x, try rows(ty) { $0.shape[0] != 1 }], axis: 0)
    }
    return x
  }

  static func covariance(_ x: Tensor, ddof: Int) throws -> Tensor {
    if x.shape[0] == 0 { return Tensor.zeros([0, 0]) }
    let c = try np { try Tensor.covariance(x, ddof: ddof) }
    return try np { try c.squeezed() }
  }

  static func defineStatistics(_ m: PyModule) {
    m.define("nansum") { args in
      try reduceAlong(args, try arrayArgument(args, 0, "a"), axisIndex: 1) { try $0.nanSum(axis: $1, keepDims: $2) }
    }
    m.define("nanmean") { args in
      try reduceAlong(args, try arrayArgument(args, 0, "a"), axisIndex: 1) { try $0.nanMean(axis: $1, keepDims: $2) }
    }
    for (name, greater) in [("nanmax", true), ("nanmin", false)] {
      m.define(name) { args in
        try reduceAlong(args, try arrayArgument(args, 0, "a"), axisIndex: 1) {
          try $0.nanExtremum(greater: greater, axis: $1, keepDims: $2)
        }
      }
    }
    m.define("ptp") { args in
      let t = try arrayArgument(args, 0, "a")
      return try reduceAlong(args, t, axisIndex: 1) { x, axis, keep in
        if x.count == 0 { throw PyException(.value, "zero-size array to reduction operation maximum which has no identity") }
        return try Tensor.binary(.subtract, x.max(axis: axis, keepDims: keep), x.min(axis: axis, keepDims: keep))
      }
    }
    m.define("average") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "a")
      if try args.bool(3, "returned", default: false) { throw NumPyError.notSupported("np.average(returned=True)") }
      guard let wv = try args.value(2, "weights"), !wv.isNone else {
        return try reduceAlong(args, t, axisIndex: 1) { try $0.mean(axis: $1, keepDims: $2) }
      }
      let w = try NumPyConvert.tensor(wv, dtype: nil, interp)
      let axes = try NumPyFunctions.axes(try args.value(1, "axis"), rank: t.rank, interp)
      var weights = w
      if w.shape != t.shape {
        guard let axes else { throw PyException(.type, "Axis must be specified when shapes of a and weights differ.") }
        guard w.shape == axes.map({ t.shape[$0] }) else {
          throw PyException(.value, "Shape of weights must be consistent with shape of a along specified axis.")
        }
        let order = axes.indices.sorted { axes[$0] < axes[$1] }
        let aligned = try np { try w.permuted(order) }
        weights = try np { try aligned.reshaped(to: (0..<t.rank).map { axes.contains($0) ? t.shape[$0] : 1 }) }
      }
      // NumPy: float data keep their promoted type (float32 stays float32), others float64.
      let resultType = t.dtype.isFloatingPoint ? DType.promoted(t.dtype, w.dtype) : DType.promoted(DType.promoted(t.dtype, w.dtype), .float64)
      let x = t.astype(resultType), wf = weights.astype(resultType)
      let keepdims = try args.bool(-1, "keepdims", default: false)
      let (product, axis, kept) = try merged(try np { try Tensor.binary(.multiply, x, wf) }, axes: axes, keepdims: keepdims)
      let (wm, _, _) = try merged(wf, axes: axes, keepdims: keepdims)
      let total = try np { try wm.sum(axis: axis) }
      if total.scalars(as: Double.self).contains(0) {
        throw PyException(.zeroDivision, "Weights sum to zero, can't be normalized")
      }
      var r = try np { try Tensor.binary(.divide, product.sum(axis: axis), total) }
      if let kept { r = try np { try r.reshaped(to: kept) } }
      return try NumPyConvert.result(r, interp)
    }
    m.define("cov") { args in
      let x = try covarianceInput(args)
      let bias = try args.bool(3, "bias", default: false)
      let ddof = try args.value(4, "ddof").flatMap { $0.isNone ? nil : $0 }.map { try args.interpreter.toInt($0, what: "ddof") } ?? (bias ? 0 : 1)
      for key in ["fweights", "aweights"] where args.keyword(key) != nil { throw NumPyError.notSupported("np.cov(\(key)=...)") }
      return try NumPyConvert.wrap(try covariance(x, ddof: ddof), args.interpreter)
    }
    m.define("corrcoef") { args in
      let interp = args.interpreter
      let c = try covariance(try covarianceInput(args), ddof: 1)
      if c.rank == 0 { return try NumPyConvert.result(try np { try Tensor.binary(.divide, c, c) }, interp) }
      let std = try np { try c.diagonal().sqrt() }
      let r = try np {
        let rows = try Tensor.binary(.divide, c, std.reshaped(to: [std.count, 1]))
        return try Tensor.binary(.divide, rows, std.reshaped(to: [1, std.count]))
      }
      return try NumPyConvert.wrap(r.clipped(lower: -1, upper: 1), interp)
    }
    m.define("histogram") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "a")
      if let w = try args.value(4, "weights"), !w.isNone { throw NumPyError.notSupported("np.histogram(weights=...)") }
      if try args.bool(3, "density", default: false) { throw NumPyError.notSupported("np.histogram(density=True)") }
      let binsV = try args.value(1, "bins") ?? .int(10)
      if case .str(let s) = binsV { throw NumPyError.notSupported("np.histogram(bins='\(s)')") }
      var range: (Double, Double)?
      if let rv = try args.value(2, "range"), !rv.isNone {
        let r = try NumPyConvert.tensor(rv, dtype: .float64, interp).scalars(as: Double.self)
        guard r.count == 2 else { throw PyException(.value, "too many values to unpack (expected 2)") }
        range = (r[0], r[1])
      }
      if case .object(let o) = binsV, let a = NDArray.cast(o), a.tensor.rank == 1 {
        return .tuple([try NumPyConvert.wrap(try np { try t.histogram(edges: a.tensor) }, interp), .object(NDArray(a.tensor))])
      }
      switch binsV {
      case .list, .tuple:
        let edges = try NumPyConvert.tensor(binsV, dtype: nil, interp)
        return .tuple([try NumPyConvert.wrap(try np { try t.histogram(edges: edges) }, interp), try NumPyConvert.wrap(edges, interp)])
      default:
        let n = try interp.toInt(binsV, what: "bins")
        let (counts, edges) = try np { try t.histogram(bins: n, range: range) }
        return .tuple([try NumPyConvert.wrap(counts, interp), try NumPyConvert.wrap(edges, interp)])
      }
    }
    m.define("interp") { args in
      let interp = args.interpreter
      let x = try arrayArgument(args, 0, "x"), xp = try arrayArgument(args, 1, "xp"), fp = try arrayArgument(args, 2, "fp")
      func bound(_ i: Int, _ name: String) throws -> Double? {
        guard let v = try args.value(i, name), !v.isNone else { return nil }
        return try interp.toDouble(v, what: name)
      }
      if let p = try args.value(5, "period"), !p.isNone { throw NumPyError.notSupported("np.interp(period=...)") }
      let r = try np { try Tensor.interpolate(x, xp, fp, left: try bound(3, "left"), right: try bound(4, "right")) }
      return try NumPyConvert.result(r, interp)
    }
  }
}
