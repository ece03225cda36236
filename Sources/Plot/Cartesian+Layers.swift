import Foundation

// MARK: - Drawing the layers of a chart on axes

extension Histogram {
  /// The bin edges (`bins + 1`) and counts (`bins`), as NumPy's `histogram`: equal bins over
  /// the range, the last bin closed on the right; values outside the range and non-finite
  /// values are not counted. Empty data gives bins over 0…1.
  /// - Complexity: O(values.count).
  public func binned() -> (edges: [Double], counts: [Int]) {
    let bins = max(1, self.bins)
    var lower = range?.lowerBound ?? Double.infinity
    var upper = range?.upperBound ?? -Double.infinity
    if range == nil {
      for value in values where value.isFinite {
        lower = min(lower, value)
        upper = max(upper, value)
      }
    }
    if lower > upper {
      lower = 0
      upper = 1
    }
    if lower == upper {
      lower -= 0.5
      upper += 0.5
    }
    // Interpolating and halving keep ±1e308 from overflowing.
    let edges = (0...bins).map { i -> Double in
      let f = Double(i) / Double(bins)
      return i == bins ? upper : lower * (1 - f) + upper * f
    }
    let halfSpan = upper / 2 - lower / 2
    var counts = Array(repeating: 0, count: bins)
    for value in values where value.isFinite && value >= lower && value <= upper {
      let fraction = halfSpan > 0 ? (value / 2 - lower / 2) / halfSpan : 0
      let index = fraction.isFinite ? min(bins - 1, max(0, Int(fraction * Double(bins)))) : 0
      counts[index] += 1
    }
    return (edges, counts)
  }

  /// The bars this histogram is drawn as.
  var bars: BarSeries {
    let (edges, counts) = binned()
    let width = edges.count > 1 ? edges[1] - edges[0] : 1
    return BarSeries(
      positions: (0..<counts.count).map { (edges[$0] + edges[$0 + 1]) / 2 },
      heights: counts.map(Double.init), width: width, label: label, color: color)
  }
}

extension RegionMap {
  /// The value at `(px, py)` by bilinear interpolation of the grid; nil outside the grid.
  func value(x px: Double, y py: Double) -> Double? {
    guard let (c, fx) = Self.locate(px, in: x), let (r, fy) = Self.locate(py, in: y) else {
      return nil
    }
    let columns = x.count
    func at(_ row: Int, _ column: Int) -> Double {
      let index = row * columns + column
      return index < values.count ? values[index] : .nan
    }
    let c1 = min(c + 1, x.count - 1), r1 = min(r + 1, y.count - 1)
    let top = at(r, c) * (1 - fx) + at(r, c1) * fx
    let bottom = at(r1, c) * (1 - fx) + at(r1, c1) * fx
    return top * (1 - fy) + bottom * fy
  }

  /// The grid index at or below `value` and the fraction towards the next; nil outside.
  static func locate(_ value: Double, in axis: [Double]) -> (Int, Double)? {
    guard let first = axis.first, let last = axis.last, axis.count >= 1 else { return nil }
    if axis.count == 1 { return value == first ? (0, 0) : nil }
    let ascending = last >= first
    let lowEnd = ascending ? first : last, highEnd = ascending ? last : first
    guard value >= lowEnd, value <= highEnd else { return nil }
    // Binary search for the interval.
    var low = 0, high = axis.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if (axis[middle] <= value) == ascending { low = middle } else { high = middle }
    }
    let span = axis[high] - axis[low]
    let fraction = span == 0 ? 0 : (value - axis[low]) / span
    return (low, max(0, min(1, fraction)))
  }
}

extension CartesianRenderer {
  // MARK: - Extents

