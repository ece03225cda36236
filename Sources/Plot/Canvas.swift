// MARK: - Canvas: the rendered form of a figure

/// A colour for one cell: an index into the 256-colour xterm palette, or 24-bit RGB.
public enum CellColor: Sendable, Hashable {
  case indexed(UInt8)
  case rgb(UInt8, UInt8, UInt8)
}

/// One character cell: a character (always one column wide) and its style.
///
/// Kept deliberately plain so a terminal UI can copy cells into its own grid.
public struct CanvasCell: Sendable, Hashable {
  public var character: Character
  public var foreground: CellColor?
  public var background: CellColor?
  public var bold: Bool
  public var dim: Bool

  public init(
    _ character: Character = " ", foreground: CellColor? = nil, background: CellColor? = nil,
    bold: Bool = false, dim: Bool = false
  ) {
    self.character = character
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
  }

  /// A blank cell with no style.
  public static let blank = CanvasCell()

  /// Whether two cells carry the same style (colours and attributes), ignoring the character.
  public func hasSameStyle(as other: CanvasCell) -> Bool {
    foreground == other.foreground && background == other.background && bold == other.bold
      && dim == other.dim
  }
}

/// A `width × height` grid of styled cells, row-major, `(0, 0)` at the top left.
///
/// A canvas is produced by `Figure.render(width:height:glyphs:)`; it holds no data, only cells.
public struct Canvas: Sendable, Hashable {
  public let width: Int
  public let height: Int
  /// Row-major cells, `width * height` of them.
  public private(set) var cells: [CanvasCell]

  /// Makes a blank canvas; negative sizes are treated as zero.
  public init(width: Int, height: Int, fill: CanvasCell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// Whether `(x, y)` is inside the canvas.
  @inlinable public func contains(x: Int, y: Int) -> Bool {
    x >= 0 && y >= 0 && x < width && y < height
  }

  /// The cell at column `x`, row `y`. Reading outside gives a blank cell; writing outside is ignored.
  public subscript(x: Int, y: Int) -> CanvasCell {
    get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
    set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
  }

  /// The cells of row `y`.
  public func row(_ y: Int) -> ArraySlice<CanvasCell> {
    precondition(y >= 0 && y < height, "row \(y) outside a canvas of height \(height)")
    return cells[(y * width)..<((y + 1) * width)]
  }

  // MARK: - Drawing helpers

  /// Writes `text` from `(x, y)` rightwards, one character a column, clipped to the canvas
  /// (and to `maxWidth` columns when given). Returns the number of columns written.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, maxWidth: Int? = nil, foreground: CellColor? = nil,
    background: CellColor? = nil, bold: Bool = false, dim: Bool = false
  ) -> Int {
    guard y >= 0, y < height else { return 0 }
    let limit = min(maxWidth ?? Int.max, width - x)
    var column = x
    var written = 0
    for character in text where written < limit {
      let printable: Character = character.isNewline || character == "\t" ? " " : character
      if column >= 0 {
        self[column, y] = CanvasCell(
          printable, foreground: foreground, background: background, bold: bold, dim: dim)
      }
      column += 1
      written += 1
    }
    return written
  }

  /// Copies `other` into this canvas with its top-left corner at `(x, y)`, clipped.
  public mutating func blit(_ other: Canvas, x: Int, y: Int) {
    for row in 0..<other.height {
      let targetY = y + row
      guard targetY >= 0, targetY < height else { continue }
      for column in 0..<other.width {
        let targetX = x + column
        guard targetX >= 0, targetX < width else { continue }
        cells[targetY * width + targetX] = other.cells[row * other.width + column]
      }
    }
  }

  /// Fills a rectangle with `cell`, clipped.
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: CanvasCell) {
    for row in max(0, y)..<max(max(0, y), min(height, y + h)) {
      for column in max(0, x)..<max(max(0, x), min(width, x + w)) {
        cells[row * width + column] = cell
      }
    }
  }
}
