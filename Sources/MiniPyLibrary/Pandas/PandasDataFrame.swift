// pandas' DataFrame: named columns over shared row labels, printed as pandas prints it.

import Datasets
import Foundation
import MiniPy
import TensorCore

final class DataFrame: PyObject {
  let names: [String]
  let columns: [Column]
  /// Row labels: ints from the file's RangeIndex (kept through slicing and filtering), or the
  /// statistic names of `describe()`.
  let labels: [Label]
  let rangeLabels: Bool
  /// The columns' numbers when the file was read with header=None: pandas labels them with
  /// ints (`df[0]`), kept through selections.
  let columnNumbers: [Int]?

  init(names: [String], columns: [Column], labels: [Label], rangeLabels: Bool, columnNumbers: [Int]? = nil) {
    self.names = names; self.columns = columns; self.labels = labels; self.rangeLabels = rangeLabels
    self.columnNumbers = columnNumbers
  }

  /// The same rows and column labels around other cells.
  func with(columns: [Column]) -> DataFrame {
    DataFrame(names: names, columns: columns, labels: labels, rangeLabels: rangeLabels, columnNumbers: columnNumbers)
  }

  /// Column `j`'s label: its name, or its number for a file read without a header.
  func columnLabel(_ j: Int) -> Label { columnNumbers.map { .int($0[j]) } ?? .str(names[j]) }

  /// The position of the column labelled `label`.
  func columnPosition(label: Value) throws -> Int {
    switch (label, columnNumbers) {
    case (.int(let i), let numbers?):
      guard let j = numbers.firstIndex(of: i) else { throw PandasLabels.keyError(label) }
      return j
    case (.str(let s), nil): return try columnPosition(s)
    default: throw PandasLabels.keyError(label)
    }
  }
  var columnLabels: [Label] { names.indices.map(columnLabel) }

  convenience init(table: CSVTable, numberedColumns: Bool) throws {
    let n = table.columnCount
    let names = table.header.isEmpty ? (0..<n).map(String.init) : DataFrame.pandasNames(table.header)
    var columns: [Column] = []
    for c in 0..<n {
      // A file with a header and no rows: pandas' columns are then `object`.
      if table.rows.isEmpty { columns.append(.object([])); continue }
      let raw = table.rows.map { c < $0.count ? $0[c] : "" }
      columns.append(try DataFrame.inferColumn(raw, name: names[c]))
    }
    self.init(names: names, columns: columns, labels: (0..<table.rows.count).map { .int($0) }, rangeLabels: true,
              columnNumbers: numberedColumns ? Array(0..<n) : nil)
  }

  /// Header names as pandas makes them: an empty one is `Unnamed: i`, a repeated one gets `.1`,
  /// `.2`, ... (skipping names already taken).
  static func pandasNames(_ header: [String]) -> [String] {
    var seen = Set<String>()
    var taken = Set(header)
    var out: [String] = []
    for (i, raw) in header.enumerated() {
      var name = raw.isEmpty ? "Unnamed: \(i)" : raw
      if seen.contains(name) {
        var k = 1
        while taken.contains("\(name).\(k)") { k += 1 }
        name = "\(name).\(k)"
        taken.insert(name)
      }
      seen.insert(name)
      out.append(name)
    }
    return out
  }

  /// pandas' default missing-value markers (`na_values`).
  static let missingMarkers: Set<String> = [
    "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA",
    "NULL", "NaN", "None", "n/a", "nan", "null",
  ]

