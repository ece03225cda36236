// The `np` module: constructors, constants, dtypes, and the "not supported in MiniPy" answer
// for every other NumPy name. Elementwise math, shapes, random, linalg and files are in the
// `NumPyModule+*.swift` files.

import MiniPy
import TensorCore

enum NumPyModule {
  /// Builds the `numpy` module (and `numpy.random`, `numpy.linalg`) for one interpreter.
  static func make(_ interp: Interpreter) -> (numpy: PyModule, random: PyModule, linalg: PyModule) {
    let m = PyModule(name: "numpy")
    defineConstants(m)
    defineCreation(m)
    defineMath(m)
    defineShape(m)
    defineFiles(m)
    defineSorting(m)
    definePredicates(m)
    defineGrids(m)
    defineIndexTricks(m)
    defineVectorize(m)
    defineArrange(m)
    defineSearching(m)
    defineStatistics(m)
    defineProducts(m)
    let random = makeRandom()
    let linalg = makeLinalg()
    m["random"] = .module(random)
    m["linalg"] = .module(linalg)
    m.fallback = { name in
      if NumPyNames.numpy.contains(name) { throw NumPyError.notSupported("np.\(name)") }
      return nil
    }
    return (m, random, linalg)
  }

  // MARK: - Constants and dtypes

  static func defineConstants(_ m: PyModule) {
    m["pi"] = .float(Double.pi)
    m["e"] = .float(2.718281828459045)
    m["inf"] = .float(.infinity)
    m["nan"] = .float(.nan)
    m["newaxis"] = Value.none
    m["float64"] = .object(NumPyDTypeObject(.float64, isType: true))
    m["float_"] = .object(NumPyDTypeObject(.float64, isType: true))
    m["double"] = .object(NumPyDTypeObject(.float64, isType: true))
    m["float32"] = .object(NumPyDTypeObject(.float32, isType: true))
    m["single"] = .object(NumPyDTypeObject(.float32, isType: true))
    m["int64"] = .object(NumPyDTypeObject(.int64, isType: true))
    m["int_"] = .object(NumPyDTypeObject(.int64, isType: true))
    m["intp"] = .object(NumPyDTypeObject(.int64, isType: true))
    m["bool_"] = .object(NumPyDTypeObject(.bool, isType: true))
    m["bool"] = .object(NumPyDTypeObject(.bool, isType: true))
    let ndarray = BuiltinFunction(name: "numpy.ndarray") { _ in
      throw NumPyError.notSupported("np.ndarray(shape) (use np.zeros or np.empty)")
    }
    ndarray.isType = true
    m["ndarray"] = .builtin(ndarray)
    m["__version__"] = .str("2.4.6")
  }

  // MARK: - Constructors

  static func dtypeArgument(_ args: Arguments, _ index: Int) throws -> DType? {
    guard let v = try args.value(index, "dtype") else { return nil }
    return try NumPyConvert.dtype(v)
  }

  /// `np.arange` of one to three numbers (`stop`, `start, stop` or `start, stop, step`), also
  /// behind `np.r_[start:stop:step]`: int64 computed in integers when every number is an int,
  /// else float64 (or `dtype`); the length is checked against the memory limit and charged
  /// before anything is allocated.
  static func arange(_ values: [Value], dtype requested: DType?, _ interp: Interpreter) throws -> Tensor {
    let nums = try values.map { try interp.toDouble($0, what: "arange() argument") }
    let allInt = values.allSatisfy {
      switch $0 {
      case .int, .bool: return true
      case .object(let o): return (o as? NumPyScalar).map { $0.dtype == .int64 } ?? false
      default: return false
      }
    }
    let (start, stop, step): (Double, Double, Double) =
      nums.count == 1 ? (0, nums[0], 1) : nums.count == 2 ? (nums[0], nums[1], 1) : (nums[0], nums[1], nums[2])
    if step == 0 { throw PyException(.zeroDivision, "division by zero") }
    let dtype = requested ?? (allInt ? .int64 : .float64)
    if allInt && dtype == .int64 {
      let ints = try values.map { try interp.toInt($0, what: "arange() argument") }
      let (a, b, c) = ints.count == 1 ? (0, ints[0], 1) : ints.count == 2 ? (ints[0], ints[1], 1) : (ints[0], ints[1], ints[2])
      let n = try np { try Tensor.arangeCount(integers: a, b, step: c) }
      try np { try MemoryGuard.check(shape: [n], dtype: dtype) }
      try interp.chargeMemory(n * dtype.byteSize)
      return try np { try Tensor.arange(integers: a, b, step: c) }
    }
    let n = try np { try Tensor.arangeCount(start, stop, step: step) }
    try np { try MemoryGuard.check(shape: [n], dtype: dtype) }
    try interp.chargeMemory(n * dtype.byteSize)
    return try np { try Tensor.arange(start, stop, step: step, dtype: dtype) }
  }

