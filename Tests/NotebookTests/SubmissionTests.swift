import Foundation
import Testing
@testable import Notebook

// MARK: - Submission files

@Test func parsesAnswersBetweenMarkers() {
  let submission = Submission.parse(
    """
    # my answers
    #% chapter 01-linear-regression
    #% exercise 1.1
    w = 0.1

    #% exercise 1.2 hints=2
    def gradient(w):
        return 2 * w
    """)
  #expect(submission.chapterID == "01-linear-regression")
  #expect(
    submission.answers == [
      Submission.Answer(exerciseID: "1.1", code: "w = 0.1", firstLine: 4),
      Submission.Answer(exerciseID: "1.2", code: "def gradient(w):\n    return 2 * w", firstLine: 7, hintsUsed: 2),
    ])
  #expect(submission.warnings.isEmpty)
}

@Test func submissionProblemsAreWarningsNotFailures() {
  let submission = Submission.parse(
    """
    x = 1
    #% exercise 1.1
    a = 1
    #% exercise 1.1 hints=x
    a = 2
    #% exrecise 1.2
    """)
  #expect(submission.answer(for: "1.1")?.code == "a = 2\n#% exrecise 1.2")
  #expect(
    submission.warnings == [
      "line 1: code before the first '#% exercise' line is ignored",
      "line 4: 'hints=x' in the marker line is not understood",
      "line 4: a second answer for exercise 1.1 (the first is on line 2); the last one is checked",
      "line 6: '#% exrecise 1.2' is not a marker ('#% exercise ID' or '#% chapter ID')",
    ])
}

@Test func renderedSubmissionParsesBack() {
  let answers = [
    Submission.Answer(exerciseID: "2.1", code: "b = 3", firstLine: 3, hintsUsed: 1),
    Submission.Answer(exerciseID: "2.2", code: "def f():\n    return 1", firstLine: 5),
  ]
  let text = Submission.render(chapterID: "02-logistic", answers: answers)
  #expect(text == "#% chapter 02-logistic\n#% exercise 2.1 hints=1\nb = 3\n#% exercise 2.2\ndef f():\n    return 1\n")
  let parsed = Submission.parse(text)
  #expect(parsed.answers == answers)
  #expect(parsed.chapterID == "02-logistic")
}

// MARK: - Grade book

@Test func gradeBookCSVAndSummary() {
  let cell = ChapterCell(id: "1.1", kind: .exercise(id: "1.1"), source: "", firstLine: 1)
  let spec = CheckSpec(name: "c", source: CheckSource(code: "", firstLine: 1))
  let exercises = [
    Exercise(id: "1.1", points: 2, cell: cell, checks: [spec]),
    Exercise(id: "1.2", points: 1, cell: cell, checks: [spec]),
  ]
  func result(_ id: String, _ points: Double, _ status: CheckStatus, hints: Int) -> ExerciseResult {
    ExerciseResult(
      exerciseID: id, maxScore: points,
      checks: [CheckResult(name: "c", weight: 1, visibility: .public, status: status)], hintsUsed: hints)
  }
  let book = GradeBook(
    exercises: exercises,
    entries: [
      .init(
        student: "bob",
        report: SubmissionReport(
          chapterID: "c", chapterTitle: "C", submission: "bob.py",
          exercises: [result("1.1", 2, .failed, hints: 3), result("1.2", 1, .passed, hints: 0)])),
      .init(
        student: "alice",
        report: SubmissionReport(
          chapterID: "c", chapterTitle: "C", submission: "alice.py",
          exercises: [result("1.1", 2, .passed, hints: 1), result("1.2", 1, .passed, hints: 1)])),
      .init(student: "eve, \"the\" crasher", report: nil, failure: "the checker crashed (signal 11)"),
    ])
  #expect(
    book.csv == """
      student,exercise 1.1,exercise 1.2,total,max_score,note
      alice,2,1,3,3,checked
      bob,0,1,1,3,checked
      "eve, ""the"" crasher",0,0,0,3,the checker crashed (signal 11)

      """)
  // Pass rates over all 3 submissions; mean hints over the 2 checked ones: (1+3)/2, (1+0)/2.
  #expect(
    book.summary == """
      3 submissions, 1 could not be checked
      exercise  points  passed        mean score  mean hints
      1.1       2       1/3 (33%)     0.67        2.0
      1.2       1       2/3 (67%)     0.67        0.5
      not checked: eve, "the" crasher: the checker crashed (signal 11)

      """)
}

// MARK: - Finding chapters

@Test func locatesChaptersByPathNameAndNumber() throws {
  let folder = makeTemporaryFolder()
  for name in ["00-tour.md", "01-linear-regression.md", "10-extra.md", "README.md"] {
    try Data("# x\n".utf8).write(to: folder.appendingPathComponent(name))
  }
  let locator = ChapterLocator(folders: [folder.appendingPathComponent("missing"), folder])
  #expect(try locator.locate("01").lastPathComponent == "01-linear-regression.md")
  #expect(try locator.locate("1").lastPathComponent == "01-linear-regression.md")
  #expect(try locator.locate("01-linear-regression").lastPathComponent == "01-linear-regression.md")
  #expect(try locator.locate("10").lastPathComponent == "10-extra.md")
  let path = folder.appendingPathComponent("00-tour.md").path
  #expect(try locator.locate(path).path == path)
  #expect(locator.allChapters().map(\.lastPathComponent) == ["00-tour.md", "01-linear-regression.md", "10-extra.md"])
  #expect(throws: ChapterNotFound.self) { try locator.locate("7") }
  #expect(throws: ChapterNotFound(name: "/no/such.md", message: "no such file")) { try locator.locate("/no/such.md") }
}
