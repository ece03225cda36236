import Notebook
import Plot
import TerminalKit

/// Applies one message to the state and returns what the host must do. No I/O.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
  switch message {
  case .resize(let size):
    state.size = size
    state.clampScroll()
    return []
  case .tick(let now):
    state.now = now
    return []
  case .status(let text):
    state.status = text
    return []
  case .chapterLoaded(let chapter):
    state.chapter = chapter
    state.screen = .chapter
    state.status = nil
    state.ensureSelectionVisible()
    return [.savePosition(chapter: chapter.document.id, cell: chapter.selectedCell?.id)]
  case .chapterFailed(let text):
    state.status = text
    return []
  case .cellStarted(let id, let at):
    state.chapter?.status[id] = .running(since: at)
    state.chapter?.outputs[id] = []
    state.now = max(state.now, at)
    return []
  case .cellOutput(let id, let item):
    state.appendOutput(item, to: id)
    if state.chapter?.selectedCell?.id == id { state.ensureSelectionVisible() }
    if case .visualizer(let walk) = item, !state.presenter || true {
      state.status = "press v to open the convolution visualizer (\(walk.inputRows)×\(walk.inputColumns) input)"
    }
    return []
  case .cellFinished(let id, let seconds, let failed, let interrupted):
    state.chapter?.status[id] = interrupted ? .interrupted : failed ? .failed(seconds: seconds) : .done(seconds: seconds)
    if interrupted {
      state.status = "interrupted: variables keep the values they had when it stopped"
    } else if state.chapter?.isRunning == false, state.status?.hasPrefix("running all") == true {
      state.status = nil
    }
    state.refreshEntryProgress()
    if state.chapter?.selectedCell?.id == id { state.ensureSelectionVisible() }
    return []
  case .checkFinished(let exercise, let results):
    state.chapter?.checking.remove(exercise)
    state.chapter?.checks[exercise] = results
    let passed = results.allSatisfy { $0.outcome == .passed }
    state.status = passed
      ? "Exercise \(exercise): all \(results.count) checks passed"
      : "Exercise \(exercise): \(results.filter { $0.outcome == .passed }.count) of \(results.count) checks passed — h shows a hint"
    state.refreshEntryProgress()
    state.ensureSelectionVisible()
    return []
  case .editorReturned(let id, let text):
    guard var chapter = state.chapter else { return [] }
    chapter.sources[id] = text
    if var e = chapter.editor, chapter.selectedCell?.id == id {
      e.replaceAll(with: text)
      chapter.editor = e
    }
    state.chapter = chapter
    return [.saveEdit(chapter: chapter.document.id, cell: id, text: text)]
  case .paste(let text):
    if state.chapter?.editor != nil {
      state.chapter!.editor!.insert(text)
      state.ensureCursorVisible()
      return state.saveCurrentEdit()
    }
    return []
  case .mouse(let event):
    return handleMouse(&state, event)
  case .key(let key):
    return handleKey(&state, key)
  }
}

// MARK: - Keys

private func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  if state.isTooSmall {
    if key == .character("q") || key == .control("c") { return [.quit] }
    return []
  }
  switch state.screen {
  case .help:
    state.screen = state.previousScreen
    return []
  case .visualizer:
    guard var v = state.visualizer else { state.screen = .chapter; return [] }
    if v.update(key) == .quit {
      state.visualizer = nil
      state.screen = .chapter
    } else {
      state.visualizer = v
    }
    return []
  case .search:
    return handleSearchKey(&state, key)
  case .jump:
    return handleJumpKey(&state, key)
  case .home:
    return handleHomeKey(&state, key)
  case .chapter:
    if state.chapter?.editor != nil { return handleEditKey(&state, key) }
    if state.presenter, let effects = handlePresenterKey(&state, key) { return effects }
    return handleCommandKey(&state, key)
  }
}

private func handleHomeKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  let count = state.chapters.count + (state.lastPosition == nil ? 0 : 1)
  switch key {
  case .character("q"), .control("c"), .control("d"): return [.quit]
  case .down, .character("j"): state.homeSelection = min(count - 1, state.homeSelection + 1)
  case .up, .character("k"): state.homeSelection = max(0, state.homeSelection - 1)
  case .character("?"):
    state.previousScreen = .home
    state.screen = .help
  case .enter, .right, .character(" "):
    if let last = state.lastPosition, state.homeSelection == 0 {
      guard let entry = state.chapters.first(where: { $0.id == last.chapter }) else { return [] }
      return [.openChapter(path: entry.path, cell: last.cell)]
    }
    let index = state.homeSelection - (state.lastPosition == nil ? 0 : 1)
    guard state.chapters.indices.contains(index) else { return [] }
    return [.openChapter(path: state.chapters[index].path, cell: nil)]
  case .character(let c) where c.isNumber:
    if let n = c.wholeNumberValue, let entry = state.chapters.first(where: { $0.id.hasPrefix(String(format2: n)) }) {
      return [.openChapter(path: entry.path, cell: nil)]
    }
  default: break
  }
  return []
}

