import ArgumentParser

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "bench", abstract: "(bench: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau bench'") }
}
