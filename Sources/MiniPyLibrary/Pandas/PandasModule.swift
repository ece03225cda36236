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
      try checkOptions(args)
      var hasHeader = true
      switch args.keyword("header") {
      case nil, .int(0), .str("infer"): break
      case .none?: hasHeader = false
      case let h?: throw NumPyError.notSupported("pd.read_csv(header=\(try interp.repr(h))) (the header is row 0 or None)")
      }
      let url = try interp.resolvePath(path, forWriting: false)
      let table: CSVTable
      do { table = try CSVTable.read(path: url.path, hasHeader: hasHeader, delimiter: sep.utf8.first!) } catch {
        throw NumPyModule.ioError(error, path: path)
      }
      guard table.columnCount > 0 else {
        throw PyException(.value, "No columns to parse from file", pythonClassName: "EmptyDataError")
      }
      let frame = try DataFrame(table: table, numberedColumns: !hasHeader)
      try interp.chargeMemory(frame.rowCount * frame.columns.count * 8)
      return .object(frame)
    }
    m.define("DataFrame") { _ in throw NumPyError.notSupported("pd.DataFrame (MiniPy's pandas has read_csv only)") }
    m.fallback = { name in throw NumPyError.notSupported("pd.\(name)") }
    return m
  }

  /// read_csv's options other than sep/delimiter/header change what is read; MiniPy refuses
  /// them rather than ignore them (encoding 'utf-8' and index_col=None change nothing).
  static func checkOptions(_ args: Arguments) throws {
    if args.count > 2 { throw NumPyError.notSupported("pd.read_csv with more than a path and sep given by position") }
    for (name, value) in args.keywords {
      switch (name, value) {
      case ("sep", _), ("delimiter", _), ("header", _): continue
      case ("encoding", .str(let e)) where ["utf-8", "utf8", "UTF-8", "UTF8"].contains(e): continue
      case ("index_col", .none): continue
      default: throw NumPyError.notSupported("pd.read_csv(\(name)=...)")
      }
    }
  }
}
