import Testing

@testable import Datasets

// Each golden is `np.save` output from NumPy 2.4.6, base64-encoded:
//   python3 -c "import numpy as np, io, base64; b = io.BytesIO(); np.save(b, EXPR); print(base64.b64encode(b.getvalue()).decode())"
struct NumPyGolden: Sendable, CustomTestStringConvertible {
  var expression: String
  var base64: String
  var array: NumericArray
  var testDescription: String { expression }
}

let numpyGoldens: [NumPyGolden] = [
  NumPyGolden(
    expression: "np.arange(6, dtype='<f8').reshape(2, 3) / 4",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAAAAAAAAANA/AAAAAAAA4D8AAAAAAADoPwAAAAAAAPA/AAAAAAAA9D8=",
    array: NumericArray(shape: [2, 3], elements: .float64([0, 0.25, 0.5, 0.75, 1, 1.25]))),
  NumPyGolden(
    expression: "np.array([1.5, -2.25, 3e38], dtype='<f4')",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAMA/AAAQwOaxYX8=",
    array: NumericArray(shape: [3], elements: .float32([1.5, -2.25, 3e38]))),
  NumPyGolden(
    expression: "np.array([-1, 2**40, -2**63], dtype='<i8')",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAr//////////wAAAAAAAQAAAAAAAAAAAIA=",
    array: NumericArray(shape: [3], elements: .int64([-1, 1 << 40, Int.min]))),
  NumPyGolden(
    expression: "np.array([[-7], [2**31 - 1]], dtype='<i4')",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDEpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAr5////////fw==",
    array: NumericArray(shape: [2, 1], elements: .int32([-7, Int32.max]))),
  NumPyGolden(
    expression: "np.array([True, False, True])",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnfGIxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAAE=",
    array: NumericArray(shape: [3], elements: .bool([true, false, true]))),
  NumPyGolden(
    expression: "np.array([0, 255, 7], dtype=np.uint8)",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoA/wc=",
    array: NumericArray(shape: [3], elements: .uint8([0, 255, 7]))),
  NumPyGolden(
    expression: "np.array(3.5)",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAMQA==",
    array: NumericArray(shape: [], elements: .float64([3.5]))),
  NumPyGolden(
    expression: "np.zeros((0, 3))",
    base64: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDAsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAo=",
    array: NumericArray(shape: [0, 3], elements: .float64([]))),
]

@Suite struct NPYTests {
  @Test(arguments: numpyGoldens)
  func readsWhatNumPyWrote(golden: NumPyGolden) throws {
    #expect(try NPY.decode(base64Bytes(golden.base64)) == golden.array)
  }

  @Test(arguments: numpyGoldens)
  func writesExactlyWhatNumPyWrites(golden: NumPyGolden) {
    #expect(NPY.encode(golden.array) == base64Bytes(golden.base64))
  }

  @Test func headerIsAlignedTo64Bytes() throws {
    for rank in 0..<12 {
      let shape = [Int](repeating: 1, count: rank)
      let bytes = NPY.encode(NumericArray(shape: shape, elements: .int16([3])))
      let headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
      #expect((10 + headerLength) % 64 == 0)
      #expect(bytes[10 + headerLength - 1] == UInt8(ascii: "\n"))
      #expect(try NPY.decode(bytes) == NumericArray(shape: shape, elements: .int16([3])))
    }
  }

  // np.lib.format.write_array(b, np.array([1.0, 2.0]), version=(2, 0)) writes a 4-byte header length;
  // version 3.0 is the same with a UTF-8 header.
  @Test func readsVersions2And3() throws {
    for major: UInt8 in [2, 3] {
      var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }"
      header += String(repeating: " ", count: 64 - (12 + header.utf8.count + 1) % 64) + "\n"
      var bytes = NPY.magic + [major, 0]
      bytes.appendLittleEndian(UInt32(header.utf8.count))
      bytes += Array(header.utf8)
      bytes += [0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40]  // 1.0, 2.0
      #expect(try NPY.decode(bytes) == NumericArray(shape: [2], elements: .float64([1, 2])))
    }
    var v4 = NPY.encode(NumericArray(shape: [1], elements: .uint8([1])))
    v4[6] = 4
    expectDatasetError(.unsupported, containing: ["version 4"]) { _ = try NPY.decode(v4) }
  }

  @Test func roundTripsThroughAFile() throws {
    let folder = TemporaryFolder()
    let array = NumericArray(shape: [2, 2], elements: .int8([-1, 0, 1, 127]))
    try NPY.write(array, to: folder.file("a.npy"))
    #expect(try NPY.read(path: folder.file("a.npy")) == array)
  }

  // np.save(b, np.asfortranarray(np.eye(2)))
  @Test func refusesFortranOrder() {
    let fortran = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAADwPwAAAAAAAAAAAAAAAAAAAAAAAAAAAADwPw=="
    expectDatasetError(.unsupported, containing: ["m.npy", "Fortran order"]) {
      _ = try NPY.decode(base64Bytes(fortran), source: "m.npy")
    }
  }

  // np.save(b, np.array([1j]))
  @Test func refusesOtherDtypes() {
    let complex = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGMxNicsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgxLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAAAAAAAAAPA/"
    expectDatasetError(.unsupported, containing: ["'<c16'", "not supported"]) { _ = try NPY.decode(base64Bytes(complex)) }
  }

  // np.save(b, np.zeros(1, dtype=[('x', '<f8')])) writes descr [('x', '<f8')]
  @Test func refusesStructuredDtypes() {
    var header = "{'descr': [('x', '<f8')], 'fortran_order': False, 'shape': (1,), }"
    header += String(repeating: " ", count: 64 - (10 + header.utf8.count + 1) % 64) + "\n"
    var bytes = NPY.magic + [1, 0]
    bytes.appendLittleEndian(UInt16(header.utf8.count))
    bytes += Array(header.utf8) + [UInt8](repeating: 0, count: 8)
    expectDatasetError(.unsupported, containing: ["structured"]) { _ = try NPY.decode(bytes) }
  }

  @Test func truncatedAndCorruptFiles() {
    let bytes = NPY.encode(NumericArray(shape: [4], elements: .float64([1, 2, 3, 4])))
    expectDatasetError(.corrupt, containing: ["a.npy", "truncated", "(4,)", "needs 32 bytes", "found 24"]) {
      _ = try NPY.decode(Array(bytes.dropLast(8)), source: "a.npy")
    }
    expectDatasetError(.corrupt, containing: ["truncated", "header"]) { _ = try NPY.decode(Array(bytes.prefix(40))) }
    expectDatasetError(.corrupt, containing: ["not a .npy file"]) { _ = try NPY.decode(Array("hello world".utf8)) }
    var noShape = bytes
    noShape.replaceSubrange(60..<65, with: Array("xxxxx".utf8))  // inside 'shape'
    expectDatasetError(.corrupt, containing: ["malformed .npy header"]) { _ = try NPY.decode(noShape) }
  }
}

