// DataFrame reductions (one value per column, a Series labelled by column name) and describe().

import Foundation
import MiniPy
import TensorCore

extension DataFrame {
  func statistic(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    guard DataFrame.statisticNames.contains(name) else { return nil }
    if args.count > 0 || !args.keywords.isEmpty {
      throw NumPyError.notSupported("arguments to DataFrame.\(name)() (MiniPy reduces each column)")
    }
    let labels = columnLabels
    switch name {
    case "count":
      return .object(Series(column: .int(columns.map { Series.nonMissingCount($0) }), labels: labels, name: nil))
    case "describe":
      return .object(try describe(interp))
    case "mean", "sum", "min", "max", "std", "var", "median":
      // Sums and means count True as 1, as pandas does; other statistics need numbers.
      let countsBools = name == "sum" || name == "mean"
      let usable = columns.allSatisfy { col in
        if case .bool = col { return countsBools }
        return col.isNumeric
      }
      guard usable else {
        throw NumPyError.notSupported("DataFrame.\(name)() with text or bool columns (select the numeric ones: df[['a', 'b']].\(name)())")
      }
      var results: [Double] = []
      var ints: [Int] = []
      for (j, col) in columns.enumerated() {
        let v: Value
        if name == "median" {
          let s = column(j)
          v = try s.statistic("median", args) ?? .none
        } else {
          v = try Series.reduce(name, col, interp)
        }
        guard case .object(let o) = v, let scalar = o as? NumPyScalar else { throw NumPyError.notSupported("DataFrame.\(name)()") }
        results.append(try scalar.asDouble(interp) ?? .nan)
        if case .int64 = scalar.dtype, let i = try scalar.asInt(interp) { ints.append(i) }
      }
      // Sums, minima and maxima of int columns stay int64 when every column is int.
      let column: Column = ints.count == columns.count && !columns.isEmpty ? .int(ints) : .float(results)
      return .object(Series(column: column, labels: labels, name: nil))
    default: return nil
    }
  }

  /// count, mean, std, min, quartiles and max of every numeric column, as a float64 DataFrame.
  func describe(_ interp: Interpreter) throws -> DataFrame {
    let numeric = columns.indices.filter { columns[$0].isNumeric }
    guard !numeric.isEmpty else {
      throw NumPyError.notSupported("describe() of a DataFrame without numeric columns (describe one column: df['c'].describe())")
    }
    let summaries = try numeric.map { try column($0).describe(interp) }
    return DataFrame(names: numeric.map { names[$0] }, columns: summaries.map(\.column), labels: summaries[0].labels,
                     rangeLabels: false, columnNumbers: columnNumbers.map { n in numeric.map { n[$0] } })
  }
}
