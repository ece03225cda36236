// NumPy's array printing (`numpy/_core/arrayprint.py` with default options): `repr` and `str`
// of arrays and scalars, as pure functions over a shape, an element kind and an element reader.

// MARK: - Input

/// One element read for printing.
public enum PrintScalar: Equatable, Sendable {
  case bool(Bool), int(Int), double(Double)

  var double: Double {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .double(let d): return d
    }
  }
}

/// The element kinds NumPy's printer distinguishes.
public enum PrintKind: String, Sendable {
  case bool, int64, float32, float64
}

/// An array to print: shape, kind, and a reader of the element at a row-major flat index.
public struct PrintableArray {
  public var shape: [Int]
  public var kind: PrintKind
  public var element: (Int) -> PrintScalar

  public init(shape: [Int], kind: PrintKind, element: @escaping (Int) -> PrintScalar) {
    self.shape = shape; self.kind = kind; self.element = element
  }
  /// Convenience for tests: doubles (`float64`/`float32`), ints or bools in row-major order.
  public init(shape: [Int], kind: PrintKind, values: [PrintScalar]) {
    self.init(shape: shape, kind: kind) { values[$0] }
  }

  var count: Int { shape.reduce(1, *) }
}

// MARK: - Options

/// NumPy's print options (`np.get_printoptions()` defaults).
public struct PrintOptions: Sendable {
  public var precision = 8
  public var threshold = 1000
  public var edgeItems = 3
  public var lineWidth = 75
  public init() {}
}

// MARK: - Element formatters

/// Formats every element of one array with a common width (NumPy's `FloatingFormat`,
/// `IntegerFormat`, `BoolFormat` with `floatmode='maxprec'`, `sign='-'`, `suppress=False`).
struct ElementFormatter {
  private enum Mode {
    case bool(padTrue: Bool)
    case int(width: Int)
    case positional(precision: Int, padLeft: Int, padRight: Int)
    case scientific(precision: Int, padLeft: Int, expDigits: Int, padRight: Int)
    case nonFinite(padLeft: Int, padRight: Int)
  }
  private let mode: Mode
  private let float32: Bool

  init(kind: PrintKind, data: [PrintScalar], isScalarShape: Bool, options: PrintOptions) {
    float32 = kind == .float32
    switch kind {
    case .bool:
      mode = .bool(padTrue: !isScalarShape)
    case .int64:
      var width = 0
      if !data.isEmpty {
        var lo = Int.max, hi = Int.min
        for case .int(let v) in data { lo = min(lo, v); hi = max(hi, v) }
        width = max(String(hi).count, String(lo).count)
      }
      mode = .int(width: width)
    case .float32, .float64:
      mode = Self.floatMode(data.map(\.double), float32: float32, precision: options.precision)
    }
  }

