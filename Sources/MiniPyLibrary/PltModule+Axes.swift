// Object-style `plt`: the axes and figures that `subplots()`, `subplot()` and `figure()`
// return, whose methods draw into their own chart.

import MiniPy
import Plot

// MARK: - Axes

/// One chart of a figure (`ax` in `fig, ax = plt.subplots()`).
final class AxesObject: PyObject {
  let functions: PltFunctions
  let figure: FigureBuilder
  let slot: Int

  init(functions: PltFunctions, figure: FigureBuilder, slot: Int) {
    self.functions = functions
    self.figure = figure
    self.slot = slot
  }

  var typeName: String { "Axes" }

  /// Axes methods and the `plt` function each one is.
  static let methods: [String: String] = [
    "plot": "plot", "scatter": "scatter", "imshow": "imshow", "hist": "hist", "bar": "bar",
    "contour": "contour", "contourf": "contourf", "legend": "legend", "grid": "grid",
    "axis": "axis", "semilogy": "semilogy", "set_title": "title", "set_xlabel": "xlabel",
    "set_ylabel": "ylabel", "set_xlim": "xlim", "set_ylim": "ylim", "get_xlim": "xlim",
    "get_ylim": "ylim", "set_yscale": "yscale", "set_xscale": "xscale", "cla": "cla",
    "set_xticks": "xticks", "set_yticks": "yticks", "set_xticklabels": "xticks",
    "set_yticklabels": "yticks", "set_aspect": "xticks", "tick_params": "xticks",
    "margins": "margins", "axhline": "axhline", "axvline": "axvline",
  ]

  var attributeNames: [String] { Self.methods.keys.sorted() }

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    guard let function = Self.methods[name], let body = functions.table[function] else {
      throw PyException(.notSupported, "not supported in MiniPy: Axes.\(name)")
    }
    return try functions.on(figure, slot: slot) { try body(args) }
  }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    guard Self.methods[name] != nil else { return nil }
    return .builtin(
      BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
  }

  func repr(_ interp: Interpreter) throws -> String { "<Axes: chart \(slot + 1)>" }
  func hashKey() -> Int? { ObjectIdentifier(self).hashValue }
}

// MARK: - A grid of axes

/// The `axes` of `fig, axes = plt.subplots(rows, cols)`: `axes[i]`, `axes[i, j]`, `axes.flat`,
/// `axes.flatten()`, iteration over the first axis.
final class AxesArray: PyObject {
  let axes: [AxesObject]
  /// The shape: (rows, columns), or (n,) when rows or columns is 1.
  let shape: [Int]

  init(axes: [AxesObject], rows: Int, columns: Int) {
    self.axes = axes
    shape = rows == 1 || columns == 1 ? [rows * columns] : [rows, columns]
  }

  private init(axes: [AxesObject], shape: [Int]) {
    self.axes = axes
    self.shape = shape
  }

  var typeName: String { "ndarray" }

  private func index(_ value: Value, size: Int, _ interp: Interpreter) throws -> Int {
    var i = try interp.toInt(value)
    if i < 0 { i += size }
    guard i >= 0, i < size else {
      throw PyException(.index, "index \(try interp.toInt(value)) is out of bounds for axis 0 with size \(size)")
    }
    return i
  }

  /// Row `i` of a 2-D grid, or axes `i` of a 1-D one.
  private func item(_ i: Int) -> Value {
    if shape.count == 1 { return .object(axes[i]) }
    let columns = shape[1]
    return .object(AxesArray(axes: Array(axes[(i * columns)..<((i + 1) * columns)]), shape: [columns]))
  }

  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    if case .tuple(let parts) = index {
      guard parts.count == shape.count, parts.count == 2 else {
        throw PyException(.index, "too many indices for an array of axes with \(shape.count) dimension(s)")
      }
      let i = try self.index(parts[0], size: shape[0], interp)
      let j = try self.index(parts[1], size: shape[1], interp)
      return .object(axes[i * shape[1] + j])
    }
    return item(try self.index(index, size: shape[0], interp))
  }

  func length(_ interp: Interpreter) throws -> Int? { shape[0] }

  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? {
    ValuesIterator((0..<shape[0]).map(item))
  }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    switch name {
    case "flat": return .list(PyList(axes.map { .object($0) }))
    case "shape": return .tuple(shape.map { .int($0) })
    case "size": return .int(axes.count)
    case "ndim": return .int(shape.count)
    case "flatten", "ravel":
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] _ in
        .object(AxesArray(axes: self.axes, shape: [self.axes.count]))
      })
    default: return nil
    }
  }

  var attributeNames: [String] { ["flat", "flatten", "ravel", "shape", "size", "ndim"] }
  func repr(_ interp: Interpreter) throws -> String {
    "<array of \(axes.count) Axes, shape \(PltValues.describe(shape))>"
  }
}

// MARK: - Figure

/// A figure handle (`fig = plt.figure()`, `fig, ax = plt.subplots()`).
final class FigureObject: PyObject {
  let functions: PltFunctions
  let figure: FigureBuilder

  init(functions: PltFunctions, figure: FigureBuilder) {
    self.functions = functions
    self.figure = figure
  }

  var typeName: String { "Figure" }
  var attributeNames: [String] {
    ["add_subplot", "suptitle", "colorbar", "tight_layout", "subplots_adjust", "show",
     "set_size_inches", "gca"]
  }

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    switch name {
    case "add_subplot":
      return try functions.on(figure, slot: figure.current) {
        let axes = try functions.subplot(args)
        return axes
      }
    case "suptitle":
      return try functions.on(figure, slot: figure.current) { try functions.suptitle(args) }
    case "colorbar":
      return try functions.on(figure, slot: figure.current) { try functions.colorbar(args) }
    case "gca":
      return .object(AxesObject(functions: functions, figure: figure, slot: figure.current))
    case "show":
      return try functions.show(args)
    case "tight_layout", "subplots_adjust", "set_size_inches", "set_figwidth", "set_figheight":
      return Value.none
    case "savefig":
      throw PyException(.notSupported, "not supported in MiniPy: savefig (figures are drawn as text)")
    default:
      throw PyException(.notSupported, "not supported in MiniPy: Figure.\(name)")
    }
  }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    guard attributeNames.contains(name) || name == "savefig" else { return nil }
    return .builtin(
      BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
  }

  func repr(_ interp: Interpreter) throws -> String {
    "<Figure with \(figure.rows)×\(figure.columns) charts>"
  }
  func hashKey() -> Int? { ObjectIdentifier(self).hashValue }
}
