import ArgumentParser
import Foundation
import Notebook

/// `hocsau reset CHAPTER`: forget a chapter's edits, outputs, results and hints, after asking.
struct ResetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset", abstract: "Discard your saved progress in one chapter (asks first).")

  @Argument(help: "The chapter: a path, its name (01-linear-regression) or number (01).")
  var chapter: String
  @Flag(name: [.short, .long], help: "Do not ask.") var yes = false

  func run() throws {
    let store = try openProgressStore()
    let id = try resolveChapterID(chapter, known: Array(store.progress.chapters.keys))
    guard let saved = store.progress.chapters[id] else {
      print("nothing saved for chapter \(id)")
      return
    }
    let edits = saved.cells.values.filter { $0.source != nil }.count
    let summary = "\(edits) edited cell\(edits == 1 ? "" : "s"), \(saved.exercises.count) exercise\(saved.exercises.count == 1 ? "" : "s")"
    if !yes {
      guard isatty(STDIN_FILENO) != 0 else {
        throw ValidationError("refusing to discard chapter \(id) (\(summary)) without asking: run in a terminal or pass --yes")
      }
      print("Discard your progress in chapter \(id) (\(summary))? This cannot be undone. [y/N] ", terminator: "")
      fflush(nil)
      let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
      guard answer == "y" || answer == "yes" else {
        print("kept")
        return
      }
    }
    try store.reset(chapter: id)
    print("discarded progress in chapter \(id)")
  }
}

/// The chapter id for `name`: the located file's stem, else a saved chapter matching the name
/// or number (so progress of a chapter whose file is gone can still be reset).
func resolveChapterID(_ name: String, known: [String]) throws -> String {
  do {
    return try chapterLocator().locate(name).deletingPathExtension().lastPathComponent
  } catch {
    if known.contains(name) { return name }
    let matches = known.filter { $0.hasPrefix(name + "-") || (Int(name) != nil && Int($0.prefix { $0.isNumber }) == Int(name)) }
    if matches.count == 1 { return matches[0] }
    throw error
  }
}

/// The chapter locator for this executable.
func chapterLocator() -> ChapterLocator {
  ChapterLocator.standard(executable: executableURL())
}

/// This executable's path (to find `chapters/` near a build folder and to spawn children).
func executableURL() -> URL {
  let proc = "/proc/self/exe"
  if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: proc) {
    return URL(fileURLWithPath: target)
  }
  return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
}
