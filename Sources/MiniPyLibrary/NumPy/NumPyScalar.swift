// NumPy scalars (`np.float64(3.0)`, `np.int64(5)`, `np.True_`): what reductions and full
// integer indexing return. They behave as Python numbers and print as NumPy prints them.

import MiniPy
import TensorCore

// MARK: - NumPyScalar

/// One element of a NumPy dtype, outside an array.
final class NumPyScalar: PyObject {
  let dtype: DType
  /// The value; a float32 scalar holds its exact `Float` value widened to Double.
  let scalar: Scalar

  init(_ scalar: Scalar, dtype: DType) {
    self.dtype = dtype
    switch dtype {
    case .float32: self.scalar = .float(Double(Float(scalar.doubleValue)))
    case .float64: self.scalar = .float(scalar.doubleValue)
    case .int64:
      if case .int = scalar { self.scalar = scalar } else { self.scalar = .int(Int(scalar.doubleValue)) }
    case .bool: self.scalar = .bool(scalar.doubleValue != 0)
    }
  }

  /// The scalar at flat position `i` of `t`.
  convenience init(_ t: Tensor, at i: Int = 0) {
    self.init(t.scalar(at: i), dtype: t.dtype)
  }

  var typeName: String { "numpy." + (dtype == .bool ? "bool" : dtype.description) }
  var double: Double { scalar.doubleValue }
  var tensor: Tensor { Tensor(scalar, dtype: dtype) }
  var printScalar: PrintScalar {
    switch scalar {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .float(let d): return .double(d)
    }
  }
  /// The equivalent plain Python value (`float`, `int`, `bool`).
  var pythonValue: Value { scalar.pythonValue }

  func repr(_ interp: Interpreter) throws -> String {
    ArrayPrinter.scalarRepr(printScalar, kind: PrintKind(dtype))
  }
  func str(_ interp: Interpreter) throws -> String {
    ArrayPrinter.scalarStr(printScalar, kind: PrintKind(dtype))
  }
  func format(_ spec: String, _ interp: Interpreter) throws -> String? {
    if spec.isEmpty { return try str(interp) }
    return try interp.format(pythonValue, spec)
  }

  func asDouble(_ interp: Interpreter) throws -> Double? { double }
  func asInt(_ interp: Interpreter) throws -> Int? {
    if case .int(let i) = scalar { return i }
    let d = double
    guard d.isFinite else { throw PyException(.value, "cannot convert float \(d.isNaN ? "NaN" : "infinity") to integer") }
    return Int(d)
  }
  func asIndex() -> Int? {
    switch scalar {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .float: return nil
    }
  }
  func truthValue(_ interp: Interpreter) throws -> Bool? { double != 0 }
  func hashKey() -> Int? { double.hashValue }
  func isInstance(of typeName: String) -> Bool {
    switch typeName {
    case "float": return dtype == .float64
    case "int": return false
    case "number", "generic", "floating", "float64", "float32", "int64", "integer", "bool_", "bool":
      return true
    default: return typeName == self.typeName || "numpy." + typeName == self.typeName
    }
  }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "dtype": return .object(NumPyDTypeObject(dtype, isType: false))
    case "shape": return .tuple([])
    case "ndim": return .int(0)
    case "size": return .int(1)
    case "T", "real": return .object(self)
    default: return nil
    }
  }
  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    switch name {
    case "item", "tolist": return pythonValue
    case "astype":
      let t = try NumPyConvert.dtype(args.required(0, "dtype")) ?? dtype
      return .object(NumPyScalar(scalar, dtype: t))
    case "__abs__": return .object(NumPyScalar(dtypePreserving(Swift.abs(double)), dtype: dtype))
    case "__round__":
      let nd = try args.value(0, "ndigits")
      if nd == nil || nd!.isNone {
        return .int(Int(double.rounded(.toNearestOrEven)))
      }
      let t = try np { try NumPyFunctions.round(tensor, decimals: args.int(0, "ndigits")) }
      return NumPyConvert.result(t)
    default:
      return try NDArray(tensor).callMethod(name, args)
    }
  }

  private func dtypePreserving(_ d: Double) -> Scalar {
    switch scalar {
    case .int(let i): return .int(Swift.abs(i))
    case .bool(let b): return .bool(b)
    case .float: return .float(d)
    }
  }

  // MARK: Arithmetic (as a 0-d array: NumPy's promotion, `inf` on overflow)

  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
    // Fast path: float64 scalar with a Python number.
    if dtype == .float64, case .float(let x) = scalar {
      var y: Double?
      switch other {
      case .float(let d): y = d
      case .int(let i): y = Double(i)
      default: y = nil
      }
      if let y {
        let (l, r) = reflected ? (y, x) : (x, y)
        switch op {
        case .add: return .object(NumPyScalar(.float(l + r), dtype: .float64))
        case .subtract: return .object(NumPyScalar(.float(l - r), dtype: .float64))
        case .multiply: return .object(NumPyScalar(.float(l * r), dtype: .float64))
        case .trueDivide: return .object(NumPyScalar(.float(l / r), dtype: .float64))
        default: break
        }
      }
    }
    return try NDArray(tensor).binary(op, other, reflected: reflected, interp)
  }
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    guard let r = try NDArray(tensor).compare(op, other, interp) else { return nil }
    if case .object(let o) = r, let s = o as? NumPyScalar { return s.pythonValue }
    return r
  }
  func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value? {
    try NDArray(tensor).unary(op, interp)
  }
}

