// pandas' Series: one column (or one row, or a summary) with its index labels and a name.

import Foundation
import MiniPy
import TensorCore

final class Series: PyObject {
  let column: Column
  let labels: [Label]
  let name: Label?
  /// The index's name (`value_counts()` names it after the column).
  let indexName: String?
  /// True when the labels come from a DataFrame's RangeIndex.
  let rangeLabels: Bool

  init(column: Column, labels: [Label], name: Label?, indexName: String? = nil, rangeLabels: Bool = false) {
    self.column = column; self.labels = labels; self.name = name
    self.indexName = indexName; self.rangeLabels = rangeLabels
  }

  /// A DataFrame column: its row labels and its name.
  convenience init(name: String, column: Column, index: [Int]) {
    self.init(column: column, labels: index.map { .int($0) }, name: .str(name), rangeLabels: true)
  }

  var typeName: String { "Series" }
  var typeModule: String? { "pandas" }
  var count: Int { column.count }

  /// The same labels and name around new values.
  func with(_ column: Column, name: Label?? = .none) -> Series {
    Series(column: column, labels: labels, name: name ?? self.name, indexName: indexName, rangeLabels: rangeLabels)
  }

  // MARK: - Printing

  /// pandas' layout: labels left-aligned, values right-aligned four spaces after, more than 60
  /// rows shown as the first and last five; a footer with the name, length and dtype.
  func render() throws -> String {
    var footer: [String] = []
    if let name { footer.append("Name: \(name.text)") }
    if count > 60 { footer.append("Length: \(count)") }
    footer.append("dtype: \(column.dtypeName)")
    if count == 0 { return "Series([], \(footer.joined(separator: ", ")))" }
    let shown = PandasText.shownRows(count)
    let positions = shown.compactMap { $0 }
    let cells = try column.gather(positions).spaced()
    // Int labels are formatted like int cells: with a leading space that a minus sign takes,
    // which shows only when some label is negative.
    let hasNegative = positions.contains { if case .int(let i) = labels[$0] { return i < 0 } else { return false } }
    let labelTexts = positions.map { p -> String in
      if hasNegative, case .int(let i) = labels[p], i >= 0 { return " " + String(i) }
      return labels[p].text
    }
    let labelWidth = labelTexts.map(\.pyLength).max() ?? 0
    let cellWidth = cells.map(\.pyLength).max() ?? 0
    // pandas' truncation row: "..." where the column is at least four wide, else "..",
    // centred as Python's str.center centres.
    let dots = PandasText.center(cellWidth >= 4 ? "..." : "..", cellWidth)
    var lines: [String] = []
    if let indexName { lines.append(indexName) }
    var k = 0
    for row in shown {
      if row == nil {
        lines.append(String(repeating: " ", count: labelWidth + 3) + dots)
        continue
      }
      lines.append(PandasText.padRight(labelTexts[k], labelWidth) + "   " + PandasText.padLeft(cells[k], cellWidth))
      k += 1
    }
    lines.append(footer.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }

  func repr(_ interp: Interpreter) throws -> String { try render() }

  // MARK: - Protocol

  func length(_ interp: Interpreter) throws -> Int? { count }

  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? {
    ValuesIterator(column.pythonList)
  }

  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    // pandas' `in` looks at the index, not the values.
    switch value {
    case .int(let i): return labels.contains(.int(i))
    case .float(let d): return d.rounded() == d && abs(d) < 9e18 && labels.contains(.int(Int(d)))
    case .str(let s): return labels.contains(.str(s))
    default: return false
    }
  }

  func truthValue(_ interp: Interpreter) throws -> Bool? {
    throw PyException(.value, "The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().")
  }

