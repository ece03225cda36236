import Foundation

// MARK: - The plot area: dots, bars, markers, regions, composed into cells

/// The cells inside a chart's axes while layers are being drawn.
struct PlotArea {
  let columns: Int
  let rows: Int
  let glyphs: GlyphSet
  /// Data → dot positions.
  let x: AxisMap
  let y: AxisMap
  var dots: DotRaster
  /// Marker characters, drawn over everything.
  var markers: [CanvasCell?]
  /// Bar cells, drawn under lines and markers.
  var bars: [CanvasCell?]
  /// Region index of each cell's centre (-1: none).
  var regions: [Int8]
  /// Grid-line cells.
  var grid: [Bool]

  init(columns: Int, rows: Int, glyphs: GlyphSet, x: AxisMap, y: AxisMap) {
    self.columns = columns
    self.rows = rows
    self.glyphs = glyphs
    self.x = x
    self.y = y
    dots = DotRaster(columns: columns, rows: rows, marks: glyphs.marks)
    markers = Array(repeating: nil, count: columns * rows)
    bars = Array(repeating: nil, count: columns * rows)
    regions = Array(repeating: -1, count: columns * rows)
    grid = Array(repeating: false, count: columns * rows)
  }

  var cellWidth: Int { dots.cellWidth }
  var cellHeight: Int { dots.cellHeight }

  // MARK: - Positions

  /// The dot column of a continuous x position, or nil outside the area (the right edge
  /// itself belongs to the last dot).
  @inline(__always) func dotColumn(_ position: Double) -> Int? {
    let limit = Double(dots.dotColumns)
    guard position >= 0, position <= limit else { return nil }
    return min(Int(position), dots.dotColumns - 1)
  }

  @inline(__always) func dotRow(_ position: Double) -> Int? {
    let limit = Double(dots.dotRows)
    guard position >= 0, position <= limit else { return nil }
    return min(Int(position), dots.dotRows - 1)
  }

  /// The cell column holding data value `value` on the x axis, nil outside.
  func cellColumn(of value: Double) -> Int? {
    x.position(value).flatMap(dotColumn).map { $0 / cellWidth }
  }

  /// The cell row holding data value `value` on the y axis, nil outside.
  func cellRow(of value: Double) -> Int? {
    y.position(value).flatMap(dotRow).map { $0 / cellHeight }
  }

  /// How many cells of a rectangle already show something.
  func occupied(x: Int, y: Int, width: Int, height: Int) -> Int {
    var count = 0
    for row in max(0, y)..<max(max(0, y), min(rows, y + height)) {
      for column in max(0, x)..<max(max(0, x), min(columns, x + width)) {
        let index = row * columns + column
        if markers[index] != nil || dots.bits[index] != 0 || bars[index] != nil { count += 1 }
      }
    }
    return count
  }

  // MARK: - Lines

  /// Draws a polyline through points `0..<count` in `series`' style; non-drawable points
  /// break the line. Returns how many points were not drawable.
  /// - Complexity: O(count + dots drawn); runs of points within one dot column are merged
  ///   into one vertical span, so 10,000 points in a 100-cell-wide chart cost about 10,000 steps.
  mutating func drawPolyline(
    count: Int, xValue: (Int) -> Double, yValue: (Int) -> Double, series: Int16, style: LineStyle
  ) -> Int {
    var skipped = 0
    var previous: (Double, Double)? = nil
    var counter = 0
    var span = VerticalSpan()
    for i in 0..<count {
      guard let px = x.position(xValue(i)), let py = y.position(yValue(i)) else {
        skipped += 1
        previous = nil
        continue
      }
      if let (qx, qy) = previous {
        drawSegment(qx, qy, px, py, series: series, style: style, counter: &counter, span: &span)
      } else if let column = dotColumn(px), let row = dotRow(py) {
        flush(&span, series: series)
        dots.set(column, row, series: series)
      }
      previous = (px, py)
    }
    flush(&span, series: series)
    return skipped
  }

  /// A vertical run of dots in one column, drawn once when the line leaves the column.
  struct VerticalSpan {
    var column = -1
    var low = 0
    var high = 0
  }

  private mutating func flush(_ span: inout VerticalSpan, series: Int16) {
    guard span.column >= 0 else { return }
    for row in span.low...span.high { dots.set(span.column, row, series: series) }
    span.column = -1
  }

  /// Draws one segment between continuous dot positions, clipped to the area.
  private mutating func drawSegment(
    _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, series: Int16, style: LineStyle,
    counter: inout Int, span: inout VerticalSpan
  ) {
    guard
      let (cx0, cy0, cx1, cy1) = Self.clip(
        ax, ay, bx, by, width: Double(dots.dotColumns), height: Double(dots.dotRows))
    else { return }
    let x0 = min(Int(cx0), dots.dotColumns - 1), y0 = min(Int(cy0), dots.dotRows - 1)
    let x1 = min(Int(cx1), dots.dotColumns - 1), y1 = min(Int(cy1), dots.dotRows - 1)
    if style == .solid && x0 == x1 {
      let low = min(y0, y1), high = max(y0, y1)
      if span.column == x0 {
        span.low = min(span.low, low)
        span.high = max(span.high, high)
      } else {
        flush(&span, series: series)
        span = VerticalSpan(column: x0, low: low, high: high)
      }
      return
    }
    flush(&span, series: series)
    // Bresenham.
    var px = x0, py = y0
    let dx = abs(x1 - x0), dy = -abs(y1 - y0)
    let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
    var error = dx + dy
    while true {
      if style.draws(counter) { dots.set(px, py, series: series) }
      counter += 1
      if px == x1 && py == y1 { break }
      let e2 = 2 * error
      if e2 >= dy {
        error += dy
        px += sx
      }
      if e2 <= dx {
        error += dx
        py += sy
      }
    }
  }

