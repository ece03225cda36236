import Foundation
import MiniPy
import Testing
@testable import MiniPyLibrary

@Test func progressIteratesLikeItsIterableAndReportsFirstAndLastStep() throws {
  var output = ""
  let interp = Interpreter { output += $0 }
  var reports: [LoopProgress] = []
  StandardLibrary.install(in: interp, progressSink: { reports.append($0) })
  _ = try interp.run(source: """
    total = 0
    for i in progress(range(5), label='epoch'):
        total += i
    print(total, len(progress([1, 2, 3])))
    for x in progress([]):
        print('never')
    """, fileName: "t.py")
  #expect(output == "10 3\n")
  let epochs = reports.filter { $0.label == "epoch" }
  #expect(epochs.first?.done == 0 && epochs.first?.total == 5)
  #expect(epochs.last?.done == 5)
  #expect(reports.contains { $0.label == "step" && $0.total == 0 })
}

@Test func progressRejectsBadArguments() throws {
  let interp = Interpreter { _ in }
  StandardLibrary.install(in: interp)
  #expect(throws: (any Error).self) { try interp.run(source: "progress(5)", fileName: "t.py") }
  #expect(throws: (any Error).self) { try interp.run(source: "progress(range(3), colour='red')", fileName: "t.py") }
  // Without a sink (headless) it only iterates.
  let v = try interp.run(source: "sum(progress(range(4)))", fileName: "t.py")
  #expect(try interp.repr(v!) == "6")
}

/// Slow motion: a paused gate holds the loop between iterations, `step()` lets exactly one
/// through, resuming finishes it, and an interrupt wakes a waiting loop. (The loop counts
/// through a locked host counter: the test thread never reads the interpreter while it runs.)
@Test func loopGatePausesStepsAndResumes() throws {
  let interp = Interpreter { _ in }
  let gate = LoopGate()
  StandardLibrary.install(in: interp)
  ProgressBinding.install(in: interp, gate: gate, sink: nil)
  let counter = Counter()
  interp.setBuiltin("tick", .builtin(BuiltinFunction(name: "tick") { _ in counter.add(); return .none }))
  gate.setPaused(true)
  let done = DispatchSemaphore(value: 0)
  nonisolated(unsafe) let shared = interp
  Thread {
    _ = try? shared.run(source: "for i in progress(range(3)):\n    tick()", fileName: "t.py")
    done.signal()
  }.start()
  Thread.sleep(forTimeInterval: 0.2)
  #expect(counter.value == 0)
  gate.step()
  // one step runs one iteration (waited for, not slept on: a busy machine may take a while),
  // and no more while paused
  let deadline = Date().addingTimeInterval(10)
  while counter.value < 1 && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
  Thread.sleep(forTimeInterval: 0.1)
  #expect(counter.value == 1)
  gate.setPaused(false)
  #expect(done.wait(timeout: .now() + 5) == .success)
  #expect(counter.value == 3)

  gate.setPaused(true)
  Thread {
    _ = try? shared.run(source: "for i in progress(range(3)):\n    tick()", fileName: "t.py")
    done.signal()
  }.start()
  Thread.sleep(forTimeInterval: 0.1)
  interp.interrupt.set()
  #expect(done.wait(timeout: .now() + 5) == .success)
  #expect(counter.value == 3)
}

private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
