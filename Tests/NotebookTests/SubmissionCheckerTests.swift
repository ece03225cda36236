import Foundation
import MiniPy
import Testing
@testable import Notebook

// MARK: - Checking the fixture submissions

let fixtureChapter = fixtures.appendingPathComponent("chapters/90-fixture.md")

private func checkFixture(_ name: String, wallTime: Double = 10, memory: Int = 1 << 30) throws -> SubmissionReport {
  let document = try ChapterDocument.load(from: fixtureChapter)
  let text = try String(contentsOf: fixtures.appendingPathComponent("submissions/\(name)"), encoding: .utf8)
  let checker = SubmissionChecker(
    document: document,
    configuration: KernelConfiguration(
      workingDirectory: makeTemporaryFolder(name),
      searchDirectories: [document.folder!, fixtures.appendingPathComponent("assets")]),
    budget: ExerciseBudget(wallTime: wallTime, memoryBytes: memory))
  return runWithLargeStack { checker.check(Submission.parse(text), name: name) }
}

@Test func correctSubmissionPassesEverything() throws {
  let report = try checkFixture("correct.py")
  #expect(report.exercises.map(\.status) == [.passed, .passed, .passed])
  #expect(report.score == 4)
  #expect(report.maxScore == 4)
  #expect(report.exercises[0].hintsUsed == 1)
  // Printing is collected, and does not change the result.
  #expect(report.exercises[2].output.contains("printing does not change a result"))
  #expect(report.warnings.isEmpty, "\(report.warnings)")
}

@Test func wrongSubmissionGetsPartialCreditAndMessages() throws {
  let report = try checkFixture("wrong.py")
  #expect(report.exercises.map(\.status) == [.partial, .failed, .missing])
  // f.1: only the hidden check (weight 1 of 4) passes: 2 points × 1/4.
  #expect(report.exercises[0].score == 0.5)
  #expect(report.exercises[0].checks.map(\.status) == [.failed, .failed, .passed])
  #expect(report.exercises[0].checks[1].message == "expected 6.25, got -5.0 (within 6.251e-05: rtol=1e-05, atol=1e-08)")
  #expect(report.exercises[1].checks[0].message == "expected 2.0, got 3.0 (within 2.001e-05: rtol=1e-05, atol=1e-08)")
  #expect(report.score == 0.5)
}

@Test func loopingAnswerTimesOutAndTheOthersStillRun() throws {
  let report = try checkFixture("looping.py", wallTime: 1)
  #expect(report.exercises.map(\.status) == [.timeout, .passed, .passed])
  let checks = report.exercises[0].checks
  #expect(checks.map(\.status) == [.timeout, .timeout, .timeout])
  #expect(checks[0].message.hasPrefix("ran past the 1 s time limit"))
  #expect(checks[1].message == "not run: the exercise's 1 s time limit was used up")
  #expect(report.score == 2)
}

/// f.1 allocates 1 MB arrays forever, f.2 asks for a 74.5 GiB array at once: both become
/// `limit` for that exercise only.
@Test func memoryBombsHitTheLimitAndTheOthersStillRun() throws {
  let report = try checkFixture("bomb.py", memory: 64 << 20)
  #expect(report.exercises.map(\.status) == [.limit, .limit, .passed])
  #expect(report.exercises[0].answerMessage.hasPrefix("went over the memory limit: memory limit exceeded: "))
  #expect(report.exercises[0].answerMessage.hasSuffix("limit 64.0 MiB (at bomb.py, line 6)"))
  #expect(report.exercises[1].answerMessage.contains("Unable to allocate 74.5 GiB"))
  #expect(report.exercises[0].checks.map(\.status) == [.limit, .limit, .limit])
}

@Test func answerForAnUnknownExerciseIsAWarning() throws {
  let document = try ChapterDocument.load(from: fixtureChapter)
  let checker = SubmissionChecker(
    document: document,
    configuration: KernelConfiguration(workingDirectory: makeTemporaryFolder(), searchDirectories: [document.folder!]))
  let report = runWithLargeStack {
    checker.check(Submission.parse("#% chapter 01-other\n#% exercise 9.9\nx = 1\n"), name: "s.py")
  }
  #expect(
    report.warnings == [
      "the answer for exercise 9.9 is ignored: chapter 90-fixture has no such exercise",
      "the submission says it is for chapter 01-other, but it was checked against 90-fixture",
    ])
  #expect(report.exercises.map(\.status) == [.missing, .missing, .missing])
}

// MARK: - The chapter runner on the fixture

@Test func fixtureChapterRunsWithSolutionsAndItsStartersFail() throws {
  let document = try ChapterDocument.load(from: fixtureChapter)
  let runner = ChapterRunner(
    document: document,
    configuration: KernelConfiguration(
      workingDirectory: document.folder!, searchDirectories: [fixtures.appendingPathComponent("assets")]),
    mode: .withSolutions, checkStarters: true)
  nonisolated(unsafe) var text = ""
  let report = runWithLargeStack { runner.run { if case .text(let t) = $0 { text += t } } }
  #expect(report.failures == [])
  #expect(report.exercises.map(\.status) == [.passed, .passed, .passed])
  // f.3's starter leaves `data` alone, so its second check passes: partial, not failed.
  #expect(report.starters.map(\.status) == [.partial, .failed, .partial])
  #expect(text == "mean 2.0\n4 5 6\n")
}

@Test func aBrokenSolutionAndAPassingStarterAreReported() throws {
  let fence = "```"
  let document = try ChapterDocument.parse(
    """
    \(fence)exercise id=a
    x = 1
    \(fence)
    \(fence)check id=a
    assert x == 1
    \(fence)
    \(fence)solution id=a
    x = 2
    \(fence)
    """, id: "bad", file: "bad.md")
  let runner = ChapterRunner(
    document: document, configuration: KernelConfiguration(workingDirectory: makeTemporaryFolder()),
    mode: .withSolutions, checkStarters: true)
  let report = runWithLargeStack { runner.run() }
  #expect(
    report.failures == [
      "bad:2: the starter code of exercise a passes all its checks; it should fail at least one",
      "bad:2: exercise a, check 'check a' failed on the solution: assertion failed: assert x == 1",
    ])
}
