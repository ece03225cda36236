import Foundation

// MARK: - Charts on x/y axes: layout, axes, legend

/// How one drawn series looks: its colour, its ASCII character, its legend entry.
struct SeriesStyle {
  var color: PlotColor?
  var asciiCharacter: Character
  var bold = false
  /// Legend sample (e.g. "──" or "●") and label; nil keeps it out of the legend.
  var legendSample: String?
  var legendLabel: String?
}

/// Draws a chart's line, scatter, bar, histogram and region layers on axes.
struct CartesianRenderer {
  let chart: Chart
  let glyphs: GlyphSet

  /// Values that could not be drawn (NaN, ±inf, ≤ 0 on a log axis).
  var skipped = 0
  var styles: [SeriesStyle] = []

  init(chart: Chart, glyphs: GlyphSet) {
    self.chart = chart
    self.glyphs = glyphs
  }

  // MARK: - Layout

  mutating func draw(into canvas: inout Canvas) {
    let width = canvas.width, height = canvas.height
    let (xExtent, yExtent) = dataExtents()
    let xBounds = Self.bounds(xExtent, limits: chart.xLimits, scale: .linear)
    let yBounds = Self.bounds(yExtent, limits: chart.yLimits, scale: chart.yScale)

    let hasTitle = !(chart.title ?? "").isEmpty
    let hasXLabel = !(chart.xLabel ?? "").isEmpty
    let hasYLabel = !(chart.yLabel ?? "").isEmpty
    let titleRows = hasTitle && height >= 6 ? 1 : 0
    let yLabelRows = hasYLabel && height >= 10 ? 1 : 0
    let xLabelRows = hasXLabel && height >= 8 ? 1 : 0
    var plotHeight = height - titleRows - yLabelRows - xLabelRows - 2
    var axes = chart.showsAxes && plotHeight >= 2 && width >= 12

    // y ticks decide the left margin.
    var yTicks: [Double] = []
    var yLabels: [String] = []
    var labelWidth = 0
    if axes {
      // About one tick every three rows, but at least two ticks when the rows allow.
      var target = max(1, min(10, plotHeight / 3))
      yTicks = Self.ticks(
        lower: yBounds.lower, upper: yBounds.upper, scale: chart.yScale, target: target)
      while yTicks.count < 2 && target < min(10, plotHeight) {
        target += 1
        yTicks = Self.ticks(
          lower: yBounds.lower, upper: yBounds.upper, scale: chart.yScale, target: target)
      }
      yLabels =
        chart.yScale == .log ? yTicks.map(Ticks.compact) : Ticks.labels(for: yTicks)
      labelWidth = yLabels.map(\.count).max() ?? 1
      if width - labelWidth - 1 < 6 { axes = false }
    }

    let plotX: Int, plotY: Int, plotWidth: Int
    if axes {
      plotX = labelWidth + 1
      plotY = titleRows + yLabelRows
      plotWidth = width - plotX
    } else {
      let titleRow = hasTitle && height >= 3 ? 1 : 0
      plotX = 0
      plotY = titleRow
      plotWidth = width
      plotHeight = height - titleRow
    }
    guard plotWidth > 0, plotHeight > 0 else {
      if hasTitle { canvas.write(chart.title!, x: 0, y: 0) }
      return
    }

    // The plot area.
    let dots = DotEncoding.dotsPerCell(glyphs.marks)
    var area = PlotArea(
      columns: plotWidth, rows: plotHeight, glyphs: glyphs,
      x: AxisMap(
        lower: xBounds.lower, upper: xBounds.upper, scale: .linear,
        size: Double(plotWidth * dots.columns), flipped: false),
      y: AxisMap(
        lower: yBounds.lower, upper: yBounds.upper, scale: chart.yScale,
        size: Double(plotHeight * dots.rows), flipped: true))
    drawLayers(into: &area)

    // Title and axis labels.
    if hasTitle && (titleRows == 1 || !axes) {
      canvas.writeCentered(chart.title!, y: 0, x: 0, width: width, bold: true)
    }
    if yLabelRows == 1 { canvas.write(chart.yLabel!, x: 0, y: titleRows, dim: false) }

    var xTickColumns: [Int] = []
    var yTickRows: [Int] = []
    if axes {
      yTickRows = yTicks.map { tick in area.cellRow(of: tick) ?? -1 }
      let (xTicks, xLabels) = fittingXTicks(xBounds, plotWidth: plotWidth)
      xTickColumns = xTicks.map { area.cellColumn(of: $0) ?? -1 }
      drawAxes(
        into: &canvas, plotX: plotX, plotY: plotY, plotWidth: plotWidth, plotHeight: plotHeight,
        yTickRows: yTickRows, yLabels: yLabels, xTickColumns: xTickColumns, xLabels: xLabels)
      if xLabelRows == 1 {
        canvas.writeCentered(
          chart.xLabel!, y: plotY + plotHeight + 2, x: plotX, width: plotWidth)
      }
    }
    if chart.showsGrid && axes {
      area.drawGrid(columns: xTickColumns, rows: yTickRows)
    }
    area.compose(into: &canvas, x: plotX, y: plotY, styles: styles)

    if skipped > 0 {
      let note = glyphs.unicode ? "⚠ \(skipped) not drawn" : "! \(skipped) not drawn"
      let text = plotWidth >= note.count + 2 ? note : "!"
      canvas.write(
        text, x: plotX + plotWidth - text.count, y: plotY, foreground: warningColor, bold: true)
    }
    if let placement = chart.legend {
      drawLegend(
        into: &canvas, placement: placement, area: area, plotX: plotX, plotY: plotY,
        reserveTopRight: skipped > 0)
    }
  }

