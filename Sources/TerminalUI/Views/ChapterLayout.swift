import Notebook
import TerminalKit

/// One laid-out line of a chapter, with the cell it belongs to (if any) and, for headings, the
/// heading text (for the jump list).
public struct LayoutLine: Sendable {
  public var line: StyledLine
  public var cellIndex: Int?
  public var heading: String?
  /// A figure placeholder: the figure is drawn over `height` lines starting here.
  public var figure: FigureOutput?
  public var figureHeight = 0
}

/// Lays a chapter out at a width: prose, cells with their status, outputs, check results and
/// hints. Pure; the chapter view shows a window of it.
public struct ChapterLayout {
  public var state: ChapterState
  public var width: Int
  public var theme: Theme
  public var unicode: Bool
  public var now: Double
  /// The cell whose code is drawn with a cursor, and the cursor position.
  public var editing: (cell: Int, editor: CellEditor)?

  public init(state: ChapterState, width: Int, theme: Theme, unicode: Bool, now: Double) {
    self.state = state
    self.width = width
    self.theme = theme
    self.unicode = unicode
    self.now = now
    if let e = state.editor { editing = (state.selected, e) }
  }

  /// The cursor's position (layout line, column) when a cell is being edited.
  public private(set) var cursor: (line: Int, column: Int)?

  public mutating func lines() -> [LayoutLine] {
    let prose = ProseLayout(theme: theme, unicode: unicode)
    var out: [LayoutLine] = []
    var cellIndex = 0
    for block in state.document.blocks {
      if case .cell(let cell) = block {
        out += cellLines(cell, index: cellIndex, startLine: out.count)
        cellIndex += 1
      } else {
        var heading: String?
        if case .heading(_, let content, _) = block { heading = content.plainText }
        for (i, l) in prose.lines(for: block, width: width - 2).enumerated() {
          var line = StyledLine(" ")
          line.append(l)
          out.append(LayoutLine(line: line, cellIndex: nil, heading: i == 0 ? heading : nil))
        }
      }
      out.append(LayoutLine(line: StyledLine(), cellIndex: nil))
    }
    return out
  }

  /// Gutter mark and text for a cell's status.
  func statusText(_ status: CellStatus) -> (String, Style) {
    switch status {
    case .notRun: return ("not run", theme.dim)
    case .queued: return ("queued", theme.running)
    case .running(let since): return ("running \(Self.duration(max(0, now - since)))", theme.running)
    case .done(let s): return ("\(unicode ? "✓" : "ok") \(Self.duration(s))", theme.ok)
    case .failed(let s): return ("\(unicode ? "✗" : "x") error after \(Self.duration(s))", theme.error)
    case .interrupted: return ("interrupted", theme.error)
    }
  }

  static func duration(_ s: Double) -> String {
    if s < 1 { return "\(Int((s * 1000).rounded())) ms" }
    if s < 60 { return String(Int(s * 10) / 10) + "." + String(Int(s * 10) % 10) + " s" }
    return "\(Int(s) / 60) min \(Int(s) % 60) s"
  }

