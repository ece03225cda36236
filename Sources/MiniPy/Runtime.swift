// The object model at run time: operators, truth, equality, attributes, items, calls.

import Foundation

// MARK: - Numbers

extension Interpreter {
  static func overflow(_ what: String) -> PyException {
    PyException(.overflow, "integer overflow in \(what): MiniPy ints are 64-bit", hint: "use floats (e.g. 2.0 ** 100) for very large numbers")
  }

  /// The numeric value of int, bool and float operands, or nil.
  @inline(__always)
  static func numeric(_ v: Value) -> (isInt: Bool, i: Int, d: Double)? {
    switch v {
    case .int(let i): return (true, i, Double(i))
    case .bool(let b): return (true, b ? 1 : 0, b ? 1 : 0)
    case .float(let d): return (false, 0, d)
    default: return nil
    }
  }

  static func intBinary(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y); if o { throw overflow("+") }; return .int(r)
    case .subtract:
      let (r, o) = x.subtractingReportingOverflow(y); if o { throw overflow("-") }; return .int(r)
    case .multiply:
      let (r, o) = x.multipliedReportingOverflow(by: y); if o { throw overflow("*") }; return .int(r)
    case .trueDivide:
      if y == 0 { throw PyException(.zeroDivision, "division by zero") }
      return .float(Double(x) / Double(y))
    case .floorDivide:
      if y == 0 { throw PyException(.zeroDivision, "integer division or modulo by zero") }
      if x == Int.min && y == -1 { throw overflow("//") }
      var q = x / y
      if x % y != 0 && ((x < 0) != (y < 0)) { q -= 1 }
      return .int(q)
    case .modulo:
      if y == 0 { throw PyException(.zeroDivision, "integer modulo by zero") }
      if y == -1 { return .int(0) }
      var r = x % y
      if r != 0 && ((r < 0) != (y < 0)) { r += y }
      return .int(r)
    case .power:
      if y < 0 {
        if x == 0 { throw PyException(.zeroDivision, "0.0 cannot be raised to a negative power") }
        return .float(Foundation.pow(Double(x), Double(y)))
      }
      var result = 1, base = x, e = y
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base); if o { throw overflow("**") }; result = r
        }
        e >>= 1
        if e > 0 { let (b, o) = base.multipliedReportingOverflow(by: base); if o { throw overflow("**") }; base = b }
      }
      return .int(result)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .leftShift:
      if y < 0 { throw PyException(.value, "negative shift count") }
      if y >= 64 { if x == 0 { return .int(0) }; throw overflow("<<") }
      let r = x << y
      if r >> y != x { throw overflow("<<") }
      return .int(r)
    case .rightShift:
      if y < 0 { throw PyException(.value, "negative shift count") }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .matrixMultiply:
      throw PyException(.type, "unsupported operand type(s) for @: 'int' and 'int'")
    }
  }

  static func floatBinary(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .trueDivide:
      if y == 0 { throw PyException(.zeroDivision, "float division by zero") }
      return .float(x / y)
    case .floorDivide:
      if y == 0 { throw PyException(.zeroDivision, "float floor division by zero") }
      return .float(floatDivmod(x, y).0)
    case .modulo:
      if y == 0 { throw PyException(.zeroDivision, "float modulo") }
      return .float(floatDivmod(x, y).1)
    case .power:
      if x == 0 && y < 0 { throw PyException(.zeroDivision, "0.0 cannot be raised to a negative power") }
      if x < 0 && y != y.rounded() && y.isFinite { throw PyException(.notSupported, "not supported in MiniPy: complex numbers (negative number raised to a fractional power)") }
      let r = Foundation.pow(x, y)
      if r.isInfinite && x.isFinite && y.isFinite { throw PyException(.overflow, "(34, 'Numerical result out of range')") }
      return .float(r)
    default:
      throw PyException(.type, "unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
    }
  }

  /// Python's float `divmod`: the floor quotient and a remainder with the divisor's sign.
  static func floatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
      if (y < 0) != (mod < 0) { mod += y; div -= 1 }
    } else {
      mod = copysign(0, y)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = floor(div)
      if div - floordiv > 0.5 { floordiv += 1 }
    } else {
      floordiv = copysign(0, x / y)
    }
    return (floordiv, mod)
  }

  @inline(__always)
  static func compareInts(_ op: ComparisonOperator, _ x: Int, _ y: Int) -> Bool { compareValues(op, x, y) }
  @inline(__always)
  static func compareDoubles(_ op: ComparisonOperator, _ x: Double, _ y: Double) -> Bool { compareValues(op, x, y) }

  /// One comparison rule for every ordered type (IEEE semantics for doubles: NaN compares false).
  @inline(__always)
  static func compareValues<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
    switch op {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessEqual: return x <= y
    case .greater: return x > y
    case .greaterEqual: return x >= y
    }
  }
  static func compareOrder<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
    switch op {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessEqual: return x <= y
    case .greater: return x > y
    case .greaterEqual: return x >= y
    }
  }
}