  var warningColor: CellColor? { PlotColor(hex: 0xFFAF00).cellColor(glyphs.colors) }

  // MARK: - Bounds and ticks

  /// The axis bounds in transformed units: limits override, empty data gives 0…1 (1…10 on
  /// a log axis), a single value is widened.
  static func bounds(_ extent: Extent, limits: AxisLimits, scale: AxisScale)
    -> (lower: Double, upper: Double)
  {
    func transform(_ value: Double?) -> Double? {
      guard let value, value.isFinite else { return nil }
      if scale == .log { return value > 0 ? log10(value) : nil }
      return value
    }
    var lower = transform(limits.lower) ?? (extent.isEmpty ? 0 : extent.lower)
    var upper = transform(limits.upper) ?? (extent.isEmpty ? 1 : extent.upper)
    if lower > upper { swap(&lower, &upper) }
    if lower == upper {
      let pad = scale == .log ? 0.5 : (lower == 0 ? 1 : abs(lower) * 0.1)
      lower -= pad
      upper += pad
      if lower == upper {  // pad lost to rounding at huge magnitudes
        lower = lower.nextDown
        upper = upper.nextUp
      }
    }
    if !(upper / 2 - lower / 2).isFinite || (upper / 2 - lower / 2) <= 0 {
      return (0, 1)
    }
    return (lower, upper)
  }

  /// Tick values (untransformed) for an axis spanning transformed `lower…upper`.
  static func ticks(lower: Double, upper: Double, scale: AxisScale, target: Int) -> [Double] {
    if scale == .log {
      return Ticks.logarithmic(lower: pow(10, lower), upper: pow(10, upper), target: target)
    }
    return Ticks.linear(lower: lower, upper: upper, target: target)
  }

  /// The most x ticks whose labels fit side by side with a space between.
  func fittingXTicks(_ bounds: (lower: Double, upper: Double), plotWidth: Int)
    -> ([Double], [String])
  {
    if let categories = categoryTicks() {
      // Bar categories: every name under its bar, shortened to the room between bars.
      let room = max(1, plotWidth / max(1, categories.count) - 1)
      return (categories.map(\.0), categories.map { String($0.1.prefix(room)) })
    }
    var target = max(1, min(10, plotWidth / 6))
    while true {
      let ticks = Ticks.linear(lower: bounds.lower, upper: bounds.upper, target: target)
      let labels = Ticks.labels(for: ticks)
      let widest = labels.map(\.count).max() ?? 0
      let spacing = ticks.count >= 2 ? Double(plotWidth) / Double(ticks.count) : Double(plotWidth)
      if target == 1 || Double(widest + 1) <= spacing * 0.9 { return (ticks, labels) }
      target -= 1
    }
  }

  /// Positions and names of the first bar series that names its categories.
  func categoryTicks() -> [(Double, String)]? {
    for layer in chart.layers {
      if case .bars(let bars) = layer, let categories = bars.categories {
        return (0..<min(bars.count, categories.count)).map { (bars.position($0), categories[$0]) }
      }
    }
    return nil
  }