  /// One column's dtype as pandas infers it: int64, else float64 (missing markers are NaN), else
  /// bool (True/False), else text kept as written. Text with missing cells is refused (pandas
  /// holds NaN there, which MiniPy's text columns cannot).
  static func inferColumn(_ raw: [String], name: String) throws -> Column {
    let cells = raw.map { $0.trimmingCharacters(in: .whitespaces) }
    if let ints = Optional(cells.compactMap { Int($0) }), ints.count == cells.count {
      return .int(ints)
    }
    let doubles = cells.compactMap { cell -> Double? in
      if missingMarkers.contains(cell) { return .nan }
      // Swift also reads hexadecimal floats (0x1p3), which pandas leaves as text.
      guard !cell.contains(where: { "xXpP".contains($0) }) || ["inf", "-inf", "+inf", "Infinity", "-Infinity"].contains(cell) else { return nil }
      return Double(cell)
    }
    if doubles.count == cells.count { return .float(doubles) }
    let trues: Set<String> = ["True", "TRUE", "true"], falses: Set<String> = ["False", "FALSE", "false"]
    if cells.allSatisfy({ trues.contains($0) || falses.contains($0) }) { return .bool(cells.map { trues.contains($0) }) }
    if raw.contains(where: { missingMarkers.contains($0.trimmingCharacters(in: .whitespaces)) }) {
      throw NumPyError.notSupported("a text column with missing values ('\(name)'; pandas reads them as NaN)")
    }
    return .text(raw)
  }

  var rowCount: Int { labels.count }
  var typeName: String { "DataFrame" }
  var typeModule: String? { "pandas" }

  // MARK: - Selection

  /// The rows at `rows` and the columns at `cols`, by position.
  func select(rows: [Int], cols: [Int]) -> DataFrame {
    DataFrame(names: cols.map { names[$0] }, columns: cols.map { columns[$0].gather(rows) },
              labels: rows.map { labels[$0] }, rangeLabels: rangeLabels, columnNumbers: columnNumbers.map { n in cols.map { n[$0] } })
  }

  func rows(_ r: Range<Int>) -> DataFrame { select(rows: Array(r), cols: Array(columns.indices)) }

  func column(_ j: Int, rows: [Int]? = nil) -> Series {
    let rows = rows ?? Array(0..<rowCount)
    return Series(column: columns[j].gather(rows), labels: rows.map { labels[$0] }, name: columnLabel(j),
                  rangeLabels: rangeLabels)
  }

  /// Row `i` (over the columns `cols`) as a Series named by its label: int64 when every cell is
  /// an int, float64 when every cell is a number, else object, as pandas finds a common dtype.
  func row(_ i: Int, cols: [Int]) throws -> Series {
    guard !cols.isEmpty else { throw NumPyError.notSupported("a row without columns") }
    let cells = cols.map { columns[$0].cell(i) }
    let column: Column
    if cells.allSatisfy({ if case .int = $0 { return true } else { return false } }) {
      column = .int(cells.map { if case .int(let n) = $0 { return n } else { return 0 } })
    } else if cells.allSatisfy({ switch $0 { case .int, .float: return true; default: return false } }) {
      column = .float(cells.map { switch $0 { case .int(let n): return Double(n); case .float(let d): return d; default: return 0 } })
    } else if cells.allSatisfy({ if case .bool = $0 { return true } else { return false } }) {
      column = .bool(cells.map { if case .bool(let b) = $0 { return b } else { return false } })
    } else {
      column = .object(cells)
    }
    return Series(column: column, labels: cols.map(columnLabel), name: labels[i])
  }

  func columnPosition(_ name: String) throws -> Int {
    guard columnNumbers == nil, let j = names.firstIndex(of: name) else { throw PandasLabels.keyError(.str(name)) }
    return j
  }

  // MARK: - Printing