  /// The x and y extents of the data (y in transformed units), with matplotlib's 5% margins
  /// around lines, points and bar tops, none around regions and bar bases.
  func dataExtents() -> (Extent, Extent) {
    var paddedX = Extent(), paddedY = Extent(), stickyX = Extent(), stickyY = Extent()
    let yMap = AxisMap(lower: 0, upper: 1, scale: chart.yScale, size: 1, flipped: false)
    func addPoint(_ px: Double, _ py: Double) {
      guard px.isFinite, let ty = yMap.transform(py) else { return }
      paddedX.include(px)
      paddedY.include(ty)
    }
    func addBars(_ bars: BarSeries) {
      for i in 0..<bars.count {
        let position = bars.position(i), height = bars.heights[i]
        guard position.isFinite, let ty = yMap.transform(height) else { continue }
        paddedX.include(position - bars.width / 2)
        paddedX.include(position + bars.width / 2)
        paddedY.include(ty)
        if let base = yMap.transform(0) { stickyY.include(base) }
      }
    }
    for layer in chart.layers {
      switch layer {
      case .line(let series):
        for i in 0..<series.count { addPoint(series.xValue(i), series.y[i]) }
      case .scatter(let series):
        for i in 0..<series.count { addPoint(series.x[i], series.y[i]) }
      case .bars(let bars): addBars(bars)
      case .histogram(let histogram): addBars(histogram.bars)
      case .regions(let map):
        for value in map.x where value.isFinite { stickyX.include(value) }
        for value in map.y { if let t = yMap.transform(value) { stickyY.include(t) } }
      case .reference(let line):
        if line.orientation == .horizontal {
          if let t = yMap.transform(line.value) { paddedY.include(t) }
        } else if line.value.isFinite {
          paddedX.include(line.value)
        }
      case .image, .imageGrid: break
      }
    }
    var x = paddedX.padded(0.05), y = paddedY.padded(0.05)
    // A sticky edge (a bar base, a region's border) is not padded past.
    if !stickyY.isEmpty && !paddedY.isEmpty {
      if stickyY.lower <= paddedY.lower { y.lower = stickyY.lower }
      if stickyY.upper >= paddedY.upper { y.upper = stickyY.upper }
    }
    x.include(stickyX)
    y.include(stickyY)
    return (x, y)
  }

  // MARK: - Layers

  mutating func drawLayers(into area: inout PlotArea) {
    var colorIndex = 0
    var lineIndex = 0
    var barIndex = 0
    var scatterIndex = 0
    let unicode = glyphs.unicode
    func nextColor(_ explicit: PlotColor?) -> PlotColor {
      if let explicit { return explicit }
      defer { colorIndex += 1 }
      return PlotColor.cycle[colorIndex % PlotColor.cycle.count]
    }
    // Regions first (background), then bars, lines, points.
    for layer in chart.layers {
      guard case .regions(let map) = layer else { continue }
      drawRegions(map, into: &area)
    }
    for layer in chart.layers {
      switch layer {
      case .bars(let bars):
        drawBars(bars, color: nextColor(bars.color), index: barIndex, into: &area)
        barIndex += 1
      case .histogram(let histogram):
        let bars = histogram.bars
        drawBars(bars, color: nextColor(bars.color), index: barIndex, into: &area)
        barIndex += 1
      default: continue
      }
    }
    for layer in chart.layers {
      switch layer {
      case .line(let series):
        let color = nextColor(series.color)
        let style = series.style ?? LineStyle.cycle[lineIndex % LineStyle.cycle.count]
        let ascii = LineStyle.asciiCharacters[lineIndex % LineStyle.asciiCharacters.count]
        lineIndex += 1
        let id = Int16(styles.count)
        var sample: String
        if series.markersOnly, let marker = series.marker {
          sample = String(marker.character(unicode: unicode))
        } else if unicode {
          sample = style.sample
          if let marker = series.marker {
            sample = "─" + String(marker.character(unicode: true)) + "─"
          }
        } else {
          sample = String(repeating: ascii, count: 2)
        }
        styles.append(
          SeriesStyle(
            color: color, asciiCharacter: ascii, legendSample: sample, legendLabel: series.label))
        if !series.markersOnly {
          skipped += area.drawPolyline(
            count: series.count, xValue: series.xValue, yValue: { series.y[$0] }, series: id,
            style: style)
        }
        if let marker = series.marker {
          let markerSkipped = drawMarkers(
            count: series.count, xValue: series.xValue, yValue: { series.y[$0] },
            marker: marker, color: color, series: id, into: &area)
          if series.markersOnly { skipped += markerSkipped }
        }
      case .scatter(let series):
        drawScatter(series, index: scatterIndex, nextColor: nextColor, into: &area)
        scatterIndex += 1
      case .reference(let line):
        let ascii = LineStyle.asciiCharacters[lineIndex % LineStyle.asciiCharacters.count]
        lineIndex += 1
        let id = Int16(styles.count)
        styles.append(
          SeriesStyle(
            color: nextColor(line.color), asciiCharacter: ascii,
            legendSample: unicode ? line.style.sample : String(repeating: ascii, count: 2),
            legendLabel: line.label))
        if !area.drawReference(line, series: id) { skipped += 1 }
      default: continue
      }
    }
  }

