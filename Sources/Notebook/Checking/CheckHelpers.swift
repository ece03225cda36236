import Foundation
import MiniPy

// MARK: - The helpers check blocks call

/// Installs `expect_close`, `expect_shape`, `expect_decreasing` and `expect_accuracy` as
/// builtins. Each raises `AssertionError` with a message saying what was expected and what was
/// found; a wrong kind of argument (a string where numbers belong) is also an assertion
/// failure, because it is the learner's value that is wrong, not the check.
public enum CheckHelpers {
  public static let names = ["expect_close", "expect_shape", "expect_decreasing", "expect_accuracy"]

  public static func install(in interpreter: Interpreter) {
    interpreter.setBuiltin("expect_close", .builtin(BuiltinFunction(name: "expect_close") { args in
      try args.expectPositional(min: 2, max: 4)
      try args.expectKeywords(["actual", "expected", "rtol", "atol"])
      try expectClose(
        try args.required(0, "actual"), try args.required(1, "expected"),
        rtol: try args.double(2, "rtol", default: 1e-5), atol: try args.double(3, "atol", default: 1e-8),
        interpreter: args.interpreter)
      return .none
    }))
    interpreter.setBuiltin("expect_shape", .builtin(BuiltinFunction(name: "expect_shape") { args in
      try args.expectPositional(min: 2, max: 2)
      try expectShape(try args.required(0, "a"), try args.required(1, "shape"), interpreter: args.interpreter)
      return .none
    }))
    interpreter.setBuiltin("expect_decreasing", .builtin(BuiltinFunction(name: "expect_decreasing") { args in
      try args.expectPositional(min: 1, max: 2)
      try args.expectKeywords(["losses", "strict"])
      try expectDecreasing(
        try args.required(0, "losses"), strict: try args.bool(1, "strict", default: false),
        interpreter: args.interpreter)
      return .none
    }))
    interpreter.setBuiltin("expect_accuracy", .builtin(BuiltinFunction(name: "expect_accuracy") { args in
      try args.expectPositional(min: 4, max: 4)
      try args.expectKeywords(["model", "x", "y", "at_least"])
      try expectAccuracy(
        try args.required(0, "model"), x: try args.required(1, "x"), y: try args.required(2, "y"),
        atLeast: try args.double(3, "at_least"), interpreter: args.interpreter)
      return .none
    }))
  }

  static func fail(_ message: String) -> PyException { PyException(.assertion, message) }

  // MARK: - expect_close

  /// Passes when `actual` has `expected`'s shape (a scalar `expected` broadcasts) and
  /// `|actual − expected| ≤ atol + rtol·|expected|` everywhere (NumPy's `allclose`, with
  /// `expected` as the reference); equal infinities match, NaN never does.
  static func expectClose(_ actual: Value, _ expected: Value, rtol: Double, atol: Double, interpreter: Interpreter) throws {
    let want = try numbers(expected, interpreter, what: "the expected value")
    let got = try numbers(actual, interpreter, what: "your value", expecting: want)
    var reference = want
    if want.shape != got.shape {
      guard want.count == 1 && want.shape.isEmpty else {
        throw fail("expected shape \(shapeText(want.shape)), got shape \(shapeText(got.shape)) (value \(got.summary))")
      }
      reference = NumericArray(shape: got.shape, values: Array(repeating: want.values[0], count: got.count))
    }
    var bad: [Int] = []
    for i in 0..<got.count where !isClose(got.values[i], reference.values[i], rtol: rtol, atol: atol) {
      bad.append(i)
    }
    guard let first = bad.first else { return }
    let tolerance = atol + rtol * abs(reference.values[first])
    let tol = "within \(short(tolerance)): rtol=\(short(rtol)), atol=\(short(atol))"
    if got.shape.isEmpty {
      throw fail("expected \(number(reference.values[0])), got \(number(got.values[0])) (\(tol))")
    }
    var message =
      "\(bad.count) of \(got.count) values differ; at index \(indexText(first, shape: got.shape)): "
      + "expected \(number(reference.values[first])), got \(number(got.values[first])) (\(tol))"
    if got.count <= 10 { message += "\nexpected \(reference.summary)\ngot      \(got.summary)" }
    throw fail(message)
  }

