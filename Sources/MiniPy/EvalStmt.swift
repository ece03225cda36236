// Execution of statements.

// MARK: - Simple statements

final class ExprStmt: Stmt {
  let expr: Expr
  init(_ loc: Loc, _ expr: Expr) { self.expr = expr; super.init(loc) }
  override func exec(_ f: Frame) throws -> Flow { _ = try ev(expr, f); return .normal }
}

final class PassStmt: Stmt {
  override func exec(_ f: Frame) throws -> Flow { .normal }
}
final class BreakStmt: Stmt {
  override func exec(_ f: Frame) throws -> Flow { .breakLoop }
}
final class ContinueStmt: Stmt {
  override func exec(_ f: Frame) throws -> Flow { .continueLoop }
}

final class ReturnStmt: Stmt {
  let value: Expr?
  /// `return name`: a bound local is moved out of its slot (the frame is about to drop it)
  /// instead of copied, unless a `finally` block could still read it (`mayMove` false).
  let valueName: NameExpr?
  var mayMove = true
  init(_ loc: Loc, _ value: Expr?) {
    self.value = value
    valueName = value as? NameExpr
    super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    if mayMove, let n = valueName, case .local(let i) = n.ref, f.slots[i] != nil {
      var v: Value? = nil
      swap(&v, &f.slots[i])
      f.returnValue = v!
      return .returned
    }
    f.returnValue = try value?.eval(f) ?? .none
    return .returned
  }

  /// Marks every `return` in `stmts` (not in nested functions) as unable to move its local:
  /// a `finally` around them runs after the return value is taken.
  static func keepLocals(in stmts: [Stmt]) {
    for s in stmts {
      switch s {
      case let r as ReturnStmt: r.mayMove = false
      case let i as IfStmt: keepLocals(in: i.body); keepLocals(in: i.orelse)
      case let w as WhileStmt: keepLocals(in: w.body); keepLocals(in: w.orelse)
      case let l as ForStmt: keepLocals(in: l.body); keepLocals(in: l.orelse)
      case let w as WithStmt: keepLocals(in: w.body)
      case let t as TryStmt:
        keepLocals(in: t.body); keepLocals(in: t.orelse); keepLocals(in: t.finalBody ?? [])
        for h in t.handlers { keepLocals(in: h.body) }
      default: break   // a nested def's returns belong to its own frames
      }
    }
  }
}

final class AssignStmt: Stmt {
  let targets: [Expr]
  let value: Expr
  let singleName: NameExpr?
  /// `x[i] = v` (one subscript target).
  let singleSubscript: SubscriptExpr?
  /// `a, b = ...` (one tuple or list target of plain names): the names.
  let targetNames: [NameExpr]?
  /// `a, b = x, y` with as many plain (unstarred) values as names: the values.
  let pairedValues: [Expr]?
  init(_ loc: Loc, _ targets: [Expr], _ value: Expr) {
    self.targets = targets; self.value = value
    singleName = targets.count == 1 ? targets[0] as? NameExpr : nil
    singleSubscript = targets.count == 1 ? targets[0] as? SubscriptExpr : nil
    let elements = targets.count == 1 ? ((targets[0] as? TupleExpr)?.elements ?? (targets[0] as? ListExpr)?.elements) : nil
    let names = elements.flatMap { es -> [NameExpr]? in
      let ns = es.compactMap { $0 as? NameExpr }
      return ns.count == es.count && !ns.isEmpty ? ns : nil
    }
    targetNames = names
    if let names, let t = value as? TupleExpr, t.elements.count == names.count, (2...3).contains(names.count),
       !t.elements.contains(where: { $0 is StarredExpr }) {
      pairedValues = t.elements
    } else {
      pairedValues = nil
    }
    super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    if let names = targetNames, let values = pairedValues {
      // `a, b = b, a`: every value first, then the names left to right (no tuple is built)
      let v0 = try ev(values[0], f)
      let v1 = try ev(values[1], f)
      if values.count == 2 {
        names[0].store(v0, f); names[1].store(v1, f)
      } else {
        let v2 = try ev(values[2], f)
        names[0].store(v0, f); names[1].store(v1, f); names[2].store(v2, f)
      }
      return .normal
    }
    let v = try ev(value, f)
    if let n = singleName { n.store(v, f); return .normal }
    if let names = targetNames, case .tuple(let t) = v, t.count == names.count {
      for j in 0..<names.count { names[j].store(t[j], f) }
      return .normal
    }
    if let s = singleSubscript {
      let o = try ev(s.object, f)
      let i = try ev(s.index, f)
      if case .list(let l) = o, case .int(let k) = i {
        let n = l.items.count
        if k >= 0 && k < n { l.items[k] = v; return .normal }
        if k < 0 && k >= -n { l.items[n + k] = v; return .normal }
      }
      do { try f.withInterp { try $0.setItem(o, i, v) } } catch { throw f.interp.locate(error, s.loc, f) }
      return .normal
    }
    try f.withInterp { interp in for t in targets { try interp.assign(t, v, f) } }
    return .normal
  }
}

