// MARK: - PNG

/// PNG images (ISO/IEC 15948): every colour type (gray, RGB, palette, gray + alpha, RGBA), bit
/// depths 1, 2, 4, 8 and 16, all five row filters, Adam7 interlacing, chunk CRCs checked.
/// Decoding gives an 8-bit ``Image``; encoding writes 8-bit images (for tests and exports).
public enum PNG {
  static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  /// A row filter (the byte before each scanline).
  public enum Filter: UInt8, Sendable, CaseIterable {
    case none = 0, sub = 1, up = 2, average = 3, paeth = 4
  }

  // MARK: - Decoding

  /// Reads the PNG file at `path`.
  public static func read(path: String) throws(DatasetError) -> Image {
    try decode(FileBytes.read(path), source: path)
  }

  /// Decodes PNG bytes; `source` names them in errors.
  /// - Complexity: O(compressed size + width × height × channels).
  public static func decode(_ bytes: [UInt8], source: String = "<bytes>") throws(DatasetError) -> Image {
    guard bytes.count >= 8, Array(bytes[0..<8]) == signature else {
      throw DatasetError(.corrupt, "not a PNG file (the 8-byte signature is missing)", source: source)
    }
    var reader = ByteReader(bytes, source: source, offset: 8)
    var header: Header?
    var palette = [UInt8]()
    var transparency = [UInt8]()
    var idat = [UInt8]()
    var sawEnd = false
    while !sawEnd {
      let length = Int(try reader.bigEndian(UInt32.self, "a chunk length"))
      let typeAndBody = try reader.take(4 + length, "a chunk")
      let storedCRC = try reader.bigEndian(UInt32.self, "a chunk CRC")
      let type = String(decoding: typeAndBody.prefix(4), as: UTF8.self)
      guard Compression.crc32(typeAndBody) == storedCRC else {
        throw DatasetError(.corrupt, "chunk \(type) has a bad CRC (the file is damaged)", source: source)
      }
      let body = Array(typeAndBody.dropFirst(4))
      switch type {
      case "IHDR": header = try Header(body, source: source)
      case "PLTE": palette = body
      case "tRNS": transparency = body
      case "IDAT": idat += body
      case "IEND": sawEnd = true
      default:
        // Ancillary chunks (lower-case first letter) are skipped; unknown critical ones refused.
        if let first = typeAndBody.first, first & 0x20 == 0 {
          throw DatasetError(.unsupported, "unknown critical chunk \(type)", source: source)
        }
      }
      if header == nil {
        throw DatasetError(.corrupt, "the first chunk is \(type), not IHDR", source: source)
      }
    }
    guard let header else { throw DatasetError(.corrupt, "no IHDR chunk", source: source) }
    guard !idat.isEmpty else { throw DatasetError(.corrupt, "no image data (IDAT chunk)", source: source) }
    if header.colorType == 3 && palette.isEmpty {
      throw DatasetError(.corrupt, "palette image without a PLTE chunk", source: source)
    }
    let raw = try Compression.inflate(idat, format: .zlib, source: source)
    let samples = try header.unfilter(raw, source: source)
    return try header.expand(samples, palette: palette, transparency: transparency, source: source)
  }

  /// The IHDR fields and what follows from them.
  struct Header {
    var width: Int
    var height: Int
    var bitDepth: Int
    var colorType: Int
    var interlaced: Bool

    /// Samples per pixel in the file (palette: 1 index).
    var samplesPerPixel: Int {
      switch colorType {
      case 0, 3: return 1
      case 4: return 2
      case 2: return 3
      default: return 4
      }
    }
    var bitsPerPixel: Int { samplesPerPixel * bitDepth }
    /// Bytes back to the corresponding byte of the previous pixel (at least 1).
    var filterStride: Int { max(1, bitsPerPixel / 8) }
    func rowBytes(_ w: Int) -> Int { (w * bitsPerPixel + 7) / 8 }

