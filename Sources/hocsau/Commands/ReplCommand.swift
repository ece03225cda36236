import ArgumentParser
import Foundation
import MiniPy
import MiniPyLibrary
import NCursesBackend

struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "An interactive MiniPy prompt (readline: history, Tab completion, Ctrl-C, Ctrl-D).",
    discussion: "When stdin is not a terminal, reads a whole script from stdin and runs it.")

  func run() throws {
    let interp = Interpreter { text in FileHandle.standardOutput.write(Data(text.utf8)) }
    TerminalOutput.installLibrary(in: interp, interactive: LineReader.stdinIsTerminal)
    if !LineReader.stdinIsTerminal {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      do {
        let source = try Interpreter.decodeSource([UInt8](data), fileName: "<stdin>")
        _ = try interp.run(source: source, fileName: "<stdin>")
      } catch {
        if error.pythonClassName == "SystemExit" { return }
        FileHandle.standardError.write(Data(error.rendered().utf8))
        throw ExitCode(1)
      }
      return
    }
    Repl(interp: interp).loop()
  }
}

/// The interactive loop: Python's REPL habits (`>>>`/`...`, a block ends with an empty line,
/// expression values echoed with `repr`, `_` holds the last one).
struct Repl {
  let interp: Interpreter

  func loop() {
    let reader = LineReader(historyFile: LineReader.defaultHistoryFile)
    reader.completer = { [interp] word in interp.completions(for: word) }
    LineReader.interruptTarget = interp.interrupt.signalHandlerTarget
    print("hocsau MiniPy (a Python 3 subset) — Tab completes, Ctrl-C interrupts, Ctrl-D exits.")
    var buffer: [String] = []
    var entry = 0
    defer { reader.saveHistory() }
    while true {
      switch reader.readLine(prompt: buffer.isEmpty ? ">>> " : "... ") {
      case .endOfInput:
        return
      case .interrupted:
        FileHandle.standardError.write(Data("KeyboardInterrupt\n".utf8))
        buffer = []
      case .line(let line):
        reader.addHistory(line)
        if buffer.isEmpty && line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        buffer.append(line)
        let source = buffer.joined(separator: "\n")
        if Interpreter.needsMoreInput(source) { continue }
        buffer = []
        entry += 1
        if !execute(source) { return }
      }
    }
  }

  /// Runs one entry; false when the program asked to exit.
  func execute(_ source: String) -> Bool {
    do {
      if let value = try interp.run(source: source, fileName: "<stdin>"), !value.isNone {
        interp.setGlobal("_", value)
        let text = (try? interp.repr(value)) ?? "<unprintable \(value.typeName)>"
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
      }
    } catch {
      if error.pythonClassName == "SystemExit" { return false }
      FileHandle.standardError.write(Data(error.rendered().utf8))
    }
    return true
  }
}
