// MARK: - Tensor

/// An n-dimensional array of `Bool`, `Int` (int64), `Float` or `Double`, stored contiguously in
/// row-major (C) order with copy-on-write: copies share one buffer until one of them mutates.
///
/// Every result is a fresh contiguous tensor. Views that NumPy shares (transposes, slices,
/// `reshape` of a copy) are materialised here: `transposed()`, `permuted(_:)`, basic-slice
/// `get(_:)` copy their elements; `reshaped(to:)`, `expandingShape(at:)`, `squeezed(axis:)`
/// and `flattened()` share the buffer (copy-on-write keeps that invisible).
///
/// Rank-0 tensors (shape `[]`, one element) are scalars.
public struct Tensor: @unchecked Sendable {
  @usableFromInline var storage: TensorStorage
  /// Extent of each axis; `[]` for a scalar.
  public private(set) var shape: [Int]
  /// Element type.
  public let dtype: DType
  /// Number of elements (product of `shape`; 1 for a scalar).
  public let count: Int

  /// Number of axes.
  @inlinable public var rank: Int { shape.count }

  /// Row-major strides in elements.
  public var strides: [Int] { Tensor.contiguousStrides(shape) }

  // MARK: - Raw initialisers

  /// An uninitialised tensor; the caller writes every element. Does not check the memory limit.
  @usableFromInline init(uninitializedShape shape: [Int], dtype: DType) {
    var n = 1
    for d in shape { n *= d }
    self.shape = shape
    self.dtype = dtype
    self.count = n
    self.storage = TensorStorage.make(byteCount: n * dtype.byteSize)
  }

  @usableFromInline init(storage: TensorStorage, shape: [Int], dtype: DType, count: Int) {
    self.storage = storage
    self.shape = shape
    self.dtype = dtype
    self.count = count
  }