    init(_ body: [UInt8], source: String) throws(DatasetError) {
      guard body.count == 13 else { throw DatasetError(.corrupt, "IHDR has \(body.count) bytes, not 13", source: source) }
      func be32(_ i: Int) -> Int { body[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
      width = be32(0)
      height = be32(4)
      bitDepth = Int(body[8])
      colorType = Int(body[9])
      interlaced = body[12] == 1
      guard width > 0, height > 0, width <= 1 << 16, height <= 1 << 16 else {
        throw DatasetError(.unsupported, "image size \(width)x\(height) is out of range", source: source)
      }
      let allowed: [Int: [Int]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
      guard let depths = allowed[colorType] else {
        throw DatasetError(.corrupt, "invalid colour type \(colorType)", source: source)
      }
      guard depths.contains(bitDepth) else {
        throw DatasetError(.corrupt, "bit depth \(bitDepth) is invalid for colour type \(colorType)", source: source)
      }
      guard body[10] == 0, body[11] == 0, body[12] <= 1 else {
        throw DatasetError(.corrupt, "unknown compression, filter or interlace method", source: source)
      }
    }

    /// The Adam7 passes: (x0, y0, dx, dy); a single full pass when not interlaced.
    var passes: [(Int, Int, Int, Int)] {
      interlaced
        ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
        : [(0, 0, 1, 1)]
    }

    /// Undoes the row filters and de-interlaces: one sample value per (pixel, sample), row-major,
    /// still at the file's bit depth.
    func unfilter(_ raw: [UInt8], source: String) throws(DatasetError) -> [UInt16] {
      // Check the decompressed size before allocating the image.
      var expected = 0
      for (x0, y0, dx, dy) in passes {
        let passWidth = (width - x0 + dx - 1) / dx, passHeight = (height - y0 + dy - 1) / dy
        if passWidth > 0 && passHeight > 0 { expected += passHeight * (1 + rowBytes(passWidth)) }
      }
      guard raw.count >= expected else {
        throw DatasetError(
          .corrupt, "image data is truncated: \(width)x\(height) needs \(expected) bytes of scanlines, found \(raw.count)",
          source: source)
      }
      var out = [UInt16](repeating: 0, count: width * height * samplesPerPixel)
      var offset = 0
      let bpp = filterStride
      for (x0, y0, dx, dy) in passes {
        let passWidth = (width - x0 + dx - 1) / dx
        let passHeight = (height - y0 + dy - 1) / dy
        if passWidth <= 0 || passHeight <= 0 { continue }
        let stride = rowBytes(passWidth)
        var previous = [UInt8](repeating: 0, count: stride)
        var current = [UInt8](repeating: 0, count: stride)
        for row in 0..<passHeight {
          guard offset + 1 + stride <= raw.count else {
            throw DatasetError(
              .corrupt, "image data is truncated (row \(row) of \(passHeight)\(interlaced ? " in an interlace pass" : ""))",
              source: source)
          }
          let filterByte = raw[offset]
          guard let filter = Filter(rawValue: filterByte) else {
            throw DatasetError(.corrupt, "row \(row) has unknown filter type \(filterByte)", source: source)
          }
          for i in 0..<stride {
            let x = raw[offset + 1 + i]
            let a = i >= bpp ? current[i - bpp] : 0
            let b = previous[i]
            let c = i >= bpp ? previous[i - bpp] : 0
            current[i] = x &+ PNG.predict(filter, a, b, c)
          }
          offset += 1 + stride
          // Unpack samples of this row into the image.
          let y = y0 + row * dy
          for px in 0..<passWidth {
            let x = x0 + px * dx
            for s in 0..<samplesPerPixel {
              let sampleIndex = px * samplesPerPixel + s
              let value: UInt16
              switch bitDepth {
              case 16: value = UInt16(current[2 * sampleIndex]) << 8 | UInt16(current[2 * sampleIndex + 1])
              case 8: value = UInt16(current[sampleIndex])
              default:
                let bit = sampleIndex * bitDepth
                let byte = current[bit / 8]
                let shift = 8 - bitDepth - bit % 8
                value = UInt16((byte >> UInt8(shift)) & UInt8((1 << bitDepth) - 1))
              }
              out[(y * width + x) * samplesPerPixel + s] = value
            }
          }
          swap(&previous, &current)
        }
      }
      return out
    }

    /// Converts samples to 8-bit channels: palette to RGB(A), 16-bit to the high byte,
    /// 1/2/4-bit gray scaled to 0…255.
    func expand(_ samples: [UInt16], palette: [UInt8], transparency: [UInt8], source: String)
      throws(DatasetError) -> Image
    {
      let count = width * height
      switch colorType {
      case 3:
        let entries = palette.count / 3
        let alpha = !transparency.isEmpty
        let channels = alpha ? 4 : 3
        var pixels = [UInt8](repeating: 0, count: count * channels)
        for i in 0..<count {
          let index = Int(samples[i])
          guard index < entries else {
            throw DatasetError(
              .corrupt, "pixel uses palette entry \(index) but the palette has \(entries)", source: source)
          }
          pixels[i * channels] = palette[3 * index]
          pixels[i * channels + 1] = palette[3 * index + 1]
          pixels[i * channels + 2] = palette[3 * index + 2]
          if alpha { pixels[i * channels + 3] = index < transparency.count ? transparency[index] : 255 }
        }
        return Image(width: width, height: height, channels: channels, pixels: pixels)
      default:
        let channels = samplesPerPixel
        let pixels: [UInt8]
        switch bitDepth {
        case 16: pixels = samples.map { UInt8($0 >> 8) }
        case 8: pixels = samples.map { UInt8($0) }
        default:
          let scale = 255 / ((1 << bitDepth) - 1)
          pixels = samples.map { UInt8(Int($0) * scale) }
        }
        return Image(width: width, height: height, channels: channels, pixels: pixels)
      }
    }
  }

  /// The filter predictor for byte `x` from left `a`, up `b`, upper-left `c`.
  @inline(__always)
  static func predict(_ filter: Filter, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
    switch filter {
    case .none: return 0
    case .sub: return a
    case .up: return b
    case .average: return UInt8((Int(a) + Int(b)) / 2)
    case .paeth:
      let p = Int(a) + Int(b) - Int(c)
      let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
      if pa <= pb && pa <= pc { return a }
      return pb <= pc ? b : c
    }
  }

  // MARK: - Encoding

  /// The PNG bytes of an 8-bit image (gray, gray + alpha, RGB or RGBA), not interlaced.
  /// - Parameter filter: one filter for every row, or `nil` to choose per row by the usual
  ///   minimum-sum-of-absolute-differences rule.
  public static func encode(_ image: Image, filter: Filter? = nil, level: Int = 6) -> [UInt8] {
    let colorType: UInt8 = [1: 0, 2: 4, 3: 2, 4: 6][image.channels]!
    var ihdr = [UInt8]()
    ihdr.appendBigEndian(UInt32(image.width))
    ihdr.appendBigEndian(UInt32(image.height))
    ihdr += [8, colorType, 0, 0, 0]
    let raw = filterRows(
      image.pixels, rowBytes: image.width * image.channels, rows: image.height,
      bytesPerPixel: image.channels, filter: filter)
    return assemble(ihdr: ihdr, chunks: [("IDAT", Compression.deflate(raw, format: .zlib, level: level))])
  }

  /// Applies row filters to raw scanlines (each row prefixed by its filter byte).
  static func filterRows(
    _ data: [UInt8], rowBytes: Int, rows: Int, bytesPerPixel bpp: Int, filter: Filter?
  ) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(rows * (rowBytes + 1))
    let zeros = [UInt8](repeating: 0, count: rowBytes)
    for y in 0..<rows {
      let row = Array(data[(y * rowBytes)..<((y + 1) * rowBytes)])
      let previous = y > 0 ? Array(data[((y - 1) * rowBytes)..<(y * rowBytes)]) : zeros
      func apply(_ f: Filter) -> [UInt8] {
        (0..<rowBytes).map { i in
          let a = i >= bpp ? row[i - bpp] : 0
          let c = i >= bpp ? previous[i - bpp] : 0
          return row[i] &- predict(f, a, previous[i], c)
        }
      }
      let chosen: (Filter, [UInt8])
      if let filter {
        chosen = (filter, apply(filter))
      } else {
        chosen = Filter.allCases.map { ($0, apply($0)) }.min { lhs, rhs in
          func cost(_ r: [UInt8]) -> Int { r.reduce(0) { $0 + abs(Int(Int8(bitPattern: $1))) } }
          return cost(lhs.1) < cost(rhs.1)
        }!
      }
      out.append(chosen.0.rawValue)
      out += chosen.1
    }
    return out
  }

  /// Signature + IHDR + the given chunks + IEND, each with its length and CRC.
  static func assemble(ihdr: [UInt8], chunks: [(String, [UInt8])]) -> [UInt8] {
    var bytes = signature
    for (type, body) in [("IHDR", ihdr)] + chunks + [("IEND", [])] {
      let typeAndBody = Array(type.utf8) + body
      bytes.appendBigEndian(UInt32(body.count))
      bytes += typeAndBody
      bytes.appendBigEndian(Compression.crc32(typeAndBody))
    }
    return bytes
  }

  /// Writes `image` as a PNG file.
  public static func write(_ image: Image, to path: String) throws(DatasetError) {
    try FileBytes.write(encode(image), to: path)
  }
}