// MARK: - Binary and unary operators

extension Interpreter {
  static let dunderNames: [BinaryOperator: String] = [
    .add: "add", .subtract: "sub", .multiply: "mul", .trueDivide: "truediv", .floorDivide: "floordiv",
    .modulo: "mod", .power: "pow", .matrixMultiply: "matmul", .bitAnd: "and", .bitOr: "or",
    .bitXor: "xor", .leftShift: "lshift", .rightShift: "rshift",
  ]

  /// `a op b` with Python semantics, dispatching to host objects (and their reflected forms)
  /// and to user classes' dunder methods.
  public func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    // host objects (arrays) first: no builtin rule below applies to an object on the left, or
    // to a number on the left with an object on the right
    switch a {
    case .object(let o):
      if let r = try o.binary(op, b, reflected: false, self) { return r }
      if case .object(let p) = b, let r = try p.binary(op, a, reflected: true, self) { return r }
      return try binaryDunder(op, a, b)
    case .int, .float, .bool:
      if case .object(let p) = b {
        if let r = try p.binary(op, a, reflected: true, self) { return r }
        return try binaryDunder(op, a, b)
      }
    default: break
    }
    if let x = Self.numeric(a), let y = Self.numeric(b) {
      if x.isInt && y.isInt { return try Self.intBinary(op, x.i, y.i) }
      switch op {
      case .bitAnd, .bitOr, .bitXor, .leftShift, .rightShift, .matrixMultiply: break
      default: return try Self.floatBinary(op, x.d, y.d)
      }
    }
    switch (a, b) {
    case (.str(let x), .str(let y)) where op == .add: return .str(x + y)
    case (.str(let x), _) where op == .modulo: return .str(try percentFormat(x, b))
    case (.str(let x), .int(let n)) where op == .multiply, (.int(let n), .str(let x)) where op == .multiply:
      if n <= 0 || x.isEmpty { return .str("") }
      let (total, o) = x.utf8.count.multipliedReportingOverflow(by: n)
      if o { throw PyException(.memory, "cannot make a string of more than 2^63 bytes") }
      try chargeMemory(total)
      return .str(String(repeating: x, count: n))
    case (.list(let x), .list(let y)) where op == .add: return .list(PyList(x.items + y.items))
    case (.list(let x), .int(let n)) where op == .multiply, (.int(let n), .list(let x)) where op == .multiply:
      return .list(PyList(try repeatItems(x.items, n)))
    case (.tuple(let x), .tuple(let y)) where op == .add: return .tuple(x + y)
    case (.tuple(let x), .int(let n)) where op == .multiply, (.int(let n), .tuple(let x)) where op == .multiply:
      return .tuple(try repeatItems(x, n))
    case (.set(let x), .set(let y)):
      switch op {
      case .bitOr: return .set(try setOf(x.items + y.items))
      case .bitAnd: return .set(try setOf(try x.items.filter { try y.storage.get($0) != nil }))
      case .subtract: return .set(try setOf(try x.items.filter { try y.storage.get($0) == nil }))
      case .bitXor: return .set(try setOf(try x.items.filter { try y.storage.get($0) == nil } + y.items.filter { try x.storage.get($0) == nil }))
      default: break
      }
    case (.dict(let x), .dict(let y)) where op == .bitOr:
      let d = x.copy(); for e in y.items { try d.set(e.key, e.value) }; return .dict(d)
    default: break
    }
    if case .object(let o) = a, let r = try o.binary(op, b, reflected: false, self) { return r }
    if case .object(let o) = b, let r = try o.binary(op, a, reflected: true, self) { return r }
    return try binaryDunder(op, a, b)
  }

  /// The rest of `binary` once host objects declined: user classes' dunder methods, then
  /// `TypeError`.
  func binaryDunder(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    let dunder = Self.dunderNames[op]!
    if case .instance(let i) = a, let m = i.cls.lookup("__\(dunder)__") {
      let r = try call(m, [a, b], [])
      if !Self.isNotImplemented(r) { return r }
    }
    if case .instance(let i) = b, let m = i.cls.lookup("__r\(dunder)__") {
      let r = try call(m, [b, a], [])
      if !Self.isNotImplemented(r) { return r }
    }
    if op == .add, case .str = a { throw PyException(.type, "can only concatenate str (not \"\(b.typeName)\") to str") }
    if op == .add, case .list = a { throw PyException(.type, "can only concatenate list (not \"\(b.typeName)\") to list") }
    if op == .add, case .tuple = a { throw PyException(.type, "can only concatenate tuple (not \"\(b.typeName)\") to tuple") }
    if op == .multiply, case .float = b, case .str = a { throw PyException(.type, "can't multiply sequence by non-int of type 'float'") }
    if op == .multiply, case .float = b, case .list = a { throw PyException(.type, "can't multiply sequence by non-int of type 'float'") }
    throw PyException(.type, "unsupported operand type(s) for \(op == .power ? "** or pow()" : op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
  }

  static func isNotImplemented(_ v: Value) -> Bool {
    if case .object(let o) = v, o is NotImplementedMarker { return true }
    return false
  }

  func repeatItems(_ items: [Value], _ n: Int) throws -> [Value] {
    if n <= 0 || items.isEmpty { return [] }
    let (total, o) = items.count.multipliedReportingOverflow(by: n)
    if o || total > 100_000_000 { throw PyException(.memory, "cannot make a sequence of \(o ? "more than 2^63" : String(total)) items") }
    try chargeMemory(total * 16)
    var out: [Value] = []
    out.reserveCapacity(total)
    for _ in 0..<n { out += items }
    return out
  }

  func setOf(_ items: [Value]) throws -> PySet {
    let s = PySet()
    for v in items { try s.storage.set(v, .none) }
    return s
  }

  /// `a op= b`: lists extend in place, host objects may update in place; otherwise `a op b`.
  public func inPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    switch a {
    case .list(let l) where op == .add:
      l.items += try iterate(b); return a
    case .list(let l) where op == .multiply:
      guard case .int(let n) = b else { break }
      l.items = try repeatItems(l.items, n); return a
    case .object(let o):
      if let r = try o.inPlace(op, b, self) { return r }
    case .instance(let i):
      if let m = i.cls.lookup("__i\(Self.dunderNames[op]!)__") {
        let r = try call(m, [a, b], [])
        if !Self.isNotImplemented(r) { return r }
      }
    case .set(let s) where op == .bitOr:
      guard case .set(let t) = b else { break }
      for v in t.items { try s.storage.set(v, .none) }
      return a
    default: break
    }
    return try binary(op, a, b)
  }

  public func unary(_ op: UnaryOperator, _ v: Value) throws -> Value {
    if case .object(let o) = v, let r = try o.unary(op, self) { return r }
    switch (op, v) {
    case (.negate, .int(let i)):
      if i == Int.min { throw Self.overflow("-") }
      return .int(-i)
    case (.negate, .float(let d)): return .float(-d)
    case (.negate, .bool(let b)): return .int(b ? -1 : 0)
    case (.plus, .int), (.plus, .float): return v
    case (.plus, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(b ? -2 : -1)
    case (_, .object(let o)):
      if let r = try o.unary(op, self) { return r }
    case (_, .instance(let i)):
      let name = op == .negate ? "__neg__" : op == .plus ? "__pos__" : "__invert__"
      if let m = i.cls.lookup(name) { return try call(m, [v], []) }
    default: break
    }
    throw PyException(.type, "bad operand type for unary \(op.rawValue): '\(v.typeName)'")
  }
}

