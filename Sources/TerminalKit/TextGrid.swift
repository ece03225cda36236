/// The size of a screen or a region, in character cells.
public struct ScreenSize: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }
  public var description: String { "\(width)×\(height)" }
}

/// One character cell: a grapheme and its style. A wide grapheme (2 columns) occupies its cell
/// and the next, which holds `Cell.continuation`.
public struct Cell: Hashable, Sendable {
  public var character: Character
  public var style: Style
  public init(_ character: Character = " ", style: Style = .plain) {
    self.character = character
    self.style = style
  }
  public static let blank = Cell()
  /// The right half of a wide character; renderers skip it.
  public static let continuation = Cell("\u{0}")
  public var isContinuation: Bool { character == "\u{0}" }
}

/// A rectangle of styled character cells: what every view renders into, what a terminal
/// backend blits, and what tests read back as text.
///
/// Writes are clipped to the grid; nothing here ever traps on out-of-range coordinates.
public struct TextGrid: Hashable, Sendable {
  public private(set) var size: ScreenSize
  public private(set) var cells: [Cell]

  public init(size: ScreenSize, fill: Cell = .blank) {
    self.size = size
    self.cells = Array(repeating: fill, count: size.width * size.height)
  }

  public var width: Int { size.width }
  public var height: Int { size.height }

  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
      return cells[y * size.width + x]
    }
    set {
      guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
      cells[y * size.width + x] = newValue
    }
  }

  // MARK: - Writing

  /// Writes `text` on row `y` from column `x`, clipped at `maxX` (exclusive; default: the grid's
  /// width). Newlines are not interpreted. Returns the column after the last one written.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil
  ) -> Int {
    let limit = min(maxX ?? size.width, size.width)
    guard y >= 0, y < size.height else { return x }
    var col = x
    for ch in text {
      let w = TextWidth.of(ch)
      if w == 0 {
        // A lone zero-width grapheme (a control character): skip it.
        continue
      }
      if col + w > limit { break }
      if col >= 0 {
        self[col, y] = Cell(ch, style: style)
        if w == 2 { self[col + 1, y] = .continuation }
      }
      col += w
    }
    return col
  }

  /// Fills a rectangle (clipped) with `cell`.
  public mutating func fill(x: Int, y: Int, width: Int, height: Int, with cell: Cell = .blank) {
    let x0 = max(0, x), y0 = max(0, y)
    let x1 = min(size.width, x + width), y1 = min(size.height, y + height)
    guard x0 < x1, y0 < y1 else { return }
    for row in y0..<y1 {
      for col in x0..<x1 { cells[row * size.width + col] = cell }
    }
  }

  /// Applies `change` to the style of every cell in a rectangle (clipped), keeping characters.
  public mutating func restyle(
    x: Int, y: Int, width: Int, height: Int, _ change: (inout Style) -> Void
  ) {
    let x0 = max(0, x), y0 = max(0, y)
    let x1 = min(size.width, x + width), y1 = min(size.height, y + height)
    guard x0 < x1, y0 < y1 else { return }
    for row in y0..<y1 {
      for col in x0..<x1 { change(&cells[row * size.width + col].style) }
    }
  }

  /// Copies `other` onto this grid with its top-left corner at (`x`, `y`), clipped.
  public mutating func blit(_ other: TextGrid, x: Int, y: Int) {
    for row in 0..<other.height {
      let ty = y + row
      guard ty >= 0, ty < size.height else { continue }
      for col in 0..<other.width {
        let tx = x + col
        guard tx >= 0, tx < size.width else { continue }
        cells[ty * size.width + tx] = other.cells[row * other.width + col]
      }
    }
  }

  // MARK: - Reading back

  /// Row `y` as plain text (wide-character continuations skipped), trailing spaces kept.
  public func line(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    var s = ""
    for x in 0..<size.width {
      let c = cells[y * size.width + x]
      if !c.isContinuation { s.append(c.character) }
    }
    return s
  }

  /// The whole grid as text, one line per row, trailing spaces trimmed: what golden tests compare.
  public var text: String {
    (0..<size.height).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
  }

  /// Whether the grid shows `needle` anywhere on one row.
  public func contains(_ needle: String) -> Bool {
    (0..<size.height).contains { line($0).contains(needle) }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
