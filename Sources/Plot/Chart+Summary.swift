// MARK: - One-line text summaries, for transcripts and screen readers

extension Chart {
  /// What the chart shows in one line, e.g. "loss 2.31 → 0.12 over 50 epochs, min 0.11 at 47".
  public var summary: String {
    var parts: [String] = []
    for layer in layers {
      switch layer {
      case .line(let series): parts.append(lineSummary(series))
      case .scatter(let series): parts.append(scatterSummary(series))
      case .bars(let bars): parts.append(barSummary(bars))
      case .histogram(let histogram): parts.append(histogramSummary(histogram))
      case .regions(let map): parts.append(regionSummary(map))
      case .reference(let line):
        let axis = line.orientation == .horizontal ? "y" : "x"
        parts.append(
          (line.label.map { "\($0): " } ?? "")
            + "\(line.orientation.rawValue) line at \(axis) = \(Ticks.compact(line.value))")
      case .image(let image): parts.append(imageSummary(image))
      case .imageGrid(let grid): parts.append(gridSummary(grid))
      }
    }
    if parts.isEmpty { parts.append("empty chart") }
    let body = parts.joined(separator: "; ")
    if let title, !title.isEmpty { return "\(title): \(body)" }
    return body
  }

  private var xUnit: String {
    guard let label = xLabel?.lowercased(), label.count >= 3, label.count <= 12,
      label.allSatisfy(\.isLetter)
    else { return "points" }
    return label.hasSuffix("s") ? label : label + "s"
  }

  private func lineSummary(_ series: LineSeries) -> String {
    let name = series.label ?? yLabel ?? "y"
    var firstValue: Double?, lastValue: Double?
    var minimum: (value: Double, x: Double)?
    var bad = 0
    for i in 0..<series.count {
      let value = series.y[i], x = series.xValue(i)
      guard value.isFinite, x.isFinite else {
        bad += 1
        continue
      }
      if firstValue == nil { firstValue = value }
      lastValue = value
      if minimum == nil || value < minimum!.value { minimum = (value, x) }
    }
    guard let firstValue, let lastValue, let minimum else {
      return "\(name): no finite values" + badNote(bad)
    }
    let c = Ticks.compact
    return "\(name) \(c(firstValue)) → \(c(lastValue)) over \(series.count) \(xUnit), "
      + "min \(c(minimum.value)) at \(c(minimum.x))" + badNote(bad)
  }

  private func scatterSummary(_ series: ScatterSeries) -> String {
    let n = series.count
    var xs = Extent(), ys = Extent()
    var bad = 0
    for i in 0..<n {
      if series.x[i].isFinite && series.y[i].isFinite {
        xs.include(series.x[i])
        ys.include(series.y[i])
      } else {
        bad += 1
      }
    }
    var text = ""
    if let label = series.label { text += "\(label): " }
    if let classes = series.classes {
      let count = Set(classes.prefix(n)).count
      text += "\(count) class\(count == 1 ? "" : "es"), "
    }
    text += "\(n) point\(n == 1 ? "" : "s")"
    if !xs.isEmpty {
      let c = Ticks.compact
      text += ", x \(c(xs.lower))–\(c(xs.upper)), y \(c(ys.lower))–\(c(ys.upper))"
    }
    return text + badNote(bad)
  }

  private func barSummary(_ bars: BarSeries) -> String {
    let name = bars.label.map { "\($0): " } ?? ""
    let finite = (0..<bars.count).filter { bars.heights[$0].isFinite }
    guard let top = finite.max(by: { bars.heights[$0] < bars.heights[$1] }) else {
      return name + "\(bars.count) bars, none finite"
    }
    let where_ =
      bars.categories.flatMap { top < $0.count ? $0[top] : nil }
      ?? Ticks.compact(bars.position(top))
    return name + "\(bars.count) bars, highest \(Ticks.compact(bars.heights[top])) at \(where_)"
      + badNote(bars.count - finite.count)
  }

  private func histogramSummary(_ histogram: Histogram) -> String {
    let (edges, counts) = histogram.binned()
    let name = histogram.label.map { "\($0): " } ?? ""
    let total = counts.reduce(0, +)
    let c = Ticks.compact
    var text = name + "histogram of \(total) values in \(counts.count) bins, "
    text += "\(c(edges.first!))–\(c(edges.last!))"
    if let peak = counts.indices.max(by: { counts[$0] < counts[$1] }), total > 0 {
      text += ", peak \(counts[peak]) in \(c(edges[peak]))–\(c(edges[peak + 1]))"
    }
    return text + badNote(histogram.values.filter { !$0.isFinite }.count)
  }

  private func regionSummary(_ map: RegionMap) -> String {
    let c = Ticks.compact
    var counts = Array(repeating: 0, count: map.levels.count + 1)
    var total = 0
    for value in map.values { if let r = map.region(of: value) { counts[r] += 1; total += 1 } }
    let levels = map.levels.map(c).joined(separator: ", ")
    var text = (map.label.map { "\($0): " } ?? "") + "regions split at \(levels)"
    if let x0 = map.x.first, let x1 = map.x.last, let y0 = map.y.first, let y1 = map.y.last {
      text += " over x \(c(x0))–\(c(x1)), y \(c(y0))–\(c(y1))"
    }
    if total > 0 {
      let shares = counts.map { "\(Int((100 * Double($0) / Double(total)).rounded()))%" }
      text += " (areas " + shares.joined(separator: " / ") + ")"
    }
    return text
  }

  private func imageSummary(_ image: ImageData) -> String {
    let kind = image.showsColorbar ? "heatmap" : (image.channels == 3 ? "RGB image" : "image")
    let range = image.effectiveRange
    let c = Ticks.compact
    return (image.label.map { "\($0): " } ?? "")
      + "\(kind) \(image.rows)×\(image.columns), values \(c(range.lowerBound))–\(c(range.upperBound))"
      + badNote(image.nonFiniteCount)
  }

  private func gridSummary(_ grid: ImageGrid) -> String {
    let n = grid.images.count
    var text = "\(n) image\(n == 1 ? "" : "s")"
    if let first = grid.images.first { text += " of \(first.rows)×\(first.columns)" }
    if let titles = grid.titles, !titles.isEmpty {
      let shown = titles.prefix(6).joined(separator: ", ")
      text += ": " + shown + (titles.count > 6 ? ", …" : "")
    }
    return text
  }

  private func badNote(_ count: Int) -> String {
    count > 0 ? " (\(count) NaN/inf not drawn)" : ""
  }
}
