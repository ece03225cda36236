// The lexer: source text to tokens with Python's indentation rules (INDENT/DEDENT, implicit
// line joining inside brackets, `\` continuation, comments).

// MARK: - Tokens

enum TokenKind: Equatable {
  case name, int, float, string, fstring, op, newline, indent, dedent, eof
}

struct Token {
  var kind: TokenKind
  /// The name, operator, number text or decoded string value.
  var text: String
  var line: Int32
  var column: Int32      // 1-based, in Unicode scalars
  var endLine: Int32
  var endColumn: Int32   // exclusive
  /// For `.int`: the value. For strings: whether the literal was raw / bytes.
  var intValue: Int = 0
  var floatValue: Double = 0
  /// For f-strings: the raw (undecoded) content and its start position, for sub-parsing.
  var rawStart: (line: Int32, column: Int32) = (0, 0)
  var isRaw = false
}

// MARK: - Lexer

struct Lexer {
  let s: [Unicode.Scalar]
  let file: String
  var i = 0
  var line: Int32 = 1
  var lineStart = 0
  var tokens: [Token] = []
  var indents: [[Unicode.Scalar]] = [[]]
  var depth = 0               // bracket depth
  var brackets: [(Unicode.Scalar, Int32, Int32)] = []
  var atLineStart = true

  init(_ source: String, file: String) {
    s = Array(source.unicodeScalars)
    self.file = file
  }

  var column: Int32 { Int32(i - lineStart + 1) }

  func error(_ msg: String, line: Int32? = nil, column: Int32? = nil, endColumn: Int32? = nil, hint: String? = nil) -> Diagnostic {
    let l = Int(line ?? self.line), c = Int(column ?? self.column)
    let cls = msg.hasPrefix("inconsistent use of tabs") ? "TabError" : (msg.contains("indent") ? "IndentationError" : nil)
    return Diagnostic(.syntax, msg, range: SourceRange(file: file, line: l, column: c, endColumn: Int(endColumn ?? Int32(c + 1))), hint: hint, pythonClassName: cls)
  }

  func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

  mutating func add(_ kind: TokenKind, _ text: String, start: Int, line startLine: Int32? = nil, startColumn: Int32? = nil) {
    tokens.append(Token(kind: kind, text: text, line: startLine ?? line, column: startColumn ?? Int32(start - lineStart + 1), endLine: line, endColumn: column))
  }

