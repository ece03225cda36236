import Notebook
import TerminalKit

/// Draws the whole screen for `state`. No I/O. Returns the grid and where the cursor goes
/// (only while editing or typing a search).
public func render(_ state: AppState) -> (grid: TextGrid, cursor: (x: Int, y: Int)?) {
  let size = state.size
  var grid = TextGrid(size: size)
  let theme = state.theme
  if state.isTooSmall {
    let lines = [
      "hocsau needs a window of at least \(AppState.minimumSize.width)×\(AppState.minimumSize.height);",
      "this one is \(size.width)×\(size.height).",
      "Make the window larger, or press q to quit.",
    ]
    for (i, l) in lines.enumerated() where i < size.height {
      var line = Substring(l)
      // Wrap crudely for very narrow windows.
      var y = i
      while !line.isEmpty, y < size.height {
        let (fit, _) = TextWidth.prefix(line, fitting: max(1, size.width))
        grid.write(fit, x: 0, y: y)
        line = line.dropFirst(fit.count)
        if !line.isEmpty { y += 1 }
      }
    }
    return (grid, nil)
  }
  switch state.screen {
  case .home:
    renderHome(state, into: &grid)
    return (grid, nil)
  case .visualizer:
    if let v = state.visualizer {
      return (v.render(size: size, monochrome: state.capabilities.colors == .none), nil)
    }
    return (grid, nil)
  case .help:
    renderHelp(state, into: &grid)
    return (grid, nil)
  case .jump:
    renderJump(state, into: &grid)
    return (grid, nil)
  case .chapter, .search:
    if state.presenter { return (renderPresenter(state), nil) }
    let cursor = renderChapter(state, into: &grid)
    if state.screen == .search {
      let y = size.height - 2
      grid.fill(x: 0, y: y, width: size.width, height: 1)
      let end = grid.write("/" + state.searchQuery, x: 0, y: y, style: theme.strong)
      grid.write("   \(state.searchMatches.count) match\(state.searchMatches.count == 1 ? "" : "es") · Enter keep · Esc cancel", x: end, y: y, style: theme.dim)
      return (grid, (end, y))
    }
    return (grid, cursor)
  }
}

// MARK: - Key bar and status

/// The keys that work now, for the bottom line.
public func keyBarItems(_ state: AppState) -> [(String, String)] {
  switch state.screen {
  case .home: return [("↑↓", "choose"), ("Enter", "open"), ("?", "help"), ("q", "quit")]
  case .help: return [("any key", "back")]
  case .search: return [("type", "search"), ("Enter", "keep"), ("Esc", "cancel")]
  case .jump: return [("type", "filter"), ("↑↓", "choose"), ("Enter", "go"), ("Esc", "back")]
  case .visualizer: return []
  case .chapter:
    if state.chapter?.editor != nil {
      return [("Esc", "done"), ("Ctrl-R", "run"), ("Tab", "indent"), ("Ctrl-Z/Y", "undo/redo"), ("Ctrl-C", "interrupt")]
    }
    var items: [(String, String)] = [("j/k", "move"), ("Enter", "edit"), ("Ctrl-R", "run"), ("R", "run all")]
    if state.chapter?.isRunning == true { items.append(("Ctrl-C", "interrupt")) }
    if state.chapter?.selectedCell?.exerciseID != nil { items += [("c", "check"), ("h", "hint")] }
    items += [("/", "search"), ("l", "jump"), ("?", "help"), ("q", "back")]
    return items
  }
}

private func drawKeyBar(_ state: AppState, into grid: inout TextGrid) {
  let y = grid.height - 1
  let theme = state.theme
  grid.fill(x: 0, y: y, width: grid.width, height: 1, with: Cell(" ", style: theme.keyBar))
  var x = 0
  for (key, what) in keyBarItems(state) {
    let keyText = state.unicode ? key : key.replacingOccurrences(of: "↑↓", with: "Up/Down")
    guard x + TextWidth.of(keyText) + TextWidth.of(what) + 3 <= grid.width else { break }
    x = grid.write(" " + keyText, x: x, y: y, style: Style(bold: true, reverse: true))
    x = grid.write(" " + what + " ", x: x, y: y, style: theme.keyBar)
  }
}