final class AugAssignStmt: Stmt {
  let target: Expr
  let op: BinaryOperator
  let value: Expr
  let targetName: Unmanaged<NameExpr>?
  init(_ loc: Loc, _ target: Expr, _ op: BinaryOperator, _ value: Expr) {
    self.target = target; self.op = op; self.value = value
    targetName = (target as? NameExpr).map { Unmanaged.passUnretained($0) }
    super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    if let ref = targetName { return try ref._withUnsafeGuaranteedRef { try execName($0, f) } }
    return try execOther(f)
  }

  @inline(__always)
  func execName(_ n: NameExpr, _ f: Frame) throws -> Flow {
    do {
      let old = try ev(n, f)
      let v = try ev(value, f)
      if case .int(let x) = old, case .int(let y) = v, op == .add {
        let (r, o) = x.addingReportingOverflow(y)
        if !o { n.store(.int(r), f); return .normal }
      }
      if case .float(let x) = old, case .float(let y) = v {
        switch op {
        case .add: n.store(.float(x + y), f); return .normal
        case .subtract: n.store(.float(x - y), f); return .normal
        case .multiply: n.store(.float(x * y), f); return .normal
        default: break
        }
      }
      do { n.store(try f.withInterp { try $0.inPlace(op, old, v) }, f) } catch { throw f.interp.locate(error, loc, f) }
      return .normal
    }
  }

  func execOther(_ f: Frame) throws -> Flow {
    let interp = f.interp
    switch target {
    case let a as AttrExpr:
      let o = try ev(a.object, f)
      let old: Value
      do { old = try interp.getAttribute(o, a.name) } catch { throw interp.locate(error, a.loc, f) }
      let v = try ev(value, f)
      do { try interp.setAttribute(o, a.name, try interp.inPlace(op, old, v)) } catch { throw interp.locate(error, loc, f) }
    case let s as SubscriptExpr:
      let o = try ev(s.object, f)
      let i = try ev(s.index, f)
      let old: Value
      do { old = try interp.getItem(o, i) } catch { throw interp.locate(error, s.loc, f) }
      let v = try ev(value, f)
      do {
        let r = try interp.inPlace(op, old, v)
        try interp.setItem(o, i, r)
      } catch { throw interp.locate(error, loc, f) }
    default:
      throw interp.locate(PyException(.syntax, "illegal expression for augmented assignment"), loc, f)
    }
    return .normal
  }
}

final class DelStmt: Stmt {
  let targets: [Expr]
  init(_ loc: Loc, _ targets: [Expr]) { self.targets = targets; super.init(loc) }
  override func exec(_ f: Frame) throws -> Flow {
    for t in targets { try delete(t, f) }
    return .normal
  }
  func delete(_ t: Expr, _ f: Frame) throws {
    let interp = f.interp
    do {
      switch t {
      case let n as NameExpr: try n.delete(f)
      case let s as SubscriptExpr: try interp.deleteItem(try ev(s.object, f), try ev(s.index, f))
      case let a as AttrExpr: try interp.deleteAttribute(try ev(a.object, f), a.name)
      case let tu as TupleExpr: for x in tu.elements { try delete(x, f) }
      case let l as ListExpr: for x in l.elements { try delete(x, f) }
      default: throw PyException(.syntax, "cannot delete expression")
      }
    } catch { throw interp.locate(error, t.loc, f) }
  }
}

