import ArgumentParser

struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "repl", abstract: "(repl: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau repl'") }
}
