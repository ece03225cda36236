// `conv_visualizer(image, kernel, stride=1, padding=0)` and `classic_kernels()`: the MiniPy side
// of the convolution visualizer (chapter 04). The walkthrough itself is `Plot.ConvWalkthrough`;
// the interactive view is TerminalUI's.

import MiniPy
import Plot

/// Installs the convolution visualizer's builtins into a session.
///
/// - `conv_visualizer(image, kernel, stride=1, padding=0)`: `image` and `kernel` are 2-D
///   array-likes (nested lists or tuples, or arrays). With a sink, the walkthrough is handed to
///   it (the notebook shows "press v to open"); without one (`hocsau run`, pipes) the first six
///   steps are printed through the interpreter's output. Returns `None`.
/// - `classic_kernels()`: a dict, kernel name → 3×3 list of lists (the book's Fig 7.16, Gaussian
///   blur and Sobel x/y), in gallery order.
///
/// Bad arguments raise MiniPy exceptions that say what was wrong (a colour image, a ragged list,
/// a negative padding, …); nothing here crashes or prints on its own.
public enum ConvVisualizerBinding {
  /// Largest input the visualizer accepts, in pixels (1000×1000).
  public static let maxInputPixels = 1_000_000
  /// Largest amount of arithmetic (output positions × kernel entries) the walkthrough computes.
  public static let maxMultiplyAdds = 50_000_000
  /// Outputs with more rows or columns than this are summarised, not printed, in text mode.
  public static let maxPrintedOutputSide = 12
  /// Steps printed in text mode.
  public static let textStepCount = 6

  public static func install(in interpreter: Interpreter, sink: ((ConvWalkthrough) -> Void)?) {
    interpreter.setBuiltin(
      "conv_visualizer",
      .builtin(
        BuiltinFunction(
          name: "conv_visualizer",
          doc: "conv_visualizer(image, kernel, stride=1, padding=0): step through a convolution"
        ) { [unowned interpreter] args in
          let walk = try walkthrough(args)
          if let sink {
            sink(walk)
          } else {
            interpreter.output(text(walk) + "\n")
          }
          return .none
        }))
    interpreter.setBuiltin(
      "classic_kernels",
      .builtin(
        BuiltinFunction(
          name: "classic_kernels",
          doc: "classic_kernels(): dict of the classic 3×3 kernels, name → list of rows"
        ) { args in
          try args.expectPositional(max: 0)
          try args.expectKeywords([])
          return classicKernelsDict()
        }))
  }

  // MARK: - Arguments

  /// Builds the walkthrough for a `conv_visualizer(...)` call, or throws a learner-facing error.
  static func walkthrough(_ args: Arguments) throws -> ConvWalkthrough {
    var args = args
    args.functionName = "conv_visualizer"
    try args.expectPositional(min: 0, max: 4)
    try args.expectKeywords(["image", "kernel", "stride", "padding"])
    let interp = args.interpreter
    let image = try matrix(try args.required(0, "image"), interp, role: "image")
    let kernel = try matrix(try args.required(1, "kernel"), interp, role: "kernel")
    let stride = try integer(try args.value(2, "stride"), interp, name: "stride", default: 1)
    let padding = try integer(try args.value(3, "padding"), interp, name: "padding", default: 0)
    guard stride >= 1 else {
      throw PyException(.value, "conv_visualizer(): stride must be 1 or more, got \(stride)")
    }
    guard padding >= 0 else {
      throw PyException(.value, "conv_visualizer(): padding must be 0 or more, got \(padding)")
    }
    let rows = image.count, columns = image[0].count
    guard padding <= 64, rows + 2 * padding <= 4096, columns + 2 * padding <= 4096 else {
      throw PyException(
        .value, "conv_visualizer(): padding \(padding) is too large for the visualizer (at most 64)")
    }
    guard rows * columns <= maxInputPixels else {
      throw PyException(
        .value,
        "conv_visualizer(): the image is \(rows)×\(columns), too large for the visualizer (at most \(maxInputPixels) pixels)",
        hint: "crop it (img[:200, :200]) or take every n-th pixel (img[::4, ::4])")
    }
    let outRows = max(0, (rows + 2 * padding - kernel.count) / stride + 1)
    let outColumns = max(0, (columns + 2 * padding - kernel[0].count) / stride + 1)
    guard outRows * outColumns * kernel.count * kernel[0].count <= maxMultiplyAdds else {
      throw PyException(
        .value,
        "conv_visualizer(): a \(kernel.count)×\(kernel[0].count) kernel over a \(rows)×\(columns) image is too much arithmetic to show",
        hint: "use a smaller image or kernel")
    }
    do {
      return try ConvWalkthrough(image: image, kernel: kernel, stride: stride, padding: padding)
    } catch let error as ConvWalkthrough.InputError {
      throw PyException(.value, "conv_visualizer(): \(error.description)")
    }
  }

