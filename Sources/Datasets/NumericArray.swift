// MARK: - A typed n-dimensional array, as files hold it

/// The elements of a ``NumericArray`` in the file's own element type.
public enum ArrayElements: Sendable, Equatable {
  case float64([Double])
  case float32([Float])
  case int64([Int])
  case int32([Int32])
  case int16([Int16])
  case int8([Int8])
  case uint8([UInt8])
  case bool([Bool])

  /// Number of elements.
  public var count: Int {
    switch self {
    case .float64(let v): return v.count
    case .float32(let v): return v.count
    case .int64(let v): return v.count
    case .int32(let v): return v.count
    case .int16(let v): return v.count
    case .int8(let v): return v.count
    case .uint8(let v): return v.count
    case .bool(let v): return v.count
    }
  }

  /// A short name for messages: NumPy's dtype name (`"float64"`, `"uint8"`, `"bool"`).
  public var typeName: String {
    switch self {
    case .float64: return "float64"
    case .float32: return "float32"
    case .int64: return "int64"
    case .int32: return "int32"
    case .int16: return "int16"
    case .int8: return "int8"
    case .uint8: return "uint8"
    case .bool: return "bool"
    }
  }

  /// Every element converted to `Double` (exact for all but int64 beyond 2⁵³).
  public var doubles: [Double] {
    switch self {
    case .float64(let v): return v
    case .float32(let v): return v.map(Double.init)
    case .int64(let v): return v.map(Double.init)
    case .int32(let v): return v.map(Double.init)
    case .int16(let v): return v.map(Double.init)
    case .int8(let v): return v.map(Double.init)
    case .uint8(let v): return v.map(Double.init)
    case .bool(let v): return v.map { $0 ? 1 : 0 }
    }
  }

  /// Every element converted to `Float`.
  public var floats: [Float] {
    switch self {
    case .float32(let v): return v
    case .float64(let v): return v.map(Float.init)
    case .int64(let v): return v.map(Float.init)
    case .int32(let v): return v.map(Float.init)
    case .int16(let v): return v.map(Float.init)
    case .int8(let v): return v.map(Float.init)
    case .uint8(let v): return v.map(Float.init)
    case .bool(let v): return v.map { $0 ? 1 : 0 }
    }
  }

  /// Integer and boolean elements as `Int`; `nil` for floating-point arrays.
  public var ints: [Int]? {
    switch self {
    case .float64, .float32: return nil
    case .int64(let v): return v
    case .int32(let v): return v.map(Int.init)
    case .int16(let v): return v.map(Int.init)
    case .int8(let v): return v.map(Int.init)
    case .uint8(let v): return v.map(Int.init)
    case .bool(let v): return v.map { $0 ? 1 : 0 }
    }
  }
}

/// An n-dimensional array read from or written to a file (NPY, NPZ, IDX): a shape and the
/// elements in C (row-major) order. No tensor type is involved; callers convert.
public struct NumericArray: Sendable, Equatable {
  /// The extent of each dimension; `[]` for a scalar (one element).
  public var shape: [Int]
  public var elements: ArrayElements

  /// - Precondition: the product of `shape` equals `elements.count`.
  public init(shape: [Int], elements: ArrayElements) {
    precondition(
      shape.allSatisfy { $0 >= 0 } && shape.reduce(1, *) == elements.count,
      "shape \(shape) does not hold \(elements.count) elements")
    self.shape = shape
    self.elements = elements
  }

  /// Number of elements (the product of `shape`).
  public var count: Int { elements.count }
}

// MARK: - Little- and big-endian byte helpers

extension Array where Element == UInt8 {
  /// Appends the little-endian bytes of a fixed-width integer.
  @inline(__always)
  mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    var v = value.littleEndian
    Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
  }

  /// Appends the big-endian bytes of a fixed-width integer.
  @inline(__always)
  mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
    var v = value.bigEndian
    Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
  }
}

/// The product of `shape`, or `nil` if it overflows `Int` (a corrupt header).
func checkedElementCount(_ shape: [Int]) -> Int? {
  var total = 1
  for extent in shape {
    let (product, overflow) = total.multipliedReportingOverflow(by: extent)
    if overflow || extent < 0 { return nil }
    total = product
  }
  return total
}

/// A cursor over bytes that throws a "truncated" error naming the source when it runs out.
struct ByteReader {
  let bytes: [UInt8]
  var offset: Int
  let source: String

  init(_ bytes: [UInt8], source: String, offset: Int = 0) {
    self.bytes = bytes
    self.source = source
    self.offset = offset
  }

  var remaining: Int { bytes.count - offset }

  func truncated(_ what: String) -> DatasetError {
    DatasetError(
      .corrupt, "file is truncated: \(what) needs more bytes than the \(bytes.count) present",
      source: source)
  }

  mutating func take(_ n: Int, _ what: String) throws(DatasetError) -> ArraySlice<UInt8> {
    guard n >= 0, n <= remaining else { throw truncated(what) }
    defer { offset += n }
    return bytes[offset..<(offset + n)]
  }

  mutating func uint8(_ what: String) throws(DatasetError) -> UInt8 {
    guard remaining >= 1 else { throw truncated(what) }
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func bigEndian<T: FixedWidthInteger>(_: T.Type, _ what: String) throws(DatasetError) -> T {
    let slice = try take(MemoryLayout<T>.size, what)
    return slice.reduce(T.zero) { $0 << 8 | T($1) }
  }

  /// A 64-bit little-endian size or offset as `Int`, refusing values no file can have.
  mutating func littleEndianSize(_ what: String) throws(DatasetError) -> Int {
    let value = try littleEndian(UInt64.self, what)
    guard value <= UInt64(Int32.max) * 1024 else {
      throw DatasetError(.corrupt, "\(what) is impossibly large (\(value))", source: source)
    }
    return Int(value)
  }

  mutating func littleEndian<T: FixedWidthInteger>(_: T.Type, _ what: String) throws(DatasetError) -> T {
    let slice = try take(MemoryLayout<T>.size, what)
    return slice.reversed().reduce(T.zero) { $0 << 8 | T($1) }
  }
}

/// Reinterprets raw bytes as `count` values of a trivial type, byte-swapping from the file's
/// order when `bigEndian` differs from the machine's (little-endian on every platform we run).
func decodeValues<T>(
  _ bytes: ArraySlice<UInt8>, count: Int, as type: T.Type, bigEndian: Bool
) -> [T] {
  let size = MemoryLayout<T>.stride
  precondition(bytes.count == count * size)
  var raw = [UInt8](bytes)
  if bigEndian && size > 1 {
    for i in 0..<count { raw[(i * size)..<((i + 1) * size)].reverse() }
  }
  return raw.withUnsafeBytes { buffer in
    [T](unsafeUninitializedCapacity: count) { out, initialized in
      if count > 0 {
        _ = buffer.copyBytes(to: UnsafeMutableRawBufferPointer(out), count: count * size)
      }
      initialized = count
    }
  }
}

/// The raw bytes of values of a trivial type, byte-swapped to big-endian when asked.
func encodeValues<T>(_ values: [T], bigEndian: Bool) -> [UInt8] {
  let size = MemoryLayout<T>.stride
  var raw = values.withUnsafeBytes { [UInt8]($0) }
  if bigEndian && size > 1 {
    for i in 0..<values.count { raw[(i * size)..<((i + 1) * size)].reverse() }
  }
  return raw
}