  static func isIdentStart(_ c: Unicode.Scalar) -> Bool {
    c == "_" || (c.value < 128 ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") : c.properties.isXIDStart)
  }
  static func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
    c == "_" || (c.value < 128 ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") : c.properties.isXIDContinue)
  }

  mutating func tokenize() throws(Diagnostic) -> [Token] {
    while true {
      if atLineStart && depth == 0 {
        try handleIndentation()
        if i >= s.count { break }
      }
      guard let c = peek() else { break }
      if c == "\0" { throw error("source contains a NUL byte (\\0)", hint: "the file is probably binary or corrupted") }
      if c == " " || c == "\t" || c == "\u{0C}" { i += 1; continue }
      if c == "#" { while let d = peek(), d != "\n" { i += 1 }; continue }
      if c == "\r" { i += 1; continue }
      if c == "\\" {
        var j = i + 1
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        if j < s.count, s[j] == "\r" { j += 1 }
        if j < s.count, s[j] == "\n" { i = j + 1; line += 1; lineStart = i; continue }
        if j >= s.count { throw error("unexpected end of file after line continuation character") }
        throw error("unexpected character after line continuation character")
      }
      if c == "\n" {
        if depth == 0, let last = tokens.last, last.kind != .newline {
          add(.newline, "", start: i)
        }
        // Inside brackets a newline only joins lines: no indentation to measure when the next
        // line starts, and the newline after the closing bracket must still end the statement.
        i += 1; line += 1; lineStart = i; atLineStart = depth == 0
        continue
      }
      if Self.isIdentStart(c) {
        // string prefixes
        let start = i
        var j = i
        while j < s.count, Self.isIdentContinue(s[j]) { j += 1 }
        let word = String(String.UnicodeScalarView(s[i..<j]))
        if j < s.count, s[j] == "\"" || s[j] == "'", word.count <= 2, Set(word.lowercased()).isSubset(of: ["r", "f", "b", "u"]) {
          i = j
          try lexString(prefix: word.lowercased(), start: start)
          continue
        }
        i = j
        add(.name, word, start: start)
        continue
      }
      if c.properties.numericType != nil && c.value < 128 || (c == "." && (peek(1).map { $0 >= "0" && $0 <= "9" } ?? false)) {
        try lexNumber(); continue
      }
      if c == "\"" || c == "'" { try lexString(prefix: "", start: i); continue }
      try lexOperator()
    }
    if let (b, l, col) = brackets.last {
      throw error("'\(b)' was never closed", line: l, column: col)
    }
    if let last = tokens.last, last.kind != .newline, last.kind != .dedent { add(.newline, "", start: i) }
    while indents.count > 1 { indents.removeLast(); add(.dedent, "", start: i) }
    add(.eof, "", start: i)
    return tokens
  }

  // MARK: Indentation

  mutating func handleIndentation() throws(Diagnostic) {
    while true {
      var j = i
      var ind: [Unicode.Scalar] = []
      while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\u{0C}" { if s[j] != "\u{0C}" { ind.append(s[j]) }; j += 1 }
      if j >= s.count { i = j; atLineStart = false; return }
      let c = s[j]
      if c == "#" || c == "\n" || c == "\r" {   // blank or comment line: no indentation change
        while j < s.count, s[j] != "\n" { j += 1 }
        if j < s.count { j += 1; line += 1; lineStart = j }
        i = j
        if i >= s.count { atLineStart = false; return }
        continue
      }
      i = j
      atLineStart = false
      let top = indents.last!
      if ind == top { return }
      if ind.count > top.count && Array(ind[0..<top.count]) == top {
        if tokens.isEmpty || tokens.last?.kind == .indent || tokens.last?.kind == .dedent && false {
          throw error("unexpected indent", column: 1, endColumn: column)
        }
        if let last = tokens.last, last.kind == .newline, tokens.count >= 2, tokens[tokens.count - 2].text == ":" {
          indents.append(ind); add(.indent, "", start: i); return
        }
        throw error("unexpected indent", column: 1, endColumn: column, hint: "only the line after a ':' (if, for, def, ...) may be indented more")
      }
      if let k = indents.lastIndex(of: ind) {
        while indents.count - 1 > k { indents.removeLast(); add(.dedent, "", start: i) }
        return
      }
      let hasTab = ind.contains("\t") || indents.contains { $0.contains("\t") }
      if hasTab {
        throw error("inconsistent use of tabs and spaces in indentation", column: 1, endColumn: column, hint: "indent with spaces only (4 per level)")
      }
      if ind.count > top.count { throw error("unexpected indent", column: 1, endColumn: column) }
      throw error("unindent does not match any outer indentation level", column: 1, endColumn: column)
    }
  }

  // MARK: Numbers

  mutating func lexNumber() throws(Diagnostic) {
    let start = i
    func digits(_ ok: (Unicode.Scalar) -> Bool) -> String {
      var t = ""
      while let c = peek(), ok(c) || c == "_" { if c != "_" { t.unicodeScalars.append(c) }; i += 1 }
      return t
    }
    if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
      i += 2
      let radix = (x == "x" || x == "X") ? 16 : (x == "o" || x == "O") ? 8 : 2
      let t = digits { $0.properties.isASCIIHexDigit }
      guard let v = Int(t, radix: radix) else { throw error("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal", column: Int32(start - lineStart + 1)) }
      add(.int, t, start: start); tokens[tokens.count - 1].intValue = v
      return
    }
    var text = digits { $0 >= "0" && $0 <= "9" }
    var isFloat = false
    if peek() == ".", !(peek(1).map { Self.isIdentStart($0) } ?? false) || peek(1) == "e" || peek(1) == "E" {
      isFloat = true; i += 1; text += "." + digits { $0 >= "0" && $0 <= "9" }
    }
    if let e = peek(), e == "e" || e == "E", let n = peek(1), (n >= "0" && n <= "9") || ((n == "+" || n == "-") && (peek(2).map { $0 >= "0" && $0 <= "9" } ?? false)) {
      isFloat = true; i += 1; text += "e"
      if n == "+" || n == "-" { text.unicodeScalars.append(n); i += 1 }
      text += digits { $0 >= "0" && $0 <= "9" }
    }
    if let c = peek(), c == "j" || c == "J" {
      throw error("not supported in MiniPy: complex numbers", column: Int32(start - lineStart + 1))
    }
    if let c = peek(), Self.isIdentStart(c) { throw error("invalid decimal literal", column: Int32(start - lineStart + 1), endColumn: column + 1) }
    if isFloat {
      add(.float, text, start: start); tokens[tokens.count - 1].floatValue = Double(text) ?? .nan
    } else {
      guard let v = Int(text) else {
        throw error("integer literal too large: MiniPy ints are 64-bit", column: Int32(start - lineStart + 1), endColumn: column)
      }
      if text.count > 1, text.first == "0", v != 0 {
        throw error("leading zeros in decimal integer literals are not permitted", column: Int32(start - lineStart + 1), endColumn: column)
      }
      add(.int, text, start: start); tokens[tokens.count - 1].intValue = v
    }
  }

  // MARK: Strings

