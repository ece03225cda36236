import Foundation

// MARK: - Errors

/// Something wrong with a data file or its location: missing, unreadable, truncated, corrupt,
/// or in a format this reader does not support. The message names the file and, where it
/// helps, the line and column or byte offset, so a learner can find the mistake.
public struct DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// The file (or the assets folder) was not found; the message lists the paths tried.
    case notFound
    /// The operating system refused to read or write the file.
    case io
    /// The bytes are not a valid file of the expected format (bad magic, truncated, bad CRC).
    case corrupt
    /// A valid file using a feature this reader does not handle (a dtype, Fortran order, …).
    case unsupported
    /// A text field that should be a number is not (CSV).
    case parse
  }

  public var kind: Kind
  /// The file the problem is in (`"<bytes>"` for data not read from a file).
  public var source: String
  /// 1-based line, for text formats.
  public var line: Int?
  /// 1-based column (field number in a CSV row).
  public var column: Int?
  /// What is wrong, without the location prefix.
  public var message: String

  public init(
    _ kind: Kind, _ message: String, source: String, line: Int? = nil, column: Int? = nil
  ) {
    self.kind = kind
    self.message = message
    self.source = source
    self.line = line
    self.column = column
  }

  /// `file:line:column: message`, as compilers print it.
  public var description: String {
    var location = source
    if let line { location += ":\(line)" }
    if let column { location += ":\(column)" }
    return "\(location): \(message)"
  }
}

// MARK: - Whole-file reads and writes

/// Reading and writing whole files as bytes, with errors that name the path.
public enum FileBytes {
  /// The bytes of the file at `path`.
  public static func read(_ path: String) throws(DatasetError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DatasetError(.notFound, "no such file", source: path)
    }
    guard !isDirectory.boolValue else {
      throw DatasetError(.io, "is a folder, not a file", source: path)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DatasetError(.io, "cannot read the file (permission denied?)", source: path)
    }
    return [UInt8](data)
  }

  /// Writes `bytes` to `path` atomically (a temporary file renamed into place).
  public static func write(_ bytes: [UInt8], to path: String) throws(DatasetError) {
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw DatasetError(.io, "cannot write the file: \(error.localizedDescription)", source: path)
    }
  }
}
