// `np.random`: NumPy's legacy global RandomState (MT19937), one per session.

import MiniPy
import TensorCore

extension NumPyModule {
  final class RandomBox { var state = NumPyRandomState(seed: 0) }

  static func makeRandom() -> PyModule {
    let m = PyModule(name: "numpy.random")
    let box = RandomBox()
    // NumPy seeds the global state from the OS; MiniPy starts from a fixed seed, so a run is
    // reproducible even before `np.random.seed`.
    func rethrow<T>(_ body: () throws(RandomError) -> T) throws -> T {
      do { return try body() } catch {
        throw PyException(error.kind == .overflow ? .overflow : .value, error.message)
      }
    }
    func sizeShape(_ args: Arguments, _ index: Int) throws -> [Int]? {
      guard let v = try args.value(index, "size"), !v.isNone else { return nil }
      let shape = try NumPyConvert.shape(v, args.interpreter)
      if shape.contains(where: { $0 < 0 }) { throw PyException(.value, "negative dimensions are not allowed") }
      try args.interpreter.chargeMemory(try byteCount(shape, .float64))
      return shape
    }
    func dimsShape(_ args: Arguments) throws -> [Int]? {
      if args.count == 0 { return nil }
      let shape = try args.positional.map { try args.interpreter.toInt($0, what: "dimension") }
      try args.interpreter.chargeMemory(try byteCount(shape, .float64))
      return shape
    }
    func doubles(_ values: [Double], _ shape: [Int], _ interp: Interpreter) -> Value {
      .object(NDArray(Tensor(values, shape: shape)))
    }

    m.define("seed") { args in
      let v = try args.value(0, "seed") ?? .none
      switch v {
      case .none: box.state = NumPyRandomState(seed: 0)
      case .list, .tuple:
        let items = try NumPyConvert.tensor(v, dtype: .int64, args.interpreter).scalars(as: Int.self)
        try rethrow { () throws(RandomError) in try box.state.seed(array: items) }
      default:
        let s = try args.interpreter.toInt(v, what: "seed")
        try rethrow { () throws(RandomError) in try box.state.seed(s) }
      }
      return .none
    }
    m.define("rand") { args in
      guard let shape = try dimsShape(args) else { return .float(box.state.randomSample()) }
      return doubles(box.state.randomSample(count: shape.reduce(1, *)), shape, args.interpreter)
    }
    for name in ["random", "random_sample", "sample", "ranf"] {
      m.define(name) { args in
        guard let shape = try sizeShape(args, 0) else { return .float(box.state.randomSample()) }
        return doubles(box.state.randomSample(count: shape.reduce(1, *)), shape, args.interpreter)
      }
    }
    m.define("randn") { args in
      guard let shape = try dimsShape(args) else { return .float(box.state.standardNormal()) }
      return doubles(box.state.standardNormal(count: shape.reduce(1, *)), shape, args.interpreter)
    }
    m.define("standard_normal") { args in
      guard let shape = try sizeShape(args, 0) else { return .float(box.state.standardNormal()) }
      return doubles(box.state.standardNormal(count: shape.reduce(1, *)), shape, args.interpreter)
    }
    m.define("normal") { args in
      let loc = try args.double(0, "loc", default: 0), scale = try args.double(1, "scale", default: 1)
      guard let shape = try sizeShape(args, 2) else {
        return .float(try rethrow { () throws(RandomError) in try box.state.normal(mean: loc, standardDeviation: scale) })
      }
      let n = shape.reduce(1, *)
      let v = try rethrow { () throws(RandomError) in try box.state.normal(mean: loc, standardDeviation: scale, count: n) }
      return doubles(v, shape, args.interpreter)
    }
    m.define("uniform") { args in
      let low = try args.double(0, "low", default: 0), high = try args.double(1, "high", default: 1)
      guard let shape = try sizeShape(args, 2) else {
        return .float(try rethrow { () throws(RandomError) in try box.state.uniform(low: low, high: high) })
      }
      let n = shape.reduce(1, *)
      let v = try rethrow { () throws(RandomError) in try box.state.uniform(low: low, high: high, count: n) }
      return doubles(v, shape, args.interpreter)
    }
    m.define("randint") { args in
      var low = try args.int(0, "low")
      var high: Int
      if let h = try args.value(1, "high"), !h.isNone { high = try args.interpreter.toInt(h, what: "high") } else {
        high = low
        low = 0
      }
      guard let shape = try sizeShape(args, 2) else {
        let v = try rethrow { () throws(RandomError) in try box.state.integer(low: low, high: high) }
        return .int(v)
      }
      let n = shape.reduce(1, *)
      let v = try rethrow { () throws(RandomError) in try box.state.integers(low: low, high: high, count: n) }
      return .object(NDArray(Tensor(v, shape: shape)))
    }
    m.define("shuffle") { args in
      let x = try args.required(0, "x")
      switch x {
      case .list(let l):
        box.state.shuffle(&l.items)
      case .object(let o) where o is NDArray:
        let a = o as! NDArray
        let t = a.tensor
        guard t.rank > 0 else { throw PyException(.type, "object of type 'numpy.ndarray' has no len()") }
        let perm = box.state.permutation(t.shape[0])
        // permutation() shuffles 0..<n with the same draws shuffle() makes on the rows.
        let shuffled = try np { try t.get([.indices(Tensor(perm))]) }
        try a.replace(with: shuffled)
      default:
        throw PyException(.type, "shuffle() argument must be a list or an array")
      }
      return .none
    }
    m.define("permutation") { args in
      let x = try args.required(0, "x")
      if case .int(let n) = x {
        return .object(NDArray(Tensor(box.state.permutation(n))))
      }
      guard let t = try NumPyConvert.operand(x, args.interpreter), t.rank > 0 else {
        throw PyException(.type, "permutation() argument must be an int or an array")
      }
      let perm = box.state.permutation(t.shape[0])
      return try NumPyConvert.wrap(try np { try t.get([.indices(Tensor(perm))]) }, args.interpreter)
    }
    m.define("choice") { args in
      let interp = args.interpreter
      let a = try args.required(0, "a")
      let population: Tensor?
      let n: Int
      if case .int(let k) = a { population = nil; n = k } else {
        guard let t = try NumPyConvert.operand(a, interp) else { throw PyException(.value, "a must be 1-dimensional or an integer") }
        guard t.rank == 1 else { throw PyException(.value, "a must be 1-dimensional") }
        population = t
        n = t.count
      }
      let shape = try sizeShape(args, 1)
      let replace = try args.bool(2, "replace", default: true)
      var p: [Double]?
      if let pv = try args.value(3, "p"), !pv.isNone {
        p = try NumPyConvert.tensor(pv, dtype: .float64, interp).scalars(as: Double.self)
      }
      let count = shape?.reduce(1, *)
      let idx = try rethrow { () throws(RandomError) in
        try box.state.choice(populationSize: n, count: count, replace: replace, probabilities: p)
      }
      let picked: Tensor = try population.map { t in try np { try t.get([.indices(Tensor(idx))]) } } ?? Tensor(idx)
      guard let shape else { return .object(NumPyScalar(picked, at: 0)) }
      return try NumPyConvert.wrap(try np { try picked.reshaped(to: shape) }, interp)
    }
    m.fallback = { name in
      if NumPyNames.random.contains(name) { throw NumPyError.notSupported("np.random.\(name)") }
      return nil
    }
    return m
  }
}