  // MARK: - Axes

  func drawAxes(
    into canvas: inout Canvas, plotX: Int, plotY: Int, plotWidth: Int, plotHeight: Int,
    yTickRows: [Int], yLabels: [String], xTickColumns: [Int], xLabels: [String]
  ) {
    let u = glyphs.unicode
    let axisX = plotX - 1, axisY = plotY + plotHeight
    let axisColor: CellColor? = nil
    for row in plotY..<axisY {
      canvas[axisX, row] = CanvasCell(u ? "│" : "|", foreground: axisColor)
    }
    canvas[axisX, axisY] = CanvasCell(u ? "└" : "+", foreground: axisColor)
    for column in plotX..<(plotX + plotWidth) {
      canvas[column, axisY] = CanvasCell(u ? "─" : "-", foreground: axisColor)
    }
    // y tick marks and labels, right-aligned against the axis.
    var lastRow = Int.min
    for (row, label) in zip(yTickRows, yLabels) where row >= 0 && row != lastRow {
      canvas[axisX, plotY + row] = CanvasCell(u ? "┤" : "+", foreground: axisColor)
      canvas.write(label, x: axisX - label.count, y: plotY + row)
      lastRow = row
    }
    // x tick marks and labels, centred under the tick, kept inside the canvas, never touching.
    var nextFree = 0
    for (column, label) in zip(xTickColumns, xLabels) where column >= 0 {
      let x = plotX + column
      canvas[x, axisY] = CanvasCell(u ? "┬" : "+", foreground: axisColor)
      var start = x - (label.count - 1) / 2
      start = min(start, canvas.width - label.count)
      start = max(start, 0)
      if start < nextFree { continue }
      canvas.write(label, x: start, y: axisY + 1)
      nextFree = start + label.count + 1
    }
  }

  // MARK: - Legend

  func drawLegend(
    into canvas: inout Canvas, placement: LegendPlacement, area: PlotArea, plotX: Int,
    plotY: Int, reserveTopRight: Bool
  ) {
    let entries = styles.compactMap { style -> (SeriesStyle, String, String)? in
      guard let sample = style.legendSample, let label = style.legendLabel else { return nil }
      return (style, sample, label)
    }
    guard !entries.isEmpty else { return }
    let rows = min(entries.count, area.rows)
    let boxWidth = min(area.columns, 1 + (entries.map { $0.1.count + 1 + $0.2.count }.max() ?? 0))
    // A legend that would hide much of a small chart is left out (the summary still names
    // the series).
    guard rows > 0, boxWidth >= 3, boxWidth * rows * 10 <= area.columns * area.rows * 4 else {
      return
    }
    let topOffset = reserveTopRight ? 1 : 0
    func origin(_ corner: LegendPlacement) -> (Int, Int) {
      switch corner {
      case .upperRight, .best: return (area.columns - boxWidth, min(topOffset, area.rows - rows))
      case .upperLeft: return (0, 0)
      case .lowerLeft: return (0, area.rows - rows)
      case .lowerRight: return (area.columns - boxWidth, area.rows - rows)
      }
    }
    var corner = placement
    if placement == .best {
      let candidates: [LegendPlacement] = [.upperRight, .upperLeft, .lowerLeft, .lowerRight]
      corner = candidates.min { a, b in
        let (ax, ay) = origin(a), (bx, by) = origin(b)
        return area.occupied(x: ax, y: ay, width: boxWidth, height: rows)
          < area.occupied(x: bx, y: by, width: boxWidth, height: rows)
      } ?? .upperRight
    }
    let (ox, oy) = origin(corner)
    for (index, entry) in entries.prefix(rows).enumerated() {
      let y = plotY + oy + index
      canvas.fill(x: plotX + ox, y: y, width: boxWidth, height: 1, with: .blank)
      let color = entry.0.color?.cellColor(glyphs.colors)
      let sampleWidth = canvas.write(
        entry.1, x: plotX + ox + 1, y: y, maxWidth: boxWidth - 1, foreground: color,
        bold: entry.0.bold)
      canvas.write(
        entry.2, x: plotX + ox + 1 + sampleWidth + 1, y: y,
        maxWidth: max(0, boxWidth - 2 - sampleWidth))
    }
  }
}
