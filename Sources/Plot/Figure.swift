// MARK: - Figure: charts in a grid

/// A figure: one or more charts laid out in a `rows × columns` grid, plus an optional title.
///
/// A figure holds data and specifications, never pixels: `render(width:height:glyphs:)` draws
/// it at any size, so resizing re-renders from the data.
public struct Figure: Sendable {
  /// A chart and the grid slot it occupies (0-based, row-major, as `subplot`'s index − 1).
  public struct Panel: Sendable {
    public var slot: Int
    public var chart: Chart
    public init(slot: Int, chart: Chart) {
      self.slot = slot
      self.chart = chart
    }
  }

  public var rows: Int
  public var columns: Int
  public var panels: [Panel]
  public var title: String?

  /// A figure of `charts` placed in order into a grid of `columns` columns (rows as needed).
  public init(charts: [Chart] = [], columns: Int = 1, title: String? = nil) {
    let columns = max(1, columns)
    self.columns = columns
    self.rows = max(1, (charts.count + columns - 1) / columns)
    self.panels = charts.enumerated().map { Panel(slot: $0.offset, chart: $0.element) }
    self.title = title
  }

  /// A figure of one chart.
  public init(_ chart: Chart) {
    self.init(charts: [chart])
  }

  /// An empty `rows × columns` grid; fill it with `setChart(_:at:)`.
  public init(rows: Int, columns: Int, title: String? = nil) {
    self.rows = max(1, rows)
    self.columns = max(1, columns)
    self.panels = []
    self.title = title
  }

  /// Puts `chart` at `slot` (0-based, row-major), replacing what was there.
  public mutating func setChart(_ chart: Chart, at slot: Int) {
    if let index = panels.firstIndex(where: { $0.slot == slot }) {
      panels[index].chart = chart
    } else {
      panels.append(Panel(slot: slot, chart: chart))
    }
  }

  /// The chart at `slot`, if any.
  public func chart(at slot: Int) -> Chart? {
    panels.first(where: { $0.slot == slot })?.chart
  }

  /// The charts in slot order.
  public var charts: [Chart] {
    panels.sorted { $0.slot < $1.slot }.map(\.chart)
  }
}

// MARK: - Chart

/// Lower and upper axis limits; a nil end is taken from the data.
public struct AxisLimits: Sendable, Hashable {
  public var lower: Double?
  public var upper: Double?
  public init(lower: Double? = nil, upper: Double? = nil) {
    self.lower = lower
    self.upper = upper
  }
  public init(_ range: ClosedRange<Double>) {
    self.init(lower: range.lowerBound, upper: range.upperBound)
  }
}

/// How values map along an axis.
public enum AxisScale: String, Sendable, Hashable {
  case linear
  /// Base-10 logarithmic; values ≤ 0 are gaps.
  case log
}

/// Where a legend sits inside the plot area (matplotlib's `loc` names).
public enum LegendPlacement: String, Sendable, Hashable, CaseIterable {
  /// The corner that hides the fewest drawn cells.
  case best
  case upperRight = "upper right"
  case upperLeft = "upper left"
  case lowerLeft = "lower left"
  case lowerRight = "lower right"
}

/// One chart: axes, labels and the layers drawn in them, back to front.
public struct Chart: Sendable {
  public var title: String?
  public var xLabel: String?
  public var yLabel: String?
  public var xLimits: AxisLimits
  public var yLimits: AxisLimits
  public var yScale: AxisScale
  /// Dim grid lines at the ticks.
  public var showsGrid: Bool
  /// Axes, ticks and labels (`plt.axis('off')` turns them off).
  public var showsAxes: Bool
  /// The legend's placement; nil draws none.
  public var legend: LegendPlacement?
  /// Layers drawn in order: regions first, then bars, lines, points.
  public var layers: [Layer]

  public init(
    _ layers: [Layer] = [], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
    xLimits: AxisLimits = AxisLimits(), yLimits: AxisLimits = AxisLimits(),
    yScale: AxisScale = .linear, showsGrid: Bool = false, showsAxes: Bool = true,
    legend: LegendPlacement? = nil
  ) {
    self.layers = layers
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.xLimits = xLimits
    self.yLimits = yLimits
    self.yScale = yScale
    self.showsGrid = showsGrid
    self.showsAxes = showsAxes
    self.legend = legend
  }
}
