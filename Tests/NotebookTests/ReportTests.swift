import Foundation
import Testing
@testable import Notebook

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A report with every kind of outcome: a passed exercise, a partial one with a hidden check,
/// an errored answer, a timeout and a missing answer. Scores by hand: 2 + 3·(1/3) + 0 + 0 + 0 = 3
/// of 2 + 3 + 1 + 1 + 1 = 8.
let sampleReport = SubmissionReport(
  chapterID: "90-fixture", chapterTitle: "A & B <test>", submission: "alice.py",
  exercises: [
    ExerciseResult(
      exerciseID: "1.1", maxScore: 2,
      checks: [CheckResult(name: "f(3) is 6", weight: 1, visibility: .public, status: .passed, duration: 0.01)],
      hintsUsed: 1, duration: 0.02),
    ExerciseResult(
      exerciseID: "1.2", maxScore: 3,
      checks: [
        CheckResult(name: "shape", weight: 1, visibility: .public, status: .passed),
        CheckResult(
          name: "values", weight: 1, visibility: .public, status: .failed,
          message: "expected 6.0 (±6e-05), got 0.0"),
        CheckResult(name: "secret", weight: 1, visibility: .hidden, status: .failed, message: "hidden detail"),
      ]),
    ExerciseResult(
      exerciseID: "1.3", maxScore: 1,
      checks: [CheckResult(name: "works", weight: 1, visibility: .public, status: .error, message: "NameError: name 'g' is not defined")],
      answerMessage: "line 2: ZeroDivisionError: division by zero"),
    ExerciseResult(
      exerciseID: "1.4", maxScore: 1,
      checks: [CheckResult(name: "loop", weight: 1, visibility: .public, status: .timeout, message: "ran past the 10 s time limit")]),
    ExerciseResult(
      exerciseID: "2.1", maxScore: 1,
      checks: [CheckResult(name: "check 2.1", weight: 1, visibility: .public, status: .failed, message: "no answer")],
      missing: true),
  ],
  warnings: ["answer for unknown exercise 9.9 ignored"], duration: 1.5)

@Test func exerciseStatusAndScores() {
  #expect(sampleReport.exercises.map(\.status) == [.passed, .partial, .failed, .timeout, .missing])
  #expect(sampleReport.exercises.map(\.score) == [2, 1, 0, 0, 0])
  #expect(sampleReport.score == 3)
  #expect(sampleReport.maxScore == 8)
  #expect(formatScore(2.0 / 3.0) == "0.67")
  #expect(formatScore(1.5) == "1.5")
}

@Test func textReport() {
  #expect(
    sampleReport.rendered(as: .text) == """
      alice.py: chapter 90-fixture (A & B <test>)
        warning: answer for unknown exercise 9.9 ignored
      exercise 1.1  PASSED   2/2  (1 hint)
        ok      f(3) is 6
      exercise 1.2  PARTIAL  1/3
        ok      shape
        failed  values
                expected 6.0 (±6e-05), got 0.0
        failed  (hidden check)
      exercise 1.3  FAILED   0/1
          your code: line 2: ZeroDivisionError: division by zero
        error   works
                NameError: name 'g' is not defined
      exercise 1.4  TIMEOUT  0/1
        timeout loop
                ran past the 10 s time limit
      exercise 2.1  MISSING  0/1
          no answer: add a line '#% exercise 2.1' followed by your code
      score: 3/8 (1 of 5 exercises passed)

      """)
  #expect(sampleReport.rendered(as: .text, showHidden: true).contains("failed  secret (hidden)\n          hidden detail"))
}

@Test func jsonReportRoundTripsAndHasTotals() throws {
  let text = sampleReport.rendered(as: .json)
  let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  #expect(object["tool"] as? String == "hocsau")
  #expect(object["formatVersion"] as? Int == 1)
  #expect(object["score"] as? Double == 3)
  #expect(object["maxScore"] as? Double == 8)
  let exercises = try #require(object["exercises"] as? [[String: Any]])
  #expect(exercises.map { $0["status"] as? String } == ["passed", "partial", "failed", "timeout", "missing"])
  #expect(exercises.first?["hintsUsed"] as? Int == 1)
  let checks = try #require(exercises[1]["checks"] as? [[String: Any]])
  #expect(checks.map { $0["visibility"] as? String } == ["public", "public", "hidden"])
  #expect(try JSONReport.decode(Data(text.utf8)).submissionReport == sampleReport)
}

