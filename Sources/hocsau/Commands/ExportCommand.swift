import ArgumentParser

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "export", abstract: "(export: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau export'") }
}
