// MARK: - Zip archives (the container of .npz)

/// A minimal zip archive reader and writer: stored (method 0) and deflate (method 8) entries,
/// zip64 sizes and offsets (NumPy's `savez` always writes zip64 extra fields), CRC-32 checked
/// on read. Encryption, multi-disk archives and other methods are refused with a message.
public enum Zip {
  /// One file in an archive.
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var data: [UInt8]
    public init(name: String, data: [UInt8]) {
      self.name = name
      self.data = data
    }
  }

  // MARK: - Reading

  /// The entries of a zip archive, in central-directory order.
  /// - Complexity: O(archive size + uncompressed size).
  public static func decode(_ bytes: [UInt8], source: String = "<bytes>") throws(DatasetError) -> [Entry] {
    func corrupt(_ message: String) -> DatasetError { DatasetError(.corrupt, message, source: source) }
    // The end-of-central-directory record is in the last 22 + 65,535 bytes.
    guard bytes.count >= 22 else { throw corrupt("not a zip archive (too short: \(bytes.count) bytes)") }
    var eocd = -1
    var i = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while i >= lowest {
      if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06 {
        eocd = i
        break
      }
      i -= 1
    }
    guard eocd >= 0 else {
      throw corrupt("not a zip archive, or truncated (no end-of-central-directory record)")
    }
    var reader = ByteReader(bytes, source: source, offset: eocd + 10)
    var entryCount = Int(try reader.littleEndian(UInt16.self, "the entry count"))
    var directorySize = Int(try reader.littleEndian(UInt32.self, "the directory size"))
    var directoryOffset = Int(try reader.littleEndian(UInt32.self, "the directory offset"))
    if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      // zip64: a locator 20 bytes before the EOCD points at the zip64 EOCD record.
      guard eocd >= 20, bytes[eocd - 20] == 0x50, bytes[eocd - 19] == 0x4B, bytes[eocd - 18] == 0x06,
        bytes[eocd - 17] == 0x07
      else { throw corrupt("zip64 archive without a zip64 locator") }
      var locator = ByteReader(bytes, source: source, offset: eocd - 20 + 8)
      let record = try locator.littleEndianSize("the zip64 record offset")
      guard record >= 0, record + 56 <= bytes.count, bytes[record] == 0x50, bytes[record + 1] == 0x4B,
        bytes[record + 2] == 0x06, bytes[record + 3] == 0x06
      else { throw corrupt("the zip64 end-of-directory record is missing") }
      var z = ByteReader(bytes, source: source, offset: record + 32)
      entryCount = try z.littleEndianSize("the entry count")
      directorySize = try z.littleEndianSize("the directory size")
      directoryOffset = try z.littleEndianSize("the directory offset")
    }
    guard directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= bytes.count else {
      throw corrupt("the central directory lies outside the file (truncated?)")
    }

    var entries = [Entry]()
    var dir = ByteReader(bytes, source: source, offset: directoryOffset)
    for index in 0..<entryCount {
      guard try dir.littleEndian(UInt32.self, "a directory entry") == 0x0201_4B50 else {
        throw corrupt("central directory entry \(index) has a bad signature")
      }
      _ = try dir.take(4, "a directory entry")  // versions
      let flags = try dir.littleEndian(UInt16.self, "flags")
      let method = try dir.littleEndian(UInt16.self, "method")
      _ = try dir.take(4, "time and date")
      let crc = try dir.littleEndian(UInt32.self, "CRC")
      var compressedSize = Int(try dir.littleEndian(UInt32.self, "compressed size"))
      var size = Int(try dir.littleEndian(UInt32.self, "size"))
      let nameLength = Int(try dir.littleEndian(UInt16.self, "name length"))
      let extraLength = Int(try dir.littleEndian(UInt16.self, "extra length"))
      let commentLength = Int(try dir.littleEndian(UInt16.self, "comment length"))
      _ = try dir.take(8, "a directory entry")  // disk, attributes
      var localOffset = Int(try dir.littleEndian(UInt32.self, "local header offset"))
      let name = String(decoding: try dir.take(nameLength, "a file name"), as: UTF8.self)
      let extra = Array(try dir.take(extraLength, "an extra field"))
      _ = try dir.take(commentLength, "a comment")
      // zip64 extra field (id 1): the 64-bit values of whichever fields were 0xFFFFFFFF.
      var e = ByteReader(extra, source: source)
      while e.remaining >= 4 {
        let id = try e.littleEndian(UInt16.self, "extra id")
        let length = Int(try e.littleEndian(UInt16.self, "extra length"))
        var field = ByteReader(Array(try e.take(length, "extra field")), source: source)
        if id == 1 {
          if size == 0xFFFF_FFFF { size = try field.littleEndianSize("zip64 size") }
          if compressedSize == 0xFFFF_FFFF {
            compressedSize = try field.littleEndianSize("zip64 compressed size")
          }
          if localOffset == 0xFFFF_FFFF { localOffset = try field.littleEndianSize("zip64 offset") }
        }
      }
      if flags & 1 != 0 { throw DatasetError(.unsupported, "entry '\(name)' is encrypted", source: source) }
      // The local header repeats the name and has its own extra field; the data follows.
      var local = ByteReader(bytes, source: source, offset: localOffset)
      guard localOffset >= 0, try local.littleEndian(UInt32.self, "a local header") == 0x0403_4B50 else {
        throw corrupt("entry '\(name)': local header missing (truncated?)")
      }
      local.offset = localOffset + 26
      let localName = Int(try local.littleEndian(UInt16.self, "local name length"))
      let localExtra = Int(try local.littleEndian(UInt16.self, "local extra length"))
      local.offset += localName + localExtra
      guard compressedSize >= 0, compressedSize <= local.remaining else {
        throw corrupt("entry '\(name)' is truncated: needs \(compressedSize) bytes, \(local.remaining) remain")
      }
      let stored = Array(try local.take(compressedSize, "entry data"))
      let data: [UInt8]
      switch method {
      case 0: data = stored
      case 8: data = try Compression.inflate(stored, format: .raw, source: "\(source) (entry '\(name)')", sizeHint: size)
      default:
        throw DatasetError(
          .unsupported, "entry '\(name)' uses compression method \(method) (only stored and deflate are supported)",
          source: source)
      }
      guard data.count == size else {
        throw corrupt("entry '\(name)' should hold \(size) bytes, holds \(data.count)")
      }
      guard Compression.crc32(data) == crc else {
        throw corrupt("entry '\(name)' fails its CRC check (the archive is damaged)")
      }
      entries.append(Entry(name: name, data: data))
    }
    return entries
  }

  // MARK: - Writing

  /// A zip archive of `entries`, each stored or deflated. Times are fixed at 1980-01-01 so the
  /// same entries give the same bytes.
  /// - Precondition: every entry and the whole archive are under 4 GiB (no zip64 on write).
  public static func encode(_ entries: [Entry], compressed: Bool) -> [UInt8] {
    var out = [UInt8]()
    var directory = [UInt8]()
    let dosTime: UInt16 = 0, dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    for entry in entries {
      let name = Array(entry.name.utf8)
      let body = compressed ? Compression.deflate(entry.data, format: .raw, level: 6) : entry.data
      let crc = Compression.crc32(entry.data)
      let method: UInt16 = compressed ? 8 : 0
      let flags: UInt16 = entry.name.utf8.contains { $0 >= 0x80 } ? 1 << 11 : 0
      precondition(body.count < 0xFFFF_FFFF && entry.data.count < 0xFFFF_FFFF && out.count < 0xFFFF_FFFF)
      let offset = UInt32(out.count)
      func common(_ b: inout [UInt8]) {
        b.appendLittleEndian(flags)
        b.appendLittleEndian(method)
        b.appendLittleEndian(dosTime)
        b.appendLittleEndian(dosDate)
        b.appendLittleEndian(crc)
        b.appendLittleEndian(UInt32(body.count))
        b.appendLittleEndian(UInt32(entry.data.count))
        b.appendLittleEndian(UInt16(name.count))
        b.appendLittleEndian(UInt16(0))  // extra length
      }
      out.appendLittleEndian(UInt32(0x0403_4B50))
      out.appendLittleEndian(UInt16(20))  // version needed
      common(&out)
      out += name
      out += body
      directory.appendLittleEndian(UInt32(0x0201_4B50))
      directory.appendLittleEndian(UInt16(20))  // version made by
      directory.appendLittleEndian(UInt16(20))  // version needed
      common(&directory)
      directory.appendLittleEndian(UInt16(0))  // comment length
      directory.appendLittleEndian(UInt16(0))  // disk
      directory.appendLittleEndian(UInt16(0))  // internal attributes
      directory.appendLittleEndian(UInt32(0o100644 << 16))  // external: a regular file, rw-r--r--
      directory.appendLittleEndian(offset)
      directory += name
    }
    let directoryOffset = UInt32(out.count)
    out += directory
    out.appendLittleEndian(UInt32(0x0605_4B50))
    out.appendLittleEndian(UInt16(0))
    out.appendLittleEndian(UInt16(0))
    out.appendLittleEndian(UInt16(entries.count))
    out.appendLittleEndian(UInt16(entries.count))
    out.appendLittleEndian(UInt32(directory.count))
    out.appendLittleEndian(directoryOffset)
    out.appendLittleEndian(UInt16(0))
    return out
  }
}

