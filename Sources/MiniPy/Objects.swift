// Functions, classes, instances and modules, and the argument helper for host functions.

import Synchronization

// MARK: - Arguments

/// The arguments of a call into a host function or method, with helpers that raise Python's
/// own `TypeError`s ("f() missing required argument 'x'").
public struct Arguments {
  public var positional: [Value]
  public var keywords: [(name: String, value: Value)]
  /// The interpreter outlives every call (unowned(unsafe): no reference counting per call).
  public unowned(unsafe) let interpreter: Interpreter
  /// The function name used in messages, e.g. `np.zeros` or `append`.
  public var functionName: String

  public init(_ positional: [Value], keywords: [(name: String, value: Value)] = [], interpreter: Interpreter, functionName: String) {
    self.positional = positional; self.keywords = keywords
    self.interpreter = interpreter; self.functionName = functionName
  }

  public var count: Int { positional.count }
  public subscript(i: Int) -> Value { positional[i] }

  /// The keyword argument `name`, if given.
  public func keyword(_ name: String) -> Value? {
    for k in keywords where k.name == name { return k.value }
    return nil
  }

  /// Positional argument `index`, or keyword `name`; `nil` if neither was given.
  /// Passing it both ways raises `TypeError`.
  public func value(_ index: Int, _ name: String) throws -> Value? {
    let kw = keyword(name)
    if index >= 0, index < positional.count {
      if kw != nil { throw PyException(.type, "\(functionName)() got multiple values for argument '\(name)'") }
      return positional[index]
    }
    return kw
  }

  /// Like `value(_:_:)` but required.
  public func required(_ index: Int, _ name: String) throws -> Value {
    guard let v = try value(index, name) else {
      throw PyException(.type, "\(functionName)() missing required argument '\(name)' (pos \(index + 1))")
    }
    return v
  }

  public func double(_ index: Int, _ name: String, default d: Double? = nil) throws -> Double {
    guard let v = try value(index, name), !v.isNone || d == nil else {
      if let d { return d }
      throw PyException(.type, "\(functionName)() missing required argument '\(name)' (pos \(index + 1))")
    }
    return try interpreter.toDouble(v, what: "argument '\(name)' of \(functionName)()")
  }

  public func int(_ index: Int, _ name: String, default d: Int? = nil) throws -> Int {
    guard let v = try value(index, name), !v.isNone || d == nil else {
      if let d { return d }
      throw PyException(.type, "\(functionName)() missing required argument '\(name)' (pos \(index + 1))")
    }
    return try interpreter.toInt(v, what: "argument '\(name)' of \(functionName)()")
  }

  public func bool(_ index: Int, _ name: String, default d: Bool) throws -> Bool {
    guard let v = try value(index, name) else { return d }
    return try interpreter.isTruthy(v)
  }

  public func string(_ index: Int, _ name: String, default d: String? = nil) throws -> String {
    guard let v = try value(index, name), !v.isNone || d == nil else {
      if let d { return d }
      throw PyException(.type, "\(functionName)() missing required argument '\(name)' (pos \(index + 1))")
    }
    guard case .str(let s) = v else {
      throw PyException(.type, "\(functionName)() argument '\(name)' must be str, not \(v.typeName)")
    }
    return s
  }

  /// Raises `TypeError` unless `min...max` positional arguments were given.
  public func expectPositional(min: Int = 0, max: Int) throws {
    if positional.count > max {
      throw PyException(.type, "\(functionName)() takes \(max == min ? "" : "at most ")\(max) positional argument\(max == 1 ? "" : "s") but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
    }
    if positional.count < min {
      throw PyException(.type, "\(functionName)() takes \(max == min ? "exactly" : "at least") \(min) argument\(min == 1 ? "" : "s") (\(positional.count) given)")
    }
  }

  /// Raises `TypeError` for a keyword argument not in `allowed`.
  public func expectKeywords(_ allowed: Set<String>) throws {
    for k in keywords where !allowed.contains(k.name) {
      throw PyException(.type, "\(functionName)() got an unexpected keyword argument '\(k.name)'")
    }
  }
}

// MARK: - Host functions

/// A function implemented in Swift: a builtin, a library function, or a method bound to its
/// receiver (`receiver` set, shown as a bound method).
public final class BuiltinFunction {
  public let name: String
  public let receiver: Value?
  public let body: (Arguments) throws -> Value
  /// A short doc line, shown by tab completion tooling and `help()`.
  public var doc: String?
  /// Builtin types (`int`, `str`, `list`, ...) are functions that also answer `isinstance`
  /// (through `PyObject.isInstance(of: name)` for host objects) and print as `<class 'int'>`.
  public var isType = false
  /// An entry for exactly one positional argument and no keywords, used by calls such as
  /// `len(x)` instead of building `Arguments`; it must behave exactly as `body` would.
  var unary: ((Value) throws -> Value)?
  /// For a type: the module its class lives in, shown by its repr (`<class 'numpy.ndarray'>`).
  var typeModule: String?
  /// Attributes of the function object itself (`np.add.reduce`, `np.add.at`).
  public var attributes: [String: Value] = [:]

