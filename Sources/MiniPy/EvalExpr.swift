// Evaluation of expressions.

// MARK: - Constants and names

final class Const: Expr {
  let value: Value
  init(_ loc: Loc, _ value: Value) { self.value = value; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value { value }
}

final class NameExpr: Expr {
  let name: String
  var ref: NameRef = .unresolved
  init(_ loc: Loc, _ name: String) { self.name = name; super.init(loc) }

  override func eval(_ f: Frame) throws -> Value {
    switch ref {
    case .local(let i):
      if let v = f.slots[i] { return v }
      throw f.interp.locate(PyException(.unboundLocal, "cannot access local variable '\(name)' where it is not associated with a value", hint: "assign '\(name)' before using it in this function (or declare it 'global')"), loc, f)
    case .global(let ref):
      if let v = ref._withUnsafeGuaranteedRef({ $0.value ?? $0.builtin }) { return v }
      throw f.interp.locate(f.interp.nameError(name, f), loc, f)
    case .cell(let i):
      if let v = f.cells[i].value { return v }
      throw f.interp.locate(PyException(.name, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"), loc, f)
    case .classBody(let ref):
      if let v = f.namespace?[name] { return v }
      if let v = ref._withUnsafeGuaranteedRef({ $0.value ?? $0.builtin }) { return v }
      throw f.interp.locate(f.interp.nameError(name, f), loc, f)
    case .unresolved:
      fatalError("unresolved name \(name)")
    }
  }

  @inline(__always)
  func store(_ v: Value, _ f: Frame) {
    switch ref {
    case .local(let i): f.slots[i] = v
    case .global(let ref): ref._withUnsafeGuaranteedRef { $0.value = v }
    case .cell(let i): f.cells[i].value = v
    case .classBody: f.namespace![name] = v
    case .unresolved: fatalError("unresolved name \(name)")
    }
  }

  func delete(_ f: Frame) throws {
    var found = true
    switch ref {
    case .local(let i): found = f.slots[i] != nil; f.slots[i] = nil
    case .global(let ref): let e = ref.takeUnretainedValue(); found = e.value != nil; e.value = nil
    case .cell(let i): found = f.cells[i].value != nil; f.cells[i].value = nil
    case .classBody: found = f.namespace!.removeValue(forKey: name) != nil
    case .unresolved: break
    }
    if !found { throw f.interp.nameError(name, f) }
  }
}

// MARK: - Operators

final class BinExpr: Expr {
  let op: BinaryOperator
  let left: Expr, right: Expr
  let opLoc: Loc
  init(_ loc: Loc, _ op: BinaryOperator, _ l: Expr, _ r: Expr, opLoc: Loc) {
    self.op = op; left = l; right = r; self.opLoc = opLoc; super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    let a = try ev(left, f)
    let b = try ev(right, f)
    // fast paths
    switch (a, b) {
    case (.int(let x), .int(let y)):
      switch op {
      case .add: let (r, o) = x.addingReportingOverflow(y); if !o { return .int(r) }
      case .subtract: let (r, o) = x.subtractingReportingOverflow(y); if !o { return .int(r) }
      case .multiply: let (r, o) = x.multipliedReportingOverflow(by: y); if !o { return .int(r) }
      default: break
      }
    case (.float(let x), .float(let y)):
      if let r = Self.floatFastPath(op, x, y) { return r }
    case (.int(let i), .float(let y)):
      if let r = Self.floatFastPath(op, Double(i), y) { return r }
    case (.float(let x), .int(let j)):
      if let r = Self.floatFastPath(op, x, Double(j)) { return r }
    default: break
    }
    do { return try f.interp.binary(op, a, b) } catch { throw f.interp.locate(error, loc, f) }
  }

  /// `x op y` for the float operations that need no special case (division by zero is left to
  /// the general path, which raises); nil for everything else.
  @inline(__always)
  static func floatFastPath(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Value? {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .trueDivide: return y != 0 ? .float(x / y) : nil
    default: return nil
    }
  }
}

final class UnaryExpr: Expr {
  let op: UnaryOperator
  let operand: Expr
  init(_ loc: Loc, _ op: UnaryOperator, _ v: Expr) { self.op = op; operand = v; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    let v = try ev(operand, f)
    do { return try f.interp.unary(op, v) } catch { throw f.interp.locate(error, loc, f) }
  }
}

final class NotExpr: Expr {
  let operand: Expr
  init(_ loc: Loc, _ v: Expr) { operand = v; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    let v = try ev(operand, f)
    do { return .bool(!(try f.interp.isTruthy(v))) } catch { throw f.interp.locate(error, loc, f) }
  }
}

final class BoolExpr: Expr {
  let isAnd: Bool
  let values: [Expr]
  init(_ loc: Loc, isAnd: Bool, _ values: [Expr]) { self.isAnd = isAnd; self.values = values; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    var v: Value = .none
    for (i, e) in values.enumerated() {
      v = try ev(e, f)
      if i == values.count - 1 { break }
      let t: Bool
      do { t = try f.interp.isTruthy(v) } catch { throw f.interp.locate(error, e.loc, f) }
      if t != isAnd { return v }
    }
    return v
  }
}

enum CompareOp { case cmp(ComparisonOperator), `in`, notIn, `is`, isNot }

final class CompareExpr: Expr {
  let left: Expr
  let ops: [CompareOp]
  let rights: [Expr]
  init(_ loc: Loc, _ left: Expr, _ ops: [CompareOp], _ rights: [Expr]) {
    self.left = left; self.ops = ops; self.rights = rights; super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    var a = try ev(left, f)
    let interp = f.interp
    for i in 0..<ops.count {
      let b = try ev(rights[i], f)
      let r: Value
      do {
        switch ops[i] {
        case .cmp(let op):
          if case .int(let x) = a, case .int(let y) = b { r = .bool(Interpreter.compareInts(op, x, y)) }
          else if case .float(let x) = a, case .float(let y) = b { r = .bool(Interpreter.compareDoubles(op, x, y)) }
          else { r = try interp.compare(op, a, b) }
        case .in: r = .bool(try interp.contains(b, a))
        case .notIn: r = .bool(!(try interp.contains(b, a)))
        case .is: r = .bool(Interpreter.identical(a, b))
        case .isNot: r = .bool(!Interpreter.identical(a, b))
        }
        if i == ops.count - 1 { return r }
        if !(try interp.isTruthy(r)) { return r }
      } catch { throw interp.locate(error, loc, f) }
      a = b
    }
    return .bool(true)
  }
}

final class IfExpr: Expr {
  let cond: Expr, body: Expr, orelse: Expr
  init(_ loc: Loc, _ cond: Expr, _ body: Expr, _ orelse: Expr) {
    self.cond = cond; self.body = body; self.orelse = orelse; super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    let c = try ev(cond, f)
    let t: Bool
    do { t = try f.interp.isTruthy(c) } catch { throw f.interp.locate(error, cond.loc, f) }
    return try t ? ev(body, f) : ev(orelse, f)
  }
}

// MARK: - Attributes and subscripts

final class AttrExpr: Expr {
  let object: Expr
  let name: String
  // Module attribute cache. Strong, not weak: a weak reference gives the module a side table,
  // and every retain of `np` then took the runtime's slow path (a third of `np.exp(a)`).
  var cachedModule: PyModule?
  var cachedVersion = -1
  var cachedValue: Value = .none
  init(_ loc: Loc, _ object: Expr, _ name: String) { self.object = object; self.name = name; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    let o = try ev(object, f)
    if case .module(let m) = o {
      if m === cachedModule && m.version == cachedVersion { return cachedValue }
      do {
        let v = try f.interp.getAttribute(o, name)
        cachedModule = m; cachedVersion = m.version; cachedValue = v
        return v
      } catch { throw f.interp.locate(error, loc, f) }
    }
    do { return try f.interp.getAttribute(o, name) } catch { throw f.interp.locate(error, loc, f) }
  }
}

final class SubscriptExpr: Expr {
  let object: Expr, index: Expr
  init(_ loc: Loc, _ object: Expr, _ index: Expr) { self.object = object; self.index = index; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    let o = try ev(object, f)
    let i = try ev(index, f)
    if case .list(let l) = o, case .int(let k) = i {
      let n = l.items.count
      if k >= 0 && k < n { return l.items[k] }
      if k < 0 && k >= -n { return l.items[n + k] }
    }
    do { return try f.interp.getItem(o, i) } catch { throw f.interp.locate(error, loc, f) }
  }
}

final class SliceExpr: Expr {
  let lower: Expr?, upper: Expr?, step: Expr?
  init(_ loc: Loc, _ lower: Expr?, _ upper: Expr?, _ step: Expr?) {
    self.lower = lower; self.upper = upper; self.step = step; super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    .slice(PySlice(start: try lower?.eval(f) ?? .none, stop: try upper?.eval(f) ?? .none, step: try step?.eval(f) ?? .none))
  }
}

// MARK: - Displays

final class StarredExpr: Expr {
  let value: Expr
  init(_ loc: Loc, _ value: Expr) { self.value = value; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    throw f.interp.locate(PyException(.syntax, "can't use starred expression here"), loc, f)
  }
}

extension Interpreter {
  /// Evaluates display elements, expanding `*iterable`.
  @inline(__always)
  func evalElements(_ elements: [Expr], _ f: Frame) throws -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(elements.count)
    for e in elements {
      if let s = e as? StarredExpr {
        let v = try ev(s.value, f)
        do { out += try iterate(v) } catch { throw locate(error, s.loc, f) }
      } else {
        out.append(try ev(e, f))
      }
    }
    return out
  }
}

final class ListExpr: Expr {
  let elements: [Expr]
  init(_ loc: Loc, _ elements: [Expr]) { self.elements = elements; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value { .list(PyList(try f.interp.evalElements(elements, f))) }
}

final class TupleExpr: Expr {
  let elements: [Expr]
  init(_ loc: Loc, _ elements: [Expr]) { self.elements = elements; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value { .tuple(try f.interp.evalElements(elements, f)) }
}

final class SetExpr: Expr {
  let elements: [Expr]
  init(_ loc: Loc, _ elements: [Expr]) { self.elements = elements; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    let s = PySet()
    do { for v in try f.interp.evalElements(elements, f) { try s.storage.set(v, .none) } } catch { throw f.interp.locate(error, loc, f) }
    return .set(s)
  }
}

final class DictExpr: Expr {
  let keys: [Expr?], values: [Expr]
  init(_ loc: Loc, _ keys: [Expr?], _ values: [Expr]) { self.keys = keys; self.values = values; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    let d = PyDict()
    for (k, v) in zip(keys, values) {
      if let k {
        let kv = try ev(k, f)
        let vv = try ev(v, f)
        do { try d.set(kv, vv) } catch { throw f.interp.locate(error, k.loc, f) }
      } else {
        let m = try ev(v, f)
        guard case .dict(let other) = m else { throw f.interp.locate(PyException(.type, "'\(m.typeName)' object is not a mapping"), v.loc, f) }
        for e in other.items { try d.set(e.key, e.value) }
      }
    }
    return .dict(d)
  }
}

// MARK: - f-strings

struct FField {
  let expr: Expr
  let conversion: Character?
  let spec: [FPart]?
  let debugText: String?
}

enum FPart { case literal(String), field(FField) }

final class FStringExpr: Expr {
  let parts: [FPart]
  init(_ loc: Loc, _ parts: [FPart]) { self.parts = parts; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value { .str(try Self.render(parts, f)) }

  static func render(_ parts: [FPart], _ f: Frame) throws -> String {
    var out = ""
    for p in parts {
      switch p {
      case .literal(let s): out += s
      case .field(let field):
        let v = try ev(field.expr, f)
        do {
          if let d = field.debugText { out += d }
          let spec = try field.spec.map { try render($0, f) } ?? ""
          switch field.conversion {
          case "r": out += try f.interp.format(.str(try f.interp.repr(v)), spec)
          case "s": out += try f.interp.format(.str(try f.interp.str(v)), spec)
          case "a": out += try f.interp.format(.str(try f.interp.repr(v)), spec)
          default: out += try f.interp.format(v, spec)
          }
        } catch { throw f.interp.locate(error, field.expr.loc, f) }
      }
    }
    return out
  }
}

// MARK: - Calls

final class CallExpr: Expr {
  let function: Expr
  let args: [Expr]
  let kwargs: [(String?, Expr)]
  let simple: Bool   // no *args / **kwargs
  let method: Unmanaged<AttrExpr>?
  init(_ loc: Loc, _ function: Expr, _ args: [Expr], _ kwargs: [(String?, Expr)]) {
    self.function = function; self.args = args; self.kwargs = kwargs
    simple = !args.contains { $0 is StarredExpr } && !kwargs.contains { $0.0 == nil }
    method = (function as? AttrExpr).map { Unmanaged.passUnretained($0) }
    super.init(loc)
  }