private func handleCommandKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var chapter = state.chapter else { return [] }
  defer { state.chapter = chapter }
  let pending = state.pendingKey
  state.pendingKey = nil
  state.status = nil
  let cellCount = chapter.cells.count
  switch key {
  case .character("q"):
    state.screen = .home
    state.refreshEntryProgress()
    return []
  case .down, .character("j"):
    chapter.selected = min(cellCount - 1, chapter.selected + 1)
    state.chapter = chapter
    state.ensureSelectionVisible()
    chapter = state.chapter!
    return [.savePosition(chapter: chapter.document.id, cell: chapter.selectedCell?.id)]
  case .up, .character("k"):
    chapter.selected = max(0, chapter.selected - 1)
    state.chapter = chapter
    state.ensureSelectionVisible()
    chapter = state.chapter!
    return [.savePosition(chapter: chapter.document.id, cell: chapter.selectedCell?.id)]
  case .pageDown, .character(" "):
    chapter.scroll += max(1, state.size.height - 4)
    state.chapter = chapter
    state.clampScroll()
    state.selectFirstVisibleCell()
    chapter = state.chapter!
    return []
  case .pageUp, .character("b"):
    chapter.scroll -= max(1, state.size.height - 4)
    state.chapter = chapter
    state.clampScroll()
    state.selectFirstVisibleCell()
    chapter = state.chapter!
    return []
  case .character("g"), .home:
    chapter.scroll = 0
    chapter.selected = 0
    return []
  case .character("G"), .end:
    chapter.selected = max(0, cellCount - 1)
    state.chapter = chapter
    state.scrollToEnd()
    chapter = state.chapter!
    return []
  case .enter:
    guard let cell = chapter.selectedCell else { return [] }
    chapter.editor = CellEditor(text: chapter.source(of: cell))
    state.status = "editing: Esc leaves, Ctrl-R runs"
    return []
  case .control("r"), .shiftEnter:
    return runSelected(&chapter, state: &state, advance: key == .shiftEnter)
  case .character("R"):
    let runs = chapter.cells.map { CellRun(cell: $0.id, source: chapter.source(of: $0), firstLine: $0.firstLine) }
    for r in runs { chapter.status[r.cell] = .queued }
    state.status = "running all \(runs.count) cells"
    return [.run(runs)]
  case .character("c"):
    guard let cell = chapter.selectedCell, let ex = cell.exerciseID else {
      state.status = "c checks an exercise: select an exercise cell first"
      return []
    }
    chapter.checking.insert(ex)
    chapter.checks[ex] = nil
    return [.check(exercise: ex, source: chapter.source(of: cell))]
  case .character("h"):
    guard let cell = chapter.selectedCell, let exID = cell.exerciseID, let ex = chapter.document.exercise(id: exID) else {
      state.status = "h shows a hint: select an exercise cell first"
      return []
    }
    let shown = chapter.hintsShown[exID] ?? 0
    guard shown < ex.hints.count else {
      state.status = ex.hints.isEmpty ? "this exercise has no hints" : "all \(ex.hints.count) hints are shown"
      return []
    }
    chapter.hintsShown[exID] = shown + 1
    state.status = "hint \(shown + 1) of \(ex.hints.count)"
    state.chapter = chapter
    state.ensureSelectionVisible()
    chapter = state.chapter!
    return [.saveHints(chapter: chapter.document.id, exercise: exID, count: shown + 1)]
  case .character("u"):
    return [.undoLastRun]
  case .control("c"):
    if chapter.isRunning {
      state.status = "interrupting…"
      return [.interrupt]
    }
    state.status = "nothing is running (q returns to the chapter list)"
    return []
  case .character("i"):
    if pending == "i" {
      state.status = "interrupting…"
      return [.interrupt]
    }
    state.pendingKey = "i"
    state.status = "press i again to interrupt"
    return []
  case .character("0"):
    if pending == "0" {
      for id in chapter.status.keys { chapter.status[id] = .notRun }
      chapter.outputs = [:]
      state.status = "session restarted: every variable is gone; run the cells again"
      return [.restartSession]
    }
    state.pendingKey = "0"
    state.status = "press 0 again to restart the session"
    return []
  case .character("e"):
    guard let cell = chapter.selectedCell else { return [] }
    return [.openExternalEditor(cell: cell.id, text: chapter.source(of: cell))]
  case .character("v"):
    guard let cell = chapter.selectedCell,
      let walk = (chapter.outputs[cell.id] ?? []).reversed().compactMap({ item -> ConvWalkthrough? in
        if case .visualizer(let w) = item { return w } else { return nil }
      }).first
    else {
      state.status = "v opens the convolution visualizer of a cell that called conv_visualizer(...)"
      return []
    }
    state.visualizer = ConvVisualizerState(walk: walk)
    state.screen = .visualizer
    return []
  case .character("S"):
    chapter.showSolutions.toggle()
    state.status = chapter.showSolutions ? "instructor mode: solutions shown" : "solutions hidden"
    return []
  case .character("/"):
    state.previousScreen = .chapter
    state.screen = .search
    state.searchQuery = ""
    state.searchMatches = []
    return []
  case .character("n"):
    state.chapter = chapter
    state.nextSearchMatch(forward: true)
    chapter = state.chapter!
    return []
  case .character("N"):
    state.chapter = chapter
    state.nextSearchMatch(forward: false)
    chapter = state.chapter!
    return []
  case .character("l"):
    state.previousScreen = .chapter
    state.screen = .jump
    state.jumpQuery = ""
    state.jumpSelection = 0
    return []
  case .character("?"):
    state.previousScreen = .chapter
    state.screen = .help
    return []
  default:
    return []
  }
}

