import Foundation

// MARK: - Images, heatmaps and image grids

extension ImageData {
  /// The values mapped to the ends of the colour map (see `valueRange`).
  public var effectiveRange: ClosedRange<Double> {
    if let valueRange { return valueRange }
    var lower = Double.infinity, upper = -Double.infinity
    for value in pixels where value.isFinite {
      lower = min(lower, value)
      upper = max(upper, value)
    }
    if channels == 3 { return upper > 1 ? 0...255 : 0...1 }
    if lower > upper { return 0...1 }
    return lower...upper
  }

  /// How many pixel values are NaN or infinite.
  var nonFiniteCount: Int { pixels.reduce(0) { $0 + ($1.isFinite ? 0 : 1) } }

  /// The colour of the box of pixels `[x0, x1) × [y0, y1)` (source pixel units), averaged;
  /// nil when it holds no finite value.
  func color(x0: Double, x1: Double, y0: Double, y1: Double, range: ClosedRange<Double>)
    -> PlotColor?
  {
    // Enlarging (a box under one pixel): the pixel under the box's centre. Shrinking: the
    // pixels the box touches.
    func span(_ a: Double, _ b: Double, _ count: Int) -> (Int, Int) {
      if b - a <= 1 {
        let index = max(0, min(count - 1, Int((a + b) / 2)))
        return (index, index + 1)
      }
      let first = max(0, min(count - 1, Int(a)))
      return (first, max(first + 1, min(count, Int((b - 1e-9).rounded(.up)))))
    }
    let (c0, c1) = span(x0, x1, columns), (r0, r1) = span(y0, y1, rows)
    var sums = (0.0, 0.0, 0.0)
    var count = 0.0
    for r in r0..<r1 {
      for c in c0..<c1 {
        let base = (r * columns + c) * channels
        guard base + channels <= pixels.count else { continue }
        if channels == 3 {
          let (a, b, d) = (pixels[base], pixels[base + 1], pixels[base + 2])
          guard a.isFinite, b.isFinite, d.isFinite else { continue }
          sums.0 += a
          sums.1 += b
          sums.2 += d
        } else {
          let a = pixels[base]
          guard a.isFinite else { continue }
          sums.0 += a
        }
        count += 1
      }
    }
    guard count > 0 else { return nil }
    let span = range.upperBound - range.lowerBound
    func unit(_ value: Double) -> Double {
      guard span > 0, span.isFinite else { return 0 }
      return max(0, min(1, (value / count - range.lowerBound) / span))
    }
    if channels == 3 {
      func byte(_ v: Double) -> UInt8 { UInt8((unit(v) * 255).rounded()) }
      return PlotColor(red: byte(sums.0), green: byte(sums.1), blue: byte(sums.2))
    }
    return colormap.color(at: unit(sums.0))
  }
}

/// Draws images and heatmaps: half blocks (`▀`, two pixels a cell, foreground over
/// background) when colours are on; the ramp ` .:-=+*#%@` by brightness when not.
enum ImageRenderer {
  static let ramp: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

  /// The ramp character for a brightness in 0…1.
  static func rampCharacter(_ brightness: Double) -> Character {
    let index = Int((max(0, min(1, brightness)) * Double(ramp.count)).rounded(.down))
    return ramp[min(ramp.count - 1, index)]
  }

  /// The size in cells an image of `columns × rows` pixels is drawn at inside `width × height`
  /// cells, keeping pixels square (a cell is about twice as tall as wide): as large as fits;
  /// enlarged by repeating pixels, shrunk by averaging them.
  static func fittedSize(columns: Int, rows: Int, width: Int, height: Int) -> (Int, Int) {
    guard columns > 0, rows > 0, width > 0, height > 0 else { return (0, 0) }
    let zoom = min(Double(width) / Double(columns), 2 * Double(height) / Double(rows))
    let cellsWide = max(1, min(width, Int((zoom * Double(columns)).rounded())))
    let cellsHigh = max(1, min(height, Int((zoom * Double(rows) / 2).rounded(.up))))
    return (cellsWide, cellsHigh)
  }

  /// Draws `image` fitted into the rectangle, centred horizontally; returns its cell size.
  @discardableResult
  static func draw(
    _ image: ImageData, into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int,
    glyphs: GlyphSet
  ) -> (Int, Int) {
    let (cellsWide, cellsHigh) = fittedSize(
      columns: image.columns, rows: image.rows, width: width, height: height)
    guard cellsWide > 0, cellsHigh > 0 else { return (0, 0) }
    let range = image.effectiveRange
    let left = x + (width - cellsWide) / 2
    let scaleX = Double(image.columns) / Double(cellsWide)
    if glyphs.colors != .none {
      // Two pixel rows a cell: the sample grid is `cellsWide × samplesHigh`, square pixels.
      let squareRows = Double(image.rows) * Double(cellsWide) / Double(image.columns)
      let samplesHigh = max(1, min(2 * cellsHigh, Int(squareRows.rounded())))
      let scaleY = Double(image.rows) / Double(samplesHigh)
      func sample(_ column: Int, _ row: Int) -> PlotColor? {
        let x0 = Double(column) * scaleX, y0 = Double(row) * scaleY
        return image.color(x0: x0, x1: x0 + scaleX, y0: y0, y1: y0 + scaleY, range: range)
      }
      for row in 0..<cellsHigh {
        for column in 0..<cellsWide {
          let top = 2 * row, bottom = 2 * row + 1
          guard top < samplesHigh else { continue }
          let upper = sample(column, top)
          let lower = bottom < samplesHigh ? sample(column, bottom) : nil
          var cell = CanvasCell("▀")
          if let upper {
            cell.foreground = upper.cellColor(glyphs.colors)
            cell.background = lower?.cellColor(glyphs.colors)
          } else {
            cell.character = "?"  // a non-finite pixel
          }
          canvas[left + column, y + row] = cell
        }
      }
    } else {
      let scaleY = Double(image.rows) / Double(cellsHigh)
      for row in 0..<cellsHigh {
        for column in 0..<cellsWide {
          let x0 = Double(column) * scaleX
          let y0 = Double(row) * scaleY
          let color = image.color(x0: x0, x1: x0 + scaleX, y0: y0, y1: y0 + scaleY, range: range)
          canvas[left + column, y + row] = CanvasCell(color.map { rampCharacter($0.luminance) } ?? "?")
        }
      }
    }
    return (cellsWide, cellsHigh)
  }

