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
    var attributes = ["dtype='\(dtypeName)'"]
    if let name { attributes.append("name='\(name)'") }
    if labels.count > PandasIndex.maxSequenceItems { attributes.append("length=\(labels.count)") }
    let isText = labels.contains { if case .str = $0 { return true } else { return false } }
    return PandasIndex.layout(data: PandasIndex.summary(items, justify: !isText), attributes: attributes)
  }

  /// pandas 3's `Index.__repr__`: the attributes follow the data, each moving to a new line
  /// (indented under the bracket) when it would pass column 80.
  static func layout(data: String, attributes: [String]) -> String {
    let width = 80, indent = "Index(".count
    let indentText = String(repeating: " ", count: indent)
    var data = data
    var lineLength: Int
    if let lastBreak = data.lastIndex(of: "\n") {
      lineLength = data[data.index(after: lastBreak)...].unicodeScalars.count
    } else {
      lineLength = indent + data.pyLength
    }
    var parts: [String] = []
    for (k, attribute) in attributes.enumerated() {
      let comma = k < attributes.count - 1 ? 1 : 0
      let length = attribute.pyLength
      if parts.isEmpty {
        if lineLength + length + comma > width {
          parts.append("\n" + indentText + attribute)
          lineLength = indent + length
        } else {
          parts.append(attribute)
          lineLength += length
        }
      } else if lineLength + 2 + length + comma > width {
        parts.append(",\n" + indentText + attribute)
        lineLength = indent + length
      } else {
        parts.append(", " + attribute)
        lineLength += 2 + length
      }
    }
    let joined = parts.joined()
    if joined.hasPrefix("\n") {
      while let last = data.last, last.isWhitespace { data.removeLast() }
    }
    return "Index(" + data + joined + ")"
  }

  /// pandas' `display.max_seq_items`: longer indexes show their first and last ten.
  static let maxSequenceItems = 100

  /// pandas' `format_object_summary` for an Index at display width 80: items joined by ", ",
  /// wrapped under the opening bracket, right-justified to one width (numbers) when they take
  /// more than a line, and the attributes on their own line after a wrapped list.
  static func summary(_ items: [String], justify: Bool) -> String {
    let width = 80
    let space1 = "\n" + String(repeating: " ", count: 6)
    let space2 = "\n" + String(repeating: " ", count: 7)
    func rstrip(_ s: String) -> String {
      var t = Substring(s)
      while let last = t.last, last.isWhitespace { t = t.dropLast() }
      return String(t)
    }
    func extend(_ summary: inout String, _ line: inout String, _ value: String, _ width: Int) {
      if rstrip(line).pyLength + rstrip(value).pyLength >= width {
        summary += rstrip(line)
        line = space2
      }
      line += value
    }
    if items.isEmpty { return "[], " }
    if items.count == 1 { return "[\(items[0])], " }
    let truncated = items.count > maxSequenceItems
    var head = truncated ? Array(items.prefix(10)) : []
    var tail = truncated ? Array(items.suffix(10)) : items
    let fitsOneLine = head.joined(separator: ", ").pyLength < width && tail.joined(separator: ", ").pyLength < width
    if justify && (truncated || !fitsOneLine) {
      let longest = (head + tail).map(\.pyLength).max() ?? 0
      head = head.map { PandasText.padLeft($0, longest) }
      tail = tail.map { PandasText.padLeft($0, longest) }
    }
    var summary = ""
    var line = space2
    for value in head { extend(&summary, &line, value + ", ", width) }
    if truncated {
      summary += rstrip(line) + space2 + "..."
      line = space2
    }
    for value in tail.dropLast() { extend(&summary, &line, value + ", ", width) }
    extend(&summary, &line, tail[tail.count - 1], width - 2)
    summary += line + "],"
    summary += summary.pyLength > width ? space1 : " "
    return "[" + String(summary.unicodeScalars.dropFirst(space2.unicodeScalars.count))
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
