import ArgumentParser

struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "open", abstract: "(open: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau open'") }
}
