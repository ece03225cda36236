import ArgumentParser
import Foundation

/// The executable: argument parsing and wiring only. Each subcommand lives in its own file
/// under `Commands/`.
@main
struct Hocsau: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hocsau",
    abstract: "A terminal notebook and REPL that teaches Deep Learning Cơ Bản.",
    subcommands: [
      OpenCommand.self, PresentCommand.self, ReplCommand.self, RunCommand.self,
      CheckCommand.self, GradeCommand.self, ExportCommand.self, ProgressCommand.self,
      ResetCommand.self, BenchCommand.self,
    ],
    defaultSubcommand: OpenCommand.self)

  /// `hocsau run FILE.py`, the most common headless call, goes straight to the script runner:
  /// building ArgumentParser's command tree (reflection over every subcommand's options) cost
  /// more instructions than starting the interpreter. Any other form — flags, help, a chapter —
  /// takes the parser, with the same result for this one as well.
  static func main() {
    let arguments = CommandLine.arguments
    if arguments.count == 3, arguments[1] == "run", arguments[2].hasSuffix(".py"), !arguments[2].hasPrefix("-") {
      Foundation.exit(ScriptRunner.runScript(at: arguments[2]) ? 0 : 1)
    }
    main(nil)
  }
}

/// Thrown by a command whose feature has not landed yet; prints a clear message, exit 2.
struct NotYetBuilt: Error, CustomStringConvertible {
  var feature: String
  var description: String { "hocsau: \(feature) is not built yet in this version" }
}
