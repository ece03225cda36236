// The layers a chart draws: series, bars, regions, reference lines, images.

// MARK: - Layers

/// What a chart draws.
public enum Layer: Sendable {
  case line(LineSeries)
  case scatter(ScatterSeries)
  case bars(BarSeries)
  case histogram(Histogram)
  /// Shaded regions and boundaries of a function sampled on a grid (decision regions).
  case regions(RegionMap)
  /// A horizontal or vertical line across the whole plot (a threshold, a target value).
  case reference(ReferenceLine)
  /// A heatmap or an image; takes over the chart's plot area.
  case image(ImageData)
  /// Several images with titles in a grid; takes over the whole chart.
  case imageGrid(ImageGrid)
}

/// A line through points `(x[i], y[i])`; non-finite values break the line.
public struct LineSeries: Sendable {
  /// The x values; nil means `0, 1, 2, …`.
  public var x: [Double]?
  public var y: [Double]
  public var label: String?
  /// nil takes the next colour of the cycle.
  public var color: PlotColor?
  /// nil takes the next style of the cycle (solid, dashed, dotted, dash-dot).
  public var style: LineStyle?
  /// Markers at the points as well as the line (matplotlib `'o-'`).
  public var marker: Marker?
  /// Draw only the markers, no line (matplotlib `'o'` without `-`).
  public var markersOnly: Bool

  public init(
    x: [Double]? = nil, y: [Double], label: String? = nil, color: PlotColor? = nil,
    style: LineStyle? = nil, marker: Marker? = nil, markersOnly: Bool = false
  ) {
    self.x = x
    self.y = y
    self.label = label
    self.color = color
    self.style = style
    self.marker = marker
    self.markersOnly = markersOnly
  }

  /// The x value of point `i`.
  @inlinable func xValue(_ i: Int) -> Double { x.map { $0[i] } ?? Double(i) }
  /// The number of points drawn (the shorter of `x` and `y`).
  public var count: Int { min(y.count, x?.count ?? y.count) }
}

/// A line across the whole plot at `y = value` (horizontal) or `x = value` (vertical), like
/// matplotlib's `axhline` and `axvline`.
public struct ReferenceLine: Sendable {
  public enum Orientation: String, Sendable, Hashable {
    case horizontal
    case vertical
  }

  public var orientation: Orientation
  public var value: Double
  public var label: String?
  /// nil takes the next colour of the cycle.
  public var color: PlotColor?
  public var style: LineStyle

  public init(
    _ orientation: Orientation, at value: Double, label: String? = nil, color: PlotColor? = nil,
    style: LineStyle = .dashed
  ) {
    self.orientation = orientation
    self.value = value
    self.label = label
    self.color = color
    self.style = style
  }
}

/// Points `(x[i], y[i])`, optionally in classes that get their own marker, colour and legend entry.
public struct ScatterSeries: Sendable {
  public var x: [Double]
  public var y: [Double]
  /// A class per point (e.g. the label 0/1); nil puts every point in one class.
  public var classes: [Int]?
  /// Names for the classes in the legend (class k → `classLabels[k]`); else "class k".
  public var classLabels: [String]?
  public var label: String?
  /// Colour of a single-class series; nil takes the cycle's next colour.
  public var color: PlotColor?
  /// Colours of the classes (class k → `classColors[k]`); nil uses the colour cycle.
  public var classColors: [PlotColor]?
  /// Marker of a single-class series; nil takes the next marker of the cycle (each scatter
  /// series of a chart gets its own, so two series differ without colour).
  public var marker: Marker?

  public init(
    x: [Double], y: [Double], classes: [Int]? = nil, classLabels: [String]? = nil,
    label: String? = nil, color: PlotColor? = nil, marker: Marker? = nil,
    classColors: [PlotColor]? = nil
  ) {
    self.x = x
    self.y = y
    self.classes = classes
    self.classLabels = classLabels
    self.label = label
    self.color = color
    self.marker = marker
    self.classColors = classColors
  }

