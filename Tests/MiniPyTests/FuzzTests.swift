// Seeded random programs through the lexer, parser and evaluator with limits on: mutated and
// truncated real scripts, and token soup. The assertion is that every run ends (a result or a
// Diagnostic whose line lies inside the source) — no trap, no hang.

import Foundation
import Testing
@testable import MiniPy

/// SplitMix64: a small, explicit, seeded generator.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

enum ProgramFuzzer {
  static let tokens = [
    "x", "y", "f", "g", "lst", "d", "print", "len", "range", "def", "class", "return", "if", "elif",
    "else", "for", "while", "in", "not", "and", "or", "lambda", "try", "except", "finally", "raise",
    "import", "from", "as", "global", "nonlocal", "del", "pass", "break", "continue", "assert",
    "with", "yield", "True", "False", "None", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";",
    "=", "==", "+", "-", "*", "/", "//", "%", "**", "@", "<", ">", "<=", "+=", "-=", "*", "**",
    "0", "1", "-1", "2.5", "1e308", "9223372036854775807", "'s'", "\"t\"", "f'{x}'", "f'{x:>{y}}'",
    "'''", "\\", "#c", "\n", "\n    ", "\n        ", "\t", " ", "...", "x[1:2]", "*args", "**kw",
  ]

  static func soup(_ rng: inout SplitMix64) -> String {
    let n = Int.random(in: 1...60, using: &rng)
    return (0..<n).map { _ in tokens.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "")
  }

  static func mutate(_ source: String, _ rng: inout SplitMix64) -> String {
    var chars = Array(source)
    guard !chars.isEmpty else { return source }
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let i = Int.random(in: 0..<chars.count, using: &rng)
      let j = min(chars.count, i + Int.random(in: 0...20, using: &rng))
      switch Int.random(in: 0..<6, using: &rng) {
      case 0: chars.removeSubrange(i..<j)                                  // delete
      case 1: chars.insert(contentsOf: chars[i..<j], at: j)                 // duplicate
      case 2: chars.insert(contentsOf: Array(tokens.randomElement(using: &rng)!), at: i)  // insert token
      case 3: chars = Array(chars[0..<i])                                   // truncate
      case 4: if j > i { chars[i] = chars[j - 1] }                          // overwrite
      default: chars.insert(contentsOf: Array(String(repeating: "(", count: Int.random(in: 1...300, using: &rng))), at: i)
      }
      if chars.isEmpty { break }
    }
    return String(chars)
  }
}

@Suite struct FuzzTests {
  static var corpus: [String] {
    ScriptFiles.all.compactMap { try? String(contentsOf: ScriptFiles.root.appendingPathComponent($0), encoding: .utf8) }
  }

  static func check(_ source: String) {
    let interp = Interpreter(limits: Limits(wallTime: 2, statements: 20_000, memoryBytes: 1 << 24, recursionDepth: 200)) { _ in }
    do { _ = try interp.run(source: source, fileName: "<fuzz>") } catch {
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
      if !error.range.isUnknown {
        #expect(error.range.line >= 1 && error.range.line <= lines + 1, "line \(error.range.line) of \(lines): \(error.message)\n\(source)")
      }
      _ = error.rendered()
    }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func mutatedScripts(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let corpus = Self.corpus
    for _ in 0..<400 {
      Self.check(ProgramFuzzer.mutate(corpus.randomElement(using: &rng)!, &rng))
    }
  }

  @Test(arguments: [11, 12] as [UInt64])
  func tokenSoup(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    for _ in 0..<1000 { Self.check(ProgramFuzzer.soup(&rng)) }
  }
}
