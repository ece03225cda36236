// MiniPy values: the `Value` enum and the reference types behind lists, dicts and sets.

import Foundation

// MARK: - Value

/// A MiniPy value. Scalars are stored inline; containers with Python's aliasing semantics
/// (`list`, `dict`, `set`, instances) are reference types, so `b = a; b.append(1)` changes `a`.
///
/// Integers are 64-bit: an operation whose result does not fit raises `OverflowError`
/// ("integer overflow: MiniPy ints are 64-bit"); MiniPy has no arbitrary-precision ints.
public enum Value {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case str(String)
  case list(PyList)
  case tuple([Value])
  case dict(PyDict)
  case set(PySet)
  /// A user function (`def`, `lambda`).
  case function(PyFunction)
  /// A host function, or a method bound to its receiver.
  case builtin(BuiltinFunction)
  case cls(PyClass)
  case instance(PyInstance)
  case module(PyModule)
  /// `a[1:3]`, as handed to `PyObject.getItem`.
  case slice(PySlice)
  /// `...`
  case ellipsis
  /// A host object, such as a NumPy array.
  case object(any PyObject)

  /// The Python type name (`int`, `list`, `ndarray`, the class name of an instance).
  public var typeName: String {
    switch self {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .str: return "str"
    case .list: return "list"
    case .tuple: return "tuple"
    case .dict: return "dict"
    case .set: return "set"
    case .function: return "function"
    case .builtin(let b): return b.receiver == nil ? "builtin_function_or_method" : "method"
    case .cls: return "type"
    case .instance(let i): return i.cls.name
    case .module: return "module"
    case .slice: return "slice"
    case .ellipsis: return "ellipsis"
    case .object(let o): return o.typeName
    }
  }

  public var isNone: Bool { if case .none = self { return true } else { return false } }
}

// MARK: - List, dict, set

/// A Python `list`: a reference type so that aliases see each other's changes.
public final class PyList {
  public var items: [Value]
  public init(_ items: [Value] = []) { self.items = items }
}

/// A Python `set` of hashable values, in insertion order (MiniPy prints sets in insertion order;
/// CPython's order for small ints is the same).
public final class PySet {
  public var storage: PyDict
  public init() { storage = PyDict() }
  public var items: [Value] { storage.keys }
  public var count: Int { storage.count }
}

/// A Python `dict`: insertion-ordered, keys compared with Python equality (`1 == 1.0 == True`).
public final class PyDict {
  private var index: [HashKey: Int] = [:]
  private var entries: [(key: Value, value: Value)?] = []
  private var live = 0

  public init() {}

  public var count: Int { live }
  public var keys: [Value] { entries.compactMap { $0?.key } }
  public var values: [Value] { entries.compactMap { $0?.value } }
  public var items: [(key: Value, value: Value)] { entries.compactMap { $0 } }

  public func get(_ key: Value) throws -> Value? {
    guard let i = index[try HashKey(key)] else { return nil }
    return entries[i]?.value
  }
  /// Looks up a string key without re-hashing through `HashKey` for other types.
  public func get(_ key: String) -> Value? {
    guard let i = index[HashKey(string: key)] else { return nil }
    return entries[i]?.value
  }
  public func set(_ key: Value, _ value: Value) throws {
    let k = try HashKey(key)
    if let i = index[k] { entries[i] = (entries[i]!.key, value); return }
    index[k] = entries.count
    entries.append((key, value))
    live += 1
  }
  public func set(_ key: String, _ value: Value) { try! set(.str(key), value) }
  @discardableResult
  public func remove(_ key: Value) throws -> Value? {
    let k = try HashKey(key)
    guard let i = index.removeValue(forKey: k) else { return nil }
    let old = entries[i]?.value
    entries[i] = nil
    live -= 1
    if entries.count > 32 && live < entries.count / 2 { compact() }
    return old
  }
  public func removeAll() { index = [:]; entries = []; live = 0 }
  public func copy() -> PyDict {
    let d = PyDict()
    for e in items { try! d.set(e.key, e.value) }
    return d
  }
  private func compact() {
    let old = items
    removeAll()
    for e in old { try! set(e.key, e.value) }
  }
}

