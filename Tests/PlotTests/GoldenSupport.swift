import Foundation
import Testing

@testable import Plot

// MARK: - Golden files

/// Compares `text` with `Goldens/<name>`; with `UPDATE_GOLDENS=1` in the environment, writes it
/// instead. Goldens are read from the source tree (next to this file) so updates land there.
func expectGolden(
  _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens")
  let url = directory.appendingPathComponent(name)
  let content = text + "\n"
  if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    do {
      try content.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not write golden \(name): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record(
      "missing golden \(name); run with UPDATE_GOLDENS=1 to create it",
      sourceLocation: sourceLocation)
    return
  }
  if expected != content {
    let got = content.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
    Issue.record(
      """
      \(name) differs from its golden at line \(line + 1):
        got:  \(line < got.count ? String(got[line]) : "<end>")
        want: \(line < want.count ? String(want[line]) : "<end>")
      (UPDATE_GOLDENS=1 rewrites goldens)
      """, sourceLocation: sourceLocation)
  }
}

// MARK: - Deterministic data (no RNG: the same numbers on every machine)

enum Fixtures {
  /// A pseudo-random value in 0..<1 from an integer, by a fixed integer hash.
  static func hash(_ i: Int, _ salt: Int = 0) -> Double {
    var z = UInt64(truncatingIfNeeded: i &* 2_654_435_761 &+ salt &* 40_503 &+ 12345)
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z = z ^ (z >> 31)
    return Double(z >> 11) / Double(1 << 53)
  }

  static let epochs = 50
  static let loss: [Double] = (0..<epochs).map { i in
    let decay: Double = 2.2 * exp(-0.09 * Double(i))
    return decay + 0.1 + 0.03 * hash(i)
  }
  static let validationLoss: [Double] = (0..<epochs).map { i in
    let decay: Double = 2.3 * exp(-0.07 * Double(i))
    return decay + 0.2 + 0.002 * Double(i) + 0.05 * hash(i, 1)
  }

  /// House areas (m²) and prices, a linear trend plus noise (like the book's data_linear.csv).
  static let areas = (0..<30).map { 30 + 70 * hash($0, 2) }
  static let prices: [Double] = areas.map { area in
    let noise: Double = 120 * (hash(Int(area * 1000), 3) - 0.5)
    return 15 * area - 50 + noise
  }

  /// Loan applicants: salary, years of work, approved or not.
  static let salaries = (0..<40).map { 4 + 6 * hash($0, 4) }
  static let years = (0..<40).map { 5 * hash($0, 5) }
  static let approved: [Int] = (0..<40).map { i in
    let score: Double = salaries[i] * 0.8 + years[i] * 1.2 - 8
    let noise: Double = 1.5 * (hash(i, 6) - 0.5)
    return score + noise > 0 ? 1 : 0
  }

  static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

  /// The probability surface of a logistic model fitted to the loan data, on a grid.
  static let loanRegions = RegionMap(
    xRange: 4...10, yRange: 0...5, columns: 60, rows: 50, levels: [0.5, 0.8],
    label: "t = 0.5, 0.8"
  ) { x, y in sigmoid(1.6 * x + 2.4 * y - 16) }

  /// A 28×28 gray image: a ring and a bar, 0…255.
  static let ring: ImageData = {
    var pixels: [Double] = []
    for r in 0..<28 {
      for c in 0..<28 {
        let dx = Double(c) - 13.5, dy = Double(r) - 13.5
        let d = (dx * dx + dy * dy).squareRoot()
        var v = max(0, 255 - abs(d - 9) * 90)
        if c >= 12 && c <= 15 && r >= 4 && r <= 23 { v = max(v, 180) }
        pixels.append(v.rounded())
      }
    }
    return ImageData(rows: 28, columns: 28, pixels: pixels)
  }()

  /// A 16×24 RGB gradient, values 0…1.
  static let gradient: ImageData = {
    var pixels: [Double] = []
    for r in 0..<16 {
      for c in 0..<24 {
        pixels += [Double(c) / 23, Double(r) / 15, 1 - Double(c) / 23]
      }
    }
    return ImageData(rows: 16, columns: 24, channels: 3, pixels: pixels)
  }()

  /// A 10×10 matrix, e.g. a confusion matrix, as a heatmap.
  static let confusion: ImageData = {
    var values: [Double] = []
    for r in 0..<10 {
      for c in 0..<10 { values.append(r == c ? 80 + 15 * hash(r, 7) : 12 * hash(r * 10 + c, 8)) }
    }
    return ImageData.heatmap(rows: 10, columns: 10, values: values)
  }()

  /// Eight 12×12 "feature maps": oriented stripes.
  static let featureMaps: [ImageData] = (0..<8).map { k in
    let angle = Double(k) * Double.pi / 8
    var pixels: [Double] = []
    for r in 0..<12 {
      for c in 0..<12 {
        pixels.append(sin((cos(angle) * Double(c) + sin(angle) * Double(r)) * 0.9))
      }
    }
    return ImageData(rows: 12, columns: 12, pixels: pixels)
  }
}
