// MARK: - Rendering a figure: the subplot grid

extension Figure {
  /// Draws the figure into a `width × height` canvas with `glyphs`.
  ///
  /// Any size renders: below about 10×4 a chart drops its axes and labels, and a 0×0 size gives
  /// an empty canvas. The figure's title, when it has one and there are at least 3 rows, takes
  /// the first row; the charts share the rest in their grid.
  /// - Complexity: O(width · height + points) for line and scatter charts.
  public func render(width: Int, height: Int, glyphs: GlyphSet) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    guard canvas.width > 0, canvas.height > 0 else { return canvas }
    var top = 0
    if let title, !title.isEmpty, canvas.height >= 3 {
      canvas.writeCentered(title, y: 0, x: 0, width: canvas.width, bold: true)
      top = 1
    }
    let areaHeight = canvas.height - top
    let gap = columns > 1 && canvas.width >= columns * 12 ? 2 : 0
    let columnWidths = Self.split(canvas.width - gap * (columns - 1), into: columns)
    let rowHeights = Self.split(areaHeight, into: rows)
    for panel in panels {
      guard panel.slot >= 0, panel.slot < rows * columns else { continue }
      let row = panel.slot / columns, column = panel.slot % columns
      let x = columnWidths[..<column].reduce(0, +) + gap * column
      let y = top + rowHeights[..<row].reduce(0, +)
      let chartCanvas = panel.chart.render(
        width: columnWidths[column], height: rowHeights[row], glyphs: glyphs)
      canvas.blit(chartCanvas, x: x, y: y)
    }
    return canvas
  }

  /// A height in rows that suits the figure at `width` columns: a quarter of the width (20 rows
  /// at 80 columns, within 10…24) for a single column of charts; for a grid of small charts,
  /// about half a chart's width each (square images), at least 6 rows; plus the title row.
  public func preferredHeight(forWidth width: Int) -> Int {
    let titleRows = (title ?? "").isEmpty ? 0 : 1
    let chartWidth = max(1, width / max(1, columns))
    let perRow =
      columns == 1 ? max(10, min(24, width / 4)) : max(6, min(20, chartWidth / 2 + 2))
    return titleRows + perRow * rows
  }

  /// One text line per chart describing what it shows, for transcripts and screen readers.
  public var summaries: [String] { charts.map(\.summary) }

  /// The summaries joined into one paragraph, led by the figure's title.
  public var summary: String {
    let body = summaries.joined(separator: " | ")
    if let title, !title.isEmpty { return "\(title): \(body)" }
    return body
  }

  /// Splits `total` into `parts` near-equal non-negative integers, larger ones first.
  static func split(_ total: Int, into parts: Int) -> [Int] {
    let parts = max(1, parts), total = max(0, total)
    let base = total / parts, extra = total % parts
    return (0..<parts).map { base + ($0 < extra ? 1 : 0) }
  }
}

extension Canvas {
  /// Writes `text` centred in columns `x..<x+width` of row `y`, truncated to fit.
  mutating func writeCentered(
    _ text: String, y: Int, x: Int, width: Int, foreground: CellColor? = nil, bold: Bool = false,
    dim: Bool = false
  ) {
    guard width > 0 else { return }
    let length = min(text.count, width)
    let start = x + (width - length) / 2
    write(
      String(text.prefix(length)), x: start, y: y, maxWidth: length, foreground: foreground,
      bold: bold, dim: dim)
  }
}