final class AssertStmt: Stmt {
  let test: Expr, message: Expr?
  init(_ loc: Loc, _ test: Expr, _ message: Expr?) { self.test = test; self.message = message; super.init(loc) }
  override func exec(_ f: Frame) throws -> Flow {
    let v = try ev(test, f)
    let ok: Bool
    do { ok = try f.withInterp { try $0.isTruthy(v) } } catch { throw f.interp.locate(error, test.loc, f) }
    if ok { return .normal }
    var msg = ""
    var args: [Value] = []
    if let m = message {
      let mv = try ev(m, f)
      msg = try f.interp.str(mv)
      args = [mv]
    }
    let e = PyException(.assertion, msg)
    e.args = args
    throw f.interp.locate(e, test.loc, f)
  }
}

// MARK: - Control flow

final class IfStmt: Stmt {
  let cond: Expr
  let body: [Stmt], orelse: [Stmt]
  init(_ loc: Loc, _ cond: Expr, _ body: [Stmt], _ orelse: [Stmt]) {
    self.cond = cond; self.body = body; self.orelse = orelse; super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    let c = try ev(cond, f)
    let t: Bool
    if case .bool(let b) = c { t = b } else {
      do { t = try f.withInterp { try $0.isTruthy(c) } } catch { throw f.interp.locate(error, cond.loc, f) }
    }
    return try f.withInterp { try $0.execBlock(t ? body : orelse, f) }
  }
}

final class WhileStmt: Stmt {
  let cond: Expr
  let body: [Stmt], orelse: [Stmt]
  init(_ loc: Loc, _ cond: Expr, _ body: [Stmt], _ orelse: [Stmt]) {
    self.cond = cond; self.body = body; self.orelse = orelse; super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    let interp = f.interp
    while true {
      let c = try ev(cond, f)
      let t: Bool
      if case .bool(let b) = c { t = b } else {
        do { t = try interp.isTruthy(c) } catch { throw interp.locate(error, cond.loc, f) }
      }
      if !t { break }
      switch try interp.execBlock(body, f) {
      case .breakLoop: return .normal
      case .returned: return .returned
      default: break
      }
      try interp.tick(loc.line, f)
    }
    return try interp.execBlock(orelse, f)
  }
}

final class ForStmt: Stmt {
  let target: Expr
  let iter: Expr
  let body: [Stmt], orelse: [Stmt]
  let targetName: NameExpr?
  /// `for i in range(...)` / `for i in reversed(range(...))` with a name target: the `range(...)`
  /// call (and the `reversed(...)` call around it), so the loop needs no range object. Whether
  /// the names still mean the builtins is checked on every run.
  let rangeCall: CallExpr?
  let reversedCall: CallExpr?
  /// `for a, b in ...` / `for [a, b] in ...`: the names, when every target is a plain name.
  let targetNames: [NameExpr]?
  /// `for i, x in enumerate(seq)` / `for a, b in zip(s, t)`: the call, so no tuples are built.
  let enumerateCall: CallExpr?
  let zipCall: CallExpr?
  init(_ loc: Loc, _ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) {
    self.target = target; self.iter = iter; self.body = body; self.orelse = orelse
    targetName = target as? NameExpr
    let elements = (target as? TupleExpr)?.elements ?? (target as? ListExpr)?.elements
    let names = elements.flatMap { es -> [NameExpr]? in
      let ns = es.compactMap { $0 as? NameExpr }
      return ns.count == es.count && !ns.isEmpty ? ns : nil
    }
    targetNames = names
    let call = (iter as? CallExpr).flatMap { c -> CallExpr? in c.positionalOnly && c.function is NameExpr ? c : nil }
    if let names, let call, names.count == 2, call.args.count == 1 { enumerateCall = call } else { enumerateCall = nil }
    if let names, let call, names.count == call.args.count { zipCall = call } else { zipCall = nil }
    func isRange(_ e: Expr) -> CallExpr? {
      guard let c = e as? CallExpr, c.positionalOnly, c.function is NameExpr, (1...3).contains(c.args.count) else { return nil }
      return c
    }
    if targetName != nil, let outer = isRange(iter), outer.args.count == 1, let inner = isRange(outer.args[0]) {
      rangeCall = inner; reversedCall = outer
    } else if targetName != nil, let c = isRange(iter) {
      rangeCall = c; reversedCall = nil
    } else {
      rangeCall = nil; reversedCall = nil
    }
    super.init(loc)
  }

