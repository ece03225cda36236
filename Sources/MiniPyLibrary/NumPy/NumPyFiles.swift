// `np.save/load/savez/savetxt/loadtxt` in NumPy's real formats. Paths are resolved by the
// interpreter: reads from the working folder then the asset folders, writes only inside the
// working folder.

import Datasets
import Foundation
import MiniPy
import TensorCore

extension NumPyModule {
  static func numericArray(_ t: Tensor) -> Datasets.NumericArray {
    switch t.dtype {
    case .float64: return Datasets.NumericArray(shape: t.shape, elements: .float64(t.scalars(as: Double.self)))
    case .float32: return Datasets.NumericArray(shape: t.shape, elements: .float32(t.scalars(as: Float.self)))
    case .int64: return Datasets.NumericArray(shape: t.shape, elements: .int64(t.scalars(as: Int.self)))
    case .bool: return Datasets.NumericArray(shape: t.shape, elements: .bool(t.scalars(as: Bool.self)))
    }
  }

  static func tensor(_ a: Datasets.NumericArray) -> Tensor {
    switch a.elements {
    case .float64(let v): return Tensor(v, shape: a.shape)
    case .float32(let v): return Tensor(v, shape: a.shape)
    case .bool(let v): return Tensor(v, shape: a.shape)
    default: return Tensor(a.elements.ints ?? a.elements.doubles.map { Int($0) }, shape: a.shape)
    }
  }

  static func ioError(_ e: Error, path: String) -> PyException {
    guard let e = e as? DatasetError else { return PyException(.io, "\(e)") }
    switch e.kind {
    case .notFound:
      return PyException(.io, "[Errno 2] No such file or directory: '\(path)'", pythonClassName: "FileNotFoundError")
    case .parse, .corrupt, .unsupported:
      return PyException(.value, e.description)
    case .io:
      return PyException(.io, e.description)
    }
  }

  static func fileArgument(_ args: Arguments, _ name: String = "file") throws -> String {
    let v = try args.required(0, name)
    guard case .str(let s) = v else { throw NumPyError.notSupported("file objects in \(args.functionName)() (pass a path string)") }
    return s
  }

  static func defineFiles(_ m: PyModule) {
    m.define("save") { args in
      var path = try fileArgument(args)
      if !path.hasSuffix(".npy") { path += ".npy" }
      let url = try args.interpreter.resolvePath(path, forWriting: true)
      let t = try arrayArgument(args, 1, "arr")
      do { try NPY.write(numericArray(t), to: url.path) } catch let e as DatasetError { throw ioError(e, path: path) }
      return .none
    }
    func savez(_ args: Arguments, compressed: Bool) throws -> Value {
      var path = try fileArgument(args)
      if !path.hasSuffix(".npz") { path += ".npz" }
      let url = try args.interpreter.resolvePath(path, forWriting: true)
      var arrays: [(name: String, array: Datasets.NumericArray)] = []
      for (i, v) in args.positional.dropFirst().enumerated() {
        guard let t = try NumPyConvert.operand(v, args.interpreter) else { throw PyException(.type, "savez() arguments must be arrays") }
        arrays.append(("arr_\(i)", numericArray(t)))
      }
      for (name, v) in args.keywords {
        guard let t = try NumPyConvert.operand(v, args.interpreter) else { throw PyException(.type, "savez() arguments must be arrays") }
        arrays.append((name, numericArray(t)))
      }
      do { try NPZ(arrays: arrays).write(to: url.path, compressed: compressed) } catch let e as DatasetError { throw ioError(e, path: path) }
      return .none
    }
    m.define("savez") { try savez($0, compressed: false) }
    m.define("savez_compressed") { try savez($0, compressed: true) }
    m.define("load") { args in
      let path = try fileArgument(args)
      let url = try args.interpreter.resolvePath(path, forWriting: false)
      let bytes: [UInt8]
      do { bytes = Array(try Data(contentsOf: url)) } catch {
        throw PyException(.io, "[Errno 2] No such file or directory: '\(path)'", pythonClassName: "FileNotFoundError")
      }
      do {
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B {
          let npz = try NPZ.decode(bytes, source: path)
          return .object(NpzFile(npz, path: path))
        }
        return try NumPyConvert.wrap(tensor(try NPY.decode(bytes, source: path)), args.interpreter)
      } catch let e as DatasetError { throw ioError(e, path: path) }
    }
    m.define("savetxt") { args in
      let path = try fileArgument(args, "fname")
      let url = try args.interpreter.resolvePath(path, forWriting: true)
      let t = try arrayArgument(args, 1, "X")
      let fmt = try args.string(2, "fmt", default: "%.18e")
      let delimiter = try args.string(3, "delimiter", default: " ")
      let newline = try args.string(4, "newline", default: "\n")
      let header = try args.string(5, "header", default: "")
      let footer = try args.string(6, "footer", default: "")
      let comments = try args.string(7, "comments", default: "# ")
      guard t.rank == 1 || t.rank == 2 else {
        throw PyException(.value, "Expected 1D or 2D array, got \(t.rank)D array instead")
      }
      let cols = t.rank == 2 ? t.shape[1] : 1
      let rows = t.rank == 2 ? t.shape[0] : t.count
      var text = ""
      if !header.isEmpty {
        text += header.split(separator: "\n", omittingEmptySubsequences: false).map { comments + $0 }.joined(separator: newline) + newline
      }
      for r in 0..<rows {
        var fields: [String] = []
        for c in 0..<cols { fields.append(try formatNumber(fmt, t.scalar(at: r * cols + c))) }
        text += fields.joined(separator: delimiter) + newline
      }
      if !footer.isEmpty { text += comments + footer + newline }
      do { try text.write(to: url, atomically: true, encoding: .utf8) } catch {
        throw PyException(.io, "cannot write \(path): \(error.localizedDescription)")
      }
      return .none
    }
    m.define("loadtxt") { args in
      let interp = args.interpreter
      let path = try fileArgument(args, "fname")
      let url = try interp.resolvePath(path, forWriting: false)
      let dtype = try dtypeArgument(args, 1) ?? .float64
      let comments = try args.string(2, "comments", default: "#")
      let delimiterV = try args.value(3, "delimiter")
      var delimiter: String? = nil
      if let d = delimiterV, case .str(let s) = d { delimiter = s }
      let skiprows = try args.int(5, "skiprows", default: 0)
      let ndmin = try args.int(-1, "ndmin", default: 0)
      var usecols: [Int]? = nil
      if let u = try args.value(6, "usecols"), !u.isNone { usecols = try NumPyConvert.shape(u, interp, what: "usecols") }
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        throw PyException(.io, "[Errno 2] No such file or directory: '\(path)'", pythonClassName: "FileNotFoundError")
      }
      var rows: [[Double]] = []
      for (lineNo, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where lineNo >= skiprows {
        var line = Substring(rawLine)
        if line.hasSuffix("\r") { line = line.dropLast() }
        if !comments.isEmpty, let r = line.range(of: comments) { line = line[..<r.lowerBound] }
        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        var fields: [Substring] =
          delimiter.map { d in line.split(separator: Character(d), omittingEmptySubsequences: false) }
          ?? line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if let usecols { fields = try usecols.map { c in
          guard c < fields.count else { throw PyException(.value, "invalid column index \(c) at row \(lineNo + 1) with \(fields.count) columns") }
          return fields[c]
        } }
        let values = try fields.map { f -> Double in
          let s = f.trimmingCharacters(in: .whitespaces)
          guard let d = Double(s) else { throw PyException(.value, "could not convert string '\(s)' to float64 at row \(lineNo), column \(rows.first.map { _ in 1 } ?? 1).") }
          return d
        }
        if let first = rows.first, first.count != values.count {
          throw PyException(.value, "the number of columns changed from \(first.count) to \(values.count) at row \(lineNo + 1); use `usecols` to select a subset and avoid this error")
        }
        rows.append(values)
      }
      let cols = rows.first?.count ?? 0
      var shape = [rows.count, cols]
      if rows.count == 1 || cols == 1 { shape = [rows.count * cols] }
      if rows.isEmpty { shape = [0] }
      while shape.count < ndmin { shape = ndmin == 2 && rows.count > 1 ? [shape[0], 1] : [1] + shape }
      let t = Tensor(rows.flatMap { $0 }, shape: shape)
      return try NumPyConvert.wrap(dtype == .float64 ? t : t.astype(dtype), interp)
    }
  }

