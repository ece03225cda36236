import Testing

@testable import Datasets

@Suite struct IDXTests {
  // Hand-made: magic 00 00 08 03, dims 2×2×3 (big-endian), then 12 bytes.
  @Test func decodesHandMadeUnsignedBytes() throws {
    let bytes: [UInt8] = [0, 0, 0x08, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3] + Array(0..<12)
    let array = try IDX.decode(bytes)
    #expect(array.shape == [2, 2, 3])
    #expect(array.elements == .uint8(Array(0..<12)))
  }

  // Big-endian 0x0C (int32) and 0x0D (float32) written out by hand.
  @Test func decodesBigEndianIntsAndFloats() throws {
    let ints: [UInt8] = [0, 0, 0x0C, 1, 0, 0, 0, 2, 0xFF, 0xFF, 0xFF, 0xFE, 0x00, 0x01, 0x00, 0x00]
    #expect(try IDX.decode(ints).elements == .int32([-2, 65536]))
    let floats: [UInt8] = [0, 0, 0x0D, 1, 0, 0, 0, 1, 0x3F, 0xC0, 0x00, 0x00]  // 1.5
    #expect(try IDX.decode(floats).elements == .float32([1.5]))
  }

  @Test(arguments: [
    ArrayElements.uint8([0, 1, 255, 7, 8, 9]), .int8([-128, -1, 0, 1, 2, 127]),
    .int16([-32768, -2, 0, 3, 300, 32767]), .int32([Int32.min, -5, 0, 7, 70000, Int32.max]),
    .float32([-1.5, 0, .pi, 1e-30, 3e38, -0.0]), .float64([-1.5, 0, .pi, 1e-300, 1e300, 2.0 / 3]),
  ])
  func roundTripsEveryElementType(elements: ArrayElements) throws {
    let array = NumericArray(shape: [2, 3], elements: elements)
    #expect(try IDX.decode(IDX.encode(array)) == array)
    let folder = TemporaryFolder()
    try IDX.write(array, to: folder.file("a.idx.gz"), gzip: true)
    #expect(try IDX.read(path: folder.file("a.idx.gz")) == array)
    try IDX.write(array, to: folder.file("a.idx"), gzip: false)
    #expect(try IDX.read(path: folder.file("a.idx")) == array)
  }

  @Test func truncatedDataIsAnError() throws {
    let bytes = try IDX.encode(NumericArray(shape: [4, 4], elements: .uint8(Array(0..<16))))
    expectDatasetError(.corrupt, containing: ["t.idx", "truncated", "[4, 4]", "needs 16 bytes", "found 10"]) {
      _ = try IDX.decode(Array(bytes.dropLast(6)), source: "t.idx")
    }
    expectDatasetError(.corrupt, containing: ["truncated", "dimension 1"]) {
      _ = try IDX.decode(Array(bytes.prefix(9)), source: "t.idx")
    }
    let gz = Compression.deflate(bytes)
    expectDatasetError(.corrupt, containing: ["truncated"]) { _ = try IDX.decode(Array(gz.prefix(gz.count / 2))) }
  }

  @Test func badMagicAndTypeAreErrors() {
    expectDatasetError(.corrupt, containing: ["not an IDX file"]) { _ = try IDX.decode([1, 0, 8, 1, 0, 0, 0, 0]) }
    expectDatasetError(.unsupported, containing: ["0x7"]) { _ = try IDX.decode([0, 0, 7, 1, 0, 0, 0, 0]) }
    #expect(throws: DatasetError.self) { try IDX.encode(NumericArray(shape: [1], elements: .int64([1]))) }
  }
}
