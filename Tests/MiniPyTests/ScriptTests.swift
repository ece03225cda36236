// Runs every `Scripts/**/*.py` and compares its output with the `# expect:` comments.
//
// `# expect: TEXT` — the next line of stdout is TEXT.
// `# expect error: TEXT` — the script stops with an uncaught error on this line whose
//   `ClassName: message` contains TEXT.
// Every expectation was produced by CPython 3.11 (`Tests/MiniPyTests/verify_with_cpython.sh`
// re-checks them).

import Foundation
import Testing
@testable import MiniPy

struct ScriptExpectation {
  var outputs: [(line: Int, text: String)] = []
  var error: (line: Int, text: String)?

  init(source: String) {
    for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if let r = line.range(of: "# expect error: ") {
        error = (i + 1, String(line[r.upperBound...]))
      } else if let r = line.range(of: "# expect: ") {
        outputs.append((i + 1, String(line[r.upperBound...])))
      }
    }
  }
}

enum ScriptFiles {
  static var root: URL { Bundle.module.resourceURL!.appendingPathComponent("Scripts") }
  static var all: [String] {
    let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
    return e.compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".py") }
      .map { String($0.dropFirst(root.path.count + 1)) }.filter { !$0.hasPrefix("_") }.sorted()
  }
}

@Suite struct ScriptTests {
  @Test(arguments: ScriptFiles.all)
  func script(_ name: String) throws {
    let url = ScriptFiles.root.appendingPathComponent(name)
    let source = try String(contentsOf: url, encoding: .utf8)
    let expected = ScriptExpectation(source: source)
    var output = ""
    let interp = Interpreter(workingDirectory: url.deletingLastPathComponent()) { output += $0 }
    interp.limits.wallTime = 20
    var failure: Diagnostic?
    do { _ = try interp.run(source: source, fileName: name) } catch { failure = error }

    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for (k, exp) in expected.outputs.enumerated() {
      guard k < lines.count else {
        Issue.record("\(name):\(exp.line): expected output '\(exp.text)', got nothing more\(failure.map { "; error: \($0.pythonClassName): \($0.message) at line \($0.range.line)" } ?? "")")
        return
      }
      if lines[k] != exp.text {
        Issue.record("\(name):\(exp.line): expected '\(exp.text)'\n  got      '\(lines[k])'")
        return
      }
    }
    if lines.count > expected.outputs.count {
      Issue.record("\(name): unexpected extra output: \(lines[expected.outputs.count...].prefix(3).joined(separator: " | "))")
    }
    switch (expected.error, failure) {
    case (nil, nil): break
    case (nil, let f?):
      Issue.record("\(name):\(f.range.line): unexpected error \(f.pythonClassName): \(f.message)")
    case (let e?, nil):
      Issue.record("\(name):\(e.line): expected error '\(e.text)' but the script finished")
    case (let e?, let f?):
      let text = "\(f.pythonClassName): \(f.message)"
      #expect(text.contains(e.text), "\(name):\(e.line): expected error containing '\(e.text)', got '\(text)'")
      #expect(f.range.line == e.line, "\(name): error expected on line \(e.line), raised on line \(f.range.line): \(text)")
    }
  }

  @Test func thereAreEnoughCases() {
    var cases = 0
    for name in ScriptFiles.all {
      let source = (try? String(contentsOf: ScriptFiles.root.appendingPathComponent(name), encoding: .utf8)) ?? ""
      let e = ScriptExpectation(source: source)
      cases += e.outputs.count + (e.error == nil ? 0 : 1)
    }
    #expect(cases >= 100, "only \(cases) expectations")
  }
}
