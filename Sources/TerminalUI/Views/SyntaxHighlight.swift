import TerminalKit

/// Highlights one line of MiniPy for display: keywords, builtins, strings, numbers, comments.
/// A lexer for colour only — it never rejects input (the real lexer is MiniPy's).
public func highlightPython(_ line: String, theme: Theme) -> StyledLine {
  var out = StyledLine()
  let chars = Array(line)
  var i = 0
  while i < chars.count {
    let ch = chars[i]
    if ch == "#" {
      out.append(String(chars[i...]), style: theme.comment)
      break
    }
    if ch == "\"" || ch == "'" {
      // A string to its closing quote (or the end of the line); f/r prefixes were already
      // emitted as part of the preceding identifier run.
      var j = i + 1
      while j < chars.count && chars[j] != ch {
        if chars[j] == "\\" { j += 1 }
        j += 1
      }
      j = min(j + 1, chars.count)
      out.append(String(chars[i..<j]), style: theme.string)
      i = j
      continue
    }
    if ch.isNumber || (ch == "." && i + 1 < chars.count && chars[i + 1].isNumber && (i == 0 || !isIdent(chars[i - 1]))) {
      var j = i
      while j < chars.count && (chars[j].isNumber || chars[j] == "." || chars[j] == "_" || chars[j] == "e" || chars[j] == "E"
        || ((chars[j] == "-" || chars[j] == "+") && j > i && (chars[j - 1] == "e" || chars[j - 1] == "E"))) { j += 1 }
      out.append(String(chars[i..<j]), style: theme.number)
      i = j
      continue
    }
    if isIdent(ch) {
      var j = i
      while j < chars.count && isIdent(chars[j]) { j += 1 }
      let word = String(chars[i..<j])
      // String prefixes: f"…", r'…'
      if j < chars.count, chars[j] == "\"" || chars[j] == "'", ["f", "r", "b", "rf", "fr", "F", "R"].contains(word) {
        out.append(word, style: theme.string)
        i = j
        continue
      }
      let style = pythonKeywords.contains(word) ? theme.keyword : pythonBuiltins.contains(word) ? theme.builtin : theme.plain
      out.append(word, style: style)
      i = j
      continue
    }
    out.append(String(ch))
    i += 1
  }
  return out
}

private func isIdent(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

let pythonKeywords: Set<String> = [
  "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
  "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
let pythonBuiltins: Set<String> = [
  "print", "len", "range", "enumerate", "zip", "min", "max", "abs", "sum", "round", "int",
  "float", "str", "bool", "list", "tuple", "dict", "set", "sorted", "reversed", "isinstance",
  "map", "filter", "any", "all", "type", "np", "plt", "pd",
]
