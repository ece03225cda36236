import Foundation
import Testing

@testable import Datasets

/// A fresh temporary folder for one test, removed when the value is dropped.
final class TemporaryFolder {
  let path: String

  init() {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("hocsau-datasets-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) -> String {
    let p = file(name)
    try! FileManager.default.createDirectory(
      atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    return p
  }

  @discardableResult
  func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}

/// Bytes from a base64 literal (golden files produced by NumPy/Python, pasted into tests).
func base64Bytes(_ text: String) -> [UInt8] { [UInt8](Data(base64Encoded: text)!) }

/// Expects `body` to throw a `DatasetError` of `kind` whose description contains every one of
/// `fragments`.
func expectDatasetError(
  _ kind: DatasetError.Kind, containing fragments: [String],
  sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) {
  do {
    try body()
    Issue.record("expected a DatasetError (\(kind)) containing \(fragments), nothing was thrown", sourceLocation: sourceLocation)
  } catch let error as DatasetError {
    #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
    for fragment in fragments {
      #expect(error.description.contains(fragment), "'\(error)' lacks '\(fragment)'", sourceLocation: sourceLocation)
    }
  } catch {
    Issue.record("expected a DatasetError, got \(error)", sourceLocation: sourceLocation)
  }
}
