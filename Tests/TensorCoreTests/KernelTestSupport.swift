import Testing

// MARK: - Helpers shared by the kernel tests

/// A seeded xorshift generator: the same seed gives the same values on every run.
struct KernelTestRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
  /// Uniform in [-1, 1).
  mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) * 2 - 1 }
  mutating func array<T: BinaryFloatingPoint>(_ count: Int, as: T.Type = T.self) -> [T] {
    (0..<count).map { _ in T(uniform()) }
  }
}

/// Expects `|actual - expected| <= atol + rtol·|expected|` elementwise, reporting the first miss.
func expectClose<T: BinaryFloatingPoint>(
  _ actual: [T], _ expected: [T], rtol: Double, atol: Double, _ context: String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "\(context): count", sourceLocation: sourceLocation)
  guard actual.count == expected.count else { return }
  for i in actual.indices {
    let a = Double(actual[i]), e = Double(expected[i])
    if !(abs(a - e) <= atol + rtol * abs(e)) {
      Issue.record(
        "\(context): element \(i) is \(a), expected \(e) (of \(actual.count))",
        sourceLocation: sourceLocation)
      return
    }
  }
}
