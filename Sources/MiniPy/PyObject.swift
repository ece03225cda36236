// The host-object protocol: how library types (NumPy arrays, Keras models, ...) plug into MiniPy.

// MARK: - Operators

/// A binary operator, as dispatched to `PyObject.binary`.
public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//"
  case modulo = "%", power = "**", matrixMultiply = "@"
  case bitAnd = "&", bitOr = "|", bitXor = "^", leftShift = "<<", rightShift = ">>"
}

/// A rich comparison, as dispatched to `PyObject.compare` (always with the object on the left;
/// `0 < a` arrives as `a > 0`).
public enum ComparisonOperator: String, Sendable {
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  /// The operator with its operands swapped: `a < b` is `b > a`.
  public var swapped: ComparisonOperator {
    switch self {
    case .equal, .notEqual: return self
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    }
  }
}

/// A unary operator, as dispatched to `PyObject.unary`.
public enum UnaryOperator: String, Sendable { case negate = "-", plus = "+", invert = "~" }

// MARK: - PyObject

/// A host object living inside MiniPy as `Value.object`. Every requirement has a default that
/// means "not supported" (return `nil`/`false`), so a type implements only what it needs; the
/// interpreter then raises Python's own `TypeError`/`AttributeError` for the rest.
///
/// Methods receive the interpreter so they can charge memory (`chargeMemory`), call back into
/// MiniPy (`call`), and convert values (`toDouble`, `iterate`). Errors are thrown as `Diagnostic`
/// (or `PyException`); the interpreter gives them the source range of the expression.
public protocol PyObject: AnyObject {
  /// The Python type name shown in messages and by `type(x)`, e.g. `ndarray`.
  var typeName: String { get }
  /// The module of the type, for `type(x)`'s repr (`numpy` gives `<class 'numpy.ndarray'>`);
  /// nil by default.
  var typeModule: String? { get }

  /// `obj.name`; `nil` → `AttributeError`.
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value?
  /// `obj.name = value`; `false` → `AttributeError`.
  func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool
  /// Fast path for `obj.name(args)` without a bound-method object; `nil` → the interpreter
  /// falls back to `getAttribute(name)` and calls the result.
  func callMethod(_ name: String, _ args: Arguments) throws -> Value?
  /// `obj(args)`; `nil` → "object is not callable".
  func call(_ args: Arguments) throws -> Value?

  /// `obj[index]`. `index` is an int, `.slice`, `.tuple` (for `a[1, :]`), `.none` (newaxis),
  /// `.ellipsis`, a list, or another object. `nil` → "not subscriptable".
  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value?
  /// `obj[index] = value`; `false` → "does not support item assignment".
  func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool
  /// `del obj[index]`; `false` → "does not support item deletion".
  func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool

  /// `self op other` (or `other op self` when `reflected`); `nil` means NotImplemented.
  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value?
  /// `self op= other`: mutate in place and return `self`, or return `nil` to fall back to
  /// `self = self op other`.
  func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value?
  /// `self op other`; may return an object (an elementwise boolean array). `nil` → for `==`/`!=`
  /// identity, otherwise `TypeError`.
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value?
  /// `-self`, `+self`, `~self`; `nil` → `TypeError`.
  func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value?

  /// `len(self)`; `nil` → "object has no len()".
  func length(_ interp: Interpreter) throws -> Int?
  /// `for x in self`; `nil` → "object is not iterable".
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)?
  /// `x in self`; `nil` → iterate and compare.
  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool?
  /// `bool(self)`, `if self:`; `nil` → `len(self) != 0` if it has a length, else `True`.
  /// Throw for ambiguous truth values.
  func truthValue(_ interp: Interpreter) throws -> Bool?

  /// `repr(self)`, used by the REPL echo and inside containers.
  func repr(_ interp: Interpreter) throws -> String
  /// `str(self)`, used by `print`; defaults to `repr`.
  func str(_ interp: Interpreter) throws -> String
  /// `format(self, spec)` / f-string `{x:spec}`; `nil` → format `str(self)` as a string.
  func format(_ spec: String, _ interp: Interpreter) throws -> String?

  /// A hash when the object may be a dict key or set member (compared by identity); `nil` →
  /// "unhashable type".
  func hashKey() -> Int?
  /// `float(self)`; `nil` → `TypeError`.
  func asDouble(_ interp: Interpreter) throws -> Double?
  /// `int(self)`; `nil` → `TypeError`.
  func asInt(_ interp: Interpreter) throws -> Int?
  /// An integer usable as a list index or slice bound (NumPy integer scalars); `nil` otherwise.
  func asIndex() -> Int?
  /// Attribute names offered by tab completion and `dir()`.
  var attributeNames: [String] { get }
  /// `isinstance(self, cls)` for a class named by the host (e.g. `np.ndarray`); default false.
  func isInstance(of typeName: String) -> Bool
  /// When this object is a type (`np.ndarray`, `np.float64`): `isinstance(value, self)`.
  /// `nil` → "isinstance() arg 2 must be a type".
  func instanceCheck(_ value: Value, _ interp: Interpreter) throws -> Bool?
}

extension PyObject {
  public var typeModule: String? { nil }
  public func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { nil }
  public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool { false }
  public func callMethod(_ name: String, _ args: Arguments) throws -> Value? { nil }
  public func call(_ args: Arguments) throws -> Value? { nil }
  public func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? { nil }
  public func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool { false }
  public func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool { false }
  public func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? { nil }
  public func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? { nil }
  public func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? { nil }
  public func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value? { nil }
  public func length(_ interp: Interpreter) throws -> Int? { nil }
  public func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { nil }
  public func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? { nil }
  public func truthValue(_ interp: Interpreter) throws -> Bool? { nil }
  public func repr(_ interp: Interpreter) throws -> String { "<\(typeName) object>" }
  public func str(_ interp: Interpreter) throws -> String { try repr(interp) }
  public func format(_ spec: String, _ interp: Interpreter) throws -> String? { nil }
  public func hashKey() -> Int? { nil }
  public func asDouble(_ interp: Interpreter) throws -> Double? { nil }
  public func asInt(_ interp: Interpreter) throws -> Int? { nil }
  public func asIndex() -> Int? { nil }
  public var attributeNames: [String] { [] }
  public func isInstance(of typeName: String) -> Bool { typeName == self.typeName }
  public func instanceCheck(_ value: Value, _ interp: Interpreter) throws -> Bool? { nil }
}

// MARK: - Iteration

/// A Python iterator: `next()` returns `nil` when exhausted.
public protocol PyIterator: AnyObject {
  func next() throws -> Value?
}

/// Iterates over a fixed array of values (handy for hosts: `return ValuesIterator(rows)`).
public final class ValuesIterator: PyIterator {
  let values: [Value]
  var position = 0
  public init(_ values: [Value]) { self.values = values }
  public func next() throws -> Value? {
    guard position < values.count else { return nil }
    defer { position += 1 }
    return values[position]
  }
}
