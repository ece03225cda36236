import Foundation

// MARK: - Gradescope results.json

/// Gradescope's autograder `results.json` (the fields its documentation lists): the total
/// `score`, `max_score`, and one entry in `tests` for each check.
public struct GradescopeResults: Codable, Sendable, Equatable {
  public struct Test: Codable, Sendable, Equatable {
    public var name: String
    /// `EXERCISE.N`, as Gradescope sorts tests by it.
    public var number: String
    public var score: Double
    public var maxScore: Double
    /// `passed` or `failed` (Gradescope knows only these two).
    public var status: String
    public var output: String
    /// `visible` for public checks, `after_published` for hidden ones.
    public var visibility: String

    enum CodingKeys: String, CodingKey {
      case name, number, score, status, output, visibility
      case maxScore = "max_score"
    }
  }

  public var score: Double
  public var maxScore: Double
  public var output: String
  public var visibility: String
  public var stdoutVisibility: String
  public var executionTime: Double
  public var tests: [Test]

  enum CodingKeys: String, CodingKey {
    case score, output, visibility, tests
    case maxScore = "max_score"
    case stdoutVisibility = "stdout_visibility"
    case executionTime = "execution_time"
  }

  public init(_ report: SubmissionReport) {
    var tests: [Test] = []
    for exercise in report.exercises {
      for (n, check) in exercise.checks.enumerated() {
        let maxScore = checkMaxScore(check, in: exercise)
        var output: [String] = []
        if exercise.status == .missing {
          output.append("No answer for exercise \(exercise.exerciseID).")
        } else {
          if !exercise.answerMessage.isEmpty { output.append("Your code: \(exercise.answerMessage)") }
          if check.status != .passed {
            output.append("\(check.status.rawValue): \(check.message)")
          }
        }
        tests.append(
          Test(
            name: "\(exercise.exerciseID): \(check.name)", number: "\(exercise.exerciseID).\(n + 1)",
            score: check.status == .passed ? maxScore : 0, maxScore: maxScore,
            status: check.status == .passed ? "passed" : "failed", output: output.joined(separator: "\n"),
            visibility: check.visibility == .hidden ? "after_published" : "visible"))
      }
    }
    self.tests = tests
    self.score = tests.reduce(0) { $0 + $1.score }
    self.maxScore = report.maxScore
    var summary = ["Chapter \(report.chapterID) (\(report.chapterTitle)): \(formatScore(report.score))/\(formatScore(report.maxScore))"]
    summary += report.warnings.map { "warning: \($0)" }
    self.output = summary.joined(separator: "\n")
    self.visibility = "visible"
    self.stdoutVisibility = "hidden"
    self.executionTime = (report.duration * 1000).rounded() / 1000
  }
}

extension SubmissionReport {
  func gradescopeReport() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(GradescopeResults(self)) else { return "{}" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