  public init(name: String, receiver: Value? = nil, doc: String? = nil, _ body: @escaping (Arguments) throws -> Value) {
    self.name = name; self.receiver = receiver; self.body = body; self.doc = doc
  }

  /// A callable type object: `isinstance(x, t)` is true for host objects whose
  /// `isInstance(of: typeName)` says so.
  public convenience init(typeNamed typeName: String, doc: String? = nil, _ body: @escaping (Arguments) throws -> Value) {
    self.init(name: typeName, doc: doc, body)
    isType = true
  }
}

// MARK: - User functions

/// A closure cell shared between a function and the nested functions that capture its locals.
public final class Cell {
  var value: Value?
  init(_ value: Value? = nil) { self.value = value }
}

/// A function defined in MiniPy (`def` or `lambda`).
public final class PyFunction {
  let code: CodeObject
  let defaults: [Value]
  let kwDefaults: [String: Value]
  let closure: [Cell]
  public var name: String { code.name }
  public var qualifiedName: String { code.qualifiedName }
  /// Function attributes (`f.calls = 0`), rarely used.
  var attributes: [String: Value] = [:]
  /// The class whose body defined this function (for zero-argument `super()`).
  weak var ownerClass: PyClass?

  /// `code`, for hot paths that must not retain it (the function keeps it alive).
  let codeRef: Unmanaged<CodeObject>
  /// A call with `given` positional arguments and no keywords binds them to slots
  /// `0..<given` and the rest from `defaults` when `directMin <= given <= directMax` (plain
  /// parameters only; otherwise `directMax` is -1).
  let directMin: Int, directMax: Int
  /// True when frames of this function need cells (captured locals or a closure).
  let needsCells: Bool

  init(code: CodeObject, defaults: [Value], kwDefaults: [String: Value], closure: [Cell]) {
    self.code = code; self.defaults = defaults; self.kwDefaults = kwDefaults; self.closure = closure
    codeRef = .passUnretained(code)
    if code.plainParameters {
      directMax = code.positionalCount
      directMin = code.positionalCount - defaults.count
    } else {
      directMax = -1; directMin = 0
    }
    needsCells = code.cellCount != 0 || !closure.isEmpty
  }
}

// MARK: - Classes and instances

/// A class: user-defined (`class Net:`) or a builtin exception class.
public final class PyClass {
  public let name: String
  public let bases: [PyClass]
  /// Changing it bumps `version`, which invalidates the evaluator's method caches.
  public var namespace: [String: Value] { didSet { version &+= 1 } }
  /// Linearised base chain, self first (depth-first, left to right, duplicates removed).
  public var mro: [PyClass] { [self] + ancestors }
  /// The MRO without `self` (stored without it, so a class does not retain itself).
  let ancestors: [PyClass]
  /// Set for builtin exception classes.
  let isException: Bool
  /// Unique for the process's life (never reused, unlike an address): the key of inline caches.
  let serial: Int
  /// Bumped on every change of `namespace`.
  private(set) var version = 0
  /// Slot indices of the attribute names its instances have had.
  let layout = InstanceLayout()

  public init(name: String, bases: [PyClass], namespace: [String: Value] = [:]) {
    self.name = name; self.bases = bases; self.namespace = namespace
    isException = bases.contains { $0.isException } || name == "BaseException"
    var order: [PyClass] = []
    for b in bases { for c in b.mro where !order.contains(where: { $0 === c }) { order.append(c) } }
    ancestors = order
    serial = classSerials.add(1, ordering: .relaxed).newValue
  }

