import Foundation

// MARK: - Submissions

/// A learner's answers as a plain MiniPy file: an optional `#% chapter ID` line, then each
/// answer starts with a line `#% exercise ID` (optionally `hints=N`) and runs to the next.
public struct Submission: Sendable, Equatable {
  public struct Answer: Sendable, Equatable {
    public var exerciseID: String
    public var code: String
    /// The file line of the answer's first code line.
    public var firstLine: Int
    /// Hints the learner revealed, when the marker line says (`hints=N`).
    public var hintsUsed: Int
    public init(exerciseID: String, code: String, firstLine: Int, hintsUsed: Int = 0) {
      self.exerciseID = exerciseID
      self.code = code
      self.firstLine = firstLine
      self.hintsUsed = hintsUsed
    }
  }

  /// The chapter named by a `#% chapter` line, if any.
  public var chapterID: String?
  public var answers: [Answer]
  /// Things wrong with the file that do not stop checking (a duplicate answer, code before the
  /// first marker, a malformed marker), with their lines.
  public var warnings: [String]

  public init(chapterID: String? = nil, answers: [Answer], warnings: [String] = []) {
    self.chapterID = chapterID
    self.answers = answers
    self.warnings = warnings
  }

  /// The answer to exercise `id` (the last one, when there are several).
  public func answer(for id: String) -> Answer? { answers.last { $0.exerciseID == id } }

  /// Parses a submission. Never fails: problems become warnings.
  public static func parse(_ text: String) -> Submission {
    var submission = Submission(answers: [])
    var current: (id: String, hints: Int, line: Int, body: [Substring])? = nil
    var seen: [String: Int] = [:]
    func close() {
      guard let c = current else { return }
      var body = c.body
      while let last = body.last, isBlank(last) { body.removeLast() }
      submission.answers.append(
        Answer(exerciseID: c.id, code: body.joined(separator: "\n"), firstLine: c.line + 1, hintsUsed: c.hints))
    }
    for line in sourceLines(text) {
      let trimmed = line.text.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("#%") else {
        if current != nil {
          current!.body.append(line.text)
        } else if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
          submission.warnings.append("line \(line.number): code before the first '#% exercise' line is ignored")
        }
        continue
      }
      let words = trimmed.dropFirst(2).split(separator: " ").map(String.init)
      switch words.first {
      case "chapter" where words.count == 2:
        submission.chapterID = words[1]
      case "exercise" where words.count >= 2:
        close()
        var hints = 0
        for word in words.dropFirst(2) {
          if word.hasPrefix("hints="), let n = Int(word.dropFirst(6)), n >= 0 {
            hints = n
          } else {
            submission.warnings.append("line \(line.number): '\(word)' in the marker line is not understood")
          }
        }
        let id = words[1]
        if let previous = seen[id] {
          submission.warnings.append(
            "line \(line.number): a second answer for exercise \(id) (the first is on line \(previous)); the last one is checked")
        }
        seen[id] = line.number
        current = (id, hints, line.number, [])
      default:
        submission.warnings.append(
          "line \(line.number): '\(trimmed)' is not a marker ('#% exercise ID' or '#% chapter ID')")
        if current != nil { current!.body.append(line.text) }
      }
    }
    close()
    return submission
  }

  /// Writes answers in submission form (what `hocsau export` prints).
  public static func render(chapterID: String, answers: [Answer]) -> String {
    var out = "#% chapter \(chapterID)\n"
    for answer in answers {
      out += "#% exercise \(answer.exerciseID)" + (answer.hintsUsed > 0 ? " hints=\(answer.hintsUsed)" : "") + "\n"
      out += answer.code
      if !answer.code.hasSuffix("\n") { out += "\n" }
    }
    return out
  }
}
