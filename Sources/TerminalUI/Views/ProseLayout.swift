import Notebook
import TerminalKit

/// Lays out prose blocks as styled lines at a width: headings, paragraphs, lists with hanging
/// indents, block quotes, tables (columns sized to content, wrapped when too wide), code blocks.
public struct ProseLayout {
  public var theme: Theme
  public var unicode: Bool

  public init(theme: Theme, unicode: Bool) {
    self.theme = theme
    self.unicode = unicode
  }

  public func lines(for block: Block, width: Int) -> [StyledLine] {
    let width = max(10, width)
    switch block {
    case .heading(let level, let content, _):
      let style = level == 1 ? theme.heading1 : level == 2 ? theme.heading2 : theme.heading3
      var out = wrap(runs(content, base: style), width: width)
      if level <= 2 {
        let rule = String(repeating: unicode ? (level == 1 ? "━" : "─") : (level == 1 ? "=" : "-"), count: min(width, max(out.map(\.width).max() ?? 0, 1)))
        out.append(StyledLine(rule, style: style.withoutUnderline))
      }
      return out
    case .paragraph(let content, _):
      return wrap(runs(content, base: theme.plain), width: width)
    case .list(let ordered, let start, let items, _):
      var out: [StyledLine] = []
      for (i, item) in items.enumerated() {
        let marker = ordered ? "\(start + i). " : (unicode ? "• " : "* ")
        let indent = String(repeating: " ", count: marker.count)
        for (j, sub) in item.enumerated() {
          let inner = lines(for: sub, width: width - marker.count)
          for (k, line) in inner.enumerated() {
            var l = StyledLine(j == 0 && k == 0 ? marker : indent, style: j == 0 && k == 0 ? theme.strong : theme.plain)
            l.append(line)
            out.append(l)
          }
        }
      }
      return out
    case .quote(let blocks, _):
      let bar = unicode ? "│ " : "| "
      return blocks.flatMap { lines(for: $0, width: width - 2) }.map { line in
        var l = StyledLine(bar, style: theme.quote)
        l.append(line)
        return l
      }
    case .code(_, let text, _):
      return text.split(separator: "\n", omittingEmptySubsequences: false).map { row in
        var l = StyledLine("    ")
        l.append(TextWidth.prefix(row, fitting: width - 4).0, style: theme.codeBlock)
        return l
      }
    case .table(let table, _):
      return tableLines(table, width: width)
    case .thematicBreak:
      return [StyledLine(String(repeating: unicode ? "─" : "-", count: width), style: theme.dim)]
    case .cell:
      return []  // cells are laid out by the chapter view
    }
  }

  /// Inline content as styled runs.
  public func runs(_ inlines: [Inline], base: Style) -> [StyledRun] {
    var out: [StyledRun] = []
    for inline in inlines {
      switch inline {
      case .text(let s): out.append(StyledRun(s, base))
      case .code(let s): out.append(StyledRun(s.replacingSpaces(), theme.inlineCode))
      case .emphasis(let c): out += runs(c, base: base.merging(theme.emphasis))
      case .strong(let c): out += runs(c, base: base.merging(theme.strong))
      case .link(let text, let dest):
        out += runs(text, base: base.merging(theme.link))
        if text.plainText != dest { out.append(StyledRun(" (\(dest))", theme.dim)) }
      case .softBreak: out.append(StyledRun(" ", base))
      case .hardBreak: out.append(StyledRun("\n", base))
      }
    }
    return out
  }

  private func tableLines(_ table: Table, width: Int) -> [StyledLine] {
    let columns = table.header.count
    guard columns > 0 else { return [] }
    let rows = [table.header] + table.rows
    var natural = Array(repeating: 1, count: columns)
    for row in rows {
      for (i, cell) in row.prefix(columns).enumerated() { natural[i] = max(natural[i], TextWidth.of(cell.plainText)) }
    }
    // Shrink the widest columns until the table fits: 3 columns of border per column + 1.
    var widths = natural
    let budget = width - (3 * columns + 1)
    while widths.reduce(0, +) > budget, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4 {
      widths[widest] -= 1
    }
    let v = unicode ? "│" : "|", h = unicode ? "─" : "-"
    func border(_ l: String, _ m: String, _ r: String) -> StyledLine {
      StyledLine(l + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: m) + r, style: theme.tableBorder)
    }
    var out: [StyledLine] = [unicode ? border("┌", "┬", "┐") : border("+", "+", "+")]
    for (r, row) in rows.enumerated() {
      let wrapped = (0..<columns).map { i -> [StyledLine] in
        let cell = i < row.count ? row[i] : []
        return wrap(runs(cell, base: r == 0 ? theme.strong : theme.plain), width: widths[i])
      }
      let height = wrapped.map(\.count).max() ?? 1
      for k in 0..<height {
        var line = StyledLine(v, style: theme.tableBorder)
        for i in 0..<columns {
          var cellLine = k < wrapped[i].count ? wrapped[i][k] : StyledLine()
          let align = i < table.alignments.count ? table.alignments[i] : .none
          let slack = max(0, widths[i] - cellLine.width)
          var padded = StyledLine(" ")
          if align == .right { padded.append(String(repeating: " ", count: slack)) }
          if align == .center { padded.append(String(repeating: " ", count: slack / 2)) }
          padded.append(cellLine)
          cellLine = padded
          cellLine.pad(to: widths[i] + 2)
          line.append(cellLine)
          line.append(v, style: theme.tableBorder)
        }
        out.append(line)
      }
      if r == 0 { out.append(unicode ? border("├", "┼", "┤") : border("+", "+", "+")) }
    }
    out.append(unicode ? border("└", "┴", "┘") : border("+", "+", "+"))
    return out
  }
}

extension Style {
  func merging(_ other: Style) -> Style {
    var s = self
    if other.foreground != .default { s.foreground = other.foreground }
    if other.background != .default { s.background = other.background }
    s.bold = s.bold || other.bold
    s.dim = s.dim || other.dim
    s.underline = s.underline || other.underline
    s.reverse = s.reverse || other.reverse
    return s
  }
  var withoutUnderline: Style {
    var s = self
    s.underline = false
    return s
  }
}

extension String {
  /// Inline code keeps its spaces when wrapped (no-break spaces).
  func replacingSpaces() -> String { String(map { $0 == " " ? "\u{00A0}" : $0 }) }
}
