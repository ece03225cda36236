import Testing
import TensorCore
@testable import Autograd

/// SplitMix64: deterministic test data from an explicit seed.
struct TestRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// Uniform in [lo, hi).
  mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
    lo + (hi - lo) * Double(next() >> 11) / Double(1 << 53)
  }
  mutating func tensor(_ shape: [Int], _ lo: Double = -1, _ hi: Double = 1) -> Tensor {
    Tensor((0..<shape.reduce(1, *)).map { _ in uniform(lo, hi) }, shape: shape)
  }
}

/// Checks every input's analytic gradient of `L = Σ f(inputs) ⊙ W` (W fixed random weights, so
/// no gradient is trivially uniform) against central finite differences in Double:
/// `(L(x + h) − L(x − h)) / 2h` with h = 1e-6, within `atol + rtol·|numeric|`.
func checkGradients(_ inputs: [Tensor], seed: UInt64 = 7, rtol: Double = 1e-6, atol: Double = 1e-7,
                    sourceLocation: SourceLocation = #_sourceLocation,
                    _ f: ([Variable]) throws -> Variable) throws {
  var rng = TestRandom(seed: seed)
  let vars = inputs.map { Variable($0) }
  let out = try f(vars)
  let weights = rng.tensor(out.shape, 0.5, 1.5)
  out.backward(seed: weights)
  func loss(_ xs: [Tensor]) throws -> Double {
    let y = try withNoGrad { try f(xs.map { Variable($0) }) }
    return (y.value * weights).sum().doubleValue
  }
  let h = 1e-6
  for (i, x) in inputs.enumerated() {
    guard let grad = vars[i].grad else {
      Issue.record("input \(i) got no gradient", sourceLocation: sourceLocation)
      continue
    }
    #expect(grad.shape == x.shape, "input \(i) gradient shape", sourceLocation: sourceLocation)
    let analytic = grad.scalars(as: Double.self)
    for j in 0..<x.count {
      var plus = inputs, minus = inputs
      plus[i].setElement(at: j, x.element(at: j) + h)
      minus[i].setElement(at: j, x.element(at: j) - h)
      let numeric = (try loss(plus) - loss(minus)) / (2 * h)
      let ok = Swift.abs(analytic[j] - numeric) <= atol + rtol * Swift.abs(numeric) + 1e-6 * Swift.abs(numeric)
      #expect(ok, "input \(i)[\(j)]: analytic \(analytic[j]) vs numeric \(numeric)", sourceLocation: sourceLocation)
    }
  }
}
