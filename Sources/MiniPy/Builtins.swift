// The builtin functions and types: print, len, range, sorted, int, float, ...

import Foundation

// MARK: - Conversions used by builtins and hosts

extension Interpreter {
  /// A number as Double (int, bool, float, or a host object's `asDouble`).
  public func toDouble(_ v: Value, what: String = "value") throws -> Double {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o): if let d = try o.asDouble(self) { return d }
    default: break
    }
    throw PyException(.type, "\(what) must be a real number, not \(v.typeName)")
  }

  /// An integer (int, bool, or a host integer scalar). With `strict: false`, floats are truncated.
  public func toInt(_ v: Value, what: String = "value", strict: Bool = true) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .float(let d) where !strict:
      guard d.isFinite, abs(d) < 9.2e18 else { throw PyException(.overflow, "cannot convert float \(Self.floatRepr(d)) to integer") }
      return Int(d)
    case .object(let o):
      if let i = o.asIndex() { return i }
      if !strict, let i = try o.asInt(self) { return i }
    default: break
    }
    throw PyException(.type, "\(what) must be an integer, not \(v.typeName)")
  }
}

// MARK: - range and iterators

/// Python's `range`.
public final class PyRange: PyObject {
  public let start: Int, stop: Int, step: Int
  public init(start: Int, stop: Int, step: Int) { self.start = start; self.stop = stop; self.step = step }
  public var typeName: String { "range" }
  public var count: Int {
    if step > 0 { return stop > start ? (stop - start + step - 1) / step : 0 }
    return start > stop ? (start - stop - step - 1) / (-step) : 0
  }
  public func length(_ interp: Interpreter) throws -> Int? { count }
  public func repr(_ interp: Interpreter) throws -> String {
    step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
  }
  public func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    if case .slice(let s) = index {
      let (lo, _, st) = try s.indices(length: count)
      let n = try s.positions(length: count).count
      return .object(PyRange(start: start + lo * step, stop: start + (lo + n * st) * step, step: step * st))
    }
    let i = try interp.sequenceIndex(index, count: count, what: "range object")
    return .int(start + i * step)
  }
  public func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    guard case .int(let x) = value else { return nil }
    if step > 0 ? (x < start || x >= stop) : (x > start || x <= stop) { return false }
    return (x - start) % step == 0
  }
  public func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? {
    ValuesIterator((0..<count).map { .int(start + $0 * step) })
  }
  public func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    guard op == .equal || op == .notEqual, case .object(let o) = other, let r = o as? PyRange else { return nil }
    let same = count == r.count && (count == 0 || (start == r.start && (count == 1 || step == r.step)))
    return .bool(op == .equal ? same : !same)
  }
  public func hashKey() -> Int? { start &* 31 &+ stop &* 7 &+ step }
}

/// The iterator objects returned by `iter`, `enumerate`, `zip`, `map`, `filter`, `reversed`.
final class PyIteratorObject: PyObject, PyIterator {
  let kind: String
  var items: [Value]
  var position = 0
  init(_ kind: String, _ items: [Value]) { self.kind = kind; self.items = items }
  var typeName: String { kind }
  func next() throws -> Value? {
    guard position < items.count else { return nil }
    defer { position += 1 }
    return items[position]
  }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { self }
  func repr(_ interp: Interpreter) throws -> String { "<\(kind) object at \(Interpreter.address(self))>" }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views printed as `dict_keys([...])`.
final class DictView: PyObject {
  enum Kind: String { case keys = "dict_keys", values = "dict_values", items = "dict_items" }
  let kind: Kind
  let dict: PyDict
  init(_ kind: Kind, _ dict: PyDict) { self.kind = kind; self.dict = dict }
  var typeName: String { kind.rawValue }
  var values: [Value] {
    switch kind {
    case .keys: return dict.keys
    case .values: return dict.values
    case .items: return dict.items.map { .tuple([$0.key, $0.value]) }
    }
  }
  func length(_ interp: Interpreter) throws -> Int? { dict.count }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { ValuesIterator(values) }
  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    if kind == .keys { return try dict.get(value) != nil }
    return try values.contains { try interp.equals($0, value) }
  }
  func repr(_ interp: Interpreter) throws -> String { "\(kind.rawValue)(\(try interp.repr(.list(PyList(values)))))" }
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    guard op == .equal || op == .notEqual, kind == .keys else { return nil }
    let a = try interp.setOf(values)
    let b = try interp.setOf(try interp.iterate(other))
    let eq = try interp.equals(.set(a), .set(b))
    return .bool(op == .equal ? eq : !eq)
  }
}

