import Foundation
import Testing
@testable import Notebook

// MARK: - Saving and loading

@Test func savesOnEveryChangeAndLoadsBack() throws {
  let folder = makeTemporaryFolder()
  let store = ProgressStore(directory: folder)
  #expect(store.load() == .empty)
  let date = Date(timeIntervalSince1970: 1_700_000_000)
  try store.updateChapter("01-linear-regression", now: date) { chapter in
    chapter.cells["cell-2"] = CellProgress(
      source: "lr = 0.1", baseHash: sourceHash("lr = 0.01"), output: OutputSummary(text: "loss 0.5\n", figures: 1, duration: 0.25))
    chapter.exercises["1.2"] = ExerciseProgress(hintsUsed: 2, attempts: 3, solved: true)
    chapter.lastCell = "cell-2"
  }
  // A second store reads what the first saved: no explicit save call exists.
  let other = ProgressStore(directory: folder)
  #expect(other.load() == .loaded)
  #expect(other.progress == store.progress)
  let chapter = other.progress[chapter: "01-linear-regression"]
  #expect(chapter.cells["cell-2"]?.source == "lr = 0.1")
  #expect(chapter.exercises["1.2"]?.hintsUsed == 2)
  #expect(chapter.updated == date)
  #expect(other.progress.lastChapter == "01-linear-regression")
  // The file names its format and version.
  let json = try JSONSerialization.jsonObject(with: Data(contentsOf: store.fileURL)) as? [String: Any]
  #expect(json?["format"] as? String == "hocsau-progress")
  #expect(json?["version"] as? Int == 1)
}

@Test func staleEditsAreNoticed() {
  let cell = ChapterCell(id: "cell-1", kind: .code, source: "x = 2", firstLine: 3)
  var chapter = ChapterProgress()
  chapter.cells["cell-1"] = CellProgress(source: "x = 3", baseHash: sourceHash("x = 2"))
  #expect(chapter.source(of: cell) == "x = 3")
  #expect(!chapter.editIsStale(for: cell))
  chapter.cells["cell-1"]?.baseHash = sourceHash("x = 1")
  #expect(chapter.editIsStale(for: cell))
}

@Test func outputSummaryKeepsTheTail() {
  let long = String(repeating: "a", count: 5000) + "END"
  let summary = OutputSummary(text: long)
  #expect(summary.text.count == OutputSummary.textLimit + 1)
  #expect(summary.text.hasSuffix("END"))
  #expect(summary.text.hasPrefix("…"))
}

@Test(arguments: [
  ("{ not json", "it is not valid JSON", "corrupt"),
  ("{\"format\": \"something-else\", \"version\": 1}", "it is not a hocsau progress file", "corrupt"),
  ("{\"format\": \"hocsau-progress\", \"version\": 1, \"chapters\": 3}", "its content is damaged (wrong value at .chapters)", "corrupt"),
  ("{\"format\": \"hocsau-progress\", \"version\": 7, \"chapters\": {}}", "it was written by a newer hocsau (format 7; this one reads 1)", "newer"),
])
func unreadableFilesAreMovedAsideNeverDropped(content: String, reason: String, kind: String) throws {
  let folder = makeTemporaryFolder()
  let store = ProgressStore(directory: folder)
  try Data(content.utf8).write(to: store.fileURL)
  let outcome = store.load()
  guard case .movedAside(let movedTo, let gotReason) = outcome else {
    Issue.record("expected the file to be moved aside, got \(outcome)")
    return
  }
  #expect(gotReason == reason)
  #expect(movedTo.contains("progress.json.\(kind)-"))
  // The old bytes are kept, untouched, where the message says.
  #expect(try String(contentsOfFile: movedTo, encoding: .utf8) == content)
  #expect(outcome.message?.contains(movedTo) == true)
  #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
  // Saving afterwards starts a new file and leaves the moved one alone.
  try store.updateChapter("00-tour") { $0.lastCell = "cell-1" }
  #expect(try String(contentsOfFile: movedTo, encoding: .utf8) == content)
  #expect(ProgressStore(directory: folder).load() == .loaded)
}

@Test func exportAndImportMergeByChapterDate() throws {
  let laptop = ProgressStore(directory: makeTemporaryFolder("laptop"))
  let desktop = ProgressStore(directory: makeTemporaryFolder("desktop"))
  laptop.load()
  desktop.load()
  let old = Date(timeIntervalSince1970: 1_000), new = Date(timeIntervalSince1970: 2_000)
  try laptop.updateChapter("00-tour", now: new) { $0.lastCell = "laptop" }
  try laptop.updateChapter("01-linear-regression", now: old) { $0.lastCell = "laptop" }
  try desktop.updateChapter("00-tour", now: old) { $0.lastCell = "desktop" }
  try desktop.updateChapter("01-linear-regression", now: new) { $0.lastCell = "desktop" }
  try desktop.updateChapter("02-logistic-regression", now: old) { $0.lastCell = "desktop" }

  let file = makeTemporaryFolder("export").appendingPathComponent("moved.json")
  try laptop.export(to: file)
  let summary = try desktop.importProgress(from: file)
  #expect(summary.imported == ["00-tour"])
  #expect(summary.kept == ["01-linear-regression"])
  #expect(desktop.progress[chapter: "00-tour"].lastCell == "laptop")
  #expect(desktop.progress[chapter: "01-linear-regression"].lastCell == "desktop")
  #expect(desktop.progress[chapter: "02-logistic-regression"].lastCell == "desktop")
  // The import was saved.
  let reread = ProgressStore(directory: desktop.directory)
  reread.load()
  #expect(reread.progress == desktop.progress)
}