private func drawStatus(_ state: AppState, into grid: inout TextGrid) {
  guard let status = state.status else { return }
  let y = grid.height - 2
  grid.fill(x: 0, y: y, width: grid.width, height: 1)
  grid.write(" " + status, x: 0, y: y, style: state.theme.running)
}

// MARK: - Home

private func renderHome(_ state: AppState, into grid: inout TextGrid) {
  let theme = state.theme
  grid.fill(x: 0, y: 0, width: grid.width, height: 1, with: Cell(" ", style: theme.title))
  grid.write(" hocsau — Deep Learning Cơ Bản, in your terminal", x: 0, y: 0, style: theme.title)
  var y = 2
  grid.write("  Chapters", x: 0, y: y, style: theme.heading2)
  y += 2
  var row = 0
  func item(_ text: String, detail: String, selected: Bool) {
    let marker = selected ? (state.unicode ? "▶ " : "> ") : "  "
    let style = selected ? theme.selection : theme.plain
    let end = grid.write("  " + marker + text, x: 0, y: y, style: style, maxX: grid.width - 36)
    grid.write(detail, x: max(end + 2, grid.width - 36), y: y, style: theme.dim)
    y += 1
    row += 1
  }
  if let last = state.lastPosition, let entry = state.chapters.first(where: { $0.id == last.chapter }) {
    item("Continue where you left off: \(entry.title)", detail: "", selected: state.homeSelection == 0)
    y += 1
  }
  let offset = state.lastPosition == nil ? 0 : 1
  for (i, entry) in state.chapters.enumerated() {
    let detail = "\(entry.cellsRun)/\(entry.cellCount) cells run · \(entry.exercisesPassed)/\(entry.exerciseCount) exercises"
    let done = entry.exerciseCount > 0 && entry.exercisesPassed == entry.exerciseCount
    item((done ? (state.unicode ? "✓ " : "* ") : "  ") + entry.title, detail: detail, selected: state.homeSelection == i + offset)
  }
  if state.chapters.isEmpty {
    grid.write("  No chapters found: run hocsau from the project folder, or set HOCSAU_CHAPTERS.", x: 0, y: y, style: theme.error)
  }
  y += 1
  grid.write("  Enter opens a chapter. Inside: j/k move between cells, Enter edits, Ctrl-R runs, ? lists every key.", x: 0, y: min(y + 1, grid.height - 3), style: theme.dim)
  drawStatus(state, into: &grid)
  drawKeyBar(state, into: &grid)
}

// MARK: - Chapter