/// Presenter mode: Space or → reveals and runs the next cell, ← goes back, q quits. Other keys
/// fall through to the chapter's (nil).
private func handlePresenterKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
  guard var chapter = state.chapter else { return nil }
  switch key {
  case .character(" "), .right, .enter:
    // The first press runs the cell shown; the next moves on and runs that one.
    if let cell = chapter.selectedCell, (chapter.status[cell.id] ?? .notRun) != .notRun,
      chapter.selected + 1 < chapter.cells.count
    {
      chapter.selected += 1
    }
    guard let cell = chapter.selectedCell else { return [] }
    if case .running = chapter.status[cell.id] ?? .notRun { return [] }
    chapter.status[cell.id] = .queued
    state.chapter = chapter
    return [.run([CellRun(cell: cell.id, source: chapter.source(of: cell), firstLine: cell.firstLine)]),
      .savePosition(chapter: chapter.document.id, cell: cell.id)]
  case .left, .backspace:
    chapter.selected = max(0, chapter.selected - 1)
    state.chapter = chapter
    return []
  case .character("p"):
    // Slow motion: pause a training loop between iterations, or let it run on.
    state.loopsPaused.toggle()
    state.status = state.loopsPaused ? "paused: . takes one step, p runs on" : nil
    return [.pauseLoops(state.loopsPaused)]
  case .character("."):
    if !state.loopsPaused {
      state.loopsPaused = true
      state.status = "paused: . takes one step, p runs on"
      return [.pauseLoops(true)]
    }
    return [.stepLoop]
  case .character("q"), .escape:
    return [.quit]
  default:
    return nil
  }
}

private func runSelected(_ chapter: inout ChapterState, state: inout AppState, advance: Bool) -> [Effect] {
  guard let cell = chapter.selectedCell else { return [] }
  chapter.status[cell.id] = .queued
  let run = CellRun(cell: cell.id, source: chapter.source(of: cell), firstLine: cell.firstLine)
  if advance, chapter.selected + 1 < chapter.cells.count {
    chapter.selected += 1
    chapter.editor = nil
  }
  return [.run([run])]
}

private func handleEditKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var chapter = state.chapter, var editor = chapter.editor else { return [] }
  var effects: [Effect] = []
  switch key {
  case .escape:
    chapter.editor = nil
    state.status = nil
    state.chapter = chapter
    return []
  case .control("r"), .shiftEnter:
    chapter.editor = editor
    effects += runSelected(&chapter, state: &state, advance: key == .shiftEnter)
    state.chapter = chapter
    return effects
  case .control("c"):
    if chapter.isRunning { return [.interrupt] }
    return []
  case .left: editor.moveLeft()
  case .right: editor.moveRight()
  case .up: editor.moveUp()
  case .down: editor.moveDown()
  case .home, .control("a"): editor.moveHome()
  case .end, .control("e"): editor.moveEnd()
  case .control("b"): editor.moveWordLeft()
  case .control("f"): editor.moveWordRight()
  case .control("z"), .control("u"): editor.undo()
  case .control("y"): editor.redo()
  case .enter: editor.newline()
  case .tab: editor.tab()
  case .backspace: editor.backspace()
  case .delete: editor.deleteForward()
  case .character(let c): editor.insert(String(c))
  default: break
  }
  let changed = editor.text != (chapter.editor?.text ?? "")
  chapter.editor = editor
  state.chapter = chapter
  state.ensureCursorVisible()
  if changed { effects += state.saveCurrentEdit() }
  return effects
}

