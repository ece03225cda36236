import Plot

// MARK: - plot: rendering charts into a canvas

extension BenchCase {
  /// Rendering cost of live plots: a 100×30 line chart of 10,000 points must take under 2 ms
  /// (issue 5), so redrawing a loss curve during training costs the training nothing.
  static let plot = BenchCase(
    name: "plot",
    summary: "render a 100x30 chart: 10,000-point line (smooth, noisy), 1,000-point scatter, "
      + "28x28 image; braille glyphs",
    variants: ["line-10k", "noisy-10k", "scatter-1k", "image-28", "ansi-10k"]
  ) { variant in
    var rng = BenchRandom(seed: 7)
    let n = 10_000
    let figure: Figure
    switch variant {
    case "noisy-10k":
      let y = (0..<n).map { _ in Double(rng.nextFloat()) }
      figure = Figure(Chart([.line(LineSeries(y: y, label: "noise"))], legend: .best))
    case "scatter-1k":
      let x = (0..<1000).map { _ in Double(rng.nextFloat()) }
      let y = (0..<1000).map { _ in Double(rng.nextFloat()) }
      let classes = x.indices.map { x[$0] + y[$0] > 0 ? 1 : 0 }
      figure = Figure(Chart([.scatter(ScatterSeries(x: x, y: y, classes: classes))]))
    case "image-28":
      let pixels = (0..<784).map { _ in Double(rng.nextFloat()) * 127 + 128 }
      figure = Figure(Chart([.image(ImageData(rows: 28, columns: 28, pixels: pixels))]))
    default:
      // A loss curve: exponential decay with a little noise.
      let y = (0..<n).map { 2.3 * exp(-Double($0) / 2000) + 0.05 * Double(rng.nextFloat()) }
      figure = Figure(
        Chart(
          [.line(LineSeries(y: y, label: "loss"))], title: "Loss", xLabel: "step",
          yLabel: "loss", legend: .best))
    }
    let seconds: Double
    if variant == "ansi-10k" {
      seconds = BenchTimer.best {
        _ = figure.render(width: 100, height: 30, glyphs: .braille).ansiText()
      }
    } else {
      seconds = BenchTimer.best { _ = figure.render(width: 100, height: 30, glyphs: .braille) }
    }
    let points = variant == "scatter-1k" ? "1000" : (variant == "image-28" ? "28x28" : "10000")
    return BenchResult(name: "plot", variant: variant, size: "100x30 cells, \(points)", seconds: seconds)
  }
}

import Foundation