  /// Draws markers (or dots, for `.point`); returns how many points were not drawable.
  mutating func drawMarkers(
    count: Int, xValue: (Int) -> Double, yValue: (Int) -> Double, marker: Marker,
    color: PlotColor, series: Int16, into area: inout PlotArea
  ) -> Int {
    var skipped = 0
    let cell = CanvasCell(
      marker.character(unicode: glyphs.unicode), foreground: color.cellColor(glyphs.colors),
      bold: true)
    for i in 0..<count {
      guard let px = area.x.position(xValue(i)), let py = area.y.position(yValue(i)) else {
        skipped += 1
        continue
      }
      if marker == .point {
        if let column = area.dotColumn(px), let row = area.dotRow(py) {
          area.dots.set(column, row, series: series)
        }
      } else {
        area.placeMarker(px, py, cell: cell)
      }
    }
    return skipped
  }

  mutating func drawScatter(
    _ series: ScatterSeries, index: Int, nextColor: (PlotColor?) -> PlotColor,
    into area: inout PlotArea
  ) {
    let count = series.count
    guard let classes = series.classes, classes.count >= count else {
      let color = nextColor(series.color)
      let marker = series.marker ?? Marker.cycle[index % Marker.cycle.count]
      let id = Int16(styles.count)
      styles.append(
        SeriesStyle(
          color: color, asciiCharacter: marker.character(unicode: false),
          legendSample: String(marker.character(unicode: glyphs.unicode)),
          legendLabel: series.label))
      skipped += drawMarkers(
        count: count, xValue: { series.x[$0] }, yValue: { series.y[$0] }, marker: marker,
        color: color, series: id, into: &area)
      return
    }
    // One style per class, in class order; markers cycle, skipping an explicit first marker.
    let distinct = Array(Set(classes.prefix(count))).sorted()
    var markerCycle = Marker.cycle
    if let first = series.marker {
      markerCycle.removeAll { $0 == first }
      markerCycle.insert(first, at: 0)
    }
    for (k, classValue) in distinct.enumerated() {
      var color = PlotColor.cycle[(max(0, classValue)) % PlotColor.cycle.count]
      if let colors = series.classColors, classValue >= 0, classValue < colors.count {
        color = colors[classValue]
      }
      let marker = markerCycle[k % markerCycle.count]
      let name: String
      if let labels = series.classLabels, classValue >= 0, classValue < labels.count {
        name = labels[classValue]
      } else if let label = series.label {
        name = "\(label) \(classValue)"
      } else {
        name = "class \(classValue)"
      }
      let id = Int16(styles.count)
      styles.append(
        SeriesStyle(
          color: color, asciiCharacter: marker.character(unicode: false),
          legendSample: String(marker.character(unicode: glyphs.unicode)), legendLabel: name))
      let indices = (0..<count).filter { classes[$0] == classValue }
      skipped += drawMarkers(
        count: indices.count, xValue: { series.x[indices[$0]] },
        yValue: { series.y[indices[$0]] }, marker: marker, color: color, series: id,
        into: &area)
    }
  }

  // MARK: - Bars