private func handleSearchKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  switch key {
  case .escape:
    state.screen = .chapter
    state.searchMatches = []
  case .enter:
    state.screen = .chapter
    state.runSearch()
    state.status = state.searchMatches.isEmpty ? "no match for “\(state.searchQuery)”" : "\(state.searchMatches.count) matches — n next, N previous"
  case .backspace:
    if !state.searchQuery.isEmpty { state.searchQuery.removeLast() }
    state.runSearch()
  case .character(let c):
    state.searchQuery.append(c)
    state.runSearch()
  default: break
  }
  return []
}

private func handleJumpKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  let targets = state.jumpTargets()
  switch key {
  case .escape:
    state.screen = state.previousScreen
  case .down: state.jumpSelection = min(max(0, targets.count - 1), state.jumpSelection + 1)
  case .up: state.jumpSelection = max(0, state.jumpSelection - 1)
  case .backspace:
    if !state.jumpQuery.isEmpty { state.jumpQuery.removeLast() }
    state.jumpSelection = 0
  case .character(let c):
    state.jumpQuery.append(c)
    state.jumpSelection = 0
  case .enter:
    guard targets.indices.contains(state.jumpSelection) else { return [] }
    let target = targets[state.jumpSelection]
    state.screen = .chapter
    switch target.kind {
    case .chapter(let path):
      return [.openChapter(path: path, cell: nil)]
    case .heading(let line):
      state.chapter?.scroll = line
      state.clampScroll()
      state.selectFirstVisibleCell()
    }
  default: break
  }
  return []
}

private func handleMouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
  guard state.screen == .chapter, state.chapter != nil else { return [] }
  switch event.kind {
  case .wheelUp:
    state.chapter!.scroll -= 3
    state.clampScroll()
  case .wheelDown:
    state.chapter!.scroll += 3
    state.clampScroll()
  case .press:
    let lines = state.layoutLines()
    let index = state.chapter!.scroll + event.y - 1
    if lines.indices.contains(index), let cell = lines[index].cellIndex {
      state.chapter!.selected = cell
    }
  case .release: break
  }
  return []
}

// MARK: - Helpers on the state

extension AppState {
  /// The open chapter laid out at the current width.
  public func layoutLines() -> [LayoutLine] {
    guard let chapter else { return [] }
    var layout = ChapterLayout(state: chapter, width: size.width, theme: theme, unicode: unicode, now: now)
    return layout.lines()
  }

  /// Rows available for the chapter body (title and key bar excluded).
  var bodyHeight: Int { max(1, size.height - 3) }

  mutating func clampScroll() {
    guard chapter != nil else { return }
    let total = layoutLines().count
    chapter!.scroll = max(0, min(chapter!.scroll, max(0, total - bodyHeight)))
  }

  mutating func scrollToEnd() {
    guard chapter != nil else { return }
    chapter!.scroll = max(0, layoutLines().count - bodyHeight)
  }

  /// Scrolls so the selected cell's header (and as much of it as fits) is on screen.
  mutating func ensureSelectionVisible() {
    guard let chapter else { return }
    let lines = layoutLines()
    guard let first = lines.firstIndex(where: { $0.cellIndex == chapter.selected }) else { return }
    let last = lines.lastIndex(where: { $0.cellIndex == chapter.selected }) ?? first
    var scroll = chapter.scroll
    if first < scroll { scroll = max(0, first - 2) }
    if last >= scroll + bodyHeight { scroll = min(first - 2, last - bodyHeight + 1) }
    // Show some prose above a cell when it fits.
    self.chapter!.scroll = max(0, scroll)
    clampScroll()
  }

  mutating func ensureCursorVisible() {
    guard let chapter else { return }
    var layout = ChapterLayout(state: chapter, width: size.width, theme: theme, unicode: unicode, now: now)
    _ = layout.lines()
    guard let cursor = layout.cursor else { return }
    if cursor.line < chapter.scroll { self.chapter!.scroll = cursor.line }
    if cursor.line >= chapter.scroll + bodyHeight { self.chapter!.scroll = cursor.line - bodyHeight + 1 }
  }