  static func isClose(_ a: Double, _ b: Double, rtol: Double, atol: Double) -> Bool {
    if a == b { return true }
    if !a.isFinite || !b.isFinite { return false }
    return abs(a - b) <= atol + rtol * abs(b)
  }

  // MARK: - expect_shape

  static func expectShape(_ value: Value, _ shape: Value, interpreter: Interpreter) throws {
    let wanted: [Int]
    switch shape {
    case .int(let n): wanted = [n]
    case .tuple(let items): wanted = try items.map { try interpreter.toInt($0, what: "a dimension of the shape") }
    case .list(let list): wanted = try list.items.map { try interpreter.toInt($0, what: "a dimension of the shape") }
    default: throw PyException(.type, "expect_shape(): the shape must be a tuple of ints, got \(shape.typeName)")
    }
    let got = try numbers(value, interpreter, what: "your value")
    if got.shape != wanted {
      throw fail("expected shape \(shapeText(wanted)), got shape \(shapeText(got.shape))")
    }
  }

  // MARK: - expect_decreasing

  static func expectDecreasing(_ losses: Value, strict: Bool, interpreter: Interpreter) throws {
    let values = try numbers(losses, interpreter, what: "the losses").values
    guard values.count >= 2 else {
      throw fail("expected at least 2 losses to see them decrease, got \(values.count)")
    }
    for (i, v) in values.enumerated() where v.isNaN {
      throw fail("loss \(i) is nan: training diverged (try a smaller learning rate)")
    }
    for i in 1..<values.count {
      let ok = strict ? values[i] < values[i - 1] : values[i] <= values[i - 1]
      if !ok {
        throw fail(
          "expected the losses to \(strict ? "strictly " : "")decrease, but loss \(i) (\(number(values[i]))) "
            + "is \(values[i] == values[i - 1] ? "equal to" : "larger than") loss \(i - 1) (\(number(values[i - 1])))")
      }
    }
  }

  // MARK: - expect_accuracy

  static func expectAccuracy(_ model: Value, x: Value, y: Value, atLeast: Double, interpreter: Interpreter) throws {
    let predictions: Value
    if let predict = try? HostBridge.attribute(model, "predict", interpreter) {
      predictions = try HostBridge.call(predict, [x], interpreter)
    } else {
      predictions = try HostBridge.call(model, [x], interpreter)
    }
    let predicted = try classes(try numbers(predictions, interpreter, what: "the predictions"))
    let truth = try classes(try numbers(y, interpreter, what: "the labels"))
    guard predicted.count == truth.count else {
      throw fail("expected \(truth.count) predictions (one per label), got \(predicted.count)")
    }
    guard !truth.isEmpty else { throw fail("expected some labels, got none") }
    let correct = zip(predicted, truth).filter { $0 == $1 }.count
    let accuracy = Double(correct) / Double(truth.count)
    if accuracy < atLeast {
      throw fail(
        "accuracy \(number(accuracy)) (\(correct) of \(truth.count) correct) is below the required \(number(atLeast))")
    }
  }

  /// Predictions or labels as class numbers: rows of scores (k > 1 columns) by argmax;
  /// integer values as they are; other values thresholded at 0.5.
  static func classes(_ array: NumericArray) throws -> [Int] {
    if array.shape.count == 2 && array.shape[1] > 1 {
      let k = array.shape[1]
      return (0..<array.shape[0]).map { row in
        let slice = array.values[(row * k)..<(row * k + k)]
        return slice.indices.max { slice[$0] < slice[$1] }! - row * k
      }
    }
    if array.values.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }) {
      return array.values.map { Int($0) }
    }
    return array.values.map { $0 >= 0.5 ? 1 : 0 }
  }
}

// MARK: - Numbers out of MiniPy values

/// A value as a flat row-major array of doubles with its shape (`[]` for a scalar).
struct NumericArray: Equatable {
  var shape: [Int]
  var values: [Double]
  var count: Int { values.count }