@Test func importRejectsAForeignFile() throws {
  let store = ProgressStore(directory: makeTemporaryFolder())
  store.load()
  let file = makeTemporaryFolder("foreign").appendingPathComponent("x.json")
  try Data("[1, 2]".utf8).write(to: file)
  #expect(throws: ProgressError(path: file.path, message: "not imported: it is not valid JSON")) {
    try store.importProgress(from: file)
  }
}

@Test func resetForgetsOneChapter() throws {
  let store = ProgressStore(directory: makeTemporaryFolder())
  store.load()
  try store.updateChapter("00-tour") { $0.lastCell = "a" }
  try store.updateChapter("01-x") { $0.lastCell = "b" }
  try store.reset(chapter: "01-x")
  let reread = ProgressStore(directory: store.directory)
  reread.load()
  #expect(Array(reread.progress.chapters.keys) == ["00-tour"])
  #expect(reread.progress.lastChapter == nil, "the last chapter was the one reset")
}

@Test func defaultDirectoryFollowsXDG() {
  #expect(ProgressStore.defaultDirectory(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/h"]).path == "/x/data/hocsau")
  #expect(ProgressStore.defaultDirectory(environment: ["HOME": "/h"]).path == "/h/.local/share/hocsau")
  // The spec says a relative XDG_DATA_HOME is invalid and is ignored.
  #expect(ProgressStore.defaultDirectory(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).path == "/h/.local/share/hocsau")
}

// MARK: - A writer killed mid-write

/// `hocsau progress write-loop DIR` saves 1 MiB files in a loop; killing it with SIGKILL at
/// several moments must always leave a whole, loadable file (the last one renamed into place).
@Test func killedWriterLeavesThePreviousFileIntact() throws {
  let executable = try #require(hocsauExecutable(), "build the hocsau executable first (swift build)")
  for round in 0..<5 {
    let folder = makeTemporaryFolder("killed\(round)")
    let process = Process()
    process.executableURL = executable
    process.arguments = ["progress", "write-loop", folder.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until it has saved a few times (polls the file; the writer saves ~100 times/s).
    let file = folder.appendingPathComponent("progress.json")
    var seen = 0
    let deadline = Date().addingTimeInterval(60)
    while seen < 3 + round * 2 && Date() < deadline {
      if let data = FileManager.default.contents(atPath: file.path), case .success(let p) = ProgressStore.decode(data),
        let n = Int(p[chapter: "stress"].cells["counter"]?.source ?? "")
      {
        seen = n
      }
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(seen >= 3 + round * 2, "the writer did not save in time")

    let store = ProgressStore(directory: folder)
    #expect(store.load() == .loaded)
    let counter = Int(store.progress[chapter: "stress"].cells["counter"]?.source ?? "") ?? -1
    #expect(counter >= seen)
    let payload = store.progress[chapter: "stress"].cells["payload"]?.source ?? ""
    #expect(payload.count == (1 << 20) + counter % 1000, "the payload matches its counter: one whole save")
    // Temporary files of the interrupted save are cleaned up on load.
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }
}

// MARK: - Hints and results

@Test func hintsAreRevealedOneAtATimeAndCounted() {
  let cell = ChapterCell(id: "1.1", kind: .exercise(id: "1.1"), source: "", firstLine: 2)
  let exercise = Exercise(
    id: "1.1", points: 1, cell: cell, hints: [[.text("first")], [.text("second")]],
    solution: CheckSource(code: "x = 1", firstLine: 9))
  var chapter = ChapterProgress()
  #expect(chapter.revealedHints(of: exercise).isEmpty)
  #expect(chapter.revealNextHint(of: exercise) == 0)
  #expect(chapter.revealedHints(of: exercise) == [[.text("first")]])
  #expect(chapter.revealNextHint(of: exercise) == 1)
  #expect(chapter.revealNextHint(of: exercise) == nil)
  #expect(chapter.exercises["1.1"]?.hintsUsed == 2)
  #expect(exercise.solution(instructorMode: false) == nil)
  #expect(exercise.solution(instructorMode: true) == "x = 1")
}

@Test func recordingResultsCountsAttemptsAndRemembersASolve() {
  func result(_ status: CheckStatus) -> ExerciseResult {
    ExerciseResult(exerciseID: "1.1", maxScore: 1, checks: [CheckResult(name: "c", weight: 1, visibility: .public, status: status)])
  }
  var chapter = ChapterProgress()
  chapter.record(result(.failed))
  chapter.record(result(.passed))
  chapter.record(result(.failed))
  #expect(chapter.exercises["1.1"]?.attempts == 3)
  #expect(chapter.exercises["1.1"]?.solved == true)
  #expect(chapter.exercises["1.1"]?.lastResult?.status == .failed)
}