// MARK: - NumPy .npz archives

/// NumPy's `.npz`: a zip archive of `.npy` files, one per array (`np.savez`, stored;
/// `np.savez_compressed`, deflated). `np.load` of one gives a mapping whose `.files` are the
/// names without `.npy` — here, ``names`` in archive order.
public struct NPZ: Sendable, Equatable {
  /// The arrays in archive order, named without the `.npy` suffix.
  public var arrays: [(name: String, array: NumericArray)]

  public init(arrays: [(name: String, array: NumericArray)]) {
    self.arrays = arrays
  }

  public static func == (lhs: NPZ, rhs: NPZ) -> Bool {
    lhs.arrays.count == rhs.arrays.count
      && zip(lhs.arrays, rhs.arrays).allSatisfy { $0.name == $1.name && $0.array == $1.array }
  }

  /// The names of the arrays (NumPy's `.files`).
  public var names: [String] { arrays.map(\.name) }

  /// The array called `name`, if there is one.
  public subscript(name: String) -> NumericArray? {
    arrays.first { $0.name == name }?.array
  }

  /// Reads the `.npz` file at `path`.
  public static func read(path: String) throws(DatasetError) -> NPZ {
    try decode(FileBytes.read(path), source: path)
  }

  /// Decodes `.npz` bytes; every entry must be a supported `.npy`.
  public static func decode(_ bytes: [UInt8], source: String = "<bytes>") throws(DatasetError) -> NPZ {
    var arrays = [(name: String, array: NumericArray)]()
    for entry in try Zip.decode(bytes, source: source) {
      let name = entry.name.hasSuffix(".npy") ? String(entry.name.dropLast(4)) : entry.name
      arrays.append((name, try NPY.decode(entry.data, source: "\(source) (array '\(name)')")))
    }
    return NPZ(arrays: arrays)
  }

  /// The archive's bytes, entries named `NAME.npy`, stored or deflated.
  public func encode(compressed: Bool = false) -> [UInt8] {
    Zip.encode(arrays.map { Zip.Entry(name: $0.name + ".npy", data: NPY.encode($0.array)) }, compressed: compressed)
  }

  /// Writes the archive to `path` (atomically).
  public func write(to path: String, compressed: Bool = false) throws(DatasetError) {
    try FileBytes.write(encode(compressed: compressed), to: path)
  }
}
