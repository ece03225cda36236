import ArgumentParser

struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "progress", abstract: "(progress: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau progress'") }
}
