import Foundation
import MiniPy
import Notebook
import Plot
import TerminalKit

/// Carries out the app's effects with Notebook: one `Session` for the open chapter, the
/// progress store saved on every change, chapters found by `ChapterLocator`.
public final class NotebookHost: AppHost, @unchecked Sendable {
  public let locator: ChapterLocator
  public let store: ProgressStore
  private var session: Session?
  private var document: ChapterDocument?
  private let lock = NSLock()
  /// Which cell each run belongs to (filled from `.started`).
  private var runCells: [RunID: CellID] = [:]
  private var runFigures: [RunID: Int] = [:]
  private var runText: [RunID: String] = [:]
  private let clock: @Sendable () -> Double

  public init(locator: ChapterLocator, store: ProgressStore, clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
    self.locator = locator
    self.store = store
    self.clock = clock
  }

  deinit { session?.close() }

  // MARK: - The home screen

  /// Every chapter with its progress (chapters that fail to parse are listed with the reason).
  public func chapterEntries() -> [ChapterEntry] {
    let progress = store.progress
    return locator.allChapters().map { url in
      let id = url.deletingPathExtension().lastPathComponent
      guard let doc = try? ChapterDocument.load(from: url) else {
        return ChapterEntry(id: id, title: "\(id) (cannot be read: run hocsau run \(url.path))", path: url.path, cellCount: 0, exerciseCount: 0)
      }
      let p = progress.chapters[doc.id]
      let passed = p?.exercises.values.filter(\.solved).count ?? 0
      let ran = p?.cells.values.filter { $0.output != nil && $0.output?.error == nil }.count ?? 0
      return ChapterEntry(
        id: doc.id, title: doc.title, path: url.path, cellCount: doc.cells.count, exerciseCount: doc.exercises.count,
        cellsRun: ran, exercisesPassed: passed)
    }
  }

  /// The chapter and cell to continue from.
  public func lastPosition() -> (chapter: String, cell: CellID?)? {
    let progress = store.progress
    guard let last = progress.lastChapter else { return nil }
    return (last, progress.chapters[last]?.lastCell)
  }

  // MARK: - Effects

  public func perform(_ effect: Effect, post: @escaping @Sendable (Message) -> Void) {
    switch effect {
    case .openChapter(let path, let cell):
      open(path: path, cell: cell, post: post)
    case .run(let runs):
      guard let session else { return }
      for r in runs { session.run(cell: r.cell, source: r.source) }
    case .check(let exercise, let source):
      let hints = store.progress.chapters[document?.id ?? ""]?.exercises[exercise]?.hintsUsed ?? 0
      session?.check(exercise: exercise, source: source, hintsUsed: hints)
    case .interrupt:
      session?.interrupt()
    case .restartSession:
      session?.restart()
    case .undoLastRun:
      session?.undoLastRun()
    case .saveEdit(let chapter, let cell, let text):
      let base = document?.cell(id: cell)?.source ?? ""
      save(post) {
        try store.updateChapter(chapter) { c in
          var p = c.cells[cell] ?? CellProgress()
          p.source = text == base ? nil : text
          p.baseHash = sourceHash(base)
          c.cells[cell] = p
          c.lastCell = cell
        }
      }
    case .saveHints(let chapter, let exercise, let count):
      save(post) {
        try store.updateChapter(chapter) { c in
          var e = c.exercises[exercise] ?? ExerciseProgress()
          e.hintsUsed = max(e.hintsUsed, count)
          c.exercises[exercise] = e
        }
      }
    case .savePosition(let chapter, let cell):
      save(post) { try store.updateChapter(chapter) { $0.lastCell = cell } }
    case .openExternalEditor(let cell, let text):
      editExternally(cell: cell, text: text, post: post)
    case .pauseLoops(let paused):
      session?.loopGate.setPaused(paused)
    case .stepLoop:
      session?.loopGate.step()
    case .quit:
      session?.loopGate.setPaused(false)
      session?.close()
    }
  }

  private func save(_ post: @Sendable (Message) -> Void, _ body: () throws -> Void) {
    do { try body() } catch { post(.status("progress not saved: \(error)")) }
  }

