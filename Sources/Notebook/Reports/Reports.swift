import Foundation

// MARK: - Report formats

/// The formats `hocsau check` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// For people: one line an exercise, one line a check that did not pass.
  case text
  /// hocsau's own JSON (what `hocsau grade` reads from its children).
  case json
  /// JUnit XML (CI systems, most LMS plugins).
  case junit
  /// Gradescope autograder `results.json`.
  case gradescope
}

extension SubmissionReport {
  /// Renders the report in `format`. `showHidden` only matters for `.text`: whether hidden
  /// checks' messages are shown (graders' formats always carry them, with their visibility).
  public func rendered(as format: ReportFormat, showHidden: Bool = false) -> String {
    switch format {
    case .text: return textReport(showHidden: showHidden)
    case .json: return jsonReport()
    case .junit: return junitReport()
    case .gradescope: return gradescopeReport()
    }
  }
}

/// Formats a score without a trailing `.0` (`2`, `1.5`, `0.67`).
func formatScore(_ value: Double) -> String {
  if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
  var text = String(format: "%.2f", value)
  while text.hasSuffix("0") { text.removeLast() }
  if text.hasSuffix(".") { text.removeLast() }
  return text
}

/// The weight-proportional share of an exercise's points a check is worth.
func checkMaxScore(_ check: CheckResult, in exercise: ExerciseResult) -> Double {
  let total = exercise.checks.reduce(0) { $0 + $1.weight }
  return total > 0 ? exercise.maxScore * check.weight / total : 0
}

// MARK: - Text

extension SubmissionReport {
  func textReport(showHidden: Bool) -> String {
    var lines: [String] = []
    lines.append("\(submission): chapter \(chapterID) (\(chapterTitle))")
    for warning in warnings { lines.append("  warning: \(warning)") }
    let idWidth = exercises.map(\.exerciseID.count).max() ?? 0
    for exercise in exercises {
      let id = exercise.exerciseID.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let status = exercise.status.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)
      var line = "exercise \(id)  \(status) \(formatScore(exercise.score))/\(formatScore(exercise.maxScore))"
      if exercise.hintsUsed > 0 { line += "  (\(exercise.hintsUsed) hint\(exercise.hintsUsed == 1 ? "" : "s"))" }
      lines.append(line)
      if exercise.status == .missing {
        lines.append("    no answer: add a line '#% exercise \(exercise.exerciseID)' followed by your code")
        continue
      }
      if !exercise.answerMessage.isEmpty {
        lines.append(contentsOf: indent(exercise.answerMessage, by: "    your code: "))
      }
      for check in exercise.checks {
        let mark = check.status == .passed ? "ok  " : check.status.rawValue
        let hidden = check.visibility == .hidden
        let name = hidden && !showHidden ? "(hidden check)" : check.name + (hidden ? " (hidden)" : "")
        lines.append("  \(mark.padding(toLength: 7, withPad: " ", startingAt: 0)) \(name)")
        if check.status != .passed {
          let message = showHidden ? check.message : check.learnerMessage
          if !message.isEmpty && !(hidden && !showHidden) { lines.append(contentsOf: indent(message, by: "          ")) }
        }
      }
    }
    let passed = exercises.filter(\.passed).count
    lines.append(
      "score: \(formatScore(score))/\(formatScore(maxScore)) (\(passed) of \(exercises.count) exercises passed)")
    return lines.joined(separator: "\n") + "\n"
  }

  private func indent(_ text: String, by prefix: String) -> [String] {
    let pad = String(repeating: " ", count: prefix.count)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { n, line in
      (n == 0 ? prefix : pad) + line
    }
  }
}

// MARK: - JSON

/// hocsau's JSON report: the `SubmissionReport` with its totals.
public struct JSONReport: Codable, Sendable, Equatable {
  public var tool: String
  public var formatVersion: Int
  public var chapterID: String
  public var chapterTitle: String
  public var submission: String
  public var score: Double
  public var maxScore: Double
  public var duration: Double
  public var warnings: [String]
  public var exercises: [ExerciseResult]

  public static let currentVersion = 1

  public init(_ report: SubmissionReport) {
    tool = "hocsau"
    formatVersion = Self.currentVersion
    chapterID = report.chapterID
    chapterTitle = report.chapterTitle
    submission = report.submission
    score = report.score
    maxScore = report.maxScore
    duration = report.duration
    warnings = report.warnings
    exercises = report.exercises
  }

  /// The report back (for `hocsau grade`, which reads its children's JSON).
  public var submissionReport: SubmissionReport {
    SubmissionReport(
      chapterID: chapterID, chapterTitle: chapterTitle, submission: submission, exercises: exercises,
      warnings: warnings, duration: duration)
  }

  /// Decodes a JSON report.
  public static func decode(_ data: Data) throws -> JSONReport {
    try JSONDecoder().decode(JSONReport.self, from: data)
  }
}

extension SubmissionReport {
  func jsonReport() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(JSONReport(self)) else { return "{}" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
