import Foundation

/// One problem in a chapter document, with where it is.
public struct DocumentIssue: Sendable, Equatable, CustomStringConvertible {
  /// The file name or path as given to the parser.
  public var file: String
  /// 1-based line.
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, the form editors and compilers use.
  public var description: String { "\(file):\(line): \(message)" }
}

/// A malformed chapter document: every problem found, in line order.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
  public var issues: [DocumentIssue]
  public init(issues: [DocumentIssue]) { self.issues = issues }
  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