  public var count: Int { min(x.count, y.count) }
}

/// Vertical bars of `heights` at `positions` (or `0, 1, 2, …`), `width` data units wide.
public struct BarSeries: Sendable {
  public var positions: [Double]?
  public var heights: [Double]
  /// Category names under the bars, replacing numeric ticks.
  public var categories: [String]?
  public var width: Double
  public var label: String?
  public var color: PlotColor?

  public init(
    positions: [Double]? = nil, heights: [Double], categories: [String]? = nil,
    width: Double = 0.8, label: String? = nil, color: PlotColor? = nil
  ) {
    self.positions = positions
    self.heights = heights
    self.categories = categories
    self.width = width
    self.label = label
    self.color = color
  }

  @inlinable func position(_ i: Int) -> Double { positions.map { $0[i] } ?? Double(i) }
  public var count: Int { min(heights.count, positions?.count ?? heights.count) }
}

/// A histogram of `values` in `bins` equal bins over `range` (default: the finite data's range).
public struct Histogram: Sendable {
  public var values: [Double]
  public var bins: Int
  public var range: ClosedRange<Double>?
  public var label: String?
  public var color: PlotColor?

  public init(
    values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil, label: String? = nil,
    color: PlotColor? = nil
  ) {
    self.values = values
    self.bins = bins
    self.range = range
    self.label = label
    self.color = color
  }
}

/// A function sampled on a grid — `values[r * x.count + c]` is its value at `(x[c], y[r])` —
/// drawn as regions split at `levels` (shaded) and the boundaries between them (lines).
///
/// A decision boundary at t = 0.5: values are predicted probabilities, `levels` = [0.5].
public struct RegionMap: Sendable {
  public var x: [Double]
  public var y: [Double]
  public var values: [Double]
  public var levels: [Double]
  public var fills: Bool
  public var drawsBoundaries: Bool
  /// Colours of the regions, low to high; nil uses a light cycle.
  public var colors: [PlotColor]?
  public var label: String?

  public init(
    x: [Double], y: [Double], values: [Double], levels: [Double] = [0.5], fills: Bool = true,
    drawsBoundaries: Bool = true, colors: [PlotColor]? = nil, label: String? = nil
  ) {
    self.x = x
    self.y = y
    self.values = values
    self.levels = levels.sorted()
    self.fills = fills
    self.drawsBoundaries = drawsBoundaries
    self.colors = colors
    self.label = label
  }

  /// Samples `function` on a `columns × rows` grid spanning `xRange × yRange`.
  /// - Complexity: `columns · rows` calls of `function`.
  public init(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, columns: Int = 100, rows: Int = 100,
    levels: [Double] = [0.5], fills: Bool = true, drawsBoundaries: Bool = true,
    label: String? = nil, function: (Double, Double) -> Double
  ) {
    let columns = max(2, columns), rows = max(2, rows)
    let xs = (0..<columns).map {
      xRange.lowerBound + (xRange.upperBound - xRange.lowerBound) * Double($0) / Double(columns - 1)
    }
    let ys = (0..<rows).map {
      yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double($0) / Double(rows - 1)
    }
    var values: [Double] = []
    values.reserveCapacity(columns * rows)
    for y in ys { for x in xs { values.append(function(x, y)) } }
    self.init(
      x: xs, y: ys, values: values, levels: levels, fills: fills, drawsBoundaries: drawsBoundaries,
      label: label)
  }

  /// The region index (0…levels.count) of a value; nil when the value is not finite.
  @inlinable public func region(of value: Double) -> Int? {
    guard value.isFinite else { return nil }
    var index = 0
    for level in levels where value >= level { index += 1 }
    return index
  }
}

/// Colour maps for single-channel images and heatmaps (matplotlib's names).
public enum Colormap: String, Sendable, Hashable, CaseIterable {
  case gray
  /// Reversed gray: high values dark (matplotlib `binary`, `gray_r`).
  case binary
  case viridis
  case hot
  /// Blue–white–red, for signed values (matplotlib `coolwarm`, `bwr`, `RdBu_r`).
  case coolwarm