  /// Looks `name` up along the MRO.
  public func lookup(_ name: String) -> Value? {
    if let v = namespace[name] { return v }
    for c in ancestors { if let v = c.namespace[name] { return v } }
    return nil
  }

  /// Changes whenever the namespace of this class or of an ancestor changes (versions only
  /// grow, so the sum does too): a method found by `lookup` stays valid while it is unchanged.
  @inline(__always)
  var mroVersion: Int {
    var v = version
    for c in ancestors { v &+= c.version }
    return v
  }

  public func isSubclass(of other: PyClass) -> Bool { other === self || ancestors.contains { $0 === other } }
}

private let classSerials = Atomic<Int>(0)
private let moduleSerials = Atomic<Int>(0)

/// The attribute names the instances of one class have had, each with a fixed slot index.
/// Names are only ever added, so a slot index cached by the evaluator stays valid.
final class InstanceLayout {
  private(set) var index: [String: Int] = [:]
  private(set) var names: [String] = []
  var count: Int { names.count }
  func slot(for name: String) -> Int {
    if let i = index[name] { return i }
    index[name] = names.count
    names.append(name)
    return names.count - 1
  }
}

/// An instance of a `PyClass`. Its attributes live in slots laid out by the class's
/// `InstanceLayout` (nil: not set), so the evaluator can cache `obj.name` as a slot index.
public final class PyInstance {
  public let cls: PyClass
  var slots: [Value?] = []
  public init(cls: PyClass) { self.cls = cls }

  /// Attribute `name`, or nil; setting nil deletes it.
  public subscript(attribute name: String) -> Value? {
    get {
      guard let i = cls.layout.index[name], i < slots.count else { return nil }
      return slots[i]
    }
    set {
      guard let v = newValue else {
        if let i = cls.layout.index[name], i < slots.count { slots[i] = nil }
        return
      }
      let i = cls.layout.slot(for: name)
      if i >= slots.count { slots.append(contentsOf: repeatElement(nil, count: i + 1 - slots.count)) }
      slots[i] = v
    }
  }

  /// Removes attribute `name`; returns its value (nil if it was not set).
  @discardableResult
  func removeAttribute(_ name: String) -> Value? {
    let old = self[attribute: name]
    if old != nil { self[attribute: name] = nil }
    return old
  }

  /// The set attributes, in the order their names were first used on the class.
  public var attributes: [String: Value] {
    get {
      var d: [String: Value] = [:]
      for (i, v) in slots.enumerated() { if let v { d[cls.layout.names[i]] = v } }
      return d
    }
    set {
      slots = []
      for (k, v) in newValue { self[attribute: k] = v }
    }
  }

  /// Names of the set attributes.
  var attributeNames: [String] {
    slots.indices.compactMap { slots[$0] == nil ? nil : cls.layout.names[$0] }
  }
}

// MARK: - Modules

/// A module: `math`, or a host library such as `numpy` registered with
/// `Interpreter.registerModule`.
public final class PyModule {
  public let name: String
  public private(set) var attributes: [String: Value]
  /// Called for a missing attribute; return a value, or throw a diagnostic such as
  /// "not supported in MiniPy: np.fft". Returning nil gives `AttributeError`.
  public var fallback: ((String) throws -> Value?)?
  /// Bumped on every change; attribute caches in the evaluator compare it.
  var version = 0
  /// Unique for the process's life: the key of the evaluator's attribute caches (a weak
  /// reference would give the module a side table and slow down its every retain).
  let serial = moduleSerials.add(1, ordering: .relaxed).newValue

  public init(name: String, attributes: [String: Value] = [:]) {
    self.name = name; self.attributes = attributes
  }

  public subscript(name: String) -> Value? {
    get { attributes[name] }
    set { attributes[name] = newValue; version &+= 1 }
  }

  /// Adds a host function `name` to the module.
  public func define(_ name: String, doc: String? = nil, _ body: @escaping (Arguments) throws -> Value) {
    self[name] = .builtin(BuiltinFunction(name: name, doc: doc, body))
  }

  func attribute(_ name: String) throws -> Value? {
    if let v = attributes[name] { return v }
    return try fallback?(name)
  }
}
