import Foundation
import MiniPy

// MARK: - Budgets

/// The limits one exercise (its answer and all its checks together) runs under.
public struct ExerciseBudget: Sendable, Equatable {
  /// Wall-clock seconds for the answer and its checks together; nil: unlimited.
  public var wallTime: Double?
  /// Bytes of array memory the answer and checks may allocate in total; nil: unlimited.
  public var memoryBytes: Int?
  /// Statements the answer and each check may execute; nil: unlimited.
  public var statements: Int?

  public init(wallTime: Double? = 10, memoryBytes: Int? = 1 << 30, statements: Int? = nil) {
    self.wallTime = wallTime
    self.memoryBytes = memoryBytes
    self.statements = statements
  }

  /// No limits (a learner's own session: Ctrl-C stops it).
  public static let unlimited = ExerciseBudget(wallTime: nil, memoryBytes: nil)
}

// MARK: - Checking an exercise in a kernel

extension Kernel {
  /// Runs `answer` as exercise `exercise`'s code in this kernel's current state, then each of
  /// its checks; returns the result. The answer's variables stay (as in a notebook); the
  /// checks' own variables do not (state is restored after the setup and each check).
  /// Printed output is collected into `ExerciseResult.output` and never affects the result.
  ///
  /// `answerName` names the answer in diagnostics (default `exercise ID`); a submission passes
  /// its file name and pads the code with blank lines so lines match the file.
  public func checkAnswer(
    _ answer: String, for exercise: Exercise, budget: ExerciseBudget, hintsUsed: Int = 0,
    answerName: String? = nil, now: () -> Date = Date.init
  ) -> ExerciseResult {
    let start = now()
    let deadline = budget.wallTime.map { start.addingTimeInterval($0) }
    let memoryCap = budget.memoryBytes.map { interpreter.memoryUsed + $0 }
    var output = ""
    let previousSink = textSink
    textSink = { output += $0 }
    defer { textSink = previousSink }

    func limits() -> Limits? {
      var limits = configuration.limits
      if let deadline { limits.wallTime = max(deadline.timeIntervalSince(now()), 0.001) }
      if let memoryCap { limits.memoryBytes = memoryCap }
      if let statements = budget.statements { limits.statements = statements }
      return limits
    }

    func finish(_ checks: [CheckResult], answerMessage: String) -> ExerciseResult {
      ExerciseResult(
        exerciseID: exercise.id, maxScore: exercise.points, checks: checks, answerMessage: answerMessage,
        hintsUsed: hintsUsed, output: OutputSummary(text: output).text, duration: now().timeIntervalSince(start))
    }

    func all(_ status: CheckStatus, _ message: String) -> [CheckResult] {
      exercise.checks.map {
        CheckResult(name: $0.name, weight: $0.weight, visibility: $0.visibility, status: status, message: message)
      }
    }

    // The answer.
    var answerMessage = ""
    switch run(answer, name: answerName ?? "exercise \(exercise.id)", limits: limits()) {
    case .completed:
      break
    case .raised(let diagnostic):
      answerMessage = diagnostic.rendered().trimmingCharacters(in: .newlines)
    case .interrupted:
      return finish(all(.error, "interrupted before the checks ran"), answerMessage: "interrupted")
    case .timedOut(let diagnostic):
      return finish(all(.timeout, "not run: your code stopped first"), answerMessage: timeoutMessage(budget, diagnostic))
    case .overLimit(let diagnostic):
      return finish(all(.limit, "not run: your code stopped first"), answerMessage: limitMessage(budget, diagnostic))
    }

    // Setup, then each check from the state setup leaves; the learner's state comes back after.
    let beforeChecks = interpreter.snapshot()
    defer { interpreter.restore(beforeChecks) }
    if let setup = exercise.checkSetup {
      let outcome = run(setup.code, name: "check \(exercise.id) setup", limits: limits())
      if !outcome.isCompleted {
        let (status, message) = classify(outcome, budget: budget)
        return finish(all(status == .passed ? .error : status, "the checks' setup failed: \(message)"), answerMessage: answerMessage)
      }
    }
    let afterSetup = interpreter.snapshot()
    var results: [CheckResult] = []
    for check in exercise.checks {
      let checkStart = now()
      let status: CheckStatus, message: String
      if let deadline, now() >= deadline {
        (status, message) = (.timeout, "not run: the exercise's \(seconds(budget.wallTime)) time limit was used up")
      } else {
        let outcome = run(check.source.code, name: "check \(exercise.id): \(check.name)", limits: limits())
        (status, message) = classify(outcome, budget: budget)
        interpreter.restore(afterSetup)
      }
      results.append(
        CheckResult(
          name: check.name, weight: check.weight, visibility: check.visibility, status: status, message: message,
          duration: now().timeIntervalSince(checkStart)))
    }
    return finish(results, answerMessage: answerMessage)
  }

  /// A check's status and message from how its code ended.
  func classify(_ outcome: RunOutcome, budget: ExerciseBudget) -> (CheckStatus, String) {
    switch outcome {
    case .completed:
      return (.passed, "")
    case .raised(let d) where d.kind == .assertion:
      if !d.message.isEmpty { return (.failed, d.message) }
      let line = d.lineText?.trimmingCharacters(in: .whitespaces) ?? "assert"
      return (.failed, "assertion failed: \(line)")
    case .raised(let d):
      var text = "\(d.pythonClassName): \(d.message)"
      if !d.range.isUnknown { text += " (\(d.range.file), line \(d.range.line))" }
      if let hint = d.hint { text += "\nHint: \(hint)" }
      return (.error, text)
    case .interrupted:
      return (.error, "interrupted")
    case .timedOut(let d):
      return (.timeout, timeoutMessage(budget, d))
    case .overLimit(let d):
      return (.limit, limitMessage(budget, d))
    }
  }

  func timeoutMessage(_ budget: ExerciseBudget, _ d: Diagnostic) -> String {
    let line = d.range.isUnknown ? "" : " (it was at \(d.range.file), line \(d.range.line))"
    if budget.wallTime != nil && !d.message.contains("statement") {
      return "ran past the \(seconds(budget.wallTime)) time limit\(line): an endless loop?"
    }
    return "\(d.message)\(line)"
  }

  func limitMessage(_ budget: ExerciseBudget, _ d: Diagnostic) -> String {
    let line = d.range.isUnknown ? "" : " (at \(d.range.file), line \(d.range.line))"
    return "went over the memory limit: \(d.message)\(line)"
  }
}

/// `10 s`, `0.5 s`.
func seconds(_ value: Double?) -> String {
  guard let value else { return "no" }
  return value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
}