  /// Runs the body once (after the per-statement tick): nil to go on looping, or the flow the
  /// loop ends with (`break` ends it normally, `return` passes through).
  @inline(__always)
  func iteration(_ f: Frame, _ interp: Interpreter) throws -> Flow? {
    try interp.tick(loc.line, f)
    switch try interp.execBlock(body, f) {
    case .breakLoop: return .normal
    case .returned: return .returned
    default: return nil
    }
  }

  override func exec(_ f: Frame) throws -> Flow {
    let interp = f.interp
    if let name = targetName, let (start, step, count) = try rangeBounds(f, interp) {
      var k = 0
      while k < count {
        name.store(.int(start + k * step), f)
        if let end = try iteration(f, interp) { return end }
        k += 1
      }
      return try interp.execBlock(orelse, f)
    }
    if let names = targetNames, let call = enumerateCall ?? zipCall,
       let columns = try pairedColumns(call, names.count, f, interp) {
      let count = columns.count
      var k = 0
      while k < count {
        for j in 0..<names.count { names[j].store(columns.value(j, k), f) }
        if let end = try iteration(f, interp) { return end }
        k += 1
      }
      return try interp.execBlock(orelse, f)
    }
    let iterable = try ev(iter, f)
    var result: Flow = .normal
    var broke = false
    // fast path: for i in range object
    if case .object(let o) = iterable, let r = o as? PyRange, let name = targetName {
      var i = r.start
      while r.step > 0 ? i < r.stop : i > r.stop {
        name.store(.int(i), f)
        if let end = try iteration(f, interp) { return end }
        i += r.step
      }
      return try interp.execBlock(orelse, f)
    }
    try interp.forEach(iterable, at: iter.loc, f) { item in
      if let name = targetName { name.store(item, f) }
      else if let names = targetNames, case .tuple(let t) = item, t.count == names.count {
        for j in 0..<names.count { names[j].store(t[j], f) }
      } else {
        do { try interp.assign(target, item, f) } catch { throw interp.locate(error, target.loc, f) }
      }
      guard let end = try iteration(f, interp) else { return true }
      if end == .returned { result = .returned } else { broke = true }
      return false
    }
    if result == .returned { return .returned }
    if broke { return .normal }
    return try interp.execBlock(orelse, f)
  }
}

extension ForStmt {
  /// For `range(...)` / `reversed(range(...))` calls of the builtins: the first value, step and
  /// count of the values, evaluated as the calls would be (same order, same errors at the same
  /// places); nil (with nothing but the callee names evaluated) when the names mean something
  /// else.
  func rangeBounds(_ f: Frame, _ interp: Interpreter) throws -> (start: Int, step: Int, count: Int)? {
    guard let rangeCall else { return nil }
    if let reversedCall {
      guard case .builtin(let b) = try ev(reversedCall.function, f), b === interp.reversedFunction else { return nil }
    }
    guard case .builtin(let b) = try ev(rangeCall.function, f), b === interp.rangeFunction else { return nil }
    var n = (0, 0, 0)
    let args = rangeCall.args
    n.0 = try ev(args[0], f).asRangeInt(interp, rangeCall, f)
    if args.count > 1 { n.1 = try ev(args[1], f).asRangeInt(interp, rangeCall, f) }
    if args.count > 2 { n.2 = try ev(args[2], f).asRangeInt(interp, rangeCall, f) }
    let (start, stop, step) = args.count == 1 ? (0, n.0, 1) : (n.0, n.1, args.count == 3 ? n.2 : 1)
    if step == 0 { throw interp.locate(PyException(.value, "range() arg 3 must not be zero"), rangeCall.loc, f) }
    let count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                         : (start > stop ? (start - stop - step - 1) / (-step) : 0)
    if reversedCall != nil { return (start + (count - 1) * step, -step, count) }
    return (start, step, count)
  }
}

