import ArgumentParser

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
}

/// Thrown by a command whose feature has not landed yet; prints a clear message, exit 2.
struct NotYetBuilt: Error, CustomStringConvertible {
  var feature: String
  var description: String { "hocsau: \(feature) is not built yet in this version" }
}
