import ArgumentParser
import Foundation

/// `hocsau bench [NAME…] [--json] [--peers]`: the benchmark suite (see `Bench/BenchCase.swift`
/// for the registry and how to add a case, `Benchmarks/README.md` for the peers).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Run the benchmarks (release build), optionally beside NumPy and PyTorch.",
    discussion: "Benchmarks: "
      + BenchRegistry.all.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")
      + ". With --peers, each measurement alternates with Benchmarks/peers/*.py run by "
      + "$HOCSAU_PEER_PYTHON or python3, and the ratio ours/theirs (time) is printed.")

  @Argument(help: "Benchmarks to run (default: all).")
  var names: [String] = []

  @Flag(help: "Print one JSON object per line.")
  var json = false

  @Flag(help: "Run the NumPy and PyTorch peers alternately with ours and print time ratios.")
  var peers = false

  @Option(help: "Least time to spend repeating each measurement (the best repetition counts); raise it on a busy machine.")
  var minSeconds: Double = 0.3

  mutating func validate() throws {
    guard minSeconds > 0 && minSeconds <= 600 else { throw ValidationError("--min-seconds must be in (0, 600]") }
    for name in names where BenchRegistry.named(name) == nil {
      throw ValidationError(
        "unknown benchmark '\(name)'; known: \(BenchRegistry.all.map(\.name).joined(separator: ", "))")
    }
  }

  func run() throws {
    #if DEBUG
      printError("hocsau bench: this is a debug build; build with `swift build -c release` for real numbers")
    #endif
    BenchTimer.minSeconds = minSeconds
    let cases = names.isEmpty ? BenchRegistry.all : names.compactMap(BenchRegistry.named)
    var peerProcesses: [PeerProcess] = []
    if peers {
      guard let dir = PeerLocator.directory else {
        throw ValidationError("--peers: Benchmarks/peers not found (run from the repository or set HOCSAU_PEERS_DIR)")
      }
      for library in ["numpy", "torch"] {
        let script = dir.appendingPathComponent("\(library)_peer.py")
        if let peer = PeerProcess(
          library: library, python: PeerLocator.python, script: script, minSeconds: minSeconds)
        {
          peerProcesses.append(peer)
        } else {
          printError("hocsau bench: \(PeerLocator.python) cannot import \(library); skipping that peer")
        }
      }
      if peerProcesses.isEmpty {
        throw ValidationError("--peers: no peer available (set HOCSAU_PEER_PYTHON to a python3 with numpy/torch)")
      }
    }
    for benchCase in cases {
      for variant in benchCase.variants {
        let ours = benchCase.run(variant)
        var theirs: [(String, [String: Any])] = []
        for peer in peerProcesses {
          for result in peer.measure(name: benchCase.name, variant: variant) {
            theirs.append((peer.library, result))
          }
        }
        let line = json ? jsonLine(ours, theirs) : textLine(ours, theirs)
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
      }
    }
  }

  // MARK: - Output

  private func textLine(_ r: BenchResult, _ theirs: [(String, [String: Any])]) -> String {
    var line = pad(r.name, 12) + pad(r.variant, 8) + pad(r.size, 28) + format(seconds: r.seconds)
    if let g = r.gflops { line += "  " + String(format: "%7.1f GFLOPS", g) }
    for (library, result) in theirs {
      guard let s = result["seconds"] as? Double else { continue }
      line += "  | \(library) " + format(seconds: s) + String(format: "  ratio %.2f", r.seconds / s)
    }
    return line
  }

  private func jsonLine(_ r: BenchResult, _ theirs: [(String, [String: Any])]) -> String {
    var fields = [
      "\"name\": \(quote(r.name))", "\"variant\": \(quote(r.variant))", "\"size\": \(quote(r.size))",
      "\"seconds\": \(r.seconds)",
    ]
    if let g = r.gflops { fields.append("\"gflops\": \(g)") }
    for (library, result) in theirs {
      guard let s = result["seconds"] as? Double else { continue }
      fields.append("\"\(library)_seconds\": \(s)")
      if let g = result["gflops"] as? Double { fields.append("\"\(library)_gflops\": \(g)") }
      fields.append("\"ratio_\(library)\": \(r.seconds / s)")
    }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  private func format(seconds: Double) -> String {
    if seconds < 1e-3 { return String(format: "%8.2f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%8.3f ms", seconds * 1e3) }
    return String(format: "%8.3f s ", seconds)
  }

  private func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
  }

  private func quote(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  private func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