/// Draws the chapter; returns the cursor position when editing.
private func renderChapter(_ state: AppState, into grid: inout TextGrid) -> (x: Int, y: Int)? {
  guard let chapter = state.chapter else { return nil }
  let theme = state.theme
  var layout = ChapterLayout(state: chapter, width: grid.width, theme: theme, unicode: state.unicode, now: state.now)
  let lines = layout.lines()
  // Title bar: chapter title, position, running state.
  grid.fill(x: 0, y: 0, width: grid.width, height: 1, with: Cell(" ", style: theme.title))
  let running = chapter.isRunning ? " · running" : ""
  let right = " cell \(min(chapter.selected + 1, chapter.cells.count))/\(chapter.cells.count)\(running) "
  grid.write(" " + chapter.document.title, x: 0, y: 0, style: theme.title, maxX: grid.width - right.count)
  grid.write(right, x: grid.width - right.count, y: 0, style: theme.title)

  let top = 1, height = state.bodyHeight
  var y = top
  var index = chapter.scroll
  while y < top + height, index < lines.count {
    let l = lines[index]
    l.line.draw(on: &grid, x: 0, y: y)
    if let figure = l.figure {
      let w = max(10, grid.width - 4)
      let h = l.figureHeight
      let rendered = figure.render(ScreenSize(width: w, height: h), state.unicode, state.capabilities.colors != .none)
      // Clip the figure to the body area.
      var clipped = TextGrid(size: ScreenSize(width: w, height: max(0, min(h, top + height - y))))
      clipped.blit(rendered, x: 0, y: 0)
      grid.blit(clipped, x: 3, y: y)
    }
    y += 1
    index += 1
  }
  // A figure that starts above the scroll position still shows its visible part.
  if let start = lines[..<min(chapter.scroll, lines.count)].lastIndex(where: { $0.figure != nil }),
    let figure = lines[start].figure, start + lines[start].figureHeight > chapter.scroll
  {
    let w = max(10, grid.width - 4)
    let rendered = figure.render(ScreenSize(width: w, height: lines[start].figureHeight), state.unicode, state.capabilities.colors != .none)
    let skip = chapter.scroll - start
    var part = TextGrid(size: ScreenSize(width: w, height: min(height, lines[start].figureHeight - skip)))
    part.blit(rendered, x: 0, y: -skip)
    grid.blit(part, x: 3, y: top)
  }
  // Scroll position on the right edge.
  if lines.count > height {
    let thumb = top + Int(Double(chapter.scroll) / Double(max(1, lines.count - height)) * Double(height - 1))
    grid[grid.width - 1, thumb] = Cell(state.unicode ? "┃" : "#", style: theme.dim)
  }
  drawStatus(state, into: &grid)
  drawKeyBar(state, into: &grid)
  if let c = layout.cursor, c.line >= chapter.scroll, c.line < chapter.scroll + height {
    return (c.column, top + c.line - chapter.scroll)
  }
  return nil
}

// MARK: - Help

/// Every key, by mode, in two columns.
public let helpText: [[(String, [(String, String)])]] = [
  [
    ("Moving", [
      ("j k  ↓ ↑", "next / previous cell"), ("Space b", "scroll a page"), ("g G", "first / last cell"),
      ("l", "jump to chapter/heading"), ("/  n N", "search; next, previous"), ("wheel, click", "scroll; select a cell"),
    ]),
    ("Running", [
      ("Ctrl-R", "run the cell"), ("Shift-Enter", "run, go to the next"), ("R", "run all cells"),
      ("Ctrl-C  i i", "interrupt"), ("0 0", "restart the session"), ("u", "undo the last run"),
      ("v", "open the visualizer"),
    ]),
  ],
  [
    ("Editing", [
      ("Enter", "edit the cell"), ("Esc", "stop editing (saved)"), ("Tab", "indent 4 spaces"),
      ("Ctrl-Z Ctrl-Y", "undo / redo"), ("Ctrl-A Ctrl-E", "line start / end"), ("Ctrl-B Ctrl-F", "word left / right"),
      ("e", "edit in $EDITOR"),
    ]),
    ("Exercises", [("c", "check the exercise"), ("h", "show the next hint"), ("S", "solutions (instructor)")]),
    ("Leaving", [("q", "back; quit from the list"), ("?", "this help")]),
  ],
]

private func renderHelp(_ state: AppState, into grid: inout TextGrid) {
  let theme = state.theme
  grid.fill(x: 0, y: 0, width: grid.width, height: 1, with: Cell(" ", style: theme.title))
  grid.write(" Keys — any key returns", x: 0, y: 0, style: theme.title)
  let columnWidth = grid.width / 2
  for (c, column) in helpText.enumerated() {
    let x = 2 + c * columnWidth
    var y = 2
    for (section, keys) in column {
      grid.write(section, x: x, y: y, style: theme.heading2)
      y += 1
      for (key, what) in keys {
        let k = state.unicode ? key : key.replacingOccurrences(of: "↓ ↑", with: "Dn Up")
        grid.write(k, x: x + 1, y: y, style: theme.strong, maxX: x + 15)
        grid.write(what, x: x + 16, y: y, maxX: x + columnWidth - 1)
        y += 1
      }
      y += 1
    }
  }
  drawKeyBar(state, into: &grid)
}

// MARK: - Jump list