/// The values a `for a, b in enumerate(...)/zip(...)` loop binds: row `k` of the columns.
struct PairedColumns {
  /// `enumerate`: the start and the items; `zip`: one snapshot per argument.
  var start = 0
  var enumerated: [Value] = []
  var zipped: [[Value]] = []
  var isEnumerate: Bool
  var count: Int { isEnumerate ? enumerated.count : (zipped.map(\.count).min() ?? 0) }
  @inline(__always)
  func value(_ j: Int, _ k: Int) -> Value {
    isEnumerate ? (j == 0 ? .int(start + k) : enumerated[k]) : zipped[j][k]
  }
}

extension ForStmt {
  /// For `enumerate(seq)` / `zip(s, t, ...)` of the builtins: the snapshots the builtins would
  /// take (same order, same errors at the same places); nil, with only the callee name
  /// evaluated, when the name means something else.
  func pairedColumns(_ call: CallExpr, _ width: Int, _ f: Frame, _ interp: Interpreter) throws -> PairedColumns? {
    guard case .builtin(let b) = try ev(call.function, f) else { return nil }
    if call === enumerateCall, b === interp.enumerateFunction {
      let v = try ev(call.args[0], f)
      do {
        return PairedColumns(enumerated: try interp.iterate(v), isEnumerate: true)
      } catch { throw interp.addCaller(error, call.loc, f) }
    }
    if call === zipCall, b === interp.zipFunction {
      var values: [Value] = []
      for a in call.args { values.append(try ev(a, f)) }
      do {
        return PairedColumns(zipped: try values.map { try interp.iterate($0) }, isEnumerate: false)
      } catch { throw interp.addCaller(error, call.loc, f) }
    }
    return nil
  }
}

extension Value {
  /// A `range()` argument, with the builtin's error located at the call.
  @inline(__always)
  fileprivate func asRangeInt(_ interp: Interpreter, _ call: CallExpr, _ f: Frame) throws -> Int {
    if case .int(let i) = self { return i }
    do { return try interp.toInt(self, what: "range() argument") } catch { throw interp.addCaller(error, call.loc, f) }
  }
}

// MARK: - Definitions

final class DefStmt: Stmt {
  let code: CodeObject
  let defaults: [Expr]
  let kwDefaults: [(String, Expr)]
  let decorators: [Expr]
  let target: NameExpr
  init(_ loc: Loc, code: CodeObject, defaults: [Expr], kwDefaults: [(String, Expr)], decorators: [Expr], target: NameExpr) {
    self.code = code; self.defaults = defaults; self.kwDefaults = kwDefaults
    self.decorators = decorators; self.target = target; super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    var v: Value = .function(try f.interp.makeFunction(code, defaults, kwDefaults, f))
    v = try f.interp.applyDecorators(decorators, v, f)
    target.store(v, f)
    return .normal
  }
}

final class ClassStmt: Stmt {
  let name: String
  let bases: [Expr]
  let code: CodeObject
  let decorators: [Expr]
  let target: NameExpr
  init(_ loc: Loc, name: String, bases: [Expr], code: CodeObject, decorators: [Expr], target: NameExpr) {
    self.name = name; self.bases = bases; self.code = code; self.decorators = decorators; self.target = target
    super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    let interp = f.interp
    var baseClasses: [PyClass] = []
    for b in bases {
      let v = try ev(b, f)
      guard case .cls(let c) = v else {
        if case .builtin(let bf) = v, bf.isType, bf.name == "object" { continue }
        throw interp.locate(PyException(.type, "class bases must be classes, not \(v.typeName)", hint: v.typeName == "builtin_function_or_method" ? "MiniPy classes can inherit only from MiniPy classes and exceptions" : nil), b.loc, f)
      }
      baseClasses.append(c)
    }
    let frame = Frame(interp: interp, code: code, closure: code.freeVarSources.map { f.cells[$0] })
    frame.namespace = ["__name__": .str(name)]
    _ = try interp.execBlock(code.body, frame)
    let cls = PyClass(name: name, bases: baseClasses, namespace: frame.namespace ?? [:])
    for (_, v) in cls.namespace {
      if case .function(let fn) = v { fn.ownerClass = cls }
      if case .object(let o) = v, let w = o as? MethodWrapper, case .function(let fn) = w.function { fn.ownerClass = cls }
    }
    let v = try interp.applyDecorators(decorators, .cls(cls), f)
    target.store(v, f)
    return .normal
  }
}

