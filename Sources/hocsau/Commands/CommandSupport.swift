import ArgumentParser
import Foundation
import Notebook

// MARK: - Shared argument types and helpers

/// `--format` values.
enum ReportFormatArgument: String, ExpressibleByArgument, CaseIterable {
  case text, json, junit, gradescope
  var format: ReportFormat { ReportFormat(rawValue: rawValue)! }
}

/// A byte count written `1073741824`, `512MiB`, `1GiB`, `1G`, `800M`, `64K`.
struct ByteCount: ExpressibleByArgument, Equatable {
  var bytes: Int
  init(_ bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    let text = argument.trimmingCharacters(in: .whitespaces)
    let digits = text.prefix { $0.isNumber || $0 == "." }
    guard let value = Double(digits), value >= 0 else { return nil }
    let units: [String: Double] = [
      "": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1_048_576, "mb": 1_048_576, "mib": 1_048_576,
      "g": 1_073_741_824, "gb": 1_073_741_824, "gib": 1_073_741_824,
    ]
    guard let unit = units[text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()] else {
      return nil
    }
    bytes = Int(value * unit)
  }

  var defaultValueDescription: String { bytes % (1 << 30) == 0 ? "\(bytes >> 30)GiB" : "\(bytes)" }
}

/// Error exits with a message and a status (2: could not run).
enum CleanExit {
  static func message(_ text: String, code: Int32) -> Error {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    return ExitCode(code)
  }
}

/// Locates and parses a chapter, turning problems into a clean exit with status 2.
func loadChapter(_ name: String) throws -> ChapterDocument {
  let url: URL
  do {
    url = try chapterLocator().locate(name)
  } catch {
    throw CleanExit.message("hocsau: \(error)", code: 2)
  }
  do {
    return try ChapterDocument.load(from: url)
  } catch {
    throw CleanExit.message("hocsau: the chapter file is malformed:\n\(error)", code: 2)
  }
}
