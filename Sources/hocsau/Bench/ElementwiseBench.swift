import TensorCore

// MARK: - elementwise: 1M-element Float add, exp, sum through the Tensor API

extension BenchCase {
  /// `a + b`, `a.exp()` and `a.sum(axis: nil)` on 1,000,000 float32 elements: the per-element
  /// loops and allocation of the tensor core (not the GEMM).
  static let elementwise = BenchCase(
    name: "elementwise", summary: "1M-element float32 add, exp, sum through Tensor",
    variants: ["add", "exp", "sum"]
  ) { variant in
    let count = 1_000_000
    var rng = BenchRandom(seed: 3)
    let a = Tensor((0..<count).map { _ in rng.nextFloat() }, shape: [count])
    let b = Tensor((0..<count).map { _ in rng.nextFloat() }, shape: [count])
    var sink = 0
    let seconds: Double
    switch variant {
    case "add": seconds = BenchTimer.best { sink &+= (a + b).count }
    case "exp": seconds = BenchTimer.best { sink &+= a.exp().count }
    default: seconds = BenchTimer.best { sink &+= (try? a.sum(axis: nil))?.count ?? 0 }
    }
    precondition(sink > 0)
    return BenchResult(name: "elementwise", variant: variant, size: "\(count)", seconds: seconds)
  }
}
