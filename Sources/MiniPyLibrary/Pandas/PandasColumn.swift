// A pandas column's values (int64, float64, str, bool, or a mixed `object` row) and how pandas
// prints them.

import Foundation
import MiniPy
import TensorCore

// MARK: - Labels

/// An index label or a Series name: pandas' row labels are ints here, column names strings.
enum Label: Hashable {
  case int(Int)
  case str(String)

  /// As pandas prints it in a table or a `Name:` footer.
  var text: String {
    switch self {
    case .int(let i): return String(i)
    case .str(let s): return s
    }
  }
  var value: Value {
    switch self {
    case .int(let i): return .int(i)
    case .str(let s): return .str(s)
    }
  }
}

/// A string compared and hashed by code points, as Python compares strings (Swift's `==`
/// treats canonically equivalent spellings, é and e + U+0301, as equal; Python does not).
struct CodePointString: Hashable {
  let string: String
  init(_ string: String) { self.string = string }
  static func == (a: Self, b: Self) -> Bool { a.string.unicodeScalars.elementsEqual(b.string.unicodeScalars) }
  func hash(into hasher: inout Hasher) {
    for u in string.unicodeScalars { hasher.combine(u.value) }
  }
}

/// One cell of a mixed (`object`) column: a row of a DataFrame with text and numbers.
enum Cell {
  case int(Int)
  case float(Double)
  case text(String)
  case bool(Bool)
}

// MARK: - Column

/// One column: int64, float64, text (`str`), bool, or mixed cells (`object`).
enum Column {
  case int([Int])
  case float([Double])
  case text([String])
  case bool([Bool])
  case object([Cell])

  var count: Int {
    switch self {
    case .int(let v): return v.count
    case .float(let v): return v.count
    case .text(let v): return v.count
    case .bool(let v): return v.count
    case .object(let v): return v.count
    }
  }
  var dtypeName: String {
    switch self {
    case .int: return "int64"
    case .float: return "float64"
    case .text: return "str"
    case .bool: return "bool"
    case .object: return "object"
    }
  }
  var isNumeric: Bool {
    switch self {
    case .int, .float: return true
    case .text, .bool, .object: return false
    }
  }

  func slice(_ r: Range<Int>) -> Column { gather(Array(r)) }

  /// The cells at `positions`, in that order.
  /// - Complexity: O(positions.count).
  func gather(_ positions: [Int]) -> Column {
    switch self {
    case .int(let v): return .int(positions.map { v[$0] })
    case .float(let v): return .float(positions.map { v[$0] })
    case .text(let v): return .text(positions.map { v[$0] })
    case .bool(let v): return .bool(positions.map { v[$0] })
    case .object(let v): return .object(positions.map { v[$0] })
    }
  }

  func cell(_ i: Int) -> Cell {
    switch self {
    case .int(let v): return .int(v[i])
    case .float(let v): return .float(v[i])
    case .text(let v): return .text(v[i])
    case .bool(let v): return .bool(v[i])
    case .object(let v): return v[i]
    }
  }

  /// The numbers of an int or float column as doubles; nil for other columns.
  var doubles: [Double]? {
    switch self {
    case .int(let v): return v.map(Double.init)
    case .float(let v): return v
    case .text, .bool, .object: return nil
    }
  }

  /// One value as MiniPy sees it (`s[i]`, `df.iloc[i, j]`): NumPy scalars for numbers and bools,
  /// as pandas returns them.
  func element(_ i: Int) -> Value {
    Column.value(of: cell(i))
  }

  static func value(of cell: Cell) -> Value {
    switch cell {
    case .int(let n): return .object(NumPyScalar(.int(n), dtype: .int64))
    case .float(let d): return .object(NumPyScalar(.float(d), dtype: .float64))
    case .bool(let b): return .object(NumPyScalar(.bool(b), dtype: .bool))
    case .text(let s): return .str(s)
    }
  }

  /// The column as a NumPy array (`.values`); text and mixed columns are not arrays in MiniPy.
  func tensor() throws -> Tensor {
    switch self {
    case .int(let v): return Tensor(v)
    case .float(let v): return Tensor(v)
    case .bool(let v): return Tensor(v)
    case .text, .object: throw NumPyError.notSupported("arrays of strings or objects")
    }
  }

  /// The cells as a Python list (`tolist()`, iteration): Python numbers, except in an object
  /// column, which holds NumPy scalars (as a DataFrame row does).
  var pythonList: [Value] {
    if case .object(let cells) = self { return cells.map(Column.value(of:)) }
    return (0..<count).map { i in
      switch cell(i) {
      case .int(let n): return .int(n)
      case .float(let d): return .float(d)
      case .bool(let b): return .bool(b)
      case .text(let s): return .str(s)
      }
    }
  }

  /// The cells as pandas prints them in a table or a Series.
  func formatted() throws -> [String] {
    switch self {
    case .int(let v): return v.map(String.init)
    case .text(let v): return v
    case .bool(let v): return v.map { $0 ? "True" : "False" }
    case .float(let v): return try Column.formatFloats(v)
    case .object(let v):
      return try v.map { c in
        switch c {
        case .int(let n): return String(n)
        case .text(let s): return s
        case .bool(let b): return b ? "True" : "False"
        case .float(let d): return try Column.formatFloats([d])[0]
        }
      }
    }
  }

  /// The cells as pandas lays them out: a leading space before each, which a minus sign takes
  /// the place of, so a column's width counts it.
  func spaced() throws -> [String] {
    let isFloat: Bool
    if case .float = self { isFloat = true } else { isFloat = false }
    return try formatted().enumerated().map { i, text in
      // A float column prints NaN without the space (an object column keeps it).
      if isFloat && text == "NaN" { return text }
      switch cell(i) {
      case .int, .float: return text.hasPrefix("-") ? text : " " + text
      case .text, .bool: return " " + text
      }
    }
  }

  /// pandas' fixed-width float format: `%.6f`, then trailing zeros trimmed equally from every
  /// number, keeping one decimal. Where pandas switches to scientific notation (a nonzero value
  /// under 1e-6, or a value over 1e6 whose text is long), MiniPy refuses rather than differ.
  static func formatFloats(_ v: [Double]) throws -> [String] {
    var strings = v.map { x -> String in
      if x.isNaN { return "NaN" }
      if x.isInfinite { return x < 0 ? "-inf" : "inf" }
      return String(format: "%.6f", x)
    }
    let isNumber = v.map(\.isFinite)
    if isNumber.contains(true) {
      while zip(strings, isNumber).allSatisfy({ !$1 || $0.hasSuffix("0") }) {
        strings = zip(strings, isNumber).map { $1 ? String($0.dropLast()) : $0 }
      }
      strings = zip(strings, isNumber).map { $1 && $0.hasSuffix(".") ? $0 + "0" : $0 }
    }
    // pandas measures the trimmed text (its leading space included) against precision + 6.
    let tooLong = (strings.map { $0.hasPrefix("-") ? $0.count : $0.count + 1 }.max() ?? 0) > 12
    let hasLarge = v.contains { abs($0) > 1e6 }
    let hasSmall = v.contains { abs($0) < 1e-6 && $0 != 0 }
    if hasSmall || (tooLong && hasLarge) {
      throw NumPyError.notSupported("printing floats that pandas shows in scientific notation")
    }
    return strings
  }
}
