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

  /// The instance this name is bound to, unretained: valid only until MiniPy code runs (which
  /// could rebind the name). nil when unbound, not an instance, or a class-body name.
  @inline(__always)
  func boundInstance(_ f: Frame) -> Unmanaged<PyInstance>? {
    switch ref {
    case .local(let i):
      if case .instance(let x)? = f.slots[i] { return .passUnretained(x) }
    case .global(let r):
      if case .instance(let x)? = r._withUnsafeGuaranteedRef({ $0.value }) { return .passUnretained(x) }
    default: break
    }
    return nil
  }

  /// Like `boundInstance`, for a module.
  @inline(__always)
  func boundModule(_ f: Frame) -> Unmanaged<PyModule>? {
    switch ref {
    case .local(let i):
      if case .module(let x)? = f.slots[i] { return .passUnretained(x) }
    case .global(let r):
      if case .module(let x)? = r._withUnsafeGuaranteedRef({ $0.value }) { return .passUnretained(x) }
    default: break
    }
    return nil
  }

  /// True when this is a local variable bound to a list.
  @inline(__always)
  func boundLocalList(_ f: Frame) -> Bool {
    guard case .local(let i) = ref, case .list? = f.slots[i] else { return false }
    return true
  }

  /// Like `boundInstance`, for a list.
  @inline(__always)
  func boundList(_ f: Frame) -> Unmanaged<PyList>? {
    switch ref {
    case .local(let i):
      if case .list(let x)? = f.slots[i] { return .passUnretained(x) }
    case .global(let r):
      if case .list(let x)? = r._withUnsafeGuaranteedRef({ $0.value }) { return .passUnretained(x) }
    default: break
    }
    return nil
  }

  /// The int this name is bound to (local or global), without evaluating it; nil otherwise.
  @inline(__always)
  func boundInt(_ f: Frame) -> Int? {
    switch ref {
    case .local(let i):
      if case .int(let x)? = f.slots[i] { return x }
    case .global(let r):
      if case .int(let x)? = r._withUnsafeGuaranteedRef({ $0.value }) { return x }
    default: break
    }
    return nil
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
    do { return try f.withInterp { try $0.binary(op, a, b) } } catch { throw f.interp.locate(error, loc, f) }
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
    do { return try f.withInterp { try $0.unary(op, v) } } catch { throw f.interp.locate(error, loc, f) }
  }
}

final class NotExpr: Expr {
  let operand: Expr
  init(_ loc: Loc, _ v: Expr) { operand = v; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    let v = try ev(operand, f)
    do { return .bool(!(try f.withInterp { try $0.isTruthy(v) })) } catch { throw f.interp.locate(error, loc, f) }
  }
}

