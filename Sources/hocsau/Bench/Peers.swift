import Foundation

// MARK: - Peer processes (NumPy, PyTorch)

/// A long-running `Benchmarks/peers/<library>_peer.py --serve` process. Each request line
/// `NAME VARIANT` makes it print one JSON result line per measurement and then `{"done": true}`;
/// keeping the process alive lets ours and theirs alternate without paying Python's start-up.
final class PeerProcess {
  let library: String
  private let process: Process
  private let input: FileHandle
  private let output: FileHandle
  private var buffer = Data()

  /// Starts the peer, or returns nil when `python` cannot import the library.
  init?(library: String, python: String, script: URL, minSeconds: Double) {
    self.library = library
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    probe.arguments = [python, "-c", "import \(library)"]
    probe.standardOutput = FileHandle.nullDevice
    probe.standardError = FileHandle.nullDevice
    do { try probe.run() } catch { return nil }
    probe.waitUntilExit()
    if probe.terminationStatus != 0 { return nil }

    let stdin = Pipe(), stdout = Pipe()
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, script.path, "--serve"]
    var environment = ProcessInfo.processInfo.environment
    environment["HOCSAU_BENCH_MIN_SECONDS"] = String(minSeconds)
    process.environment = environment
    process.standardInput = stdin
    process.standardOutput = stdout
    input = stdin.fileHandleForWriting
    output = stdout.fileHandleForReading
    do { try process.run() } catch { return nil }
  }

  deinit {
    try? input.close()
    process.waitUntilExit()
  }

  /// Asks for one measurement; returns its result lines (empty when the peer has no such case).
  func measure(name: String, variant: String) -> [[String: Any]] {
    guard process.isRunning else { return [] }
    input.write(Data("\(name) \(variant)\n".utf8))
    var results: [[String: Any]] = []
    while let line = readLine() {
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else { continue }
      if object["done"] != nil { break }
      results.append(object)
    }
    return results
  }

  private func readLine() -> String? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex...newline)
        return line
      }
      let chunk = output.availableData
      if chunk.isEmpty { return nil }
      buffer.append(chunk)
    }
  }
}

enum PeerLocator {
  /// The Python interpreter for peers: `$HOCSAU_PEER_PYTHON`, else `python3` on PATH.
  static var python: String {
    ProcessInfo.processInfo.environment["HOCSAU_PEER_PYTHON"] ?? "python3"
  }

  /// `Benchmarks/peers`: `$HOCSAU_PEERS_DIR`, else under the current directory, else beside the
  /// source tree this binary was built from.
  static var directory: URL? {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let dir = ProcessInfo.processInfo.environment["HOCSAU_PEERS_DIR"] {
      candidates.append(URL(fileURLWithPath: dir))
    }
    candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Benchmarks/peers"))
    let source = URL(fileURLWithPath: #filePath)  // …/Sources/hocsau/Bench/Peers.swift
    candidates.append(
      source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/peers"))
    return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("common.py").path) }
  }
}
