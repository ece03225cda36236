import Foundation
import MiniPy
import Testing
@testable import Notebook

// MARK: - An event recorder

/// Collects a session's events; `wait(for:)` blocks until an event matching a predicate has
/// arrived (no sleeps: a condition variable wakes the test).
final class EventLog: @unchecked Sendable {
  private let condition = NSCondition()
  private var events: [SessionEvent] = []

  func record(_ event: SessionEvent) {
    condition.withLock {
      events.append(event)
      condition.broadcast()
    }
  }

  var all: [SessionEvent] { condition.withLock { events } }

  /// Waits up to `timeout` seconds for an event satisfying `match`; returns it.
  @discardableResult
  func wait(timeout: Double = 30, for match: (SessionEvent) -> Bool) -> SessionEvent? {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    var seen = 0
    while true {
      while seen < events.count {
        if match(events[seen]) { return events[seen] }
        seen += 1
      }
      if !condition.wait(until: deadline) { return nil }
    }
  }

  /// Text printed by run `id`.
  func text(of id: RunID) -> String {
    all.compactMap { if case .text(id, let t) = $0 { return t } else { return nil } }.joined()
  }

  func outcome(of id: RunID) -> RunOutcome? {
    guard case .finished(_, _, let outcome, _)? = wait(for: { if case .finished(id, _, _, _) = $0 { return true } else { return false } })
    else { return nil }
    return outcome
  }
}

private func makeSession(_ markdown: String = "# S\n") throws -> (Session, EventLog) {
  let document = try ChapterDocument.parse(markdown, id: "s", file: "s.md")
  let log = EventLog()
  let session = Session(
    document: document, configuration: KernelConfiguration(workingDirectory: FileManager.default.temporaryDirectory),
    listener: { log.record($0) })
  return (session, log)
}

// MARK: - Running

@Test func cellsShareStateAndStreamEventsInOrder() throws {
  let (session, log) = try makeSession()
  defer { session.close() }
  let first = session.run(cell: "a", source: "x = 20")
  let second = session.run(cell: "b", source: "print(x + 1)\nprint('done')")
  #expect(log.outcome(of: second) == .completed)
  #expect(log.text(of: second) == "21\ndone\n")
  // started before finished, first before second.
  let kinds = log.all.compactMap { event -> String? in
    switch event {
    case .started(let id, let cell): return "started \(id) \(cell)"
    case .finished(let id, let cell, _, _): return "finished \(id) \(cell)"
    default: return nil
    }
  }
  #expect(kinds == ["started \(first) a", "finished \(first) a", "started \(second) b", "finished \(second) b"])
}

@Test func errorsAreOutcomesWithLines() throws {
  let (session, log) = try makeSession()
  defer { session.close() }
  let id = session.run(cell: "cell-1", source: "a = 1\nb = a / 0")
  guard case .raised(let diagnostic)? = log.outcome(of: id) else {
    Issue.record("expected an error")
    return
  }
  #expect(diagnostic.kind == .zeroDivision)
  #expect(diagnostic.range.line == 2)
  #expect(diagnostic.range.file == "cell-1")
}

@Test func runAllUpToACellUsesEditsWhereGiven() throws {
  let fence = "```"
  let (session, log) = try makeSession(
    "\(fence)python\nx = 1\n\(fence)\n\(fence)python\nx = x + 10\n\(fence)\n\(fence)python\nprint(x)\n\(fence)\n\(fence)python\nprint('not run')\n\(fence)\n")
  defer { session.close() }
  let ids = session.runAll(upTo: "cell-3", sources: ["cell-2": "x = x + 100"])
  #expect(ids.count == 3)
  #expect(log.outcome(of: ids[2]) == .completed)
  #expect(log.text(of: ids[2]) == "101\n")
  session.waitUntilIdle()
  #expect(!log.all.contains { if case .started(_, "cell-4") = $0 { return true } else { return false } })
}

// MARK: - Interrupt, restart, undo

@Test func interruptStopsAnEndlessLoopAndDropsTheQueue() throws {
  let (session, log) = try makeSession()
  defer { session.close() }
  let loop = session.run(cell: "loop", source: "n = 0\nwhile True:\n    n = n + 1")
  let queued = session.run(cell: "next", source: "print('never')")
  // Wait until the loop is visibly running (a progress event), then interrupt.
  log.wait { if case .progress(loop, _, _) = $0 { return true } else { return false } }
  session.interrupt()
  #expect(log.outcome(of: loop) == .interrupted)
  #expect(log.wait { if case .cancelled(queued, "next") = $0 { return true } else { return false } } != nil)
  // The session is usable afterwards, and the loop's variable survived.
  let after = session.run(cell: "after", source: "print(n > 0)")
  #expect(log.outcome(of: after) == .completed)
  #expect(log.text(of: after) == "True\n")
}

@Test func restartForgetsEverything() throws {
  let (session, log) = try makeSession()
  defer { session.close() }
  session.run(cell: "a", source: "secret = 42")
  session.restart()
  let id = session.run(cell: "b", source: "print(secret)")
  #expect(log.wait { if case .restarted = $0 { return true } else { return false } } != nil)
  guard case .raised(let diagnostic)? = log.outcome(of: id) else {
    Issue.record("expected a NameError after restart")
    return
  }
  #expect(diagnostic.kind == .name)
}

@Test func undoRestoresVariablesWithoutRerunning() throws {
  let (session, log) = try makeSession()
  defer { session.close() }
  session.run(cell: "a", source: "x = 1\ncount = 0")
  session.run(cell: "b", source: "x = 2\ny = 'new'\nprint('b ran')")
  session.undoLastRun()
  let check = session.run(cell: "c", source: "print(x)")
  #expect(log.outcome(of: check) == .completed)
  #expect(log.wait { if case .undone("b") = $0 { return true } else { return false } } != nil)
  #expect(log.text(of: check) == "1\n")
  // y, made by the undone run, is gone; "b ran" was printed once only (nothing re-ran).
  let probe = session.run(cell: "d", source: "print(y)")
  guard case .raised(let diagnostic)? = log.outcome(of: probe) else {
    Issue.record("y should be unbound after undo")
    return
  }
  #expect(diagnostic.kind == .name)
  #expect(log.all.compactMap { if case .text(_, let t) = $0 { return t } else { return nil } }.joined().components(separatedBy: "b ran").count == 2)
}

// MARK: - Checking in a session

@Test func checkingAnExerciseReportsEachCheck() throws {
  let document = try ChapterDocument.load(from: fixtures.appendingPathComponent("chapters/90-fixture.md"))
  let log = EventLog()
  let session = Session(
    document: document, configuration: .forChapter(at: document.folder!), listener: { log.record($0) })
  defer { session.close() }
  let id = try #require(session.check(exercise: "f.1", source: "def square(x):\n    print('hi')\n    return x * 2", hintsUsed: 1))
  guard case .checked(_, let result)? = log.wait(for: { if case .checked(id, _) = $0 { return true } else { return false } }) else {
    Issue.record("no result")
    return
  }
  // square(3) = 6 ≠ 9; square(-2.5) = -5 ≠ 6.25; square(0) = 0 passes (weight 1 of 4).
  #expect(result.checks.map(\.status) == [.failed, .failed, .passed])
  #expect(result.checks[0].message == "expected 9.0, got 6.0 (within 9.001e-05: rtol=1e-05, atol=1e-08)")
  #expect(result.score == 0.5)
  #expect(result.status == .partial)
  #expect(result.hintsUsed == 1)
  #expect(result.output.contains("hi"))
}
