import Foundation
import MiniPy

// `hocsau bench minipy-loop`: the interpreter's own overhead, on a pure-Python loop of one
// million iterations (arithmetic, a comparison, a call, list indexing), beside CPython running
// the same source (`python3`, or `$HOCSAU_PEER_PYTHON`), timed inside the process so that
// start-up is not counted.

enum MiniPyLoopSource {
  static let definitions = """
    def step(x, k):
        return x * 0.5 + k

    def loop(n):
        total = 0.0
        table = [1, 2, 3, 4]
        for i in range(n):
            total = step(total, table[i % 4])
            if total > 1000.0:
                total -= 1000.0
        return total
    """
  static let iterations = 1_000_000
}

extension BenchCase {
  static let minipyLoop = BenchCase(
    name: "minipy-loop", summary: "pure-Python loop of 1M iterations in MiniPy vs CPython",
    variants: ["1M"]
  ) { variant in
    let interp = Interpreter()
    _ = try? interp.run(source: MiniPyLoopSource.definitions, fileName: "<bench>")
    let call = "loop(\(MiniPyLoopSource.iterations))"
    let seconds = BenchTimer.best(minRepetitions: 3, minSeconds: 0.5) {
      _ = try? interp.run(source: call, fileName: "<bench>")
    }
    var size = "\(MiniPyLoopSource.iterations) iterations"
    if let cpython = cpythonSeconds() {
      size += String(format: "; CPython %.3f s; MiniPy/CPython = %.2f", cpython, seconds / cpython)
    }
    return BenchResult(name: "minipy-loop", variant: variant, size: size, seconds: seconds)
  }

  /// The best of 3 CPython runs of the same loop, or nil when python3 is not there.
  private static func cpythonSeconds() -> Double? {
    let script = MiniPyLoopSource.definitions + """

      import time
      best = 1e9
      for _ in range(3):
          t = time.perf_counter()
          loop(\(MiniPyLoopSource.iterations))
          best = min(best, time.perf_counter() - t)
      print(best)
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [ProcessInfo.processInfo.environment["HOCSAU_PEER_PYTHON"] ?? "python3", "-c", script]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { return nil }
    return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
