import Testing

@testable import Datasets

/// A deterministic test image with structure (gradients) and noise, so every filter matters.
func testImage(width: Int, height: Int, channels: Int, seed: UInt32 = 1) -> Image {
  var state = seed
  var pixels = [UInt8]()
  for y in 0..<height {
    for x in 0..<width {
      for c in 0..<channels {
        state = state &* 1_664_525 &+ 1_013_904_223
        pixels.append(UInt8(truncatingIfNeeded: x * 7 + y * 3 + c * 50) &+ UInt8(truncatingIfNeeded: state >> 29))
      }
    }
  }
  return Image(width: width, height: height, channels: channels, pixels: pixels)
}

/// Builds a PNG from already-packed scanlines (filter byte 0 is prepended to each row).
func pngFromScanlines(
  width: Int, height: Int, bitDepth: UInt8, colorType: UInt8, rows: [[UInt8]], interlaced: Bool = false,
  extra: [(String, [UInt8])] = []
) -> [UInt8] {
  var ihdr = [UInt8]()
  ihdr.appendBigEndian(UInt32(width))
  ihdr.appendBigEndian(UInt32(height))
  ihdr += [bitDepth, colorType, 0, 0, interlaced ? 1 : 0]
  let raw: [UInt8] = rows.flatMap { [UInt8(0)] + $0 }
  return PNG.assemble(ihdr: ihdr, chunks: extra + [("IDAT", Compression.deflate(raw, format: .zlib))])
}

/// Packs sub-byte samples MSB first, as PNG does.
func packBits(_ samples: [Int], depth: Int) -> [UInt8] {
  var out = [UInt8](repeating: 0, count: (samples.count * depth + 7) / 8)
  for (i, s) in samples.enumerated() {
    let bit = i * depth
    out[bit / 8] |= UInt8(s << (8 - depth - bit % 8))
  }
  return out
}

@Suite struct PNGTests {
  @Test(arguments: [1, 2, 3, 4], [(1, 1), (7, 5), (17, 3), (31, 9)])
  func roundTripsEveryFilterAndChannelCount(channels: Int, size: (Int, Int)) throws {
    let image = testImage(width: size.0, height: size.1, channels: channels)
    for filter in PNG.Filter.allCases {
      #expect(try PNG.decode(PNG.encode(image, filter: filter)) == image, "filter \(filter)")
    }
    #expect(try PNG.decode(PNG.encode(image)) == image, "adaptive filters")
  }

  @Test func adaptiveEncoderUsesSeveralFilters() throws {
    // Row filter bytes of the zlib stream: a smooth gradient with noise picks more than one.
    let image = testImage(width: 64, height: 32, channels: 3)
    let png = PNG.encode(image)
    let idat = Array(png[41..<(png.count - 16)])  // after signature + IHDR chunk + IDAT header
    let raw = try Compression.inflate(idat, format: .zlib)
    let filters = Set((0..<32).map { raw[$0 * (64 * 3 + 1)] })
    #expect(filters.count > 1)
  }