// MARK: - Comparison, equality, identity, truth

extension Interpreter {
  /// `a op b`; the result is a bool unless a host object returns something else (an array).
  public func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
    if let x = Self.numeric(a), let y = Self.numeric(b) {
      if x.isInt && y.isInt { return .bool(Self.compareInts(op, x.i, y.i)) }
      return .bool(Self.compareDoubles(op, x.d, y.d))
    }
    if case .object(let o) = a, let r = try o.compare(op, b, self) { return r }
    if case .object(let o) = b, let r = try o.compare(op.swapped, a, self) { return r }
    if case .instance(let i) = a, let m = i.cls.lookup(Self.compareDunder(op)) {
      let r = try call(m, [a, b], [])
      if !Self.isNotImplemented(r) { return r }
    }
    if case .instance(let i) = b, let m = i.cls.lookup(Self.compareDunder(op.swapped)) {
      let r = try call(m, [b, a], [])
      if !Self.isNotImplemented(r) { return r }
    }
    if op == .equal { return .bool(try equals(a, b)) }
    if op == .notEqual { return .bool(!(try equals(a, b))) }
    switch (a, b) {
    case (.str(let x), .str(let y)):
      return .bool(Self.compareOrder(op, Self.scalarOrder(x, y), 0))
    case (.list(let x), .list(let y)): return .bool(try compareSequences(op, x.items, y.items))
    case (.tuple(let x), .tuple(let y)): return .bool(try compareSequences(op, x, y))
    case (.set(let x), .set(let y)):
      let sub = try x.items.allSatisfy { try y.storage.get($0) != nil }
      let sup = try y.items.allSatisfy { try x.storage.get($0) != nil }
      switch op {
      case .lessEqual: return .bool(sub)
      case .less: return .bool(sub && x.count < y.count)
      case .greaterEqual: return .bool(sup)
      case .greater: return .bool(sup && x.count > y.count)
      default: break
      }
    default: break
    }
    throw PyException(.type, "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
  }

