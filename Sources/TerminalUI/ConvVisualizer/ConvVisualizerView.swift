import Plot
import TerminalKit

// MARK: - Styles

private let titleStyle = Style(bold: true, reverse: true)
private let labelStyle = Style(bold: true)
private let windowStyle = Style(foreground: .black, background: .indexed(214))  // the book's orange
private let windowCentreStyle = Style(foreground: .black, background: .indexed(214), bold: true, underline: true)
private let paddingStyle = Style(dim: true)
private let currentOutputStyle = Style(foreground: .black, background: .indexed(214), bold: true)
private let pendingStyle = Style(dim: true)
private let keyBarStyle = Style(reverse: true)

/// Inputs up to this many rows and columns (after padding) show every number.
let convNumbersLimit = 12

extension ConvVisualizerState {
  /// Draws the visualizer on a grid of `size`.
  public func render(size: ScreenSize, monochrome: Bool = false) -> TextGrid {
    var grid = TextGrid(size: size)
    guard size.width >= 40, size.height >= 12 else {
      grid.write("Window too small: the visualizer needs 40×12 (q returns)", x: 0, y: 0)
      return grid
    }
    let times = useASCII ? "x" : "×"
    let head = " Convolution: \(walk.inputRows)\(times)\(walk.inputColumns) input, \(walk.kernelRows)\(times)\(walk.kernelColumns) kernel (\(kernelName)), stride \(walk.stride), padding \(walk.padding)"
    let stepText = hasOutput ? "step \(position + 1)/\(walk.positionCount) " : "no output "
    grid.fill(x: 0, y: 0, width: size.width, height: 1, with: Cell(" ", style: style(titleStyle, monochrome)))
    grid.write(head, x: 0, y: 0, style: style(titleStyle, monochrome), maxX: size.width - stepText.count - 1)
    grid.write(stepText, x: size.width - stepText.count, y: 0, style: style(titleStyle, monochrome))

    let bodyTop = 2
    let reserved = 7  // arithmetic (3), formula, message, key bar, spacing
    let bodyHeight = max(3, size.height - bodyTop - reserved)
    let paddedRows = walk.padded.count, paddedColumns = walk.padded.first?.count ?? 0
    let showNumbers = paddedRows <= convNumbersLimit && paddedColumns <= convNumbersLimit
    var panelBottom = bodyTop
    if showNumbers, let used = drawNumberPanels(into: &grid, top: bodyTop, monochrome: monochrome, maxHeight: bodyHeight) {
      panelBottom = used
    } else {
      panelBottom = drawShadedPanels(into: &grid, top: bodyTop, height: bodyHeight, monochrome: monochrome)
    }

    // Under the panels: the arithmetic of the current position (wrapped, at most three lines),
    // the output-size formula, and the latest message.
    var lines: [(String, Style)] = []
    if hasOutput {
      let (r, c) = currentCell
      let text = "output[\(r)][\(c)] = " + walk.arithmetic(row: r, column: c, ascii: useASCII)
      lines += Self.wrap(text, width: size.width - 1).suffix(3).map { ($0, Style.plain) }
    }
    lines.append(("Output size: rows \(walk.formula(rows: true)); columns \(walk.formula(rows: false))", labelStyle))
    if let note = message ?? walk.problem.map({ "No output: \($0)" }) {
      lines.append((note, Style(foreground: .yellow)))
    }
    var y = min(panelBottom + 1, size.height - 2 - lines.count)
    for (text, s) in lines {
      grid.fill(x: 0, y: y, width: size.width, height: 1)
      grid.write(text, x: 0, y: y, style: style(s, monochrome))
      y += 1
    }
    let keys = editing != nil
      ? " type a number · Enter next entry · ←↑↓→ move · Esc done "
      : " ←↑↓→/hjl move · Space step · p \(playing ? "pause" : "play") · +- speed · s/S stride · a/A pad · k kernel · e edit · q back "
    grid.fill(x: 0, y: size.height - 1, width: size.width, height: 1, with: Cell(" ", style: style(keyBarStyle, monochrome)))
    grid.write(keys, x: 0, y: size.height - 1, style: style(keyBarStyle, monochrome))
    return grid
  }

