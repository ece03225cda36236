// MARK: - 8-bit raster images

/// An 8-bit image: `height` rows of `width` pixels of `channels` bytes, row-major
/// (`pixels[(y * width + x) * channels + c]`, shape `[height, width, channels]`).
///
/// Channels: 1 gray, 2 gray + alpha, 3 RGB, 4 RGBA. Decoders that meet more than 8 bits per
/// sample keep the high byte; palette images are expanded to RGB (RGBA when the palette has
/// transparency).
public struct Image: Sendable, Equatable {
  public var width: Int
  public var height: Int
  public var channels: Int
  public var pixels: [UInt8]

  /// - Precondition: `channels` is 1…4 and `pixels.count == width * height * channels`.
  public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
    precondition((1...4).contains(channels), "an image has 1 to 4 channels, not \(channels)")
    precondition(width >= 0 && height >= 0 && pixels.count == width * height * channels,
      "\(width)x\(height)x\(channels) image needs \(width * height * channels) bytes, got \(pixels.count)")
    self.width = width
    self.height = height
    self.channels = channels
    self.pixels = pixels
  }

  /// `[height, width, channels]`.
  public var shape: [Int] { [height, width, channels] }

  /// The sample at row `y`, column `x`, channel `c`.
  public subscript(y: Int, x: Int, c: Int) -> UInt8 {
    pixels[(y * width + x) * channels + c]
  }

  /// The image as one gray channel: RGB by ITU-R 601 luma `0.299 R + 0.587 G + 0.114 B`
  /// (as PIL's `convert("L")`), alpha dropped.
  public func grayscale() -> Image {
    if channels == 1 { return self }
    var out = [UInt8](repeating: 0, count: width * height)
    for i in 0..<(width * height) {
      let p = i * channels
      if channels <= 2 {
        out[i] = pixels[p]
      } else {
        let y = 0.299 * Double(pixels[p]) + 0.587 * Double(pixels[p + 1]) + 0.114 * Double(pixels[p + 2])
        out[i] = UInt8(min(255, y.rounded()))
      }
    }
    return Image(width: width, height: height, channels: 1, pixels: out)
  }
}

// MARK: - Reading any supported image file

extension Image {
  /// Reads a PNG, PGM or PPM file, recognised by its first bytes (not its name).
  public static func read(path: String) throws(DatasetError) -> Image {
    let bytes = try FileBytes.read(path)
    if bytes.starts(with: PNG.signature) { return try PNG.decode(bytes, source: path) }
    if bytes.count >= 2, bytes[0] == UInt8(ascii: "P") { return try PNM.decode(bytes, source: path) }
    throw DatasetError(.unsupported, "not a PNG, PGM or PPM image", source: path)
  }
}