  static func compareDunder(_ op: ComparisonOperator) -> String {
    switch op {
    case .equal: return "__eq__"
    case .notEqual: return "__ne__"
    case .less: return "__lt__"
    case .lessEqual: return "__le__"
    case .greater: return "__gt__"
    case .greaterEqual: return "__ge__"
    }
  }

  /// -1, 0, 1 comparing by Unicode code points (as Python does).
  static func scalarOrder(_ x: String, _ y: String) -> Int {
    if x == y { return 0 }
    var i = x.unicodeScalars.makeIterator(), j = y.unicodeScalars.makeIterator()
    while true {
      switch (i.next(), j.next()) {
      case (nil, nil): return 0
      case (nil, _): return -1
      case (_, nil): return 1
      case (let a?, let b?): if a != b { return a.value < b.value ? -1 : 1 }
      }
    }
  }

  func compareSequences(_ op: ComparisonOperator, _ x: [Value], _ y: [Value]) throws -> Bool {
    for (a, b) in zip(x, y) where !(try equals(a, b)) {
      if op == .equal { return false }
      if op == .notEqual { return true }
      return try isTruthy(try compare(op, a, b))
    }
    return Self.compareOrder(op, x.count, y.count)
  }

  /// Python `==` as a Swift Bool (containers element-wise; host objects by identity unless
  /// their `compare(.equal)` answers a truthy value).
  public func equals(_ a: Value, _ b: Value) throws -> Bool {
    if let x = Self.numeric(a), let y = Self.numeric(b) {
      if x.isInt && y.isInt { return x.i == y.i }
      return x.d == y.d
    }
    switch (a, b) {
    case (.none, .none): return true
    case (.str(let x), .str(let y)): return x == y && x.unicodeScalars.count == y.unicodeScalars.count && Array(x.unicodeScalars) == Array(y.unicodeScalars)
    case (.list(let x), .list(let y)):
      if x === y { return true }
      return try x.items.count == y.items.count && zip(x.items, y.items).allSatisfy { try equals($0, $1) }
    case (.tuple(let x), .tuple(let y)):
      return try x.count == y.count && zip(x, y).allSatisfy { try equals($0, $1) }
    case (.dict(let x), .dict(let y)):
      if x.count != y.count { return false }
      for e in x.items {
        guard let v = try y.get(e.key), try equals(e.value, v) else { return false }
      }
      return true
    case (.set(let x), .set(let y)):
      return try x.count == y.count && x.items.allSatisfy { try y.storage.get($0) != nil }
    case (.ellipsis, .ellipsis): return true
    case (.slice(let x), .slice(let y)):
      return try equals(x.start, y.start) && equals(x.stop, y.stop) && equals(x.step, y.step)
    case (.object(let o), _):
      if case .object(let p) = b, o === p { return true }
      if let r = try o.compare(.equal, b, self) { return try isTruthy(r) }
      return false
    case (_, .object(let o)):
      if let r = try o.compare(.equal, a, self) { return try isTruthy(r) }
      return false
    case (.instance(let i), _):
      if case .instance(let j) = b, i === j { return true }
      if let m = i.cls.lookup("__eq__") { let r = try call(m, [a, b], []); if !Self.isNotImplemented(r) { return try isTruthy(r) } }
      if case .instance(let j) = b, let m = j.cls.lookup("__eq__") { let r = try call(m, [b, a], []); if !Self.isNotImplemented(r) { return try isTruthy(r) } }
      return false
    default:
      return Self.identical(a, b)
    }
  }

