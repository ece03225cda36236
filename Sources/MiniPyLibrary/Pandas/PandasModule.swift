// `pd.read_csv(path)`: a small DataFrame of numeric (and text) columns with `.values`,
// `.head()`, `.tail()`, `.shape`, `.columns`, `df['col']`, printed as pandas prints it.

import Datasets
import Foundation
import MiniPy
import TensorCore

enum PandasModule {
  static func make() -> PyModule {
    let m = PyModule(name: "pandas")
    m.define("read_csv") { args in
      let interp = args.interpreter
      guard case .str(let path) = try args.required(0, "filepath_or_buffer") else {
        throw NumPyError.notSupported("pd.read_csv of a file object (pass a path string)")
      }
      let sep = try args.string(1, "sep", default: args.keyword("delimiter").flatMap { if case .str(let s) = $0 { return s } else { return nil } } ?? ",")
      guard sep.utf8.count == 1 else { throw NumPyError.notSupported("pd.read_csv(sep='\(sep)')") }
      var hasHeader = true
      if let h = args.keyword("header"), h.isNone { hasHeader = false }
      let url = try interp.resolvePath(path, forWriting: false)
      let table: CSVTable
      do { table = try CSVTable.read(path: url.path, hasHeader: hasHeader, delimiter: sep.utf8.first!) } catch {
        throw NumPyModule.ioError(error, path: path)
      }
      let frame = try DataFrame(table: table)
      try interp.chargeMemory(frame.rowCount * frame.columns.count * 8)
      return .object(frame)
    }
    m.define("DataFrame") { _ in throw NumPyError.notSupported("pd.DataFrame (MiniPy's pandas has read_csv only)") }
    m.fallback = { name in throw NumPyError.notSupported("pd.\(name)") }
    return m
  }
}

// MARK: - Columns

/// One column: int64, float64 or text, as pandas infers it from the file.
enum Column {
  case int([Int])
  case float([Double])
  case text([String])

  var count: Int {
    switch self {
    case .int(let v): return v.count
    case .float(let v): return v.count
    case .text(let v): return v.count
    }
  }
  var dtypeName: String {
    switch self {
    case .int: return "int64"
    case .float: return "float64"
    case .text: return "str"
    }
  }

  func slice(_ r: Range<Int>) -> Column {
    switch self {
    case .int(let v): return .int(Array(v[r]))
    case .float(let v): return .float(Array(v[r]))
    case .text(let v): return .text(Array(v[r]))
    }
  }

  /// The cells as pandas prints them: ints as is, floats with the fewest decimals (at most 6)
  /// that show every value of the column.
  var formatted: [String] {
    switch self {
    case .int(let v): return v.map(String.init)
    case .text(let v): return v
    case .float(let v):
      var decimals = 1
      for x in v where x.isFinite {
        let s = String(format: "%.6f", x)
        let frac = s.split(separator: ".").last ?? ""
        let trimmed = frac.reversed().drop(while: { $0 == "0" }).count
        decimals = max(decimals, trimmed)
      }
      return v.map { $0.isNaN ? "NaN" : $0.isInfinite ? ($0 < 0 ? "-inf" : "inf") : String(format: "%.\(decimals)f", $0) }
    }
  }
}

// MARK: - DataFrame

final class DataFrame: PyObject {
  let names: [String]
  let columns: [Column]
  let index: [Int]

  init(names: [String], columns: [Column], index: [Int]) {
    self.names = names; self.columns = columns; self.index = index
  }

  convenience init(table: CSVTable) throws {
    let n = table.columnCount
    let names = table.header.isEmpty ? (0..<n).map(String.init) : table.header
    var columns: [Column] = []
    for c in 0..<n {
      let cells = table.rows.map { c < $0.count ? $0[c].trimmingCharacters(in: .whitespaces) : "" }
      if let ints = Optional(cells.compactMap { Int($0) }), ints.count == cells.count {
        columns.append(.int(ints))
      } else if let ds = Optional(cells.compactMap { $0.isEmpty ? Double.nan : Double($0) }), ds.count == cells.count {
        columns.append(.float(ds))
      } else {
        columns.append(.text(cells))
      }
    }
    self.init(names: names, columns: columns, index: Array(0..<table.rows.count))
  }

  var rowCount: Int { index.count }
  var typeName: String { "DataFrame" }

  func rows(_ r: Range<Int>) -> DataFrame {
    DataFrame(names: names, columns: columns.map { $0.slice(r) }, index: Array(index[r]))
  }

  /// `.values`: one 2-D array, int64 when every column is, else float64.
  func values() throws -> Tensor {
    if columns.contains(where: { if case .text = $0 { return true } else { return false } }) {
      throw NumPyError.notSupported(".values of a DataFrame with text columns (MiniPy arrays hold numbers)")
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
      switch col {
      case .int(let v): for i in 0..<r { out[i * c + j] = Double(v[i]) }
      case .float(let v): for i in 0..<r { out[i * c + j] = v[i] }
      case .text: break
      }
    }
    return Tensor(out, shape: [r, c])
  }

  static func tensor(_ col: Column) throws -> Tensor {
    switch col {
    case .int(let v): return Tensor(v)
    case .float(let v): return Tensor(v)
    case .text: throw NumPyError.notSupported("arrays of strings")
    }
  }

