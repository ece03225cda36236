import Foundation

// MARK: - The document model

/// A chapter parsed from its Markdown file: prose blocks with their structure, and cells.
///
/// `blocks` is the whole document in reading order (prose and cells); `exercises` gathers each
/// exercise's starter cell with its checks, hints and solution, which do not appear in `blocks`
/// (checks and solutions are never shown to a learner; hints are revealed on demand).
public struct ChapterDocument: Sendable, Equatable {
  /// The file stem, e.g. `01-linear-regression`; keys the progress store.
  public var id: String
  /// The text of the first level-1 heading, or `id` when there is none.
  public var title: String
  /// The file the document was read from, when it was read from a file.
  public var url: URL?
  /// Every block in reading order; cells appear as `.cell`.
  public var blocks: [Block]
  /// Exercises in document order.
  public var exercises: [Exercise]

  public init(id: String, title: String, url: URL?, blocks: [Block], exercises: [Exercise]) {
    self.id = id
    self.title = title
    self.url = url
    self.blocks = blocks
    self.exercises = exercises
  }

  /// The runnable cells (`python` and `exercise`) in document order.
  public var cells: [ChapterCell] {
    blocks.compactMap { if case .cell(let cell) = $0 { return cell } else { return nil } }
  }

  /// The cell with this id, if any.
  public func cell(id: CellID) -> ChapterCell? { cells.first { $0.id == id } }

  /// The exercise with this id, if any.
  public func exercise(id: String) -> Exercise? { exercises.first { $0.id == id } }

  /// The folder the chapter's cells run in (the file's folder), if read from a file.
  public var folder: URL? { url?.deletingLastPathComponent() }
}

/// A cell's identity, stable across runs: `cell-N` or the `id=` of a `python` cell, or the
/// exercise id of an exercise cell.
public typealias CellID = String

// MARK: - Cells

/// The former name of `ChapterCell`, kept so `Notebook.Cell` still compiles. Prefer
/// `ChapterCell`: a bare `Cell` is ambiguous next to TerminalKit's `Cell`.
public typealias Cell = ChapterCell

/// A runnable cell: a `python` block or an exercise's starter code.
public struct ChapterCell: Sendable, Equatable, Identifiable {
  public enum Kind: Sendable, Equatable {
    /// A `python` block.
    case code
    /// The starter code of the exercise with this id.
    case exercise(id: String)
  }

  public var id: CellID
  public var kind: Kind
  /// The code as written in the chapter (no trailing newline).
  public var source: String
  /// The 1-based line in the file of the cell's first code line (the line after the fence).
  public var firstLine: Int
  /// A `python expect-error` cell: it is meant to raise (to show a diagnostic).
  public var expectsError: Bool

  public init(id: CellID, kind: Kind, source: String, firstLine: Int, expectsError: Bool = false) {
    self.id = id
    self.kind = kind
    self.source = source
    self.firstLine = firstLine
    self.expectsError = expectsError
  }

  /// The exercise id when this is an exercise cell.
  public var exerciseID: String? {
    if case .exercise(let id) = kind { return id } else { return nil }
  }
}

// MARK: - Exercises

/// An exercise: starter code, named checks, hints in reveal order and the reference solution.
public struct Exercise: Sendable, Equatable, Identifiable {
  public var id: String
  /// The most the exercise can score.
  public var points: Double
  /// The starter cell (its id is the exercise id).
  public var cell: ChapterCell
  /// Code run once before the checks (the lines before the first `# check:` line), if any.
  public var checkSetup: CheckSource?
  /// The checks, each run separately.
  public var checks: [CheckSpec]
  /// Hints, as inline Markdown, in the order they are revealed.
  public var hints: [[Inline]]
  /// Hints as written (raw Markdown text).
  public var hintTexts: [String]
  /// The reference solution.
  public var solution: CheckSource?

  public init(
    id: String, points: Double, cell: ChapterCell, checkSetup: CheckSource? = nil, checks: [CheckSpec] = [],
    hints: [[Inline]] = [], hintTexts: [String] = [], solution: CheckSource? = nil
  ) {
    self.id = id
    self.points = points
    self.cell = cell
    self.checkSetup = checkSetup
    self.checks = checks
    self.hints = hints
    self.hintTexts = hintTexts
    self.solution = solution
  }

  /// The sum of the checks' weights (at least one check exists in a parsed document).
  public var totalWeight: Double { checks.reduce(0) { $0 + $1.weight } }
}

/// A piece of MiniPy with the file line of its first line (for diagnostics).
public struct CheckSource: Sendable, Equatable {
  public var code: String
  public var firstLine: Int
  public init(code: String, firstLine: Int) {
    self.code = code
    self.firstLine = firstLine
  }
}

/// One named check of an exercise.
public struct CheckSpec: Sendable, Equatable, Identifiable {
  public enum Visibility: String, Sendable, Equatable, Codable {
    /// The learner sees the check's name and message.
    case `public`
    /// The learner sees only whether it passed.
    case hidden
  }

  public var name: String
  public var weight: Double
  public var visibility: Visibility
  /// The check's code (may be empty: an empty check passes).
  public var source: CheckSource

  public var id: String { name }

  public init(name: String, weight: Double = 1, visibility: Visibility = .public, source: CheckSource) {
    self.name = name
    self.weight = weight
    self.visibility = visibility
    self.source = source
  }
}

// MARK: - Prose

/// A block of the document, prose or cell. `line` is the 1-based line where it starts.
public indirect enum Block: Sendable, Equatable {
  case heading(level: Int, content: [Inline], line: Int)
  case paragraph([Inline], line: Int)
  /// A list; each item is a list of blocks. `start` is the first number of an ordered list.
  case list(ordered: Bool, start: Int, items: [[Block]], line: Int)
  case quote([Block], line: Int)
  /// A code block in a language that is not a cell kind (or none): shown, never run.
  case code(language: String, text: String, line: Int)
  case table(Table, line: Int)
  case thematicBreak(line: Int)
  case cell(ChapterCell)

  /// The line where the block starts.
  public var line: Int {
    switch self {
    case .heading(_, _, let line), .paragraph(_, let line), .list(_, _, _, let line),
      .quote(_, let line), .code(_, _, let line), .table(_, let line), .thematicBreak(let line):
      return line
    case .cell(let cell): return cell.firstLine - 1
    }
  }
}

/// A GitHub pipe table.
public struct Table: Sendable, Equatable {
  public enum Alignment: Sendable, Equatable { case none, left, center, right }
  public var header: [[Inline]]
  public var alignments: [Alignment]
  /// Body rows, each padded or cut to the header's column count.
  public var rows: [[[Inline]]]

  public init(header: [[Inline]], alignments: [Alignment], rows: [[[Inline]]]) {
    self.header = header
    self.alignments = alignments
    self.rows = rows
  }
}

/// Inline content of a paragraph, heading, table cell or hint.
public indirect enum Inline: Sendable, Equatable {
  case text(String)
  case code(String)
  case emphasis([Inline])
  case strong([Inline])
  case link(text: [Inline], destination: String)
  /// A soft line break inside a paragraph (rendered as a space or a wrap point).
  case softBreak
  /// A hard line break (two trailing spaces or a trailing backslash).
  case hardBreak
}

extension Array where Element == Inline {
  /// The text with all formatting removed (code spans keep their text).
  public var plainText: String {
    map { inline -> String in
      switch inline {
      case .text(let s), .code(let s): return s
      case .emphasis(let c), .strong(let c): return c.plainText
      case .link(let t, _): return t.plainText
      case .softBreak: return " "
      case .hardBreak: return "\n"
      }
    }.joined()
  }
}