  /// Python `is`.
  static func identical(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y && x >= -5 && x <= 256
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.str(let x), .str(let y)): return x == y
    case (.list(let x), .list(let y)): return x === y
    case (.dict(let x), .dict(let y)): return x === y
    case (.set(let x), .set(let y)): return x === y
    case (.tuple(let x), .tuple(let y)): return x.isEmpty && y.isEmpty
    case (.function(let x), .function(let y)): return x === y
    case (.builtin(let x), .builtin(let y)): return x === y
    case (.cls(let x), .cls(let y)): return x === y
    case (.instance(let x), .instance(let y)): return x === y
    case (.module(let x), .module(let y)): return x === y
    case (.object(let x), .object(let y)): return x === y
    case (.slice(let x), .slice(let y)): return x === y
    default: return false
    }
  }

  /// Python truthiness. Host objects may throw (NumPy's "truth value of an array ... is
  /// ambiguous").
  public func isTruthy(_ v: Value) throws -> Bool {
    switch v {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .str(let s): return !s.isEmpty
    case .list(let l): return !l.items.isEmpty
    case .tuple(let t): return !t.isEmpty
    case .dict(let d): return d.count != 0
    case .set(let s): return s.count != 0
    case .object(let o):
      if let t = try o.truthValue(self) { return t }
      if let n = try o.length(self) { return n != 0 }
      return true
    case .instance(let i):
      if let m = i.cls.lookup("__bool__") { return try isTruthy(try call(m, [v], [])) }
      if let m = i.cls.lookup("__len__") { return try toInt(try call(m, [v], []), what: "__len__") != 0 }
      return true
    default: return true
    }
  }
}

// MARK: - Containers

extension Interpreter {
  /// `len(v)`.
  public func length(_ v: Value) throws -> Int {
    switch v {
    case .str(let s): return s.unicodeScalars.count
    case .list(let l): return l.items.count
    case .tuple(let t): return t.count
    case .dict(let d): return d.count
    case .set(let s): return s.count
    case .object(let o): if let n = try o.length(self) { return n }
    case .instance(let i):
      if let m = i.cls.lookup("__len__") { return try toInt(try call(m, [v], []), what: "__len__()") }
    default: break
    }
    throw PyException(.type, "object of type '\(v.typeName)' has no len()")
  }

