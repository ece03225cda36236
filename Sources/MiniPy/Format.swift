// Text: repr/str, Python's float repr, format specs, %-formatting and str.format.

import Foundation

// MARK: - repr and str

extension Interpreter {
  /// `repr(v)`: what the REPL echoes.
  public func repr(_ v: Value) throws -> String {
    var seen: Set<ObjectIdentifier> = []
    return try repr(v, &seen)
  }

  func repr(_ v: Value, _ seen: inout Set<ObjectIdentifier>) throws -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return Self.floatRepr(d)
    case .str(let s): return Self.stringRepr(s)
    case .list(let l):
      let id = ObjectIdentifier(l)
      if seen.contains(id) { return "[...]" }
      seen.insert(id); defer { seen.remove(id) }
      return "[" + (try l.items.map { try repr($0, &seen) }).joined(separator: ", ") + "]"
    case .tuple(let t):
      if t.count == 1 { return "(" + (try repr(t[0], &seen)) + ",)" }
      return "(" + (try t.map { try repr($0, &seen) }).joined(separator: ", ") + ")"
    case .dict(let d):
      let id = ObjectIdentifier(d)
      if seen.contains(id) { return "{...}" }
      seen.insert(id); defer { seen.remove(id) }
      return "{" + (try d.items.map { "\(try repr($0.key, &seen)): \(try repr($0.value, &seen))" }).joined(separator: ", ") + "}"
    case .set(let s):
      if s.count == 0 { return "set()" }
      return "{" + (try s.items.map { try repr($0, &seen) }).joined(separator: ", ") + "}"
    case .function(let f): return "<function \(f.qualifiedName) at \(Self.address(f))>"
    case .builtin(let b):
      if b.isType { return "<class '\(b.typeModule.map { $0 + "." } ?? "")\(b.name)'>" }
      if let r = b.receiver {
        if case .instance(let i) = r { return "<bound method \(i.cls.name).\(b.name) of \(try repr(r, &seen))>" }
        return "<built-in method \(b.name) of \(r.typeName) object at \(Self.address(b))>"
      }
      return "<built-in function \(b.name)>"
    case .cls(let c): return c.isException && exceptionClasses[c.name] === c ? "<class '\(c.name)'>" : "<class '__main__.\(c.name)'>"
    case .instance(let i):
      if let m = i.cls.lookup("__repr__") {
        let r = try call(m, [v], [])
        guard case .str(let s) = r else { throw PyException(.type, "__repr__ returned non-string (type \(r.typeName))") }
        return s
      }
      if i.cls.isException {
        guard case .tuple(let args)? = i[attribute: "args"] else { return "\(i.cls.name)()" }
        if args.count == 1 { return "\(i.cls.name)(\(try repr(args[0], &seen)))" }
        return "\(i.cls.name)(" + (try args.map { try repr($0, &seen) }).joined(separator: ", ") + ")"
      }
      return "<__main__.\(i.cls.name) object at \(Self.address(i))>"
    case .module(let m): return "<module '\(m.name)'>"
    case .slice(let s): return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
    case .ellipsis: return "Ellipsis"
    case .object(let o): return try o.repr(self)
    }
  }

  /// `str(v)`: what `print` writes.
  public func str(_ v: Value) throws -> String {
    switch v {
    case .str(let s): return s
    case .object(let o): return try o.str(self)
    case .instance(let i):
      if let m = i.cls.lookup("__str__") {
        let r = try call(m, [v], [])
        guard case .str(let s) = r else { throw PyException(.type, "__str__ returned non-string (type \(r.typeName))") }
        return s
      }
      if i.cls.isException { return try exceptionString(i) }
      return try repr(v)
    default: return try repr(v)
    }
  }

  static func address(_ o: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16).leftPadded(to: 12, with: "0")
  }

  /// Python's `repr` of a string: single quotes unless the text has a `'` and no `"`.
  static func stringRepr(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let q: Character = useDouble ? "\"" : "'"
    var out = String(q)
    for c in s.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "'" where !useDouble: out += "\\'"
      default:
        if c.value < 0x20 || c.value == 0x7f {
          out += "\\x" + String(c.value, radix: 16).leftPadded(to: 2, with: "0")
        } else if c.value >= 0x80 && c.value < 0xa0 {
          out += "\\x" + String(c.value, radix: 16).leftPadded(to: 2, with: "0")
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    out.append(q)
    return out
  }

  /// Python's `repr(float)`: the shortest string that round-trips, fixed notation for
  /// exponents -4 ≤ e < 16, otherwise `1e-05` / `1.5e+16` style.
  public static func floatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    let (neg, digits, exp) = shortestDigits(d)
    var out = neg ? "-" : ""
    if exp >= -4 && exp < 16 {
      if exp >= 0 {
        if digits.count > exp + 1 {
          out += digits.prefix(exp + 1) + "." + digits.dropFirst(exp + 1)
        } else {
          out += digits + String(repeating: "0", count: exp + 1 - digits.count) + ".0"
        }
      } else {
        out += "0." + String(repeating: "0", count: -exp - 1) + digits
      }
    } else {
      out += String(digits.prefix(1))
      if digits.count > 1 { out += "." + digits.dropFirst() }
      out += "e" + (exp < 0 ? "-" : "+") + String(abs(exp)).leftPadded(to: 2, with: "0")
    }
    return out
  }

  /// The shortest round-trip decimal digits of `d` and the decimal exponent of the first digit.
  static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
    var s = "\(abs(d))"   // Swift prints the shortest round-trip representation
    var exp = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exp = Int(s[s.index(after: e)...])!
      s = String(s[..<e])
    }
    var intPart = s, frac = ""
    if let dot = s.firstIndex(of: ".") { intPart = String(s[..<dot]); frac = String(s[s.index(after: dot)...]) }
    var digits = intPart + frac
    var pointPos = intPart.count
    while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); pointPos -= 1 }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (d < 0, digits, pointPos - 1 + exp)
  }
}

