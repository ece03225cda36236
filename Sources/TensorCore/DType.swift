// MARK: - Element types

/// The element type of a ``Tensor``: NumPy's `bool`, `int64`, `float32` and `float64`.
public enum DType: Sendable, Hashable, CaseIterable, CustomStringConvertible {
  case bool, int64, float32, float64

  /// NumPy's name for the type (`"float64"`).
  public var description: String {
    switch self {
    case .bool: return "bool"
    case .int64: return "int64"
    case .float32: return "float32"
    case .float64: return "float64"
    }
  }

  /// Bytes one element occupies in storage.
  @inlinable public var byteSize: Int {
    switch self {
    case .bool: return 1
    case .int64, .float64: return 8
    case .float32: return 4
    }
  }

  /// True for `float32` and `float64`.
  @inlinable public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

  // MARK: - Promotion (NumPy's `np.result_type` for two arrays)

  /// The type NumPy gives the result of combining two arrays of these types
  /// (`np.result_type`): `bool < int64 < float32 < float64`, except that
  /// `int64` with `float32` gives `float64` (an int64 does not fit a float32).
  @inlinable public static func promoted(_ a: DType, _ b: DType) -> DType {
    if a == b { return a }
    switch (a, b) {
    case (.bool, _): return b
    case (_, .bool): return a
    case (.float64, _), (_, .float64): return .float64
    case (.int64, .float32), (.float32, .int64): return .float64
    default: return .float64
    }
  }

  /// The type NumPy 2 (NEP 50) gives an array of type `array` combined with a Python
  /// scalar of kind `scalar`: a "weak" scalar only lifts the kind, never the precision.
  /// `float32` array with a Python float stays `float32`; `int64` array with a Python
  /// float gives `float64`; a `bool` array with a Python int gives `int64`.
  @inlinable public static func promoted(_ array: DType, weak scalar: ScalarKind) -> DType {
    switch scalar {
    case .bool: return array
    case .int: return array == .bool ? .int64 : array
    case .float: return array.isFloatingPoint ? array : .float64
    }
  }
}

/// The kind of a Python scalar taking part in an operation with an array (NEP 50 "weak" types).
public enum ScalarKind: Sendable, Hashable { case bool, int, float }

/// A Python scalar: the value a MiniPy literal or number carries into an array operation.
public enum Scalar: Sendable, Hashable {
  case bool(Bool), int(Int), float(Double)

  /// The kind used by weak promotion.
  @inlinable public var kind: ScalarKind {
    switch self {
    case .bool: return .bool
    case .int: return .int
    case .float: return .float
    }
  }

  /// The value as a Double (`True` is 1).
  /// The value as a Double when that is exact (ints up to 2^53 in magnitude); nil otherwise.
  @inlinable public var exactDouble: Double? {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return i.magnitude <= 1 << 53 ? Double(i) : nil
    case .float(let d): return d
    }
  }

  @inlinable public var doubleValue: Double {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    }
  }
}

// MARK: - Swift element types

/// A Swift type that can be a tensor's element: `Bool`, `Int`, `Float`, `Double`.
public protocol TensorElement: Sendable {
  /// The ``DType`` whose storage holds this type.
  static var dtype: DType { get }
}
extension Bool: TensorElement { @inlinable public static var dtype: DType { .bool } }
extension Int: TensorElement { @inlinable public static var dtype: DType { .int64 } }
extension Float: TensorElement { @inlinable public static var dtype: DType { .float32 } }
extension Double: TensorElement { @inlinable public static var dtype: DType { .float64 } }
