import Foundation
import MiniPy
import MiniPyLibrary

// `hocsau bench xor`: the book's XOR network (chapter 6 listing, 2-2-1 sigmoid network,
// full batch, 10,000 epochs of forward, backward and update written with `np`), run by MiniPy
// from the same file CPython runs as the NumPy peer: Benchmarks/peers/xor_numpy.py. The time
// covers a fresh interpreter, `import numpy`, parsing and the whole program; the peer's time
// covers the same program under `exec` (imports already loaded). Interpreter overhead per
// small array operation is what this measures.
//
// Variant `program` times what a learner waits for: a new process running the whole file,
// `hocsau run xor_numpy.py` against `python3 xor_numpy.py` (which imports NumPy and pandas
// first, as the book's listing does). Both are started with posix_spawn (see Spawn.swift).

extension BenchCase {
  static let xor = BenchCase(
    name: "xor", summary: "book XOR network, 10,000 full-batch epochs in MiniPy + np",
    variants: ["train", "program"]
  ) { variant in
    if variant == "program" { return xorProgram() }
    guard let dir = PeerLocator.directory,
      let source = try? String(contentsOf: dir.appendingPathComponent("xor_numpy.py"), encoding: .utf8)
    else {
      FileHandle.standardError.write(Data("hocsau bench xor: Benchmarks/peers/xor_numpy.py not found\n".utf8))
      return BenchResult(name: "xor", variant: variant, size: "missing", seconds: .nan)
    }
    var failure: String?
    let seconds = BenchTimer.best(minRepetitions: 3, minSeconds: 0) {
      let interp = Interpreter(workingDirectory: FileManager.default.temporaryDirectory)
      StandardLibrary.install(in: interp)
      do { _ = try interp.run(source: source, fileName: "xor_numpy.py") } catch let error as Diagnostic {
        failure = error.rendered()
      } catch {
        failure = "\(error)"
      }
    }
    if let failure { FileHandle.standardError.write(Data("hocsau bench xor: \(failure)".utf8)) }
    return BenchResult(name: "xor", variant: variant, size: "2-2-1 net, 10000 epochs", seconds: seconds)
  }
}

/// `hocsau run Benchmarks/peers/xor_numpy.py` as a new process, output discarded.
private func xorProgram() -> BenchResult {
  guard let dir = PeerLocator.directory else {
    FileHandle.standardError.write(Data("hocsau bench xor: Benchmarks/peers/xor_numpy.py not found\n".utf8))
    return BenchResult(name: "xor", variant: "program", size: "missing", seconds: .nan)
  }
  let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  var status: Int32 = 0
  let script = dir.appendingPathComponent("xor_numpy.py").path
  let environment = ProcessInfo.processInfo.environment
  let seconds = BenchTimer.best(minRepetitions: 5, minSeconds: 0) {
    let s = spawnAndWait(executable.path, ["run", script], environment: environment)
    if s != 0 { status = s }
  }
  if status != 0 { FileHandle.standardError.write(Data("hocsau bench xor: hocsau run xor_numpy.py failed\n".utf8)) }
  return BenchResult(name: "xor", variant: "program", size: "new process, whole file", seconds: status == 0 ? seconds : .nan)
}
