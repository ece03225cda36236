import Foundation
import Notebook
import Plot

/// `hocsau run CHAPTER [--with-solutions]`: runs a chapter headless, printing each cell's
/// output and plots as text. Returns the exit status: 0 when every cell ran as the chapter
/// expects (and, with solutions, every check passed).
func runChapter(_ name: String, withSolutions: Bool, checkStarters: Bool, quiet: Bool) throws -> Int32 {
  let document = try loadChapter(name)
  let folder = document.folder ?? URL(fileURLWithPath: ".")
  let runner = ChapterRunner(
    document: document, configuration: .forChapter(at: folder), mode: withSolutions ? .withSolutions : .asWritten,
    checkStarters: checkStarters)
  let out = FileHandle.standardOutput
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
        say(figure.render(width: 72, height: 20, glyphs: .ascii).plainText() + "\n")
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
