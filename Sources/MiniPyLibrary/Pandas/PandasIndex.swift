// pandas' `Index` (`df.columns`, `value_counts().index`) and `RangeIndex` (`df.index`), and the
// `StringArray` that `.unique()` of a text column returns.

import Foundation
import MiniPy
import TensorCore

// MARK: - Index

/// An immutable sequence of labels with pandas' repr. Row labels that step evenly print as
/// `RangeIndex`, as pandas 3 keeps them after slicing or filtering a RangeIndex.
final class PandasIndex: PyObject {
  let labels: [Label]
  let name: String?
  /// True for row labels taken from a RangeIndex (printed as one when they step evenly).
  let fromRange: Bool

  init(labels: [Label], name: String? = nil, fromRange: Bool = false) {
    self.labels = labels; self.name = name; self.fromRange = fromRange
  }

  var typeName: String { range != nil ? "RangeIndex" : "Index" }
  var typeModule: String? { "pandas" }

  /// `(start, stop, step)` when these are RangeIndex labels.
  var range: (start: Int, stop: Int, step: Int)? {
    guard fromRange else { return nil }
    let ints = labels.compactMap { if case .int(let i) = $0 { return i } else { return nil } }
    guard ints.count == labels.count else { return nil }
    if ints.isEmpty { return (0, 0, 1) }
    if ints.count == 1 { return (ints[0], ints[0] + 1, 1) }
    let step = ints[1] - ints[0]
    guard step != 0, zip(ints, ints.dropFirst()).allSatisfy({ $1 - $0 == step }) else { return nil }
    return (ints[0], ints[ints.count - 1] + step, step)
  }

  var dtypeName: String {
    labels.allSatisfy { if case .int = $0 { return true } else { return false } } && !labels.isEmpty ? "int64" : "str"
  }

  func repr(_ interp: Interpreter) throws -> String {
    if let r = range { return "RangeIndex(start=\(r.start), stop=\(r.stop), step=\(r.step)\(name.map { ", name='\($0)'" } ?? ""))" }
    let items = labels.map { label -> String in
      switch label {
      case .int(let i): return String(i)
      case .str(let s): return "'\(s)'"
      }
    }
    let line = "Index([\(items.joined(separator: ", "))], dtype='\(dtypeName)'\(name.map { ", name='\($0)'" } ?? ""))"
    guard line.pyLength <= 80 else {
      throw NumPyError.notSupported("printing an Index longer than one line (use .tolist())")
    }
    return line
  }

  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
    throw NumPyError.notSupported("\(op.rawValue) on an Index (use .tolist())")
  }
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    throw NumPyError.notSupported("\(op.rawValue) on an Index (use .tolist())")
  }

  func length(_ interp: Interpreter) throws -> Int? { labels.count }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { ValuesIterator(labels.map(\.value)) }
  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    switch value {
    case .str(let s): return labels.contains(.str(s))
    case .int(let i): return labels.contains(.int(i))
    default: return false
    }
  }

  var attributeNames: [String] { ["tolist", "to_list", "values", "name", "dtype", "size", "shape"] }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "tolist", "to_list":
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [labels] _ in
        .list(PyList(labels.map(\.value)))
      })
    case "name": return self.name.map { .str($0) } ?? Value.none
    case "size": return .int(labels.count)
    case "shape": return .tuple([.int(labels.count)])
    case "dtype": return .str(dtypeName)
    case "values":
      let ints = labels.compactMap { if case .int(let i) = $0 { return i } else { return nil } }
      guard ints.count == labels.count else { throw NumPyError.notSupported("arrays of strings (use .tolist())") }
      return try NumPyConvert.wrap(Tensor(ints), interp)
    default: return nil
    }
  }

  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    switch index {
    case .slice(let s):
      let (start, stop, step) = try s.indices(length: labels.count)
      let picked = stride(from: start, to: stop, by: step).map { labels[$0] }
      return .object(PandasIndex(labels: picked, name: name, fromRange: fromRange))
    default:
      let i = try interp.toInt(index, what: "index")
      guard i >= -labels.count, i < labels.count else {
        throw PyException(.index, "index \(i) is out of bounds for axis 0 with size \(labels.count)")
      }
      switch labels[i < 0 ? i + labels.count : i] {
      case .int(let n): return range != nil ? .int(n) : .object(NumPyScalar(.int(n), dtype: .int64))
      case .str(let s): return .str(s)
      }
    }
  }
}

// MARK: - StringArray

/// What `.unique()` of a text column gives: pandas' `StringArray`.
final class PandasStringArray: PyObject {
  let strings: [String]
  init(_ strings: [String]) { self.strings = strings }

  var typeName: String { "StringArray" }
  func repr(_ interp: Interpreter) throws -> String {
    let body = "[" + strings.map { "'\($0)'" }.joined(separator: ", ") + "]"
    guard body.pyLength <= 80 else { throw NumPyError.notSupported("printing a StringArray longer than one line (use .tolist())") }
    return "<StringArray>\n\(body)\nLength: \(strings.count), dtype: str"
  }
  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
    throw NumPyError.notSupported("\(op.rawValue) on a StringArray (use .tolist())")
  }
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    throw NumPyError.notSupported("\(op.rawValue) on a StringArray (use .tolist())")
  }

  func length(_ interp: Interpreter) throws -> Int? { strings.count }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { ValuesIterator(strings.map { .str($0) }) }
  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    if case .str(let s) = value { return strings.contains(s) }
    return false
  }
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    guard name == "tolist" else { return nil }
    return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [strings] _ in .list(PyList(strings.map { .str($0) })) })
  }
  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    let i = try interp.toInt(index, what: "index")
    guard i >= -strings.count, i < strings.count else {
      throw PyException(.index, "index \(i) is out of bounds for axis 0 with size \(strings.count)")
    }
    return .str(strings[i < 0 ? i + strings.count : i])
  }
}

// MARK: - Table text

/// pandas' layout helpers shared by Series and DataFrame printing.
enum PandasText {
  static func padLeft(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.pyLength)) + s
  }
  static func padRight(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.pyLength))
  }
  /// Python's `str.center`: an odd padding puts its extra space on the left when `width` is odd.
  static func center(_ s: String, _ width: Int) -> String {
    let pad = max(0, width - s.pyLength)
    let left = pad / 2 + (pad & width & 1)
    return String(repeating: " ", count: left) + s + String(repeating: " ", count: pad - left)
  }
  /// Rows shown: all up to 60, else the first and last five (a `nil` marks the `...` row).
  static func shownRows(_ count: Int) -> [Int?] {
    count > 60 ? Array(0..<5) + [nil] + Array((count - 5)..<count) : Array(0..<count)
  }
}

extension String {
  /// The length Python's `len` gives (code points), which pandas pads by; Swift's `count`
  /// counts grapheme clusters (a letter with a combining accent is one).
  var pyLength: Int { unicodeScalars.count }
}
