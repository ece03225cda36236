// Attributes, calls, classes and exceptions at run time.

import Foundation

// MARK: - Attributes

extension Interpreter {
  /// `v.name`.
  public func getAttribute(_ v: Value, _ name: String) throws -> Value {
    switch v {
    case .instance(let i):
      if let x = i[attribute: name] { return x }
      if let x = i.cls.lookup(name) { return try bindClassAttribute(x, to: v, name: name) }
      if name == "__class__" { return .cls(i.cls) }
      if name == "__dict__" { let d = PyDict(); for (k, x) in i.attributes.sorted(by: { $0.key < $1.key }) { d.set(k, x) }; return .dict(d) }
      if i.cls.isException, name == "args" { return .tuple([]) }
      if let ga = i.cls.lookup("__getattr__") { return try call(ga, [v, .str(name)], []) }
      throw attributeError(v, name, candidates: i.attributeNames + i.cls.mro.flatMap { $0.namespace.keys })
    case .cls(let c):
      if let x = c.lookup(name) {
        if case .object(let o) = x, let w = o as? MethodWrapper {
          switch w.kind {
          case .staticMethod: return w.function
          case .classMethod: return bindMethod(w.function, to: v, name: name)
          case .property: return x
          }
        }
        return x
      }
      if name == "__name__" { return .str(c.name) }
      if name == "__bases__" { return .tuple(c.bases.map { .cls($0) }) }
      if name == "__mro__" { return .tuple(c.mro.map { .cls($0) }) }
      throw PyException(.attribute, "type object '\(c.name)' has no attribute '\(name)'")
    case .module(let m):
      if let x = try m.attribute(name) { return x }
      if name == "__name__" { return .str(m.name) }
      var hint: String?
      if let near = nearestName(name, among: Array(m.attributes.keys)) { hint = "did you mean '\(m.name).\(near)'?" }
      throw PyException(.attribute, "module '\(m.name)' has no attribute '\(name)'", hint: hint)
    case .object(let o):
      if let x = try o.getAttribute(name, self) { return x }
      if name == "__class__" { return typeValue(of: v) }
      throw attributeError(v, name, candidates: o.attributeNames)
    case .function(let fn):
      if name == "__name__" { return .str(fn.name) }
      if name == "__qualname__" { return .str(fn.qualifiedName) }
      if let x = fn.attributes[name] { return x }
    case .builtin(let b):
      if name == "__name__" { return .str(b.isType ? String(b.name.split(separator: ".").last ?? Substring(b.name)) : b.name) }
      if name == "__doc__" { return b.doc.map { .str($0) } ?? .none }
      if let x = b.attributes[name] { return x }
      if b.isType, let m = try? builtinTypeAttribute(b.name, name) { return m }
    default:
      if Self.hasBuiltinMethod(v, name) {
        return .builtin(BuiltinFunction(name: name, receiver: v) { [unowned(unsafe) self] args in
          guard let r = try self.builtinMethod(v, name, args) else { throw self.attributeError(v, name, candidates: []) }
          return r
        })
      }
      switch (v, name) {
      case (.int(let i), "real"), (.int(let i), "numerator"): return .int(i)
      case (.int, "imag"): return .int(0)
      case (.int, "denominator"): return .int(1)
      case (.float(let d), "real"): return .float(d)
      case (.float, "imag"): return .float(0)
      case (.slice(let s), "start"): return s.start
      case (.slice(let s), "stop"): return s.stop
      case (.slice(let s), "step"): return s.step
      default: break
      }
    }
    throw attributeError(v, name, candidates: Self.builtinMethodNames(v))
  }

  func attributeError(_ v: Value, _ name: String, candidates: [String]) -> PyException {
    var hint: String?
    if let near = nearestName(name, among: candidates) { hint = "did you mean '\(near)'?" }
    return PyException(.attribute, "'\(v.typeName)' object has no attribute '\(name)'", hint: hint)
  }

  func bindClassAttribute(_ x: Value, to receiver: Value, name: String) throws -> Value {
    switch x {
    case .function(let fn): return bindMethod(.function(fn), to: receiver, name: name)
    case .object(let o):
      if let w = o as? MethodWrapper {
        switch w.kind {
        case .staticMethod: return w.function
        case .classMethod:
          if case .instance(let i) = receiver { return bindMethod(w.function, to: .cls(i.cls), name: name) }
          return bindMethod(w.function, to: receiver, name: name)
        case .property: return try call(w.function, [receiver], [])
        }
      }
      return x
    default: return x
    }
  }

