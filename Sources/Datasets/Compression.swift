import CZlib

/// gzip, zlib and raw-deflate compression through the system zlib.
public enum Compression {
  /// The container around deflate data.
  public enum Format: Sendable {
    /// RFC 1952 (`.gz` files): a header with magic `1f 8b`, a CRC-32 and the size at the end.
    case gzip
    /// RFC 1950: a two-byte header and an Adler-32 (PNG's IDAT stream).
    case zlib
    /// RFC 1951 with no header (zip entries).
    case raw

    var windowBits: Int32 {
      switch self {
      case .gzip: return 15 + 16
      case .zlib: return 15
      case .raw: return -15
      }
    }
  }

  /// Whether `bytes` start with the gzip magic number.
  public static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  // MARK: - Inflate

  /// Decompresses `bytes`. With `format: nil` a gzip or zlib header is recognised
  /// automatically. Concatenated gzip members are all read, as `gunzip` does.
  ///
  /// - Parameters:
  ///   - source: named in errors (a path, or a description such as `"zip entry x.npy"`).
  ///   - sizeHint: the expected output size, if known, to allocate once.
  /// - Complexity: O(input + output).
  public static func inflate(
    _ bytes: [UInt8], format: Format? = nil, source: String = "<bytes>", sizeHint: Int? = nil
  ) throws(DatasetError) -> [UInt8] {
    let windowBits = format?.windowBits ?? (15 + 32)  // +32: detect gzip or zlib
    var output = [UInt8]()
    // deflate expands at most ~1032:1, so a larger hint (from a corrupt header) is ignored.
    let plausible = bytes.count * 1032 + 1024
    output.reserveCapacity(min(sizeHint ?? bytes.count * 4, plausible))
    var stream = z_stream()
    guard hocsau_inflate_init2(&stream, windowBits) == hocsau_z_ok() else {
      throw DatasetError(.io, "zlib could not start inflating", source: source)
    }
    defer { inflateEnd(&stream) }
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    var finished = false
    var failure: DatasetError?
    bytes.withUnsafeBufferPointer { input in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.avail_in = UInt32(input.count)
      outer: while true {
        let status: Int32 = buffer.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(chunk)
          return CZlib.inflate(&stream, hocsau_z_no_flush())
        }
        output.append(contentsOf: buffer[0..<(chunk - Int(stream.avail_out))])
        switch status {
        case hocsau_z_stream_end():
          // Another gzip member may follow (`cat a.gz b.gz`).
          if stream.avail_in > 0, format != .raw, format != .zlib,
            stream.next_in[0] == 0x1F, stream.avail_in >= 2, stream.next_in[1] == 0x8B
          {
            inflateReset(&stream)
            continue outer
          }
          finished = true
          break outer
        case hocsau_z_ok():
          continue outer
        case hocsau_z_buf_error():
          // No progress possible: the input ended before the stream did.
          break outer
        default:
          let reason = stream.msg.map { String(cString: $0) } ?? "error \(status)"
          failure = DatasetError(.corrupt, "compressed data is corrupt (\(reason))", source: source)
          break outer
        }
      }
    }
    if let failure { throw failure }
    guard finished else {
      throw DatasetError(
        .corrupt, "compressed data is truncated (ended after \(bytes.count) bytes)", source: source)
    }
    return output
  }

  // MARK: - Deflate

  /// Compresses `bytes` at `level` (0 none … 9 smallest; 6 is zlib's default).
  /// The gzip header carries no file name and time 0, so output is reproducible.
  /// - Complexity: O(n).
  public static func deflate(_ bytes: [UInt8], format: Format = .gzip, level: Int = 6) -> [UInt8] {
    var stream = z_stream()
    let level = Int32(min(max(level, 0), 9))
    guard hocsau_deflate_init2(&stream, level, format.windowBits) == hocsau_z_ok() else {
      preconditionFailure("zlib deflateInit2 failed with valid arguments")
    }
    defer { deflateEnd(&stream) }
    let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 32
    var output = [UInt8](repeating: 0, count: bound)
    var produced = 0
    bytes.withUnsafeBufferPointer { input in
      output.withUnsafeMutableBufferPointer { out in
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        stream.next_out = out.baseAddress
        stream.avail_out = UInt32(out.count)
        let status = CZlib.deflate(&stream, hocsau_z_finish())
        precondition(status == hocsau_z_stream_end(), "deflate into deflateBound-sized buffer failed")
        produced = out.count - Int(stream.avail_out)
      }
    }
    output.removeSubrange(produced...)
    return output
  }

  // MARK: - Checksums

  /// The CRC-32 of `bytes` (as in gzip, PNG and zip), continuing from `initial`.
  public static func crc32(_ bytes: [UInt8], initial: UInt32 = 0) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(UInt(initial), buffer.baseAddress, UInt32(buffer.count)))
    }
  }

  /// The CRC-32 of a slice.
  public static func crc32(_ bytes: ArraySlice<UInt8>, initial: UInt32 = 0) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(UInt(initial), buffer.baseAddress, UInt32(buffer.count)))
    }
  }
}
