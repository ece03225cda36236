// DataFrame methods beyond the summaries: missing values (isna notna dropna fillna) and
// sort_values by one column.

import Foundation
import MiniPy

extension DataFrame {
  static let extraMethods = ["isna", "isnull", "notna", "notnull", "dropna", "fillna", "sort_values"]

  func extraMethod(_ name: String, _ args: Arguments) throws -> Value? {
    let all = Array(0..<rowCount)
    switch name {
    case "isna", "isnull", "notna", "notnull":
      let keep = name.hasPrefix("is")
      let masks = columns.map { Column.bool(Series.missing($0).map { $0 == keep }) }
      return .object(DataFrame(names: names, columns: masks, labels: labels, rangeLabels: rangeLabels))
    case "dropna":
      if args.count > 0 || !args.keywords.isEmpty { throw NumPyError.notSupported("arguments to DataFrame.dropna()") }
      let missing = columns.map(Series.missing)
      return .object(select(rows: all.filter { i in !missing.contains { $0[i] } }, cols: Array(columns.indices)))
    case "fillna":
      let value = try args.required(0, "value")
      let filled = try columns.map { try Series.filled($0, with: value, args.interpreter) }
      return .object(DataFrame(names: names, columns: filled, labels: labels, rangeLabels: rangeLabels))
    case "sort_values":
      let by = try args.required(0, "by")
      let key: String
      switch by {
      case .str(let s): key = s
      case .list(let l) where l.items.count == 1: guard case .str(let s) = l.items[0] else { fallthrough }; key = s
      default: throw NumPyError.notSupported("sort_values by \(by.typeName) (sort by one column name)")
      }
      let ascending = try args.bool(-1, "ascending", default: true)
      let kind = try args.string(-1, "kind", default: "quicksort")
      let order = try Series.sortedPositions(columns[try columnPosition(key)], ascending: ascending,
                                             stable: kind == "stable" || kind == "mergesort")
      return .object(select(rows: order, cols: Array(columns.indices)))
    default: return nil
    }
  }
}