  override func eval(_ f: Frame) throws -> Value {
    let interp = f.interp
    // method call fast path: receiver.name(args) without a bound-method object
    if let method {
      let receiver = try method._withUnsafeGuaranteedRef { try ev($0.object, f) }
      switch receiver {
      case .module(let m):
        let callee = try method._withUnsafeGuaranteedRef { attr -> Value in
          if m === attr.cachedModule && m.version == attr.cachedVersion { return attr.cachedValue }
          return try ev(attr, f)
        }
        let (a, k) = try evalArgs(f)
        do { return try interp.call(callee, a, k) } catch { throw interp.addCaller(error, loc, f) }
      default:
        let (a, k) = try evalArgs(f)
        do { return try interp.callMethod(receiver, method._withUnsafeGuaranteedRef { $0.name }, a, k) } catch {
          // a missing method points at `obj.name`, not the whole call
          if let e = error as? PyException, !e.located, e.kind == .attribute {
            throw interp.locate(e, method._withUnsafeGuaranteedRef { $0.loc }, f)
          }
          throw interp.addCaller(error, loc, f)
        }
      }
    }
    let callee = try ev(function, f)
    let (a, k) = try evalArgs(f)
    do { return try interp.call(callee, a, k) } catch { throw interp.addCaller(error, loc, f) }
  }

