// Arithmetic, comparison and unary operators on arrays, with NumPy's promotion and in-place
// updates that keep the array's identity and dtype (`x += 1`).

import Foundation
import MiniPy
import TensorCore

extension NDArray {
  static func operation(_ op: BinaryOperator) -> BinaryOperation? {
    switch op {
    case .add: return .add
    case .subtract: return .subtract
    case .multiply: return .multiply
    case .trueDivide: return .divide
    case .floorDivide: return .floorDivide
    case .modulo: return .remainder
    case .power: return .power
    case .bitAnd: return .logicalAnd
    case .bitOr: return .logicalOr
    case .bitXor: return .logicalXor
    case .matrixMultiply, .leftShift, .rightShift: return nil
    }
  }

  /// NumPy's ufunc name for messages (`add`, `multiply`, …).
  static func ufuncName(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "add"
    case .subtract: return "subtract"
    case .multiply: return "multiply"
    case .trueDivide: return "divide"
    case .floorDivide: return "floor_divide"
    case .modulo: return "remainder"
    case .power: return "power"
    case .bitAnd: return "bitwise_and"
    case .bitOr: return "bitwise_or"
    case .bitXor: return "bitwise_xor"
    case .matrixMultiply: return "matmul"
    case .leftShift: return "left_shift"
    case .rightShift: return "right_shift"
    }
  }

  /// `self op other` as a tensor (or `nil` when `other` is not array-like).
  func compute(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Tensor? {
    let t = tensor
    if op == .matrixMultiply {
      guard let o = try NumPyConvert.operand(other, interp) else { return nil }
      return try reflected ? NumPyFunctions.matmul(o, t) : NumPyFunctions.matmul(t, o)
    }
    guard let bop = Self.operation(op) else { return nil }
    if bop.isLogical, t.dtype != .bool {
      throw NumPyError.notSupported("bitwise operators on \(t.dtype) arrays (use them on boolean masks)")
    }
    if let s = NumPyConvert.weakScalar(other) {
      if bop.isLogical || t.dtype.isFloatingPoint {
        return try np { try Tensor.binary(bop, t, s, scalarOnLeft: reflected) }
      }
      // A Python scalar is weak (NEP 50): it takes the array's kind-compatible dtype. The 0-d
      // operand comes from a small cache, since loops reuse the same constants (1, alpha).
      let st = ScalarTensorCache.tensor(s, dtype: DType.promoted(t.dtype, weak: s.kind))
      return try np { reflected ? try Tensor.binary(bop, st, t) : try Tensor.binary(bop, t, st) }
    }
    guard let o = try NumPyConvert.operand(other, interp) else { return nil }
    if bop.isLogical, o.dtype != .bool {
      throw NumPyError.notSupported("bitwise operators on \(o.dtype) arrays (use them on boolean masks)")
    }
    return try np { reflected ? try Tensor.binary(bop, o, t) : try Tensor.binary(bop, t, o) }
  }

  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
    guard let r = try compute(op, other, reflected: reflected, interp) else { return nil }
    return try NumPyConvert.result(r, interp)
  }

  /// `x op= y`: computed, cast back to `x`'s dtype with NumPy's same-kind rule, written into
  /// `x` (and through to its base when `x` is a view).
  func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    guard let r = try compute(op, other, reflected: false, interp) else { return nil }
    let t = tensor
    if Self.kindRank(r.dtype) > Self.kindRank(t.dtype) {
      throw PyException(
        .type,
        "Cannot cast ufunc '\(Self.ufuncName(op))' output from dtype('\(r.dtype)') to dtype('\(t.dtype)') with casting rule 'same_kind'",
        pythonClassName: "UFuncTypeError")
    }
    guard r.shape == t.shape else {
      throw PyException(
        .shape,
        "non-broadcastable output operand with shape \(Self.compactShape(t.shape)) doesn't match the broadcast shape \(Self.compactShape(r.shape))")
    }
    try replace(with: r.dtype == t.dtype ? r : r.astype(t.dtype))
    return .object(self)
  }

  static func kindRank(_ d: DType) -> Int {
    switch d {
    case .bool: return 0
    case .int64: return 1
    case .float32, .float64: return 2
    }
  }

  static func compactShape(_ s: [Int]) -> String {
    ArrayPrinter.shapeString(s).split(separator: " ").joined()
  }

  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    let bop: BinaryOperation
    switch op {
    case .equal: bop = .equal
    case .notEqual: bop = .notEqual
    case .less: bop = .less
    case .lessEqual: bop = .lessEqual
    case .greater: bop = .greater
    case .greaterEqual: bop = .greaterEqual
    }
    let t = tensor
    if let s = NumPyConvert.weakScalar(other) {
      return try NumPyConvert.result(try np { try Tensor.binary(bop, t, s) }, interp)
    }
    guard let o = try NumPyConvert.operand(other, interp) else { return nil }
    return try NumPyConvert.result(try np { try Tensor.binary(bop, t, o) }, interp)
  }

  func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value? {
    let t = tensor
    switch op {
    case .negate: return try NumPyConvert.result(try np { try Tensor.unary(.negate, t) }, interp)
    case .plus: return try NumPyConvert.result(t, interp)
    case .invert:
      guard t.dtype == .bool else { throw NumPyError.notSupported("~ on \(t.dtype) arrays (use it on boolean masks)") }
      return try NumPyConvert.result(try np { try Tensor.unary(.logicalNot, t) }, interp)
    }
  }
}

/// Recently used Python scalars as 0-d tensors (per thread), so `1 - a` in a loop does not
/// build a new tensor for `1` every time. Keyed by the exact value bits and dtype.
enum ScalarTensorCache {
  final class Entries {
    var keys: [(bits: UInt64, kind: UInt8, dtype: DType)] = []
    var tensors: [Tensor] = []
    var next = 0
  }
  static let capacity = 8

  static func tensor(_ s: Scalar, dtype: DType) -> Tensor {
    let bits: UInt64, kind: UInt8
    switch s {
    case .bool(let b): bits = b ? 1 : 0; kind = 0
    case .int(let i): bits = UInt64(bitPattern: Int64(i)); kind = 1
    case .float(let d): bits = d.bitPattern; kind = 2
    }
    let entries = current
    for (i, k) in entries.keys.enumerated() where k.bits == bits && k.kind == kind && k.dtype == dtype {
      return entries.tensors[i]
    }
    let t = Tensor(s, dtype: dtype)
    if entries.keys.count < capacity {
      entries.keys.append((bits, kind, dtype))
      entries.tensors.append(t)
    } else {
      entries.keys[entries.next] = (bits, kind, dtype)
      entries.tensors[entries.next] = t
      entries.next = (entries.next + 1) % capacity
    }
    return t
  }

  nonisolated(unsafe) static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in Unmanaged<AnyObject>.fromOpaque(raw!).release() }
    return key
  }()

  /// This thread's cache (sessions run on their own threads).
  @inline(__always) static var current: Entries {
    if let raw = pthread_getspecific(key) { return Unmanaged<Entries>.fromOpaque(raw).takeUnretainedValue() }
    let e = Entries()
    pthread_setspecific(key, Unmanaged.passRetained(e).toOpaque())
    return e
  }
}