extension Interpreter {
  func applyDecorators(_ decorators: [Expr], _ value: Value, _ f: Frame) throws -> Value {
    var v = value
    for d in decorators.reversed() {
      let dv = try ev(d, f)
      do { v = try call(dv, [v], []) } catch { throw addCaller(error, d.loc, f) }
    }
    return v
  }
}

// MARK: - Exceptions

struct ExceptHandler {
  let loc: Loc
  let type: Expr?
  let name: NameExpr?
  let body: [Stmt]
}

final class TryStmt: Stmt {
  let body: [Stmt]
  let handlers: [ExceptHandler]
  let orelse: [Stmt]
  let finalBody: [Stmt]?
  init(_ loc: Loc, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalBody: [Stmt]?) {
    self.body = body; self.handlers = handlers; self.orelse = orelse; self.finalBody = finalBody
    super.init(loc)
    if finalBody != nil {
      ReturnStmt.keepLocals(in: body); ReturnStmt.keepLocals(in: orelse)
      for h in handlers { ReturnStmt.keepLocals(in: h.body) }
    }
  }

  override func exec(_ f: Frame) throws -> Flow {
    let interp = f.interp
    var flow: Flow = .normal
    do {
      var raised = false
      do {
        flow = try interp.execBlock(body, f)
      } catch {
        let e = error.asPyException
        raised = true
        guard e.isCatchable, let h = try matchHandler(e, f) else { throw e }
        let saved = f.handling
        f.handling = e
        defer { f.handling = saved }
        if let name = h.name { name.store(.instance(interp.exceptionInstance(e)), f) }
        flow = try interp.execBlock(h.body, f)
      }
      if !raised && flow == .normal { flow = try interp.execBlock(orelse, f) }
    } catch {
      if let fin = finalBody, error.asPyException.isCatchable {
        let ff = try interp.execBlock(fin, f)
        if ff != .normal { return ff }
      }
      throw error
    }
    if let fin = finalBody {
      let ff = try interp.execBlock(fin, f)
      if ff != .normal { return ff }
    }
    return flow
  }

  func matchHandler(_ e: PyException, _ f: Frame) throws -> ExceptHandler? {
    let interp = f.interp
    let cls = interp.exceptionClass(of: e)
    for h in handlers {
      guard let t = h.type else { return h }
      let tv = try ev(t, f)
      let candidates: [Value]
      if case .tuple(let items) = tv { candidates = items } else { candidates = [tv] }
      for c in candidates {
        guard case .cls(let hc) = c, hc.isException else {
          throw interp.locate(PyException(.type, "catching classes that do not inherit from BaseException is not allowed"), t.loc, f)
        }
        if cls.isSubclass(of: hc) { return h }
      }
    }
    return nil
  }
}

final class RaiseStmt: Stmt {
  let exc: Expr?, cause: Expr?
  init(_ loc: Loc, _ exc: Expr?, _ cause: Expr?) { self.exc = exc; self.cause = cause; super.init(loc) }
  override func exec(_ f: Frame) throws -> Flow {
    let interp = f.interp
    guard let exc else {
      if let e = f.handling { throw e }
      throw interp.locate(PyException(.runtime, "No active exception to reraise"), loc, f)
    }
    let v = try ev(exc, f)
    if let cause { _ = try ev(cause, f) }
    do { throw try interp.exceptionFromValue(v) } catch { throw interp.locate(error, loc, f) }
  }
}

// MARK: - Imports and with

final class ImportStmt: Stmt {
  let items: [(String, NameExpr, Bool)]   // module, binding, has 'as'
  init(_ loc: Loc, _ items: [(String, NameExpr, Bool)]) { self.items = items; super.init(loc) }
  override func exec(_ f: Frame) throws -> Flow {
    for (module, name, hasAs) in items {
      let m = try f.interp.importModule(module)
      if hasAs || !module.contains(".") { name.store(.module(m), f) } else {
        name.store(.module(try f.interp.importModule(String(module.split(separator: ".")[0]))), f)
      }
    }
    return .normal
  }
}

