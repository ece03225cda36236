import Foundation

// MARK: - Results of checking

/// How one check ended.
public enum CheckStatus: String, Sendable, Equatable, Codable, CaseIterable {
  /// Ran to the end.
  case passed
  /// An `assert` or `expect_*` helper failed.
  case failed
  /// Anything else raised (a name error, a shape error, a syntax error in the check).
  case error
  /// Ran past the wall-time or statement limit.
  case timeout
  /// Went over the array-memory limit.
  case limit
}

/// The result of one named check.
public struct CheckResult: Sendable, Equatable, Codable {
  public var name: String
  public var weight: Double
  public var visibility: CheckSpec.Visibility
  public var status: CheckStatus
  /// What was expected and what was found (empty when passed).
  public var message: String
  /// Seconds spent.
  public var duration: Double

  public init(
    name: String, weight: Double, visibility: CheckSpec.Visibility, status: CheckStatus, message: String = "",
    duration: Double = 0
  ) {
    self.name = name
    self.weight = weight
    self.visibility = visibility
    self.status = status
    self.message = message
    self.duration = duration
  }

  /// The message a learner may see: hidden checks say only whether they passed.
  public var learnerMessage: String {
    switch (visibility, status) {
    case (_, .passed): return ""
    case (.hidden, _): return "a hidden check did not pass"
    case (.public, _): return message
    }
  }
}

/// How an exercise as a whole ended.
public enum ExerciseStatus: String, Sendable, Equatable, Codable {
  /// Every check passed.
  case passed
  /// Some checks passed, some did not.
  case partial
  /// No check passed (failed or errored).
  case failed
  /// The answer or a check timed out and nothing passed.
  case timeout
  /// The answer went over the memory limit and nothing passed.
  case limit
  /// The submission has no answer for it.
  case missing
}

/// The result of checking one exercise.
public struct ExerciseResult: Sendable, Equatable, Codable {
  public var exerciseID: String
  /// The most the exercise can score.
  public var maxScore: Double
  /// `maxScore × passed weight / total weight`.
  public var score: Double
  public var status: ExerciseStatus
  public var checks: [CheckResult]
  /// When the answer itself raised, timed out or hit a limit: what happened (else empty).
  public var answerMessage: String
  /// Hints the learner revealed (from the progress store or the submission's marker line).
  public var hintsUsed: Int
  /// What the answer and checks printed (truncated); never affects the result.
  public var output: String
  /// Seconds spent on the answer and its checks.
  public var duration: Double

  public init(
    exerciseID: String, maxScore: Double, checks: [CheckResult], answerMessage: String = "",
    hintsUsed: Int = 0, output: String = "", duration: Double = 0, missing: Bool = false
  ) {
    self.exerciseID = exerciseID
    self.maxScore = maxScore
    self.checks = checks
    self.answerMessage = answerMessage
    self.hintsUsed = hintsUsed
    self.output = output
    self.duration = duration
    let total = checks.reduce(0) { $0 + $1.weight }
    let passed = checks.filter { $0.status == .passed }.reduce(0) { $0 + $1.weight }
    self.score = total > 0 ? maxScore * passed / total : 0
    if missing {
      self.status = .missing
      self.score = 0
    } else if !checks.isEmpty && checks.allSatisfy({ $0.status == .passed }) {
      self.status = .passed
    } else if checks.contains(where: { $0.status == .passed }) {
      self.status = .partial
    } else if checks.contains(where: { $0.status == .timeout }) {
      self.status = .timeout
    } else if checks.contains(where: { $0.status == .limit }) {
      self.status = .limit
    } else {
      self.status = .failed
    }
  }

  /// Whether every check passed.
  public var passed: Bool { status == .passed }
}

/// The result of checking a whole submission (or a chapter's solutions).
public struct SubmissionReport: Sendable, Equatable, Codable {
  public var chapterID: String
  public var chapterTitle: String
  /// The submission's file name (or the chapter's, for a solutions run).
  public var submission: String
  public var exercises: [ExerciseResult]
  /// Problems with the submission that are not a check's business (an answer for an unknown
  /// exercise, a duplicate answer) and setup failures.
  public var warnings: [String]
  /// Seconds for the whole check.
  public var duration: Double

  public init(
    chapterID: String, chapterTitle: String, submission: String, exercises: [ExerciseResult],
    warnings: [String] = [], duration: Double = 0
  ) {
    self.chapterID = chapterID
    self.chapterTitle = chapterTitle
    self.submission = submission
    self.exercises = exercises
    self.warnings = warnings
    self.duration = duration
  }

  public var score: Double { exercises.reduce(0) { $0 + $1.score } }
  public var maxScore: Double { exercises.reduce(0) { $0 + $1.maxScore } }
}
