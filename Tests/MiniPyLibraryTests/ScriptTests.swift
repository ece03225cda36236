// Runs every `Scripts/**/*.py` through MiniPy with the library installed and checks its
// `# expect:` lines (what CPython + NumPy printed; see verify_with_numpy.sh) and
// `# expect error:` statements. A failure names the script and the line.

import Foundation
import MiniPy
import MiniPyLibrary
import Testing

/// One script test file, relative to `Scripts/`.
struct ScriptFile: CustomStringConvertible, Sendable {
  var relativePath: String
  var description: String { relativePath }

  static let root: URL = Bundle.module.url(forResource: "Scripts", withExtension: nil)!

  static var all: [ScriptFile] {
    let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var out: [ScriptFile] = []
    while let u = e?.nextObject() as? URL {
      guard u.pathExtension == "py" else { continue }
      out.append(ScriptFile(relativePath: String(u.path.dropFirst(root.path.count + 1))))
    }
    return out.sorted { $0.relativePath < $1.relativePath }
  }
}

/// A script split into runs: plain chunks, and single statements that must raise.
struct ScriptPlan {
  struct Expectation { var line: Int; var text: String }
  struct Chunk { var firstLine: Int; var source: String; var expectedError: String? }
  var expectations: [Expectation] = []
  var chunks: [Chunk] = []

  init(source: String) {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var current: [String] = []
    var currentStart = 1
    func flush(_ next: Int) {
      if current.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        chunks.append(Chunk(firstLine: currentStart, source: current.joined(separator: "\n"), expectedError: nil))
      }
      current = []
      currentStart = next
    }
    for (i, line) in lines.enumerated() {
      let lineNo = i + 1
      if let r = line.range(of: "# expect error:") {
        flush(lineNo)
        let text = line[r.upperBound...].trimmingCharacters(in: .whitespaces)
        chunks.append(Chunk(firstLine: lineNo, source: line, expectedError: text))
        currentStart = lineNo + 1
        continue
      }
      if let r = line.range(of: "# expect:") {
        var text = line[r.upperBound...]
        if text.first == " " { text = text.dropFirst() }
        expectations.append(Expectation(line: lineNo, text: String(text)))
      }
      current.append(line)
    }
    flush(lines.count + 1)
  }
}

@Suite struct ScriptTests {
  @Test(arguments: ScriptFile.all)
  func script(_ file: ScriptFile) throws {
    let url = ScriptFile.root.appendingPathComponent(file.relativePath)
    let source = try String(contentsOf: url, encoding: .utf8)
    let plan = ScriptPlan(source: source)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("minipy-script-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }

    var output = ""
    let interp = Interpreter(workingDirectory: work, output: { output += $0 })
    StandardLibrary.install(in: interp)
    let name = file.relativePath
    for chunk in plan.chunks {
      let padded = String(repeating: "\n", count: chunk.firstLine - 1) + chunk.source
      do {
        _ = try interp.run(source: padded, fileName: name)
        if let expected = chunk.expectedError {
          Issue.record("\(name):\(chunk.firstLine): expected an error containing '\(expected)', but nothing was raised")
        }
      } catch {
        let text = "\(error.pythonClassName): \(error.message)"
        if let expected = chunk.expectedError {
          #expect(text.contains(expected), "\(name):\(chunk.firstLine): error '\(text)' does not contain '\(expected)'")
        } else {
          Issue.record("\(name):\(error.range.line): unexpected error\n\(error.rendered())")
          break
        }
      }
    }
    var printed = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if printed.last == "" { printed.removeLast() }
    for (k, e) in plan.expectations.enumerated() {
      guard k < printed.count else {
        Issue.record("\(name):\(e.line): expected '\(e.text)', but the script printed only \(printed.count) lines")
        return
      }
      if printed[k] != e.text {
        Issue.record("\(name):\(e.line): expected '\(e.text)', got '\(printed[k])'")
        return
      }
    }
    if printed.count > plan.expectations.count {
      Issue.record("\(name): printed \(printed.count - plan.expectations.count) more lines than expected, first: '\(printed[plan.expectations.count])'")
    }
  }

  @Test func everyScriptHasExpectations() {
    let files = ScriptFile.all
    #expect(files.count >= 10)
    for f in files {
      let src = (try? String(contentsOf: ScriptFile.root.appendingPathComponent(f.relativePath), encoding: .utf8)) ?? ""
      #expect(src.contains("# expect"), "\(f.relativePath) has no expectations")
    }
  }
}
