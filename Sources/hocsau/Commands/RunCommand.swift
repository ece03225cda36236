import ArgumentParser
import Foundation
import MiniPy
import MiniPyLibrary

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a MiniPy script (.py) or a chapter headless: prints to stdout, errors to stderr.",
    discussion: """
      A chapter is a path to its .md file, its name (01-linear-regression) or its number (01). \
      With --with-solutions each exercise runs its reference solution and its checks; the exit \
      status is 0 only if every cell ran as the chapter expects and every check passed.
      """)

  @Argument(help: "The script or chapter to run.") var file: String
  @Flag(help: "Chapters: put each solution in its exercise's place and run the checks.")
  var withSolutions = false
  @Flag(help: "Chapters, with --with-solutions: also require every starter code to fail its checks.")
  var checkStarters = false
  @Flag(help: "Chapters: print only problems.") var quiet = false

  func run() throws {
    guard file.hasSuffix(".py") else {
      let status = try runChapter(file, withSolutions: withSolutions, checkStarters: checkStarters, quiet: quiet)
      if status != 0 { throw ExitCode(status) }
      return
    }
    let ok = ScriptRunner.runScript(at: file)
    if !ok { throw ExitCode(1) }
  }
}

/// Runs `.py` scripts for `hocsau run` (and for other commands that run a script the same way).
enum ScriptRunner {
  /// Runs the script at `path` with the standard library; prints its output to stdout and an
  /// uncaught error (rendered with a caret) to stderr. Returns false on an error.
  static func runScript(at path: String, limits: Limits = Limits()) -> Bool {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      FileHandle.standardError.write(Data("hocsau: cannot read '\(path)': no such file\n".utf8))
      return false
    }
    let interp = Interpreter(workingDirectory: url.deletingLastPathComponent(), limits: limits) { text in
      FileHandle.standardOutput.write(Data(text.utf8))
    }
    TerminalOutput.installLibrary(in: interp, interactive: false)
    do {
      let source = try Interpreter.decodeSource([UInt8](data), fileName: path)
      _ = try interp.run(source: source, fileName: path)
      return true
    } catch {
      if error.pythonClassName == "SystemExit" { return true }
      FileHandle.standardError.write(Data(error.rendered().utf8))
      return false
    }
  }
}
