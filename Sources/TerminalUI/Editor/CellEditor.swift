/// The text of a cell being edited: lines, a cursor, and undo/redo. Pure and UI-free, so each
/// editing operation is tested on its own.
public struct CellEditor: Equatable, Sendable {
  public private(set) var lines: [String]
  /// Cursor as (line, column in characters).
  public private(set) var row = 0
  public private(set) var column = 0
  private var undoStack: [Snapshot] = []
  private var redoStack: [Snapshot] = []

  private struct Snapshot: Equatable, Sendable {
    var lines: [String]
    var row: Int
    var column: Int
  }

  public init(text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.isEmpty { lines = [""] }
  }

  public var text: String { lines.joined(separator: "\n") }
  private var current: [Character] { Array(lines[row]) }

  // MARK: - Cursor movement

  public mutating func moveLeft() {
    if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
  }
  public mutating func moveRight() {
    if column < lines[row].count { column += 1 } else if row < lines.count - 1 { row += 1; column = 0 }
  }
  public mutating func moveUp() {
    guard row > 0 else { column = 0; return }
    row -= 1
    column = min(column, lines[row].count)
  }
  public mutating func moveDown() {
    guard row < lines.count - 1 else { column = lines[row].count; return }
    row += 1
    column = min(column, lines[row].count)
  }
  /// Home goes to the first non-blank character, then to column 0 (as most code editors do).
  public mutating func moveHome() {
    let indent = current.prefix { $0 == " " }.count
    column = column == indent ? 0 : indent
  }
  public mutating func moveEnd() { column = lines[row].count }
  public mutating func moveWordLeft() {
    let chars = current
    if column == 0 { moveLeft(); return }
    var c = column
    while c > 0 && !isWord(chars[c - 1]) { c -= 1 }
    while c > 0 && isWord(chars[c - 1]) { c -= 1 }
    column = c
  }
  public mutating func moveWordRight() {
    let chars = current
    if column == chars.count { moveRight(); return }
    var c = column
    while c < chars.count && isWord(chars[c]) { c += 1 }
    while c < chars.count && !isWord(chars[c]) { c += 1 }
    column = c
  }
  /// Puts the cursor at (line, column), clamped to the text.
  public mutating func moveTo(row: Int, column: Int) {
    self.row = max(0, min(lines.count - 1, row))
    self.column = max(0, min(lines[self.row].count, column))
  }

  private func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

  // MARK: - Editing

  public mutating func insert(_ text: String) {
    guard !text.isEmpty else { return }
    record()
    for ch in text {
      if ch == "\n" || ch == "\r" { splitLine(autoIndent: false) } else if ch == "\t" { insertRaw("    ") } else { insertRaw(String(ch)) }
    }
  }

  /// Enter: a new line with the current indentation, one level more after a line ending in `:`.
  public mutating func newline() {
    record()
    splitLine(autoIndent: true)
  }

  /// Tab inserts spaces to the next multiple of 4.
  public mutating func tab() {
    record()
    insertRaw(String(repeating: " ", count: 4 - column % 4))
  }

  public mutating func backspace() {
    guard column > 0 || row > 0 else { return }
    record()
    if column > 0 {
      var chars = current
      // Inside leading indentation, delete back to the previous multiple of 4.
      let indent = chars.prefix { $0 == " " }.count
      let n = column <= indent && column > 0 ? (column - 1) % 4 + 1 : 1
      chars.removeSubrange((column - n)..<column)
      lines[row] = String(chars)
      column -= n
    } else {
      let prev = lines[row - 1]
      lines[row - 1] = prev + lines[row]
      lines.remove(at: row)
      row -= 1
      column = prev.count
    }
  }

  public mutating func deleteForward() {
    guard column < lines[row].count || row < lines.count - 1 else { return }
    record()
    if column < lines[row].count {
      var chars = current
      chars.remove(at: column)
      lines[row] = String(chars)
    } else {
      lines[row] += lines[row + 1]
      lines.remove(at: row + 1)
    }
  }

  /// Replaces the whole text (from `$EDITOR`), undoable.
  public mutating func replaceAll(with text: String) {
    record()
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.isEmpty { lines = [""] }
    row = min(row, lines.count - 1)
    column = min(column, lines[row].count)
  }

  public mutating func undo() {
    guard let s = undoStack.popLast() else { return }
    redoStack.append(Snapshot(lines: lines, row: row, column: column))
    restore(s)
  }

  public mutating func redo() {
    guard let s = redoStack.popLast() else { return }
    undoStack.append(Snapshot(lines: lines, row: row, column: column))
    restore(s)
  }

  public var canUndo: Bool { !undoStack.isEmpty }

  private mutating func restore(_ s: Snapshot) {
    lines = s.lines
    row = s.row
    column = s.column
  }

  private mutating func record() {
    undoStack.append(Snapshot(lines: lines, row: row, column: column))
    if undoStack.count > 500 { undoStack.removeFirst() }
    redoStack.removeAll()
  }

  private mutating func insertRaw(_ s: String) {
    var chars = current
    chars.insert(contentsOf: s, at: column)
    lines[row] = String(chars)
    column += s.count
  }

  private mutating func splitLine(autoIndent: Bool) {
    let chars = current
    let before = String(chars[..<column]), after = String(chars[column...])
    var indent = autoIndent ? before.prefix { $0 == " " }.count : 0
    if autoIndent, before.trimmingTrailingWhitespace().hasSuffix(":") { indent += 4 }
    lines[row] = before
    let rest = autoIndent ? String(after.drop { $0 == " " }) : after
    lines.insert(String(repeating: " ", count: indent) + rest, at: row + 1)
    row += 1
    column = indent
  }
}

extension String {
  func trimmingTrailingWhitespace() -> String {
    var s = Substring(self)
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
