import ArgumentParser

struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "grade", abstract: "(grade: not built yet)")
  func run() throws { throw NotYetBuilt(feature: "'hocsau grade'") }
}
