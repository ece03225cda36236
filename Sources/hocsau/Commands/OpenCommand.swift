import ArgumentParser
import Foundation
import NCursesBackend
import Notebook
import TerminalKit
import TerminalUI

/// `hocsau` and `hocsau open [CHAPTER]`: the full-screen app.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the tutorial full-screen (the chapter list, or one chapter).")

  @Argument(help: "A chapter: its number (01), name (01-linear-regression) or path.")
  var chapter: String?

  /// For `hocsau bench startup`: draw the first screen on a headless terminal and exit.
  @Flag(help: .hidden) var firstFrameOnly = false

  func run() throws {
    try runApp(chapter: chapter, presenter: false, firstFrameOnly: firstFrameOnly)
  }
}

/// `hocsau present CHAPTER`: one cell at a time, large, for a class.
struct PresentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present", abstract: "Presenter mode: one cell at a time, Space runs the next.")

  @Argument(help: "A chapter: its number (01), name or path.")
  var chapter: String

  func run() throws {
    try runApp(chapter: chapter, presenter: true)
  }
}

/// Starts the app on the process's terminal and runs it until the learner quits.
func runApp(chapter: String?, presenter: Bool, firstFrameOnly: Bool = false) throws {
  let environment = ProcessInfo.processInfo.environment
  guard firstFrameOnly || (isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0) else {
    throw ValidationError(
      "the full-screen app needs a terminal (stdin and stdout are not one here); to run a chapter headless use: hocsau run \(chapter ?? "01")")
  }
  let locator = ChapterLocator.standard()
  let store = ProgressStore(directory: ProgressStore.defaultDirectory(environment: environment))
  let loadOutcome = store.load()
  let host = NotebookHost(locator: locator, store: store)
  var path: String?
  if let chapter {
    do {
      path = try locator.locate(chapter).path
    } catch {
      throw ValidationError(error.description)
    }
  }
  let terminal: NCursesTerminal
  if firstFrameOnly {
    // The real drawing path, on /dev/null: what a learner waits for, minus the terminal's own
    // display time.
    guard let null = fopen("/dev/null", "r+") else { throw ValidationError("cannot open /dev/null") }
    terminal = try NCursesTerminal(environment: environment, termType: "xterm-256color", output: null, input: null)
  } else {
    terminal = try NCursesTerminal(environment: environment)
  }
  defer { terminal.shutdown() }
  var state = AppState(size: terminal.size, capabilities: terminal.capabilities, chapters: host.chapterEntries())
  state.lastPosition = host.lastPosition()
  state.presenter = presenter
  state.status = loadOutcome.message
  if firstFrameOnly {
    terminal.draw(render(state).grid, cursor: nil)
    return
  }
  let runner = AppRunner(state: state, terminal: terminal, host: host)
  if let path {
    let mailbox = runner.mailbox
    host.perform(.openChapter(path: path, cell: nil)) { mailbox.post($0) }
  }
  runner.run()
  host.perform(.quit) { _ in }
}