  /// `item in container`.
  public func contains(_ container: Value, _ item: Value) throws -> Bool {
    switch container {
    case .str(let s):
      guard case .str(let t) = item else { throw PyException(.type, "'in <string>' requires string as left operand, not \(item.typeName)") }
      return t.isEmpty || s.contains(t)
    case .list(let l): for x in l.items where try equals(x, item) { return true }; return false
    case .tuple(let t): for x in t where try equals(x, item) { return true }; return false
    case .dict(let d): return try d.get(item) != nil
    case .set(let s): return try s.storage.get(item) != nil
    case .object(let o):
      if let r = try o.contains(item, self) { return r }
    case .instance(let i):
      if let m = i.cls.lookup("__contains__") { return try isTruthy(try call(m, [container, item], [])) }
    default: break
    }
    for x in try iterate(container) where try equals(x, item) { return true }
    return false
  }

  /// All items of an iterable, in order.
  public func iterate(_ v: Value) throws -> [Value] {
    switch v {
    case .list(let l): return l.items
    case .tuple(let t): return t
    case .str(let s): return s.unicodeScalars.map { .str(String($0)) }
    case .dict(let d): return d.keys
    case .set(let s): return s.items
    default:
      var out: [Value] = []
      try forEachSlow(v) { out.append($0); return true }
      return out
    }
  }

  /// Calls `body` for each item of an iterable until it returns false. Lists are walked live
  /// (appending while iterating sees the new items, as in Python).
  @inline(__always)
  func forEach(_ v: Value, at loc: Loc, _ f: Frame, _ body: (Value) throws -> Bool) throws {
    switch v {
    case .list(let l):
      var i = 0
      while i < l.items.count {
        let x = l.items[i]
        i += 1
        if !(try body(x)) { return }
      }
    case .tuple(let t):
      for x in t where !(try body(x)) { return }
    default:
      do {
        try forEachSlow(v, body)
      } catch let e as PyException where e.located { throw e } catch {
        throw locate(error, loc, f)
      }
    }
  }

  func forEachSlow(_ v: Value, _ body: (Value) throws -> Bool) throws {
    switch v {
    case .list(let l): for x in l.items where !(try body(x)) { return }
    case .tuple(let t): for x in t where !(try body(x)) { return }
    case .str(let s): for c in s.unicodeScalars where !(try body(.str(String(c)))) { return }
    case .dict(let d): for k in d.keys where !(try body(k)) { return }
    case .set(let s): for k in s.items where !(try body(k)) { return }
    case .object(let o):
      if let r = o as? PyRange {
        try chargeMemory(r.count * MemoryLayout<Value>.stride)
        var i = r.start
        while r.step > 0 ? i < r.stop : i > r.stop { if !(try body(.int(i))) { return }; i += r.step }
        return
      }
      guard let it = try o.makeIterator(self) else { throw PyException(.type, "'\(v.typeName)' object is not iterable") }
      while let x = try it.next() { if !(try body(x)) { return } }
    case .instance(let i):
      guard let iterM = i.cls.lookup("__iter__") else {
        if let gi = i.cls.lookup("__getitem__") {
          var k = 0
          while true {
            let x: Value
            do { x = try call(gi, [v, .int(k)], []) } catch let e as PyException where e.kind == .index || e.diagnostic.pythonClassName == "StopIteration" { return }
            if !(try body(x)) { return }
            k += 1
          }
        }
        throw PyException(.type, "'\(v.typeName)' object is not iterable")
      }
      let it = try call(iterM, [v], [])
      if case .instance(let itI) = it, let nextM = itI.cls.lookup("__next__") {
        while true {
          let x: Value
          do { x = try call(nextM, [it], []) } catch let e as PyException where exceptionClass(of: e).name == "StopIteration" { return }
          if !(try body(x)) { return }
        }
      }
      try forEachSlow(it, body)
    default:
      throw PyException(.type, "'\(v.typeName)' object is not iterable")
    }
  }

  /// Normalises a sequence index (negative from the end) or raises `IndexError`.
  func sequenceIndex(_ index: Value, count: Int, what: String) throws -> Int {
    let i: Int
    switch index {
    case .int(let k): i = k
    case .bool(let b): i = b ? 1 : 0
    case .object(let o):
      guard let k = o.asIndex() else { fallthrough }
      i = k
    default:
      throw PyException(.type, "\(what) indices must be integers or slices, not \(index.typeName)")
    }
    let j = i < 0 ? i + count : i
    guard j >= 0 && j < count else { throw PyException(.index, "\(what) index out of range") }
    return j
  }

