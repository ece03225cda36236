// The `pd` module: `pd.read_csv(path)` into a DataFrame (PandasDataFrame.swift) of int64,
// float64 and text columns; Series, Index and the indexers live beside it.

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
      guard table.columnCount > 0 else {
        throw PyException(.value, "No columns to parse from file", pythonClassName: "EmptyDataError")
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
