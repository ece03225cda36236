import Foundation
import MiniPy
import Plot

// MARK: - Running a whole chapter headless

/// Runs every cell of a chapter in order in one kernel — `hocsau run CHAPTER` — either as
/// written (exercises run their starter code, no checks) or with each exercise's solution in
/// its place followed by its checks (instructor mode, and the test suite's chapter check).
public struct ChapterRunner: Sendable {
  public enum Mode: Sendable { case asWritten, withSolutions }

  /// What happens while running, in order, for a caller that shows progress.
  public enum Event {
    case cellStarted(ChapterCell)
    case text(String)
    case figure(Figure)
    case cellFinished(CellReport)
    /// An exercise's checks ran on its solution (`starter == false`) or its starter code.
    case exerciseChecked(ExerciseResult, starter: Bool)
  }

  /// How one cell went.
  public struct CellReport: Sendable {
    public var cell: ChapterCell
    public var outcome: RunOutcome
    public var duration: Double
    /// Whether this is what the chapter expects (completed, or raised for `expect-error`).
    public var ok: Bool
  }

  public struct Report: Sendable {
    public var cells: [CellReport] = []
    /// Solution results (with solutions) in document order.
    public var exercises: [ExerciseResult] = []
    /// Starter-code results, when `checkStarters` was set.
    public var starters: [ExerciseResult] = []
    /// Every problem, one line each (empty when the chapter passed).
    public var failures: [String] = []
    public var passed: Bool { failures.isEmpty }
  }

  public var document: ChapterDocument
  public var configuration: KernelConfiguration
  public var mode: Mode
  /// With solutions: also run each starter through the checks first (state restored after)
  /// and report a starter that passes every check as a failure.
  public var checkStarters: Bool
  public var budget: ExerciseBudget

  public init(
    document: ChapterDocument, configuration: KernelConfiguration, mode: Mode, checkStarters: Bool = false,
    budget: ExerciseBudget = ExerciseBudget(wallTime: 120, memoryBytes: nil)
  ) {
    self.document = document
    self.configuration = configuration
    self.mode = mode
    self.checkStarters = checkStarters
    self.budget = budget
  }

  /// Runs the chapter on the calling thread (use `runWithLargeStack`), reporting `events`.
  public func run(events: (Event) -> Void = { _ in }) -> Report {
    let kernel = Kernel(configuration: configuration)
    var report = Report()
    withoutActuallyEscaping(events) { events in
      kernel.textSink = { events(.text($0)) }
      kernel.figureSink = { events(.figure($0)) }
      for cell in document.cells {
        events(.cellStarted(cell))
        if mode == .withSolutions, let id = cell.exerciseID, let exercise = document.exercise(id: id) {
          runExercise(exercise, in: kernel, report: &report, events: events)
          continue
        }
        let start = Date()
        let outcome = kernel.run(cell.source, name: cell.id)
        let ok = cell.expectsError ? outcome.diagnostic != nil && !(outcome.isTimeoutOrLimit) : outcome.isCompleted
        let cellReport = CellReport(cell: cell, outcome: outcome, duration: Date().timeIntervalSince(start), ok: ok)
        report.cells.append(cellReport)
        if !ok {
          if cell.expectsError && outcome.isCompleted {
            report.failures.append("\(where_(cell)): cell \(cell.id) is marked expect-error but ran without error")
          } else if cell.exerciseID == nil {
            let message = outcome.diagnostic?.rendered().trimmingCharacters(in: .newlines) ?? "interrupted"
            report.failures.append("\(where_(cell)): cell \(cell.id) failed:\n\(message)")
          }
        }
        events(.cellFinished(cellReport))
      }
      kernel.textSink = { _ in }
      kernel.figureSink = { _ in }
    }
    return report
  }

  private func runExercise(_ exercise: Exercise, in kernel: Kernel, report: inout Report, events: (Event) -> Void) {
    let cell = exercise.cell
    if checkStarters {
      let before = kernel.interpreter.snapshot()
      let starter = kernel.checkAnswer(cell.source, for: exercise, budget: budget)
      kernel.interpreter.restore(before)
      report.starters.append(starter)
      events(.exerciseChecked(starter, starter: true))
      if starter.passed {
        report.failures.append(
          "\(where_(cell)): the starter code of exercise \(exercise.id) passes all its checks; it should fail at least one")
      }
    }
    let start = Date()
    let result = kernel.checkAnswer(exercise.solution?.code ?? "", for: exercise, budget: budget)
    report.exercises.append(result)
    events(.exerciseChecked(result, starter: false))
    if !result.answerMessage.isEmpty {
      report.failures.append("\(where_(cell)): the solution of exercise \(exercise.id) failed: \(result.answerMessage)")
    }
    for check in result.checks where check.status != .passed {
      report.failures.append(
        "\(where_(cell)): exercise \(exercise.id), check '\(check.name)' \(check.status.rawValue) on the solution: \(check.message)")
    }
    let outcome: RunOutcome = result.answerMessage.isEmpty ? .completed : .raised(Diagnostic(.runtime, result.answerMessage))
    let cellReport = CellReport(cell: cell, outcome: outcome, duration: Date().timeIntervalSince(start), ok: result.passed)
    report.cells.append(cellReport)
    events(.cellFinished(cellReport))
  }

  private func where_(_ cell: ChapterCell) -> String {
    "\(document.url?.lastPathComponent ?? document.id):\(cell.firstLine)"
  }
}

extension RunOutcome {
  var isTimeoutOrLimit: Bool {
    switch self {
    case .timedOut, .overLimit: return true
    default: return false
    }
  }
}
