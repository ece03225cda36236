// `np.vectorize(f)`: a Python function applied element by element over broadcast arrays.

import MiniPy
import TensorCore

extension NumPyModule {
  static func defineVectorize(_ m: PyModule) {
    m.define("vectorize") { args in
      try args.expectPositional(min: 1, max: 1)
      for name in ["otypes", "excluded", "signature", "cache"] where args.keyword(name) != nil {
        throw NumPyError.notSupported("np.vectorize(\(name)=...)")
      }
      let function = args[0]
      let interp = args.interpreter
      return .builtin(BuiltinFunction(name: "vectorize") { call in
        try vectorized(function, call.positional, interp)
      })
    }
  }

  /// `f` called on each element of the broadcast `inputs` (as Python numbers, as NumPy's
  /// `frompyfunc` passes them); the results as one array of the dtype of the first result, in
  /// the broadcast shape. A single result is a 0-d array, printed as its number.
  static func vectorized(_ function: Value, _ inputs: [Value], _ interp: Interpreter) throws -> Value {
    guard !inputs.isEmpty else { throw PyException(.type, "wrapped vectorized function needs at least one argument") }
    let tensors = try inputs.map { v -> Tensor in
      guard let t = try NumPyConvert.operand(v, interp) else {
        throw PyException(.type, "np.vectorize: '\(v.typeName)' is not array-like")
      }
      return t
    }
    let shape = try tensors.dropFirst().reduce(tensors[0].shape) { s, t in try np { try Tensor.broadcastShape(s, t.shape) } }
    let broadcast = try tensors.map { t in t.shape == shape ? t : try np { try t.broadcast(to: shape) } }
    let count = shape.reduce(1, *)
    guard count > 0 else { throw PyException(.value, "cannot call `vectorize` on size 0 inputs unless `otypes` is set") }
    var results: [Value] = []
    results.reserveCapacity(count)
    for i in 0..<count {
      results.append(try interp.call(function, broadcast.map { $0.scalar(at: i).pythonValue }))
    }
    let first = try NumPyConvert.tensor(results[0], dtype: nil, interp)
    let flat = try NumPyConvert.tensor(.list(PyList(results)), dtype: first.dtype, interp)
    return try NumPyConvert.wrap(try np { try flat.reshaped(to: shape + first.shape) }, interp)
  }
}
