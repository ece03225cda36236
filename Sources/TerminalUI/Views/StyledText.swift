import TerminalKit

/// A line of styled cells, built left to right; the unit every view lays out before it is
/// placed on a `TextGrid`.
public struct StyledLine: Equatable, Sendable {
  public var cells: [Cell] = []
  public init() {}
  public init(_ text: String, style: Style = .plain) { append(text, style: style) }

  public var width: Int { cells.count }

  public mutating func append(_ text: some StringProtocol, style: Style = .plain) {
    for ch in text {
      let w = TextWidth.of(ch)
      if w == 0 { continue }
      cells.append(Cell(ch, style: style))
      if w == 2 { cells.append(.continuation) }
    }
  }

  public mutating func append(_ other: StyledLine) { cells += other.cells }

  public mutating func pad(to width: Int, style: Style = .plain) {
    if cells.count < width { cells += Array(repeating: Cell(" ", style: style), count: width - cells.count) }
  }

  /// Plain text of the line (continuations dropped).
  public var text: String {
    String(cells.filter { !$0.isContinuation }.map(\.character))
  }

  /// Draws the line on `grid` at (`x`, `y`), clipped at `maxX`.
  public func draw(on grid: inout TextGrid, x: Int, y: Int, maxX: Int? = nil) {
    let limit = min(maxX ?? grid.width, grid.width)
    for (i, cell) in cells.enumerated() where x + i < limit {
      grid[x + i, y] = cell
    }
  }
}

/// A run of text with one style: the input to word wrapping.
public struct StyledRun: Equatable, Sendable {
  public var text: String
  public var style: Style
  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// Word-wraps styled runs to `width` columns. `firstPrefix` starts the first line, `prefix`
/// every following one (for bullets and hanging indents). A word longer than a line is split.
public func wrap(
  _ runs: [StyledRun], width: Int, firstPrefix: StyledLine = StyledLine(), prefix: StyledLine = StyledLine()
) -> [StyledLine] {
  // Break into words (keeping each word's cells) separated by spaces; "\n" forces a break.
  var words: [(cells: [Cell], forcedBreakBefore: Bool)] = []
  var current: [Cell] = []
  var breakPending = false
  func flush() {
    if !current.isEmpty {
      words.append((current, breakPending))
      breakPending = false
      current = []
    }
  }
  for run in runs {
    for ch in run.text {
      if ch == "\n" {
        flush()
        breakPending = true
      } else if ch == " " {
        flush()
      } else {
        let w = TextWidth.of(ch)
        if w == 0 { continue }
        // A no-break space (inside inline code) joins words but shows as a space.
        current.append(Cell(ch == "\u{00A0}" ? " " : ch, style: run.style))
        if w == 2 { current.append(.continuation) }
      }
    }
  }
  flush()

  var lines: [StyledLine] = []
  var line = firstPrefix
  var lineHasWord = false
  let usable = max(1, width)
  for (wordCells, forced) in words {
    var cells = wordCells
    if forced && lineHasWord {
      lines.append(line)
      line = prefix
      lineHasWord = false
    }
    let need = (lineHasWord ? 1 : 0) + cells.count
    if lineHasWord && line.width + need > usable {
      lines.append(line)
      line = prefix
      lineHasWord = false
    }
    if lineHasWord { line.cells.append(Cell(" ", style: cells.first?.style ?? .plain)) }
    // A word longer than the whole line is split.
    while line.width + cells.count > usable && usable - line.width > 0 {
      let room = usable - line.width
      line.cells += cells.prefix(room)
      cells.removeFirst(min(room, cells.count))
      lines.append(line)
      line = prefix
      if prefix.width >= usable { break }
    }
    line.cells += cells
    lineHasWord = true
  }
  if lineHasWord || lines.isEmpty { lines.append(line) }
  return lines
}