  private static func floatMode(_ data: [Double], float32: Bool, precision: Int) -> Mode {
    let finite = data.filter { $0.isFinite }
    let absNonZero = finite.filter { $0 != 0 }.map { abs($0) }
    var exp = false
    if let maxV = absNonZero.max(), let minV = absNonZero.min() {
      exp = maxV >= 1e8 || minV < 0.0001 || maxV / minV > 1000
    }
    var padLeft = 0, padRight = 0
    var result: Mode
    if finite.isEmpty {
      result = .nonFinite(padLeft: 0, padRight: 0)
    } else if exp {
      let parts = finite.map { FloatText.scientificParts($0, float32: float32, precision: precision) }
      let fracLen = parts.map(\.frac.count).max() ?? 0
      let expDigits = parts.map { String(abs($0.exp)).count }.max() ?? 2
      padLeft = parts.map(\.int.count).max() ?? 1
      padRight = max(2, expDigits) + 2 + fracLen
      result = .scientific(precision: fracLen, padLeft: padLeft, expDigits: max(2, expDigits), padRight: padRight)
    } else {
      var intLen = 0, fracLen = 0
      for x in finite {
        let s = FloatText.positional(x, float32: float32, precision: precision)
        let dot = s.firstIndex(of: ".")!
        intLen = max(intLen, s.distance(from: s.startIndex, to: dot))
        fracLen = max(fracLen, s.distance(from: s.index(after: dot), to: s.endIndex))
      }
      padLeft = intLen; padRight = fracLen
      result = .positional(precision: precision, padLeft: padLeft, padRight: padRight)
    }
    if finite.count != data.count {
      let negInf = data.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset)
      switch result {
      case .nonFinite: result = .nonFinite(padLeft: padLeft, padRight: padRight)
      case .positional(let p, _, let r): result = .positional(precision: p, padLeft: padLeft, padRight: r)
      case .scientific(let p, _, let e, let r): result = .scientific(precision: p, padLeft: padLeft, expDigits: e, padRight: r)
      default: break
      }
    }
    return result
  }

  func format(_ value: PrintScalar) -> String {
    switch mode {
    case .bool(let pad):
      if case .bool(let b) = value { return b ? (pad ? " True" : "True") : "False" }
      return "\(value)"
    case .int(let width):
      let s: String
      if case .int(let i) = value { s = String(i) } else { s = String(Int(value.double)) }
      return s.count < width ? String(repeating: " ", count: width - s.count) + s : s
    case .positional(let precision, let padLeft, let padRight):
      let x = value.double
      if !x.isFinite { return nonFinite(x, padLeft: padLeft, padRight: padRight) }
      return FloatText.positional(x, float32: float32, precision: precision, padLeft: padLeft, padRight: padRight)
    case .scientific(let precision, let padLeft, let expDigits, let padRight):
      let x = value.double
      if !x.isFinite { return nonFinite(x, padLeft: padLeft, padRight: padRight) }
      let parts = FloatText.scientificParts(x, float32: float32, precision: 8)
      return FloatText.scientific(parts, minDigits: precision, padLeft: padLeft, expDigits: expDigits)
    case .nonFinite(let padLeft, let padRight):
      return nonFinite(value.double, padLeft: padLeft, padRight: padRight)
    }
  }

  private func nonFinite(_ x: Double, padLeft: Int, padRight: Int) -> String {
    let s = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
    let width = padLeft + padRight + 1
    return s.count < width ? String(repeating: " ", count: width - s.count) + s : s
  }
}

// MARK: - array2string

