import ArgumentParser

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "(check: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau check'") }
}
