import Foundation
import MiniPy
import MiniPyLibrary
import Testing
@testable import Notebook

// MARK: - hocsau check / grade / run, as processes

private func hocsau(_ arguments: [String], dataHome: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
  let executable = try #require(hocsauExecutable(), "build the hocsau executable first (swift build)")
  var environment = ProcessInfo.processInfo.environment
  environment["XDG_DATA_HOME"] = (dataHome ?? makeTemporaryFolder("xdg")).path
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

@Test func exportWritesTheLearnersAnswersAndCheckReadsThem() throws {
  let dataHome = makeTemporaryFolder("data")
  let store = ProgressStore(directory: dataHome.appendingPathComponent("hocsau"))
  store.load()
  try store.updateChapter("90-fixture") { chapter in
    chapter.cells["f.1"] = CellProgress(source: "def square(x):\n    return x ** 2")
    chapter.exercises["f.1"] = ExerciseProgress(hintsUsed: 2)
  }
  let exported = try hocsau(["export", fixtureChapter.path], dataHome: dataHome)
  #expect(exported.status == 0, "\(exported.stderr)")
  #expect(
    exported.stdout == """
      #% chapter 90-fixture
      #% exercise f.1 hints=2
      def square(x):
          return x ** 2
      #% exercise f.2
      # Put the mean of data in m.
      m = None
      #% exercise f.3
      total = 0   # the sum of the squares of data

      """)
  let file = makeTemporaryFolder().appendingPathComponent("answers.py")
  try Data(exported.stdout.utf8).write(to: file)
  let checked = try hocsau(["check", file.path, "--chapter", fixtureChapter.path, "--format", "json"])
  let report = try JSONReport.decode(Data(checked.stdout.utf8))
  #expect(report.exercises.map(\.status) == [.passed, .failed, .partial])
  #expect(report.exercises[0].hintsUsed == 2)
}

@Test func progressExportImportAndReset() throws {
  let laptop = makeTemporaryFolder("laptop"), desktop = makeTemporaryFolder("desktop")
  let store = ProgressStore(directory: laptop.appendingPathComponent("hocsau"))
  store.load()
  try store.updateChapter("90-fixture") { $0.lastCell = "f.2" }
  let file = makeTemporaryFolder().appendingPathComponent("moved.json")
  let exported = try hocsau(["progress", "export", file.path], dataHome: laptop)
  #expect(exported.stdout == "exported progress of 1 chapter to \(file.path)\n")
  let imported = try hocsau(["progress", "import", file.path], dataHome: desktop)
  #expect(imported.stdout == "imported: 90-fixture\n")
  let other = ProgressStore(directory: desktop.appendingPathComponent("hocsau"))
  other.load()
  #expect(other.progress[chapter: "90-fixture"].lastCell == "f.2")
  // reset asks first; without a terminal and without --yes it refuses and keeps everything.
  let refused = try hocsau(["reset", fixtureChapter.path], dataHome: desktop)
  #expect(refused.status != 0)
  #expect(refused.stderr.contains("without asking"))
  let reset = try hocsau(["reset", fixtureChapter.path, "--yes"], dataHome: desktop)
  #expect(reset.stdout == "discarded progress in chapter 90-fixture\n")
  other.load()
  #expect(other.progress.chapters.isEmpty)
}

// MARK: - The repository's chapters

/// Whether the standard library has `numpy` and `matplotlib.pyplot` yet (every chapter uses
/// them; until both modules land the chapter runs cannot pass, and say so instead of failing).
let standardLibraryHasNumPy: Bool = {
  let interpreter = Interpreter()
  StandardLibrary.install(in: interpreter)
  return (try? interpreter.run(source: "import numpy as np\nimport matplotlib.pyplot as plt\nnp.zeros((1,))")) != nil
}()

/// Every chapter in `chapters/`: every cell runs, every solution passes its checks, and every
/// starter fails them (`hocsau run CHAPTER --with-solutions --check-starters`).
@Test(.enabled(if: standardLibraryHasNumPy, "the chapters need numpy and matplotlib.pyplot in MiniPy's standard library"), arguments: repositoryChapters)
func chapterRunsWithSolutionsAndStartersFail(_ url: URL) throws {
  let result = try hocsau(["run", url.path, "--with-solutions", "--check-starters", "--quiet"])
  #expect(result.status == 0, "\(url.lastPathComponent):\n\(result.stderr)")
}
