import Testing
@testable import TensorCore

/// Expects `actual`'s elements (as Double) within `atol + rtol·|expected|` of `expected`, and
/// the shape to match when given.
func expectClose(_ actual: Tensor, _ expected: [Double], shape: [Int]? = nil, rtol: Double = 1e-12,
                 atol: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation) {
  if let shape { #expect(actual.shape == shape, sourceLocation: sourceLocation) }
  let a = actual.scalars(as: Double.self)
  #expect(a.count == expected.count, "count \(a.count) != \(expected.count)", sourceLocation: sourceLocation)
  for (x, y) in zip(a, expected) {
    let ok = (x.isNaN && y.isNaN) || x == y || Swift.abs(x - y) <= atol + rtol * Swift.abs(y)
    #expect(ok, "\(x) != \(y)", sourceLocation: sourceLocation)
  }
}

/// Expects `body` to throw a ``TensorError`` whose message is exactly `message`.
func expectError(_ message: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
  do {
    try body()
    Issue.record("expected error: \(message)", sourceLocation: sourceLocation)
  } catch let e as TensorError {
    #expect(e.message == message, sourceLocation: sourceLocation)
  } catch {
    Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
  }
}

/// `[start, start+step, …]` of `n` Doubles computed as NumPy's `np.arange(n) * step + start`.
func ramp(_ n: Int, step: Double, start: Double) -> [Double] {
  (0..<n).map { Double($0) * step + start }
}
