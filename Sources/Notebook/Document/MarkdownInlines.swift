import Foundation

// MARK: - Inline parser

/// Parses inline Markdown: code spans, `*`/`_` emphasis and strong, links and images (an
/// image becomes a link to its source), `<url>` autolinks and backslash escapes. An opener
/// without a matching closer is literal text; `_` inside a word is an underscore.
/// - Complexity: O(n²) worst case on pathological unmatched delimiters, O(n) on prose.
func parseInlines(_ text: Substring) -> [Inline] {
  var parser = InlineParser(Array(text))
  return mergeText(parser.parse(until: nil))
}

/// Joins adjacent `.text` runs.
func mergeText(_ inlines: [Inline]) -> [Inline] {
  var result: [Inline] = []
  for inline in inlines {
    if case .text(let next) = inline, case .text(let previous)? = result.last {
      result[result.count - 1] = .text(previous + next)
    } else if case .text(let s) = inline, s.isEmpty {
      continue
    } else {
      result.append(inline)
    }
  }
  return result
}

private struct InlineParser {
  let chars: [Character]
  var position = 0

  init(_ chars: [Character]) { self.chars = chars }

  static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

  /// Parses until the end (or the closing delimiter index, exclusive).
  mutating func parse(until end: Int?) -> [Inline] {
    let stop = end ?? chars.count
    var out: [Inline] = []
    var text = ""
    func flush() {
      if !text.isEmpty { out.append(.text(text)); text = "" }
    }
    while position < stop {
      let c = chars[position]
      switch c {
      case "\\":
        if position + 1 < stop, Self.punctuation.contains(chars[position + 1]) {
          text.append(chars[position + 1])
          position += 2
        } else {
          text.append(c)
          position += 1
        }
      case "`":
        let run = runLength(at: position, of: "`")
        if let close = findBacktickRun(length: run, from: position + run, before: stop) {
          flush()
          var code = String(chars[(position + run)..<close]).replacingOccurrences(of: "\n", with: " ")
          if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
            code = String(code.dropFirst().dropLast())
          }
          out.append(.code(code))
          position = close + run
        } else {
          text += String(repeating: "`", count: run)
          position += run
        }
      case "*", "_":
        if let (inline, next) = emphasis(at: position, before: stop) {
          flush()
          out.append(inline)
          position = next
        } else {
          let run = runLength(at: position, of: c)
          text += String(repeating: c, count: run)
          position += run
        }
      case "[", "!":
        let isImage = c == "!"
        let open = isImage ? position + 1 : position
        if open < stop, chars[open] == "[", let (label, destination, next) = link(at: open, before: stop) {
          flush()
          var inner = InlineParser(Array(chars[(open + 1)..<label]))
          var content = mergeText(inner.parse(until: nil))
          if isImage && content.isEmpty { content = [.text(destination)] }
          out.append(.link(text: content, destination: destination))
          position = next
        } else {
          text.append(c)
          position += 1
        }
      case "<":
        if let close = chars[position..<stop].firstIndex(of: ">") {
          let inside = String(chars[(position + 1)..<close])
          if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:"),
            !inside.contains(" ")
          {
            flush()
            out.append(.link(text: [.text(inside)], destination: inside))
            position = close + 1
            continue
          }
        }
        text.append(c)
        position += 1
      default:
        text.append(c)
        position += 1
      }
    }
    flush()
    return out
  }

  func runLength(at index: Int, of c: Character) -> Int {
    var n = 0
    while index + n < chars.count, chars[index + n] == c { n += 1 }
    return n
  }

  func findBacktickRun(length: Int, from start: Int, before stop: Int) -> Int? {
    var i = start
    while i < stop {
      if chars[i] == "`" {
        let run = runLength(at: i, of: "`")
        if run == length { return i }
        i += run
      } else {
        i += 1
      }
    }
    return nil
  }

  func isWordCharacter(_ index: Int) -> Bool {
    guard index >= 0, index < chars.count else { return false }
    return chars[index].isLetter || chars[index].isNumber
  }

  func isSpace(_ index: Int) -> Bool {
    guard index >= 0, index < chars.count else { return true }
    return chars[index].isWhitespace
  }

  /// Emphasis or strong starting at `index`, with the position after its closer.
  mutating func emphasis(at index: Int, before stop: Int) -> (Inline, Int)? {
    let c = chars[index]
    let run = runLength(at: index, of: c)
    // Opening: followed by non-space; `_` not preceded by a letter or digit.
    guard !isSpace(index + run) else { return nil }
    if c == "_" && isWordCharacter(index - 1) { return nil }
    let width = min(run, 3)
    guard let close = findCloser(of: c, width: width, from: index + width, before: stop) else {
      if width > 1, let close = findCloser(of: c, width: width - 1, from: index + width - 1, before: stop) {
        return wrap(c, width: width - 1, from: index, close: close)
      }
      return nil
    }
    return wrap(c, width: width, from: index, close: close)
  }

  mutating func wrap(_ c: Character, width: Int, from index: Int, close: Int) -> (Inline, Int) {
    var inner = InlineParser(Array(chars[(index + width)..<close]))
    let content = mergeText(inner.parse(until: nil))
    let inline: Inline
    switch width {
    case 1: inline = .emphasis(content)
    case 2: inline = .strong(content)
    default: inline = .strong([.emphasis(content)])
    }
    return (inline, close + width)
  }

  /// The start of a closing run of exactly `width` characters `c`.
  func findCloser(of c: Character, width: Int, from start: Int, before stop: Int) -> Int? {
    var i = start
    while i < stop {
      let ch = chars[i]
      if ch == "\\" { i += 2; continue }
      if ch == "`" {
        let run = runLength(at: i, of: "`")
        if let close = findBacktickRun(length: run, from: i + run, before: stop) { i = close + run } else { i += run }
        continue
      }
      if ch == c {
        let run = min(runLength(at: i, of: c), stop - i)
        if run == width && i > start && !isSpace(i - 1) && !(c == "_" && isWordCharacter(i + run)) {
          return i
        }
        i += run
        continue
      }
      i += 1
    }
    return nil
  }

  /// A link `[label](destination)` whose `[` is at `open`: the label's end, destination, next.
  func link(at open: Int, before stop: Int) -> (Int, String, Int)? {
    var depth = 0
    var i = open
    var labelEnd: Int? = nil
    while i < stop {
      let ch = chars[i]
      if ch == "\\" { i += 2; continue }
      if ch == "[" { depth += 1 }
      if ch == "]" {
        depth -= 1
        if depth == 0 { labelEnd = i; break }
      }
      i += 1
    }
    guard let end = labelEnd, end + 1 < stop, chars[end + 1] == "(" else { return nil }
    guard let closeParen = chars[(end + 2)..<stop].firstIndex(of: ")") else { return nil }
    var destination = String(chars[(end + 2)..<closeParen]).trimmingCharacters(in: .whitespaces)
    // Drop an optional title: [text](url "title").
    if let space = destination.firstIndex(of: " ") { destination = String(destination[..<space]) }
    if destination.hasPrefix("<") && destination.hasSuffix(">") { destination = String(destination.dropFirst().dropLast()) }
    return (end, destination, closeParen + 1)
  }
}
