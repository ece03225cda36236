import Foundation
import Testing

@testable import Plot

// MARK: - Every chart kind, at two sizes, in every glyph set, against golden files

/// The charts the book needs, one per kind.
enum GoldenCharts {
  static let kinds: [(name: String, figure: Figure)] = [
    ("line", Figure(lossCurves)),
    ("line-log", {
      var chart = lossCurves
      chart.yScale = .log
      chart.title = "Loss (log scale)"
      chart.showsGrid = true
      return Figure(chart)
    }()),
    ("scatter", Figure(
      Chart(
        [.scatter(ScatterSeries(
          x: Fixtures.salaries, y: Fixtures.years, classes: Fixtures.approved,
          classLabels: ["refused", "approved"]))],
        title: "Loans", xLabel: "salary", yLabel: "years", legend: .best))),
    ("fitted-line", Figure(
      Chart(
        [
          .scatter(ScatterSeries(x: Fixtures.areas, y: Fixtures.prices, label: "houses")),
          .line(LineSeries(x: [30, 100], y: [15 * 30 - 50, 15 * 100 - 50], label: "fit")),
        ], title: "House prices", xLabel: "area (m²)", yLabel: "price (million VND)",
        legend: .upperLeft))),
    ("regions", Figure(
      Chart(
        [
          .regions(Fixtures.loanRegions),
          .scatter(ScatterSeries(
            x: Fixtures.salaries, y: Fixtures.years, classes: Fixtures.approved,
            classLabels: ["refused", "approved"])),
        ], title: "Decision boundaries", xLabel: "salary", yLabel: "years", legend: .lowerLeft))),
    ("histogram", Figure(
      Chart(
        [.histogram(Histogram(values: (0..<500).map { _ in 0 }.enumerated().map { i, _ in
          // A bell-shaped sample: the sum of four uniform values.
          (0..<4).reduce(0.0) { $0 + Fixtures.hash(i, 20 + $1) } / 4
        }, bins: 12))],
        title: "Histogram", xLabel: "value"))),
    ("bar", Figure(
      Chart(
        [.bars(BarSeries(
          heights: [0.91, 0.78, 0.85, 0.62, 0.70],
          categories: ["MLP", "CNN", "ResNet", "RNN", "LSTM"], label: "accuracy"))],
        title: "Accuracy"))),
    ("heatmap", Figure(Chart([.image(Fixtures.confusion)], title: "Confusion matrix"))),
    ("image-gray", Figure(Chart([.image(Fixtures.ring)], title: "A 28×28 image"))),
    ("image-rgb", Figure(Chart([.image(Fixtures.gradient)], title: "RGB"))),
    ("image-grid", Figure(
      Chart(
        [.imageGrid(ImageGrid(
          images: Fixtures.featureMaps, titles: (0..<8).map { "map \($0)" }))],
        title: "Feature maps"))),
    ("subplots", {
      var figure = Figure(rows: 1, columns: 2, title: "Training")
      figure.setChart(lossCurves, at: 0)
      figure.setChart(
        Chart(
          [.line(LineSeries(y: Fixtures.loss.map { 1 - $0 / 2.5 }, label: "accuracy"))],
          title: "Accuracy", xLabel: "epoch"), at: 1)
      return figure
    }()),
  ]

  static var lossCurves: Chart {
    Chart(
      [
        .line(LineSeries(y: Fixtures.loss, label: "loss")),
        .line(LineSeries(y: Fixtures.validationLoss, label: "val_loss")),
      ], title: "Loss", xLabel: "epoch", yLabel: "loss", legend: .best)
  }

  static let sizes: [(width: Int, height: Int)] = [(40, 12), (80, 24)]
  static let glyphSets: [GlyphSet] = [.braille, .quadrant, .ascii]
}

@Test(arguments: GoldenCharts.kinds.map(\.name))
func chartMatchesGoldens(kind: String) {
  let figure = GoldenCharts.kinds.first { $0.name == kind }!.figure
  for size in GoldenCharts.sizes {
    for glyphs in GoldenCharts.glyphSets {
      let canvas = figure.render(width: size.width, height: size.height, glyphs: glyphs)
      #expect(canvas.width == size.width && canvas.height == size.height)
      let base = "\(kind)-\(size.width)x\(size.height)-\(glyphs.marks.rawValue)"
      expectGolden(canvas.plainText(), named: base + ".txt")
      if glyphs.colors != .none {
        expectGolden(canvas.ansiText(), named: base + ".ansi")
      }
    }
  }
}
