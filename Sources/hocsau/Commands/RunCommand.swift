import ArgumentParser

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "run", abstract: "(run: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau run'") }
}
