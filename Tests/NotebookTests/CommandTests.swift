import Foundation
import MiniPy
import MiniPyLibrary
import Testing
@testable import Notebook

// MARK: - hocsau check / grade / run, as processes

private func hocsau(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
  let executable = try #require(hocsauExecutable(), "build the hocsau executable first (swift build)")
  var environment = ProcessInfo.processInfo.environment
  environment["XDG_DATA_HOME"] = makeTemporaryFolder("xdg").path
  return try runProcess(executable, arguments, environment: environment)
}

private let submissions = fixtures.appendingPathComponent("submissions")

@Test func checkCommandPrintsATextReport() throws {
  let result = try hocsau(["check", submissions.appendingPathComponent("wrong.py").path, "--chapter", fixtureChapter.path])
  #expect(result.status == 0, "\(result.stderr)")
  #expect(
    result.stdout == """
      wrong.py: chapter 90-fixture (Fixture chapter)
      exercise f.1  PARTIAL  0.5/2  (2 hints)
        failed  square of 3 is 9
                expected 9.0, got 6.0 (within 9.001e-05: rtol=1e-05, atol=1e-08)
        failed  square of a negative
                expected 6.25, got -5.0 (within 6.251e-05: rtol=1e-05, atol=1e-08)
        ok      (hidden check)
      exercise f.2  FAILED   0/1
        failed  check f.2
                expected 2.0, got 3.0 (within 2.001e-05: rtol=1e-05, atol=1e-08)
      exercise f.3  MISSING  0/1
          no answer: add a line '#% exercise f.3' followed by your code
      score: 0.5/4 (0 of 3 exercises passed)

      """)
}

@Test func checkCommandWritesGradescopeJSON() throws {
  let out = makeTemporaryFolder().appendingPathComponent("results.json")
  let result = try hocsau([
    "check", submissions.appendingPathComponent("correct.py").path, "--chapter", fixtureChapter.path, "--format",
    "gradescope", "-o", out.path,
  ])
  #expect(result.status == 0, "\(result.stderr)")
  let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
  #expect(object["score"] as? Double == 4)
  #expect(object["max_score"] as? Double == 4)
  #expect((object["tests"] as? [[String: Any]])?.count == 6)
}

@Test func checkCommandFailsCleanlyWithoutAChapter() throws {
  let file = makeTemporaryFolder().appendingPathComponent("a.py")
  try Data("#% exercise 1\nx = 1\n".utf8).write(to: file)
  let result = try hocsau(["check", file.path])
  #expect(result.status == 2)
  #expect(result.stderr.contains("which chapter?"))
}

@Test func gradeCommandSurvivesABrokenSubmission() throws {
  let folder = makeTemporaryFolder()
  for name in ["correct.py", "wrong.py", "looping.py"] {
    try FileManager.default.copyItem(at: submissions.appendingPathComponent(name), to: folder.appendingPathComponent(name))
  }
  try Data([0xff, 0xfe, 0x00, 0x80]).write(to: folder.appendingPathComponent("broken.py"))
  let result = try hocsau(["grade", folder.path, "--chapter", fixtureChapter.path, "--jobs", "2", "--time-limit", "1"])
  #expect(result.status == 0, "\(result.stderr)")
  let csv = try String(contentsOf: folder.appendingPathComponent("grades.csv"), encoding: .utf8)
  let lines = csv.split(separator: "\n").map(String.init)
  #expect(lines.first == "student,exercise f.1,exercise f.2,exercise f.3,total,max_score,note")
  #expect(lines.dropFirst().first?.hasPrefix("broken,0,0,0,0,4,the checker failed (exit 2)") == true)
  #expect(Array(lines.dropFirst(2)) == ["correct,2,1,1,4,4,checked", "looping,0,1,1,2,4,checked", "wrong,0.5,0,0,0.5,4,checked"])
  #expect(result.stdout.contains("f.1       2       1/4 (25%)"))
}

@Test func runWithSolutionsPassesOnTheFixture() throws {
  let result = try hocsau(["run", fixtureChapter.path, "--with-solutions", "--check-starters"])
  #expect(result.status == 0, "\(result.stderr)")
  #expect(result.stdout.contains("solution of f.3: passed 2/2 checks"))
}

// MARK: - The repository's chapters

/// Whether the standard library has `numpy` yet (the chapters need it; until the library lands
/// the chapter runs cannot pass, and say so instead of failing).
let standardLibraryHasNumPy: Bool = {
  let interpreter = Interpreter()
  StandardLibrary.install(in: interpreter)
  return (try? interpreter.run(source: "import numpy as np\nnp.zeros((1,))")) != nil
}()

/// Every chapter in `chapters/`: every cell runs, every solution passes its checks, and every
/// starter fails them (`hocsau run CHAPTER --with-solutions --check-starters`).
@Test(.enabled(if: standardLibraryHasNumPy, "the chapters need numpy in MiniPy's standard library"), arguments: repositoryChapters)
func chapterRunsWithSolutionsAndStartersFail(_ url: URL) throws {
  let result = try hocsau(["run", url.path, "--with-solutions", "--check-starters", "--quiet"])
  #expect(result.status == 0, "\(url.lastPathComponent):\n\(result.stderr)")
}