  func bindMethod(_ function: Value, to receiver: Value, name: String) -> Value {
    .builtin(BuiltinFunction(name: name, receiver: receiver) { [unowned(unsafe) self] args in
      try self.call(function, [receiver] + args.positional, args.keywords)
    })
  }

  /// `v.name = value`.
  public func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
    switch v {
    case .instance(let i):
      if let x = i.cls.lookup(name), case .object(let o) = x, let w = o as? MethodWrapper, w.kind == .property {
        guard let setter = w.setter else { throw PyException(.attribute, "property '\(name)' of '\(i.cls.name)' object has no setter") }
        _ = try call(setter, [v, value], [])
        return
      }
      i[attribute: name] = value
      return
    case .cls(let c): c.namespace[name] = value; return
    case .module(let m): m[name] = value; return
    case .object(let o): if try o.setAttribute(name, value, self) { return }
    case .function(let fn): fn.attributes[name] = value; return
    default: break
    }
    throw PyException(.attribute, "'\(v.typeName)' object has no attribute '\(name)'\(Self.hasBuiltinMethod(v, name) ? " (it is read-only)" : "")")
  }

  func deleteAttribute(_ v: Value, _ name: String) throws {
    if case .instance(let i) = v, i.removeAttribute(name) != nil { return }
    throw PyException(.attribute, "'\(v.typeName)' object has no attribute '\(name)'")
  }
}

// MARK: - Calls

extension Interpreter {
  /// Calls any callable MiniPy value (host libraries use this to call back, e.g. a `key=`
  /// function).
  public func call(_ callee: Value, _ args: [Value], _ kwargs: [(name: String, value: Value)] = []) throws -> Value {
    switch callee {
    case .function(let fn): return try invoke(fn, args, kwargs)
    case .builtin(let b):
      return try b.body(Arguments(args, keywords: kwargs, interpreter: self, functionName: b.name))
    case .cls(let c): return try instantiate(c, args, kwargs)
    case .object(let o):
      if let r = try o.call(Arguments(args, keywords: kwargs, interpreter: self, functionName: o.typeName)) { return r }
    case .instance(let i):
      if let m = i.cls.lookup("__call__") { return try call(m, [callee] + args, kwargs) }
    default: break
    }
    throw PyException(.type, "'\(callee.typeName)' object is not callable")
  }

  /// `receiver.name(args)` without creating a bound method.
  public func callMethod(_ receiver: Value, _ name: String, _ args: [Value], _ kwargs: [(name: String, value: Value)]) throws -> Value {
    switch receiver {
    case .object(let o):
      if let r = try o.callMethod(name, Arguments(args, keywords: kwargs, interpreter: self, functionName: name)) { return r }
    case .instance(let i):
      if let x = i[attribute: name] { return try call(x, args, kwargs) }
      if let x = i.cls.lookup(name) {
        if case .function(let fn) = x { return try invoke(fn, args, kwargs, receiver: receiver) }
        return try call(try bindClassAttribute(x, to: receiver, name: name), args, kwargs)
      }
      if i.cls.isException, name == "with_traceback" { return receiver }
    case .str, .list, .dict, .set, .tuple, .int, .float, .bool:
      if let r = try builtinMethod(receiver, name, Arguments(args, keywords: kwargs, interpreter: self, functionName: name)) { return r }
      throw attributeError(receiver, name, candidates: Self.builtinMethodNames(receiver))
    default: break
    }
    return try call(try getAttribute(receiver, name), args, kwargs)
  }

  func instantiate(_ c: PyClass, _ args: [Value], _ kwargs: [(name: String, value: Value)]) throws -> Value {
    let inst = PyInstance(cls: c)
    let v = Value.instance(inst)
    if c.isException { inst[attribute: "args"] = .tuple(args) }
    if let initM = c.lookup("__init__") {
      let r = try call(initM, [v] + args, kwargs)
      if !r.isNone { throw PyException(.type, "__init__() should return None, not '\(r.typeName)'") }
    } else if !c.isException && (!args.isEmpty || !kwargs.isEmpty) {
      throw PyException(.type, "\(c.name)() takes no arguments", hint: "define __init__(self, ...) to accept arguments")
    }
    return v
  }
}

// MARK: - Decorator objects

/// `@staticmethod`, `@classmethod` and `@property` wrappers stored in a class namespace.
final class MethodWrapper: PyObject {
  enum Kind { case staticMethod, classMethod, property }
  let kind: Kind
  let function: Value
  var setter: Value?
  init(_ kind: Kind, _ function: Value) { self.kind = kind; self.function = function }
  var typeName: String { kind == .property ? "property" : kind == .staticMethod ? "staticmethod" : "classmethod" }
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    guard kind == .property, name == "setter" else { return nil }
    return .builtin(BuiltinFunction(name: "setter") { args in
      self.setter = args.positional.first
      return .object(self)
    })
  }
}

