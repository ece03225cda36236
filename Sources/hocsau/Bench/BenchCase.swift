import Dispatch

// The benchmark registry behind `hocsau bench`.
//
// HOW TO ADD A BENCHMARK
//   1. Create `Sources/hocsau/Bench/<Name>Bench.swift` with
//
//        extension BenchCase {
//          static let softmax = BenchCase(
//            name: "softmax", summary: "row softmax of a (256, 1000) Float matrix",
//            variants: ["256x1000"]
//          ) { variant in
//            let x = ...                                   // set up outside the timed block
//            let seconds = BenchTimer.best { _ = softmax(x) }
//            return BenchResult(name: "softmax", variant: variant, size: "256x1000", seconds: seconds)
//          }
//        }
//
//      `run` is called once per variant (a size or an op; `hocsau bench NAME` runs every variant).
//      Give `gflops` when the operation has a well-defined flop count.
//   2. Add `.softmax` to `BenchRegistry.all` below.
//   3. Optionally, add the same measurement to `Benchmarks/peers/numpy_peer.py` and
//      `torch_peer.py` (a function registered under the same name, same variants), so that
//      `hocsau bench softmax --peers` prints the ratio. See Benchmarks/README.md.

// MARK: - Results

/// One measurement: the best wall-clock time of an operation after a warm-up.
struct BenchResult: Sendable, Equatable {
  /// The benchmark's name, as typed after `hocsau bench` (`gemm`).
  var name: String
  /// Which measurement of the benchmark (`256` for a GEMM size, `exp` for an elementwise op).
  var variant: String
  /// The problem size in words a reader understands (`256x256x256`, `1000000`).
  var size: String
  /// Best time of one call, in seconds.
  var seconds: Double
  /// Billions of floating-point operations per second, where the flop count is well defined.
  var gflops: Double?

  init(name: String, variant: String, size: String, seconds: Double, flops: Double? = nil) {
    self.name = name
    self.variant = variant
    self.size = size
    self.seconds = seconds
    self.gflops = flops.map { $0 / seconds / 1e9 }
  }
}

// MARK: - Cases

/// A named benchmark with its variants; `run(variant)` measures one variant.
struct BenchCase: Sendable {
  var name: String
  var summary: String
  var variants: [String]
  var run: @Sendable (String) -> BenchResult
}

enum BenchRegistry {
  /// Every benchmark, in the order `hocsau bench` runs them.
  static let all: [BenchCase] = [.gemm, .conv, .elementwise, .xor, .minipyLoop, .plot, .startup]

  static func named(_ name: String) -> BenchCase? { all.first { $0.name == name } }
}

// MARK: - Timing

/// Wall-clock timing: one warm-up call, then repetitions until both a minimum count and a
/// minimum total time are reached; reports the best (least disturbed) repetition.
enum BenchTimer {
  /// The least total time spent repeating one measurement (`hocsau bench --min-seconds`).
  nonisolated(unsafe) static var minSeconds = 0.3

  static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) * 1e-9 }

  static func best(
    minRepetitions: Int = 5, maxRepetitions: Int = 100_000, minSeconds: Double? = nil, _ body: () -> Void
  ) -> Double {
    let minSeconds = minSeconds ?? Self.minSeconds
    body()
    var best = Double.infinity
    var total = 0.0
    var count = 0
    while count < maxRepetitions && (count < minRepetitions || total < minSeconds) {
      let start = now()
      body()
      let elapsed = now() - start
      best = min(best, elapsed)
      total += elapsed
      count += 1
    }
    return best
  }
}
