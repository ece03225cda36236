import Testing

@testable import Plot

// MARK: - One-line summaries

@Test func lineSummaryGivesFirstLastAndMinimum() {
  // 2.31 → 0.12 over 5 epochs; the minimum 0.11 is at x = 3.
  let chart = Chart(
    [.line(LineSeries(y: [2.31, 1.2, 0.5, 0.11, 0.12], label: "loss"))], xLabel: "epoch")
  #expect(chart.summary == "loss 2.31 → 0.12 over 5 epochs, min 0.11 at 3")
}

@Test func scatterSummaryCountsClassesAndRanges() {
  let chart = Chart(
    [.scatter(ScatterSeries(x: [0, 10, 5, 2], y: [1, 2, 3, 4], classes: [0, 1, 1, 0]))])
  #expect(chart.summary == "2 classes, 4 points, x 0–10, y 1–4")
}

@Test func histogramSummaryNamesThePeakBin() {
  // Bins over 0…4 of width 1: [0,1) holds 0; [1,2) 1, 1.5; [2,3) 2; [3,4] 3, 4 → 1, 2, 1, 2.
  let histogram = Histogram(values: [0, 1, 1.5, 2, 3, 4], bins: 4)
  #expect(histogram.binned().counts == [1, 2, 1, 2])
  #expect(Chart([.histogram(histogram)]).summary
    == "histogram of 6 values in 4 bins, 0–4, peak 2 in 1–2")
}

@Test func figureSummaryJoinsChartsUnderItsTitle() {
  let figure = Figure(
    charts: [
      Chart([.bars(BarSeries(heights: [1, 3, 2], categories: ["a", "b", "c"]))], title: "Bars"),
      Chart([.image(ImageData(rows: 2, columns: 3, pixels: [0, 1, 2, 3, 4, 5]))]),
    ], columns: 2, title: "Two")
  #expect(figure.summary == "Two: Bars: 3 bars, highest 3 at b | image 2×3, values 0–5")
}