extension String {
  func leftPadded(to n: Int, with c: Character) -> String {
    count >= n ? self : String(repeating: c, count: n - count) + self
  }
}

// MARK: - Format specs

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct FormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  var alternate = false
  var zeroPad = false
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?

  init(_ spec: String) throws {
    var c = Array(spec)
    var i = 0
    if c.count >= 2, "<>^=".contains(c[1]) { fill = c[0]; align = c[1]; i = 2 }
    else if c.count >= 1, "<>^=".contains(c[0]) { align = c[0]; i = 1 }
    if i < c.count, "+- ".contains(c[i]) { sign = c[i]; i += 1 }
    if i < c.count, c[i] == "z" { i += 1 }
    if i < c.count, c[i] == "#" { alternate = true; i += 1 }
    if i < c.count, c[i] == "0" { zeroPad = true; i += 1 }
    var w = ""
    while i < c.count, c[i].isASCII, c[i].isNumber { w.append(c[i]); i += 1 }
    width = Int(w) ?? 0
    if w.count > 7 { throw PyException(.value, "Too many decimal digits in format string") }
    if i < c.count, c[i] == "," || c[i] == "_" { grouping = c[i]; i += 1 }
    if i < c.count, c[i] == "." {
      i += 1
      var p = ""
      while i < c.count, c[i].isASCII, c[i].isNumber { p.append(c[i]); i += 1 }
      guard !p.isEmpty else { throw PyException(.value, "Format specifier missing precision") }
      if p.count > 3 { throw PyException(.value, "precision too big") }
      precision = Int(p)
    }
    if i < c.count { type = c[i]; i += 1 }
    if i < c.count { c = Array(spec); throw PyException(.value, "Invalid format specifier '\(spec)'") }
  }

  func pad(_ body: String, numericSign: String = "", defaultAlign: Character) -> String {
    let a = align ?? (zeroPad ? "=" : defaultAlign)
    let f: Character = (zeroPad && align == nil) ? "0" : fill
    let total = numericSign.count + body.count
    guard width > total else { return numericSign + body }
    let n = width - total
    switch a {
    case "<": return numericSign + body + String(repeating: f, count: n)
    case "^": return String(repeating: f, count: n / 2) + numericSign + body + String(repeating: f, count: n - n / 2)
    case "=": return numericSign + String(repeating: f, count: n) + body
    default: return String(repeating: f, count: n) + numericSign + body
    }
  }
}