  private mutating func cellLines(_ cell: Notebook.Cell, index: Int, startLine: Int) -> [LayoutLine] {
    var out: [LayoutLine] = []
    let selected = index == state.selected
    let isEditing = editing?.cell == index
    let border = isEditing ? theme.editingBorder : selected ? theme.selectedBorder : theme.cellBorder
    let (h, v, tl, bl) = unicode ? ("─", "│", "┌", "└") : ("-", "|", "+", "+")
    let status = state.status[cell.id] ?? .notRun
    let (statusString, statusStyle) = statusText(status)

    // Header: ┌─ [In 3] ✓ 12 ms ─── or ┌─ Exercise 2.1 · 2 points ───
    var header = StyledLine(selected ? (unicode ? "▶" : ">") : " ", style: border)
    header.append(tl + h + " ", style: border)
    if let exID = cell.exerciseID, let ex = state.document.exercise(id: exID) {
      let points = ex.points == ex.points.rounded() ? String(Int(ex.points)) : String(ex.points)
      header.append("Exercise \(exID)", style: theme.strong)
      header.append(" · \(points) point\(ex.points == 1 ? "" : "s") · ", style: border)
      if state.checking.contains(exID) {
        header.append("checking…", style: theme.running)
      } else if let results = state.checks[exID] {
        let passed = results.filter { $0.outcome == .passed }.count
        let all = passed == results.count
        header.append("\(all ? (unicode ? "✓ passed" : "passed") : (unicode ? "✗" : "x")) \(passed)/\(results.count) checks", style: all ? theme.ok : theme.error)
      } else {
        header.append("not checked", style: theme.dim)
      }
      header.append(" · ", style: border)
    } else {
      header.append("[\(index + 1)] ", style: border)
    }
    header.append(statusString, style: statusStyle)
    header.append(" ", style: border)
    header.append(String(repeating: h, count: max(0, width - header.width - 1)), style: border)
    out.append(LayoutLine(line: header, cellIndex: index))

    // Code, highlighted; the cursor when editing.
    let source = isEditing ? editing!.editor.text : state.source(of: cell)
    let codeLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let codeWidth = width - 4
    for (i, codeLine) in codeLines.enumerated() {
      var line = StyledLine(" ")
      line.append(v + " ", style: border)
      let highlighted = highlightPython(String(codeLine), theme: theme)
      var visible = highlighted
      if visible.width > codeWidth {
        visible.cells = Array(visible.cells.prefix(codeWidth - 1))
        visible.append(unicode ? "…" : ">", style: theme.dim)
      }
      line.append(visible)
      out.append(LayoutLine(line: line, cellIndex: index))
      if isEditing, let e = editing?.editor, e.row == i {
        let col = TextWidth.of(String(Array(e.lines[i]).prefix(e.column)))
        cursor = (startLine + out.count - 1, 3 + min(col, codeWidth))
      }
    }
    var footer = StyledLine(" ")
    footer.append(bl + String(repeating: h, count: max(0, width - 3)), style: border)
    out.append(LayoutLine(line: footer, cellIndex: index))

    // Outputs.
    for item in state.outputs[cell.id] ?? [] {
      out += outputLines(item, index: index)
    }
    // Exercise: check results, hints, solution (instructor mode).
    if let exID = cell.exerciseID, let ex = state.document.exercise(id: exID) {
      for result in state.checks[exID] ?? [] {
        let mark: String
        let style: Style
        switch result.outcome {
        case .passed: (mark, style) = (unicode ? "✓" : "ok", theme.ok)
        case .failed: (mark, style) = (unicode ? "✗" : "x", theme.error)
        case .error: (mark, style) = (unicode ? "!" : "!", theme.error)
        case .timeout: (mark, style) = (unicode ? "⏱" : "T", theme.error)
        case .limit: (mark, style) = ("M", theme.error)
        }
        var runs = [StyledRun("\(mark) ", style), StyledRun(result.name, theme.strong)]
        if result.outcome != .passed { runs.append(StyledRun(" (\(result.outcome.rawValue))", style)) }
        if let m = result.message, !m.isEmpty { runs.append(StyledRun(": " + m, .plain)) }
        for l in wrap(runs, width: width - 6, firstPrefix: StyledLine("   "), prefix: StyledLine("     ")) {
          out.append(LayoutLine(line: l, cellIndex: index))
        }
      }
      let shown = state.hintsShown[exID] ?? 0
      let prose = ProseLayout(theme: theme, unicode: unicode)
      for (i, hint) in ex.hints.prefix(shown).enumerated() {
        let runs = [StyledRun("Hint \(i + 1)/\(ex.hints.count): ", theme.strong)] + prose.runs(hint, base: theme.quote)
        for l in wrap(runs, width: width - 6, firstPrefix: StyledLine("   " + (unicode ? "│ " : "| "), style: theme.quote), prefix: StyledLine("   " + (unicode ? "│ " : "| "), style: theme.quote)) {
          out.append(LayoutLine(line: l, cellIndex: index))
        }
      }
      if state.showSolutions, let solution = ex.solution {
        out.append(LayoutLine(line: StyledLine("   Solution (instructor mode):", style: theme.strong), cellIndex: index))
        for l in solution.code.split(separator: "\n", omittingEmptySubsequences: false) {
          var line = StyledLine("     ")
          line.append(highlightPython(String(l), theme: theme))
          out.append(LayoutLine(line: line, cellIndex: index))
        }
      }
    }
    return out
  }