/// NumPy's `array2string`, `repr(array)`, `str(array)` and scalar printing.
public enum ArrayPrinter {
  /// `np.array2string(a, separator=separator, prefix=prefix, suffix=suffix)`.
  public static func arrayToString(
    _ a: PrintableArray, separator: String, prefix: String, suffix: String = "",
    options: PrintOptions = PrintOptions()
  ) -> String {
    if a.count == 0 { return "[]" }
    let lineWidth = options.lineWidth - suffix.count
    let summarise = a.count > options.threshold
    let edge = options.edgeItems
    let strides = contiguousStrides(a.shape)

    // The elements that will be shown decide the widths.
    var shown: [PrintScalar] = []
    func collect(_ axis: Int, _ base: Int) {
      if axis == a.shape.count { shown.append(a.element(base)); return }
      let n = a.shape[axis]
      let positions: [Int] = summarise && n > 2 * edge ? Array(0..<edge) + Array((n - edge)..<n) : Array(0..<n)
      for i in positions { collect(axis + 1, base + i * strides[axis]) }
    }
    collect(0, 0)
    let formatter = ElementFormatter(kind: a.kind, data: shown, isScalarShape: a.shape.isEmpty, options: options)

    let nextLinePrefix = " " + String(repeating: " ", count: prefix.count)
    let sepStripped = String(separator.reversed().drop(while: { $0 == " " }).reversed())

    func extendLine(_ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ indent: String) {
      var needsWrap = line.count + word.count > width
      if line.count <= indent.count { needsWrap = false }
      if needsWrap {
        s += String(line.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        line = indent
      }
      line += word
    }

    func recurse(_ axis: Int, _ base: Int, _ hangingIndent: String, _ currWidth: Int) -> String {
      let axesLeft = a.shape.count - axis
      if axesLeft == 0 { return formatter.format(a.element(base)) }
      let nextHanging = hangingIndent + " "
      let nextWidth = currWidth - 1
      let n = a.shape[axis]
      let showSummary = summarise && 2 * edge < n
      let leading = showSummary ? edge : 0
      let trailing = showSummary ? edge : n
      let st = strides[axis]
      var s = ""
      if axesLeft == 1 {
        let elemWidth = currWidth - max(sepStripped.count, 1)
        var line = hangingIndent
        for i in 0..<leading {
          extendLine(&s, &line, recurse(axis + 1, base + i * st, nextHanging, nextWidth), elemWidth, hangingIndent)
          line += separator
        }
        if showSummary {
          extendLine(&s, &line, "...", elemWidth, hangingIndent)
          line += separator
        }
        var i = trailing
        while i > 1 {
          extendLine(&s, &line, recurse(axis + 1, base + (n - i) * st, nextHanging, nextWidth), elemWidth, hangingIndent)
          line += separator
          i -= 1
        }
        extendLine(&s, &line, recurse(axis + 1, base + (n - 1) * st, nextHanging, nextWidth), elemWidth, hangingIndent)
        s += line
      } else {
        let lineSep = sepStripped + String(repeating: "\n", count: axesLeft - 1)
        for i in 0..<leading {
          s += hangingIndent + recurse(axis + 1, base + i * st, nextHanging, nextWidth) + lineSep
        }
        if showSummary { s += hangingIndent + "..." + lineSep }
        var i = trailing
        while i > 1 {
          s += hangingIndent + recurse(axis + 1, base + (n - i) * st, nextHanging, nextWidth) + lineSep
          i -= 1
        }
        s += hangingIndent + recurse(axis + 1, base + (n - 1) * st, nextHanging, nextWidth)
      }
      return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
    }
    return recurse(0, 0, nextLinePrefix, lineWidth)
  }

  /// `repr(a)`: `array([1., 2.])`, with `shape=` for summarised or empty multi-axis arrays and
  /// `dtype=` when the dtype is not implied (`float32`, or any empty array).
  public static func repr(_ a: PrintableArray, options: PrintOptions = PrintOptions()) -> String {
    let prefix = "array("
    let body = arrayToString(a, separator: ", ", prefix: prefix, suffix: ")", options: options)
    var extras: [String] = []
    let size = a.count
    if (size == 0 && a.shape != [0]) || size > options.threshold {
      extras.append("shape=\(shapeString(a.shape))")
    }
    if a.kind == .float32 || size == 0 { extras.append("dtype=\(a.kind.rawValue)") }
    if extras.isEmpty { return prefix + body + ")" }
    let arrStr = prefix + body + ","
    let extraStr = extras.joined(separator: ", ") + ")"
    let lastLineLen = arrStr.count - ((arrStr.lastIndex(of: "\n").map { arrStr.distance(from: arrStr.startIndex, to: $0) + 1 }) ?? 0)
    let spacer = lastLineLen + extraStr.count + 1 > options.lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return arrStr + spacer + extraStr
  }

  /// `str(a)` (what `print` shows): `[[ 6.  8.]\n [10. 12.]]`; a 0-d array prints as its scalar.
  public static func str(_ a: PrintableArray, options: PrintOptions = PrintOptions()) -> String {
    if a.shape.isEmpty { return scalarStr(a.element(0), kind: a.kind) }
    return arrayToString(a, separator: " ", prefix: "", options: options)
  }

  /// `str(np.float64(3.0))` → `3.0`; `str(np.True_)` → `True`.
  public static func scalarStr(_ value: PrintScalar, kind: PrintKind) -> String {
    switch value {
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .double(let d): return FloatText.scalarString(d, float32: kind == .float32)
    }
  }

  /// NumPy 2's scalar repr: `np.float64(3.0)`, `np.int64(5)`, `np.True_`, `np.float32(0.1)`.
  public static func scalarRepr(_ value: PrintScalar, kind: PrintKind) -> String {
    if case .bool(let b) = value { return b ? "np.True_" : "np.False_" }
    let s = scalarStr(value, kind: kind)
    if kind == .float32 || kind == .float64, case .double(let d) = value, !d.isFinite {
      return "np.\(kind.rawValue)(\(d.isNaN ? "nan" : (d < 0 ? "-inf" : "inf")))"
    }
    return "np.\(kind.rawValue)(\(s))"
  }

  /// Python's tuple spelling of a shape: `(2,)`, `(2, 3)`, `()`.
  public static func shapeString(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  static func contiguousStrides(_ shape: [Int]) -> [Int] {
    var s = [Int](repeating: 1, count: shape.count)
    var acc = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) { s[i] = acc; acc *= shape[i] }
    return s
  }
}