  @inline(__always)
  func evalArgs(_ f: Frame) throws -> ([Value], [(name: String, value: Value)]) {
    if simple {
      var a: [Value] = []
      a.reserveCapacity(args.count)
      for e in args { a.append(try ev(e, f)) }
      if kwargs.isEmpty { return (a, []) }
      var k: [(name: String, value: Value)] = []
      k.reserveCapacity(kwargs.count)
      for (n, e) in kwargs { k.append((n!, try ev(e, f))) }
      return (a, k)
    }
    let a = try f.interp.evalElements(args, f)
    var k: [(name: String, value: Value)] = []
    for (n, e) in kwargs {
      if let n { k.append((n, try ev(e, f))); continue }
      let m = try ev(e, f)
      guard case .dict(let d) = m else { throw f.interp.locate(PyException(.type, "argument after ** must be a mapping, not \(m.typeName)"), e.loc, f) }
      for item in d.items {
        guard case .str(let name) = item.key else { throw f.interp.locate(PyException(.type, "keywords must be strings"), e.loc, f) }
        if k.contains(where: { $0.name == name }) { throw f.interp.locate(PyException(.type, "got multiple values for keyword argument '\(name)'"), e.loc, f) }
        k.append((name, item.value))
      }
    }
    return (a, k)
  }
}

// MARK: - Lambdas and comprehensions

final class LambdaExpr: Expr {
  let code: CodeObject
  let defaults: [Expr]
  let kwDefaults: [(String, Expr)]
  init(_ loc: Loc, code: CodeObject, defaults: [Expr], kwDefaults: [(String, Expr)]) {
    self.code = code; self.defaults = defaults; self.kwDefaults = kwDefaults; super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    .function(try f.interp.makeFunction(code, defaults, kwDefaults, f))
  }
}

extension Interpreter {
  func makeFunction(_ code: CodeObject, _ defaults: [Expr], _ kwDefaults: [(String, Expr)], _ f: Frame) throws -> PyFunction {
    var d: [Value] = []
    for e in defaults { d.append(try ev(e, f)) }
    var kd: [String: Value] = [:]
    for (n, e) in kwDefaults { kd[n] = try ev(e, f) }
    let closure = code.freeVarSources.map { f.cells[$0] }
    return PyFunction(code: code, defaults: d, kwDefaults: kd, closure: closure)
  }
}

enum CompKind: CustomStringConvertible {
  case list, set, dict, generator
  var description: String {
    switch self { case .list: return "list"; case .set: return "set"; case .dict: return "dict"; case .generator: return "genexpr" }
  }
}

struct CompClause {
  let target: Expr
  let iter: Expr
  let ifs: [Expr]
}

/// A comprehension runs in its own frame (its loop variables do not leak). Generator
/// expressions are evaluated eagerly to a list (MiniPy has no generators); `sum(x for x in xs)`
/// and friends behave the same.
final class CompExpr: Expr {
  let kind: CompKind
  let code: CodeObject
  let element: Expr
  let key: Expr?
  let clauses: [CompClause]
  init(_ loc: Loc, kind: CompKind, code: CodeObject, element: Expr, key: Expr?, clauses: [CompClause]) {
    self.kind = kind; self.code = code; self.element = element; self.key = key; self.clauses = clauses
    super.init(loc)
  }