final class BoolExpr: Expr {
  let isAnd: Bool
  let values: [Expr]
  /// `values` unretained, for evaluation without retaining each node (`values` owns them).
  let valueRefs: [Unmanaged<Expr>]
  init(_ loc: Loc, isAnd: Bool, _ values: [Expr]) {
    self.isAnd = isAnd; self.values = values
    valueRefs = values.map { Unmanaged.passUnretained($0) }
    super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    var v: Value = .none
    for i in 0..<valueRefs.count {
      let e = valueRefs[i]
      v = try e._withUnsafeGuaranteedRef { try $0.eval(f) }
      if i == valueRefs.count - 1 { break }
      let t: Bool
      if case .bool(let b) = v { t = b } else {
        do { t = try f.withInterp { try $0.isTruthy(v) } } catch { throw f.interp.locate(error, e._withUnsafeGuaranteedRef { $0.loc }, f) }
      }
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
  /// `rights` unretained, for evaluation without retaining each node (`rights` owns them).
  let rightRefs: [Unmanaged<Expr>]
  init(_ loc: Loc, _ left: Expr, _ ops: [CompareOp], _ rights: [Expr]) {
    self.left = left; self.ops = ops; self.rights = rights
    rightRefs = rights.map { Unmanaged.passUnretained($0) }
    super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    try f.withInterp { try eval(f, $0) }
  }

  @inline(__always)
  func eval(_ f: Frame, _ interp: Interpreter) throws -> Value {
    var a = try ev(left, f)
    for i in 0..<ops.count {
      let b = try rightRefs[i]._withUnsafeGuaranteedRef { try $0.eval(f) }
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
    do { t = try f.withInterp { try $0.isTruthy(c) } } catch { throw f.interp.locate(error, cond.loc, f) }
    return try t ? ev(body, f) : ev(orelse, f)
  }
}

// MARK: - Attributes and subscripts

final class AttrExpr: Expr {
  let object: Expr
  let name: String
  // Module attribute cache, keyed by the module's serial: a weak reference would give the
  // module a side table (every retain of `np` then takes the runtime's slow path), a strong one
  // would keep a replaced module alive.
  var cachedModule = -1
  var cachedVersion = -1
  var cachedValue: Value = .none
  // instance attribute cache: for instances of the class with this serial, the slot of `name`
  var slotClass = -1
  var slotIndex = 0
  /// `object` when it is a name (`self.W`): a cached attribute is read without retaining the
  /// instance.
  let objectName: Unmanaged<NameExpr>?
  init(_ loc: Loc, _ object: Expr, _ name: String) {
    self.object = object; self.name = name
    objectName = (object as? NameExpr).map { Unmanaged.passUnretained($0) }
    super.init(loc)
  }
  override func eval(_ f: Frame) throws -> Value {
    if let v = peek(f) { return v }
    if let v = peekModuleAttribute(f) { return v }
    let o = try ev(object, f)
    switch o {
    case .module(let m):
      if m.serial == cachedModule && m.version == cachedVersion { return cachedValue }
      do {
        let v = try f.withInterp { try $0.getAttribute(o, name) }
        cachedModule = m.serial; cachedVersion = m.version; cachedValue = v
        return v
      } catch { throw f.interp.locate(error, loc, f) }
    case .instance(let inst):
      if let v = cachedAttribute(inst) { return v }
      do {
        let v = try f.withInterp { try $0.getAttribute(o, name) }
        cacheSlot(inst)
        return v
      } catch { throw f.interp.locate(error, loc, f) }
    default:
      do { return try f.withInterp { try $0.getAttribute(o, name) } } catch { throw f.interp.locate(error, loc, f) }
    }
  }

  /// The instance attribute, when the cache knows its slot and it is set. (Instance attributes
  /// come first in `getAttribute`, so a set slot is the answer.)
  @inline(__always)
  func cachedAttribute(_ inst: PyInstance) -> Value? {
    guard inst.cls.serial == slotClass, slotIndex < inst.slots.count else { return nil }
    return inst.slots[slotIndex]
  }

  /// The cached instance attribute of a named object, without evaluating the name (so without
  /// retaining the instance); nil when the cache does not apply.
  @inline(__always)
  func peek(_ f: Frame) -> Value? {
    guard let objectName, let inst = objectName._withUnsafeGuaranteedRef({ $0.boundInstance(f) }) else { return nil }
    return inst._withUnsafeGuaranteedRef { cachedAttribute($0) }
  }

  /// The cached attribute of a named module (`np.dot`), without retaining the module; nil
  /// when the cache does not apply.
  @inline(__always)
  func peekModuleAttribute(_ f: Frame) -> Value? {
    guard let objectName, let u = objectName._withUnsafeGuaranteedRef({ $0.boundModule(f) }) else { return nil }
    return u._withUnsafeGuaranteedRef { m in
      m.serial == cachedModule && m.version == cachedVersion ? cachedValue : nil
    }
  }

  /// The cached attribute of a named object when it is a list, unretained (valid until MiniPy
  /// code runs).
  @inline(__always)
  func peekList(_ f: Frame) -> Unmanaged<PyList>? {
    guard let objectName, let u = objectName._withUnsafeGuaranteedRef({ $0.boundInstance(f) }) else { return nil }
    return u._withUnsafeGuaranteedRef { inst -> Unmanaged<PyList>? in
      guard inst.cls.serial == slotClass, slotIndex < inst.slots.count, case .list(let l)? = inst.slots[slotIndex] else { return nil }
      return .passUnretained(l)
    }
  }

  /// Remembers the slot of `name` in `inst`'s class layout, if the instance has it set.
  func cacheSlot(_ inst: PyInstance) {
    if let i = inst.cls.layout.index[name], i < inst.slots.count, inst.slots[i] != nil {
      slotClass = inst.cls.serial; slotIndex = i
    }
  }
}

final class SubscriptExpr: Expr {
  let object: Expr, index: Expr
  /// An int constant index (`A[-1]`, `W[0]`), or nil.
  let constIndex: Int?
  /// A name index (`W[i]`), or nil.
  let indexName: Unmanaged<NameExpr>?
  let objectName: Unmanaged<NameExpr>?
  let objectAttr: Unmanaged<AttrExpr>?
  init(_ loc: Loc, _ object: Expr, _ index: Expr) {
    self.object = object; self.index = index
    if let c = index as? Const, case .int(let k) = c.value { constIndex = k } else { constIndex = nil }
    indexName = (index as? NameExpr).map { Unmanaged.passUnretained($0) }
    objectName = (object as? NameExpr).map { Unmanaged.passUnretained($0) }
    objectAttr = (object as? AttrExpr).map { Unmanaged.passUnretained($0) }
    super.init(loc)
  }

  /// `list[k]` for an in-range `k`, else nil.
  @inline(__always)
  static func item(_ l: PyList, _ k: Int) -> Value? {
    let n = l.items.count
    if k >= 0 && k < n { return l.items[k] }
    if k < 0 && k >= -n { return l.items[n + k] }
    return nil
  }

  /// `name[k]` / `name.attr[k]` on a list when the index is at hand without running code: the
  /// list is read in place, not retained.
  @inline(__always)
  func peek(_ f: Frame) -> Value? {
    let k: Int
    if let c = constIndex { k = c }
    else if let indexName, let x = indexName._withUnsafeGuaranteedRef({ $0.boundInt(f) }) { k = x }
    else { return nil }
    let list: Unmanaged<PyList>?
    if let objectName { list = objectName._withUnsafeGuaranteedRef { $0.boundList(f) } }
    else if let objectAttr { list = objectAttr._withUnsafeGuaranteedRef { $0.peekList(f) } }
    else { return nil }
    guard let list else { return nil }
    return list._withUnsafeGuaranteedRef { Self.item($0, k) }
  }

  override func eval(_ f: Frame) throws -> Value {
    if let v = peek(f) { return v }
    // a local list with any index (`xs[i % 4]`): the index cannot rebind the local (only
    // statements of this frame can), so the list is read in place after it
    if let objectName, objectName._withUnsafeGuaranteedRef({ $0.boundLocalList(f) }) {
      let i = try ev(index, f)
      if case .int(let k) = i, let l = objectName._withUnsafeGuaranteedRef({ $0.boundList(f) }),
         let v = l._withUnsafeGuaranteedRef({ Self.item($0, k) }) {
        return v
      }
      let o = try ev(object, f)
      do { return try f.withInterp { try $0.getItem(o, i) } } catch { throw f.interp.locate(error, loc, f) }
    }
    let o = try ev(object, f)
    let i = try ev(index, f)
    if case .list(let l) = o, case .int(let k) = i {
      let n = l.items.count
      if k >= 0 && k < n { return l.items[k] }
      if k < 0 && k >= -n { return l.items[n + k] }
    }
    do { return try f.withInterp { try $0.getItem(o, i) } } catch { throw f.interp.locate(error, loc, f) }
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
  func evalElements(_ elements: [Expr], _ f: Frame, minimumCapacity: Int = 0) throws -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(Swift.max(elements.count, minimumCapacity))
    try elements.withUnsafeBufferPointer { es in
      for k in es.indices {
        try Unmanaged.passUnretained(es[k])._withUnsafeGuaranteedRef { e in
          if let s = e as? StarredExpr {
            let v = try ev(s.value, f)
            do { out += try iterate(v) } catch { throw locate(error, s.loc, f) }
          } else {
            out.append(try e.eval(f))
          }
        }
      }
    }
    return out
  }
}

final class ListExpr: Expr {
  let elements: [Expr]
  init(_ loc: Loc, _ elements: [Expr]) { self.elements = elements; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value {
    // room for a few appends (`A = [x]` then `A.append(y)`), as CPython over-allocates
    .list(PyList(try f.withInterp { try $0.evalElements(elements, f, minimumCapacity: elements.isEmpty ? 0 : 4) }))
  }
}

final class TupleExpr: Expr {
  let elements: [Expr]
  init(_ loc: Loc, _ elements: [Expr]) { self.elements = elements; super.init(loc) }
  override func eval(_ f: Frame) throws -> Value { .tuple(try f.withInterp { try $0.evalElements(elements, f) }) }
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
  /// `args` unretained, for evaluation without retaining each node (`args` owns them).
  let argRefs: [Unmanaged<Expr>]
  let simple: Bool   // no *args / **kwargs
  /// Plain positional arguments only: they can be evaluated straight into the callee's slots.
  let positionalOnly: Bool
  let method: Unmanaged<AttrExpr>?
  /// `x.append(v)`: lists append without building an argument list.
  let isAppend: Bool
  /// The argument is a name or a constant: evaluating it runs no MiniPy code.
  let appendArgIsPlain: Bool
  // method cache: for instances of class `methodClass` (at these versions), `name` is
  // `methodFunction` (nil: take the general path)
  var methodClass = -1
  var methodVersion = 0
  var methodLayoutCount = 0
  unowned(unsafe) var methodFunction: PyFunction?

  init(_ loc: Loc, _ function: Expr, _ args: [Expr], _ kwargs: [(String?, Expr)]) {
    self.function = function; self.args = args; self.kwargs = kwargs
    argRefs = args.map { Unmanaged.passUnretained($0) }
    simple = !args.contains { $0 is StarredExpr } && !kwargs.contains { $0.0 == nil }
    positionalOnly = simple && kwargs.isEmpty
    let attr = function as? AttrExpr
    method = attr.map { Unmanaged.passUnretained($0) }
    isAppend = attr?.name == "append" && positionalOnly && args.count == 1
    appendArgIsPlain = isAppend && (args[0] is NameExpr || args[0] is Const)
    super.init(loc)
  }

  override func eval(_ f: Frame) throws -> Value {
    try f.interpRef._withUnsafeGuaranteedRef { try eval(f, $0) }
  }

  @inline(__always)
  func eval(_ f: Frame, _ interp: Interpreter) throws -> Value {
    // method call fast path: receiver.name(args) without a bound-method object
    if let method {
      // a cached module function (`np.dot(...)`): the module is not even retained
      if let callee = method._withUnsafeGuaranteedRef({ $0.peekModuleAttribute(f) }) {
        if positionalOnly, let r = try callDirect(callee, f, interp) { return r }
        let (a, k) = try evalArgs(f)
        do { return try interp.call(callee, a, k) } catch { throw interp.addCaller(error, loc, f) }
      }
      if let objectName = method._withUnsafeGuaranteedRef({ $0.objectName }) {
        // `obj.m(args)` with `obj` a name bound to an instance: the receiver goes straight
        // into the callee's slot 0, evaluated once and retained once
        if positionalOnly, let u = objectName._withUnsafeGuaranteedRef({ $0.boundInstance(f) }),
           let fn = u._withUnsafeGuaranteedRef({ cachedMethod($0, method._withUnsafeGuaranteedRef { $0.name }) }),
           Self.takesDirect(fn, args.count + 1) {
          let frame = interp.acquireFrame(fn)
          frame._withUnsafeGuaranteedRef { $0.slots[0] = .instance(u.takeUnretainedValue()) }
          do { try evalArgs(into: frame, fn, offset: 1, f) } catch { interp.releaseFrame(frame); throw error }
          do { return try interp.run(fn, frame) } catch { throw interp.addCaller(error, loc, f) }
        }
        // `xs.append(v)` with `v` a name or constant (evaluating it runs no code, so the list
        // can be used in place)
        if isAppend && appendArgIsPlain, let l = objectName._withUnsafeGuaranteedRef({ $0.boundList(f) }) {
          let v = try argRefs[0]._withUnsafeGuaranteedRef { try $0.eval(f) }
          l._withUnsafeGuaranteedRef { $0.items.append(v) }
          return .none
        }
      }
      let receiver = try method._withUnsafeGuaranteedRef { try ev($0.object, f) }
      switch receiver {
      case .module(let m):
        let callee = try method._withUnsafeGuaranteedRef { attr -> Value in
          if m.serial == attr.cachedModule && m.version == attr.cachedVersion { return attr.cachedValue }
          return try ev(attr, f)
        }
        if positionalOnly, let r = try callDirect(callee, f, interp) { return r }
        let (a, k) = try evalArgs(f)
        do { return try interp.call(callee, a, k) } catch { throw interp.addCaller(error, loc, f) }
      case .instance(let inst) where positionalOnly:
        if let fn = cachedMethod(inst, method._withUnsafeGuaranteedRef { $0.name }), Self.takesDirect(fn, args.count + 1) {
          let frame = interp.acquireFrame(fn)
          frame._withUnsafeGuaranteedRef { $0.slots[0] = receiver }
          do { try evalArgs(into: frame, fn, offset: 1, f) } catch { interp.releaseFrame(frame); throw error }
          do { return try interp.run(fn, frame) } catch { throw interp.addCaller(error, loc, f) }
        }
      case .list(let l) where isAppend:
        let v = try argRefs[0]._withUnsafeGuaranteedRef { try $0.eval(f) }
        l.items.append(v)
        return .none
      default: break
      }
      let (a, k) = try evalArgs(f)
      do { return try interp.callMethod(receiver, method._withUnsafeGuaranteedRef { $0.name }, a, k) } catch {
        // a missing method points at `obj.name`, not the whole call
        if let e = error as? PyException, !e.located, e.kind == .attribute {
          throw interp.locate(e, method._withUnsafeGuaranteedRef { $0.loc }, f)
        }
        throw interp.addCaller(error, loc, f)
      }
    }
    let callee = try ev(function, f)
    if positionalOnly, let r = try callDirect(callee, f, interp) { return r }
    let (a, k) = try evalArgs(f)
    do { return try interp.call(callee, a, k) } catch { throw interp.addCaller(error, loc, f) }
  }

  /// Calls a user function whose parameters are plain slots, or a host function with a
  /// one-argument entry, without building an argument array; nil for every other callee.
  @inline(__always)
  func callDirect(_ callee: Value, _ f: Frame) throws -> Value? {
    try f.interpRef._withUnsafeGuaranteedRef { try callDirect(callee, f, $0) }
  }

  @inline(__always)
  func callDirect(_ callee: Value, _ f: Frame, _ interp: Interpreter) throws -> Value? {
    switch callee {
    case .function(let fn):
      guard Self.takesDirect(fn, args.count) else { return nil }
      let frame = interp.acquireFrame(fn)
      do { try evalArgs(into: frame, fn, offset: 0, f) } catch { interp.releaseFrame(frame); throw error }
      do { return try interp.run(fn, frame) } catch { throw interp.addCaller(error, loc, f) }
    case .builtin(let b):
      guard let unary = b.unary, args.count == 1 else { return nil }
      let v = try ev(args[0], f)
      do { return try unary(v) } catch { throw interp.addCaller(error, loc, f) }
    default:
      return nil
    }
  }

  /// True when `given` positional arguments bind to `fn`'s first slots (the rest from defaults).
  @inline(__always)
  static func takesDirect(_ fn: PyFunction, _ given: Int) -> Bool {
    given <= fn.directMax && given >= fn.directMin
  }

  /// Evaluates the arguments into `frame`'s slots from `offset`, then fills the remaining
  /// parameters from `fn`'s defaults.
  @inline(__always)
  func evalArgs(into frame: Unmanaged<Frame>, _ fn: PyFunction, offset: Int, _ f: Frame) throws {
    let slots = frame._withUnsafeGuaranteedRef { $0.slots }
    try argRefs.withUnsafeBufferPointer { a in
      for i in 0..<a.count { slots[offset + i] = try a[i]._withUnsafeGuaranteedRef { try $0.eval(f) } }
    }
    let given = offset + argRefs.count
    let npos = fn.directMax
    if given < npos {
      let first = fn.directMin
      for i in given..<npos { slots[i] = fn.defaults[i - first] }
    }
  }

  /// The user function `name` of `inst`'s class, when no instance attribute can shadow it;
  /// nil otherwise (the general path decides). Cached per class and class version.
  @inline(__always)
  func cachedMethod(_ inst: PyInstance, _ name: String) -> PyFunction? {
    let cls = inst.cls
    if cls.serial == methodClass && cls.layout.count == methodLayoutCount && cls.mroVersion == methodVersion {
      return methodFunction
    }
    var fn: PyFunction?
    if cls.layout.index[name] == nil, case .function(let m)? = cls.lookup(name) { fn = m }
    methodClass = cls.serial; methodLayoutCount = cls.layout.count; methodVersion = cls.mroVersion
    methodFunction = fn
    return fn
  }

  @inline(__always)
  func evalArgs(_ f: Frame) throws -> ([Value], [(name: String, value: Value)]) {
    if simple {
      var a: [Value] = []
      a.reserveCapacity(argRefs.count)
      for e in argRefs { a.append(try e._withUnsafeGuaranteedRef { try $0.eval(f) }) }
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
