// MARK: - Sub-cell dot rasters and their encoders

/// The characters that show sub-cell dots: braille (2×4 dots a cell), quadrant blocks (2×2)
/// and ASCII (1×1).
public enum DotEncoding {
  /// Dots per cell, horizontally and vertically, for `marks`.
  public static func dotsPerCell(_ marks: GlyphSet.Marks) -> (columns: Int, rows: Int) {
    switch marks {
    case .braille: return (2, 4)
    case .quadrant: return (2, 2)
    case .ascii: return (1, 1)
    }
  }

  /// The bit for dot `(column, row)` of a braille cell (column 0…1, row 0…3), following the
  /// Unicode braille numbering: dots 1-2-3-7 down the left, 4-5-6-8 down the right.
  public static func brailleBit(column: Int, row: Int) -> UInt8 {
    let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
    let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
    return column == 0 ? left[row] : right[row]
  }

  /// The braille character for a dot pattern (`0` is the blank braille pattern U+2800).
  public static func braille(_ bits: UInt8) -> Character {
    Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
  }

  /// The bit for dot `(column, row)` of a quadrant cell: upper left 1, upper right 2,
  /// lower left 4, lower right 8.
  public static func quadrantBit(column: Int, row: Int) -> UInt8 {
    UInt8(1 << (row * 2 + column))
  }

  static let quadrantCharacters: [Character] = [
    " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
  ]

  /// The quadrant-block character for a 4-bit dot pattern.
  public static func quadrant(_ bits: UInt8) -> Character {
    quadrantCharacters[Int(bits & 0x0F)]
  }
}

/// A `columns × rows` grid of cells, each holding a dot pattern and the series that drew last.
///
/// Dots are addressed in dot coordinates: `(0, 0)` top left, `dotColumns × dotRows` in all.
struct DotRaster {
  let columns: Int
  let rows: Int
  let cellWidth: Int
  let cellHeight: Int
  let marks: GlyphSet.Marks
  /// Dot bits a cell.
  var bits: [UInt8]
  /// The series (layer-local index) whose dot landed last in a cell; -1 for none.
  var owner: [Int16]
  /// Precomputed bit of each dot position within a cell, `[row * cellWidth + column]`.
  private let bitTable: [UInt8]

  init(columns: Int, rows: Int, marks: GlyphSet.Marks) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
    self.marks = marks
    let size = DotEncoding.dotsPerCell(marks)
    cellWidth = size.columns
    cellHeight = size.rows
    bits = Array(repeating: 0, count: self.columns * self.rows)
    owner = Array(repeating: -1, count: self.columns * self.rows)
    var table: [UInt8] = []
    for row in 0..<size.rows {
      for column in 0..<size.columns {
        switch marks {
        case .braille: table.append(DotEncoding.brailleBit(column: column, row: row))
        case .quadrant: table.append(DotEncoding.quadrantBit(column: column, row: row))
        case .ascii: table.append(1)
        }
      }
    }
    bitTable = table
  }

  var dotColumns: Int { columns * cellWidth }
  var dotRows: Int { rows * cellHeight }

  /// Sets dot `(x, y)` for `series`; dots outside are ignored.
  @inline(__always)
  mutating func set(_ x: Int, _ y: Int, series: Int16) {
    guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
    let cx = x / cellWidth, cy = y / cellHeight
    let index = cy * columns + cx
    bits[index] |= bitTable[(y - cy * cellHeight) * cellWidth + (x - cx * cellWidth)]
    owner[index] = series
  }

  /// Whether the cell at `(column, row)` has any dot.
  func isSet(column: Int, row: Int) -> Bool { bits[row * columns + column] != 0 }

  /// The character of cell `index` (nil when empty); ASCII cells use `asciiCharacter`.
  func character(at index: Int, asciiCharacter: Character) -> Character? {
    let value = bits[index]
    guard value != 0 else { return nil }
    switch marks {
    case .braille: return DotEncoding.braille(value)
    case .quadrant: return DotEncoding.quadrant(value)
    case .ascii: return asciiCharacter
    }
  }
}
