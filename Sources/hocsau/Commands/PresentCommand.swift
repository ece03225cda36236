import ArgumentParser

struct PresentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "present", abstract: "(present: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau present'") }
}
