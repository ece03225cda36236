// Conversions between MiniPy values and tensors: `np.array`'s nesting rules, dtype arguments,
// operands of arithmetic, and results (0-d results become NumPy scalars).

import Foundation
import MiniPy
import TensorCore

enum NumPyConvert {
  // MARK: - dtype arguments

  /// The dtype named by a `dtype=` argument: `np.float32`, `a.dtype`, `'float32'`, `float`,
  /// `int`, `bool`; `nil` for `None`. Unknown names raise `TypeError`.
  static func dtype(_ v: Value) throws -> DType? {
    switch v {
    case .none: return nil
    case .object(let o):
      if let d = o as? NumPyDTypeObject { return d.dtype }
    case .str(let s):
      switch s {
      case "float64", "float", "f8", "d", "double", "float_": return .float64
      case "float32", "f4", "f", "single": return .float32
      case "int64", "int", "i8", "int_", "long", "intp": return .int64
      case "bool", "bool_", "?", "b1": return .bool
      case "int32", "int16", "int8", "uint8", "uint16", "uint32", "uint64", "float16", "complex64", "complex128", "complex":
        throw NumPyError.notSupported("dtype '\(s)' (MiniPy arrays are bool, int64, float32 or float64)")
      default: throw PyException(.type, "data type '\(s)' not understood")
      }
    case .builtin(let b):
      switch b.name {
      case "float": return .float64
      case "int": return .int64
      case "bool": return .bool
      default: break
      }
    case .cls(let c):
      switch c.name {
      case "float": return .float64
      case "int": return .int64
      case "bool": return .bool
      default: break
      }
    default: break
    }
    throw PyException(.type, "data type \(v.typeName) not understood")
  }

  // MARK: - Scalars

  /// A plain Python number (or a NumPy scalar) as a tensor scalar.
  @inline(__always)
  static func pythonScalar(_ v: Value) -> Scalar? {
    switch v {
    case .float(let d): return .float(d)
    case .int(let i): return .int(i)
    case .bool(let b): return .bool(b)
    case .object(let o):
      if let s = o as? NumPyScalar { return s.scalar }
      return nil
    default: return nil
    }
  }

  /// A Python number as a weak scalar operand (NEP 50): plain `int`/`float`/`bool` only.
  @inline(__always)
  static func weakScalar(_ v: Value) -> Scalar? {
    switch v {
    case .float(let d): return .float(d)
    case .int(let i): return .int(i)
    case .bool(let b): return .bool(b)
    default: return nil
    }
  }

  // MARK: - Values to tensors

  /// The tensor for an operand: arrays as they are, NumPy scalars as 0-d arrays of their dtype,
  /// Python numbers and nested lists through `np.array`'s rules. `nil` for values that are not
  /// array-like (so the operator can answer NotImplemented).
  static func operand(_ v: Value, _ interp: Interpreter) throws -> Tensor? {
    switch v {
    case .object(let o):
      if let a = NDArray.cast(o) { return a.tensor }
      if let s = o as? NumPyScalar { return s.tensor }
      return nil
    case .float, .int, .bool, .list, .tuple:
      return try tensor(v, dtype: nil, interp)
    default: return nil
    }
  }

  /// `np.array(v, dtype=dtype)`: nested lists/tuples of numbers, arrays and NumPy scalars.
  static func tensor(_ v: Value, dtype: DType?, _ interp: Interpreter) throws -> Tensor {
    if case .object(let o) = v {
      if let a = NDArray.cast(o) {
        let t = a.tensor
        return dtype.map { t.astype($0) } ?? t
      }
      if let s = o as? NumPyScalar { return Tensor(s.scalar, dtype: dtype ?? s.dtype) }
      // `np.array(df['x'])`, `np.asarray(df)`: pandas objects give their values
      if let series = o as? Series {
        let t = try series.column.tensor()
        return dtype.map { t.astype($0) } ?? t
      }
      if let frame = o as? DataFrame {
        let t = try frame.values()
        return dtype.map { t.astype($0) } ?? t
      }
    }
    if let s = weakScalar(v) {
      return Tensor(s, dtype: dtype)
    }
    var builder = NestedBuilder()
    try builder.measure(v)
    try builder.fill(v, depth: 0)
    try interp.chargeMemory(builder.count * 8)
    let natural = builder.naturalType ?? .float64
    let t: Tensor
    switch natural {
    case .bool: t = Tensor(builder.scalars.map { $0.doubleValue != 0 }, shape: builder.shape)
    case .int64:
      t = Tensor(builder.scalars.map { s -> Int in if case .int(let i) = s { return i } else { return s.doubleValue != 0 ? 1 : 0 } }, shape: builder.shape)
    case .float32: t = Tensor(builder.scalars.map { Float($0.doubleValue) }, shape: builder.shape)
    case .float64: t = Tensor(builder.scalars.map { $0.doubleValue }, shape: builder.shape)
    }
    if let dtype, dtype != t.dtype {
      if natural.isFloatingPoint, dtype == .int64 { return t.astype(.int64) }
      return t.astype(dtype)
    }
    return t
  }

