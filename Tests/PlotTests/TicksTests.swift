import Testing

@testable import Plot

// MARK: - The 1-2-5 tick algorithm, against hand-computed cases

@Test(arguments: [
  // (span, target, step): rough = span/target, rounded up to 1, 2 or 5 × 10^k.
  (10.0, 5, 2.0),  // rough 2 → 2
  (1.0, 5, 0.2),  // rough 0.2 → 0.2
  (7.0, 3, 5.0),  // rough 2.33 → 5
  (100.0, 10, 10.0),  // rough 10 → 10
  (0.03, 4, 0.01),  // rough 0.0075 → 0.01
  (2.6, 6, 0.5),  // rough 0.433 → 0.5
  (45.0, 4, 20.0),  // rough 11.25 → 20
])
func niceStepRoundsUpToOneTwoFive(span: Double, target: Int, step: Double) {
  let got = Ticks.niceStep(span: span, target: target)!
  #expect(abs(got - step) <= 1e-12 * step)
}

@Test func niceStepRejectsDegenerateSpans() {
  #expect(Ticks.niceStep(span: 0, target: 5) == nil)
  #expect(Ticks.niceStep(span: .nan, target: 5) == nil)
  #expect(Ticks.niceStep(span: .infinity, target: 5) == nil)
  #expect(Ticks.niceStep(span: 1, target: 0) == nil)
}

func expectTicks(
  _ got: [Double], _ want: [Double], sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(got.count == want.count, "got \(got), want \(want)", sourceLocation: sourceLocation)
  for (g, w) in zip(got, want) {
    #expect(abs(g - w) <= 1e-9 * max(1, abs(w)), "got \(got), want \(want)",
      sourceLocation: sourceLocation)
  }
}

@Test func linearTicksAreMultiplesOfTheStepInsideTheRange() {
  expectTicks(Ticks.linear(lower: 0, upper: 1, target: 5), [0, 0.2, 0.4, 0.6, 0.8, 1])
  // span 15.8 / 4 = 3.95 → step 5; multiples of 5 inside −3.7…12.1
  expectTicks(Ticks.linear(lower: -3.7, upper: 12.1, target: 4), [0, 5, 10])
  // span 0.9 / 2 = 0.45 → step 0.5
  expectTicks(Ticks.linear(lower: 0.13, upper: 1.03, target: 2), [0.5, 1])
  // ±1e308: the span overflows a Double; the ticks must not.
  expectTicks(Ticks.linear(lower: -1e308, upper: 1e308, target: 4), [-1e308, 0, 1e308])
  #expect(Ticks.linear(lower: 1, upper: 1, target: 4).isEmpty)
  #expect(Ticks.linear(lower: .nan, upper: 1, target: 4).isEmpty)
}

@Test func logTicksAreDecadesOrOneTwoFiveMultiples() {
  expectTicks(Ticks.logarithmic(lower: 0.01, upper: 100, target: 5), [0.01, 0.1, 1, 10, 100])
  // 7 decades, 3 wanted: every third decade.
  expectTicks(Ticks.logarithmic(lower: 1, upper: 1e6, target: 3), [1, 1e3, 1e6])
  // Inside one decade: 1-2-5 multiples.
  expectTicks(Ticks.logarithmic(lower: 0.15, upper: 0.9, target: 4), [0.2, 0.5])
  #expect(Ticks.logarithmic(lower: 0, upper: 10, target: 4).isEmpty)
}

@Test func labelsUseAsFewDecimalsAsTellTicksApart() {
  #expect(Ticks.labels(for: [0, 0.2, 0.4]) == ["0.0", "0.2", "0.4"])
  #expect(Ticks.labels(for: [0, 5, 10]) == ["0", "5", "10"])
  #expect(Ticks.labels(for: [-0.5, 0, 0.5]) == ["-0.5", "0.0", "0.5"])
  #expect(Ticks.labels(for: [0, 1e6, 2e6]) == ["0", "1e6", "2e6"])
  #expect(Ticks.labels(for: [1e-5, 2e-5]) == ["1e-5", "2e-5"])
  #expect(Ticks.labels(for: [0, 2.5e6, 5e6]) == ["0", "2.5e6", "5.0e6"])
}

@Test func compactNumbersHaveAboutThreeSignificantDigits() {
  #expect(Ticks.compact(2.31) == "2.31")
  #expect(Ticks.compact(0.1234) == "0.123")
  #expect(Ticks.compact(47) == "47")
  #expect(Ticks.compact(1234.4) == "1234")
  #expect(Ticks.compact(1.5e7) == "1.5e+07")
  #expect(Ticks.compact(-0.0) == "0")
  #expect(Ticks.compact(.nan) == "NaN")
  #expect(Ticks.compact(-.infinity) == "-inf")
}
