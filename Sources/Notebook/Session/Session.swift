import Foundation
import MiniPy
import MiniPyLibrary
import Plot

// MARK: - Session

/// A chapter's live session: one MiniPy interpreter on its own thread (with a large stack),
/// running queued cells in order and streaming `SessionEvent`s to a listener. State carries
/// from cell to cell as in Jupyter.
///
/// All methods may be called from any thread and return at once. `interrupt()` stops the
/// running cell within one statement and drops the queue; `restart()` also replaces the
/// interpreter; `undoLastRun()` restores the variables as they were before the last run
/// (arrays are shared copy-on-write, so a snapshot costs one dictionary copy).
public final class Session: @unchecked Sendable {
  public let document: ChapterDocument
  public let configuration: KernelConfiguration
  /// Limits for `check` (the learner's own runs are unlimited: Ctrl-C stops them).
  public var checkBudget: ExerciseBudget {
    get { lock.withLock { _checkBudget } }
    set { lock.withLock { _checkBudget = newValue } }
  }

  /// How many undo steps are kept.
  public static let undoDepth = 20

  private enum Job {
    case run(RunID, CellID, String)
    case check(RunID, Exercise, String, hintsUsed: Int)
    case restart
    case undo
  }

  private let listener: @Sendable (SessionEvent) -> Void
  private let condition = NSCondition()
  private let lock = NSLock()
  private var queue: [Job] = []
  private var running: RunID? = nil
  private var nextRun: RunID = 1
  private var stopped = false
  private var _checkBudget = ExerciseBudget()
  private let interruptFlag = InterruptFlag()
  /// Slow motion: pauses `progress(...)` loops between iterations (presenter mode).
  public let loopGate = LoopGate()
  private var thread: Thread?
  // Worker-thread state.
  private var kernel: Kernel?
  private var undoStack: [(cell: CellID, snapshot: GlobalsSnapshot)] = []

  /// Starts a session for `document` whose events go to `listener` (called on the session's
  /// thread; hop to your own queue there if needed). Call `close()` when done: the worker
  /// thread keeps the session alive until then.
  public init(
    document: ChapterDocument, configuration: KernelConfiguration,
    listener: @escaping @Sendable (SessionEvent) -> Void
  ) {
    self.document = document
    self.configuration = configuration
    self.listener = listener
    // The thread holds the session until `close()` ends its loop.
    let thread = Thread { self.workerLoop() }
    thread.stackSize = 512 << 20
    thread.name = "hocsau session \(document.id)"
    self.thread = thread
    thread.start()
  }

  // MARK: - Requests

  /// Queues a run of `source` as cell `cell`.
  @discardableResult
  public func run(cell: CellID, source: String) -> RunID {
    enqueue { id in .run(id, cell, source) }
  }

  /// Queues every cell of the document up to and including `cell`, using `sources` (the
  /// learner's edits) where given and the chapter's code elsewhere.
  @discardableResult
  public func runAll(upTo cell: CellID, sources: [CellID: String] = [:]) -> [RunID] {
    var ids: [RunID] = []
    for c in document.cells {
      ids.append(run(cell: c.id, source: sources[c.id] ?? c.source))
      if c.id == cell { break }
    }
    return ids
  }

  /// Queues a check of exercise `exercise`: runs `source` as its cell, then its checks
  /// (under `checkBudget`); a `.checked` event follows the run's `.finished`.
  @discardableResult
  public func check(exercise id: String, source: String, hintsUsed: Int = 0) -> RunID? {
    guard let exercise = document.exercise(id: id) else { return nil }
    return enqueue { run in .check(run, exercise, source, hintsUsed: hintsUsed) }
  }

  /// Stops the running cell (within one statement) and drops the queued ones.
  public func interrupt() {
    let dropped = condition.withLock { () -> [Job] in
      let dropped = queue
      queue.removeAll()
      if running != nil { interruptFlag.set() }
      return dropped
    }
    reportCancelled(dropped)
  }

  /// Interrupts, then replaces the interpreter with a fresh one (every variable is gone).
  public func restart() {
    let dropped = condition.withLock { () -> [Job] in
      let dropped = queue
      queue = [.restart]
      if running != nil { interruptFlag.set() }
      condition.signal()
      return dropped
    }
    reportCancelled(dropped)
  }

  /// Queues an undo: the variables go back to what they were before the last run.
  public func undoLastRun() {
    condition.withLock {
      queue.append(.undo)
      condition.signal()
    }
  }

  /// Whether a run is going or queued.
  public var isBusy: Bool { condition.withLock { running != nil || !queue.isEmpty } }

  /// Blocks until the queue is empty and nothing runs, or `timeout` seconds pass.
  /// - Returns: whether the session became idle.
  @discardableResult
  public func waitUntilIdle(timeout: Double = .infinity) -> Bool {
    // No deadline means `wait()`: corelibs Foundation's `wait(until: .distantFuture)` overflows
    // its timespec and traps (seen as a flaky SIGILL in the test suite).
    let deadline = timeout.isFinite ? Date().addingTimeInterval(timeout) : nil
    condition.lock()
    defer { condition.unlock() }
    while running != nil || !queue.isEmpty {
      if let deadline {
        if !condition.wait(until: deadline) { return running == nil && queue.isEmpty }
      } else {
        condition.wait()
      }
    }
    return true
  }