private func renderJump(_ state: AppState, into grid: inout TextGrid) {
  let theme = state.theme
  grid.fill(x: 0, y: 0, width: grid.width, height: 1, with: Cell(" ", style: theme.title))
  grid.write(" Jump to a chapter or heading: " + state.jumpQuery, x: 0, y: 0, style: theme.title)
  let targets = state.jumpTargets()
  let height = grid.height - 3
  let first = max(0, state.jumpSelection - height + 1)
  for (row, i) in (first..<min(targets.count, first + height)).enumerated() {
    let selected = i == state.jumpSelection
    grid.write((selected ? (state.unicode ? " ▶ " : " > ") : "   ") + targets[i].title, x: 0, y: 2 + row, style: selected ? theme.selection : theme.plain)
  }
  if targets.isEmpty { grid.write("   nothing matches “\(state.jumpQuery)”", x: 0, y: 2, style: theme.dim) }
  drawKeyBar(state, into: &grid)
}

// MARK: - Presenter

/// Presenter mode: the selected cell alone, large and centred, its output under it.
private func renderPresenter(_ state: AppState) -> TextGrid {
  var grid = TextGrid(size: state.size)
  guard let chapter = state.chapter, let cell = chapter.selectedCell else { return grid }
  let theme = state.theme
  // The section the cell is in, as a headline in big letters.
  var heading = chapter.document.title
  for block in chapter.document.blocks {
    if case .heading(_, let content, _) = block { heading = content.plainText }
    if case .cell(let c) = block, c.id == cell.id { break }
  }
  var y = 0
  let banner = BigText.render(heading, maxWidth: grid.width - 2, unicode: state.unicode)
  for line in banner {
    grid.write(line, x: max(0, (grid.width - TextWidth.of(line)) / 2), y: y, style: theme.heading1.withoutUnderline)
    y += 1
  }
  y += 1
  let code = chapter.source(of: cell).split(separator: "\n", omittingEmptySubsequences: false)
  let codeWidth = code.map { TextWidth.of($0) }.max() ?? 0
  let x = max(2, (grid.width - codeWidth) / 2)
  for line in code where y < grid.height - 2 {
    highlightPython(String(line), theme: theme).draw(on: &grid, x: x, y: y)
    y += 1
  }
  y += 1
  var layout = ChapterLayout(state: chapter, width: grid.width, theme: theme, unicode: state.unicode, now: state.now)
  let status = layout.statusText(chapter.status[cell.id] ?? .notRun)
  grid.write(status.0, x: x, y: min(y - 1, grid.height - 1), style: status.1)
  for item in chapter.outputs[cell.id] ?? [] where y < grid.height - 1 {
    switch item {
    case .figure(let f):
      let h = max(4, grid.height - y - 1)
      grid.blit(f.render(ScreenSize(width: grid.width - 4, height: h), state.unicode, state.capabilities.colors != .none), x: 2, y: y)
      y += h
    case .text(let t):
      for l in t.split(separator: "\n") where y < grid.height - 1 {
        grid.write(l, x: x, y: y)
        y += 1
      }
    case .error(let t):
      for l in t.split(separator: "\n") where y < grid.height - 1 {
        grid.write(l, x: x, y: y, style: theme.error)
        y += 1
      }
    case .progress(let p):
      layout.progressLine(p, width: grid.width - x).draw(on: &grid, x: x - 3, y: y)
      y += 1
    case .visualizer:
      grid.write("v opens the convolution visualizer", x: x, y: y, style: theme.dim)
      y += 1
    }
  }
  _ = layout.lines()
  if let status = state.status {
    grid.write(" " + status, x: 0, y: grid.height - 1, style: theme.running, maxX: grid.width - 10)
  }
  let pos = " \(chapter.selected + 1)/\(chapter.cells.count) "
  grid.write(pos, x: grid.width - pos.count, y: grid.height - 1, style: theme.dim)
  return grid
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let r = rest.range(of: target) {
      result += rest[..<r.lowerBound]
      result += replacement
      rest = rest[r.upperBound...]
    }
    return result + rest
  }
}

extension Substring {
  func range(of target: String) -> Range<Substring.Index>? {
    var i = startIndex
    while i < endIndex {
      if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
      i = index(after: i)
    }
    return nil
  }
}
