// Methods of the builtin types: str, list, dict, set, tuple, int, float.

import Foundation

extension Interpreter {
  static let strMethods: Set<String> = [
    "split", "rsplit", "join", "strip", "lstrip", "rstrip", "replace", "upper", "lower", "capitalize",
    "title", "swapcase", "startswith", "endswith", "find", "rfind", "index", "rindex", "count",
    "format", "zfill", "ljust", "rjust", "center", "isdigit", "isalpha", "isalnum", "isspace",
    "isupper", "islower", "isnumeric", "isdecimal", "splitlines", "partition", "rpartition",
    "casefold", "removeprefix", "removesuffix", "encode", "istitle", "expandtabs",
  ]
  static let listMethods: Set<String> = ["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"]
  static let dictMethods: Set<String> = ["keys", "values", "items", "get", "pop", "popitem", "setdefault", "update", "copy", "clear"]
  static let setMethods: Set<String> = [
    "add", "remove", "discard", "pop", "union", "intersection", "difference", "symmetric_difference",
    "issubset", "issuperset", "isdisjoint", "update", "copy", "clear", "intersection_update", "difference_update",
  ]
  static let tupleMethods: Set<String> = ["count", "index"]
  static let intMethods: Set<String> = ["bit_length", "conjugate", "is_integer"]
  static let floatMethods: Set<String> = ["is_integer", "conjugate", "hex", "as_integer_ratio"]

  static func builtinMethodNames(_ v: Value) -> [String] {
    switch v {
    case .str: return Array(strMethods)
    case .list: return Array(listMethods)
    case .dict: return Array(dictMethods)
    case .set: return Array(setMethods)
    case .tuple: return Array(tupleMethods)
    case .int, .bool: return Array(intMethods)
    case .float: return Array(floatMethods)
    default: return []
    }
  }

  static func hasBuiltinMethod(_ v: Value, _ name: String) -> Bool {
    switch v {
    case .str: return strMethods.contains(name)
    case .list: return listMethods.contains(name)
    case .dict: return dictMethods.contains(name)
    case .set: return setMethods.contains(name)
    case .tuple: return tupleMethods.contains(name)
    case .int, .bool: return intMethods.contains(name)
    case .float: return floatMethods.contains(name)
    default: return false
    }
  }

  /// Calls method `name` of a builtin-typed receiver; nil if there is no such method.
  func builtinMethod(_ v: Value, _ name: String, _ a: Arguments) throws -> Value? {
    var a = a
    a.functionName = name
    switch v {
    case .str(let s): return try strMethod(s, name, a)
    case .list(let l): return try listMethod(l, name, a)
    case .dict(let d): return try dictMethod(d, name, a)
    case .set(let s): return try setMethod(s, name, a)
    case .tuple(let t):
      switch name {
      case "count": return .int(try t.filter { try equals($0, try a.required(0, "value")) }.count)
      case "index":
        let x = try a.required(0, "value")
        for (i, y) in t.enumerated() where try equals(x, y) { return .int(i) }
        throw PyException(.value, "tuple.index(x): x not in tuple")
      default: return nil
      }
    case .int(let i):
      switch name {
      case "bit_length": return .int(i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount)
      case "conjugate": return v
      case "is_integer": return .bool(true)
      default: return nil
      }
    case .bool(let b): return try builtinMethod(.int(b ? 1 : 0), name, a)
    case .float(let d):
      switch name {
      case "is_integer": return .bool(d.isFinite && d == d.rounded())
      case "conjugate": return v
      default: return nil
      }
    default: return nil
    }
  }

  // MARK: str

  func strArg(_ a: Arguments, _ i: Int, _ name: String) throws -> String? {
    guard let v = try a.value(i, name), !v.isNone else { return nil }
    guard case .str(let s) = v else { throw PyException(.type, "\(a.functionName)() argument must be str or None, not \(v.typeName)") }
    return s
  }

