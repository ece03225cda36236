import Testing

@testable import Plot

// MARK: - Edge cases render without crashing, at any size

let awkwardSizes: [(Int, Int)] = [(0, 0), (1, 1), (2, 1), (1, 5), (10, 4), (3, 20), (200, 3), (12, 6)]

@Test(arguments: GoldenCharts.kinds.map(\.name))
func everyKindRendersAtAwkwardSizes(kind: String) {
  let figure = GoldenCharts.kinds.first { $0.name == kind }!.figure
  for (width, height) in awkwardSizes {
    for glyphs in GoldenCharts.glyphSets {
      let canvas = figure.render(width: width, height: height, glyphs: glyphs)
      #expect(canvas.width == width && canvas.height == height)
      #expect(canvas.plainText().split(separator: "\n").allSatisfy { $0.count <= width })
    }
  }
}

/// Odd data, each as a line, a scatter, bars, a histogram and an image.
let oddData: [(String, [Double])] = [
  ("empty", []),
  ("one point", [3]),
  ("constant", [2, 2, 2, 2]),
  ("NaN and inf", [1, .nan, 3, .infinity, 2, -.infinity]),
  ("all NaN", [.nan, .nan]),
  ("huge", [1e300, -1e300, 1e308, -1e308]),
  ("tiny", [1e-300, 2e-300, 3e-300]),
  ("zero and negative", [0, -1, 10, 100]),
]

@Test(arguments: oddData.map(\.0))
func oddDataRendersInEveryChartKind(name: String) {
  let values = oddData.first { $0.0 == name }!.1
  let side = Int(Double(values.count).squareRoot().rounded(.up))
  let charts: [Chart] = [
    Chart([.line(LineSeries(y: values, label: "y"))], title: name, legend: .best),
    Chart([.line(LineSeries(y: values))], yScale: .log),
    Chart([.scatter(ScatterSeries(x: values, y: values.reversed(), classes: values.map { _ in 1 }))]),
    Chart([.bars(BarSeries(heights: values))]),
    Chart([.histogram(Histogram(values: values, bins: 5))]),
    Chart([.image(ImageData(rows: side, columns: side, pixels: values))]),
    Chart([.image(.heatmap(rows: side, columns: side, values: values))]),
    Chart([.regions(RegionMap(x: [0, 1], y: [0, 1], values: Array(values.prefix(4))))]),
    Chart([.imageGrid(ImageGrid(images: [ImageData(rows: side, columns: side, pixels: values)]))]),
  ]
  for chart in charts {
    for (width, height) in [(0, 0), (1, 1), (10, 4), (40, 12)] {
      for glyphs in GoldenCharts.glyphSets {
        let canvas = chart.render(width: width, height: height, glyphs: glyphs)
        #expect(canvas.width == width && canvas.height == height)
      }
    }
    _ = chart.summary
  }
}

@Test func nonFiniteValuesAreGapsWithAWarningMark() {
  let chart = Chart([.line(LineSeries(y: [1, .nan, 3, .infinity, 2], label: "loss"))])
  let text = chart.render(width: 40, height: 12, glyphs: .brailleMono).plainText()
  #expect(text.contains("⚠ 2 not drawn"))
  let ascii = chart.render(width: 40, height: 12, glyphs: .ascii).plainText()
  #expect(ascii.contains("! 2 not drawn"))
  #expect(chart.summary == "loss 1 → 2 over 5 points, min 1 at 0 (2 NaN/inf not drawn)")
}

@Test func onePointIsDrawn() {
  let chart = Chart([.line(LineSeries(y: [5]))], showsAxes: false)
  let text = chart.render(width: 10, height: 4, glyphs: .ascii).plainText()
  #expect(text.filter { $0 == "*" }.count == 1)
}

@Test func tinyCanvasesHoldSomething() {
  let chart = GoldenCharts.lossCurves
  #expect(chart.render(width: 0, height: 0, glyphs: .braille).cells.isEmpty)
  let one = chart.render(width: 1, height: 1, glyphs: .ascii)
  #expect(one.cells.count == 1)
}

@Test func panelsOutsideTheGridAreIgnored() {
  var figure = Figure(rows: 1, columns: 2)
  figure.setChart(GoldenCharts.lossCurves, at: 7)
  figure.setChart(GoldenCharts.lossCurves, at: -1)
  let canvas = figure.render(width: 40, height: 10, glyphs: .ascii)
  #expect(canvas.cells.allSatisfy { $0 == .blank })
}