  /// pandas' table layout: index left-aligned, cells right-aligned, two spaces apart; more
  /// than 60 rows show the first and last five.
  func render() -> String {
    let truncated = rowCount > 60
    let shownRows: [Int] = truncated ? Array(0..<5) + Array((rowCount - 5)..<rowCount) : Array(0..<rowCount)
    let cells = columns.map { col -> [String] in let f = col.formatted; return shownRows.map { f[$0] } }
    var indexLabels = shownRows.map { String(index[$0]) }
    if truncated { indexLabels.insert("..", at: 5) }
    let indexWidth = indexLabels.map(\.count).max() ?? 0
    var lines: [String] = []
    var header = String(repeating: " ", count: indexWidth)
    var widths: [Int] = []
    for (j, name) in names.enumerated() {
      let w = max(name.count, cells[j].map(\.count).max() ?? 0, truncated ? 3 : 0)
      widths.append(w)
      header += "  " + String(repeating: " ", count: w - name.count) + name
    }
    lines.append(header)
    for (k, label) in indexLabels.enumerated() {
      var line = label + String(repeating: " ", count: indexWidth - label.count)
      for j in 0..<names.count {
        let cell: String
        if truncated && k == 5 { cell = "..." } else { cell = cells[j][truncated && k > 5 ? k - 1 : k] }
        line += "  " + String(repeating: " ", count: widths[j] - cell.count) + cell
      }
      lines.append(line)
    }
    if truncated {
      lines.append("")
      lines.append("[\(rowCount) rows x \(names.count) columns]")
    }
    return lines.joined(separator: "\n")
  }

  func repr(_ interp: Interpreter) throws -> String { render() }
  func length(_ interp: Interpreter) throws -> Int? { rowCount }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { ValuesIterator(names.map { .str($0) }) }
  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    if case .str(let s) = value { return names.contains(s) }
    return false
  }

  var attributeNames: [String] { ["values", "head", "tail", "shape", "columns", "to_numpy"] }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "values": return try NumPyConvert.wrap(try values(), interp)
    case "shape": return .tuple([.int(rowCount), .int(columns.count)])
    case "columns": return .list(PyList(names.map { .str($0) }))
    case "head", "tail", "to_numpy":
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
    default:
      if let j = names.firstIndex(of: name) { return .object(Series(name: name, column: columns[j], index: index)) }
      return nil
    }
  }

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    switch name {
    case "head":
      let n = try args.int(0, "n", default: 5)
      return .object(rows(0..<(n >= 0 ? min(n, rowCount) : max(0, rowCount + n))))
    case "tail":
      let n = try args.int(0, "n", default: 5)
      return .object(rows(max(0, rowCount - n)..<rowCount))
    case "to_numpy": return try NumPyConvert.wrap(try values(), args.interpreter)
    default: return nil
    }
  }

  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    guard case .str(let name) = index else {
      throw NumPyError.notSupported("DataFrame indexing other than df['column'] (use df.values[...])")
    }
    guard let j = names.firstIndex(of: name) else { throw PyException(.key, "'\(name)'") }
    return .object(Series(name: name, column: columns[j], index: self.index))
  }
}

// MARK: - Series

/// One column of a DataFrame: `.values`, `len`, indexing by position, `.tolist()`.
final class Series: PyObject {
  let name: String
  let column: Column
  let index: [Int]
  init(name: String, column: Column, index: [Int]) { self.name = name; self.column = column; self.index = index }

  var typeName: String { "Series" }
  func repr(_ interp: Interpreter) throws -> String {
    let cells = column.formatted
    let iw = index.map { String($0).count }.max() ?? 0
    let cw = cells.map(\.count).max() ?? 0
    var lines: [String] = []
    for (k, i) in index.enumerated() {
      let label = String(i)
      lines.append(label + String(repeating: " ", count: iw - label.count + 4 + cw - cells[k].count) + cells[k])
    }
    lines.append("Name: \(name), dtype: \(column.dtypeName)")
    return lines.joined(separator: "\n")
  }
  func length(_ interp: Interpreter) throws -> Int? { column.count }
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "values": return try NumPyConvert.wrap(try DataFrame.tensor(column), interp)
    case "shape": return .tuple([.int(column.count)])
    case "name": return .str(self.name)
    case "tolist", "to_numpy", "mean", "sum", "max", "min", "std":
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
    default: return nil
    }
  }
  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    switch name {
    case "tolist":
      switch column {
      case .int(let v): return .list(PyList(v.map { .int($0) }))
      case .float(let v): return .list(PyList(v.map { .float($0) }))
      case .text(let v): return .list(PyList(v.map { .str($0) }))
      }
    case "to_numpy": return try NumPyConvert.wrap(try DataFrame.tensor(column), interp)
    case "mean", "sum", "max", "min":
      return try NumPyFunctions.reduce(NumPyFunctions.Reduction(rawValue: name)!, try DataFrame.tensor(column), axis: nil, keepdims: false, interp)
    case "std":
      return try NumPyFunctions.reduce(.std, try DataFrame.tensor(column), axis: nil, keepdims: false, ddof: 1, interp)
    default: return nil
    }
  }
  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    let t = try DataFrame.tensor(column)
    return try NDArray(t).getItem(index, interp)
  }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? {
    try NDArray(try DataFrame.tensor(column)).makeIterator(interp)
  }
}
