// MARK: - IDX files (MNIST, Fashion-MNIST)

/// The IDX format of LeCun's MNIST files: two zero bytes, an element-type code, the number of
/// dimensions, each dimension as a big-endian 32-bit integer, then the big-endian elements in
/// C order. Read from raw bytes or from `.gz` (recognised by its magic, not its name).
///
/// | code | element | as ``ArrayElements`` |
/// | ---- | ------- | -------------------- |
/// | 0x08 | unsigned byte | `.uint8` |
/// | 0x09 | signed byte | `.int8` |
/// | 0x0B | 16-bit integer | `.int16` |
/// | 0x0C | 32-bit integer | `.int32` |
/// | 0x0D | 32-bit float | `.float32` |
/// | 0x0E | 64-bit float | `.float64` |
public enum IDX {
  // MARK: - Reading

  /// Reads an IDX file, gzip-compressed or not.
  /// - Complexity: O(file size).
  public static func read(path: String) throws(DatasetError) -> NumericArray {
    try decode(FileBytes.read(path), source: path)
  }

  /// Decodes IDX bytes (gunzipping first if they start with the gzip magic).
  public static func decode(_ bytes: [UInt8], source: String = "<bytes>") throws(DatasetError)
    -> NumericArray
  {
    let raw = Compression.isGzip(bytes) ? try Compression.inflate(bytes, format: .gzip, source: source) : bytes
    var reader = ByteReader(raw, source: source)
    let zero = try reader.bigEndian(UInt16.self, "the magic number")
    let code = try reader.uint8("the magic number")
    let rank = Int(try reader.uint8("the magic number"))
    guard zero == 0 else {
      throw DatasetError(.corrupt, "not an IDX file (the first two bytes are not zero)", source: source)
    }
    var shape = [Int]()
    for axis in 0..<rank {
      shape.append(Int(try reader.bigEndian(UInt32.self, "dimension \(axis)")))
    }
    guard let count = checkedElementCount(shape) else {
      throw DatasetError(.corrupt, "shape \(shape) is impossibly large", source: source)
    }
    let size: Int
    switch code {
    case 0x08, 0x09: size = 1
    case 0x0B: size = 2
    case 0x0C, 0x0D: size = 4
    case 0x0E: size = 8
    default:
      throw DatasetError(
        .unsupported, "IDX element type 0x\(String(code, radix: 16)) is not one of 08 09 0B 0C 0D 0E",
        source: source)
    }
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow, total <= reader.remaining else {
      throw DatasetError(
        .corrupt,
        "file is truncated: shape \(shape) needs \(total) bytes of data, found \(reader.remaining)",
        source: source)
    }
    let data = try reader.take(total, "the data")
    let elements: ArrayElements
    switch code {
    case 0x08: elements = .uint8(Array(data))
    case 0x09: elements = .int8(decodeValues(data, count: count, as: Int8.self, bigEndian: true))
    case 0x0B: elements = .int16(decodeValues(data, count: count, as: Int16.self, bigEndian: true))
    case 0x0C: elements = .int32(decodeValues(data, count: count, as: Int32.self, bigEndian: true))
    case 0x0D: elements = .float32(decodeValues(data, count: count, as: Float.self, bigEndian: true))
    default: elements = .float64(decodeValues(data, count: count, as: Double.self, bigEndian: true))
    }
    return NumericArray(shape: shape, elements: elements)
  }

  // MARK: - Writing

  /// The IDX bytes of `array`. int64 and bool have no IDX code and are refused.
  public static func encode(_ array: NumericArray) throws(DatasetError) -> [UInt8] {
    var bytes: [UInt8] = [0, 0, 0, UInt8(array.shape.count)]
    let body: [UInt8]
    switch array.elements {
    case .uint8(let v): bytes[2] = 0x08; body = v
    case .int8(let v): bytes[2] = 0x09; body = encodeValues(v, bigEndian: true)
    case .int16(let v): bytes[2] = 0x0B; body = encodeValues(v, bigEndian: true)
    case .int32(let v): bytes[2] = 0x0C; body = encodeValues(v, bigEndian: true)
    case .float32(let v): bytes[2] = 0x0D; body = encodeValues(v, bigEndian: true)
    case .float64(let v): bytes[2] = 0x0E; body = encodeValues(v, bigEndian: true)
    case .int64, .bool:
      throw DatasetError(
        .unsupported, "IDX has no element type for \(array.elements.typeName)", source: "<IDX encoder>")
    }
    for extent in array.shape { bytes.appendBigEndian(UInt32(extent)) }
    return bytes + body
  }

  /// Writes `array` as IDX to `path`, gzip-compressed when `gzip` is true.
  public static func write(_ array: NumericArray, to path: String, gzip: Bool) throws(DatasetError) {
    let bytes = try encode(array)
    try FileBytes.write(gzip ? Compression.deflate(bytes, format: .gzip, level: 9) : bytes, to: path)
  }
}
