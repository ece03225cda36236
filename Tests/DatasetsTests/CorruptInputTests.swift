import Testing

@testable import Datasets

/// Bad input never crashes: every prefix of a valid file, and valid files with bytes flipped
/// at seeded random places, either decode or throw a `DatasetError` — never trap.
@Suite struct CorruptInputTests {
  /// The decoders under test, each with one valid file of its format.
  static func samples() throws -> [(String, [UInt8], ([UInt8]) throws -> Void)] {
    let image = testImage(width: 9, height: 5, channels: 3)
    let palettePNG = pngFromScanlines(
      width: 5, height: 2, bitDepth: 2, colorType: 3, rows: [packBits([0, 1, 2, 1, 0], depth: 2), packBits([2, 2, 1, 0, 0], depth: 2)],
      extra: [("PLTE", [1, 2, 3, 4, 5, 6, 7, 8, 9]), ("tRNS", [9])])
    let npz = NPZ(arrays: [
      ("a", NumericArray(shape: [2, 2], elements: .float64([1, 2, 3, 4]))),
      ("b", NumericArray(shape: [3], elements: .int32([5, 6, 7]))),
    ])
    return [
      ("PNG", PNG.encode(image), { _ = try PNG.decode($0) }),
      ("palette PNG", palettePNG, { _ = try PNG.decode($0) }),
      ("PPM", PNM.encode(image), { _ = try PNM.decode($0) }),
      ("PGM text", Array("P2 3 2 255\n1 2 3\n4 5 6\n".utf8), { _ = try PNM.decode($0) }),
      ("NPY", NPY.encode(NumericArray(shape: [2, 3], elements: .int64([1, 2, 3, 4, 5, 6]))), { _ = try NPY.decode($0) }),
      ("NPZ stored", npz.encode(compressed: false), { _ = try NPZ.decode($0) }),
      ("NPZ deflated", npz.encode(compressed: true), { _ = try NPZ.decode($0) }),
      ("NumPy savez", base64Bytes(NPZTests.savez), { _ = try NPZ.decode($0) }),
      ("IDX", try IDX.encode(NumericArray(shape: [2, 2, 2], elements: .int16([1, 2, 3, 4, 5, 6, 7, 8]))), { _ = try IDX.decode($0) }),
      ("IDX gz", Compression.deflate(try IDX.encode(NumericArray(shape: [4, 4], elements: .uint8(Array(0..<16))))), { _ = try IDX.decode($0) }),
      ("gzip", Compression.deflate(Array("hello hello hello".utf8)), { _ = try Compression.inflate($0) }),
      ("CSV", Array("a,\"b\nc\",d\n1,2,3\n\"4\",5,6\n".utf8), { _ = try CSVTable.parse($0).numericMatrix() }),
    ]
  }

  static func survives(_ decode: ([UInt8]) throws -> Void, _ bytes: [UInt8]) -> Bool {
    do {
      try decode(bytes)
      return true
    } catch is DatasetError {
      return true
    } catch {
      return false  // any other error type is a bug too
    }
  }

  @Test func everyPrefixIsHandled() throws {
    for (name, bytes, decode) in try Self.samples() {
      for length in 0..<bytes.count {
        #expect(Self.survives(decode, Array(bytes.prefix(length))), "\(name) cut to \(length) bytes")
      }
      // The whole file decodes.
      #expect(throws: Never.self, "\(name)") { try decode(bytes) }
    }
  }

  @Test func flippedBytesAreHandled() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    for (name, bytes, decode) in try Self.samples() {
      for _ in 0..<300 {
        var damaged = bytes
        for _ in 0..<(1 + next() % 3) {
          damaged[next() % damaged.count] = UInt8(truncatingIfNeeded: next())
        }
        #expect(Self.survives(decode, damaged), "\(name) with bytes changed")
      }
    }
  }

  @Test func pngWithValidChunksButRandomScanlinesIsHandled() {
    // CRCs are recomputed, so the damage reaches the filter and palette code.
    var state: UInt32 = 7
    func next() -> Int {
      state = state &* 1_664_525 &+ 1_013_904_223
      return Int(state >> 8)
    }
    for colorType: UInt8 in [0, 2, 3, 4, 6] {
      for depth: UInt8 in [1, 2, 4, 8, 16] {
        for interlaced in [false, true] {
          let rows = (0..<(1 + next() % 9)).map { _ in (0..<(next() % 40)).map { _ in UInt8(truncatingIfNeeded: next()) } }
          var ihdr = [UInt8]()
          ihdr.appendBigEndian(UInt32(1 + next() % 20))
          ihdr.appendBigEndian(UInt32(1 + next() % 9))
          ihdr += [depth, colorType, 0, 0, interlaced ? 1 : 0]
          let raw = rows.flatMap { [UInt8(truncatingIfNeeded: next() % 6)] + $0 }
          let png = PNG.assemble(
            ihdr: ihdr, chunks: [("PLTE", [1, 2, 3, 4, 5, 6]), ("IDAT", Compression.deflate(raw, format: .zlib))])
          #expect(Self.survives({ _ = try PNG.decode($0) }, png), "colour type \(colorType), depth \(depth)")
        }
      }
    }
  }

  @Test func absurdHeadersAreRefusedWithoutAllocating() {
    // IDX claiming 4 dimensions of 2^32-1: the element count overflows.
    let idx: [UInt8] = [0, 0, 0x08, 4] + [UInt8](repeating: 0xFF, count: 16)
    expectDatasetError(.corrupt, containing: ["impossibly large"]) { _ = try IDX.decode(idx) }
    // NPY claiming a (2**40, 2**40) array with no data.
    let npy = NPY.encode(NumericArray(shape: [0], elements: .float64([])))
    var text = String(decoding: npy[10...], as: UTF8.self)
    text = text.replacingOccurrences(of: "(0,), }", with: "(1099511627776, 1099511627776), }")
    let forged = Array(npy[0..<8]) + [UInt8(text.utf8.count & 0xFF), UInt8(text.utf8.count >> 8)] + Array(text.utf8)
    expectDatasetError(.corrupt, containing: ["impossibly large"]) { _ = try NPY.decode(forged) }
    // PNG claiming 65536x65536 with a few bytes of data.
    let png = PNG.assemble(
      ihdr: [0, 1, 0, 0, 0, 1, 0, 0, 8, 6, 0, 0, 0], chunks: [("IDAT", Compression.deflate([0, 1, 2, 3], format: .zlib))])
    expectDatasetError(.corrupt, containing: ["truncated", "65536x65536"]) { _ = try PNG.decode(png) }
    // PGM claiming a billion pixels.
    expectDatasetError(.corrupt, containing: ["truncated"]) { _ = try PNM.decode(Array("P5 1000000 1000 255\n".utf8)) }
  }
}
