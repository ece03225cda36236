// MARK: - Canvas to text

extension Canvas {
  /// The canvas as plain text: one line per row, trailing spaces trimmed, lines joined by `\n`
  /// (no final newline). Colours and attributes are dropped.
  public func plainText() -> String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for y in 0..<height {
      var line = String()
      line.reserveCapacity(width)
      for cell in row(y) { line.append(cell.character) }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// The canvas as text with ANSI SGR escapes for colours, bold and dim. Each row ends with a
  /// reset (`ESC[0m`) when it was styled, so rows can be printed independently; rows are joined
  /// by `\n` (no final newline). Trailing unstyled spaces are trimmed.
  public func ansiText() -> String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for y in 0..<height {
      let cells = Array(row(y))
      var end = cells.count
      while end > 0, cells[end - 1].character == " ", cells[end - 1].hasSameStyle(as: .blank) {
        end -= 1
      }
      var line = String()
      var current = CanvasCell.blank
      for cell in cells[0..<end] {
        if !cell.hasSameStyle(as: current) {
          line += Self.sgr(for: cell)
          current = cell
        }
        line.append(cell.character)
      }
      if !current.hasSameStyle(as: .blank) { line += "\u{1B}[0m" }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// The SGR sequence that sets exactly `cell`'s style (starting from a reset).
  static func sgr(for cell: CanvasCell) -> String {
    var codes = ["0"]
    if cell.bold { codes.append("1") }
    if cell.dim { codes.append("2") }
    if let foreground = cell.foreground { codes.append(colorCode(foreground, base: 38)) }
    if let background = cell.background { codes.append(colorCode(background, base: 48)) }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  private static func colorCode(_ color: CellColor, base: Int) -> String {
    switch color {
    case .indexed(let index): return "\(base);5;\(index)"
    case .rgb(let r, let g, let b): return "\(base);2;\(r);\(g);\(b)"
    }
  }
}