  func strMethod(_ s: String, _ name: String, _ a: Arguments) throws -> Value? {
    switch name {
    case "split", "rsplit":
      let sep = try strArg(a, 0, "sep")
      let maxsplit = try a.int(1, "maxsplit", default: -1)
      return .list(PyList(try Self.split(s, sep, maxsplit, fromRight: name == "rsplit").map { .str($0) }))
    case "join":
      let items = try iterate(try a.required(0, "iterable"))
      var parts: [String] = []
      for (i, x) in items.enumerated() {
        guard case .str(let t) = x else { throw PyException(.type, "sequence item \(i): expected str instance, \(x.typeName) found") }
        parts.append(t)
      }
      return .str(parts.joined(separator: s))
    case "strip", "lstrip", "rstrip":
      let chars = try strArg(a, 0, "chars")
      let set: (Unicode.Scalar) -> Bool = chars.map { c in { c.unicodeScalars.contains($0) } } ?? { $0.properties.isWhitespace }
      var u = Array(s.unicodeScalars)
      if name != "rstrip" { let k = u.firstIndex { !set($0) } ?? u.count; u.removeFirst(k) }
      if name != "lstrip" { while let l = u.last, set(l) { u.removeLast() } }
      return .str(String(String.UnicodeScalarView(u)))
    case "replace":
      let old = try a.string(0, "old"), new = try a.string(1, "new")
      let count = try a.int(2, "count", default: -1)
      if count < 0 { return .str(old.isEmpty ? Self.insertBetween(s, new) : s.replacingOccurrences(of: old, with: new)) }
      var out = s, n = 0, start = out.startIndex
      while n < count, let r = out.range(of: old, range: start..<out.endIndex) {
        out.replaceSubrange(r, with: new)
        start = out.index(r.lowerBound, offsetBy: new.count)
        n += 1
      }
      return .str(out)
    case "upper": return .str(s.uppercased())
    case "lower", "casefold": return .str(s.lowercased())
    case "capitalize": return .str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
    case "title":
      var out = "", prevLetter = false
      for c in s { out += prevLetter ? c.lowercased() : c.uppercased(); prevLetter = c.isLetter }
      return .str(out)
    case "swapcase": return .str(String(s.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
    case "startswith", "endswith":
      let p = try a.required(0, "prefix")
      let candidates: [Value]
      if case .tuple(let t) = p { candidates = t } else { candidates = [p] }
      let scalars = Array(s.unicodeScalars)
      let lo = try Self.clampIndex(a.value(1, "start"), scalars.count, default: 0)
      let hi = try Self.clampIndex(a.value(2, "end"), scalars.count, default: scalars.count)
      let sub = lo <= hi ? String(String.UnicodeScalarView(scalars[lo..<hi])) : ""
      for c in candidates {
        guard case .str(let t) = c else { throw PyException(.type, "\(name) first arg must be str or a tuple of str, not \(c.typeName)") }
        if name == "startswith" ? sub.unicodeScalars.starts(with: t.unicodeScalars) : sub.unicodeScalars.reversed().starts(with: t.unicodeScalars.reversed()) { return .bool(true) }
      }
      return .bool(false)
    case "find", "rfind", "index", "rindex", "count":
      let sub = Array(try a.string(0, "sub").unicodeScalars)
      let scalars = Array(s.unicodeScalars)
      let lo = try Self.clampIndex(a.value(1, "start"), scalars.count, default: 0)
      let hi = try Self.clampIndex(a.value(2, "end"), scalars.count, default: scalars.count)
      var hits: [Int] = []
      if lo <= hi {
        var i = lo
        while i + sub.count <= hi {
          if Array(scalars[i..<i + sub.count]) == sub {
            hits.append(i)
            i += name == "count" ? max(sub.count, 1) : 1
          } else { i += 1 }
          if name == "find" || name == "index", !hits.isEmpty { break }
        }
      }
      if name == "count" { return .int(hits.count) }
      let r = (name == "find" || name == "index") ? hits.first : hits.last
      if let r { return .int(r) }
      if name.hasSuffix("index") { throw PyException(.value, "substring not found") }
      return .int(-1)
    case "format": return .str(try strFormat(s, a))
    case "zfill":
      let w = try a.int(0, "width")
      try chargeMemory(max(w, 0))
      let n = s.unicodeScalars.count
      if n >= w { return .str(s) }
      if s.hasPrefix("-") || s.hasPrefix("+") { return .str(String(s.first!) + String(repeating: "0", count: w - n) + s.dropFirst()) }
      return .str(String(repeating: "0", count: w - n) + s)
    case "ljust", "rjust", "center":
      let w = try a.int(0, "width")
      try chargeMemory(max(w, 0))
      let fill = try strArg(a, 1, "fillchar") ?? " "
      guard fill.unicodeScalars.count == 1 else { throw PyException(.type, "The fill character must be exactly one character long") }
      let n = s.unicodeScalars.count
      if n >= w { return .str(s) }
      let pad = w - n
      switch name {
      case "ljust": return .str(s + String(repeating: fill, count: pad))
      case "rjust": return .str(String(repeating: fill, count: pad) + s)
      default:
        let left = pad / 2 + (pad & w & 1)
        return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
      }
    case "isdigit", "isnumeric", "isdecimal":
      return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil })
    case "isalpha": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic })
    case "isalnum": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    case "isspace": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isWhitespace })
    case "isupper": return .bool(s.contains { $0.isCased } && !s.contains { $0.isLowercase })
    case "islower": return .bool(s.contains { $0.isCased } && !s.contains { $0.isUppercase })
    case "istitle": return .bool(s == (try strMethod(s, "title", a)).flatMap { if case .str(let t) = $0 { return t }; return nil })
    case "splitlines":
      var lines = s.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
      if lines.last == "" { lines.removeLast() }
      return .list(PyList(lines.map { .str($0) }))
    case "partition", "rpartition":
      let sep = try a.string(0, "sep")
      if sep.isEmpty { throw PyException(.value, "empty separator") }
      let r = name == "partition" ? s.range(of: sep) : s.range(of: sep, options: .backwards)
      guard let r else { return name == "partition" ? .tuple([.str(s), .str(""), .str("")]) : .tuple([.str(""), .str(""), .str(s)]) }
      return .tuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))])
    case "removeprefix":
      let p = try a.string(0, "prefix")
      return .str(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
    case "removesuffix":
      let p = try a.string(0, "suffix")
      return .str(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
    case "expandtabs":
      let size = try a.int(0, "tabsize", default: 8)
      var out = "", col = 0
      for ch in s {
        if ch == "\t" { let n = size > 0 ? size - col % size : 0; out += String(repeating: " ", count: n); col += n }
        else if ch == "\n" || ch == "\r" { out.append(ch); col = 0 }
        else { out.append(ch); col += 1 }
      }
      return .str(out)
    case "encode": throw PyException(.notSupported, "not supported in MiniPy: bytes (str.encode)")
    default: return nil
    }
  }

  static func insertBetween(_ s: String, _ x: String) -> String {
    x + s.unicodeScalars.map { String($0) }.joined(separator: x) + (s.isEmpty ? "" : x)
  }

  static func clampIndex(_ v: Value?, _ n: Int, default d: Int) throws -> Int {
    guard let v, !v.isNone else { return d }
    guard case .int(var i) = v else { throw PyException(.type, "slice indices must be integers or None") }
    if i < 0 { i += n }
    return min(max(i, 0), n)
  }

  /// Python's `str.split` / `rsplit`.
  static func split(_ s: String, _ sep: String?, _ maxsplit: Int, fromRight: Bool) throws -> [String] {
    if let sep {
      if sep.isEmpty { throw PyException(.value, "empty separator") }
      var parts = s.components(separatedBy: sep)
      if maxsplit >= 0 && parts.count > maxsplit + 1 {
        if fromRight {
          let head = parts[0..<(parts.count - maxsplit)].joined(separator: sep)
          parts = [head] + parts[(parts.count - maxsplit)...]
        } else {
          let tail = parts[maxsplit...].joined(separator: sep)
          parts = Array(parts[0..<maxsplit]) + [tail]
        }
      }
      return parts
    }
    // whitespace split
    let u = Array(s.unicodeScalars)
    var words: [(Int, Int)] = []
    var i = 0
    while i < u.count {
      while i < u.count, u[i].properties.isWhitespace { i += 1 }
      if i >= u.count { break }
      let start = i
      while i < u.count, !u[i].properties.isWhitespace { i += 1 }
      words.append((start, i))
    }
    func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(u[a..<b])) }
    if maxsplit < 0 || words.count <= maxsplit + 1 { return words.map { text($0.0, $0.1) } }
    if fromRight {
      let keep = words.suffix(maxsplit)
      var headEnd = words[words.count - maxsplit - 1].1
      _ = headEnd; headEnd = words[words.count - maxsplit - 1].1
      return [text(words[0].0, headEnd)] + keep.map { text($0.0, $0.1) }
    }
    var out = words.prefix(maxsplit).map { text($0.0, $0.1) }
    var tailEnd = u.count
    while tailEnd > words[maxsplit].0, u[tailEnd - 1].properties.isWhitespace { tailEnd -= 1 }
    out.append(text(words[maxsplit].0, tailEnd))
    return out
  }

  // MARK: list

  func listMethod(_ l: PyList, _ name: String, _ a: Arguments) throws -> Value? {
    switch name {
    case "append":
      guard a.count == 1, a.keywords.isEmpty else { throw PyException(.type, "list.append() takes exactly one argument (\(a.count) given)") }
      l.items.append(a[0]); return Value.none
    case "extend": l.items += try iterate(try a.required(0, "iterable")); return Value.none
    case "insert":
      try a.expectPositional(min: 2, max: 2)
      var i = try toInt(a[0], what: "index")
      let n = l.items.count
      if i < 0 { i = max(0, i + n) } else { i = min(i, n) }
      l.items.insert(a[1], at: i); return Value.none
    case "pop":
      if l.items.isEmpty { throw PyException(.index, "pop from empty list") }
      guard let iv = try a.value(0, "index") else { return l.items.removeLast() }
      var i = try toInt(iv, what: "index")
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw PyException(.index, "pop index out of range") }
      return l.items.remove(at: i)
    case "remove":
      let x = try a.required(0, "value")
      for (i, y) in l.items.enumerated() where try equals(y, x) { l.items.remove(at: i); return Value.none }
      throw PyException(.value, "list.remove(x): x not in list")
    case "index":
      let x = try a.required(0, "value")
      let lo = try Self.clampIndex(a.value(1, "start"), l.items.count, default: 0)
      let hi = try Self.clampIndex(a.value(2, "stop"), l.items.count, default: l.items.count)
      if lo < hi { for i in lo..<hi where try equals(l.items[i], x) { return .int(i) } }
      throw PyException(.value, "\(try repr(x)) is not in list")
    case "count":
      let x = try a.required(0, "value")
      return .int(try l.items.filter { try equals($0, x) }.count)
    case "sort":
      try a.expectPositional(max: 0)
      try a.expectKeywords(["key", "reverse"])
      l.items = try sortValues(l.items, key: a.keyword("key"), reverse: try a.bool(-1, "reverse", default: false))
      return Value.none
    case "reverse": l.items.reverse(); return Value.none
    case "copy": return .list(PyList(l.items))
    case "clear": l.items.removeAll(); return Value.none
    default: return nil
    }
  }

  // MARK: dict

  func dictMethod(_ d: PyDict, _ name: String, _ a: Arguments) throws -> Value? {
    switch name {
    case "keys": return .object(DictView(.keys, d))
    case "values": return .object(DictView(.values, d))
    case "items": return .object(DictView(.items, d))
    case "get":
      try a.expectPositional(min: 1, max: 2)
      return try d.get(a[0]) ?? (a.count > 1 ? a[1] : .none)
    case "pop":
      try a.expectPositional(min: 1, max: 2)
      if let v = try d.remove(a[0]) { return v }
      if a.count > 1 { return a[1] }
      let e = PyException(.key, try repr(a[0])); e.args = [a[0]]; throw e
    case "popitem":
      guard let last = d.items.last else { throw PyException(.key, "'popitem(): dictionary is empty'") }
      try d.remove(last.key)
      return .tuple([last.key, last.value])
    case "setdefault":
      try a.expectPositional(min: 1, max: 2)
      if let v = try d.get(a[0]) { return v }
      let v = a.count > 1 ? a[1] : .none
      try d.set(a[0], v); return v
    case "update":
      if a.count > 0 {
        if case .dict(let o) = a[0] { for e in o.items { try d.set(e.key, e.value) } } else {
          for item in try iterate(a[0]) {
            let pair = try iterate(item)
            guard pair.count == 2 else { throw PyException(.value, "dictionary update sequence element has length \(pair.count); 2 is required") }
            try d.set(pair[0], pair[1])
          }
        }
      }
      for (k, v) in a.keywords { try d.set(.str(k), v) }
      return Value.none
    case "copy": return .dict(d.copy())
    case "clear": d.removeAll(); return Value.none
    default: return nil
    }
  }

  // MARK: set

  func setMethod(_ s: PySet, _ name: String, _ a: Arguments) throws -> Value? {
    func others() throws -> [[Value]] { try a.positional.map { try iterate($0) } }
    switch name {
    case "add": try s.storage.set(try a.required(0, "elem"), .none); return Value.none
    case "remove":
      let x = try a.required(0, "elem")
      if try s.storage.remove(x) == nil { let e = PyException(.key, try repr(x)); e.args = [x]; throw e }
      return Value.none
    case "discard": try s.storage.remove(try a.required(0, "elem")); return Value.none
    case "pop":
      guard let first = s.items.first else { throw PyException(.key, "'pop from an empty set'") }
      try s.storage.remove(first); return first
    case "union": return .set(try setOf(s.items + (try others()).flatMap { $0 }))
    case "update", "intersection_update", "difference_update":
      let r: Value = try setMethod(s, name == "update" ? "union" : name == "intersection_update" ? "intersection" : "difference", a)!
      guard case .set(let n) = r else { return Value.none }
      s.storage = n.storage; return Value.none
    case "intersection":
      var items = s.items
      for o in try others() { let t = try setOf(o); items = try items.filter { try t.storage.get($0) != nil } }
      return .set(try setOf(items))
    case "difference":
      var items = s.items
      for o in try others() { let t = try setOf(o); items = try items.filter { try t.storage.get($0) == nil } }
      return .set(try setOf(items))
    case "symmetric_difference":
      let t = try setOf(try iterate(try a.required(0, "other")))
      return .set(try setOf(try s.items.filter { try t.storage.get($0) == nil } + t.items.filter { try s.storage.get($0) == nil }))
    case "issubset":
      let t = try setOf(try iterate(try a.required(0, "other")))
      return .bool(try s.items.allSatisfy { try t.storage.get($0) != nil })
    case "issuperset":
      return .bool(try iterate(try a.required(0, "other")).allSatisfy { try s.storage.get($0) != nil })
    case "isdisjoint":
      return .bool(try iterate(try a.required(0, "other")).allSatisfy { try s.storage.get($0) == nil })
    case "copy": return .set(try setOf(s.items))
    case "clear": s.storage.removeAll(); return Value.none
    default: return nil
    }
  }
}