  /// One number through a printf-style format as Python's `%` does (`%.18e`, `%d`, `%g`, `%.3f`).
  static func formatNumber(_ fmt: String, _ s: Scalar) throws -> String {
    guard let pct = fmt.firstIndex(of: "%") else { return fmt }
    guard let convIdx = fmt[pct...].dropFirst().firstIndex(where: { "diueEfFgGxXs".contains($0) }) else {
      throw PyException(.value, "invalid fmt: \(fmt)")
    }
    let prefix = String(fmt[..<pct])
    let spec = String(fmt[pct..<convIdx])
    let conv = fmt[convIdx]
    let suffix = String(fmt[fmt.index(after: convIdx)...])
    let body: String
    switch conv {
    case "d", "i", "u": body = String(format: spec + "ld", Int(s.doubleValue))
    case "s": body = String(describing: s.doubleValue)
    default:
      if case .float(let d) = s, !d.isFinite {
        body = String(format: spec.replacingOccurrences(of: "0", with: "") + "s", d.isNaN ? "nan" : (d < 0 ? "-inf" : "inf"))
      } else {
        body = String(format: spec + String(conv), s.doubleValue)
      }
    }
    return prefix + body + suffix
  }
}

// MARK: - NpzFile

/// What `np.load('x.npz')` returns: arrays by name, `.files`, `keys()`, `items()`.
final class NpzFile: PyObject {
  let npz: NPZ
  let path: String
  init(_ npz: NPZ, path: String) { self.npz = npz; self.path = path }

  var typeName: String { "NpzFile" }
  var files: [String] { npz.names.map { $0.hasSuffix(".npy") ? String($0.dropLast(4)) : $0 } }

  func repr(_ interp: Interpreter) throws -> String { "NpzFile '\(path)' with keys: \(files.joined(separator: ", "))" }
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "files": return .list(PyList(files.map { .str($0) }))
    case "keys", "values", "items", "close":
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
    default: return nil
    }
  }
  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    switch name {
    case "keys": return .list(PyList(files.map { .str($0) }))
    case "values": return .list(PyList(try files.map { try array($0, args.interpreter) }))
    case "items": return .list(PyList(try files.map { .tuple([.str($0), try array($0, args.interpreter)]) }))
    case "close": return .none
    default: return nil
    }
  }
  func array(_ key: String, _ interp: Interpreter) throws -> Value {
    guard let a = npz[key] ?? npz[key + ".npy"] else {
      throw PyException(.key, "'\(key) is not a file in the archive'")
    }
    return try NumPyConvert.wrap(NumPyModule.tensor(a), interp)
  }
  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    guard case .str(let key) = index else { throw PyException(.key, "\(index)") }
    return try array(key, interp)
  }
  func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
    guard case .str(let key) = value else { return false }
    return files.contains(key)
  }
  func length(_ interp: Interpreter) throws -> Int? { files.count }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { ValuesIterator(files.map { .str($0) }) }
}