  var attributeNames: [String] {
    ["values", "shape", "name", "index", "dtype", "size", "iloc", "loc", "tolist", "to_numpy", "mean", "sum", "max", "min",
     "std", "var", "count", "median", "describe", "value_counts", "unique", "nunique", "head", "tail"] + Series.extraMethods
  }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "values": return try NumPyConvert.wrap(try column.tensor(), interp)
    case "shape": return .tuple([.int(count)])
    case "size": return .int(count)
    case "name": return self.name?.value ?? Value.none
    case "dtype": return Series.dtypeValue(column)
    case "index": return .object(PandasIndex(labels: labels, name: indexName, fromRange: rangeLabels))
    case "iloc": return .object(SeriesIndexer(series: self, byLabel: false))
    case "loc": return .object(SeriesIndexer(series: self, byLabel: true))
    case "tolist", "to_list", "to_numpy", "mean", "sum", "max", "min", "std", "var", "count", "median", "describe",
      "value_counts", "unique", "nunique", "head", "tail", _ where Series.extraMethods.contains(name):
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
    default:
      if name.hasPrefix("_") { return nil }
      throw NumPyError.notSupported("Series.\(name)")
    }
  }

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    try PandasLabels.checkArguments(args, of: "Series.\(name)", PandasLabels.parameters[name] ?? (0, []))
    switch name {
    case "tolist", "to_list": return .list(PyList(column.pythonList))
    case "to_numpy": return try NumPyConvert.wrap(try column.tensor(), interp)
    case "head":
      let n = try args.int(0, "n", default: 5)
      return .object(rows(Array(0..<(n >= 0 ? min(n, count) : max(0, count + n)))))
    case "tail":
      let n = try args.int(0, "n", default: 5)
      return .object(rows(Array((n >= 0 ? max(0, count - n) : min(count, -n))..<count)))
    default: return try statistic(name, args) ?? extraMethod(name, args)
    }
  }

  /// A numeric dtype as NumPy's dtype object (`== 'int64'` and `== int` hold); `str` and
  /// `object` as their names.
  static func dtypeValue(_ column: Column) -> Value {
    switch column {
    case .int: return .object(NumPyDTypeObject(.int64, isType: false))
    case .float: return .object(NumPyDTypeObject(.float64, isType: false))
    case .bool: return .object(NumPyDTypeObject(.bool, isType: false))
    case .text, .object: return .str(column.dtypeName)
    }
  }

  func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
    throw NumPyError.notSupported("assigning into a Series (MiniPy's pandas is read-only; use s.values)")
  }

  func rows(_ positions: [Int]) -> Series {
    Series(column: column.gather(positions), labels: positions.map { labels[$0] }, name: name, indexName: indexName,
           rangeLabels: rangeLabels)
  }

  /// `s[i]` by label as pandas does for an int index (labels are positions only for a fresh
  /// RangeIndex), `s[a:b]` by position, `s[mask]` with a bool Series.
  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    switch index {
    case .slice(let s):
      let (start, stop, step) = try s.indices(length: count)
      return .object(rows(Array(stride(from: start, to: stop, by: step))))
    case .object(let o) where o is Series:
      return .object(rows(try Series.maskPositions(o as! Series, labels: labels)))
    case .int, .str:
      guard let position = try position(ofLabel: index) else {
        throw PandasLabels.keyError(index)
      }
      return column.element(position)
    default:
      throw NumPyError.notSupported("Series indexing with \(index.typeName) (use s.iloc[...] or s.values[...])")
    }
  }

  func position(ofLabel v: Value) throws -> Int? {
    switch v {
    case .int(let i): return labels.firstIndex(of: .int(i))
    case .str(let s): return labels.firstIndex(of: .str(s))
    default: return nil
    }
  }

  /// The positions a boolean Series keeps, aligned on its labels (which must be these).
  static func maskPositions(_ mask: Series, labels: [Label]) throws -> [Int] {
    guard case .bool(let keep) = mask.column else {
      throw NumPyError.notSupported("indexing with a Series that is not boolean (use .iloc with positions)")
    }
    guard mask.labels == labels else {
      throw NumPyError.notSupported("a boolean mask whose index differs from the one it filters")
    }
    return keep.indices.filter { keep[$0] }
  }
}

// MARK: - iloc / loc on a Series