extension Interpreter {
  /// `format(v, spec)`, also used by f-strings and `str.format`.
  public func format(_ v: Value, _ spec: String) throws -> String {
    if spec.isEmpty { return try str(v) }
    switch v {
    case .str(let s):
      let fs = try FormatSpec(spec)
      if let t = fs.type, t != "s" { throw PyException(.value, "Unknown format code '\(t)' for object of type 'str'") }
      var body = s
      if let p = fs.precision { body = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
      return fs.pad(body, defaultAlign: "<")
    case .int(let i): return try Self.formatInt(i, try FormatSpec(spec))
    case .bool(let b): return try Self.formatInt(b ? 1 : 0, try FormatSpec(spec))
    case .float(let d): return try Self.formatDouble(d, try FormatSpec(spec))
    case .object(let o):
      if let s = try o.format(spec, self) { return s }
      throw PyException(.type, "unsupported format string passed to \(o.typeName).__format__")
    case .instance(let i):
      if let m = i.cls.lookup("__format__") { return try str(try call(m, [v, .str(spec)], [])) }
      fallthrough
    default:
      throw PyException(.type, "unsupported format string passed to \(v.typeName).__format__")
    }
  }

  static func group(_ digits: String, _ sep: Character?, every: Int = 3) -> String {
    guard let sep else { return digits }
    var out: [Character] = []
    for (k, c) in digits.reversed().enumerated() {
      if k > 0 && k % every == 0 { out.append(sep) }
      out.append(c)
    }
    return String(out.reversed())
  }

  static func signPrefix(_ negative: Bool, _ sign: Character) -> String {
    negative ? "-" : sign == "+" ? "+" : sign == " " ? " " : ""
  }

  static func formatInt(_ i: Int, _ fs: FormatSpec) throws -> String {
    switch fs.type {
    case nil, "d", "n":
      if fs.precision != nil { throw PyException(.value, "Precision not allowed in integer format specifier") }
      let digits = group(String(i.magnitude), fs.grouping)
      return fs.pad(digits, numericSign: signPrefix(i < 0, fs.sign), defaultAlign: ">")
    case "x", "X", "o", "b":
      let radix = fs.type == "o" ? 8 : fs.type == "b" ? 2 : 16
      var digits = String(i.magnitude, radix: radix, uppercase: fs.type == "X")
      if fs.grouping == "_" { digits = group(digits, "_", every: 4) }
      let prefix = fs.alternate ? (fs.type == "o" ? "0o" : fs.type == "b" ? "0b" : fs.type == "X" ? "0X" : "0x") : ""
      return fs.pad(digits, numericSign: signPrefix(i < 0, fs.sign) + prefix, defaultAlign: ">")
    case "c":
      guard let u = Unicode.Scalar(UInt32(clamping: i)) else { throw PyException(.overflow, "%c arg not in range(0x110000)") }
      return fs.pad(String(u), defaultAlign: "<")
    case "e", "E", "f", "F", "g", "G", "%":
      return try formatDouble(Double(i), fs)
    case let t?:
      throw PyException(.value, "Unknown format code '\(t)' for object of type 'int'")
    }
  }

  static func cFormat(_ d: Double, _ conv: String, _ precision: Int, alternate: Bool = false) -> String {
    String(format: "%\(alternate ? "#" : "").\(precision)\(conv)", d)
  }

  static func formatDouble(_ d: Double, _ fs: FormatSpec) throws -> String {
    let neg = d.sign == .minus && !(d.isNaN)
    let a = abs(d)
    var body: String
    switch fs.type {
    case "f", "F", "%":
      let x = fs.type == "%" ? a * 100 : a
      body = x.isFinite ? cFormat(x, "f", fs.precision ?? 6, alternate: fs.alternate) : (x.isNaN ? "nan" : "inf")
      if fs.type == "F" { body = body.uppercased() }
      if fs.type == "%" { body += "%" }
    case "e", "E":
      body = a.isFinite ? cFormat(a, "e", fs.precision ?? 6, alternate: fs.alternate) : (a.isNaN ? "nan" : "inf")
      if fs.type == "E" { body = body.uppercased() }
    case "g", "G":
      body = a.isFinite ? cFormat(a, "g", fs.precision.map { max($0, 1) } ?? 6, alternate: fs.alternate) : (a.isNaN ? "nan" : "inf")
      if fs.type == "G" { body = body.uppercased() }
    case nil:
      if let p = fs.precision {
        body = a.isFinite ? cFormat(a, "g", max(p, 1)) : (a.isNaN ? "nan" : "inf")
        if a.isFinite, !body.contains("."), !body.contains("e"), !body.contains("n") { }
      } else {
        body = floatRepr(a)
      }
    case "n": body = cFormat(a, "g", fs.precision ?? 6)
    case "d": throw PyException(.value, "Unknown format code 'd' for object of type 'float'")
    case let t?: throw PyException(.value, "Unknown format code '\(t)' for object of type 'float'")
    }
    if let g = fs.grouping, a.isFinite {
      let end = body.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" || $0 == "%" }) ?? body.endIndex
      body = group(String(body[..<end]), g) + body[end...]
    }
    return fs.pad(body, numericSign: signPrefix(neg, fs.sign), defaultAlign: ">")
  }
}

// MARK: - %-formatting

extension Interpreter {
  /// `fmt % args` (printf-style): `%d %i %f %e %g %s %r %x %o %c %%`, flags `-+ 0#`, width,
  /// precision, `*`, and `%(name)s` with a dict.
  func percentFormat(_ fmt: String, _ args: Value) throws -> String {
    let items: [Value]
    var mapping: PyDict?
    switch args {
    case .tuple(let t): items = t
    case .dict(let d): items = [args]; mapping = d
    default: items = [args]
    }
    var next = 0
    func take() throws -> Value {
      guard next < items.count else { throw PyException(.type, "not enough arguments for format string") }
      defer { next += 1 }
      return items[next]
    }
    var out = ""
    let c = Array(fmt)
    var i = 0
    while i < c.count {
      if c[i] != "%" { out.append(c[i]); i += 1; continue }
      i += 1
      guard i < c.count else { throw PyException(.value, "incomplete format") }
      var key: String?
      if c[i] == "(" {
        var j = i + 1, depth = 1
        while j < c.count, depth > 0 { if c[j] == "(" { depth += 1 } else if c[j] == ")" { depth -= 1 }; j += 1 }
        key = String(c[(i + 1)..<(j - 1)]); i = j
      }
      var flags = ""
      while i < c.count, "-+ 0#".contains(c[i]) { flags.append(c[i]); i += 1 }
      var width = ""
      if i < c.count, c[i] == "*" { width = String(try toInt(try take(), what: "* width")); i += 1 }
      while i < c.count, c[i].isASCII, c[i].isNumber { width.append(c[i]); i += 1 }
      var precision: Int?
      if i < c.count, c[i] == "." {
        i += 1
        var p = ""
        if i < c.count, c[i] == "*" { p = String(try toInt(try take(), what: "* precision")); i += 1 }
        while i < c.count, c[i].isASCII, c[i].isNumber { p.append(c[i]); i += 1 }
        precision = Int(p) ?? 0
      }
      while i < c.count, "hlL".contains(c[i]) { i += 1 }
      guard i < c.count else { throw PyException(.value, "incomplete format") }
      let type = c[i]; i += 1
      if type == "%" { out += "%"; continue }
      let v: Value
      if let key {
        guard let m = mapping else { throw PyException(.type, "format requires a mapping") }
        guard let x = try m.get(.str(key)) else { let e = PyException(.key, Self.stringRepr(key)); e.args = [.str(key)]; throw e }
        v = x
      } else { v = try take() }
      var spec = ""
      if flags.contains("-") { spec += "<" } else if !flags.contains("0") || "srac".contains(type) { spec += ">" }
      if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
      if flags.contains("#") { spec += "#" }
      if flags.contains("0") && !flags.contains("-") && !"srac".contains(type) { spec += "0" }
      spec += width
      switch type {
      case "d", "i", "u":
        let n: Int
        switch v {
        case .float(let d):
          guard d.isFinite else { throw PyException(.overflow, "cannot convert float infinity to integer") }
          n = Int(d)
        default: n = try toInt(v, what: "%d format", strict: false)
        }
        out += try Self.formatInt(n, try FormatSpec(spec + "d"))
      case "f", "F", "e", "E", "g", "G":
        let d = try toDouble(v, what: "%\(type) format")
        out += try Self.formatDouble(d, try FormatSpec(spec + ".\(precision ?? 6)\(type)"))
      case "x", "X", "o":
        out += try Self.formatInt(try toInt(v, what: "%\(type) format"), try FormatSpec(spec + String(type)))
      case "c":
        if case .str(let s) = v { out += try format(.str(s), spec) } else { out += try Self.formatInt(try toInt(v, what: "%c"), try FormatSpec(spec + "c")) }
      case "s", "r", "a":
        var s = type == "s" ? try str(v) : try repr(v)
        if let p = precision { s = String(s.prefix(p)) }
        out += try format(.str(s), spec)
      default:
        throw PyException(.value, "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first!.value, radix: 16))) at index \(i - 1)")
      }
    }
    if mapping == nil && next < items.count {
      throw PyException(.type, "not all arguments converted during string formatting")
    }
    return out
  }

  // MARK: str.format

  /// `fmt.format(*args, **kwargs)`.
  func strFormat(_ fmt: String, _ args: Arguments) throws -> String {
    var auto = 0
    return try strFormat(fmt, args, auto: &auto)
  }

  /// `auto` is the next automatic field number, shared with nested fields in format specs
  /// (`"{:>{}}".format(x, width)`: the field takes 0, its width 1, as in CPython).
  private func strFormat(_ fmt: String, _ args: Arguments, auto: inout Int) throws -> String {
    var out = ""
    let c = Array(fmt)
    var i = 0
    while i < c.count {
      let ch = c[i]
      if ch == "}" {
        if i + 1 < c.count, c[i + 1] == "}" { out += "}"; i += 2; continue }
        throw PyException(.value, "Single '}' encountered in format string")
      }
      if ch != "{" { out.append(ch); i += 1; continue }
      if i + 1 < c.count, c[i + 1] == "{" { out += "{"; i += 2; continue }
      // parse field up to matching }
      var j = i + 1, depth = 1
      while j < c.count {
        if c[j] == "{" { depth += 1 } else if c[j] == "}" { depth -= 1; if depth == 0 { break } }
        j += 1
      }
      guard j < c.count else { throw PyException(.value, "Single '{' encountered in format string") }
      let field = String(c[(i + 1)..<j])
      i = j + 1
      var name = field, conversion: Character?, spec = ""
      if let colon = Self.topLevelIndex(of: ":", in: name) {
        spec = String(name[name.index(after: colon)...]); name = String(name[..<colon])
      }
      if let bang = name.firstIndex(of: "!") {
        conversion = name[name.index(after: bang)...].first; name = String(name[..<bang])
      }
      // first part: index or keyword
      var rest = Substring(name)
      let head = rest.prefix { $0 != "." && $0 != "[" }
      rest = rest.dropFirst(head.count)
      var v: Value
      if head.isEmpty {
        guard auto < args.positional.count else { throw PyException(.index, "Replacement index \(auto) out of range for positional args tuple") }
        v = args.positional[auto]; auto += 1
      } else if let k = Int(head) {
        guard k < args.positional.count else { throw PyException(.index, "Replacement index \(k) out of range for positional args tuple") }
        v = args.positional[k]
      } else {
        guard let x = args.keyword(String(head)) else { let e = PyException(.key, Self.stringRepr(String(head))); e.args = [.str(String(head))]; throw e }
        v = x
      }
      while !rest.isEmpty {
        if rest.first == "." {
          rest = rest.dropFirst()
          let attr = rest.prefix { $0 != "." && $0 != "[" }
          rest = rest.dropFirst(attr.count)
          v = try getAttribute(v, String(attr))
        } else if rest.first == "[" {
          guard let close = rest.firstIndex(of: "]") else { throw PyException(.value, "Missing ']' in format string") }
          let key = rest[rest.index(after: rest.startIndex)..<close]
          rest = rest[rest.index(after: close)...]
          v = try getItem(v, Int(key).map { .int($0) } ?? .str(String(key)))
        } else { break }
      }
      if spec.contains("{") { spec = try strFormat(spec, args, auto: &auto) }
      switch conversion {
      case "r", "a": v = .str(try repr(v))
      case "s": v = .str(try str(v))
      default: break
      }
      out += try format(v, spec)
    }
    return out
  }

  static func topLevelIndex(of ch: Character, in s: String) -> String.Index? {
    var depth = 0
    var idx = s.startIndex
    while idx < s.endIndex {
      let c = s[idx]
      if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == ch && depth == 0 { return idx }
      idx = s.index(after: idx)
    }
    return nil
  }
}