  /// Stops the worker thread (interrupting what runs). The session cannot be used after.
  public func close() {
    condition.withLock {
      stopped = true
      queue.removeAll()
      if running != nil { interruptFlag.set() }
      condition.broadcast()
    }
  }

  private func enqueue(_ make: (RunID) -> Job) -> RunID {
    condition.withLock {
      let id = nextRun
      nextRun += 1
      queue.append(make(id))
      condition.signal()
      return id
    }
  }

  private func reportCancelled(_ jobs: [Job]) {
    for job in jobs {
      switch job {
      case .run(let id, let cell, _): listener(.cancelled(run: id, cell: cell))
      case .check(let id, let exercise, _, _): listener(.cancelled(run: id, cell: exercise.cell.id))
      case .restart, .undo: break
      }
    }
  }

  // MARK: - Worker thread

  private func workerLoop() {
    while true {
      condition.lock()
      while queue.isEmpty && !stopped { condition.wait() }
      if stopped {
        condition.unlock()
        kernel = nil
        return
      }
      let job = queue.removeFirst()
      switch job {
      case .run(let id, _, _), .check(let id, _, _, _): running = id
      case .restart, .undo: running = 0
      }
      interruptFlag.clear()
      condition.unlock()

      perform(job)

      condition.lock()
      running = nil
      condition.broadcast()
      condition.unlock()
    }
  }

  private func currentKernel() -> Kernel {
    if let kernel { return kernel }
    let fresh = Kernel(configuration: configuration, interrupt: interruptFlag, loopGate: loopGate)
    kernel = fresh
    return fresh
  }

  private func perform(_ job: Job) {
    switch job {
    case .restart:
      kernel = nil
      undoStack.removeAll()
      listener(.restarted)
    case .undo:
      if let last = undoStack.popLast() {
        currentKernel().interpreter.restore(last.snapshot)
        listener(.undone(cell: last.cell))
      } else {
        listener(.undone(cell: nil))
      }
    case .run(let id, let cell, let source):
      let kernel = currentKernel()
      listener(.started(run: id, cell: cell))
      pushUndo(cell, kernel)
      let start = Date()
      let outcome = withStreaming(id, kernel, start) { kernel.run(source, name: cell) }
      listener(.finished(run: id, cell: cell, outcome: outcome, duration: Date().timeIntervalSince(start)))
    case .check(let id, let exercise, let source, let hints):
      let kernel = currentKernel()
      listener(.started(run: id, cell: exercise.cell.id))
      pushUndo(exercise.cell.id, kernel)
      let start = Date()
      let budget = checkBudget
      let result = withStreaming(id, kernel, start) {
        kernel.checkAnswer(source, for: exercise, budget: budget, hintsUsed: hints)
      }
      if !result.output.isEmpty { listener(.text(run: id, result.output)) }
      let outcome: RunOutcome =
        result.answerMessage.isEmpty ? .completed : .raised(Diagnostic(.runtime, result.answerMessage))
      listener(.finished(run: id, cell: exercise.cell.id, outcome: outcome, duration: Date().timeIntervalSince(start)))
      listener(.checked(run: id, result: result))
    }
  }

  private func pushUndo(_ cell: CellID, _ kernel: Kernel) {
    undoStack.append((cell, kernel.interpreter.snapshot()))
    if undoStack.count > Self.undoDepth { undoStack.removeFirst() }
  }

  /// Runs `body` with the kernel's sinks streaming to the listener: text batched, figures at
  /// once, progress at most every 0.1 s.
  private func withStreaming<T>(_ id: RunID, _ kernel: Kernel, _ start: Date, _ body: () -> T) -> T {
    var buffer = ""
    var lastFlush = Date()
    var lastProgress = Date()
    let listener = self.listener
    func flush() {
      if !buffer.isEmpty {
        listener(.text(run: id, buffer))
        buffer = ""
      }
      lastFlush = Date()
    }
    return withoutActuallyEscaping(body) { body in
      kernel.textSink = { text in
        buffer += text
        if buffer.utf8.count >= 4096 || Date().timeIntervalSince(lastFlush) >= 0.05 { flush() }
      }
      kernel.figureSink = { figure in
        flush()
        listener(.figure(run: id, figure))
      }
      kernel.visualizerSink = { walk in
        flush()
        listener(.visualizer(run: id, walk))
      }
      kernel.progressSink = { report in
        flush()
        listener(.loop(run: id, report))
      }
      kernel.interpreter.lineHook = { _, line in
        let now = Date()
        if now.timeIntervalSince(lastProgress) >= 0.1 {
          lastProgress = now
          if !buffer.isEmpty && now.timeIntervalSince(lastFlush) >= 0.05 { flush() }
          listener(.progress(run: id, line: line, elapsed: now.timeIntervalSince(start)))
        }
      }
      let result = body()
      flush()
      kernel.textSink = { _ in }
      kernel.figureSink = { _ in }
      kernel.visualizerSink = nil
      kernel.progressSink = { _ in }
      kernel.interpreter.lineHook = nil
      return result
    }
  }
}