/// `super()`: attribute lookups start after the defining class in the instance's MRO.
final class SuperProxy: PyObject {
  let owner: PyClass
  let receiver: Value
  init(owner: PyClass, receiver: Value) { self.owner = owner; self.receiver = receiver }
  var typeName: String { "super" }

  func lookup(_ name: String) -> Value? {
    let cls: PyClass
    if case .instance(let i) = receiver { cls = i.cls } else if case .cls(let c) = receiver { cls = c } else { return nil }
    var after = false
    for c in cls.mro {
      if after, let v = c.namespace[name] { return v }
      if c === owner { after = true }
    }
    return nil
  }
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    guard let v = lookup(name) else {
      if name == "__init__" { return .builtin(BuiltinFunction(name: "__init__") { _ in .none }) }
      return nil
    }
    return try interp.bindClassAttribute(v, to: receiver, name: name)
  }
  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    guard let v = lookup(name) else {
      if name == "__init__" {
        if owner.isException, case .instance(let i) = receiver { i[attribute: "args"] = .tuple(args.positional) }
        return Value.none
      }
      return nil
    }
    if case .function(let fn) = v { return try args.interpreter.invoke(fn, args.positional, args.keywords, receiver: receiver) }
    return try args.interpreter.call(try args.interpreter.bindClassAttribute(v, to: receiver, name: name), args.positional, args.keywords)
  }
}

// MARK: - Exceptions

extension Interpreter {
  func makeExceptionClasses() -> [String: PyClass] {
    var table: [String: PyClass] = [:]
    func make(_ name: String, _ base: String?) {
      let c = PyClass(name: name, bases: base.map { [table[$0]!] } ?? [])
      table[name] = c
    }
    make("BaseException", nil)
    make("Exception", "BaseException")
    make("KeyboardInterrupt", "BaseException")
    make("SystemExit", "BaseException")
    make("LimitExceeded", "BaseException")
    for (n, b) in [
      ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"),
      ("OverflowError", "ArithmeticError"), ("FloatingPointError", "ArithmeticError"),
      ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
      ("ValueError", "Exception"), ("UnicodeError", "ValueError"), ("TypeError", "Exception"),
      ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
      ("AttributeError", "Exception"), ("RuntimeError", "Exception"),
      ("RecursionError", "RuntimeError"), ("NotImplementedError", "RuntimeError"),
      ("AssertionError", "Exception"), ("OSError", "Exception"), ("FileNotFoundError", "OSError"),
      ("PermissionError", "OSError"), ("FileExistsError", "OSError"), ("IsADirectoryError", "OSError"),
      ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
      ("StopIteration", "Exception"), ("MemoryError", "Exception"), ("SyntaxError", "Exception"),
      ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
      ("Warning", "Exception"), ("UserWarning", "Warning"), ("RuntimeWarning", "Warning"),
    ] { make(n, b) }
    table["IOError"] = table["OSError"]
    table["EnvironmentError"] = table["OSError"]
    return table
  }

  /// The class of an exception in flight (its instance's class, or the builtin class its
  /// diagnostic names).
  func exceptionClass(of e: PyException) -> PyClass {
    if let i = e.instance { return i.cls }
    return exceptionClasses[e.diagnostic.pythonClassName] ?? exceptionClasses[e.kind.pythonClassName] ?? exceptionClasses["Exception"]!
  }

  /// The Python object for an exception, created on demand (`except E as e`).
  func exceptionInstance(_ e: PyException) -> PyInstance {
    if let i = e.instance { return i }
    let inst = PyInstance(cls: exceptionClass(of: e))
    inst[attribute: "args"] = .tuple(e.args ?? (e.message.isEmpty ? [] : [.str(e.message)]))
    e.instance = inst
    return inst
  }

  static let kindsByClass: [String: Diagnostic.Kind] = {
    var t: [String: Diagnostic.Kind] = [:]
    for k in Diagnostic.Kind.allCases where k != .shape { t[k.pythonClassName] = k }
    t["ValueError"] = .value
    t["FileNotFoundError"] = .io; t["PermissionError"] = .io; t["ImportError"] = .importError
    t["IndentationError"] = .syntax; t["TabError"] = .syntax; t["LookupError"] = .index
    t["ArithmeticError"] = .zeroDivision
    return t
  }()