  override func eval(_ f: Frame) throws -> Value {
    let interp = f.interp
    let frame = Frame(interp: interp, code: code, closure: code.freeVarSources.map { f.cells[$0] })
    var list: [Value] = []
    let dict = kind == .dict ? PyDict() : nil
    let set = kind == .set ? PySet() : nil
    try run(0, frame) {
      if let dict {
        let k = try ev(key!, frame)
        let v = try ev(element, frame)
        do { try dict.set(k, v) } catch { throw interp.locate(error, key!.loc, frame) }
      } else if let set {
        let v = try ev(element, frame)
        do { try set.storage.set(v, .none) } catch { throw interp.locate(error, element.loc, frame) }
      } else {
        list.append(try ev(element, frame))
      }
    }
    switch kind {
    case .list, .generator: return .list(PyList(list))
    case .set: return .set(set!)
    case .dict: return .dict(dict!)
    }
  }

  func run(_ level: Int, _ frame: Frame, _ body: () throws -> Void) throws {
    let interp = frame.interp
    let clause = clauses[level]
    let iterable = try ev(clause.iter, frame)
    try interp.forEach(iterable, at: clause.iter.loc, frame) { item in
      try interp.tick(clause.iter.loc.line, frame)
      try interp.assign(clause.target, item, frame)
      for cond in clause.ifs {
        let c = try ev(cond, frame)
        let t: Bool
        do { t = try interp.isTruthy(c) } catch { throw interp.locate(error, cond.loc, frame) }
        if !t { return true }
      }
      if level + 1 < clauses.count { try run(level + 1, frame, body) } else { try body() }
      return true
    }
  }
}
