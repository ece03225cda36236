import Foundation

// MARK: - NumPy .npy files

/// NumPy's `.npy` format, versions 1.0, 2.0 and 3.0 (read) and 1.0/2.0 (write): the
/// `\x93NUMPY` magic, a Python-literal header dictionary, then the raw little-endian elements
/// in C order.
///
/// Supported dtypes: `<f8 <f4 <i8 <i4 <i2 |i1 |u1 |b1` (the last three also spelled with `<`
/// or `=`). Fortran order, big-endian data, other dtypes and object arrays are refused with a
/// message naming the file and what it holds.
public enum NPY {
  static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // "\x93NUMPY"

  // MARK: - Reading

  /// Reads the `.npy` file at `path`.
  public static func read(path: String) throws(DatasetError) -> NumericArray {
    try decode(FileBytes.read(path), source: path)
  }

  /// Decodes `.npy` bytes; `source` names them in errors.
  public static func decode(_ bytes: [UInt8], source: String = "<bytes>") throws(DatasetError)
    -> NumericArray
  {
    var reader = ByteReader(bytes, source: source)
    guard bytes.count >= 8, Array(bytes[0..<6]) == magic else {
      throw DatasetError(.corrupt, "not a .npy file (the magic string \\x93NUMPY is missing)", source: source)
    }
    reader.offset = 6
    let major = try reader.uint8("version")
    _ = try reader.uint8("version")
    let headerLength: Int
    switch major {
    case 1: headerLength = Int(try reader.littleEndian(UInt16.self, "header length"))
    case 2, 3: headerLength = Int(try reader.littleEndian(UInt32.self, "header length"))
    default:
      throw DatasetError(.unsupported, ".npy format version \(major) is not supported (1, 2 or 3 are)", source: source)
    }
    let headerBytes = try reader.take(headerLength, "the header")
    guard let header = String(bytes: headerBytes, encoding: major == 3 ? .utf8 : .isoLatin1) else {
      throw DatasetError(.corrupt, "the header is not text", source: source)
    }
    let (descr, fortranOrder, shape) = try parseHeader(header, source: source)
    if fortranOrder {
      throw DatasetError(
        .unsupported, "arrays in Fortran order are not supported; save with np.ascontiguousarray(a)",
        source: source)
    }
    guard let count = checkedElementCount(shape) else {
      throw DatasetError(.corrupt, "shape \(formatShape(shape)) is impossibly large", source: source)
    }
    let (size, make) = try elementDecoder(descr, source: source)
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow, total <= reader.remaining else {
      throw DatasetError(
        .corrupt,
        "file is truncated: shape \(formatShape(shape)) of \(descr) needs \(count * size) bytes of data, "
          + "found \(reader.remaining)", source: source)
    }
    let data = try reader.take(total, "the data")
    return NumericArray(shape: shape, elements: make(data, count))
  }

  /// The element size and a decoder for a supported dtype string.
  private static func elementDecoder(_ descr: String, source: String) throws(DatasetError)
    -> (Int, (ArraySlice<UInt8>, Int) -> ArrayElements)
  {
    switch descr {
    case "<f8", "=f8": return (8, { .float64(decodeValues($0, count: $1, as: Double.self, bigEndian: false)) })
    case "<f4", "=f4": return (4, { .float32(decodeValues($0, count: $1, as: Float.self, bigEndian: false)) })
    case "<i8", "=i8": return (8, { .int64(decodeValues($0, count: $1, as: Int.self, bigEndian: false)) })
    case "<i4", "=i4": return (4, { .int32(decodeValues($0, count: $1, as: Int32.self, bigEndian: false)) })
    case "<i2", "=i2": return (2, { .int16(decodeValues($0, count: $1, as: Int16.self, bigEndian: false)) })
    case "|i1", "<i1", "=i1": return (1, { .int8(decodeValues($0, count: $1, as: Int8.self, bigEndian: false)) })
    case "|u1", "<u1", "=u1": return (1, { data, _ in .uint8(Array(data)) })
    case "|b1", "<b1", "=b1": return (1, { data, _ in .bool(data.map { $0 != 0 }) })
    default:
      throw DatasetError(
        .unsupported,
        "dtype '\(descr)' is not supported (float64, float32, int64, int32, int16, int8, uint8 and bool are)",
        source: source)
    }
  }

