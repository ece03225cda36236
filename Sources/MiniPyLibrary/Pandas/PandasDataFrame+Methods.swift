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
      return .object(with(columns: masks))
    case "dropna":
      if args.count > 0 || !args.keywords.isEmpty { throw NumPyError.notSupported("arguments to DataFrame.dropna()") }
      let missing = columns.map(Series.missing)
      return .object(select(rows: all.filter { i in !missing.contains { $0[i] } }, cols: Array(columns.indices)))
    case "fillna":
      let value = try args.required(0, "value")
      let filled = try columns.map { try Series.filled($0, with: value, args.interpreter) }
      return .object(with(columns: filled))
    case "sort_values":
      let given = try args.required(0, "by")
      var by = given
      if case .list(let l) = by, l.items.count == 1 { by = l.items[0] }
      switch by {
      case .str, .int: break
      default: throw NumPyError.notSupported("sort_values by \(by.typeName) (sort by one column name)")
      }
      let ascending = try args.bool(-1, "ascending", default: true)
      let kind = try args.string(-1, "kind", default: "quicksort")
      let order = try Series.sortedPositions(columns[try columnPosition(label: by)], ascending: ascending,
                                             stable: kind == "stable" || kind == "mergesort")
      return .object(select(rows: order, cols: Array(columns.indices)))
    default: return nil
    }
  }
}
