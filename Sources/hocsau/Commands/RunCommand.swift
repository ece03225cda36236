import ArgumentParser
import Foundation
import MiniPy
import MiniPyLibrary

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a MiniPy script (.py) headless: prints to stdout, errors to stderr.")

  @Argument(help: "The script to run.") var file: String

  func run() throws {
    guard file.hasSuffix(".py") else {
      throw ValidationError("'hocsau run' runs .py scripts; chapters come with the notebook")
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
    StandardLibrary.install(in: interp)
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