  // MARK: - Opening a chapter

  private func open(path: String, cell: CellID?, post: @escaping @Sendable (Message) -> Void) {
    let url = URL(fileURLWithPath: path)
    let doc: ChapterDocument
    do {
      doc = try ChapterDocument.load(from: url)
    } catch {
      post(.chapterFailed("cannot open \(path): \(error)"))
      return
    }
    session?.loopGate.setPaused(false)
    session?.close()
    lock.withLock {
      runCells = [:]
      runFigures = [:]
    }
    document = doc
    let folder = url.deletingLastPathComponent()
    session = Session(document: doc, configuration: .forChapter(at: folder)) { [weak self] event in
      self?.handle(event, post: post)
    }
    var state = ChapterState(document: doc)
    let saved = store.progress.chapters[doc.id] ?? ChapterProgress()
    for c in doc.cells {
      if let source = saved.cells[c.id]?.source { state.sources[c.id] = source }
      if let out = saved.cells[c.id]?.output {
        // Outputs from last time, marked so: the variables are gone until the cell runs again.
        var items: [OutputItem] = []
        if !out.text.isEmpty { items.append(.text(out.text)) }
        if out.figures > 0 { items.append(.text("(\(out.figures) figure\(out.figures == 1 ? "" : "s") — run the cell to draw \(out.figures == 1 ? "it" : "them"))\n")) }
        if let e = out.error { items.append(.error(e)) }
        state.outputs[c.id] = items
      }
    }
    for (id, e) in saved.exercises {
      state.hintsShown[id] = e.hintsUsed
      if let r = e.lastResult { state.checks[id] = Self.checkLines(r) }
    }
    let target = cell ?? saved.lastCell
    if let target, let i = doc.cells.firstIndex(where: { $0.id == target }) { state.selected = i }
    post(.chapterLoaded(state))
  }

  // MARK: - Session events → messages

  private func handle(_ event: SessionEvent, post: @escaping @Sendable (Message) -> Void) {
    switch event {
    case .started(let run, let cell):
      lock.withLock {
        runCells[run] = cell
        runText[run] = ""
      }
      post(.cellStarted(cell, at: clock()))
    case .text(let run, let text):
      guard let cell = lock.withLock({ runCells[run] }) else { return }
      lock.withLock { runText[run, default: ""] += text }
      post(.cellOutput(cell, .text(text)))
    case .figure(let run, let figure):
      guard let cell = lock.withLock({ runCells[run] }) else { return }
      lock.withLock { runFigures[run, default: 0] += 1 }
      post(.cellOutput(cell, .figure(Self.figureOutput(figure, run: run))))
    case .loop(let run, let report):
      guard let cell = lock.withLock({ runCells[run] }) else { return }
      let rate = report.elapsed > 0 ? Double(report.done) / report.elapsed : nil
      let left = rate.flatMap { $0 > 0 ? Double(report.total - report.done) / $0 : nil }
      post(.cellOutput(cell, .progress(ProgressInfo(label: report.label, done: report.done, total: report.total, rate: rate, secondsLeft: left))))
    case .visualizer(let run, let walk):
      guard let cell = lock.withLock({ runCells[run] }) else { return }
      post(.cellOutput(cell, .visualizer(walk)))
    case .progress:
      post(.tick(now: clock()))
    case .finished(let run, let cell, let outcome, let duration):
      let (text, figures) = lock.withLock { (runText[run] ?? "", runFigures[run] ?? 0) }
      var errorText: String?
      switch outcome {
      case .completed, .interrupted: break
      case .raised(let d), .timedOut(let d), .overLimit(let d):
        errorText = d.rendered()
        post(.cellOutput(cell, .error(errorText!)))
      }
      post(.cellFinished(cell, seconds: duration, failed: errorText != nil, interrupted: outcome == .interrupted))
      if let doc = document {
        let summary = OutputSummary(text: String(text.suffix(OutputSummary.textLimit)), figures: figures, error: errorText, duration: duration, ranAt: Date())
        save(post) {
          try store.updateChapter(doc.id) { c in
            var p = c.cells[cell] ?? CellProgress()
            p.output = summary
            c.cells[cell] = p
          }
        }
      }
    case .checked(_, let result):
      post(.checkFinished(exercise: result.exerciseID, Self.checkLines(result)))
      if let doc = document {
        save(post) {
          try store.updateChapter(doc.id) { c in
            var e = c.exercises[result.exerciseID] ?? ExerciseProgress()
            e.attempts += 1
            e.lastResult = result
            e.solved = e.solved || result.passed
            c.exercises[result.exerciseID] = e
          }
        }
      }
    case .cancelled(_, let cell):
      post(.cellFinished(cell, seconds: 0, failed: false, interrupted: true))
    case .restarted:
      post(.status("session restarted: every variable is gone; run the cells again"))
    case .undone(let cell):
      post(.status(cell.map { "variables restored to what they were before the last run of \($0)" } ?? "nothing to undo"))
    default:
      break
    }
  }

