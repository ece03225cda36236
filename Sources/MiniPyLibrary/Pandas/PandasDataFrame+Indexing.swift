// `df.iloc[...]` (positions) and `df.loc[...]` (labels; slices include their stop), each for
// rows alone or `[rows, cols]` with ints, slices, lists and (loc) boolean Series.

import Foundation
import MiniPy

/// What one axis of an indexer picks: a single position (the axis drops) or several.
enum AxisPick {
  case one(Int)
  case many([Int])
}

final class DataFrameIndexer: PyObject {
  let frame: DataFrame
  let byLabel: Bool
  init(frame: DataFrame, byLabel: Bool) { self.frame = frame; self.byLabel = byLabel }
  var typeName: String { byLabel ? "_LocIndexer" : "_iLocIndexer" }
  var typeModule: String? { "pandas.core.indexing" }

  func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
    throw NumPyError.notSupported("assigning through \(byLabel ? "loc" : "iloc") (MiniPy's pandas is read-only)")
  }

  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    let rowKey: Value, colKey: Value?
    if case .tuple(let parts) = index {
      guard parts.count == 2 else { throw PyException(.index, "Too many indexers") }
      rowKey = parts[0]; colKey = parts[1]
    } else {
      rowKey = index; colKey = nil
    }
    let rows = byLabel ? try rowLabels(rowKey, interp) : try positions(rowKey, count: frame.rowCount, axis: "rows", interp)
    let cols: AxisPick
    if let colKey {
      cols = byLabel ? try columnLabels(colKey, interp) : try positions(colKey, count: frame.names.count, axis: "columns", interp)
    } else {
      cols = .many(Array(frame.columns.indices))
    }
    switch (rows, cols) {
    case (.one(let i), .one(let j)): return frame.columns[j].element(i)
    case (.one(let i), .many(let js)): return .object(try frame.row(i, cols: js))
    case (.many(let is_), .one(let j)): return .object(frame.column(j, rows: is_))
    case (.many(let is_), .many(let js)): return .object(frame.select(rows: is_, cols: js))
    }
  }

  // MARK: - iloc

  private func positions(_ key: Value, count: Int, axis: String, _ interp: Interpreter) throws -> AxisPick {
    switch key {
    case .slice(let s):
      let (start, stop, step) = try s.indices(length: count)
      return .many(Array(stride(from: start, to: stop, by: step)))
    case .list(let l):
      return .many(try l.items.map { item in
        guard case .int(let i) = item else { throw NumPyError.notSupported("iloc with a list of \(item.typeName)") }
        guard i >= -count, i < count else { throw PyException(.index, "positional indexers are out-of-bounds") }
        return i < 0 ? i + count : i
      })
    default:
      return .one(try PandasLabels.position(key, count: count, interp))
    }
  }

  // MARK: - loc

  private func rowLabels(_ key: Value, _ interp: Interpreter) throws -> AxisPick {
    switch key {
    case .slice(let s): return .many(try PandasLabels.labelSlice(s, labels: frame.labels, interp))
    case .int(let i):
      guard let p = frame.labels.firstIndex(of: .int(i)) else { throw PandasLabels.keyError(.int(i)) }
      return .one(p)
    case .str(let s):
      guard let p = frame.labels.firstIndex(of: .str(s)) else { throw PandasLabels.keyError(.str(s)) }
      return .one(p)
    case .list(let l):
      return .many(try l.items.map { item in
        guard case .int(let i) = item, let p = frame.labels.firstIndex(of: .int(i)) else {
          throw NumPyError.notSupported("loc with a list holding \(try interp.repr(item)) (use labels of the index)")
        }
        return p
      })
    case .object(let o) where o is Series:
      return .many(try Series.maskPositions(o as! Series, labels: frame.labels))
    default: throw NumPyError.notSupported("loc rows given as \(key.typeName)")
    }
  }

  private func columnLabels(_ key: Value, _ interp: Interpreter) throws -> AxisPick {
    switch key {
    case .str, .int: return .one(try frame.columnPosition(label: key))
    case .list(let l):
      return .many(try l.items.map { item in
        switch item {
        case .str, .int: return try frame.columnPosition(label: item)
        default: throw NumPyError.notSupported("loc columns given as \(item.typeName)")
        }
      })
    case .slice(let s):
      guard s.step.isNone else { throw NumPyError.notSupported("loc column slices with a step") }
      func find(_ v: Value) throws -> Int {
        switch v {
        case .str, .int: return try frame.columnPosition(label: v)
        default: throw NumPyError.notSupported("loc column slices by \(v.typeName)")
        }
      }
      let start = s.start.isNone ? 0 : try find(s.start)
      let stop = s.stop.isNone ? frame.names.count - 1 : try find(s.stop)
      return .many(start <= stop ? Array(start...stop) : [])
    default: throw NumPyError.notSupported("loc columns given as \(key.typeName)")
    }
  }
}