  private func outputLines(_ item: OutputItem, index: Int) -> [LayoutLine] {
    let indent = "   "
    switch item {
    case .text(let text):
      var t = text
      if t.hasSuffix("\n") { t.removeLast() }
      return t.split(separator: "\n", omittingEmptySubsequences: false).flatMap { row -> [LayoutLine] in
        // Long output lines wrap at the window edge (character wrap: output is not prose).
        var line = StyledLine(indent)
        var rest = StyledLine(String(row), style: theme.output)
        var lines: [LayoutLine] = []
        let room = max(1, width - indent.count)
        repeat {
          let take = Array(rest.cells.prefix(room))
          rest.cells.removeFirst(take.count)
          line.cells += take
          lines.append(LayoutLine(line: line, cellIndex: index))
          line = StyledLine(indent)
        } while !rest.cells.isEmpty
        return lines
      }
    case .error(let text):
      return text.split(separator: "\n", omittingEmptySubsequences: false).map { row in
        var line = StyledLine(indent)
        line.append(TextWidth.prefix(row, fitting: width - indent.count).0, style: theme.error)
        return LayoutLine(line: line, cellIndex: index)
      }
    case .figure(let figure):
      let w = max(10, width - indent.count - 1)
      let h = max(4, figure.preferredHeight(w))
      var first = LayoutLine(line: StyledLine(), cellIndex: index)
      first.figure = figure
      first.figureHeight = h
      return [first] + Array(repeating: LayoutLine(line: StyledLine(), cellIndex: index), count: h - 1)
    case .progress(let p):
      return [LayoutLine(line: progressLine(p, width: width - indent.count), cellIndex: index)]
    case .visualizer(let walk):
      let times = unicode ? "×" : "x"
      var line = StyledLine(indent)
      line.append("Convolution visualizer: \(walk.inputRows)\(times)\(walk.inputColumns) input, \(walk.kernelRows)\(times)\(walk.kernelColumns) kernel — press ", style: theme.plain)
      line.append("v", style: theme.strong)
      line.append(" to open it", style: theme.plain)
      return [LayoutLine(line: line, cellIndex: index)]
    }
  }

  func progressLine(_ p: ProgressInfo, width: Int) -> StyledLine {
    var line = StyledLine("   ")
    let fraction = p.total > 0 ? min(1, Double(p.done) / Double(p.total)) : 0
    var tail = " \(p.done)/\(p.total)"
    if let rate = p.rate { tail += String(format1: rate) + "/s" }
    if let left = p.secondsLeft { tail += " · \(Self.duration(left)) left" }
    let label = p.label + " "
    let barWidth = max(10, min(40, width - label.count - tail.count - 6))
    let filled = Int((fraction * Double(barWidth)).rounded(.down))
    line.append(label, style: theme.strong)
    line.append(unicode ? String(repeating: "█", count: filled) : String(repeating: "#", count: filled), style: theme.ok)
    line.append(unicode ? String(repeating: "░", count: barWidth - filled) : String(repeating: ".", count: barWidth - filled), style: theme.dim)
    line.append(" \(Int((fraction * 100).rounded()))%" + tail)
    return line
  }
}

extension String {
  init(format1 x: Double) {
    let v = (x * 10).rounded() / 10
    self = " · " + (v == v.rounded() ? String(Int(v)) : String(v))
  }
}
