import Foundation

// MARK: - Rendering one chart

extension Chart {
  /// Draws this chart alone into a `width × height` canvas.
  ///
  /// A chart with an image grid draws the grid; one with an image or heatmap draws it (with its
  /// value legend); anything else is drawn on x/y axes.
  public func render(width: Int, height: Int, glyphs: GlyphSet) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    guard canvas.width > 0, canvas.height > 0 else { return canvas }
    for layer in layers {
      if case .imageGrid(let grid) = layer {
        ImageRenderer.drawGrid(grid, title: title, into: &canvas, glyphs: glyphs)
        return canvas
      }
    }
    for layer in layers {
      if case .image(let image) = layer {
        ImageRenderer.drawChart(image, title: title, into: &canvas, glyphs: glyphs)
        return canvas
      }
    }
    var renderer = CartesianRenderer(chart: self, glyphs: glyphs)
    renderer.draw(into: &canvas)
    return canvas
  }
}

// MARK: - Extents

/// The smallest interval holding a set of values.
struct Extent {
  var lower = Double.infinity
  var upper = -Double.infinity

  var isEmpty: Bool { lower > upper }

  mutating func include(_ value: Double) {
    if value < lower { lower = value }
    if value > upper { upper = value }
  }

  mutating func include(_ other: Extent) {
    if !other.isEmpty {
      include(other.lower)
      include(other.upper)
    }
  }

  /// Widened by `fraction` of its length on each side (matplotlib's 5% margins).
  func padded(_ fraction: Double) -> Extent {
    guard !isEmpty else { return self }
    let pad = (upper / 2 - lower / 2) * 2 * fraction
    guard pad.isFinite else { return self }
    return Extent(lower: lower - pad, upper: upper + pad)
  }
}

/// A mapping from data values to continuous positions `0…size` along one axis.
struct AxisMap {
  /// Bounds in transformed units (log10 of the value for a log axis).
  var lower: Double
  var upper: Double
  var scale: AxisScale
  /// The number of positions (dots or cells) along the axis.
  var size: Double
  /// Whether position 0 is at the top (the y axis) rather than the left.
  var flipped: Bool

  /// The transformed value, or nil when it cannot be drawn (not finite; ≤ 0 on a log axis).
  @inline(__always) func transform(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    if scale == .log {
      guard value > 0 else { return nil }
      return log10(value)
    }
    return value
  }

  /// The continuous position of `value` (may lie outside `0…size`); nil when not drawable.
  @inline(__always) func position(_ value: Double) -> Double? {
    guard let t = transform(value) else { return nil }
    // Halving before subtracting keeps ±1e308 from overflowing.
    let fraction = (t / 2 - lower / 2) / (upper / 2 - lower / 2)
    let position = (flipped ? 1 - fraction : fraction) * size
    return position.isFinite ? position : nil
  }

  /// The data value at a continuous position.
  func value(at position: Double) -> Double {
    var fraction = position / size
    if flipped { fraction = 1 - fraction }
    let t = lower + (upper - lower) * fraction
    return scale == .log ? pow(10, t) : t
  }
}