  /// Liang–Barsky clipping of a segment to `0…width × 0…height`; nil when outside.
  static func clip(
    _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double, height: Double
  ) -> (Double, Double, Double, Double)? {
    var t0 = 0.0, t1 = 1.0
    let dx = x1 - x0, dy = y1 - y0
    guard dx.isFinite, dy.isFinite else { return nil }
    for (p, q) in [(-dx, x0), (dx, width - x0), (-dy, y0), (dy, height - y0)] {
      if p == 0 {
        if q < 0 { return nil }
      } else {
        let r = q / p
        if p < 0 {
          if r > t1 { return nil }
          if r > t0 { t0 = r }
        } else {
          if r < t0 { return nil }
          if r < t1 { t1 = r }
        }
      }
    }
    return (x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy)
  }

  /// Draws a line across the area at a reference value; false when the value is not drawable.
  mutating func drawReference(_ line: ReferenceLine, series: Int16) -> Bool {
    switch line.orientation {
    case .horizontal:
      guard let position = y.position(line.value) else { return false }
      guard let row = dotRow(position) else { return true }  // outside the limits
      for column in 0..<dots.dotColumns where line.style.draws(column) {
        dots.set(column, row, series: series)
      }
    case .vertical:
      guard let position = x.position(line.value) else { return false }
      guard let column = dotColumn(position) else { return true }
      for row in 0..<dots.dotRows where line.style.draws(row) {
        dots.set(column, row, series: series)
      }
    }
    return true
  }

  // MARK: - Points

  /// Puts a marker character in the cell holding `(px, py)` (continuous dot positions).
  mutating func placeMarker(_ px: Double, _ py: Double, cell: CanvasCell) {
    guard let column = dotColumn(px), let row = dotRow(py) else { return }
    markers[(row / cellHeight) * columns + column / cellWidth] = cell
  }

  // MARK: - Grid

  mutating func drawGrid(columns gridColumns: [Int], rows gridRows: [Int]) {
    for column in gridColumns where column >= 0 && column < columns {
      for row in 0..<rows { grid[row * columns + column] = true }
    }
    for row in gridRows where row >= 0 && row < rows {
      for column in 0..<columns { grid[row * columns + column] = true }
    }
  }

  // MARK: - Composition

  /// Region backgrounds: dark tints that keep bright markers readable, chosen from the
  /// 256-colour cube so they survive the palette (low regions blue, high ones red).
  static let regionBackgrounds: [PlotColor] = [0x00005F, 0x5F0000, 0x005F00, 0x5F5F00, 0x5F005F]
    .map { PlotColor(hex: $0) }

  /// The fill character of region `region` (> 0) at a cell, so regions differ without colour:
  /// region 1 a dot in every other column, region 2 a dot in every column, then `:` likewise.
  func regionPattern(_ region: Int, column: Int, row: Int) -> Character? {
    let dot: Character = glyphs.unicode ? "·" : "."
    switch region {
    case 1: return (column + row) % 2 == 0 ? dot : nil
    case 2: return dot
    case 3: return (column + row) % 2 == 0 ? ":" : nil
    default: return ":"
    }
  }

  /// Writes the area's cells into `canvas` at `(originX, originY)`.
  func compose(into canvas: inout Canvas, x originX: Int, y originY: Int, styles: [SeriesStyle]) {
    let colors = glyphs.colors
    let styleColors = styles.map { $0.color?.cellColor(colors) }
    let gridCharacter: Character = glyphs.unicode ? "·" : "."
    for row in 0..<rows {
      for column in 0..<columns {
        let index = row * columns + column
        var cell = CanvasCell.blank
        let region = Int(regions[index])
        if region >= 0, colors != .none {
          cell.background = Self.regionBackgrounds[region % Self.regionBackgrounds.count]
            .cellColor(colors)
        }
        if let marker = markers[index] {
          cell.character = marker.character
          cell.foreground = marker.foreground
          cell.bold = marker.bold
        } else if dots.bits[index] != 0 {
          let owner = Int(dots.owner[index])
          let style = styles.indices.contains(owner) ? styles[owner] : nil
          cell.character =
            dots.character(at: index, asciiCharacter: style?.asciiCharacter ?? "*") ?? " "
          cell.foreground = styles.indices.contains(owner) ? styleColors[owner] : nil
          cell.bold = style?.bold ?? false
        } else if let bar = bars[index] {
          cell.character = bar.character
          cell.foreground = bar.foreground
        } else if region > 0, let pattern = regionPattern(region, column: column, row: row) {
          cell.character = pattern
          cell.dim = true
        } else if grid[index] {
          cell.character = gridCharacter
          cell.dim = true
        }
        canvas[originX + column, originY + row] = cell
      }
    }
  }
}