// MARK: - dtype objects

/// `np.float64` (a scalar type, callable) or `a.dtype` (a dtype instance; prints `float64`).
/// Both compare equal to each other, to `'float64'` and, for float64/int64/bool, to the Python
/// types `float`/`int`/`bool`.
final class NumPyDTypeObject: PyObject {
  let dtype: DType
  let isType: Bool
  init(_ dtype: DType, isType: Bool) { self.dtype = dtype; self.isType = isType }

  var name: String { dtype == .bool ? "bool" : dtype.description }
  var typeName: String { isType ? "type" : "dtype[\(name)]" }

  func repr(_ interp: Interpreter) throws -> String {
    isType ? "<class 'numpy.\(dtype == .bool ? "bool" : name)'>" : "dtype('\(name)')"
  }
  func str(_ interp: Interpreter) throws -> String {
    isType ? try repr(interp) : name
  }
  func hashKey() -> Int? { dtype.hashValue }
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    guard op == .equal || op == .notEqual else { return nil }
    let same = (try? NumPyConvert.dtype(other)).flatMap { $0 } == dtype
    return .bool(op == .equal ? same : !same)
  }
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "name": return .str(self.name)
    case "itemsize": return .int(dtype.byteSize)
    case "kind": return .str(dtype == .bool ? "b" : dtype == .int64 ? "i" : "f")
    case "type": return .object(NumPyDTypeObject(dtype, isType: true))
    case "__name__": return .str(self.name)
    default: return nil
    }
  }
  /// `np.float32(2.5)` → a scalar; `np.float32([1, 2])` → an array.
  func call(_ args: Arguments) throws -> Value? {
    guard isType else { return nil }
    guard args.count >= 1 else { return .object(NumPyScalar(.int(0), dtype: dtype)) }
    let v = args[0]
    if let s = NumPyConvert.pythonScalar(v) { return .object(NumPyScalar(s, dtype: dtype)) }
    if case .str(let text) = v {
      // `np.float64("1.5")`, `np.int64("7")` parse as float() and int() do; a non-empty
      // string is True for `np.bool_`
      switch dtype {
      case .float64, .float32: return .object(NumPyScalar(.float(try Interpreter.parseFloat(text)), dtype: dtype))
      case .int64: return .object(NumPyScalar(.int(try Interpreter.parseInt(text, base: 10)), dtype: dtype))
      case .bool: return .object(NumPyScalar(.bool(!text.isEmpty), dtype: dtype))
      }
    }
    let t = try NumPyConvert.tensor(v, dtype: dtype, args.interpreter)
    return try NumPyConvert.result(t, args.interpreter)
  }
}

extension PrintKind {
  init(_ dtype: DType) {
    switch dtype {
    case .bool: self = .bool
    case .int64: self = .int64
    case .float32: self = .float32
    case .float64: self = .float64
    }
  }
}
