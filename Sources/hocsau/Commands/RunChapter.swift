import Foundation
import Notebook
import MiniPyLibrary
import Plot

/// `hocsau run CHAPTER [--with-solutions]`: runs a chapter headless, printing each cell's
/// output and plots as text. Returns the exit status: 0 when every cell ran as the chapter
/// expects (and, with solutions, every check passed).
func runChapter(_ name: String, withSolutions: Bool, checkStarters: Bool, quiet: Bool) throws -> Int32 {
  let document = try loadChapter(name)
  let folder = document.folder ?? URL(fileURLWithPath: ".")
  // Files the cells write (np.save …) go to a scratch folder, not into chapters/; reading
  // finds them there first, then the chapter's folder and assets/.
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("hocsau-run-\(getpid())")
  try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  var configuration = KernelConfiguration.forChapter(at: folder)
  configuration.searchDirectories.insert(folder, at: 0)
  configuration.workingDirectory = scratch
  let runner = ChapterRunner(
    document: document, configuration: configuration, mode: withSolutions ? .withSolutions : .asWritten,
    checkStarters: checkStarters)
  let out = FileHandle.standardOutput
  let glyphs = TerminalCapabilities.detect(
    environment: ProcessInfo.processInfo.environment, isTerminal: isatty(STDOUT_FILENO) != 0
  ).glyphSet
  @Sendable func say(_ text: String) { if !quiet { out.write(Data(text.utf8)) } }
  let report = runWithLargeStack {
    runner.run { event in
      switch event {
      case .cellStarted(let cell):
        let kind = cell.exerciseID.map { "exercise \($0)\(withSolutions ? " (solution)" : "")" } ?? cell.id
        say("── \(kind) · \(document.url?.lastPathComponent ?? document.id):\(cell.firstLine) ──\n")
      case .text(let text):
        say(text)
      case .figure(let figure):
        let height = PltModule.suggestedHeight(for: figure, width: 80)
        say(figure.render(width: 80, height: height, glyphs: glyphs).plainText() + "\n")
      case .cellFinished(let cell):
        if let diagnostic = cell.outcome.diagnostic, cell.cell.exerciseID == nil {
          say(diagnostic.rendered())
          if cell.cell.expectsError { say("(this cell is meant to fail)\n") }
        }
      case .exerciseChecked(let result, let starter):
        let what = starter ? "starter" : "solution"
        say(
          "\(what) of \(result.exerciseID): \(result.status.rawValue) "
            + "\(result.checks.filter { $0.status == .passed }.count)/\(result.checks.count) checks\n")
      }
    }
  }
  if report.passed {
    say("\(document.id): all \(report.cells.count) cells ran as expected")
    say(withSolutions ? ", \(report.exercises.count) solutions passed their checks\n" : "\n")
    return 0
  }
  FileHandle.standardError.write(Data(("\(document.id): \(report.failures.count) problem(s):\n" + report.failures.joined(separator: "\n") + "\n").utf8))
  return 1
}
