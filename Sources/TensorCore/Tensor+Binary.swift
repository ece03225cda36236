// MARK: - Binary elementwise operations

/// A broadcasting elementwise operation on two arrays (NumPy's binary ufuncs).
public enum BinaryOperation: Sendable, Hashable, CaseIterable {
  case add, subtract, multiply, divide, floorDivide, remainder, power, maximum, minimum
  case equal, notEqual, less, lessEqual, greater, greaterEqual
  case logicalAnd, logicalOr, logicalXor

  /// True for the six comparisons (result `bool`).
  public var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
    default: return false
    }
  }

  /// True for logical and/or/xor (result `bool`, operands read as truth values).
  public var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }

  /// True for the operations whose result has the operands' (promoted) dtype.
  var isArithmetic: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide, .floorDivide, .remainder, .power, .maximum, .minimum: return true
    default: return false
    }
  }
}

extension Tensor {
  /// The dtype NumPy computes `op` in for operands already promoted to `t`, or a `TypeError`
  /// NumPy would raise. True division of ints and bools is float64; bool `// % **` is int8 in
  /// NumPy, int64 here (hocsau has no int8).
  static func computeType(_ op: BinaryOperation, _ t: DType) throws -> DType {
    switch (op, t) {
    case (.divide, .bool), (.divide, .int64): return .float64
    case (.floorDivide, .bool), (.remainder, .bool), (.power, .bool): return .int64
    case (.subtract, .bool):
      throw TensorError(.type, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
    default: return t
    }
  }

  /// The dtype of `op`'s result for operands of types `a` and `b` (array with array).
  public static func resultType(_ op: BinaryOperation, _ a: DType, _ b: DType) throws -> DType {
    if op.isComparison || op.isLogical { return .bool }
    return try computeType(op, DType.promoted(a, b))
  }

  /// `op(a, b)` with NumPy broadcasting and NumPy result dtypes.
  ///
  /// Shape: the broadcast of the operands' shapes. Throws `cannot broadcast (2, 3) with (4,)`,
  /// NumPy's TypeError for bool subtraction, `Integers to negative integer powers are not
  /// allowed.`, and the memory guard's error.
  /// - Complexity: O(count) of the result; split across cores above 65,536 elements.
  public static func binary(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    if a.dtype == b.dtype, a.dtype.isFloatingPoint, op.isArithmetic, let shape = trivialBroadcast(a, b) {
      // The common case of a training loop on small arrays: no promotion, no conversion, the
      // result takes an operand's shape array.
      try MemoryGuard.check(shape: shape, dtype: a.dtype)
      return a.dtype == .float64 ? floating(op, a, b, shape, Double.self) : floating(op, a, b, shape, Float.self)
    }
    let shape = try broadcastShape(a.shape, b.shape)
    if op.isLogical {
      try MemoryGuard.check(shape: shape, dtype: .bool)
      return logical(op, a.astype(.bool), b.astype(.bool), shape)
    }
    let promoted = DType.promoted(a.dtype, b.dtype)
    let t = try computeType(op, promoted)
    try MemoryGuard.check(shape: shape, dtype: op.isComparison ? .bool : t)
    let a = a.astype(t), b = b.astype(t)
    if op.isComparison { return compare(op, a, b, shape) }
    switch t {
    case .float64: return floating(op, a, b, shape, Double.self)
    case .float32: return floating(op, a, b, shape, Float.self)
    case .int64:
      if op == .power {
        let negative = b.withUnsafeBufferPointer(as: Int.self) { $0.contains { $0 < 0 } }
        if negative { throw TensorError(.value, "Integers to negative integer powers are not allowed.") }
      }
      return integer(op, a, b, shape)
    case .bool: return boolean(op, a, b, shape)
    }
  }

  /// `op(a, s)` (or `op(s, a)` when `scalarOnLeft`) with a Python scalar, typed by NumPy 2's
  /// weak-scalar rule (NEP 50): `float32 array * 2.5` stays float32, `int64 array * 2.5` is
  /// float64, `bool array + 1` is int64.
  public static func binary(_ op: BinaryOperation, _ a: Tensor, _ s: Scalar, scalarOnLeft: Bool = false) throws -> Tensor {
    if a.dtype.isFloatingPoint, op.isArithmetic, let x = s.exactDouble {
      // A float array keeps its dtype (the number is weak): the loop reads the number directly.
      return try binary(op, a, floatingScalar: x, scalarOnLeft: scalarOnLeft)
    }
    let t = DType.promoted(a.dtype, weak: s.kind)
    let st = Tensor(s, dtype: t)
    return scalarOnLeft ? try binary(op, st, a.astype(t)) : try binary(op, a.astype(t), st)
  }

  /// The broadcast shape when it is one of the operands' own shapes without any work: equal
  /// shapes, or one operand a single element of no higher rank. `nil` otherwise.
  @inline(__always)
  static func trivialBroadcast(_ a: Tensor, _ b: Tensor) -> [Int]? {
    if a.shape == b.shape { return a.shape }
    if b.count == 1 && b.rank <= a.rank { return a.shape }
    if a.count == 1 && a.rank <= b.rank { return b.shape }
    return nil
  }

  /// `op(a, x)` (or `op(x, a)` when `scalarOnLeft`) for a float32/float64 array and a Python
  /// number taken in the array's dtype (NumPy 2's weak scalars: `1 - a`, `alpha * g`): the
  /// loop reads the number from a register, with no 0-d tensor and no broadcasting.
  /// - Precondition: `a.dtype.isFloatingPoint`.
  /// - Complexity: O(count); split across cores above 65,536 elements.
  public static func binary(_ op: BinaryOperation, _ a: Tensor, floatingScalar x: Double, scalarOnLeft: Bool = false) throws -> Tensor {
    precondition(a.dtype.isFloatingPoint, "binary(_:_:floatingScalar:) needs a float32 or float64 array")
    guard op == .add || op == .subtract || op == .multiply || op == .divide else {
      let s = Tensor(.float(x), dtype: a.dtype)
      return try scalarOnLeft ? binary(op, s, a) : binary(op, a, s)
    }
    try MemoryGuard.check(shape: a.shape, dtype: a.dtype)
    if a.dtype == .float64 { return scalarLoop(op, a, x, scalarOnLeft) }
    return scalarLoop(op, a, Float(x), scalarOnLeft)
  }

  static func scalarLoop<T: FloatElement>(_ op: BinaryOperation, _ a: Tensor, _ x: T, _ left: Bool) -> Tensor {
    let d = T.dtype
    switch op {
    case .add: return map1(a, T.self, d) { $0 + x }
    case .multiply: return map1(a, T.self, d) { $0 * x }
    case .subtract: return left ? map1(a, T.self, d) { x - $0 } : map1(a, T.self, d) { $0 - x }
    default: return left ? map1(a, T.self, d) { x / $0 } : map1(a, T.self, d) { $0 / x }
    }
  }

  // MARK: - Per-dtype loops

  static func floating<T: FloatElement>(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor, _ s: [Int], _: T.Type) -> Tensor {
    let d = T.dtype
    switch op {
    case .add: return map2(a, b, s, T.self, T.self, d) { $0 + $1 }
    case .subtract: return map2(a, b, s, T.self, T.self, d) { $0 - $1 }
    case .multiply: return map2(a, b, s, T.self, T.self, d) { $0 * $1 }
    case .divide: return map2(a, b, s, T.self, T.self, d) { $0 / $1 }
    case .floorDivide: return map2(a, b, s, T.self, T.self, d) { floatDivmod($0, $1).0 }
    case .remainder:
      return map2(a, b, s, T.self, T.self, d) { x, y in y == 0 ? T.fmod(x, y) : floatDivmod(x, y).1 }
    case .power: return map2(a, b, s, T.self, T.self, d) { T.pow($0, $1) }
    case .maximum: return map2(a, b, s, T.self, T.self, d) { x, y in (x >= y || x.isNaN) ? x : y }
    case .minimum: return map2(a, b, s, T.self, T.self, d) { x, y in (x <= y || x.isNaN) ? x : y }
    default: preconditionFailure("not an arithmetic operation")
    }
  }

  static func integer(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor, _ s: [Int]) -> Tensor {
    switch op {
    case .add: return map2(a, b, s, Int.self, Int.self, .int64) { $0 &+ $1 }
    case .subtract: return map2(a, b, s, Int.self, Int.self, .int64) { $0 &- $1 }
    case .multiply: return map2(a, b, s, Int.self, Int.self, .int64) { $0 &* $1 }
    case .floorDivide: return map2(a, b, s, Int.self, Int.self, .int64) { intFloorDivide($0, $1) }
    case .remainder: return map2(a, b, s, Int.self, Int.self, .int64) { intRemainder($0, $1) }
    case .power: return map2(a, b, s, Int.self, Int.self, .int64) { intPower($0, $1) }
    case .maximum: return map2(a, b, s, Int.self, Int.self, .int64) { Swift.max($0, $1) }
    case .minimum: return map2(a, b, s, Int.self, Int.self, .int64) { Swift.min($0, $1) }
    default: preconditionFailure("not an integer operation")
    }
  }

  static func boolean(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor, _ s: [Int]) -> Tensor {
    switch op {
    case .add, .maximum: return map2(a, b, s, Bool.self, Bool.self, .bool) { $0 || $1 }
    case .multiply, .minimum: return map2(a, b, s, Bool.self, Bool.self, .bool) { $0 && $1 }
    default: preconditionFailure("not a bool operation")
    }
  }

  static func logical(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor, _ s: [Int]) -> Tensor {
    switch op {
    case .logicalAnd: return map2(a, b, s, Bool.self, Bool.self, .bool) { $0 && $1 }
    case .logicalOr: return map2(a, b, s, Bool.self, Bool.self, .bool) { $0 || $1 }
    default: return map2(a, b, s, Bool.self, Bool.self, .bool) { $0 != $1 }
    }
  }

  static func compare(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor, _ s: [Int]) -> Tensor {
    switch a.dtype {
    case .float64: return compareTyped(op, a, b, s, Double.self)
    case .float32: return compareTyped(op, a, b, s, Float.self)
    case .int64: return compareTyped(op, a, b, s, Int.self)
    case .bool:
      return compareTyped(op, a.astype(.int64), b.astype(.int64), s, Int.self)
    }
  }

  static func compareTyped<T: Comparable>(_ op: BinaryOperation, _ a: Tensor, _ b: Tensor, _ s: [Int], _: T.Type) -> Tensor {
    switch op {
    case .equal: return map2(a, b, s, T.self, T.self, .bool) { $0 == $1 }
    case .notEqual: return map2(a, b, s, T.self, T.self, .bool) { $0 != $1 }
    case .less: return map2(a, b, s, T.self, T.self, .bool) { $0 < $1 }
    case .lessEqual: return map2(a, b, s, T.self, T.self, .bool) { $0 <= $1 }
    case .greater: return map2(a, b, s, T.self, T.self, .bool) { $0 > $1 }
    default: return map2(a, b, s, T.self, T.self, .bool) { $0 >= $1 }
    }
  }

  // MARK: - Named throwing entries

  /// `self + other` with broadcasting (throws on shape mismatch).
  public func adding(_ other: Tensor) throws -> Tensor { try Tensor.binary(.add, self, other) }
  /// `self - other` with broadcasting.
  public func subtracting(_ other: Tensor) throws -> Tensor { try Tensor.binary(.subtract, self, other) }
  /// `self * other` with broadcasting.
  public func multiplying(_ other: Tensor) throws -> Tensor { try Tensor.binary(.multiply, self, other) }
  /// `self / other` (true division; ints give float64) with broadcasting.
  public func dividing(_ other: Tensor) throws -> Tensor { try Tensor.binary(.divide, self, other) }
  /// `self ** other` with broadcasting.
  public func raised(to other: Tensor) throws -> Tensor { try Tensor.binary(.power, self, other) }
  /// Elementwise maximum (NaN propagates).
  public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binary(.maximum, a, b) }
  /// Elementwise minimum (NaN propagates).
  public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try binary(.minimum, a, b) }
}
