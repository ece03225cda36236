import ArgumentParser
import Foundation
import Notebook

/// `hocsau progress export FILE` / `hocsau progress import FILE`: move a learner's progress
/// between machines.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress", abstract: "Export or import your saved progress.",
    subcommands: [Export.self, Import.self, WriteLoop.self])

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Write all your progress to FILE (JSON).")
    @Argument(help: "The file to write.") var file: String

    func run() throws {
      let store = try openProgressStore()
      try store.export(to: URL(fileURLWithPath: file))
      let chapters = store.progress.chapters.count
      print("exported progress of \(chapters) chapter\(chapters == 1 ? "" : "s") to \(file)")
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Merge progress from FILE: a chapter is taken from FILE when it is newer there.")
    @Argument(help: "A file written by 'hocsau progress export'.") var file: String

    func run() throws {
      let store = try openProgressStore()
      let summary = try store.importProgress(from: URL(fileURLWithPath: file))
      print("imported: \(summary.imported.isEmpty ? "nothing" : summary.imported.joined(separator: ", "))")
      if !summary.kept.isEmpty {
        print("kept (newer here): \(summary.kept.joined(separator: ", "))")
      }
    }
  }

  /// Test support (hidden): saves progress in a loop, each save bigger than the last, until
  /// killed. The progress tests kill it mid-write and check the file is still whole.
  struct WriteLoop: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "write-loop", shouldDisplay: false)
    @Argument var directory: String
    @Option var payloadBytes = 1 << 20

    func run() throws {
      let store = ProgressStore(directory: URL(fileURLWithPath: directory))
      store.load()
      var counter = 0
      while true {
        counter += 1
        let n = counter
        let payload = String(repeating: "x", count: payloadBytes + n % 1000)
        try store.updateChapter("stress") { chapter in
          chapter.cells["counter"] = CellProgress(source: String(n), output: OutputSummary(text: ""))
          chapter.cells["payload"] = CellProgress(source: payload)
        }
      }
    }
  }
}

/// Opens the learner's progress store, printing (to stderr) why an old file was moved aside.
func openProgressStore() throws -> ProgressStore {
  let store = ProgressStore(directory: ProgressStore.defaultDirectory())
  if let message = store.load().message {
    FileHandle.standardError.write(Data(("hocsau: " + message + "\n").utf8))
  }
  return store
}