  // MARK: - One image or heatmap as a chart

  static func drawChart(
    _ image: ImageData, title: String?, into canvas: inout Canvas, glyphs: GlyphSet
  ) {
    var top = 0
    if let title, !title.isEmpty, canvas.height >= 3 {
      canvas.writeCentered(title, y: 0, x: 0, width: canvas.width, bold: true)
      top = 1
    }
    let height = canvas.height - top
    var width = canvas.width
    let range = image.effectiveRange
    var barLabels: [String] = []
    if image.showsColorbar {
      barLabels = Ticks.labels(for: [range.lowerBound, range.upperBound])
      let barWidth = 3 + (barLabels.map(\.count).max() ?? 0) + 1
      if width - barWidth >= 4 { width -= barWidth } else { barLabels = [] }
    }
    let (drawnWidth, drawnHeight) = draw(
      image, into: &canvas, x: 0, y: top, width: width, height: height, glyphs: glyphs)
    if image.nonFiniteCount > 0 {
      let mark = glyphs.unicode ? "⚠" : "!"
      canvas.write(
        "\(mark) \(image.nonFiniteCount) not drawn", x: 0, y: top + drawnHeight,
        foreground: PlotColor(hex: 0xFFAF00).cellColor(glyphs.colors), bold: true)
    }
    guard !barLabels.isEmpty, drawnHeight > 0 else { return }
    // The value legend: a vertical colour bar from the top (high) to the bottom (low).
    let labelWidth = barLabels.map(\.count).max() ?? 0
    let imageRight = (width - drawnWidth) / 2 + drawnWidth
    let barX = min(imageRight + 2, canvas.width - 3 - labelWidth)
    guard barX >= imageRight else { return }
    let rows = max(drawnHeight, min(height, 2))
    for row in 0..<rows {
      let t = rows == 1 ? 1 : 1 - Double(row) / Double(rows - 1)
      let color = image.colormap.color(at: t)
      let cell: CanvasCell
      if glyphs.colors != .none {
        cell = CanvasCell("█", foreground: color.cellColor(glyphs.colors))
      } else {
        cell = CanvasCell(rampCharacter(color.luminance))
      }
      canvas[barX, top + row] = cell
      canvas[barX + 1, top + row] = cell
    }
    canvas.write(barLabels[1], x: barX + 3, y: top)
    canvas.write(barLabels[0], x: barX + 3, y: top + rows - 1)
  }

  // MARK: - A grid of images with titles

  static func drawGrid(
    _ grid: ImageGrid, title: String?, into canvas: inout Canvas, glyphs: GlyphSet
  ) {
    var top = 0
    if let title, !title.isEmpty, canvas.height >= 3 {
      canvas.writeCentered(title, y: 0, x: 0, width: canvas.width, bold: true)
      top = 1
    }
    let count = grid.images.count
    guard count > 0 else {
      canvas.write("(no images)", x: 0, y: top, dim: true)
      return
    }
    let hasTitles = !(grid.titles ?? []).allSatisfy(\.isEmpty)
    let maxColumns = grid.images.map(\.columns).max() ?? 1
    let maxRows = grid.images.map(\.rows).max() ?? 1
    let width = canvas.width, height = canvas.height - top
    let gap = 1
    // Choose the number of columns that shows the images largest.
    func tile(_ k: Int) -> (w: Int, h: Int, zoom: Double) {
      let r = (count + k - 1) / k
      let w = (width - (k - 1) * gap) / k
      let h = height / r - (hasTitles ? 1 : 0)
      guard w >= 1, h >= 1 else { return (w, h, -1) }
      return (w, h, min(Double(w) / Double(maxColumns), 2 * Double(h) / Double(maxRows)))
    }
    var columns = max(1, min(count, grid.columns ?? 0))
    if grid.columns == nil {
      var best = -2.0
      for k in 1...count {
        let zoom = tile(k).zoom
        if zoom > best + 1e-9 {
          best = zoom
          columns = k
        }
      }
    }
    let (tileWidth, tileHeight, _) = tile(columns)
    guard tileWidth >= 1, tileHeight >= 1 else {
      canvas.write("\(count) images", x: 0, y: top, dim: true)
      return
    }
    let rowHeight = tileHeight + (hasTitles ? 1 : 0)
    for (index, image) in grid.images.enumerated() {
      let column = index % columns, row = index / columns
      let x = column * (tileWidth + gap), y = top + row * rowHeight
      if y >= canvas.height { break }
      var imageY = y
      if hasTitles {
        let name = index < (grid.titles?.count ?? 0) ? grid.titles![index] : ""
        canvas.writeCentered(name, y: y, x: x, width: tileWidth)
        imageY += 1
      }
      draw(
        image, into: &canvas, x: x, y: imageY, width: tileWidth, height: tileHeight,
        glyphs: glyphs)
    }
  }
}
