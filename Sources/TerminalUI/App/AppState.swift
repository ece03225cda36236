import Notebook
import Plot
import TerminalKit

/// A chapter as the home screen lists it.
public struct ChapterEntry: Equatable, Sendable {
  public var id: String
  public var title: String
  public var path: String
  public var cellCount: Int
  public var exerciseCount: Int
  public var cellsRun: Int
  public var exercisesPassed: Int
  public init(id: String, title: String, path: String, cellCount: Int, exerciseCount: Int, cellsRun: Int = 0, exercisesPassed: Int = 0) {
    self.id = id
    self.title = title
    self.path = path
    self.cellCount = cellCount
    self.exerciseCount = exerciseCount
    self.cellsRun = cellsRun
    self.exercisesPassed = exercisesPassed
  }
}

/// A figure as the UI holds it: re-rendered from its data at whatever size is available.
public struct FigureOutput: Sendable {
  /// Figures with the same id replace each other in place (a loss curve redrawn during training).
  public var id: Int
  public var summary: String
  /// Preferred height in rows at a given width.
  public var preferredHeight: @Sendable (Int) -> Int
  public var render: @Sendable (_ size: ScreenSize, _ unicode: Bool, _ color: Bool) -> TextGrid
  public init(
    id: Int, summary: String, preferredHeight: @escaping @Sendable (Int) -> Int,
    render: @escaping @Sendable (ScreenSize, Bool, Bool) -> TextGrid
  ) {
    self.id = id
    self.summary = summary
    self.preferredHeight = preferredHeight
    self.render = render
  }
}

/// Training progress reported by a running cell.
public struct ProgressInfo: Equatable, Sendable {
  public var label: String
  public var done: Int
  public var total: Int
  /// Steps per second, and the seconds left, when known.
  public var rate: Double?
  public var secondsLeft: Double?
  public init(label: String, done: Int, total: Int, rate: Double? = nil, secondsLeft: Double? = nil) {
    self.label = label
    self.done = done
    self.total = total
    self.rate = rate
    self.secondsLeft = secondsLeft
  }
}

/// One piece of a cell's output.
public enum OutputItem: Sendable {
  case text(String)
  /// A rendered diagnostic (source line, caret, message).
  case error(String)
  case figure(FigureOutput)
  case progress(ProgressInfo)
  /// The cell asked for the interactive convolution visualizer.
  case visualizer(ConvWalkthrough)
}

/// Where a cell stands.
public enum CellStatus: Equatable, Sendable {
  case notRun
  case queued
  case running(since: Double)
  case done(seconds: Double)
  case failed(seconds: Double)
  case interrupted
}

/// One check's result as the learner sees it.
public struct CheckLine: Equatable, Sendable {
  public enum Outcome: String, Equatable, Sendable { case passed, failed, error, timeout, limit }
  public var name: String
  public var outcome: Outcome
  public var message: String?
  public init(name: String, outcome: Outcome, message: String? = nil) {
    self.name = name
    self.outcome = outcome
    self.message = message
  }
}

/// The open chapter.
public struct ChapterState: Sendable {
  public var document: ChapterDocument
  public var selected = 0
  /// First layout line shown.
  public var scroll = 0
  /// The learner's edits, by cell id (absent: the chapter's text).
  public var sources: [CellID: String] = [:]
  public var status: [CellID: CellStatus] = [:]
  public var outputs: [CellID: [OutputItem]] = [:]
  public var checks: [String: [CheckLine]] = [:]
  public var checking: Set<String> = []
  public var hintsShown: [String: Int] = [:]
  /// The cell being edited.
  public var editor: CellEditor?
  /// Instructor mode shows solutions.
  public var showSolutions = false

  public init(document: ChapterDocument) { self.document = document }

  public var cells: [Notebook.Cell] { document.cells }
  public func source(of cell: Notebook.Cell) -> String { sources[cell.id] ?? cell.source }
  public var selectedCell: Notebook.Cell? { cells.indices.contains(selected) ? cells[selected] : nil }
  public var isRunning: Bool {
    status.values.contains { if case .running = $0 { return true } else { return $0 == .queued } }
  }
}

/// Which screen is showing.
public enum Screen: Equatable, Sendable {
  case home
  case chapter
  case help
  case search
  case jump
  case visualizer
}

/// Everything the app shows. `update` changes it; `render` draws it; neither does I/O.
public struct AppState: Sendable {
  public var size: ScreenSize
  public var capabilities: Capabilities
  public var screen: Screen = .home
  /// The screen under help / search / jump.
  public var previousScreen: Screen = .home
  public var chapters: [ChapterEntry]
  public var homeSelection = 0
  /// Chapter id and cell id to continue from.
  public var lastPosition: (chapter: String, cell: CellID?)?
  public var chapter: ChapterState?
  public var visualizer: ConvVisualizerState?
  /// A one-line message at the bottom (what just happened, what went wrong).
  public var status: String?
  /// The first key of a two-key command (`i i`, `0 0`).
  public var pendingKey: Character?
  /// Search text and matches (layout line numbers), and the current match.
  public var searchQuery = ""
  public var searchMatches: [Int] = []
  public var searchIndex = 0
  /// The jump list (`l`): chapters and headings, filtered as the learner types.
  public var jumpQuery = ""
  public var jumpSelection = 0
  /// Presenter mode: one cell at a time, large, no chrome.
  public var presenter = false
  /// Presenter's slow motion: training loops (`progress(...)`) wait between iterations.
  public var loopsPaused = false
  /// The latest time the host told us (seconds), for elapsed-time displays.
  public var now: Double = 0

  public init(size: ScreenSize, capabilities: Capabilities, chapters: [ChapterEntry]) {
    self.size = size
    self.capabilities = capabilities
    self.chapters = chapters
  }

  public var theme: Theme { Theme(color: capabilities.colors != .none) }
  public var unicode: Bool { capabilities.unicode }
  public static let minimumSize = ScreenSize(width: 80, height: 24)
  public var isTooSmall: Bool { size.width < Self.minimumSize.width || size.height < Self.minimumSize.height }
}

/// What the app can be told.
public enum Message: Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(ScreenSize)
  case paste(String)
  case tick(now: Double)
  case chapterLoaded(ChapterState)
  case chapterFailed(String)
  case cellStarted(CellID, at: Double)
  case cellOutput(CellID, OutputItem)
  case cellFinished(CellID, seconds: Double, failed: Bool, interrupted: Bool)
  case checkFinished(exercise: String, [CheckLine])
  case editorReturned(CellID, String)
  case status(String)
}

/// What `update` asks the host to do.
public enum Effect: Equatable, Sendable {
  case openChapter(path: String, cell: CellID?)
  /// Run these cells in order (each with its current source).
  case run([CellRun])
  case check(exercise: String, source: String)
  case interrupt
  case restartSession
  case undoLastRun
  case saveEdit(chapter: String, cell: CellID, text: String)
  case saveHints(chapter: String, exercise: String, count: Int)
  case savePosition(chapter: String, cell: CellID?)
  case openExternalEditor(cell: CellID, text: String)
  /// Slow motion (presenter): pause or resume training loops, or let one iteration through.
  case pauseLoops(Bool)
  case stepLoop
  case quit
}

/// One cell to run.
public struct CellRun: Equatable, Sendable {
  public var cell: CellID
  public var source: String
  public var firstLine: Int
  public init(cell: CellID, source: String, firstLine: Int) {
    self.cell = cell
    self.source = source
    self.firstLine = firstLine
  }
}
