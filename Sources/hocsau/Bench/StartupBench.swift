import Foundation

// MARK: - startup: from exec to the first screen

extension BenchCase {
  /// `hocsau` started as a new process until its first screen is drawn (chapters listed,
  /// progress read, ncurses initialised, the frame written) — the peer is `python3 -c "import
  /// numpy"`, the least a NumPy program must do before it can show anything. Budget: 0.2 s.
  static let startup = BenchCase(
    name: "startup", summary: "new process to first screen (peer: python3 -c 'import numpy')",
    variants: ["first-screen"]
  ) { variant in
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("hocsau-startup-bench")
    var env = ProcessInfo.processInfo.environment
    env["XDG_DATA_HOME"] = home.path
    let seconds = BenchTimer.best(minRepetitions: 10, minSeconds: 1) {
      _ = spawnAndWait(executable.path, ["open", "--first-frame-only"], environment: env)
    }
    return BenchResult(name: "startup", variant: variant, size: "hocsau open, first frame", seconds: seconds)
  }
}
