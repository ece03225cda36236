// Series methods beyond the summaries: missing values (isna notna dropna fillna), abs, round,
// astype, idxmax/idxmin and sort_values.

import Foundation
import MiniPy
import TensorCore

extension Series {
  static let extraMethods = ["isna", "isnull", "notna", "notnull", "dropna", "fillna", "abs", "round", "astype",
                             "idxmax", "idxmin", "sort_values"]

  func extraMethod(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    switch name {
    case "isna", "isnull": return .object(with(.bool(Series.missing(column))))
    case "notna", "notnull": return .object(with(.bool(Series.missing(column).map { !$0 })))
    case "dropna":
      let missing = Series.missing(column)
      return .object(rows(missing.indices.filter { !missing[$0] }))
    case "fillna":
      return .object(with(try Series.filled(column, with: try args.required(0, "value"), interp)))
    case "abs":
      switch column {
      case .int(let v): return .object(with(.int(v.map { $0 == .min ? $0 : abs($0) })))
      case .float(let v): return .object(with(.float(v.map { abs($0) })))
      default: throw NumPyError.notSupported("abs() of a \(column.dtypeName) Series")
      }
    case "round":
      guard column.isNumeric else { throw NumPyError.notSupported("round() of a \(column.dtypeName) Series") }
      let decimals = try args.int(0, "decimals", default: 0)
      let t = try NumPyFunctions.round(try column.tensor(), decimals: decimals)
      guard let c = try Series.column(from: .object(NDArray(t))) else { return nil }
      return .object(with(c))
    case "astype":
      return .object(with(try Series.converted(column, to: try args.required(0, "dtype"))))
    case "idxmax", "idxmin":
      guard let d = column.doubles else { throw NumPyError.notSupported("\(name)() of a \(column.dtypeName) Series") }
      var best: Int?
      for (i, x) in d.enumerated() where !x.isNaN {
        if let b = best, name == "idxmax" ? !(x > d[b]) : !(x < d[b]) { continue }
        best = i
      }
      guard let best else { throw PyException(.value, "attempt to get arg\(name.dropFirst(3)) of an empty sequence") }
      return labels[best].value
    case "sort_values":
      let ascending = try args.bool(-1, "ascending", default: true)
      let kind = try args.string(-1, "kind", default: "quicksort")
      return .object(rows(try Series.sortedPositions(column, ascending: ascending, stable: kind == "stable" || kind == "mergesort")))
    default: return nil
    }
  }

  // MARK: - Missing values

  /// NaN cells (only float columns hold them here).
  static func missing(_ column: Column) -> [Bool] {
    if case .float(let v) = column { return v.map(\.isNaN) }
    return Array(repeating: false, count: column.count)
  }

  static func filled(_ column: Column, with value: Value, _ interp: Interpreter) throws -> Column {
    guard case .float(let v) = column else { return column }
    switch value {
    case .int, .float: break
    case .object(let o) where o is NumPyScalar: break
    default: throw NumPyError.notSupported("fillna with \(value.typeName) (use a number)")
    }
    let x = try interp.toDouble(value)
    return .float(v.map { $0.isNaN ? x : $0 })
  }

  // MARK: - Conversion

  static func converted(_ column: Column, to dtypeValue: Value) throws -> Column {
    if case .str(let s) = dtypeValue, s == "str" || s == "object" {
      throw NumPyError.notSupported("astype('\(s)')")
    }
    if case .builtin(let b) = dtypeValue, b.name == "str" || b.name == "object" {
      throw NumPyError.notSupported("astype(\(b.name))")
    }
    guard let dtype = try NumPyConvert.dtype(dtypeValue) else { return column }
    switch (column, dtype) {
    case (.int, .int64), (.float, .float64), (.bool, .bool): return column
    case (.int(let v), .float64): return .float(v.map(Double.init))
    case (.bool(let v), .int64): return .int(v.map { $0 ? 1 : 0 })
    case (.bool(let v), .float64): return .float(v.map { $0 ? 1 : 0 })
    case (.float(let v), .int64):
      guard v.allSatisfy(\.isFinite) else {
        throw PyException(.value, "Cannot convert non-finite values (NA or inf) to integer")
      }
      guard v.allSatisfy({ abs($0) < 9.2e18 }) else { throw NumPyError.notSupported("astype(int) of values beyond int64") }
      return .int(v.map { Int($0) })
    default: throw NumPyError.notSupported("astype(\(dtype)) of a \(column.dtypeName) Series")
    }
  }

  // MARK: - Sorting

  /// Positions in sorted order, NaNs last. pandas' default quicksort does not promise an order
  /// among equal values, so ties are refused unless a stable sort is asked for (then equal values
  /// keep their order either way, as pandas' stable sort does).
  static func sortedPositions(_ column: Column, ascending: Bool, stable: Bool) throws -> [Int] {
    let keys: [Double]
    switch column {
    case .int(let v): keys = v.map(Double.init)
    case .float(let v): keys = v
    case .text(let v):
      // Python orders strings by code point; Swift's < would use Unicode's collation.
      let scalars = v.map { Array($0.unicodeScalars) }
      let order = v.indices.sorted {
        scalars[$0].lexicographicallyPrecedes(scalars[$1]) || (scalars[$0] == scalars[$1] && $0 < $1)
      }
      if !stable && Set(v.map(CodePointString.init)).count != v.count { throw tiesError }
      return ascending ? order : Series.reversedKeepingTies(order) { scalars[$0] == scalars[$1] }
    default: throw NumPyError.notSupported("sort_values of a \(column.dtypeName) Series")
    }
    if case .int(let v) = column, v.contains(where: { abs($0) > 1 << 53 }) {
      throw NumPyError.notSupported("sort_values of ints beyond 2**53")
    }
    let present = keys.indices.filter { !keys[$0].isNaN }
    let nans = keys.indices.filter { keys[$0].isNaN }
    if !stable && Set(present.map { keys[$0] }).count != present.count { throw tiesError }
    let order = present.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    return (ascending ? order : Series.reversedKeepingTies(order) { keys[$0] == keys[$1] }) + nans
  }

  static var tiesError: PyException { NumPyError.notSupported(
    "sort_values with equal values (pandas' default sort leaves their order open; pass kind='stable')") }

  /// Descending order with equal values still in their original order.
  static func reversedKeepingTies(_ ascending: [Int], _ equal: (Int, Int) -> Bool) -> [Int] {
    var groups: [[Int]] = []
    for p in ascending {
      if let last = groups.last?.last, equal(last, p) { groups[groups.count - 1].append(p) } else { groups.append([p]) }
    }
    return groups.reversed().flatMap { $0 }
  }
}