  /// pandas' table layout: index left-aligned, cells right-aligned, two spaces apart; more
  /// than 60 rows show the first and last five.
  func render() throws -> String {
    if names.isEmpty { throw NumPyError.notSupported("printing a DataFrame without columns") }
    if rowCount == 0 { return "Empty DataFrame\nColumns: [\(names.joined(separator: ", "))]\nIndex: []" }
    let shown = PandasText.shownRows(rowCount)
    let positions = shown.compactMap { $0 }
    let truncated = shown.count != positions.count
    let cells = try columns.map { try $0.gather(positions).spaced() }
    let labelTexts = positions.map { labels[$0].text }
    let indexWidth = max(labelTexts.map(\.pyLength).max() ?? 0, truncated ? 2 : 0)
    var widths: [Int] = []
    var header = String(repeating: " ", count: indexWidth)
    for (j, name) in names.enumerated() {
      // A number or bool column's header keeps the cells' leading space; a text column's does not.
      let isText: Bool
      if case .text = columns[j] { isText = true } else { isText = false }
      let w = max(name.pyLength + (isText ? 0 : 1), cells[j].map(\.pyLength).max() ?? 0, truncated ? 2 : 0)
      widths.append(w)
      header += " " + PandasText.padLeft(name, w)
    }
    var lines = [header]
    var k = 0
    for row in shown {
      guard row != nil else {
        var line = PandasText.padRight("..", indexWidth)
        for (j, w) in widths.enumerated() {
          line += " " + PandasText.padLeft(w >= 4 ? "..." : "..", w)
        }
        lines.append(line)
        continue
      }
      var line = PandasText.padRight(labelTexts[k], indexWidth)
      for j in names.indices { line += " " + PandasText.padLeft(cells[j][k], widths[j]) }
      lines.append(line)
      k += 1
    }
    if lines.contains(where: { $0.pyLength > 80 }) {
      throw NumPyError.notSupported("printing a DataFrame wider than 80 characters (pandas wraps it; print fewer columns)")
    }
    if truncated {
      lines.append("")
      lines.append("[\(rowCount) rows x \(names.count) columns]")
    }
    return lines.joined(separator: "\n")
  }

  func repr(_ interp: Interpreter) throws -> String { try render() }

  // MARK: - Protocol

