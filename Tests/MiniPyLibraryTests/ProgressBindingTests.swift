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