// MARK: - Installing the builtins

extension Interpreter {
  func defineBuiltin(_ name: String, isType: Bool = false, _ body: @escaping (Arguments) throws -> Value) {
    let b = BuiltinFunction(name: name, body)
    b.isType = isType
    builtins[name] = .builtin(b)
  }

  /// Gives builtin `name` a one-argument entry (see `BuiltinFunction.unary`).
  func setUnary(_ name: String, _ body: @escaping (Value) throws -> Value) {
    if case .builtin(let b)? = builtins[name] { b.unary = body }
  }

  /// The value `type(v)` returns.
  func typeValue(of v: Value) -> Value {
    switch v {
    case .instance(let i): return .cls(i.cls)
    case .cls: return builtins["type"]!
    case .builtin(let b) where b.isType: return builtins["type"]!
    default:
      let name = v.typeName
      if let t = builtins[name], case .builtin(let b) = t, b.isType { return t }
      if let t = typeCache[name] { return t }
      let b = BuiltinFunction(name: name) { args in throw PyException(.type, "cannot create '\(name)' instances") }
      b.isType = true
      if case .object(let o) = v { b.typeModule = o.typeModule }
      typeCache[name] = .builtin(b)
      return .builtin(b)
    }
  }

  func builtinTypeAttribute(_ type: String, _ name: String) throws -> Value {
    if name == "__name__" { return .str(type) }
    if type == "dict" && name == "fromkeys" {
      return .builtin(BuiltinFunction(name: "fromkeys") { [unowned(unsafe) self] args in
        let d = PyDict()
        let v = args.count > 1 ? args[1] : .none
        for k in try self.iterate(try args.required(0, "iterable")) { try d.set(k, v) }
        return .dict(d)
      })
    }
    if ["str", "list", "dict", "set", "int", "float", "tuple"].contains(type) {
      return .builtin(BuiltinFunction(name: name) { [unowned(unsafe) self] args in
        guard let recv = args.positional.first else { throw PyException(.type, "unbound method \(type).\(name)() needs an argument") }
        var rest = args; rest.positional.removeFirst()
        guard let r = try self.builtinMethod(recv, name, rest) else { throw self.attributeError(recv, name, candidates: []) }
        return r
      })
    }
    throw PyException(.attribute, "type object '\(type)' has no attribute '\(name)'")
  }