  mutating func lexString(prefix: String, start: Int) throws(Diagnostic) {
    let startLine = line, startCol = Int32(start - lineStart + 1)
    let raw = prefix.contains("r"), isF = prefix.contains("f")
    if prefix.contains("b") { throw error("not supported in MiniPy: bytes literals", column: startCol) }
    let q = s[i]
    let triple = peek(1) == q && peek(2) == q
    i += triple ? 3 : 1
    let contentStart = (line, column)
    var rawText: [Unicode.Scalar] = []
    while true {
      guard let c = peek() else {
        throw error(triple ? "unterminated triple-quoted string literal (detected at line \(line))" : "unterminated string literal (detected at line \(startLine))", line: startLine, column: startCol)
      }
      if c == "\0" { throw error("source contains a NUL byte (\\0)") }
      if c == "\\" {
        rawText.append(c); i += 1
        if let d = peek() { rawText.append(d); i += 1; if d == "\n" { line += 1; lineStart = i } }
        continue
      }
      if c == q {
        if !triple { i += 1; break }
        if peek(1) == q && peek(2) == q { i += 3; break }
      }
      if c == "\n" {
        if !triple { throw error("unterminated string literal (detected at line \(startLine))", line: startLine, column: startCol) }
        line += 1; rawText.append(c); i += 1; lineStart = i; continue
      }
      rawText.append(c); i += 1
    }
    let rawString = String(String.UnicodeScalarView(rawText))
    if isF {
      add(.fstring, rawString, start: start, line: startLine, startColumn: startCol)
      tokens[tokens.count - 1].rawStart = contentStart
      tokens[tokens.count - 1].isRaw = raw
    } else {
      let decoded = raw ? rawString : try Self.decodeEscapes(rawText, lexer: self, line: startLine, column: startCol)
      add(.string, decoded, start: start, line: startLine, startColumn: startCol)
    }
  }

  static func decodeEscapes(_ t: [Unicode.Scalar], lexer: Lexer, line: Int32, column: Int32) throws(Diagnostic) -> String {
    var out = String.UnicodeScalarView()
    var k = 0
    while k < t.count {
      let c = t[k]
      if c != "\\" || k + 1 >= t.count { out.append(c); k += 1; continue }
      let d = t[k + 1]; k += 2
      switch d {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "\\": out.append("\\")
      case "'": out.append("'")
      case "\"": out.append("\"")
      case "0": out.append("\0")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "v": out.append("\u{0B}")
      case "\n": break
      case "x", "u", "U":
        let n = d == "x" ? 2 : d == "u" ? 4 : 8
        guard k + n <= t.count, let v = UInt32(String(String.UnicodeScalarView(t[k..<k + n])), radix: 16), let sc = Unicode.Scalar(v) else {
          throw lexer.error("invalid \\\(d) escape in string literal", line: line, column: column)
        }
        out.append(sc); k += n
      default: out.append("\\"); out.append(d)
      }
    }
    return String(out)
  }

  // MARK: Operators

  static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
  static let twoCharOps: Set<String> = ["**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", "->", "<<", ">>", ":="]
  static let oneCharOps: Set<Unicode.Scalar> = ["+", "-", "*", "/", "%", "@", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "&", "|", "^", "~"]

  mutating func lexOperator() throws(Diagnostic) {
    let start = i
    func str(_ n: Int) -> String? { i + n <= s.count ? String(String.UnicodeScalarView(s[i..<i + n])) : nil }
    if let t = str(3), Self.threeCharOps.contains(t) { i += 3; add(.op, t, start: start); return }
    if let t = str(2), Self.twoCharOps.contains(t) { i += 2; add(.op, t, start: start); return }
    let c = s[i]
    guard Self.oneCharOps.contains(c) else {
      if c == "!" { throw error("invalid syntax: '!' (use 'not' or '!=')") }
      if c == "$" || c == "?" || c == "`" { throw error("invalid character '\(c)'") }
      throw error("invalid character '\(c)' (U+\(String(c.value, radix: 16, uppercase: true)))")
    }
    i += 1
    switch c {
    case "(", "[", "{":
      depth += 1; brackets.append((c, line, Int32(start - lineStart + 1)))
    case ")", "]", "}":
      let want: Unicode.Scalar = c == ")" ? "(" : c == "]" ? "[" : "{"
      guard let (open, l, _) = brackets.last else { throw error("unmatched '\(c)'", column: Int32(start - lineStart + 1)) }
      if open != want { throw error("closing parenthesis '\(c)' does not match opening parenthesis '\(open)'\(l != line ? " on line \(l)" : "")", column: Int32(start - lineStart + 1)) }
      brackets.removeLast(); depth -= 1
    default: break
    }
    add(.op, String(c), start: start)
  }
}
