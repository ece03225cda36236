import Foundation
import MiniPy

// MARK: - Checking a submission

/// Checks a submission against a chapter: each exercise in a fresh kernel that first runs the
/// chapter's `python` cells before it (with earlier exercises' reference solutions, so one
/// wrong answer does not fail the next), then the answer and its checks under `budget`.
public struct SubmissionChecker: Sendable {
  public var document: ChapterDocument
  public var configuration: KernelConfiguration
  public var budget: ExerciseBudget
  /// Wall-time limit for replaying the chapter's cells before one exercise.
  public var setupWallTime: Double?

  public init(
    document: ChapterDocument, configuration: KernelConfiguration, budget: ExerciseBudget = ExerciseBudget(),
    setupWallTime: Double? = 300
  ) {
    self.document = document
    self.configuration = configuration
    self.budget = budget
    self.setupWallTime = setupWallTime
  }

  /// Checks every exercise of the chapter (a missing answer scores 0). Runs on the calling
  /// thread; call it from a thread with a big stack (`runWithLargeStack`).
  public func check(_ submission: Submission, name: String, now: @escaping () -> Date = Date.init) -> SubmissionReport {
    let start = now()
    var warnings = submission.warnings
    let known = Set(document.exercises.map(\.id))
    for answer in submission.answers where !known.contains(answer.exerciseID) {
      warnings.append("the answer for exercise \(answer.exerciseID) is ignored: chapter \(document.id) has no such exercise")
    }
    if let chapter = submission.chapterID, chapter != document.id {
      warnings.append("the submission says it is for chapter \(chapter), but it was checked against \(document.id)")
    }
    var results: [ExerciseResult] = []
    for exercise in document.exercises {
      guard let answer = submission.answer(for: exercise.id) else {
        results.append(
          ExerciseResult(
            exerciseID: exercise.id, maxScore: exercise.points,
            checks: exercise.checks.map {
              CheckResult(name: $0.name, weight: $0.weight, visibility: $0.visibility, status: .failed, message: "no answer")
            }, missing: true))
        continue
      }
      let kernel = Kernel(configuration: configuration)
      warnings += replayCells(before: exercise, in: kernel)
      // Blank lines before the answer make its line numbers the submission file's.
      let code = String(repeating: "\n", count: max(answer.firstLine - 1, 0)) + answer.code
      results.append(
        kernel.checkAnswer(code, for: exercise, budget: budget, hintsUsed: answer.hintsUsed, answerName: name, now: now))
    }
    return SubmissionReport(
      chapterID: document.id, chapterTitle: document.title, submission: name, exercises: results, warnings: warnings,
      duration: now().timeIntervalSince(start))
  }

  /// Runs the chapter's cells before `exercise` (earlier exercises as their solutions);
  /// returns warnings for cells that failed (a chapter bug, reported but not fatal).
  func replayCells(before exercise: Exercise, in kernel: Kernel) -> [String] {
    var warnings: [String] = []
    var limits = configuration.limits
    limits.wallTime = setupWallTime
    for cell in document.cells {
      if cell.id == exercise.cell.id { break }
      let code: String
      if let id = cell.exerciseID { code = document.exercise(id: id)?.solution?.code ?? "" } else { code = cell.source }
      let outcome = kernel.run(code, name: cell.id, limits: limits)
      if !outcome.isCompleted && !cell.expectsError {
        let message = outcome.diagnostic.map { $0.rendered() } ?? "interrupted"
        warnings.append("exercise \(exercise.id): the chapter's cell \(cell.id) failed before it: \(message)")
      }
    }
    return warnings
  }
}

// MARK: - Threads with a big stack

/// Runs `body` on a new thread with a `stackSize`-byte stack and waits for it: the tree-walking
/// interpreter recurses on deeply nested code, which a default 8 MiB (or 512 KiB secondary
/// thread) stack cannot hold.
public func runWithLargeStack<T: Sendable>(stackSize: Int = 512 << 20, _ body: @escaping @Sendable () -> T) -> T {
  let done = DispatchSemaphore(value: 0)
  nonisolated(unsafe) var result: T? = nil
  let thread = Thread {
    result = body()
    done.signal()
  }
  thread.stackSize = stackSize
  thread.start()
  done.wait()
  return result!
}