// MARK: - Hashing

/// A dictionary key with Python's equality: numbers compare by value across int/float/bool,
/// tuples element-wise. Unhashable values (lists, dicts, sets) throw `TypeError`.
public struct HashKey: Hashable {
  enum Repr: Hashable {
    case none, int(Int), float(Double), str(String), tuple([HashKey]), identity(ObjectIdentifier)
    case ellipsis
    case custom(Int, AnyHashableBox)
  }
  let repr: Repr

  init(string: String) { repr = .str(string) }

  public init(_ value: Value) throws {
    switch value {
    case .none: repr = .none
    case .bool(let b): repr = .int(b ? 1 : 0)
    case .int(let i): repr = .int(i)
    case .float(let d):
      if d == d.rounded(), abs(d) < 9.2e18 { repr = .int(Int(d)) } else { repr = .float(d) }
    case .str(let s): repr = .str(s)
    case .tuple(let t): repr = .tuple(try t.map { try HashKey($0) })
    case .ellipsis: repr = .ellipsis
    case .function(let f): repr = .identity(ObjectIdentifier(f))
    case .builtin(let b): repr = .identity(ObjectIdentifier(b))
    case .cls(let c): repr = .identity(ObjectIdentifier(c))
    case .module(let m): repr = .identity(ObjectIdentifier(m))
    case .instance(let i): repr = .identity(ObjectIdentifier(i))
    case .object(let o):
      if let h = o.hashKey() { repr = .custom(h, AnyHashableBox(o)) } else {
        throw PyException(.type, "unhashable type: '\(o.typeName)'")
      }
    case .list, .dict, .set, .slice:
      throw PyException(.type, "unhashable type: '\(value.typeName)'")
    }
  }
}

/// Identity-based equality for host objects that declare themselves hashable.
struct AnyHashableBox: Hashable {
  let object: any PyObject
  init(_ o: any PyObject) { object = o }
  static func == (a: AnyHashableBox, b: AnyHashableBox) -> Bool { a.object === b.object }
  func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(object)) }
}

// MARK: - Slice

/// `start:stop:step` with each part optional, as Python's `slice` object.
public final class PySlice {
  public let start: Value, stop: Value, step: Value
  public init(start: Value, stop: Value, step: Value) {
    self.start = start; self.stop = stop; self.step = step
  }

  /// Python's `slice.indices(length)`: clamped (start, stop, step) for a sequence of `length`.
  public func indices(length: Int) throws -> (start: Int, stop: Int, step: Int) {
    func int(_ v: Value, _ what: String) throws -> Int? {
      switch v {
      case .none: return nil
      case .int(let i): return i
      case .bool(let b): return b ? 1 : 0
      case .object(let o):
        if let i = o.asIndex() { return i }
        fallthrough
      default:
        throw PyException(.type, "slice indices must be integers or None, not \(v.typeName)")
      }
    }
    let step = try int(step, "step") ?? 1
    if step == 0 { throw PyException(.value, "slice step cannot be zero") }
    var lo: Int, hi: Int
    if step > 0 {
      lo = try int(start, "start") ?? 0
      hi = try int(stop, "stop") ?? length
      if lo < 0 { lo = max(0, lo + length) } else { lo = min(lo, length) }
      if hi < 0 { hi = max(0, hi + length) } else { hi = min(hi, length) }
    } else {
      lo = try int(start, "start") ?? (length - 1)
      hi = try int(stop, "stop") ?? -1 - length
      if lo < 0 { lo = max(-1, lo + length) } else { lo = min(lo, length - 1) }
      if hi < 0 { hi = max(-1, hi + length) } else { hi = min(hi, length - 1) }
    }
    return (lo, hi, step)
  }

  /// The selected positions, in order.
  public func positions(length: Int) throws -> [Int] {
    let (lo, hi, step) = try indices(length: length)
    return Array(stride(from: lo, to: hi, by: step))
  }
}