  mutating func drawBars(_ bars: BarSeries, color: PlotColor, index: Int, into area: inout PlotArea)
  {
    let unicode = glyphs.unicode
    let fills: [Character] = unicode ? ["█", "▓", "▒", "░"] : ["#", "=", "%", "+"]
    let fill = fills[index % fills.count]
    let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let partial = unicode && index % fills.count == 0
    let foreground = color.cellColor(glyphs.colors)
    styles.append(
      SeriesStyle(
        color: color, asciiCharacter: fill, legendSample: String(repeating: fill, count: 2),
        legendLabel: bars.label))
    let cellWidth = Double(area.cellWidth), cellHeight = Double(area.cellHeight)
    let baseValue = chart.yScale == .log ? nil : area.y.position(0)
    let base = (baseValue ?? area.y.size) / cellHeight
    for i in 0..<bars.count {
      let position = bars.position(i), height = bars.heights[i]
      guard let left = area.x.position(position - bars.width / 2),
        let right = area.x.position(position + bars.width / 2),
        let topPosition = area.y.position(height)
      else {
        skipped += 1
        continue
      }
      // Positions far outside the area are clamped before converting to Int.
      let limit = Double(area.columns + 1)
      func cell(_ position: Double) -> Double { max(-1, min(limit, position / cellWidth)) }
      var c0 = Int(cell(left).rounded()), c1 = Int(cell(right).rounded())
      if c1 <= c0 {
        c0 = Int(cell(left / 2 + right / 2).rounded(.down))
        c1 = c0 + 1
      }
      c0 = max(0, c0)
      c1 = min(area.columns, c1)
      guard c0 < c1 else { continue }
      let top = topPosition / cellHeight
      let (low, high) = (min(top, base), max(top, base))  // in cell rows, 0 at the top
      for row in 0..<area.rows {
        let overlap = min(high, Double(row + 1)) - max(low, Double(row))
        guard overlap > 0 else { continue }
        var character: Character? = nil
        if overlap >= 0.999 {
          character = fill
        } else if partial && top < base {
          let steps = Int((overlap * 8).rounded())
          if steps > 0 { character = eighths[steps - 1] }
        } else if overlap >= 0.5 {
          character = fill
        }
        guard let character else { continue }
        for column in c0..<c1 {
          area.bars[row * area.columns + column] = CanvasCell(character, foreground: foreground)
        }
      }
    }
  }

  // MARK: - Regions

  mutating func drawRegions(_ map: RegionMap, into area: inout PlotArea) {
    // Fill: the region of each cell's centre.
    if map.fills {
      for row in 0..<area.rows {
        let py = area.y.value(at: (Double(row) + 0.5) * Double(area.cellHeight))
        for column in 0..<area.columns {
          let px = area.x.value(at: (Double(column) + 0.5) * Double(area.cellWidth))
          if let value = map.value(x: px, y: py), let region = map.region(of: value) {
            area.regions[row * area.columns + column] = Int8(clamping: region)
          }
        }
      }
    }
    guard map.drawsBoundaries else { return }
    // Boundaries: dots whose region differs from the next dot's, right or below.
    let id = Int16(styles.count)
    styles.append(
      SeriesStyle(
        color: nil, asciiCharacter: "#", bold: true,
        legendSample: glyphs.unicode ? "──" : "##", legendLabel: map.label))
    let columns = area.dots.dotColumns, rows = area.dots.dotRows
    let xs = (0..<columns).map { area.x.value(at: Double($0) + 0.5) }
    var previousRow: [Int] = []
    for row in 0..<rows {
      let py = area.y.value(at: Double(row) + 0.5)
      var current = [Int](repeating: -1, count: columns)
      for column in 0..<columns {
        if let value = map.value(x: xs[column], y: py), let region = map.region(of: value) {
          current[column] = region
        }
      }
      for column in 0..<columns where current[column] >= 0 {
        if column + 1 < columns, current[column + 1] >= 0, current[column + 1] != current[column] {
          area.dots.set(column, row, series: id)
        }
        if !previousRow.isEmpty, previousRow[column] >= 0, previousRow[column] != current[column] {
          area.dots.set(column, row, series: id)
        }
      }
      previousRow = current
    }
  }
}