  private func style(_ s: Style, _ monochrome: Bool) -> Style { monochrome ? s.monochrome : s }

  // MARK: - Every number (small inputs)

  /// Input (padded), kernel and output side by side with every number; nil if they don't fit.
  private func drawNumberPanels(into grid: inout TextGrid, top: Int, monochrome: Bool, maxHeight: Int) -> Int? {
    let fmt = { (x: Double) in ConvWalkthrough.format(x, ascii: self.useASCII) }
    let allNumbers = Array(walk.padded.joined()).map(fmt) + Array(walk.kernel.joined()).map(fmt) + Array(walk.output.joined()).map(fmt)
    let cellWidth = max(2, (allNumbers.map { TextWidth.of($0) }.max() ?? 1) + 1)
    let paddedColumns = walk.padded.first?.count ?? 0
    let widths = [paddedColumns * cellWidth, max(walk.kernelColumns * cellWidth, 6), max(walk.outputColumns * cellWidth, 6)]
    let gap = 4
    guard widths.reduce(0, +) + 2 * gap + 1 <= grid.width,
      max(walk.padded.count, walk.kernelRows, walk.outputRows) + 1 <= maxHeight
    else { return nil }
    let x0 = 1, x1 = x0 + widths[0] + gap, x2 = x1 + widths[1] + gap
    grid.write(walk.padding > 0 ? "Input, pad \(walk.padding)" : "Input", x: x0, y: top, style: style(labelStyle, monochrome), maxX: x1 - 1)
    grid.write(editing != nil ? "Kernel (editing)" : "Kernel", x: x1, y: top, style: style(labelStyle, monochrome))
    grid.write("Output", x: x2, y: top, style: style(labelStyle, monochrome))

    let window = hasOutput ? walk.windowOrigin(row: currentCell.row, column: currentCell.column) : nil
    let p = walk.padding
    for (i, row) in walk.padded.enumerated() {
      for (j, v) in row.enumerated() {
        var s = Style.plain
        let isPadding = i < p || j < p || i >= walk.padded.count - p || j >= paddedColumns - p
        if isPadding { s = paddingStyle }
        if let w = window, i >= w.row, i < w.row + walk.kernelRows, j >= w.column, j < w.column + walk.kernelColumns {
          let centre = i == w.row + walk.kernelRows / 2 && j == w.column + walk.kernelColumns / 2
          s = centre ? windowCentreStyle : windowStyle
          if monochrome { s = centre ? Style(bold: true, underline: true, reverse: true) : Style(reverse: true) }
        }
        let text = fmt(v)
        grid.write(pad(text, cellWidth), x: x0 + j * cellWidth, y: top + 1 + i, style: monochrome && !s.reverse ? s.monochrome : s)
      }
    }
    for (i, row) in walk.kernel.enumerated() {
      for (j, v) in row.enumerated() {
        var text = fmt(v)
        var s = Style.plain
        if let e = editing, e.row == i, e.column == j {
          text = e.text + "_"
          s = Style(bold: true, reverse: true)
        }
        grid.write(pad(text, cellWidth), x: x1 + j * cellWidth, y: top + 1 + i, style: s)
      }
    }
    for (i, row) in walk.output.enumerated() {
      for (j, v) in row.enumerated() {
        let index = i * walk.outputColumns + j
        let isCurrent = index == position
        let text = revealed.contains(index) ? fmt(v) : (useASCII ? "." : "·")
        let s = isCurrent ? (monochrome ? Style(bold: true, reverse: true) : currentOutputStyle)
          : revealed.contains(index) ? Style.plain : pendingStyle
        grid.write(pad(text, cellWidth), x: x2 + j * cellWidth, y: top + 1 + i, style: monochrome ? (isCurrent ? s : s.monochrome) : s)
      }
    }
    return top + 1 + max(walk.padded.count, walk.kernelRows, walk.outputRows)
  }

