// `np` searching and sets: searchsorted digitize isin setdiff1d union1d intersect1d, and
// nan_to_num vander. The work is in TensorCore's `Tensor+Searching.swift`.

import MiniPy
import TensorCore

extension NumPyModule {
  /// `np.searchsorted(a, v, side)` / `a.searchsorted(v, side)`: a scalar `v` gives a scalar.
  static func searchSorted(_ a: Tensor, _ v: Value, side: String, _ interp: Interpreter) throws -> Value {
    guard side == "left" || side == "right" else {
      throw PyException(.value, "search side must be 'left' or 'right' (got '\(side)')")
    }
    let values = try NumPyConvert.tensor(v, dtype: nil, interp)
    let r = try np { try a.insertionPoints(of: values, rightSide: side == "right") }
    return try NumPyConvert.result(r, interp)
  }

  /// A 1-D view of an array-like for the set functions (NumPy flattens their inputs).
  static func flatArgument(_ args: Arguments, _ index: Int, _ name: String) throws -> Tensor {
    try arrayArgument(args, index, name).flattened()
  }

  static func defineSearching(_ m: PyModule) {
    m.define("searchsorted") { args in
      if let s = try args.value(3, "sorter"), !s.isNone { throw NumPyError.notSupported("np.searchsorted(sorter=...)") }
      return try searchSorted(
        try arrayArgument(args, 0, "a"), try args.required(1, "v"), side: try args.string(2, "side", default: "left"),
        args.interpreter)
    }
    m.define("digitize") { args in
      let x = try arrayArgument(args, 0, "x"), bins = try arrayArgument(args, 1, "bins")
      let right = try args.bool(2, "right", default: false)
      return try NumPyConvert.result(try np { try x.binIndices(bins: bins, right: right) }, args.interpreter)
    }
    m.define("isin") { args in
      let element = try arrayArgument(args, 0, "element"), test = try arrayArgument(args, 1, "test_elements")
      let invert = try args.bool(-1, "invert", default: false)
      return try NumPyConvert.wrap(element.isMember(of: test, invert: invert), args.interpreter)
    }
    m.define("setdiff1d") { args in
      let a = try flatArgument(args, 0, "ar1"), b = try flatArgument(args, 1, "ar2")
      return try NumPyConvert.wrap(try np { try Tensor.setDifference(a, b) }, args.interpreter)
    }
    m.define("union1d") { args in
      let a = try flatArgument(args, 0, "ar1"), b = try flatArgument(args, 1, "ar2")
      return try NumPyConvert.wrap(try np { try Tensor.union(a, b) }, args.interpreter)
    }
    m.define("intersect1d") { args in
      let a = try flatArgument(args, 0, "ar1"), b = try flatArgument(args, 1, "ar2")
      if try args.bool(3, "return_indices", default: false) { throw NumPyError.notSupported("np.intersect1d(return_indices=True)") }
      return try NumPyConvert.wrap(try np { try Tensor.intersection(a, b) }, args.interpreter)
    }
    m.define("nan_to_num") { args in
      let interp = args.interpreter
      let t = try arrayArgument(args, 0, "x")
      func number(_ index: Int, _ name: String) throws -> Double? {
        guard let v = try args.value(index, name), !v.isNone else { return nil }
        return try interp.toDouble(v, what: name)
      }
      let r = t.replacingNonFinite(
        nan: try number(2, "nan") ?? 0, positiveInfinity: try number(3, "posinf"), negativeInfinity: try number(4, "neginf"))
      return try NumPyConvert.result(r, interp)
    }
    m.define("vander") { args in
      let x = try arrayArgument(args, 0, "x")
      let n = try args.value(1, "N").flatMap { $0.isNone ? nil : $0 }
      let columns = try n.map { try args.interpreter.toInt($0, what: "N") } ?? (x.rank == 1 ? x.count : 0)
      let increasing = try args.bool(2, "increasing", default: false)
      return try NumPyConvert.wrap(try np { try Tensor.vandermonde(x, columns: columns, increasing: increasing) }, args.interpreter)
    }
  }
}