  /// `v[index]`.
  public func getItem(_ v: Value, _ index: Value) throws -> Value {
    switch v {
    case .list(let l):
      if case .slice(let s) = index { return .list(PyList(try s.positions(length: l.items.count).map { l.items[$0] })) }
      return l.items[try sequenceIndex(index, count: l.items.count, what: "list")]
    case .tuple(let t):
      if case .slice(let s) = index { return .tuple(try s.positions(length: t.count).map { t[$0] }) }
      return t[try sequenceIndex(index, count: t.count, what: "tuple")]
    case .str(let str):
      let scalars = Array(str.unicodeScalars)
      if case .slice(let s) = index {
        var out = String.UnicodeScalarView()
        for p in try s.positions(length: scalars.count) { out.append(scalars[p]) }
        return .str(String(out))
      }
      if case .tuple = index { throw PyException(.type, "string indices must be integers, not 'tuple'") }
      return .str(String(scalars[try sequenceIndex(index, count: scalars.count, what: "string")]))
    case .dict(let d):
      if let x = try d.get(index) { return x }
      let e = PyException(.key, try repr(index))
      e.args = [index]
      throw e
    case .object(let o):
      if let r = try o.getItem(index, self) { return r }
    case .instance(let i):
      if let m = i.cls.lookup("__getitem__") { return try call(m, [v, index], []) }
    case .builtin(let b) where b.isType:
      return v   // list[int] in annotations
    default: break
    }
    throw PyException(.type, "'\(v.typeName)' object is not subscriptable")
  }

  /// `v[index] = value`.
  public func setItem(_ v: Value, _ index: Value, _ value: Value) throws {
    switch v {
    case .list(let l):
      if case .slice(let s) = index {
        let newItems = try iterate(value)
        let (lo, hi, step) = try s.indices(length: l.items.count)
        if step == 1 {
          let upper = max(lo, hi)
          l.items.replaceSubrange(lo..<upper, with: newItems)
        } else {
          let pos = try s.positions(length: l.items.count)
          guard pos.count == newItems.count else {
            throw PyException(.value, "attempt to assign sequence of size \(newItems.count) to extended slice of size \(pos.count)")
          }
          for (p, x) in zip(pos, newItems) { l.items[p] = x }
        }
        return
      }
      l.items[try sequenceIndex(index, count: l.items.count, what: "list assignment")] = value
      return
    case .dict(let d): try d.set(index, value); return
    case .object(let o): if try o.setItem(index, value, self) { return }
    case .instance(let i):
      if let m = i.cls.lookup("__setitem__") { _ = try call(m, [v, index, value], []); return }
    default: break
    }
    throw PyException(.type, "'\(v.typeName)' object does not support item assignment")
  }

  /// `del v[index]`.
  public func deleteItem(_ v: Value, _ index: Value) throws {
    switch v {
    case .list(let l):
      if case .slice(let s) = index {
        let pos = Set(try s.positions(length: l.items.count))
        l.items = l.items.enumerated().filter { !pos.contains($0.offset) }.map(\.element)
        return
      }
      l.items.remove(at: try sequenceIndex(index, count: l.items.count, what: "list assignment"))
      return
    case .dict(let d):
      if try d.remove(index) == nil { let e = PyException(.key, try repr(index)); e.args = [index]; throw e }
      return
    case .object(let o): if try o.deleteItem(index, self) { return }
    case .instance(let i):
      if let m = i.cls.lookup("__delitem__") { _ = try call(m, [v, index], []); return }
    default: break
    }
    throw PyException(.type, "'\(v.typeName)' object doesn't support item deletion")
  }
}

/// Python's `NotImplemented`.
final class NotImplementedMarker: PyObject, @unchecked Sendable {
  var typeName: String { "NotImplementedType" }
  func repr(_ interp: Interpreter) throws -> String { "NotImplemented" }
  static let shared = NotImplementedMarker()
}
