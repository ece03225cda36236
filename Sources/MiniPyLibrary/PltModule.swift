// `matplotlib.pyplot` for MiniPy: builds `Plot.Figure`s from matplotlib-style calls and hands
// them to the host at `plt.show()`.

import Foundation
import MiniPy
import Plot

/// Receives each figure `plt.show()` emits, on the interpreter's thread. The notebook routes
/// figures to session events; `hocsau run` prints them as text where `show()` was called.
public typealias FigureSink = (Figure) -> Void

public enum PltModule {
  /// Registers `matplotlib` and `matplotlib.pyplot` with `interpreter`; `plt.show()` passes
  /// each open figure to `sink`. Without one, figures print as plain text at 80 columns
  /// through the interpreter's output, in braille when the locale is UTF-8 and ASCII when not
  /// (`TerminalCapabilities` from the process environment, never colour).
  public static func install(in interpreter: Interpreter, sink: FigureSink? = nil) {
    let state = PltState(sink: sink ?? defaultSink(for: interpreter))
    let matplotlib = PyModule(name: "matplotlib")
    matplotlib.define("use") { _ in .none }  // matplotlib.use('Agg'): a backend choice, harmless
    interpreter.registerModule(name: "matplotlib", matplotlib)
    interpreter.registerModule(
      name: "matplotlib.pyplot", makeModule(state: state, interpreter: interpreter))
  }

  static func defaultSink(for interpreter: Interpreter) -> FigureSink {
    let capabilities = TerminalCapabilities.detect(
      environment: ProcessInfo.processInfo.environment, isTerminal: false)
    return textSink(for: interpreter, glyphs: capabilities.glyphSet)
  }

  /// A sink that prints each figure as text through the interpreter's output (where `print`
  /// goes), at `width` columns and `suggestedHeight(for:width:)` rows, followed by a newline.
  /// - Parameters:
  ///   - glyphs: the glyph set; the host decides it from `TerminalCapabilities`.
  ///   - ansi: write SGR colour escapes (only for a colour terminal).
  public static func textSink(
    for interpreter: Interpreter, width: Int = 80, glyphs: GlyphSet = .brailleMono,
    ansi: Bool = false
  ) -> FigureSink {
    return { [unowned interpreter] figure in
      let canvas = figure.render(
        width: width, height: suggestedHeight(for: figure, width: width), glyphs: glyphs)
      interpreter.output((ansi ? canvas.ansiText() : canvas.plainText()) + "\n")
    }
  }

  /// A height in rows that suits `figure` at `width` columns (`Figure.preferredHeight`).
  public static func suggestedHeight(for figure: Figure, width: Int) -> Int {
    figure.preferredHeight(forWidth: width)
  }
}

// MARK: - State: open figures and the current chart

/// A figure being built: its grid, its charts by slot, and which chart is current.
final class FigureBuilder {
  var rows = 1
  var columns = 1
  var charts: [Int: Chart] = [:]
  var current = 0
  var title: String?

  var isEmpty: Bool { charts.values.allSatisfy { $0.layers.isEmpty } && title == nil }

  var figure: Figure {
    var figure = Figure(rows: rows, columns: columns, title: title)
    for (slot, chart) in charts.sorted(by: { $0.key < $1.key }) where slot < rows * columns {
      figure.setChart(chart, at: slot)
    }
    return figure
  }

  /// Runs `body` on the current chart (created if needed).
  func withChart<T>(_ body: (inout Chart) throws -> T) rethrows -> T {
    var chart = charts[current] ?? Chart()
    defer { charts[current] = chart }
    return try body(&chart)
  }
}

/// `plt`'s global state: the open figures (shown and closed by `show()`), the current one.
final class PltState {
  let sink: FigureSink
  var figures: [FigureBuilder] = []
  var currentIndex: Int? = nil

  init(sink: @escaping FigureSink) { self.sink = sink }

  /// The current figure, created if none is open.
  var current: FigureBuilder {
    if let currentIndex, currentIndex < figures.count { return figures[currentIndex] }
    let figure = FigureBuilder()
    figures.append(figure)
    currentIndex = figures.count - 1
    return figure
  }

  /// Opens a new figure and makes it current.
  @discardableResult
  func newFigure() -> FigureBuilder {
    let figure = FigureBuilder()
    figures.append(figure)
    currentIndex = figures.count - 1
    return figure
  }

  /// Emits every open figure that has something in it, then closes them all.
  func show() {
    let open = figures
    figures = []
    currentIndex = nil
    for builder in open where !builder.isEmpty { sink(builder.figure) }
  }

  func close(_ builder: FigureBuilder?) {
    if let builder {
      figures.removeAll { $0 === builder }
    } else {
      figures = []
    }
    currentIndex = figures.isEmpty ? nil : figures.count - 1
  }
}