  /// The colour at `t` in 0…1.
  public func color(at t: Double) -> PlotColor {
    let t = t.isFinite ? max(0, min(1, t)) : 0
    func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v * 255).rounded()))) }
    switch self {
    case .gray: return PlotColor(red: byte(t), green: byte(t), blue: byte(t))
    case .binary: return PlotColor(red: byte(1 - t), green: byte(1 - t), blue: byte(1 - t))
    case .viridis: return Self.interpolate(Self.viridisStops, t)
    case .hot:
      return PlotColor(
        red: byte(min(1, t * 2.5)), green: byte(max(0, min(1, t * 2.5 - 1))),
        blue: byte(max(0, t * 5 - 4)))
    case .coolwarm: return Self.interpolate(Self.coolwarmStops, t)
    }
  }

  static let viridisStops: [PlotColor] = [
    0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C,
    0xFDE725,
  ].map { PlotColor(hex: $0) }
  static let coolwarmStops: [PlotColor] = [0x3B4CC0, 0x7B9FF9, 0xC0D4F5, 0xF2CBB7, 0xEE8468, 0xB40426]
    .map { PlotColor(hex: $0) }

  static func interpolate(_ stops: [PlotColor], _ t: Double) -> PlotColor {
    let position = t * Double(stops.count - 1)
    let index = min(stops.count - 2, Int(position))
    let f = position - Double(index)
    let a = stops[index], b = stops[index + 1]
    func mix(_ x: UInt8, _ y: UInt8) -> UInt8 {
      UInt8((Double(x) * (1 - f) + Double(y) * f).rounded())
    }
    return PlotColor(
      red: mix(a.red, b.red), green: mix(a.green, b.green), blue: mix(a.blue, b.blue))
  }
}

/// A gray or RGB image, or a heatmap: `rows × columns` pixels of `channels` (1 or 3) values,
/// row-major with channels last (`pixels[(r * columns + c) * channels + k]`).
public struct ImageData: Sendable {
  public var rows: Int
  public var columns: Int
  public var channels: Int
  public var pixels: [Double]
  /// Colour map of a one-channel image (ignored for RGB).
  public var colormap: Colormap
  /// The values mapped to the ends of the colour map; nil uses the data's min and max
  /// (one channel) or 0…1, or 0…255 when any value exceeds 1 (RGB).
  public var valueRange: ClosedRange<Double>?
  /// A value legend (colour bar with its range) beside the image: a heatmap.
  public var showsColorbar: Bool
  public var label: String?

  public init(
    rows: Int, columns: Int, channels: Int = 1, pixels: [Double], colormap: Colormap = .gray,
    valueRange: ClosedRange<Double>? = nil, showsColorbar: Bool = false, label: String? = nil
  ) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
    self.channels = channels == 3 ? 3 : 1
    self.pixels = pixels
    self.colormap = colormap
    self.valueRange = valueRange
    self.showsColorbar = showsColorbar
    self.label = label
  }

  /// A heatmap of a `rows × columns` matrix with a value legend.
  public static func heatmap(
    rows: Int, columns: Int, values: [Double], colormap: Colormap = .viridis,
    valueRange: ClosedRange<Double>? = nil
  ) -> ImageData {
    ImageData(
      rows: rows, columns: columns, pixels: values, colormap: colormap, valueRange: valueRange,
      showsColorbar: true)
  }
}

/// Images (feature maps, generated samples) with optional titles, tiled in a grid.
public struct ImageGrid: Sendable {
  public var images: [ImageData]
  public var titles: [String]?
  /// Columns of the grid; nil picks the layout that shows the images largest.
  public var columns: Int?

  public init(images: [ImageData], titles: [String]? = nil, columns: Int? = nil) {
    self.images = images
    self.titles = titles
    self.columns = columns
  }
}
