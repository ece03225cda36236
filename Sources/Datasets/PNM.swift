// MARK: - PGM and PPM (Netpbm)

/// Netpbm gray and colour images: P2 (PGM text), P5 (PGM binary), P3 (PPM text), P6 (PPM
/// binary). Comments (`#` to end of line) may appear anywhere in the header (and between text
/// samples). A maximum value other than 255 is rescaled to 0…255 (`v * 255 / maxval`,
/// rounded); binary files with maxval > 255 use two big-endian bytes per sample.
public enum PNM {
  /// Reads a PGM or PPM file.
  public static func read(path: String) throws(DatasetError) -> Image {
    try decode(FileBytes.read(path), source: path)
  }

  /// Decodes PGM/PPM bytes.
  /// - Complexity: O(file size).
  public static func decode(_ bytes: [UInt8], source: String = "<bytes>") throws(DatasetError) -> Image {
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "P") else {
      throw DatasetError(.corrupt, "not a PGM/PPM file (it does not start with P2, P3, P5 or P6)", source: source)
    }
    let kind = bytes[1]
    let channels: Int
    let binary: Bool
    switch kind {
    case UInt8(ascii: "2"): (channels, binary) = (1, false)
    case UInt8(ascii: "5"): (channels, binary) = (1, true)
    case UInt8(ascii: "3"): (channels, binary) = (3, false)
    case UInt8(ascii: "6"): (channels, binary) = (3, true)
    default:
      throw DatasetError(
        .unsupported, "Netpbm type P\(Character(UnicodeScalar(kind))) is not supported (P2, P3, P5 and P6 are)",
        source: source)
    }
    var position = 2
    var line = 1

    /// The next whitespace-separated decimal number, skipping comments.
    func nextNumber(_ what: String) throws(DatasetError) -> Int {
      while position < bytes.count {
        let b = bytes[position]
        if b == UInt8(ascii: "#") {
          while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
        } else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n") {
          if b == UInt8(ascii: "\n") { line += 1 }
          position += 1
        } else {
          break
        }
      }
      guard position < bytes.count else {
        throw DatasetError(.corrupt, "file is truncated: \(what) is missing", source: source, line: line)
      }
      var value = 0
      var digits = 0
      while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
        value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
        position += 1
        digits += 1
        if value > 1 << 30 {
          throw DatasetError(.corrupt, "\(what) is too large", source: source, line: line)
        }
      }
      guard digits > 0 else {
        throw DatasetError(
          .corrupt, "expected a number for \(what), found '\(Character(UnicodeScalar(bytes[position])))'",
          source: source, line: line)
      }
      return value
    }

    let width = try nextNumber("the width")
    let height = try nextNumber("the height")
    let maxValue = try nextNumber("the maximum value")
    guard width > 0, height > 0 else {
      throw DatasetError(.corrupt, "image size \(width)x\(height) is empty", source: source, line: line)
    }
    guard (1...65535).contains(maxValue) else {
      throw DatasetError(.corrupt, "maximum value \(maxValue) is not in 1…65535", source: source, line: line)
    }
    let count = width * height * channels
    func scaled(_ v: Int) -> UInt8 {
      maxValue == 255 ? UInt8(min(v, 255)) : UInt8(min(255, (v * 255 + maxValue / 2) / maxValue))
    }
    // Every text sample takes at least two bytes and every binary one at least one.
    guard count <= bytes.count else {
      throw DatasetError(
        .corrupt, "file is truncated: \(width)x\(height) needs \(count) samples, the file has \(bytes.count) bytes",
        source: source)
    }
    var pixels = [UInt8](repeating: 0, count: count)
    if binary {
      position += 1  // the single whitespace byte after maxval
      let sampleBytes = maxValue > 255 ? 2 : 1
      guard bytes.count - position >= count * sampleBytes else {
        throw DatasetError(
          .corrupt,
          "file is truncated: \(width)x\(height)\(channels == 3 ? " RGB" : "") needs \(count * sampleBytes) bytes of pixels, found \(max(0, bytes.count - position))",
          source: source)
      }
      for i in 0..<count {
        let v = sampleBytes == 1
          ? Int(bytes[position + i])
          : Int(bytes[position + 2 * i]) << 8 | Int(bytes[position + 2 * i + 1])
        guard v <= maxValue else {
          throw DatasetError(.corrupt, "sample \(i) is \(v), above the maximum \(maxValue)", source: source)
        }
        pixels[i] = scaled(v)
      }
    } else {
      for i in 0..<count {
        let v = try nextNumber("sample \(i + 1) of \(count)")
        guard v <= maxValue else {
          throw DatasetError(.corrupt, "sample \(v) is above the maximum \(maxValue)", source: source, line: line)
        }
        pixels[i] = scaled(v)
      }
    }
    return Image(width: width, height: height, channels: channels, pixels: pixels)
  }

  /// Binary PGM (P5) for a 1-channel image, PPM (P6) for 3 channels; maxval 255.
  /// - Precondition: `image.channels` is 1 or 3.
  public static func encode(_ image: Image) -> [UInt8] {
    precondition(image.channels == 1 || image.channels == 3, "PGM/PPM hold 1 or 3 channels")
    let header = "P\(image.channels == 1 ? 5 : 6)\n\(image.width) \(image.height)\n255\n"
    return Array(header.utf8) + image.pixels
  }
}
