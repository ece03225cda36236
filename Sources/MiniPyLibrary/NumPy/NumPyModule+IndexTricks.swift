// `np.r_` and `np.c_`: concatenation written as indexing (`np.c_[np.ones(n), x]`, the usual
// way to add a bias column; `np.r_[0:3, 10, arr]`).

import MiniPy
import TensorCore

/// NumPy's `AxisConcatenator` for `r_` (rows: along the first axis, at least 1-D) and `c_`
/// (columns: along the last axis, at least 2-D, 1-D pieces stood up as columns). Each item of
/// the subscript is an array-like, a Python number (weak, as in NumPy's `result_type`), or a
/// slice `start:stop:step` that stands for `np.arange(start, stop, step)`. String directives
/// (`np.r_['0,2', …]`) are not supported.
final class AxisConcatenator: PyObject {
  /// `c_` when true, `r_` when false.
  let columns: Bool

  init(columns: Bool) { self.columns = columns }

  var typeName: String { columns ? "CClass" : "RClass" }
  var typeModule: String? { "numpy.lib._index_tricks_impl" }

  func repr(_ interp: Interpreter) throws -> String {
    "<numpy.lib._index_tricks_impl.\(typeName) object>"
  }

  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    let items: [Value]
    if case .tuple(let t) = index { items = t } else { items = [index] }
    let name = columns ? "np.c_" : "np.r_"
    // Each piece, and for Python numbers the kind that joins the result type weakly.
    var pieces: [(tensor: Tensor, weak: ScalarKind?)] = []
    for item in items {
      switch item {
      case .str:
        throw NumPyError.notSupported("string directives in \(name)[...]")
      case .slice(let s):
        pieces.append((try Self.range(s, interp), nil))
      default:
        if let s = NumPyConvert.weakScalar(item) {
          pieces.append((Tensor(s, dtype: nil), s.kind))
        } else if let t = try NumPyConvert.operand(item, interp) {
          pieces.append((t, nil))
        } else {
          throw PyException(.type, "\(name)[...]: '\(item.typeName)' is not array-like")
        }
      }
    }
    guard !pieces.isEmpty else { throw PyException(.value, "need at least one array to concatenate") }
    let dtype = Self.resultType(pieces)
    let shaped = try pieces.map { piece -> Tensor in
      let t = piece.tensor.dtype == dtype ? piece.tensor : piece.tensor.astype(dtype)
      switch (columns, t.rank) {
      case (false, 0): return try np { try t.reshaped(to: [1]) }
      case (true, 0): return try np { try t.reshaped(to: [1, 1]) }
      case (true, 1): return try np { try t.reshaped(to: [t.count, 1]) }
      default: return t
      }
    }
    let axis = columns ? -1 : 0
    return try NumPyConvert.wrap(try NumPyModule.concatenate(shaped, axis: axis), interp)
  }

  /// `start:stop:step` as `np.arange(start, stop, step)` (int64 when all three are ints).
  static func range(_ s: PySlice, _ interp: Interpreter) throws -> Tensor {
    guard !s.stop.isNone else { throw PyException(.value, "np.r_/np.c_: a slice needs a stop") }
    let values = [s.start.isNone ? .int(0) : s.start, s.stop, s.step.isNone ? .int(1) : s.step]
    return try NumPyModule.arange(values, dtype: nil, interp)
  }

  /// NumPy's `result_type(*arrays, *scalars)`: the arrays' promoted dtype, then each Python
  /// number joins weakly (a float32 array stays float32 beside `2.5`). Numbers alone promote
  /// as their default dtypes.
  static func resultType(_ pieces: [(tensor: Tensor, weak: ScalarKind?)]) -> DType {
    let strong = pieces.filter { $0.weak == nil }.map(\.tensor.dtype)
    guard var dtype = strong.first else {
      return pieces.map(\.tensor.dtype).dropFirst().reduce(pieces[0].tensor.dtype) { DType.promoted($0, $1) }
    }
    for d in strong.dropFirst() { dtype = DType.promoted(dtype, d) }
    for case let kind? in pieces.map(\.weak) { dtype = DType.promoted(dtype, weak: kind) }
    return dtype
  }
}

extension NumPyModule {
  static func defineIndexTricks(_ m: PyModule) {
    m["r_"] = .object(AxisConcatenator(columns: false))
    m["c_"] = .object(AxisConcatenator(columns: true))
  }
}
