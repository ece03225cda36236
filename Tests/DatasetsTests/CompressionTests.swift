import Testing

@testable import Datasets

@Suite struct CompressionTests {
  // python3 -c "import gzip, base64; print(base64.b64encode(gzip.compress(b'hello, world\n' * 3, mtime=0)).decode())"
  static let pythonGzip = "H4sIAAAAAAACA8tIzcnJ11Eozy/KSeHKwMkBAPBM+eYnAAAA"

  @Test func inflatesPythonsGzip() throws {
    let text = Array(String(repeating: "hello, world\n", count: 3).utf8)
    #expect(try Compression.inflate(base64Bytes(Self.pythonGzip)) == text)
    #expect(try Compression.inflate(base64Bytes(Self.pythonGzip), format: .gzip) == text)
  }

  @Test(arguments: [Compression.Format.gzip, .zlib, .raw], [0, 1, 5, 1000, 200_000])
  func roundTrips(format: Compression.Format, size: Int) throws {
    // Compressible but not trivial: a slow ramp with a pseudo-random low byte.
    var state: UInt32 = 12345
    let data = (0..<size).map { i -> UInt8 in
      state = state &* 1_103_515_245 &+ 12345
      return UInt8(truncatingIfNeeded: i / 64) ^ UInt8(truncatingIfNeeded: state >> 28)
    }
    let packed = Compression.deflate(data, format: format, level: 6)
    #expect(try Compression.inflate(packed, format: format, sizeHint: size) == data)
    if format != .raw { #expect(try Compression.inflate(packed) == data) }  // header auto-detected
  }

  @Test func gzipHeaderIsRecognised() {
    #expect(Compression.isGzip(Compression.deflate([1, 2, 3], format: .gzip)))
    #expect(!Compression.isGzip(Compression.deflate([1, 2, 3], format: .zlib)))
  }

  @Test func concatenatedGzipMembersAreAllRead() throws {
    let a = Compression.deflate(Array("first ".utf8)), b = Compression.deflate(Array("second".utf8))
    #expect(try Compression.inflate(a + b) == Array("first second".utf8))
  }

  @Test func truncatedStreamIsAnError() {
    let packed = Compression.deflate([UInt8](repeating: 7, count: 5000) + Array(0...255), format: .gzip)
    expectDatasetError(.corrupt, containing: ["truncated", "x.gz"]) {
      _ = try Compression.inflate(Array(packed.prefix(packed.count - 10)), source: "x.gz")
    }
    expectDatasetError(.corrupt, containing: ["truncated"]) { _ = try Compression.inflate([]) }
  }

  @Test func corruptStreamIsAnError() {
    var packed = Compression.deflate(Array("some text that is long enough to matter".utf8), format: .zlib)
    packed[packed.count - 1] ^= 0xFF  // break the Adler-32
    expectDatasetError(.corrupt, containing: ["corrupt"]) { _ = try Compression.inflate(packed, format: .zlib) }
    expectDatasetError(.corrupt, containing: ["corrupt"]) { _ = try Compression.inflate([0x1F, 0x8B, 9, 9, 9, 9, 9, 9, 9, 9]) }
  }

  // zlib.crc32(b"123456789") == 0xCBF43926 (the standard CRC-32 check value)
  @Test func crc32CheckValue() {
    #expect(Compression.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
  }
}