  /// `raise v`: an exception class or instance becomes a `PyException`.
  func exceptionFromValue(_ v: Value) throws -> PyException {
    var value = v
    if case .cls(let c) = v {
      guard c.isException else { throw PyException(.type, "exceptions must derive from BaseException") }
      value = try instantiate(c, [], [])
    }
    guard case .instance(let inst) = value, inst.cls.isException else {
      throw PyException(.type, "exceptions must derive from BaseException")
    }
    let kind = inst.cls.mro.lazy.compactMap { Self.kindsByClass[$0.name] }.first ?? .runtime
    let message = try exceptionString(inst)
    let e = PyException(kind, message, pythonClassName: inst.cls.name)
    e.instance = inst
    if case .tuple(let a)? = inst[attribute: "args"] { e.args = a }
    return e
  }

  /// `str(e)` for an exception instance.
  func exceptionString(_ inst: PyInstance) throws -> String {
    if let m = inst.cls.lookup("__str__") {
      let r = try call(m, [.instance(inst)], [])
      guard case .str(let s) = r else { throw PyException(.type, "__str__ returned non-string (type \(r.typeName))") }
      return s
    }
    guard case .tuple(let args)? = inst[attribute: "args"] else { return "" }
    if args.isEmpty { return "" }
    if args.count == 1 {
      if inst.cls.isSubclass(of: exceptionClasses["KeyError"]!) { return try repr(args[0]) }
      return try str(args[0])
    }
    return try repr(.tuple(args))
  }

  // MARK: Names

  func nameError(_ name: String, _ f: Frame) -> PyException {
    var candidates = Array(globalTable.filter { $0.value.value != nil }.keys) + Array(builtins.keys)
    candidates += f.code.scope.localSlots.keys
    candidates += f.code.scope.cellSlots.keys
    var hint: String?
    // a module's usual name is a missing import (not a typo of a one-letter variable)
    if ["np", "numpy", "plt", "pd", "math"].contains(name) {
      hint = "add 'import \(name == "np" ? "numpy as np" : name == "plt" ? "matplotlib.pyplot as plt" : name == "pd" ? "pandas as pd" : name)' first"
    } else if let near = nearestName(name, among: candidates) { hint = "did you mean '\(near)'?" }
    return PyException(.name, "name '\(name)' is not defined", hint: hint)
  }

  /// The closest candidate by edit distance (at most a third of the name's length, min 1), or
  /// a case-insensitive match. Names of one or two characters only match case-insensitively:
  /// every other short name is one edit away (`y` is not a typo of `x`).
  func nearestName(_ name: String, among candidates: [String]) -> String? {
    var best: (String, Int)?
    let limit = name.count < 3 ? 0 : max(1, name.count / 3)
    for c in Set(candidates) where c != name {
      if c.lowercased() == name.lowercased() { return c }
      let d = Self.editDistance(name, c, limit: limit)
      if d <= limit, best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
    }
    return best?.0
  }

  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { d[i][0] = i }
    for j in 0...y.count { d[0][j] = j }
    for i in 1...x.count {
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
      }
    }
    return d[x.count][y.count]
  }

  // MARK: Modules

  func importModule(_ name: String) throws -> PyModule {
    if let m = modules[name] { return m }
    if let loader = moduleLoaders[name] {
      let m = try loader()
      registerModule(name: name, m)
      return m
    }
    if let m = makeBuiltinModule(name) { registerModule(name: name, m); return m }
    if ["os", "subprocess", "socket", "sys", "shutil", "urllib", "requests", "http", "pathlib", "ctypes", "multiprocessing", "threading"].contains(name.split(separator: ".")[0]) {
      if name == "sys" { let m = makeSysModule(); registerModule(name: name, m); return m }
      throw PyException(.notSupported, "not supported in MiniPy: the '\(name)' module", hint: "MiniPy programs cannot reach the operating system, processes or the network")
    }
    let known = Array(modules.keys) + Array(moduleLoaders.keys) + ["math", "time", "random", "copy"]
    var hint: String?
    if let near = nearestName(name, among: known) { hint = "did you mean '\(near)'?" }
    throw PyException(.importError, "No module named '\(name)'", hint: hint)
  }

  // MARK: Native stack

  /// True when the native stack is nearly exhausted (deep recursion through host callbacks,
  /// or a small thread stack): the caller raises `RecursionError` instead of crashing.
  @inline(__always)
  func nativeStackLow() -> Bool {
    var marker: UInt8 = 0
    let sp = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    return sp < stackLimit
  }

  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
  }
}