  /// Whether `v` is an instance of the class or builtin type `cls`.
  func isInstance(_ v: Value, _ cls: Value) throws -> Bool {
    switch cls {
    case .tuple(let items): return try items.contains { try isInstance(v, $0) }
    case .cls(let c):
      if case .instance(let i) = v { return i.cls.isSubclass(of: c) }
      return false
    case .builtin(let b) where b.isType:
      switch (b.name, v) {
      case ("object", _): return true
      case ("int", .int), ("int", .bool), ("float", .float), ("str", .str), ("bool", .bool),
        ("list", .list), ("tuple", .tuple), ("dict", .dict), ("set", .set), ("type", .cls),
        ("range", .object(is PyRange)):
        return true
      case (_, .object(let o)): return o.isInstance(of: b.name)
      case ("type", .builtin(let x)): return x.isType
      default: return false
      }
    case .object(let t):
      if let r = try t.instanceCheck(v, self) { return r }
      fallthrough
    default:
      throw PyException(.type, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
  }

  func installBuiltins() {
    defineBuiltin("print") { [unowned(unsafe) self] args in
      try args.expectKeywords(["sep", "end", "file", "flush"])
      var sep = " ", end = "\n"
      if let s = args.keyword("sep"), !s.isNone { guard case .str(let x) = s else { throw PyException(.type, "sep must be None or a string, not \(s.typeName)") }; sep = x }
      if let e = args.keyword("end"), !e.isNone { guard case .str(let x) = e else { throw PyException(.type, "end must be None or a string, not \(e.typeName)") }; end = x }
      let text = try args.positional.map { try self.str($0) }.joined(separator: sep) + end
      self.output(text)
      return .none
    }
    defineBuiltin("len") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      return .int(try self.length(args[0]))
    }
    setUnary("len") { [unowned(unsafe) self] v in .int(try self.length(v)) }
    defineBuiltin("range", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 3)
      let n = try args.positional.map { try self.toInt($0, what: "range() argument") }
      let (a, b, c) = n.count == 1 ? (0, n[0], 1) : (n[0], n[1], n.count == 3 ? n[2] : 1)
      if c == 0 { throw PyException(.value, "range() arg 3 must not be zero") }
      return .object(PyRange(start: a, stop: b, step: c))
    }
    defineBuiltin("enumerate") { [unowned(unsafe) self] args in
      let start = try args.int(1, "start", default: 0)
      let items = try self.iterate(try args.required(0, "iterable"))
      return .object(PyIteratorObject("enumerate", items.enumerated().map { .tuple([.int($0.offset + start), $0.element]) }))
    }
    defineBuiltin("zip") { [unowned(unsafe) self] args in
      let lists = try args.positional.map { try self.iterate($0) }
      let strict = try args.bool(-1, "strict", default: false)
      let n = lists.map(\.count).min() ?? 0
      if strict, Set(lists.map(\.count)).count > 1 { throw PyException(.value, "zip() arguments have different lengths") }
      return .object(PyIteratorObject("zip", (0..<n).map { i in .tuple(lists.map { $0[i] }) }))
    }
    defineBuiltin("map") { [unowned(unsafe) self] args in
      guard args.count >= 2 else { throw PyException(.type, "map() must have at least two arguments.") }
      let fn = args[0]
      let lists = try args.positional.dropFirst().map { try self.iterate($0) }
      let n = lists.map(\.count).min() ?? 0
      var out: [Value] = []
      for i in 0..<n { out.append(try self.call(fn, lists.map { $0[i] }, [])) }
      return .object(PyIteratorObject("map", out))
    }
    defineBuiltin("filter") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 2)
      let fn = args[0]
      let out = try self.iterate(args[1]).filter { try self.isTruthy(fn.isNone ? $0 : try self.call(fn, [$0], [])) }
      return .object(PyIteratorObject("filter", out))
    }
    defineBuiltin("reversed") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      if case .dict = args[0] { throw PyException(.type, "'dict' object is not reversible") }
      if case .set = args[0] { throw PyException(.type, "'set' object is not reversible") }
      return .object(PyIteratorObject("list_reverseiterator", try self.iterate(args[0]).reversed()))
    }
    defineBuiltin("iter") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      if case .object(let o) = args[0], o is PyIteratorObject { return args[0] }
      return .object(PyIteratorObject("iterator", try self.iterate(args[0])))
    }
    defineBuiltin("next") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 2)
      if case .object(let o) = args[0], let it = o as? PyIterator {
        if let v = try it.next() { return v }
        if args.count > 1 { return args[1] }
        throw PyException(.stopIteration, "")
      }
      if case .instance(let i) = args[0], let m = i.cls.lookup("__next__") {
        do { return try self.call(m, [args[0]], []) } catch let e as PyException where args.count > 1 && self.exceptionClass(of: e).name == "StopIteration" { return args[1] }
      }
      throw PyException(.type, "'\(args[0].typeName)' object is not an iterator")
    }
    defineBuiltin("abs") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      switch args[0] {
      case .int(let i): if i == Int.min { throw Self.overflow("abs") }; return .int(abs(i))
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d): return .float(abs(d))
      case .object(let o):
        if let r = try o.callMethod("__abs__", args) { return r }
      case .instance(let i): if let m = i.cls.lookup("__abs__") { return try self.call(m, [args[0]], []) }
      default: break
      }
      throw PyException(.type, "bad operand type for abs(): '\(args[0].typeName)'")
    }
    defineBuiltin("sum") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 2)
      var acc: Value = try args.value(1, "start") ?? .int(0)
      if case .str = acc { throw PyException(.type, "sum() can't sum strings [use ''.join(seq) instead]") }
      for x in try self.iterate(args[0]) {
        if case .float(let a) = acc, case .float(let b) = x { acc = .float(a + b); continue }
        acc = try self.binary(.add, acc, x)
      }
      return acc
    }
    for name in ["min", "max"] {
      let isMax = name == "max"
      defineBuiltin(name) { [unowned(unsafe) self] args in
        try args.expectKeywords(["key", "default"])
        let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let items: [Value]
        if args.count == 1 { items = try self.iterate(args[0]) }
        else if args.count == 0 { throw PyException(.type, "\(name) expected at least 1 argument, got 0") }
        else { items = args.positional }
        guard !items.isEmpty else {
          if let d = args.keyword("default") { return d }
          throw PyException(.value, "\(name)() arg is an empty sequence")
        }
        var best = items[0]
        var bestKey = try key.map { try self.call($0, [best], []) } ?? best
        for x in items.dropFirst() {
          let k = try key.map { try self.call($0, [x], []) } ?? x
          if try self.isTruthy(try self.compare(isMax ? .greater : .less, k, bestKey)) { best = x; bestKey = k }
        }
        return best
      }
    }
    defineBuiltin("round") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 2)
      let nd = try args.value(1, "ndigits")
      switch args[0] {
      case .int, .bool:
        let i: Int? = try self.toInt(args[0])
        guard let nd, !nd.isNone else { return .int(i!) }
        let n = try self.toInt(nd, what: "ndigits")
        if n >= 0 { return .int(i!) }
        if n < -18 { return .int(0) }
        var p = 1; for _ in 0..<(-n) { p *= 10 }
        let q = Self.floatDivmod(Double(i!), Double(p)).0
        let r = i! - Int(q) * p
        var result = Int(q) * p
        if 2 * r > p || (2 * r == p && Int(q) % 2 != 0) { result += p }
        return .int(result)
      case .float(let d):
        guard let nd, !nd.isNone else {
          guard d.isFinite else { throw PyException(d.isNaN ? .value : .overflow, d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer") }
          let r = d.rounded(.toNearestOrEven)
          guard abs(r) < 9.2e18 else { throw Self.overflow("round") }
          return .int(Int(r))
        }
        return .float(Self.roundDouble(d, try self.toInt(nd, what: "ndigits")))
      case .object(let o):
        if let r = try o.callMethod("__round__", args.count > 1 ? Arguments([args[1]], interpreter: self, functionName: "round") : Arguments([], interpreter: self, functionName: "round")) { return r }
        let d = try self.toDouble(args[0], what: "round() argument")
        if let nd, !nd.isNone { return .float(Self.roundDouble(d, try self.toInt(nd))) }
        return .int(Int(d.rounded(.toNearestOrEven)))
      case .instance(let i):
        if let m = i.cls.lookup("__round__") { return try self.call(m, [args[0]] + args.positional.dropFirst(), []) }
      default: break
      }
      throw PyException(.type, "type \(args[0].typeName) doesn't define __round__ method")
    }
    defineBuiltin("divmod") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 2)
      if case .int(let a) = args[0], case .int(let b) = args[1] {
        return .tuple([try Self.intBinary(.floorDivide, a, b), try Self.intBinary(.modulo, a, b)])
      }
      let a = try self.toDouble(args[0], what: "divmod()"), b = try self.toDouble(args[1], what: "divmod()")
      if b == 0 { throw PyException(.zeroDivision, "float divmod()") }
      let (q, r) = Self.floatDivmod(a, b)
      return .tuple([.float(q), .float(r)])
    }
    defineBuiltin("pow") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 3)
      if args.count == 3 {
        var b = try self.toInt(args[0]), e = try self.toInt(args[1])
        let m = try self.toInt(args[2])
        if m == 0 { throw PyException(.value, "pow() 3rd argument cannot be 0") }
        if e < 0 { throw PyException(.value, "pow() 2nd argument cannot be negative when 3rd argument specified") }
        let am = abs(m)
        func mulmod(_ x: Int, _ y: Int) -> Int { am.dividingFullWidth(x.multipliedFullWidth(by: y)).remainder }
        var r = 1 % am
        b = ((b % am) + am) % am
        while e > 0 {
          if e & 1 == 1 { r = mulmod(r, b) }
          b = mulmod(b, b); e >>= 1
        }
        if m < 0 && r != 0 { r += m }
        return .int(r)
      }
      return try self.binary(.power, args[0], args[1])
    }
    defineBuiltin("hex") { [unowned(unsafe) self] args in .str(try Self.formatInt(try self.toInt(args.required(0, "x")), try FormatSpec("#x"))) }
    defineBuiltin("oct") { [unowned(unsafe) self] args in .str(try Self.formatInt(try self.toInt(args.required(0, "x")), try FormatSpec("#o"))) }
    defineBuiltin("bin") { [unowned(unsafe) self] args in .str(try Self.formatInt(try self.toInt(args.required(0, "x")), try FormatSpec("#b"))) }
    defineBuiltin("ord") { args in
      guard case .str(let s) = try args.required(0, "c") else { throw PyException(.type, "ord() expected string of length 1, but \(args[0].typeName) found") }
      guard s.unicodeScalars.count == 1 else { throw PyException(.type, "ord() expected a character, but string of length \(s.unicodeScalars.count) found") }
      return .int(Int(s.unicodeScalars.first!.value))
    }
    defineBuiltin("chr") { [unowned(unsafe) self] args in
      let i = try self.toInt(args.required(0, "i"))
      guard i >= 0, let u = Unicode.Scalar(UInt32(clamping: i)) else { throw PyException(.value, "chr() arg not in range(0x110000)") }
      return .str(String(u))
    }
    defineBuiltin("repr") { [unowned(unsafe) self] args in try args.expectPositional(min: 1, max: 1); return .str(try self.repr(args[0])) }
    defineBuiltin("format") { [unowned(unsafe) self] args in .str(try self.format(try args.required(0, "value"), try args.string(1, "format_spec", default: ""))) }
    defineBuiltin("hash") { [unowned(unsafe) self] args in
      let v = try args.required(0, "obj")
      switch v {
      case .int(let i): return .int(i)
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d) where d == d.rounded() && abs(d) < 9e18: return .int(Int(d))
      default: _ = self; return .int(try HashKey(v).hashValue)
      }
    }
    defineBuiltin("id") { args in
      switch try args.required(0, "obj") {
      case .list(let l): return .int(ObjectIdentifier(l).hashValue)
      case .dict(let d): return .int(ObjectIdentifier(d).hashValue)
      case .instance(let i): return .int(ObjectIdentifier(i).hashValue)
      case .object(let o): return .int(ObjectIdentifier(o).hashValue)
      case let v: return .int((try? HashKey(v).hashValue) ?? 0)
      }
    }
    defineBuiltin("callable") { args in
      switch try args.required(0, "obj") {
      case .function, .builtin, .cls: return .bool(true)
      case .instance(let i): return .bool(i.cls.lookup("__call__") != nil)
      default: return .bool(false)
      }
    }
    defineBuiltin("isinstance") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 2)
      return .bool(try self.isInstance(args[0], args[1]))
    }
    defineBuiltin("issubclass") { args in
      try args.expectPositional(min: 2, max: 2)
      guard case .cls(let a) = args[0] else { throw PyException(.type, "issubclass() arg 1 must be a class") }
      let targets: [Value]
      if case .tuple(let t) = args[1] { targets = t } else { targets = [args[1]] }
      for t in targets { if case .cls(let b) = t, a.isSubclass(of: b) { return .bool(true) } }
      return .bool(false)
    }
    defineBuiltin("getattr") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 3)
      guard case .str(let name) = args[1] else { throw PyException(.type, "attribute name must be string, not '\(args[1].typeName)'") }
      // an attribute MiniPy does not provide (`np.fft`) is absent: the default, as for a missing one
      do { return try self.getAttribute(args[0], name) } catch let e as PyException where (e.kind == .attribute || e.kind == .notSupported) && args.count == 3 { return args[2] }
    }
    defineBuiltin("setattr") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 3, max: 3)
      guard case .str(let name) = args[1] else { throw PyException(.type, "attribute name must be string, not '\(args[1].typeName)'") }
      try self.setAttribute(args[0], name, args[2]); return .none
    }
    defineBuiltin("hasattr") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 2)
      guard case .str(let name) = args[1] else { throw PyException(.type, "attribute name must be string, not '\(args[1].typeName)'") }
      // False for an attribute MiniPy does not provide, so `if hasattr(np, "fft")` takes the fallback
      do { _ = try self.getAttribute(args[0], name); return .bool(true) } catch let e as PyException where e.kind == .attribute || e.kind == .notSupported { return .bool(false) }
    }
    defineBuiltin("delattr") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 2)
      guard case .str(let name) = args[1] else { throw PyException(.type, "attribute name must be string") }
      try self.deleteAttribute(args[0], name); return .none
    }
    defineBuiltin("dir") { [unowned(unsafe) self] args in
      if args.count == 0 { return .list(PyList(self.globalNames.map { .str($0) })) }
      return .list(PyList(self.attributeNames(of: args[0]).sorted().map { .str($0) }))
    }
    defineBuiltin("sorted") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      try args.expectKeywords(["key", "reverse"])
      let items = try self.iterate(args[0])
      return .list(PyList(try self.sortValues(items, key: args.keyword("key"), reverse: try args.bool(-1, "reverse", default: false))))
    }
    defineBuiltin("any") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      for x in try self.iterate(args[0]) where try self.isTruthy(x) { return .bool(true) }
      return .bool(false)
    }
    defineBuiltin("all") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      for x in try self.iterate(args[0]) where !(try self.isTruthy(x)) { return .bool(false) }
      return .bool(true)
    }
    defineBuiltin("input") { _ in
      throw PyException(.notSupported, "not supported in MiniPy: input()", hint: "set the value in the code instead")
    }
    defineBuiltin("open") { [unowned(unsafe) self] args in try self.openFile(args) }
    defineBuiltin("exit") { _ in throw PyException(.runtime, "", pythonClassName: "SystemExit") }
    builtins["quit"] = builtins["exit"]
    defineBuiltin("super") { [unowned(unsafe) self] args in
      if args.count == 2 {
        guard case .cls(let c) = args[0] else { throw PyException(.type, "super() argument 1 must be a type") }
        return .object(SuperProxy(owner: c, receiver: args[1]))
      }
      guard let f = self.currentFrame, let owner = f.ownerClass, f.code.slotCount > 0 || !f.cells.isEmpty else {
        throw PyException(.runtime, "super(): no arguments (use it inside a method)")
      }
      let target = f.code.paramTargets.first ?? 0
      let receiver = target >= 0 ? f.slots[target] : f.cells[-target - 1].value
      guard let r = receiver else { throw PyException(.runtime, "super(): no arguments") }
      return .object(SuperProxy(owner: owner, receiver: r))
    }
    defineBuiltin("staticmethod") { args in .object(MethodWrapper(.staticMethod, try args.required(0, "function"))) }
    defineBuiltin("classmethod") { args in .object(MethodWrapper(.classMethod, try args.required(0, "function"))) }
    defineBuiltin("property") { args in
      let w = MethodWrapper(.property, try args.required(0, "fget"))
      w.setter = try args.value(1, "fset")
      return .object(w)
    }
    defineBuiltin("vars") { [unowned(unsafe) self] args in
      guard args.count == 1, case .instance = args[0] else { throw PyException(.type, "vars() argument must have __dict__ attribute") }
      return try self.getAttribute(args[0], "__dict__")
    }
    defineBuiltin("globals") { [unowned(unsafe) self] _ in
      let d = PyDict()
      for n in self.globalNames { d.set(n, self.global(n)!) }
      return .dict(d)
    }

    // MARK: Types
    defineBuiltin("object", isType: true) { _ in .instance(PyInstance(cls: PyClass(name: "object", bases: []))) }
    defineBuiltin("type", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 1)
      return self.typeValue(of: args[0])
    }
    defineBuiltin("int", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 2)
      guard args.count > 0 else { return .int(0) }
      let v = args[0]
      if args.count == 2 || args.keyword("base") != nil {
        guard case .str(let s) = v else { throw PyException(.type, "int() can't convert non-string with explicit base") }
        return .int(try Self.parseInt(s, base: try args.int(1, "base", default: 10)))
      }
      switch v {
      case .int: return v
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d):
        if d.isNaN { throw PyException(.value, "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyException(.overflow, "cannot convert float infinity to integer") }
        guard abs(d) < 9.223372036854775e18 else { throw Self.overflow("int()") }
        return .int(Int(d))
      case .str(let s): return .int(try Self.parseInt(s, base: 10))
      case .object(let o):
        if let i = try o.asInt(self) { return .int(i) }
      case .instance(let i):
        if let m = i.cls.lookup("__int__") { return try self.call(m, [v], []) }
      default: break
      }
      throw PyException(.type, "int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
    }
    defineBuiltin("float", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 1)
      guard args.count > 0 else { return .float(0) }
      let v = args[0]
      switch v {
      case .float: return v
      case .int(let i): return .float(Double(i))
      case .bool(let b): return .float(b ? 1 : 0)
      case .str(let s): return .float(try Self.parseFloat(s))
      case .object(let o):
        if let d = try o.asDouble(self) { return .float(d) }
      case .instance(let i):
        if let m = i.cls.lookup("__float__") { return try self.call(m, [v], []) }
      default: break
      }
      throw PyException(.type, "float() argument must be a string or a real number, not '\(v.typeName)'")
    }
    defineBuiltin("str", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 1)
      return .str(args.count == 0 ? "" : try self.str(args[0]))
    }
    defineBuiltin("bool", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 1)
      return .bool(args.count == 0 ? false : try self.isTruthy(args[0]))
    }
    defineBuiltin("list", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 1)
      return .list(PyList(args.count == 0 ? [] : try self.iterate(args[0])))
    }
    defineBuiltin("tuple", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 1)
      return .tuple(args.count == 0 ? [] : try self.iterate(args[0]))
    }
    defineBuiltin("set", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 1)
      return .set(try self.setOf(args.count == 0 ? [] : try self.iterate(args[0])))
    }
    defineBuiltin("dict", isType: true) { [unowned(unsafe) self] args in
      try args.expectPositional(max: 1)
      let d = PyDict()
      if args.count == 1 {
        if case .dict(let other) = args[0] { for e in other.items { try d.set(e.key, e.value) } } else {
          for (n, item) in try self.iterate(args[0]).enumerated() {
            let pair = try self.iterate(item)
            guard pair.count == 2 else { throw PyException(.value, "dictionary update sequence element #\(n) has length \(pair.count); 2 is required") }
            try d.set(pair[0], pair[1])
          }
        }
      }
      for (k, v) in args.keywords { try d.set(.str(k), v) }
      return .dict(d)
    }
    defineBuiltin("slice", isType: true) { args in
      try args.expectPositional(min: 1, max: 3)
      if args.count == 1 { return .slice(PySlice(start: .none, stop: args[0], step: .none)) }
      return .slice(PySlice(start: args[0], stop: args[1], step: args.count > 2 ? args[2] : .none))
    }
    builtins["NotImplemented"] = .object(NotImplementedMarker.shared)
    builtins["Ellipsis"] = .ellipsis
    builtins["__name__"] = .str("__main__")
    for (name, cls) in exceptionClasses { builtins[name] = .cls(cls) }
    for (_, e) in globalTable { e.builtin = builtins[e.name] }
  }

  /// Python's `float(s)`: decimal or exponent notation, `inf`/`nan` in any case, underscores
  /// between digits, surrounding whitespace.
  public static func parseFloat(_ s: String) throws -> Double {
    let t = s.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "").lowercased()
    switch t {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan", "+nan", "-nan": return .nan
    default:
      if let d = Double(t), !t.contains("x"), !t.isEmpty { return d }
      throw PyException(.value, "could not convert string to float: \(Self.stringRepr(s))")
    }
  }

  /// Python's `int(s, base)`.
  public static func parseInt(_ s: String, base: Int) throws -> Int {
    // (Swift's `Int(_:radix:)` traps outside 2...36)
    guard base == 0 || (2...36).contains(base) else { throw PyException(.value, "int() base must be >= 2 and <= 36, or 0") }
    var t = s.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "")
    var neg = false
    if t.hasPrefix("-") { neg = true; t.removeFirst() } else if t.hasPrefix("+") { t.removeFirst() }
    var b = base
    let lower = t.lowercased()
    if (b == 16 || b == 0) && lower.hasPrefix("0x") { t.removeFirst(2); b = 16 }
    else if (b == 8 || b == 0) && lower.hasPrefix("0o") { t.removeFirst(2); b = 8 }
    else if (b == 2 || b == 0) && lower.hasPrefix("0b") { t.removeFirst(2); b = 2 }
    if b == 0 { b = 10 }
    guard !t.isEmpty, let v = Int(t, radix: b) else {
      if !t.isEmpty, t.allSatisfy({ $0.isNumber }) { throw overflow("int()") }
      throw PyException(.value, "invalid literal for int() with base \(base): \(stringRepr(s))")
    }
    return neg ? -v : v
  }

  static func roundDouble(_ d: Double, _ n: Int) -> Double {
    guard d.isFinite else { return d }
    if n > 300 { return d }
    if n >= 0 {
      return Double(String(format: "%.\(n)f", d)) ?? d
    }
    if n < -308 { return 0 * d }
    let p = Foundation.pow(10.0, Double(-n))
    let q = (d / p).rounded(.toNearestOrEven)
    return q * p
  }

  /// A stable merge sort comparing with Python's `<` (through `key`), as `sorted` does.
  func sortValues(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
    let key = key.flatMap { $0.isNone ? nil : $0 }
    let keys = try key.map { k in try items.map { try call(k, [$0], []) } } ?? items
    var idx = Array(0..<items.count)
    func less(_ a: Int, _ b: Int) throws -> Bool {
      let (x, y) = (keys[a], keys[b])
      if case .int(let i) = x, case .int(let j) = y { return i < j }
      if case .float(let i) = x, case .float(let j) = y { return i < j }
      if case .str(let i) = x, case .str(let j) = y { return Self.scalarOrder(i, j) < 0 }
      return try isTruthy(try compare(.less, x, y))
    }
    // reverse=True keeps equal items in their original order, like Python
    func before(_ a: Int, _ b: Int) throws -> Bool { reverse ? try less(b, a) : try less(a, b) }
    var buffer = idx
    func mergeSort(_ lo: Int, _ hi: Int) throws {
      if hi - lo < 2 { return }
      let mid = (lo + hi) / 2
      try mergeSort(lo, mid); try mergeSort(mid, hi)
      var i = lo, j = mid, k = lo
      while i < mid && j < hi {
        if try before(idx[j], idx[i]) { buffer[k] = idx[j]; j += 1 } else { buffer[k] = idx[i]; i += 1 }
        k += 1
      }
      while i < mid { buffer[k] = idx[i]; i += 1; k += 1 }
      while j < hi { buffer[k] = idx[j]; j += 1; k += 1 }
      for t in lo..<hi { idx[t] = buffer[t] }
    }
    try mergeSort(0, idx.count)
    return idx.map { items[$0] }
  }

  /// Names offered for `v.` completion and by `dir(v)`.
  public func attributeNames(of v: Value) -> [String] {
    switch v {
    case .instance(let i): return Array(Set(i.attributeNames + i.cls.mro.flatMap { $0.namespace.keys }))
    case .cls(let c): return Array(Set(c.mro.flatMap { $0.namespace.keys }))
    case .module(let m): return Array(m.attributes.keys)
    case .object(let o): return o.attributeNames
    case .builtin(let b) where !b.attributes.isEmpty: return Array(b.attributes.keys)
    default: return Self.builtinMethodNames(v)
    }
  }
}