/// Gradescope's results.json: top-level `score`, `max_score`, `tests[]` with `name`, `score`,
/// `max_score`, `status` (passed/failed), `output` and `visibility` (visible, hidden,
/// after_due_date, after_published) — checked field by field and type by type.
@Test func gradescopeResultsHaveTheDocumentedFields() throws {
  let text = sampleReport.rendered(as: .gradescope)
  let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  #expect(object["score"] as? Double == 3)
  #expect(object["max_score"] as? Double == 8)
  #expect(object["stdout_visibility"] as? String == "hidden")
  #expect((object["output"] as? String)?.contains("warning: answer for unknown exercise 9.9 ignored") == true)
  let tests = try #require(object["tests"] as? [[String: Any]])
  #expect(tests.count == 7)
  for test in tests {
    #expect(test["name"] is String)
    #expect(test["score"] is Double || test["score"] is Int)
    #expect(test["max_score"] is Double || test["max_score"] is Int)
    #expect(["passed", "failed"].contains(test["status"] as? String))
    #expect(test["output"] is String)
    #expect(["visible", "hidden", "after_due_date", "after_published"].contains(test["visibility"] as? String))
  }
  #expect(tests.map { $0["name"] as? String } == [
    "1.1: f(3) is 6", "1.2: shape", "1.2: values", "1.2: secret", "1.3: works", "1.4: loop", "2.1: check 2.1",
  ])
  #expect(tests.map { $0["status"] as? String } == ["passed", "passed", "failed", "failed", "failed", "failed", "failed"])
  #expect(tests.map { $0["visibility"] as? String } == [
    "visible", "visible", "visible", "after_published", "visible", "visible", "visible",
  ])
  let scores = tests.map { ($0["score"] as? Double) ?? 0 }
  let maxScores = tests.map { ($0["max_score"] as? Double) ?? 0 }
  #expect(scores == [2, 1, 0, 0, 0, 0, 0])
  #expect(maxScores == [2, 1, 1, 1, 1, 1, 1])
  #expect((tests[4]["output"] as? String) == "Your code: line 2: ZeroDivisionError: division by zero\nerror: NameError: name 'g' is not defined")
  #expect((tests[6]["output"] as? String) == "No answer for exercise 2.1.")
}

@Test func junitReportIsWellFormedWithCounts() throws {
  let text = sampleReport.rendered(as: .junit)
  let document = try XMLDocument(xmlString: text)
  let root = try #require(document.rootElement())
  #expect(root.name == "testsuites")
  #expect(root.attribute(forName: "tests")?.stringValue == "7")
  #expect(root.attribute(forName: "failures")?.stringValue == "3")
  #expect(root.attribute(forName: "errors")?.stringValue == "2")
  let suites = root.elements(forName: "testsuite")
  #expect(suites.count == 5)
  #expect(suites[1].attribute(forName: "name")?.stringValue == "90-fixture exercise 1.2")
  let cases = suites.flatMap { $0.elements(forName: "testcase") }
  #expect(cases.count == 7)
  #expect(cases[0].children == nil || cases[0].children?.isEmpty == true)
  let failure = try #require(cases[2].elements(forName: "failure").first)
  #expect(failure.attribute(forName: "message")?.stringValue == "expected 6.0 (±6e-05), got 0.0")
  let timeout = try #require(cases[5].elements(forName: "error").first)
  #expect(timeout.attribute(forName: "type")?.stringValue == "timeout")
  let error = try #require(cases[4].elements(forName: "error").first)
  #expect(error.stringValue == "line 2: ZeroDivisionError: division by zero\nNameError: name 'g' is not defined")
  #expect(xmlEscape("a<b>&\"'\u{1}") == "a&lt;b&gt;&amp;&quot;&apos;\u{FFFD}")
}