  func length(_ interp: Interpreter) throws -> Int? { rowCount }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { ValuesIterator(columnLabels.map(\.value)) }
  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    switch value {
    case .str(let s): return columnLabels.contains(.str(s))
    case .int(let i): return columnLabels.contains(.int(i))
    default: return false
    }
  }
  func truthValue(_ interp: Interpreter) throws -> Bool? {
    throw PyException(.value, "The truth value of a DataFrame is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().")
  }

  static let statisticNames = ["mean", "sum", "min", "max", "std", "var", "count", "median", "describe"]
  static let methodNames = ["head", "tail", "to_numpy"] + statisticNames + extraMethods

  var attributeNames: [String] { ["values", "shape", "columns", "index", "dtypes", "size", "ndim", "iloc", "loc"] + DataFrame.methodNames }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "values": return try NumPyConvert.wrap(try values(), interp)
    case "shape": return .tuple([.int(rowCount), .int(columns.count)])
    case "size": return .int(rowCount * columns.count)
    case "ndim": return .int(2)
    case "columns": return .object(PandasIndex(labels: columnLabels))
    case "index": return .object(PandasIndex(labels: labels, fromRange: rangeLabels))
    case "dtypes":
      return .object(Series(column: .object(columns.map { .text($0.dtypeName) }), labels: columnLabels, name: nil))
    case "iloc": return .object(DataFrameIndexer(frame: self, byLabel: false))
    case "loc": return .object(DataFrameIndexer(frame: self, byLabel: true))
    case _ where DataFrame.methodNames.contains(name):
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
    default:
      if let j = names.firstIndex(of: name) { return .object(column(j)) }
      if name.hasPrefix("_") { return nil }
      throw NumPyError.notSupported("DataFrame.\(name)")
    }
  }

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    guard DataFrame.methodNames.contains(name) else { return nil }
    try PandasLabels.checkArguments(args, of: "DataFrame.\(name)", name == "sort_values" ? (1, ["by", "ascending", "kind"]) : PandasLabels.parameters[name] ?? (0, []))
    switch name {
    case "head":
      let n = try args.int(0, "n", default: 5)
      return .object(rows(0..<(n >= 0 ? min(n, rowCount) : max(0, rowCount + n))))
    case "tail":
      let n = try args.int(0, "n", default: 5)
      return .object(rows((n >= 0 ? max(0, rowCount - n) : min(rowCount, -n))..<rowCount))
    case "to_numpy": return try NumPyConvert.wrap(try values(), args.interpreter)
    default: return try statistic(name, args) ?? extraMethod(name, args)
    }
  }

  /// `df['col']`, `df[['a', 'b']]`, `df[mask]` (a bool Series on the same rows), `df[a:b]` (rows).
  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    if columnNumbers != nil, case .int = index { return .object(column(try columnPosition(label: index))) }
    if columnNumbers != nil, case .list(let l) = index {
      return .object(select(rows: Array(0..<rowCount), cols: try l.items.map { try columnPosition(label: $0) }))
    }
    switch index {
    case .str(let name):
      return .object(column(try columnPosition(name)))
    case .list(let l):
      let cols = try l.items.map { item -> Int in
        guard case .str(let s) = item else { throw NumPyError.notSupported("df[[...]] with \(item.typeName) items (use column names)") }
        guard let j = names.firstIndex(of: s) else { throw missingColumns(l.items) }
        return j
      }
      return .object(select(rows: Array(0..<rowCount), cols: cols))
    case .object(let o) where o is Series:
      let rows = try Series.maskPositions(o as! Series, labels: labels)
      return .object(select(rows: rows, cols: Array(columns.indices)))
    case .slice(let s):
      let (start, stop, step) = try s.indices(length: rowCount)
      guard step > 0, s.start.isNone || isInt(s.start), s.stop.isNone || isInt(s.stop) else {
        throw NumPyError.notSupported("df[a:b] other than int positions with a positive step")
      }
      return .object(select(rows: Array(stride(from: start, to: stop, by: step)), cols: Array(columns.indices)))
    default:
      throw NumPyError.notSupported("DataFrame indexing with \(index.typeName) (use df['column'], df[['a', 'b']], df.iloc[...])")
    }
  }

  /// pandas' KeyError for `df[[...]]` naming columns it lacks.
  private func missingColumns(_ items: [Value]) -> PyException {
    let asked = items.compactMap { if case .str(let s) = $0 { return s } else { return nil } }
    let missing = asked.filter { !names.contains($0) }
    let quoted = { (xs: [String]) in xs.map { "'\($0)'" }.joined(separator: ", ") }
    if missing.count == asked.count {
      return PandasLabels.keyError(.str("None of [Index([\(quoted(asked))], dtype='str')] are in the [columns]"))
    }
    return PandasLabels.keyError(.str("[\(quoted(missing))] not in index"))
  }

  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
    throw NumPyError.notSupported("\(op.rawValue) on a DataFrame (work on its columns or .values)")
  }
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    throw NumPyError.notSupported("\(op.rawValue) on a DataFrame (compare a column: df['a'] > 3)")
  }

  func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
    throw NumPyError.notSupported("assigning into a DataFrame (MiniPy's pandas is read-only; use df.values)")
  }
  func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool {
    throw NumPyError.notSupported("deleting DataFrame columns")
  }
  func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
    throw NumPyError.notSupported("setting DataFrame attributes")
  }

  private func isInt(_ v: Value) -> Bool { if case .int = v { return true } else { return false } }

  // MARK: - Arrays

  /// `.values`: one 2-D array, int64 when every column is, else float64.
  func values() throws -> Tensor {
    if columns.contains(where: { !$0.isNumeric }) {
      throw NumPyError.notSupported(".values of a DataFrame with non-numeric columns (MiniPy arrays hold numbers)")
    }
    let allInt = columns.allSatisfy { if case .int = $0 { return true } else { return false } }
    let r = rowCount, c = columns.count
    if allInt {
      var out = [Int](repeating: 0, count: r * c)
      for (j, col) in columns.enumerated() { if case .int(let v) = col { for i in 0..<r { out[i * c + j] = v[i] } } }
      return Tensor(out, shape: [r, c])
    }
    var out = [Double](repeating: 0, count: r * c)
    for (j, col) in columns.enumerated() {
      guard let d = col.doubles else { continue }
      for i in 0..<r { out[i * c + j] = d[i] }
    }
    return Tensor(out, shape: [r, c])
  }
}