  /// Parses `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }`.
  static func parseHeader(_ header: String, source: String) throws(DatasetError)
    -> (descr: String, fortranOrder: Bool, shape: [Int])
  {
    func bad(_ what: String) -> DatasetError {
      DatasetError(.corrupt, "malformed .npy header (\(what)): \(header.trimmingCharacters(in: .whitespacesAndNewlines))", source: source)
    }
    func value(of key: String) -> Substring? {
      for quote in ["'", "\""] {
        if let range = header.range(of: "\(quote)\(key)\(quote)") {
          var rest = header[range.upperBound...].drop { $0 == " " }
          guard rest.first == ":" else { return nil }
          rest = rest.dropFirst().drop { $0 == " " }
          return rest
        }
      }
      return nil
    }
    if let descrValue = value(of: "descr"), descrValue.first == "[" {
      throw DatasetError(.unsupported, "structured (record) dtypes are not supported", source: source)
    }
    guard let descrValue = value(of: "descr"), let quote = descrValue.first, quote == "'" || quote == "\"",
      let end = descrValue.dropFirst().firstIndex(of: quote)
    else { throw bad("no 'descr' string") }
    let descr = String(descrValue[descrValue.index(after: descrValue.startIndex)..<end])
    guard let fortranValue = value(of: "fortran_order") else { throw bad("no 'fortran_order'") }
    let fortran: Bool
    if fortranValue.hasPrefix("True") {
      fortran = true
    } else if fortranValue.hasPrefix("False") {
      fortran = false
    } else {
      throw bad("'fortran_order' is not True or False")
    }
    guard let shapeValue = value(of: "shape"), shapeValue.first == "(",
      let close = shapeValue.firstIndex(of: ")")
    else { throw bad("no 'shape' tuple") }
    let inside = shapeValue[shapeValue.index(after: shapeValue.startIndex)..<close]
    var shape = [Int]()
    for part in inside.split(separator: ",") {
      let trimmed = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "L", with: "")
      if trimmed.isEmpty { continue }
      guard let extent = Int(trimmed), extent >= 0 else { throw bad("shape entry '\(trimmed)'") }
      shape.append(extent)
    }
    return (descr, fortran, shape)
  }

  // MARK: - Writing

  /// The dtype string NumPy writes for these elements.
  static func descr(_ elements: ArrayElements) -> String {
    switch elements {
    case .float64: return "<f8"
    case .float32: return "<f4"
    case .int64: return "<i8"
    case .int32: return "<i4"
    case .int16: return "<i2"
    case .int8: return "|i1"
    case .uint8: return "|u1"
    case .bool: return "|b1"
    }
  }

  /// `()`, `(3,)`, `(3, 4)` — Python's tuple spelling, as NumPy writes it.
  static func formatShape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// The `.npy` bytes of `array`, exactly as `np.save` lays them out: version 1.0 (2.0 if the
  /// header exceeds 65,535 bytes), header padded with spaces to a multiple of 64 bytes and
  /// ended by a newline.
  public static func encode(_ array: NumericArray) -> [UInt8] {
    var dict = "{'descr': '\(descr(array.elements))', 'fortran_order': False, 'shape': \(formatShape(array.shape)), }"
    var prefixLength = 10
    if dict.utf8.count + 1 + prefixLength > 65_535 + 10 { prefixLength = 12 }
    let padding = 64 - (prefixLength + dict.utf8.count + 1) % 64  // NumPy pads 64 when already aligned
    dict += String(repeating: " ", count: padding) + "\n"
    var bytes = magic
    if prefixLength == 10 {
      bytes += [1, 0]
      bytes.appendLittleEndian(UInt16(dict.utf8.count))
    } else {
      bytes += [2, 0]
      bytes.appendLittleEndian(UInt32(dict.utf8.count))
    }
    bytes += Array(dict.utf8)
    switch array.elements {
    case .float64(let v): bytes += encodeValues(v, bigEndian: false)
    case .float32(let v): bytes += encodeValues(v, bigEndian: false)
    case .int64(let v): bytes += encodeValues(v, bigEndian: false)
    case .int32(let v): bytes += encodeValues(v, bigEndian: false)
    case .int16(let v): bytes += encodeValues(v, bigEndian: false)
    case .int8(let v): bytes += encodeValues(v, bigEndian: false)
    case .uint8(let v): bytes += v
    case .bool(let v): bytes += v.map { $0 ? 1 : 0 }
    }
    return bytes
  }

  /// Writes `array` to `path` as `.npy` (atomically).
  public static func write(_ array: NumericArray, to path: String) throws(DatasetError) {
    try FileBytes.write(encode(array), to: path)
  }
}