  @Test func palettePNGWith4BitIndicesAndTransparency() throws {
    let palette: [UInt8] = [255, 0, 0, 0, 255, 0, 0, 0, 255]
    let indices = [[0, 1, 2], [2, 1, 0]]
    let png = pngFromScanlines(
      width: 3, height: 2, bitDepth: 4, colorType: 3, rows: indices.map { packBits($0, depth: 4) },
      extra: [("PLTE", palette), ("tRNS", [0, 128])])
    let image = try PNG.decode(png)
    #expect(image.channels == 4)
    #expect(image.pixels == [
      255, 0, 0, 0, 0, 255, 0, 128, 0, 0, 255, 255,
      0, 0, 255, 255, 0, 255, 0, 128, 255, 0, 0, 0,
    ])
    // Without tRNS: RGB.
    let opaque = pngFromScanlines(
      width: 3, height: 1, bitDepth: 8, colorType: 3, rows: [[2, 0, 1]], extra: [("PLTE", palette)])
    #expect(try PNG.decode(opaque).pixels == [0, 0, 255, 255, 0, 0, 0, 255, 0])
  }

  @Test func paletteIndexOutOfRangeIsAnError() {
    let png = pngFromScanlines(width: 1, height: 1, bitDepth: 8, colorType: 3, rows: [[5]], extra: [("PLTE", [1, 2, 3])])
    expectDatasetError(.corrupt, containing: ["palette entry 5", "has 1"]) { _ = try PNG.decode(png) }
  }

  @Test func lowBitDepthGrayIsScaled() throws {
    let one = pngFromScanlines(width: 9, height: 1, bitDepth: 1, colorType: 0, rows: [packBits([1, 0, 1, 1, 0, 0, 0, 1, 1], depth: 1)])
    #expect(try PNG.decode(one).pixels == [255, 0, 255, 255, 0, 0, 0, 255, 255])
    let two = pngFromScanlines(width: 4, height: 1, bitDepth: 2, colorType: 0, rows: [packBits([0, 1, 2, 3], depth: 2)])
    #expect(try PNG.decode(two).pixels == [0, 85, 170, 255])
  }

  @Test func sixteenBitKeepsTheHighByte() throws {
    let row: [UInt8] = [0x12, 0x34, 0xAB, 0xCD, 0xFF, 0xFF]  // one RGB pixel, 16 bits a sample
    let png = pngFromScanlines(width: 1, height: 1, bitDepth: 16, colorType: 2, rows: [row])
    #expect(try PNG.decode(png) == Image(width: 1, height: 1, channels: 3, pixels: [0x12, 0xAB, 0xFF]))
  }

  @Test(arguments: [(1, 1), (3, 2), (9, 9), (13, 6)])
  func adam7InterlacedMatchesTheImage(size: (Int, Int)) throws {
    let image = testImage(width: size.0, height: size.1, channels: 3, seed: 9)
    // Adam7 by hand: each pass's pixels, in pass order, filter 0 on each row.
    let passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
    var rows = [[UInt8]]()
    for (x0, y0, dx, dy) in passes {
      for y in stride(from: y0, to: image.height, by: dy) {
        var row = [UInt8]()
        for x in stride(from: x0, to: image.width, by: dx) {
          for c in 0..<3 { row.append(image[y, x, c]) }
        }
        if !row.isEmpty { rows.append(row) }
      }
    }
    let png = pngFromScanlines(width: image.width, height: image.height, bitDepth: 8, colorType: 2, rows: rows, interlaced: true)
    #expect(try PNG.decode(png) == image)
  }

  @Test func damagedFilesGiveClearErrors() throws {
    let png = PNG.encode(testImage(width: 8, height: 8, channels: 1))
    expectDatasetError(.corrupt, containing: ["p.png", "signature"]) { _ = try PNG.decode(Array("GIF89a..".utf8), source: "p.png") }
    expectDatasetError(.corrupt, containing: ["p.png", "truncated"]) { _ = try PNG.decode(Array(png.prefix(40)), source: "p.png") }
    var badCRC = png
    badCRC[20] ^= 1  // inside IHDR
    expectDatasetError(.corrupt, containing: ["IHDR", "CRC"]) { _ = try PNG.decode(badCRC, source: "p.png") }
    // Data for fewer rows than the header promises.
    let short = pngFromScanlines(width: 2, height: 3, bitDepth: 8, colorType: 0, rows: [[1, 2]])
    expectDatasetError(.corrupt, containing: ["image data is truncated"]) { _ = try PNG.decode(short) }
    let badFilter = PNG.assemble(
      ihdr: [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0],
      chunks: [("IDAT", Compression.deflate([9, 0], format: .zlib))])
    expectDatasetError(.corrupt, containing: ["unknown filter type 9"]) { _ = try PNG.decode(badFilter) }
    let badDepth = PNG.assemble(ihdr: [0, 0, 0, 1, 0, 0, 0, 1, 4, 2, 0, 0, 0], chunks: [])
    expectDatasetError(.corrupt, containing: ["bit depth 4", "colour type 2"]) { _ = try PNG.decode(badDepth) }
  }

  @Test func grayscaleUsesLuma() {
    let rgb = Image(width: 2, height: 1, channels: 3, pixels: [255, 0, 0, 10, 20, 30])
    // 0.299*255 = 76.245 -> 76; 0.299*10 + 0.587*20 + 0.114*30 = 18.15 -> 18
    #expect(rgb.grayscale().pixels == [76, 18])
  }
}

@Suite struct PNMTests {
  @Test func plainPGMWithComments() throws {
    let text = "P2\n# made by hand\n3 2 # width height\n15\n0 5 10\n15 # end of row\n 3 1\n"
    let image = try PNM.decode(Array(text.utf8))
    #expect(image.shape == [2, 3, 1])
    #expect(image.pixels == [0, 85, 170, 255, 51, 17])  // v * 255 / 15
  }

  @Test func plainPPM() throws {
    let image = try PNM.decode(Array("P3 2 1 255  255 0 0  1 2 3\n".utf8))
    #expect(image == Image(width: 2, height: 1, channels: 3, pixels: [255, 0, 0, 1, 2, 3]))
  }

  @Test(arguments: [1, 3])
  func binaryRoundTrip(channels: Int) throws {
    let image = testImage(width: 7, height: 5, channels: channels)
    #expect(try PNM.decode(PNM.encode(image)) == image)
    let folder = TemporaryFolder()
    let path = folder.write(channels == 1 ? "a.pgm" : "a.ppm", PNM.encode(image))
    #expect(try Image.read(path: path) == image)
  }

  @Test func sixteenBitBinaryIsRescaled() throws {
    let bytes = Array("P5\n2 1\n65535\n".utf8) + [0xFF, 0xFF, 0x80, 0x00]
    #expect(try PNM.decode(bytes).pixels == [255, 128])  // 32768 * 255 / 65535 = 127.5 -> 128
  }

  @Test func errorsNameTheProblem() {
    expectDatasetError(.corrupt, containing: ["x.pgm", "truncated", "needs 6 bytes", "found 4"]) {
      _ = try PNM.decode(Array("P5 3 2 255\n".utf8) + [1, 2, 3, 4], source: "x.pgm")
    }
    expectDatasetError(.unsupported, containing: ["P4"]) { _ = try PNM.decode(Array("P4 1 1\n".utf8)) }
    expectDatasetError(.corrupt, containing: ["x.pgm:3", "the height"]) {
      _ = try PNM.decode(Array("P2\n3\nfoo 255\n".utf8), source: "x.pgm")
    }
    expectDatasetError(.corrupt, containing: ["above the maximum 15"]) { _ = try PNM.decode(Array("P2 1 1 15 16".utf8)) }
  }
}