  mutating func selectFirstVisibleCell() {
    guard let chapter else { return }
    let lines = layoutLines()
    let visible = lines.indices.dropFirst(chapter.scroll).prefix(bodyHeight)
    if let i = visible.first(where: { lines[$0].cellIndex != nil }), let cell = lines[i].cellIndex,
      !(visible.contains { lines[$0].cellIndex == chapter.selected })
    {
      self.chapter!.selected = cell
    }
  }

  mutating func saveCurrentEdit() -> [Effect] {
    guard let chapter, let editor = chapter.editor, let cell = chapter.selectedCell else { return [] }
    self.chapter!.sources[cell.id] = editor.text
    return [.saveEdit(chapter: chapter.document.id, cell: cell.id, text: editor.text)]
  }

  mutating func appendOutput(_ item: OutputItem, to id: CellID) {
    guard chapter != nil else { return }
    var items = chapter!.outputs[id] ?? []
    switch item {
    case .figure(let f):
      // A figure with the same id is redrawn in place.
      if let i = items.firstIndex(where: { if case .figure(let g) = $0 { return g.id == f.id } else { return false } }) {
        items[i] = item
      } else {
        items.append(item)
      }
    case .progress(let p):
      if let i = items.firstIndex(where: { if case .progress(let q) = $0 { return q.label == p.label } else { return false } }) {
        items[i] = item
      } else {
        items.append(item)
      }
    case .text(let t):
      // Consecutive text joins into one block.
      if case .text(let prev)? = items.last {
        items[items.count - 1] = .text(prev + t)
      } else {
        items.append(item)
      }
    default:
      items.append(item)
    }
    chapter!.outputs[id] = items
  }

  mutating func refreshEntryProgress() {
    guard let chapter, let i = chapters.firstIndex(where: { $0.id == chapter.document.id }) else { return }
    chapters[i].cellsRun = chapter.status.values.filter { if case .done = $0 { return true } else { return false } }.count
    chapters[i].exercisesPassed = chapter.checks.values.filter { !$0.isEmpty && $0.allSatisfy { $0.outcome == .passed } }.count
  }

  mutating func runSearch() {
    guard !searchQuery.isEmpty else {
      searchMatches = []
      return
    }
    let needle = searchQuery.lowercased()
    searchMatches = layoutLines().enumerated().compactMap { $0.element.line.text.lowercased().contains(needle) ? $0.offset : nil }
    searchIndex = 0
    if let first = searchMatches.first(where: { $0 >= (chapter?.scroll ?? 0) }) ?? searchMatches.first {
      searchIndex = searchMatches.firstIndex(of: first) ?? 0
      chapter?.scroll = max(0, first - 2)
      clampScroll()
      selectCell(atLine: first)
    }
  }

  mutating func nextSearchMatch(forward: Bool) {
    guard !searchMatches.isEmpty else {
      status = searchQuery.isEmpty ? "/ starts a search" : "no match for “\(searchQuery)”"
      return
    }
    searchIndex = (searchIndex + (forward ? 1 : searchMatches.count - 1)) % searchMatches.count
    let line = searchMatches[searchIndex]
    chapter?.scroll = max(0, line - 2)
    clampScroll()
    selectCell(atLine: line)
    status = "match \(searchIndex + 1) of \(searchMatches.count)"
  }

  private mutating func selectCell(atLine line: Int) {
    let lines = layoutLines()
    if lines.indices.contains(line), let cell = lines[line].cellIndex { chapter?.selected = cell }
  }

  /// Where `l` can jump: every chapter, then the open chapter's headings, filtered by the query.
  public func jumpTargets() -> [JumpTarget] {
    var targets = chapters.map { JumpTarget(title: $0.title, kind: .chapter(path: $0.path)) }
    for (i, line) in layoutLines().enumerated() {
      if let h = line.heading { targets.append(JumpTarget(title: "  " + h, kind: .heading(line: i))) }
    }
    guard !jumpQuery.isEmpty else { return targets }
    return targets.filter { $0.title.lowercased().contains(jumpQuery.lowercased()) }
  }
}

/// An entry of the jump list.
public struct JumpTarget: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case chapter(path: String)
    case heading(line: Int)
  }
  public var title: String
  public var kind: Kind
}

extension String {
  /// A number as two digits: 1 → "01".
  init(format2 n: Int) { self = n < 10 ? "0\(n)" : String(n) }
}