@Suite struct NPZTests {
  // np.savez(b, a=np.arange(3), b=np.eye(2)) — stored entries with zip64 extra fields
  static let savez = "UEsDBC0AAAAAAAAAIQD3QBLq//////////8FABQAYS5ucHkBABAAmAAAAAAAAACYAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxpOCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgzLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAAAAAABAAAAAAAAAAIAAAAAAAAAUEsDBC0AAAAAAAAAIQBnjExn//////////8FABQAYi5ucHkBABAAoAAAAAAAAACgAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmOCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAyKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAAA8D8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA8D9QSwECLQMtAAAAAAAAACEA90AS6pgAAACYAAAABQAAAAAAAAAAAAAAgAEAAAAAYS5ucHlQSwECLQMtAAAAAAAAACEAZ4xMZ6AAAACgAAAABQAAAAAAAAAAAAAAgAHPAAAAYi5ucHlQSwUGAAAAAAIAAgBmAAAApgEAAAAA"
  // np.savez_compressed(b, x=np.array([1.0, 2.0, 3.0], dtype=np.float32), y=np.array([True, False])) — deflated
  static let savezCompressed = "UEsDBC0AAAAIAAAAIQB3pkDR//////////8FABQAeC5ucHkBABAAjAAAAAAAAABPAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GsY6mjoKtQoUAC4GhgZ7BgYGByByAABQSwMELQAAAAgAAAAhAO4Zu13//////////wUAFAB5Lm5weQEAEACCAAAAAAAAAEYAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXpNkqK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaRjqaOgq1ChQALkYGAFBLAQItAy0AAAAIAAAAIQB3pkDRTwAAAIwAAAAFAAAAAAAAAAAAAACAAQAAAAB4Lm5weVBLAQItAy0AAAAIAAAAIQDuGbtdRgAAAIIAAAAFAAAAAAAAAAAAAACAAYYAAAB5Lm5weVBLBQYAAAAAAgACAGYAAAADAQAAAAA="

  @Test func readsNumPySavez() throws {
    let npz = try NPZ.decode(base64Bytes(Self.savez))
    #expect(npz.names == ["a", "b"])
    #expect(npz["a"] == NumericArray(shape: [3], elements: .int64([0, 1, 2])))
    #expect(npz["b"] == NumericArray(shape: [2, 2], elements: .float64([1, 0, 0, 1])))
    #expect(npz["c"] == nil)
  }

  @Test func readsNumPySavezCompressed() throws {
    let npz = try NPZ.decode(base64Bytes(Self.savezCompressed))
    #expect(npz.names == ["x", "y"])
    #expect(npz["x"] == NumericArray(shape: [3], elements: .float32([1, 2, 3])))
    #expect(npz["y"] == NumericArray(shape: [2], elements: .bool([true, false])))
  }

  @Test(arguments: [false, true])
  func roundTrips(compressed: Bool) throws {
    let npz = NPZ(arrays: [
      ("weights", NumericArray(shape: [2, 3], elements: .float32([1, 2, 3, 4, 5, 6]))),
      ("labels", NumericArray(shape: [4], elements: .uint8([0, 1, 1, 0]))),
      ("empty", NumericArray(shape: [0], elements: .int64([]))),
      ("tên", NumericArray(shape: [], elements: .float64([2.5]))),
    ])
    #expect(try NPZ.decode(npz.encode(compressed: compressed)) == npz)
    let folder = TemporaryFolder()
    try npz.write(to: folder.file("a.npz"), compressed: compressed)
    #expect(try NPZ.read(path: folder.file("a.npz")) == npz)
  }

  @Test func damagedArchivesGiveClearErrors() {
    let bytes = base64Bytes(Self.savez)
    expectDatasetError(.corrupt, containing: ["d.npz", "no end-of-central-directory"]) {
      _ = try NPZ.decode(Array(bytes.prefix(bytes.count - 30)), source: "d.npz")
    }
    var flipped = bytes
    flipped[120] ^= 0x01  // a data byte of a.npy: the CRC no longer matches
    expectDatasetError(.corrupt, containing: ["'a.npy'", "CRC"]) { _ = try NPZ.decode(flipped, source: "d.npz") }
    expectDatasetError(.corrupt, containing: ["not a zip archive"]) { _ = try NPZ.decode([1, 2, 3]) }
    let compressed = base64Bytes(Self.savezCompressed)
    var broken = compressed
    for i in 60..<80 { broken[i] = 0xFF }
    #expect(throws: DatasetError.self) { try NPZ.decode(broken) }
  }
}