  /// Walks nested sequences: the shape from the first path, then every element checked.
  struct NestedBuilder {
    var shape: [Int] = []
    var scalars: [Scalar] = []
    var naturalType: DType?
    var count: Int { shape.reduce(1, *) }

    mutating func measure(_ v: Value) throws {
      var cur = v
      while true {
        if let items = Self.items(cur) {
          shape.append(items.count)
          guard let first = items.first else { return }
          cur = first
        } else if case .object(let o) = cur, let a = NDArray.cast(o) {
          shape += a.tensor.shape
          return
        } else {
          return
        }
      }
    }

    static func items(_ v: Value) -> [Value]? {
      switch v {
      case .list(let l): return l.items
      case .tuple(let t): return t
      default: return nil
      }
    }

    func inhomogeneous(after depth: Int) -> PyException {
      let detected = ArrayPrinter.shapeString(Array(shape.prefix(depth))).replacingOccurrences(of: ", ", with: ",")
      return PyException(
        .value,
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(detected) + inhomogeneous part.")
    }

    mutating func note(_ t: DType, weak: Bool) {
      guard let cur = naturalType else { naturalType = t; return }
      naturalType = DType.promoted(cur, t)
    }

    mutating func fill(_ v: Value, depth: Int) throws {
      if let items = Self.items(v) {
        guard depth < shape.count, items.count == shape[depth] else { throw inhomogeneous(after: depth) }
        for x in items { try fill(x, depth: depth + 1) }
        return
      }
      if case .object(let o) = v, let a = NDArray.cast(o) {
        let t = a.tensor
        guard Array(shape[depth...]) == t.shape else { throw inhomogeneous(after: depth) }
        note(t.dtype, weak: false)
        for i in 0..<t.count { scalars.append(t.scalar(at: i)) }
        return
      }
      guard depth == shape.count else { throw inhomogeneous(after: depth) }
      switch v {
      case .bool(let b): scalars.append(.bool(b)); note(.bool, weak: true)
      case .int(let i): scalars.append(.int(i)); note(.int64, weak: true)
      case .float(let d): scalars.append(.float(d)); note(.float64, weak: true)
      case .object(let o):
        if let s = o as? NumPyScalar { scalars.append(s.scalar); note(s.dtype, weak: false); return }
        throw PyException(.type, "float() argument must be a string or a real number, not '\(v.typeName)'")
      case .str:
        throw NumPyError.notSupported("arrays of strings (MiniPy arrays hold numbers and booleans)")
      case .none:
        throw NumPyError.notSupported("arrays holding None")
      default:
        throw PyException(.type, "float() argument must be a string or a real number, not '\(v.typeName)'")
      }
    }
  }

  // MARK: - Results

  /// An array result, with its memory charged to the session.
  @inline(__always)
  static func wrap(_ t: Tensor, _ interp: Interpreter) throws -> Value {
    try interp.chargeMemory(t.count &* t.dtype.byteSize)
    return .object(NDArray(t))
  }

  /// A ufunc-style result: a 0-d tensor becomes a NumPy scalar, anything else an array.
  @inline(__always)
  static func result(_ t: Tensor, _ interp: Interpreter) throws -> Value {
    if t.rank == 0 { return .object(NumPyScalar(t)) }
    return try wrap(t, interp)
  }

  /// Like `result(_:_:)` without charging (for tiny results).
  static func result(_ t: Tensor) -> Value {
    t.rank == 0 ? .object(NumPyScalar(t)) : .object(NDArray(t))
  }

  /// A shape argument: `3`, `(2, 3)`, `[2, 3]`.
  static func shape(_ v: Value, _ interp: Interpreter, what: String = "shape") throws -> [Int] {
    switch v {
    case .int(let i): return [i]
    case .tuple(let items): return try items.map { try interp.toInt($0, what: what) }
    case .list(let l): return try l.items.map { try interp.toInt($0, what: what) }
    case .object(let o):
      if let i = o.asIndex() { return [i] }
      if let a = NDArray.cast(o), a.tensor.rank <= 1 { return a.tensor.scalars(as: Int.self) }
    default: break
    }
    throw PyException(.type, "'\(v.typeName)' object cannot be interpreted as an integer")
  }

  /// A Python list (nested) of the tensor's elements as Python numbers (`tolist`).
  static func list(_ t: Tensor) -> Value {
    func element(_ i: Int) -> Value { t.scalar(at: i).pythonValue }
    if t.rank == 0 { return element(0) }
    let strides = t.strides
    func build(_ axis: Int, _ base: Int) -> Value {
      let n = t.shape[axis]
      if axis == t.rank - 1 { return .list(PyList((0..<n).map { element(base + $0) })) }
      return .list(PyList((0..<n).map { build(axis + 1, base + $0 * strides[axis]) }))
    }
    return build(0, 0)
  }
}

extension Scalar {
  /// The plain Python number (`bool`, `int`, `float`).
  var pythonValue: Value {
    switch self {
    case .bool(let b): return .bool(b)
    case .int(let n): return .int(n)
    case .float(let d): return .float(d)
    }
  }
}