  static func checkLines(_ result: ExerciseResult) -> [CheckLine] {
    var lines = result.checks.map { c in
      CheckLine(name: c.name, outcome: CheckLine.Outcome(rawValue: c.status.rawValue) ?? .error, message: c.learnerMessage.isEmpty ? nil : c.learnerMessage)
    }
    if lines.isEmpty, !result.answerMessage.isEmpty {
      lines = [CheckLine(name: "your code", outcome: .error, message: result.answerMessage)]
    }
    return lines
  }

  /// A figure for the UI: redrawn in place when the same chart is shown again in one run (a
  /// loss curve updated during training), otherwise added below.
  static func figureOutput(_ figure: Figure, run: RunID) -> FigureOutput {
    var signature = figure.title ?? ""
    for chart in figure.charts { signature += "|" + (chart.title ?? "") + "|" + (chart.xLabel ?? "") + "|" + (chart.yLabel ?? "") }
    var hasher = Hasher()
    hasher.combine(run)
    hasher.combine(signature)
    let id = hasher.finalize()
    let columns = figure.columns, rows = figure.rows
    return FigureOutput(
      id: id, summary: figure.summary,
      preferredHeight: { width in
        let perRow = columns == 1 ? max(10, min(22, width / 4)) : max(6, min(18, width / max(1, columns) / 2 + 2))
        return perRow * rows + ((figure.title ?? "").isEmpty ? 0 : 1)
      },
      render: { size, unicode, color in
        let glyphs: GlyphSet = unicode ? (color ? .braille : .brailleMono) : .ascii
        return Self.grid(figure.render(width: size.width, height: size.height, glyphs: glyphs))
      })
  }

  /// Copies a Plot canvas into a TextGrid.
  static func grid(_ canvas: Canvas) -> TextGrid {
    var grid = TextGrid(size: ScreenSize(width: canvas.width, height: canvas.height))
    func color(_ c: CellColor?) -> Color {
      switch c {
      case nil: return .default
      case .indexed(let i): return .indexed(i)
      case .rgb(let r, let g, let b): return .rgb(r, g, b)
      }
    }
    for y in 0..<canvas.height {
      for x in 0..<canvas.width {
        let c = canvas[x, y]
        grid[x, y] = Cell(c.character, style: Style(foreground: color(c.foreground), background: color(c.background), bold: c.bold, dim: c.dim))
      }
    }
    return grid
  }

  // MARK: - $EDITOR

  private func editExternally(cell: CellID, text: String, post: @Sendable (Message) -> Void) {
    let env = ProcessInfo.processInfo.environment
    let editor = env["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("hocsau-\(cell)-\(getpid()).py")
    do {
      try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "\(editor) \"$1\"", "editor", file.path]
      try process.run()
      process.waitUntilExit()
      var edited = try String(contentsOf: file, encoding: .utf8)
      if edited.hasSuffix("\n") { edited.removeLast() }
      try? FileManager.default.removeItem(at: file)
      if process.terminationStatus == 0 {
        post(.editorReturned(cell, edited))
      } else {
        post(.status("\(editor) exited with status \(process.terminationStatus); the cell is unchanged"))
      }
    } catch {
      post(.status("cannot run the editor '\(editor)': \(error)"))
    }
  }
}
