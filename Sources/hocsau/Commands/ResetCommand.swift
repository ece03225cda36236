import ArgumentParser

struct ResetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "reset", abstract: "(reset: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau reset'") }
}
