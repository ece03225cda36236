import Foundation

// MARK: - Axis ticks (1-2-5 steps) and number labels

/// Tick positions and labels for axes.
public enum Ticks {
  /// The smallest step of the form {1, 2, 5} × 10^k that splits `span` into at most `target`
  /// intervals. Returns nil when `span` is not a positive finite number or `target` < 1.
  public static func niceStep(span: Double, target: Int) -> Double? {
    guard span.isFinite, span > 0, target >= 1 else { return nil }
    let rough = span / Double(target)
    guard rough.isFinite, rough > 0 else { return nil }
    let magnitude = pow(10, (log10(rough)).rounded(.down))
    let residual = rough / magnitude
    let factor: Double
    if residual <= 1 + 1e-9 {
      factor = 1
    } else if residual <= 2 + 1e-9 {
      factor = 2
    } else if residual <= 5 + 1e-9 {
      factor = 5
    } else {
      factor = 10
    }
    return factor * magnitude
  }

  /// Multiples of a 1-2-5 step inside `lower…upper`, at most about `target + 1` of them.
  /// - Complexity: O(number of ticks), never more than 1,000.
  public static func linear(lower: Double, upper: Double, target: Int) -> [Double] {
    guard lower.isFinite, upper.isFinite, lower < upper else { return [] }
    let span = upper - lower
    let step: Double
    if span.isFinite {
      guard let nice = niceStep(span: span, target: target) else { return [] }
      step = nice
    } else {
      // ±1e308: the span overflows; its half does not. Steps of 2×, 4×, 10× 10^k result.
      guard let half = niceStep(span: upper / 2 - lower / 2, target: target) else { return [] }
      step = half * 2
    }
    let first = (lower / step).rounded(.up)
    let last = (upper / step).rounded(.down)
    guard first.isFinite, last.isFinite, last >= first, last - first < 1000 else { return [] }
    var ticks: [Double] = []
    var index = first
    while index <= last {
      let value = index * step
      ticks.append(value == 0 ? 0 : value)  // no "-0"
      index += 1
    }
    return ticks
  }

  /// Ticks for a base-10 log axis over `lower…upper` (both > 0): whole decades, thinned to
  /// about `target`; within a single decade, 1-2-5 multiples; else linear ticks.
  public static func logarithmic(lower: Double, upper: Double, target: Int) -> [Double] {
    guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else { return [] }
    let lo = log10(lower), hi = log10(upper)
    let firstDecade = Int(lo.rounded(.up)), lastDecade = Int(hi.rounded(.down))
    if lastDecade - firstDecade + 1 >= 2 {
      let count = lastDecade - firstDecade + 1
      let stride = max(1, Int((Double(count) / Double(max(1, target))).rounded(.up)))
      return Swift.stride(from: firstDecade, through: lastDecade, by: stride).map {
        pow(10, Double($0))
      }
    }
    // Within about one decade: 1-2-5 multiples, or 1-3, or fewer when there is little room.
    var fallback: [Double] = []
    for factors in [[1.0, 2.0, 5.0], [1.0, 3.0], [1.0]] {
      var ticks: [Double] = []
      for decade in (Int(lo.rounded(.down)))...(Int(hi.rounded(.up))) {
        for factor in factors {
          let value = factor * pow(10, Double(decade))
          if value >= lower * (1 - 1e-12) && value <= upper * (1 + 1e-12) { ticks.append(value) }
        }
      }
      if ticks.count >= 2 && ticks.count <= target + 1 { return ticks }
      if fallback.isEmpty && ticks.count >= 2 { fallback = ticks }
    }
    let linearTicks = linear(lower: lower, upper: upper, target: target)
    return linearTicks.count >= 2 ? linearTicks : (fallback.isEmpty ? linearTicks : fallback)
  }

  /// Labels for `ticks` that are spaced `step` apart: as few decimals as tell them apart,
  /// scientific notation (`2e6`, `1.5e-5`) for very large or very small magnitudes.
  public static func labels(for ticks: [Double]) -> [String] {
    guard !ticks.isEmpty else { return [] }
    guard ticks.allSatisfy(\.isFinite) else { return ticks.map(compact) }
    let largest = ticks.map { abs($0) }.max() ?? 0
    var step = 0.0
    if ticks.count >= 2 {
      step =
        zip(ticks.dropFirst(), ticks).map { abs($0 / 2 - $1 / 2) * 2 }
        .filter { $0 > 0 && $0.isFinite }.min() ?? 0
    }
    if step == 0 { step = largest == 0 ? 1 : largest }
    let stepExponent = Int((log10(step) + 1e-9).rounded(.down))
    let scientific = largest >= 1e6 || (largest > 0 && step < 1e-4)
    if scientific {
      let largestExponent = largest > 0 ? Int((log10(largest) + 1e-9).rounded(.down)) : 0
      let extra = hasSecondDigit(step) ? 1 : 0
      let digits = max(0, min(15, largestExponent - stepExponent + extra))
      return ticks.map { scientificLabel($0, digits: digits) }
    }
    // Steps like 0.25 are not produced (1-2-5 only), but log ticks may be 2e-3 apart etc.
    let decimals = max(0, min(15, -stepExponent + (hasSecondDigit(step) ? 1 : 0)))
    return ticks.map { cleanZero(String(format: "%.\(decimals)f", $0)) }
  }

  /// A number in about 3 significant digits for summaries: `2.31`, `0.12`, `1234`, `1.5e+07`.
  public static func compact(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    let magnitude = abs(value)
    if magnitude >= 1000 && magnitude < 1e6 { return cleanZero(String(format: "%.0f", value)) }
    return cleanZero(String(format: "%.3g", value))
  }

  // MARK: - Helpers

  /// Whether the step's mantissa needs a second digit (e.g. 2.5).
  static func hasSecondDigit(_ step: Double) -> Bool {
    let magnitude = pow(10, (log10(step) + 1e-9).rounded(.down))
    let mantissa = step / magnitude
    return abs(mantissa - mantissa.rounded()) > 1e-6
  }

  static func scientificLabel(_ value: Double, digits: Int) -> String {
    if value == 0 { return "0" }
    var text = String(format: "%.\(digits)e", value)
    // "2.50e+06" → "2.50e6", "1e-05" → "1e-5"
    if let e = text.firstIndex(of: "e") {
      let mantissa = String(text[..<e])
      var exponent = String(text[text.index(after: e)...])
      var sign = ""
      if exponent.hasPrefix("+") { exponent.removeFirst() }
      if exponent.hasPrefix("-") {
        sign = "-"
        exponent.removeFirst()
      }
      while exponent.count > 1 && exponent.hasPrefix("0") { exponent.removeFirst() }
      text = mantissa + "e" + sign + exponent
    }
    return text
  }

  /// "-0" and "-0.00" become "0", "0.00"; `%g`'s "e+07" becomes "e+07" unchanged.
  static func cleanZero(_ text: String) -> String {
    if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
      return String(text.dropFirst())
    }
    return text
  }
}
