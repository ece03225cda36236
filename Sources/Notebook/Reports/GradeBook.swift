import Foundation

// MARK: - A class's grades

/// The results of checking a folder of submissions: `grades.csv` and a per-exercise summary.
public struct GradeBook: Sendable, Equatable {
  /// One student's outcome: a report, or why checking their submission failed.
  public struct Entry: Sendable, Equatable {
    public var student: String
    public var report: SubmissionReport?
    /// Set when checking did not produce a report (the checker crashed, timed out, …).
    public var failure: String?
    public init(student: String, report: SubmissionReport?, failure: String? = nil) {
      self.student = student
      self.report = report
      self.failure = failure
    }
  }

  public var exercises: [Exercise]
  public var entries: [Entry]

  public init(exercises: [Exercise], entries: [Entry]) {
    self.exercises = exercises
    self.entries = entries.sorted { $0.student < $1.student }
  }

  /// One row per student, one column per exercise (its score), then the total, the maximum
  /// and a note (`checked`, or what went wrong).
  public var csv: String {
    var rows: [[String]] = [["student"] + exercises.map { "exercise \($0.id)" } + ["total", "max_score", "note"]]
    let maxScore = exercises.reduce(0) { $0 + $1.points }
    for entry in entries {
      var row = [entry.student]
      if let report = entry.report {
        for exercise in exercises {
          row.append(formatScore(report.exercises.first { $0.exerciseID == exercise.id }?.score ?? 0))
        }
        row += [formatScore(report.score), formatScore(maxScore), "checked"]
      } else {
        row += exercises.map { _ in "0" } + ["0", formatScore(maxScore), entry.failure ?? "not checked"]
      }
      rows.append(row)
    }
    return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// Per exercise: how many students passed it, the mean score and the mean hints used.
  public var summary: String {
    let n = entries.count
    var lines = ["\(n) submission\(n == 1 ? "" : "s"), \(entries.filter { $0.report == nil }.count) could not be checked"]
    let idWidth = max(8, exercises.map(\.id.count).max() ?? 0)
    lines.append(
      "exercise".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  points  passed        mean score  mean hints")
    for exercise in exercises {
      let results = entries.compactMap { $0.report?.exercises.first { $0.exerciseID == exercise.id } }
      let passed = results.filter(\.passed).count
      let rate = n > 0 ? Double(passed) / Double(n) * 100 : 0
      let meanScore = n > 0 ? results.reduce(0) { $0 + $1.score } / Double(n) : 0
      let meanHints = results.isEmpty ? 0 : Double(results.reduce(0) { $0 + $1.hintsUsed }) / Double(results.count)
      lines.append(
        exercise.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
          + "  " + formatScore(exercise.points).padding(toLength: 6, withPad: " ", startingAt: 0)
          + "  " + "\(passed)/\(n) (\(String(format: "%.0f", rate))%)".padding(toLength: 12, withPad: " ", startingAt: 0)
          + "  " + String(format: "%.2f", meanScore).padding(toLength: 10, withPad: " ", startingAt: 0)
          + "  " + String(format: "%.1f", meanHints))
    }
    for entry in entries where entry.report == nil {
      lines.append("not checked: \(entry.student): \(entry.failure ?? "")")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
func csvField(_ text: String) -> String {
  guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
  return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
