import Foundation
import MiniPy
import MiniPyLibrary
import Plot
import Testing
@testable import Notebook

// Every figure of chapters 00–03, drawn as the app draws it in a 100 × 30 terminal (96 columns
// once the cell's indent and gutter are taken, at most 26 rows so that it fits on the screen
// with the key bar), must show what it needs to be read: each chart's title, axis labels and
// legend entries, in full. With HOCSAU_FIGURES_DIR=/some/folder the renderings are also written
// there (one text file per figure), to look at.

/// The columns and the most rows a figure gets in a 100 × 30 terminal.
let figureColumns = 96
let figureMaxRows = 26

/// A chapter's figures, with the cell that drew each.
struct ChapterFigures: Sendable {
  var figures: [(cell: String, line: Int, figure: Figure)]
  var problems: [String]
}

/// Runs `url` with solutions in one kernel, keeping the figures `plt.show()` hands to the
/// kernel's figure sink (as a session does).
func collectFigures(of url: URL) throws -> ChapterFigures {
  let document = try ChapterDocument.load(from: url)
  return runWithLargeStack {
    let kernel = Kernel(configuration: .forChapter(at: document.folder ?? packageRoot.appendingPathComponent("chapters")))
    nonisolated(unsafe) var shown: [Figure] = []
    kernel.figureSink = { shown.append($0) }
    var figures: [(cell: String, line: Int, figure: Figure)] = []
    var problems: [String] = []
    for cell in document.cells {
      if let id = cell.exerciseID, let exercise = document.exercise(id: id) {
        let result = kernel.checkAnswer(exercise.solution?.code ?? "", for: exercise, budget: .unlimited)
        if !result.passed { problems.append("solution of \(id) did not pass") }
      } else {
        let outcome = kernel.run(cell.source, name: cell.id)
        if cell.expectsError == (outcome.diagnostic == nil) { problems.append("cell \(cell.id) (line \(cell.firstLine)) did not run as expected") }
      }
      for figure in shown { figures.append((cell.id, cell.firstLine, figure)) }
      shown.removeAll()
    }
    return ChapterFigures(figures: figures, problems: problems)
  }
}

/// The texts a reader needs from `chart`: title, axis labels, legend entries.
func labels(of chart: Chart) -> [String] {
  var texts = [chart.title, chart.xLabel, chart.yLabel].compactMap { $0 }
  if chart.legend != nil {
    for layer in chart.layers {
      switch layer {
      case .line(let s): if let l = s.label { texts.append(l) }
      case .scatter(let s): if let l = s.label { texts.append(l) }
      default: break
      }
    }
  }
  return texts.filter { !$0.isEmpty }
}

let figureChapters: [URL] = repositoryChapters.filter { url in
  ["00", "01", "02", "03"].contains { url.lastPathComponent.hasPrefix($0 + "-") }
}

@Test(.enabled(if: standardLibraryHasNumPy, "the chapters need numpy in MiniPy's standard library"), arguments: figureChapters)
func chapterFiguresAreLegibleAt100By30(_ url: URL) throws {
  let collected = try collectFigures(of: url)
  #expect(collected.problems.isEmpty, "\(collected.problems.joined(separator: "\n"))")
  #expect(!collected.figures.isEmpty, "\(url.lastPathComponent) draws no figure")
  let dump = ProcessInfo.processInfo.environment["HOCSAU_FIGURES_DIR"].map { URL(fileURLWithPath: $0) }
  if let dump { try FileManager.default.createDirectory(at: dump, withIntermediateDirectories: true) }
  let stem = url.deletingPathExtension().lastPathComponent
  for (index, item) in collected.figures.enumerated() {
    let rows = min(figureMaxRows, PltModule.suggestedHeight(for: item.figure, width: figureColumns))
    let text = item.figure.render(width: figureColumns, height: rows, glyphs: .brailleMono).plainText()
    if let dump {
      let name = String(format: "%@-%02d-line%d.txt", stem, index + 1, item.line)
      try text.write(to: dump.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count <= figureMaxRows + 1, "\(stem) \(item.cell): \(lines.count) rows")
    #expect(lines.allSatisfy { $0.count <= figureColumns }, "\(stem) \(item.cell): a row wider than \(figureColumns)")
    for chart in item.figure.charts {
      for label in labels(of: chart) where !text.contains(label) {
        Issue.record("\(stem):\(item.line) (\(item.cell)): '\(label)' is not shown in full at \(figureColumns)×\(rows):\n\(text)")
      }
    }
  }
}
