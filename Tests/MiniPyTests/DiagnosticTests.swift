// Golden tests for error rendering: traceback, caret placement, hints.
// `Scripts/_diagnostics/NAME.py` runs; its rendered error must equal `NAME.txt` beside it.
// `UPDATE_GOLDENS=1 swift test --filter DiagnosticTests` rewrites the goldens in the source tree.

import Foundation
import Testing
@testable import MiniPy

@Suite struct DiagnosticTests {
  static var names: [String] {
    let dir = ScriptFiles.root.appendingPathComponent("_diagnostics")
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
      .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
  }

  static func render(_ name: String) throws -> String {
    let url = ScriptFiles.root.appendingPathComponent("_diagnostics/\(name).py")
    let source = try Interpreter.decodeSource([UInt8](try Data(contentsOf: url)), fileName: "\(name).py")
    var out = ""
    let interp = Interpreter { out += $0 }
    do { _ = try interp.run(source: source, fileName: "\(name).py") } catch {
      return out + error.rendered()
    }
    return out + "(no error)\n"
  }

  @Test(arguments: names)
  func golden(_ name: String) throws {
    let rendered = try Self.render(name)
    let sourceDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts/_diagnostics")
    let golden = sourceDir.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
      try rendered.write(to: golden, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: ScriptFiles.root.appendingPathComponent("_diagnostics/\(name).txt"), encoding: .utf8)
    #expect(rendered == expected, "\(name): rendered\n\(rendered)\nexpected\n\(expected)")
  }

  @Test func caretSpansTheFailingExpression() {
    let d = Diagnostic(.type, "unsupported operand type(s) for +: 'int' and 'str'",
                       range: SourceRange(file: "x.py", line: 3, column: 9, endColumn: 16),
                       traceback: [.init(function: "<module>", range: SourceRange(file: "x.py", line: 3, column: 9, endColumn: 16), lineText: "    y = a + \"s\" # c")],
                       lineText: "    y = a + \"s\" # c")
    #expect(d.rendered() == """
      Traceback (most recent call last):
        File "x.py", line 3, in <module>
          y = a + "s" # c
              ^^^^^^^
      TypeError: unsupported operand type(s) for +: 'int' and 'str'

      """)
  }

  @Test func replInputsSharingAFileNameShowTheirOwnLines() {
    // The REPL runs every input as `<stdin>`: a function defined by an earlier input must show
    // its own line in a later traceback, not the line of the input that called it.
    let interp = Interpreter { _ in }
    _ = try? interp.run(source: "x = 1\ndef g(n):\n    return n / 0", fileName: "<stdin>")
    var rendered = ""
    do { _ = try interp.run(source: "g(2)", fileName: "<stdin>") } catch { rendered = error.rendered() }
    #expect(rendered == """
      Traceback (most recent call last):
        File "<stdin>", line 1, in <module>
          g(2)
        File "<stdin>", line 3, in g
          return n / 0
                 ^^^^^
      ZeroDivisionError: division by zero

      """)
  }

  @Test func nearestNameSuggestions() {
    let interp = Interpreter()
    #expect(interp.nearestName("learning_rat", among: ["learning_rate", "epochs"]) == "learning_rate")
    #expect(interp.nearestName("lenght", among: ["length", "len"]) == "length")
    #expect(interp.nearestName("Epochs", among: ["epochs"]) == "epochs")
    #expect(interp.nearestName("zzz", among: ["learning_rate"]) == nil)
  }
}