  static func defineCreation(_ m: PyModule) {
    m.define("array") { args in
      let v = try args.required(0, "object")
      let dtype = try dtypeArgument(args, 1)
      var t = try NumPyConvert.tensor(v, dtype: dtype, args.interpreter)
      if let nd = try args.value(-1, "ndmin") {
        let n = try args.interpreter.toInt(nd, what: "ndmin")
        if t.rank < n { t = try np { try t.reshaped(to: [Int](repeating: 1, count: n - t.rank) + t.shape) } }
      }
      return try NumPyConvert.wrap(t, args.interpreter)
    }
    m.define("asarray") { args in
      let v = try args.required(0, "a")
      let dtype = try dtypeArgument(args, 1)
      if case .object(let o) = v, let a = NDArray.cast(o), dtype == nil || dtype == a.tensor.dtype { return v }
      return try NumPyConvert.wrap(try NumPyConvert.tensor(v, dtype: dtype, args.interpreter), args.interpreter)
    }
    func filled(_ args: Arguments, _ value: Double, _ name: String) throws -> Value {
      let shape = try NumPyConvert.shape(try args.required(0, "shape"), args.interpreter)
      let dtype = try dtypeArgument(args, 1) ?? .float64
      try args.interpreter.chargeMemory(try byteCount(shape, dtype))
      return .object(NDArray(try np { try Tensor.full(validating: shape, value, dtype: dtype) }))
    }
    m.define("zeros") { try filled($0, 0, "zeros") }
    m.define("empty") { try filled($0, 0, "empty") }
    m.define("ones") { try filled($0, 1, "ones") }
    m.define("full") { args in
      let shape = try NumPyConvert.shape(try args.required(0, "shape"), args.interpreter)
      let fill = try args.required(1, "fill_value")
      let f = try NumPyConvert.tensor(fill, dtype: try dtypeArgument(args, 2), args.interpreter)
      try args.interpreter.chargeMemory(try byteCount(shape, f.dtype))
      return .object(NDArray(try np { try f.broadcast(to: shape) }))
    }
    func like(_ args: Arguments, _ value: Double?) throws -> Value {
      guard let t = try NumPyConvert.operand(try args.required(0, "a"), args.interpreter) else {
        throw PyException(.type, "\(args.functionName)() argument must be array-like")
      }
      var dtype = try dtypeArgument(args, value == nil ? 2 : 1) ?? t.dtype
      var fill = value ?? 0
      if value == nil {
        let f = try NumPyConvert.tensor(try args.required(1, "fill_value"), dtype: nil, args.interpreter)
        fill = f.element(at: 0)
        if try dtypeArgument(args, 2) == nil { dtype = t.dtype }
      }
      try args.interpreter.chargeMemory(try byteCount(t.shape, dtype))
      return .object(NDArray(try np { try Tensor.full(validating: t.shape, fill, dtype: dtype) }))
    }
    m.define("zeros_like") { try like($0, 0) }
    m.define("empty_like") { try like($0, 0) }
    m.define("ones_like") { try like($0, 1) }
    m.define("full_like") { try like($0, nil) }
    m.define("arange") { args in
      var values: [Value] = args.positional
      if let v = args.keyword("start") { values.insert(v, at: 0) }
      if let v = args.keyword("stop") { values.append(v) }
      if let v = args.keyword("step") { values.append(v) }
      guard !values.isEmpty else { throw PyException(.type, "arange() requires stop to be specified.") }
      return .object(NDArray(try arange(values, dtype: try dtypeArgument(args, -1), args.interpreter)))
    }
    m.define("linspace") { args in
      let interp = args.interpreter
      let start = try args.double(0, "start"), stop = try args.double(1, "stop")
      let num = try args.int(2, "num", default: 50)
      if num < 0 { throw PyException(.value, "Number of samples, \(num), must be non-negative.") }
      let endpoint = try args.bool(3, "endpoint", default: true)
      let dtype = try dtypeArgument(args, 5) ?? .float64
      try interp.chargeMemory(num * 8)
      var t = try np { try Tensor.linspace(start, stop, count: num, endpoint: endpoint) }
      if dtype == .int64 { t = t.floorTowardsNegative().astype(.int64) } else if dtype != .float64 { t = t.astype(dtype) }
      return .object(NDArray(t))
    }
    m.define("eye") { args in
      let n = try args.int(0, "N")
      let mm = try args.value(1, "M").flatMap { $0.isNone ? nil : $0 }
      let k = try args.int(2, "k", default: 0)
      let dtype = try dtypeArgument(args, 3) ?? .float64
      let cols = try mm.map { try args.interpreter.toInt($0, what: "M") } ?? n
      try args.interpreter.chargeMemory(try byteCount([n, cols], dtype))
      return .object(NDArray(try np { try Tensor.eye(n, cols, k: k, dtype: dtype) }))
    }
    m.define("copy") { args in
      let t = try NumPyConvert.tensor(try args.required(0, "a"), dtype: nil, args.interpreter)
      return try NumPyConvert.wrap(t, args.interpreter)
    }
  }

  /// Bytes for an array, or NumPy's `Unable to allocate …` / negative-dimension errors.
  static func byteCount(_ shape: [Int], _ dtype: DType) throws -> Int {
    if shape.contains(where: { $0 < 0 }) { throw PyException(.value, "negative dimensions are not allowed") }
    try np { try MemoryGuard.check(shape: shape, dtype: dtype) }
    return shape.reduce(1, *) * dtype.byteSize
  }
}

/// A type name usable with `isinstance(x, np.ndarray)`.
final class NumPyTypeName: PyObject {
  let name: String
  init(name: String) { self.name = name }
  var typeName: String { "type" }
  func repr(_ interp: Interpreter) throws -> String { "<class 'numpy.\(name)'>" }
}

extension Tensor {
  /// Elementwise floor (for `linspace(..., dtype=int)`, which floors like NumPy's cast of
  /// non-negative values and keeps exact integers).
  func floorTowardsNegative() -> Tensor { (try? Tensor.unary(.floor, self)) ?? self }
}