/// `s.iloc[i]`, `s.iloc[a:b]`, and `s.loc[label]` / `s.loc[a:b]` (labels, stop included).
final class SeriesIndexer: PyObject {
  let series: Series
  let byLabel: Bool
  init(series: Series, byLabel: Bool) { self.series = series; self.byLabel = byLabel }
  var typeName: String { byLabel ? "_LocIndexer" : "_iLocIndexer" }
  var typeModule: String? { "pandas.core.indexing" }

  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    let s = series
    if byLabel {
      switch index {
      case .slice(let sl):
        return .object(s.rows(try PandasLabels.labelSlice(sl, labels: s.labels, interp)))
      case .int, .str:
        guard let p = try s.position(ofLabel: index) else { throw PandasLabels.keyError(index) }
        return s.column.element(p)
      case .object(let o) where o is Series:
        return .object(s.rows(try Series.maskPositions(o as! Series, labels: s.labels)))
      default: throw NumPyError.notSupported("s.loc[...] with \(index.typeName)")
      }
    }
    switch index {
    case .slice(let sl):
      let (start, stop, step) = try sl.indices(length: s.count)
      return .object(s.rows(Array(stride(from: start, to: stop, by: step))))
    case .list(let l):
      return .object(s.rows(try l.items.map { item in
        guard case .int(let i) = item else { throw NumPyError.notSupported("iloc with a list of \(item.typeName)") }
        guard i >= -s.count, i < s.count else { throw PyException(.index, "positional indexers are out-of-bounds") }
        return i < 0 ? i + s.count : i
      }))
    default:
      let i = try PandasLabels.position(index, count: s.count, interp)
      return s.column.element(i)
    }
  }
}

/// Position and label helpers shared by Series and DataFrame indexers.
enum PandasLabels {
  /// The arguments each method takes: how many by position, and which keywords. Others (axis=,
  /// skipna=, inplace=, ...) would change the answer, so they are refused rather than ignored.
  static let parameters: [String: (positional: Int, keywords: Set<String>)] = [
    "head": (1, ["n"]), "tail": (1, ["n"]), "fillna": (1, ["value"]), "round": (1, ["decimals"]),
    "astype": (1, ["dtype"]), "sort_values": (0, ["ascending", "kind"]),
  ]

  static func checkArguments(_ args: Arguments, of method: String, _ allowed: (positional: Int, keywords: Set<String>)) throws {
    if args.count > allowed.positional {
      throw NumPyError.notSupported("\(method)() with \(args.count) positional arguments")
    }
    for k in args.keywords where !allowed.keywords.contains(k.name) {
      throw NumPyError.notSupported("\(method)(\(k.name)=...)")
    }
  }

  /// pandas' `KeyError(key)`: the message is the key's repr, as Python prints it.
  static func keyError(_ key: Value) -> PyException {
    let text: String
    switch key {
    case .str(let s): text = s.contains("'") ? "\"\(s)\"" : "'\(s)'"
    case .int(let i): text = String(i)
    default: text = key.typeName
    }
    let e = PyException(.key, text)
    e.args = [key]
    return e
  }

  /// An integer position, negative from the end, as `iloc` takes it.
  static func position(_ v: Value, count: Int, _ interp: Interpreter) throws -> Int {
    switch v {
    case .int: break
    case .bool: throw PyException(.type, "Cannot index by location index with a non-integer key")
    case .object(let o) where o.asIndex() != nil: break
    default: throw NumPyError.notSupported("iloc with \(v.typeName) (use ints and slices)")
    }
    let i = try interp.toInt(v, what: "iloc position")
    guard i >= -count, i < count else { throw PyException(.index, "single positional indexer is out-of-bounds") }
    return i < 0 ? i + count : i
  }

  /// `loc[a:b]` on int labels: from the label `a` through the label `b`, both included.
  static func labelSlice(_ s: PySlice, labels: [Label], _ interp: Interpreter) throws -> [Int] {
    if !s.step.isNone { throw NumPyError.notSupported("loc slices with a step") }
    func find(_ v: Value) throws -> Int {
      guard case .int(let i) = v else { throw NumPyError.notSupported("loc slices by anything but int labels") }
      guard let p = labels.firstIndex(of: .int(i)) else {
        throw NumPyError.notSupported("loc slices whose bound \(i) is not a label (use iloc)")
      }
      return p
    }
    let start = s.start.isNone ? 0 : try find(s.start)
    let stop = s.stop.isNone ? labels.count - 1 : try find(s.stop)
    return start <= stop ? Array(start...stop) : []
  }
}