  /// Makes the storage unique before a write.
  @inlinable mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// Row-major strides (in elements) of a contiguous array of `shape`.
  public static func contiguousStrides(_ shape: [Int]) -> [Int] {
    var s = [Int](repeating: 1, count: shape.count)
    var acc = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
      s[i] = acc
      acc *= shape[i]
    }
    return s
  }

  // MARK: - Initialisers from Swift arrays

  /// A tensor holding `scalars` with `shape` (default: one axis of `scalars.count`).
  /// - Precondition: the product of `shape` equals `scalars.count`; use ``init(validating:shape:)``
  ///   for a throwing check.
  public init<T: TensorElement>(_ scalars: [T], shape: [Int]? = nil) {
    let shape = shape ?? [scalars.count]
    precondition(shape.reduce(1, *) == scalars.count,
                 "cannot reshape array of size \(scalars.count) into shape \(formatShape(shape))")
    self.init(uninitializedShape: shape, dtype: T.dtype)
    scalars.withUnsafeBufferPointer { src in
      storage.pointer.bindMemory(to: T.self, capacity: count)
        .update(from: src.baseAddress!, count: scalars.count)
    }
  }

  /// Like ``init(_:shape:)`` but throws `cannot reshape array of size 6 into shape (4,)`.
  public init<T: TensorElement>(validating scalars: [T], shape: [Int]) throws {
    try Tensor.checkShape(shape)
    guard shape.reduce(1, *) == scalars.count else {
      throw TensorError(.shape, "cannot reshape array of size \(scalars.count) into shape \(formatShape(shape))")
    }
    try MemoryGuard.check(shape: shape, dtype: T.dtype)
    self.init(scalars, shape: shape)
  }

  /// A rank-0 tensor holding one value.
  public init<T: TensorElement>(scalar: T) {
    self.init([scalar], shape: [])
  }

  /// A rank-0 tensor holding a Python scalar in `dtype` (or its natural type:
  /// bool, int64, float64).
  public init(_ scalar: Scalar, dtype: DType? = nil) {
    let natural: DType
    switch scalar {
    case .bool: natural = .bool
    case .int: natural = .int64
    case .float: natural = .float64
    }
    self.init(uninitializedShape: [], dtype: dtype ?? natural)
    switch (scalar, self.dtype) {
    case (.int(let i), .int64): pointer(Int.self).initialize(to: i)
    case (.bool(let b), .bool): pointer(Bool.self).initialize(to: b)
    case (.int(let i), .float64): pointer(Double.self).initialize(to: Double(i))
    case (.int(let i), .float32): pointer(Float.self).initialize(to: Float(i))
    case (.float(let d), .float32): pointer(Float.self).initialize(to: Float(d))
    case (.int(let i), .bool): pointer(Bool.self).initialize(to: i != 0)
    default:
      // bool to numbers, floats to int64/bool, float64 as is: the general conversion.
      let value = scalar.doubleValue
      switch self.dtype {
      case .bool: pointer(Bool.self).initialize(to: value != 0)
      case .int64: pointer(Int.self).initialize(to: floatToInt(value))
      case .float32: pointer(Float.self).initialize(to: Float(value))
      case .float64: pointer(Double.self).initialize(to: value)
      }
    }
  }

  /// Throws if a shape has a negative extent.
  static func checkShape(_ shape: [Int]) throws {
    if shape.contains(where: { $0 < 0 }) {
      throw TensorError(.value, "negative dimensions are not allowed")
    }
  }

  // MARK: - Raw access

  /// Calls `body` with the elements as a typed buffer.
  /// - Precondition: `T.dtype == dtype`.
  @inlinable
  public func withUnsafeBufferPointer<T: TensorElement, R>(
    as type: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> R
  ) rethrows -> R {
    precondition(T.dtype == dtype, "tensor holds \(dtype), not \(T.dtype)")
    let p = storage.pointer.assumingMemoryBound(to: T.self)
    return try body(UnsafeBufferPointer(start: p, count: count))
  }

  /// Calls `body` with the elements as a mutable typed buffer (copying the storage first if
  /// it is shared).
  /// - Precondition: `T.dtype == dtype`.
  @inlinable
  public mutating func withUnsafeMutableBufferPointer<T: TensorElement, R>(
    as type: T.Type, _ body: (UnsafeMutableBufferPointer<T>) throws -> R
  ) rethrows -> R {
    precondition(T.dtype == dtype, "tensor holds \(dtype), not \(T.dtype)")
    makeUnique()
    let p = storage.pointer.assumingMemoryBound(to: T.self)
    return try body(UnsafeMutableBufferPointer(start: p, count: count))
  }

  /// Typed pointer to the elements (internal; no uniqueness check).
  @inlinable func pointer<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
    storage.pointer.assumingMemoryBound(to: T.self)
  }

  /// The elements in row-major order, converted to `T` (`true` is 1; a float converted to
  /// `Int` truncates toward zero, to `Bool` tests `!= 0`).
  public func scalars<T: TensorElement>(as type: T.Type) -> [T] {
    let t = dtype == T.dtype ? self : astype(T.dtype)
    return t.withUnsafeBufferPointer(as: T.self) { Array($0) }
  }

  /// The single element of a one-element tensor, as a Double.
  /// - Precondition: `count == 1`.
  public var doubleValue: Double {
    precondition(count == 1, "only one-element tensors have a scalar value")
    return element(at: 0)
  }

  /// Element `i` (row-major) converted to Double.
  @inlinable public func element(at i: Int) -> Double {
    switch dtype {
    case .bool: return pointer(Bool.self)[i] ? 1 : 0
    case .int64: return Double(pointer(Int.self)[i])
    case .float32: return Double(pointer(Float.self)[i])
    case .float64: return pointer(Double.self)[i]
    }
  }

  /// Element `i` (row-major) as a Python scalar of the tensor's kind.
  public func scalar(at i: Int) -> Scalar {
    switch dtype {
    case .bool: return .bool(pointer(Bool.self)[i])
    case .int64: return .int(pointer(Int.self)[i])
    case .float32: return .float(Double(pointer(Float.self)[i]))
    case .float64: return .float(pointer(Double.self)[i])
    }
  }
}

// MARK: - Equality (same shape, dtype and elements; for tests)

extension Tensor: Equatable {
  /// Exact equality of shape, dtype and elements (NaN is not equal to NaN).
  public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
    guard lhs.shape == rhs.shape, lhs.dtype == rhs.dtype else { return false }
    func same<T: Equatable>(_: T.Type) -> Bool {
      let a = lhs.pointer(T.self), b = rhs.pointer(T.self)
      for i in 0..<lhs.count where a[i] != b[i] { return false }
      return true
    }
    switch lhs.dtype {
    case .bool: return same(Bool.self)
    case .int64: return same(Int.self)
    case .float32: return same(Float.self)
    case .float64: return same(Double.self)
    }
  }
}

extension Tensor: CustomStringConvertible {
  /// A short summary (`Tensor(float64, (2, 3))`); NumPy-style printing lives in MiniPy's library.
  public var description: String { "Tensor(\(dtype), \(formatShape(shape)))" }
}