  private func pad(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - TextWidth.of(s))) + s
  }

  // MARK: - Shaded pixels (large inputs)

  /// Input and output as shaded pixels (a viewport that follows the window), and between them
  /// the window's numbers beside the kernel's.
  private func drawShadedPanels(into grid: inout TextGrid, top: Int, height: Int, monochrome: Bool) -> Int {
    let fmt = { (x: Double) in ConvWalkthrough.format(x, ascii: self.useASCII) }
    let (r, c): (Int, Int) = hasOutput ? (currentCell.row, currentCell.column) : (0, 0)
    let origin = walk.windowOrigin(row: r, column: c)
    // The zoom: the window's numbers, then the kernel's.
    let windowNumbers = (0..<walk.kernelRows).map { u in
      (0..<walk.kernelColumns).map { v in
        hasOutput ? fmt(walk.padded[origin.row + u][origin.column + v]) : ""
      }
    }
    let kernelNumbers = walk.kernel.map { $0.map(fmt) }
    let allNumbers = Array(windowNumbers.joined()) + Array(kernelNumbers.joined())
    let cw = max(2, (allNumbers.map { TextWidth.of($0) }.max() ?? 1) + 1)
    let zoomWidth = max(walk.kernelColumns * cw, 12)
    let viewWidth = max(8, (grid.width - zoomWidth - 8) / 2)
    let viewHeight = max(3, min(height - 1, walk.kernelRows * 2 + 1 > height - 1 ? height - 1 : height - 1))
    let x0 = 1, x1 = x0 + viewWidth + 3, x2 = x1 + zoomWidth + 3

    // Input viewport (one character per pixel), centred on the window where possible.
    let pr = walk.padded.count, pc = walk.padded.first?.count ?? 0
    let vr0 = clampStart(origin.row + walk.kernelRows / 2 - viewHeight / 2, viewHeight, pr)
    let vc0 = clampStart(origin.column + walk.kernelColumns / 2 - viewWidth / 2, viewWidth, pc)
    grid.write("Input \(walk.inputRows)\(useASCII ? "x" : "×")\(walk.inputColumns) (rows \(vr0)–\(min(pr, vr0 + viewHeight) - 1))", x: x0, y: top, style: style(labelStyle, monochrome), maxX: x1 - 1)
    let inputRange = Self.range(walk.padded.joined())
    for i in 0..<min(viewHeight, pr - vr0) {
      for j in 0..<min(viewWidth, pc - vc0) {
        let (pi, pj) = (vr0 + i, vc0 + j)
        let inWindow = hasOutput && pi >= origin.row && pi < origin.row + walk.kernelRows && pj >= origin.column && pj < origin.column + walk.kernelColumns
        let cell = shade(walk.padded[pi][pj], range: inputRange, highlighted: inWindow, monochrome: monochrome)
        grid[x0 + j, top + 1 + i] = cell
      }
    }

    // Zoom: the window's numbers and the kernel's.
    grid.write("Window", x: x1, y: top, style: style(labelStyle, monochrome))
    for (u, row) in windowNumbers.enumerated() {
      for (v, text) in row.enumerated() {
        grid.write(pad(text, cw), x: x1 + v * cw, y: top + 1 + u, style: style(windowStyle, monochrome).reverseIfMonochrome(monochrome))
      }
    }
    let kernelTop = top + 2 + walk.kernelRows
    grid.write(editing != nil ? "Kernel (editing)" : "Kernel", x: x1, y: kernelTop, style: style(labelStyle, monochrome))
    for (u, row) in kernelNumbers.enumerated() {
      for (v, text) in row.enumerated() {
        var t = text, s = Style.plain
        if let e = editing, e.row == u, e.column == v { t = e.text + "_"; s = Style(bold: true, reverse: true) }
        grid.write(pad(t, cw), x: x1 + v * cw, y: kernelTop + 1 + u, style: s)
      }
    }

    // Output viewport: computed cells shaded, the rest dim dots.
    let orows = walk.outputRows, ocols = walk.outputColumns
    let or0 = clampStart(r - viewHeight / 2, viewHeight, orows)
    let oc0 = clampStart(c - viewWidth / 2, viewWidth, ocols)
    grid.write("Output \(orows)\(useASCII ? "x" : "×")\(ocols)", x: x2, y: top, style: style(labelStyle, monochrome))
    let outputRange = Self.range(walk.output.joined())
    for i in 0..<min(viewHeight, max(0, orows - or0)) {
      for j in 0..<min(viewWidth, max(0, ocols - oc0)) {
        let index = (or0 + i) * ocols + (oc0 + j)
        let isCurrent = index == position
        if revealed.contains(index) || index < position {
          grid[x2 + j, top + 1 + i] = shade(walk.output[or0 + i][oc0 + j], range: outputRange, highlighted: isCurrent, monochrome: monochrome)
        } else {
          grid[x2 + j, top + 1 + i] = Cell(useASCII ? "." : "·", style: pendingStyle)
        }
      }
    }
    return top + 1 + max(viewHeight, kernelTop - top + walk.kernelRows)
  }

  private func clampStart(_ start: Int, _ view: Int, _ total: Int) -> Int {
    max(0, min(start, total - view))
  }

  private func shade(_ v: Double, range: (Double, Double), highlighted: Bool, monochrome: Bool) -> Cell {
    let ramp: [Character] = Array(" .:-=+*#%@")
    let t = range.1 > range.0 ? (v - range.0) / (range.1 - range.0) : 0.5
    let level = max(0, min(1, t.isFinite ? t : 0))
    let ch = ramp[Int((level * Double(ramp.count - 1)).rounded())]
    if highlighted {
      return Cell(ch == " " ? "·" : ch, style: monochrome ? Style(reverse: true) : windowStyle)
    }
    if monochrome { return Cell(ch) }
    let gray = UInt8(232 + Int((level * 23).rounded()))
    return Cell(ch, style: Style(foreground: .indexed(level > 0.5 ? 232 : 255), background: .indexed(gray)))
  }

  static func range(_ values: some Sequence<Double>) -> (Double, Double) {
    var lo = Double.infinity, hi = -Double.infinity
    for v in values where v.isFinite { lo = min(lo, v); hi = max(hi, v) }
    return lo <= hi ? (lo, hi) : (0, 1)
  }

  /// Splits `text` at " + " boundaries into lines of at most `width` columns.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = [], current = ""
    for (i, piece) in text.split(separator: " + ", omittingEmptySubsequences: false).enumerated() {
      let add = i == 0 ? piece : " + " + piece
      if TextWidth.of(current) + TextWidth.of(add) > width, !current.isEmpty {
        lines.append(current)
        current = "  + " + piece
      } else {
        current += add
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}

extension Style {
  fileprivate func reverseIfMonochrome(_ monochrome: Bool) -> Style {
    monochrome ? Style(reverse: true) : self
  }
}

// MARK: - Running it on a terminal

/// Runs the visualizer on `terminal` until the learner presses `q`; returns the final state.
/// Plays the animation with the terminal's event timeout, so nothing blocks.
@discardableResult
public func runConvVisualizer(_ initial: ConvVisualizerState, on terminal: any Terminal, monochrome: Bool? = nil) -> ConvVisualizerState {
  var state = initial
  state.useASCII = !terminal.capabilities.unicode
  let mono = monochrome ?? (terminal.capabilities.colors == .none)
  while true {
    terminal.draw(state.render(size: terminal.size, monochrome: mono), cursor: nil)
    let timeout: Double? = state.playing ? 1 / state.stepsPerSecond : nil
    guard let event = terminal.nextEvent(timeout: timeout) else {
      if state.playing { state.tick(); continue }
      return state  // no more input (a test terminal ran dry)
    }
    switch event {
    case .key(let key):
      if state.update(key) == .quit { return state }
    case .resize, .mouse, .paste:
      continue
    }
  }
}