final class FromImportStmt: Stmt {
  let module: String
  let names: [(String, NameExpr)]
  let star: Bool
  init(_ loc: Loc, _ module: String, _ names: [(String, NameExpr)], star: Bool) {
    self.module = module; self.names = names; self.star = star; super.init(loc)
  }
  override func exec(_ f: Frame) throws -> Flow {
    let interp = f.interp
    let m = try interp.importModule(module)
    if star {
      for (k, v) in m.attributes where !k.hasPrefix("_") { interp.entry(k).value = v }
      return .normal
    }
    for (attr, binding) in names {
      if let v = try m.attribute(attr) { binding.store(v, f); continue }
      if let sub = try? interp.importModule(module + "." + attr) { binding.store(.module(sub), f); continue }
      throw PyException(.importError, "cannot import name '\(attr)' from '\(module)'", pythonClassName: "ImportError")
    }
    return .normal
  }
}

final class WithStmt: Stmt {
  let items: [(Expr, Expr?)]
  let body: [Stmt]
  init(_ loc: Loc, _ items: [(Expr, Expr?)], _ body: [Stmt]) { self.items = items; self.body = body; super.init(loc) }
  override func exec(_ f: Frame) throws -> Flow { try run(0, f) }
  func run(_ k: Int, _ f: Frame) throws -> Flow {
    if k == items.count { return try f.interp.execBlock(body, f) }
    let interp = f.interp
    let (e, target) = items[k]
    let ctx = try ev(e, f)
    let entered: Value
    do { entered = try interp.callMethod(ctx, "__enter__", [], []) } catch { throw interp.locate(error, e.loc, f) }
    if let target { try interp.assign(target, entered, f) }
    let flow: Flow
    do { flow = try run(k + 1, f) } catch {
      let ex = error.asPyException
      if ex.isCatchable {
        let inst = interp.exceptionInstance(ex)
        let suppress = try interp.callMethod(ctx, "__exit__", [.cls(inst.cls), .instance(inst), .none], [])
        if try interp.isTruthy(suppress) { return .normal }
      }
      throw ex
    }
    _ = try interp.callMethod(ctx, "__exit__", [.none, .none, .none], [])
    return flow
  }
}

// MARK: - Assignment targets

extension Interpreter {
  /// Assigns `value` to a target expression: a name, attribute, subscript, or a (nested,
  /// possibly starred) tuple/list of targets.
  func assign(_ target: Expr, _ value: Value, _ f: Frame) throws {
    switch target {
    case let n as NameExpr: n.store(value, f)
    case let a as AttrExpr:
      let o = try ev(a.object, f)
      do { try setAttribute(o, a.name, value) } catch { throw locate(error, a.loc, f) }
    case let s as SubscriptExpr:
      let o = try ev(s.object, f)
      let i = try ev(s.index, f)
      do { try setItem(o, i, value) } catch { throw locate(error, s.loc, f) }
    case let t as TupleExpr: try unpack(t.elements, value, target.loc, f)
    case let l as ListExpr: try unpack(l.elements, value, target.loc, f)
    default:
      throw locate(PyException(.syntax, "cannot assign to expression"), target.loc, f)
    }
  }

  func unpack(_ targets: [Expr], _ value: Value, _ loc: Loc, _ f: Frame) throws {
    let items: [Value]
    switch value {
    case .tuple(let t): items = t
    case .list(let l): items = l.items
    default:
      do { items = try iterate(value) } catch {
        throw locate(PyException(.type, "cannot unpack non-iterable \(value.typeName) object"), loc, f)
      }
    }
    if let star = targets.firstIndex(where: { $0 is StarredExpr }) {
      let after = targets.count - star - 1
      guard items.count >= targets.count - 1 else {
        throw locate(PyException(.value, "not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))"), loc, f)
      }
      for i in 0..<star { try assign(targets[i], items[i], f) }
      try assign((targets[star] as! StarredExpr).value, .list(PyList(Array(items[star..<(items.count - after)]))), f)
      for i in 0..<after { try assign(targets[star + 1 + i], items[items.count - after + i], f) }
      return
    }
    if items.count != targets.count {
      if items.count > targets.count {
        throw locate(PyException(.value, "too many values to unpack (expected \(targets.count))"), loc, f)
      }
      throw locate(PyException(.value, "not enough values to unpack (expected \(targets.count), got \(items.count))"), loc, f)
    }
    for (t, v) in zip(targets, items) { try assign(t, v, f) }
  }
}