  /// `value` as rows of numbers. Accepts nested lists/tuples and anything iterable whose items
  /// are numbers (arrays iterate over their rows). Refuses 1-D, 3-D (colour images), ragged and
  /// non-numeric input, naming `role` ("image", "kernel").
  static func matrix(_ value: Value, _ interp: Interpreter, role: String) throws -> [[Double]] {
    let what = "conv_visualizer(): the \(role)"
    let shapeNote = try shapeDescription(value, interp)
    guard let rowValues = try items(value, interp) else {
      throw PyException(
        .type, "\(what) must be a 2-D array of numbers (a list of rows), not \(value.typeName)")
    }
    guard !rowValues.isEmpty else {
      throw PyException(.value, "\(what) is empty: give a 2-D array of numbers (rows × columns)")
    }
    var rows: [[Double]] = []
    rows.reserveCapacity(rowValues.count)
    for (r, rowValue) in rowValues.enumerated() {
      guard let cells = try items(rowValue, interp) else {
        throw PyException(
          .value,
          "\(what) has 1 dimension\(shapeNote); it needs 2 (rows × columns)",
          hint: role == "kernel" ? "write a kernel as a list of rows: [[1, 0], [0, -1]]" : "reshape it, e.g. x.reshape(1, -1) for one row")
      }
      var row: [Double] = []
      row.reserveCapacity(cells.count)
      for (c, cell) in cells.enumerated() {
        if try items(cell, interp) != nil {
          if role == "image" {
            throw PyException(
              .value,
              "\(what) has 3 dimensions\(shapeNote), like a colour image; the visualizer needs a grayscale (2-D) image",
              hint: "convert it to grayscale first: 0.299 * img[:, :, 0] + 0.587 * img[:, :, 1] + 0.114 * img[:, :, 2]")
          }
          throw PyException(.value, "\(what) has more than 2 dimensions\(shapeNote); it must be 2-D (rows × columns)")
        }
        row.append(try number(cell, interp, what: "\(what)'s element [\(r)][\(c)]"))
      }
      rows.append(row)
    }
    let width = rows[0].count
    guard width > 0 else {
      throw PyException(.value, "\(what) has empty rows: give a 2-D array of numbers (rows × columns)")
    }
    if let bad = rows.firstIndex(where: { $0.count != width }) {
      throw PyException(
        .value, "\(what)'s row \(bad) has \(rows[bad].count) numbers but row 0 has \(width): every row must have the same length")
    }
    return rows
  }

  /// The items of a list, tuple or iterable host object (an array's rows); nil for scalars.
  private static func items(_ value: Value, _ interp: Interpreter) throws -> [Value]? {
    switch value {
    case .list(let list): return list.items
    case .tuple(let items): return items
    case .object(let object):
      // Arrays have a length and iterate over their first axis; NumPy scalars and 0-d arrays
      // have no length.
      guard let count = try? object.length(interp), count >= 0 else { return nil }
      return try interp.iterate(value)
    default: return nil
    }
  }

  private static func number(_ value: Value, _ interp: Interpreter, what: String) throws -> Double {
    switch value {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .bool(let b): return b ? 1 : 0
    case .object(let object):
      if let d = try object.asDouble(interp) { return d }
    default: break
    }
    throw PyException(.type, "\(what) must be a number, not \(value.typeName)")
  }

  /// " (shape (85, 128, 3))" for host arrays that have a `shape`, else "".
  private static func shapeDescription(_ value: Value, _ interp: Interpreter) throws -> String {
    guard case .object(let object) = value,
      let shape = try? object.getAttribute("shape", interp), case .tuple(let dims) = shape
    else { return "" }
    let parts = dims.map { d -> String in
      if case .int(let i) = d { return String(i) }
      return "?"
    }
    return " (shape (\(parts.joined(separator: ", "))\(parts.count == 1 ? "," : "")))"
  }

  private static func integer(_ value: Value?, _ interp: Interpreter, name: String, default d: Int) throws -> Int {
    guard let value, !value.isNone else { return d }
    switch value {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .float(let f):
      throw PyException(.type, "conv_visualizer(): \(name) must be a whole number, not the float \(f)")
    case .object(let object):
      if let i = object.asIndex() { return i }
    default: break
    }
    throw PyException(.type, "conv_visualizer(): \(name) must be a whole number, not \(value.typeName)")
  }

  // MARK: - Text mode

  /// What `conv_visualizer` prints without an interactive view: the first steps, and the output
  /// (summarised when it has more than `maxPrintedOutputSide` rows or columns).
  public static func text(_ walk: ConvWalkthrough, ascii: Bool = false) -> String {
    walk.textSteps(textStepCount, ascii: ascii, maxPrintedSide: maxPrintedOutputSide)
  }

  // MARK: - classic_kernels()

  static func classicKernelsDict() -> Value {
    let dict = PyDict()
    for (name, kernel) in ClassicKernels.all {
      let rows = kernel.map { row in Value.list(PyList(row.map { number(for: $0) })) }
      dict.set(name, .list(PyList(rows)))
    }
    return .dict(dict)
  }

  /// Whole numbers as `int` (as the book prints the kernels), others as `float`.
  private static func number(for x: Double) -> Value {
    x == x.rounded() && abs(x) < 1e15 ? .int(Int(x)) : .float(x)
  }
}