  /// `[1.0, 2.0]`-style text for small arrays, `array of shape (…)` otherwise.
  var summary: String {
    if shape.isEmpty { return number(values.first ?? .nan) }
    if values.count > 10 { return "array of shape \(shapeText(shape))" }
    func nest(_ dims: ArraySlice<Int>, _ offset: Int) -> String {
      guard let first = dims.first else { return number(values[offset]) }
      let stride = dims.dropFirst().reduce(1, *)
      return "[" + (0..<first).map { nest(dims.dropFirst(), offset + $0 * stride) }.joined(separator: ", ") + "]"
    }
    return nest(shape[...], 0)
  }
}

extension CheckHelpers {
  /// Converts numbers, bools, nested lists/tuples and array objects (anything iterable with a
  /// `shape`, or convertible to a float) to a `NumericArray`.
  static func numbers(_ value: Value, _ interpreter: Interpreter, what: String, expecting: NumericArray? = nil) throws
    -> NumericArray
  {
    switch value {
    case .none:
      let wanted = expecting.map { " (expected \($0.summary))" } ?? ""
      throw fail("\(what) is None\(wanted): did the function forget to return a value?")
    case .bool(let b): return NumericArray(shape: [], values: [b ? 1 : 0])
    case .int(let i): return NumericArray(shape: [], values: [Double(i)])
    case .float(let d): return NumericArray(shape: [], values: [d])
    case .list(let list): return try stack(list.items, interpreter, what: what)
    case .tuple(let items): return try stack(items, interpreter, what: what)
    case .object:
      if let shapeValue = try? HostBridge.attribute(value, "shape", interpreter), case .tuple(let dims) = shapeValue {
        let shape = try dims.map { try interpreter.toInt($0, what: "a dimension") }
        if shape.isEmpty {
          return NumericArray(shape: [], values: [try interpreter.toDouble(value, what: what)])
        }
        let rows = try interpreter.iterate(value)
        let inner = try stack(rows, interpreter, what: what)
        return NumericArray(shape: shape, values: inner.values)
      }
      if let d = try? interpreter.toDouble(value, what: what) { return NumericArray(shape: [], values: [d]) }
      throw fail("\(what) should be a number or an array, got \(value.typeName)")
    default:
      throw fail("\(what) should be a number or an array, got \(value.typeName)")
    }
  }

  static func stack(_ items: [Value], _ interpreter: Interpreter, what: String) throws -> NumericArray {
    var shape: [Int]? = nil
    var values: [Double] = []
    for item in items {
      let inner = try numbers(item, interpreter, what: what)
      if let shape, shape != inner.shape {
        throw fail("\(what) is ragged: it mixes items of shape \(shapeText(shape)) and \(shapeText(inner.shape))")
      }
      shape = inner.shape
      values += inner.values
    }
    return NumericArray(shape: [items.count] + (shape ?? []), values: values)
  }
}

// MARK: - Formatting like Python

/// A float as Python prints it (`6.0`, `0.1`, `1e-05`, `nan`, `inf`).
func number(_ d: Double) -> String {
  if d.isNaN { return "nan" }
  if d.isInfinite { return d > 0 ? "inf" : "-inf" }
  if d == d.rounded() && abs(d) < 1e16 { return String(format: "%.1f", d) }
  var text = "\(d)"
  // Swift writes 1e-05 as "1e-05" like Python; keep as is.
  if text.hasSuffix(".0") && text.contains("e") { text = text.replacingOccurrences(of: ".0e", with: "e") }
  return text
}

/// A tolerance with 6 significant digits (`1.25`, `1.001e-05`, `0`).
func short(_ d: Double) -> String { d.isNaN ? "nan" : String(format: "%g", d) }

/// `(2, 3)`, `(4,)`, `()` as Python prints shapes.
func shapeText(_ shape: [Int]) -> String {
  shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

/// The multi-index of flat index `flat` in `shape`, as `(1, 2)` (or `3` for 1-D).
func indexText(_ flat: Int, shape: [Int]) -> String {
  var rest = flat
  var index: [Int] = []
  for dim in shape.reversed() {
    index.append(rest % max(dim, 1))
    rest /= max(dim, 1)
  }
  index.reverse()
  return index.count == 1 ? "\(index[0])" : "(" + index.map(String.init).joined(separator: ", ") + ")"
}
