// `plt`'s argument conversions: array-like values to numbers, matplotlib's format strings,
// colour names, colour-map names and legend locations.

import MiniPy
import Plot
import TensorCore

// MARK: - Array-like values

/// A MiniPy array-like value flattened to `Double`s, row-major, with its shape.
struct PltArray {
  var values: [Double]
  var shape: [Int]

  var count: Int { values.count }
  var rank: Int { shape.count }

  /// Column `j` of a 2-D array.
  func column(_ j: Int) -> [Double] {
    let columns = shape[1]
    return stride(from: j, to: values.count, by: columns).map { values[$0] }
  }
}

enum PltValues {
  /// Converts a number, a (nested) list or tuple, or an array object to numbers and a shape.
  /// `None` becomes NaN (a gap), as matplotlib masks it. NumPy arrays are read in one call;
  /// other array-like objects are iterated.
  static func array(_ value: Value, _ interp: Interpreter, what: String) throws -> PltArray {
    var values: [Double] = []
    let shape = try flatten(value, interp, what: what, into: &values, depth: 0)
    return PltArray(values: values, shape: shape)
  }

  /// Like `array` but flattened to one dimension.
  static func vector(_ value: Value, _ interp: Interpreter, what: String) throws -> [Double] {
    try array(value, interp, what: what).values
  }

  private static func flatten(
    _ value: Value, _ interp: Interpreter, what: String, into values: inout [Double], depth: Int
  ) throws -> [Int] {
    guard depth < 8 else {
      throw PyException(.value, "\(what): arrays of more than 8 dimensions cannot be plotted")
    }
    switch value {
    case .int(let i):
      values.append(Double(i))
      return []
    case .float(let d):
      values.append(d)
      return []
    case .bool(let b):
      values.append(b ? 1 : 0)
      return []
    case .none:
      values.append(.nan)
      return []
    case .list(let list): return try flattenItems(list.items, interp, what: what, into: &values, depth: depth)
    case .tuple(let items): return try flattenItems(items, interp, what: what, into: &values, depth: depth)
    case .object(let array as NDArray):
      let tensor = array.tensor
      values += tensor.scalars(as: Double.self)
      return tensor.shape
    case .object(let object):
      // Other arrays iterate over their first axis; a 0-d array (or a NumPy scalar) converts.
      var iterator: (any PyIterator)? = nil
      do { iterator = try object.makeIterator(interp) } catch { iterator = nil }
      if let iterator {
        var items: [Value] = []
        while let item = try iterator.next() { items.append(item) }
        return try flattenItems(items, interp, what: what, into: &values, depth: depth)
      }
      if let d = try object.asDouble(interp) {
        values.append(d)
        return []
      }
      throw PyException(.type, "\(what): expected numbers or an array, got \(value.typeName)")
    default:
      throw PyException(.type, "\(what): expected numbers or an array, got \(value.typeName)")
    }
  }

  private static func flattenItems(
    _ items: [Value], _ interp: Interpreter, what: String, into values: inout [Double], depth: Int
  ) throws -> [Int] {
    var inner: [Int]? = nil
    for item in items {
      let shape = try flatten(item, interp, what: what, into: &values, depth: depth + 1)
      if let inner, inner != shape {
        throw PyException(
          .shape,
          "\(what): rows of different lengths (\(describe(inner)) and \(describe(shape))) cannot be plotted")
      }
      inner = shape
    }
    return [items.count] + (inner ?? [])
  }

  static func describe(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// Whether a value is data (not a format string).
  static func isData(_ value: Value) -> Bool {
    if case .str = value { return false }
    return true
  }

  /// Items of a list or tuple of strings, or nil when the value is something else.
  static func strings(_ value: Value, _ interp: Interpreter) -> [String]? {
    let items: [Value]
    switch value {
    case .list(let list): items = list.items
    case .tuple(let tuple): items = tuple
    default: return nil
    }
    var out: [String] = []
    for item in items {
      guard case .str(let s) = item else { return nil }
      out.append(s)
    }
    return out
  }
}

// MARK: - Format strings ('r', 'g--', 'bo', 'k-')

/// What a matplotlib format string asks for.
struct FormatSpec: Equatable {
  var color: PlotColor?
  var marker: Marker?
  var lineStyle: LineStyle?

  /// Markers without a line style draw no line (`'o'`, `'bx'`).
  var markersOnly: Bool { marker != nil && lineStyle == nil }

  /// Parses `[color][marker][line]` in any order, as matplotlib does.
  static func parse(_ text: String) throws -> FormatSpec {
    var spec = FormatSpec()
    let characters = Array(text)
    var i = 0
    func fail(_ message: String) -> PyException {
      PyException(.value, "plot(): \(message) in format string '\(text)'")
    }
    while i < characters.count {
      let c = characters[i]
      let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
      if c == "-" && next == "-" {
        spec.lineStyle = .dashed
        i += 2
      } else if c == "-" && next == "." {
        spec.lineStyle = .dashDot
        i += 2
      } else if c == "-" {
        spec.lineStyle = .solid
        i += 1
      } else if c == ":" {
        spec.lineStyle = .dotted
        i += 1
      } else if c == "C", let next, let digit = next.wholeNumberValue {
        if spec.color != nil { throw fail("two colour symbols") }
        spec.color = PlotColor.cycle[digit % PlotColor.cycle.count]
        i += 2
      } else if let color = PltColors.letters[c] {
        if spec.color != nil { throw fail("two colour symbols") }
        spec.color = color
        i += 1
      } else if let marker = PltColors.markers[c] {
        if spec.marker != nil { throw fail("two marker symbols") }
        spec.marker = marker
        i += 1
      } else {
        throw fail("unrecognized character '\(c)'")
      }
    }
    return spec
  }
}

// MARK: - Colours, colour maps, legend locations

enum PltColors {
  /// Single-letter colours. Black (`'k'`) is drawn light gray: terminals are mostly dark,
  /// where black would vanish.
  static let letters: [Character: PlotColor] = [
    "b": .blue, "g": .green, "r": .red, "c": .cyan, "m": .magenta, "y": .yellow,
    "k": PlotColor(hex: 0xBCBCBC), "w": .white,
  ]

  static let markers: [Character: Marker] = [
    ".": .point, ",": .point, "o": .circle, "v": .triangle, "^": .triangle, "<": .triangle,
    ">": .triangle, "1": .triangle, "2": .triangle, "3": .triangle, "4": .triangle,
    "8": .hollowCircle, "s": .square, "p": .diamond, "P": .plus, "*": .star, "h": .diamond,
    "H": .diamond, "+": .plus, "x": .cross, "X": .cross, "D": .diamond, "d": .diamond,
    "|": .plus, "_": .plus,
  ]

  static let names: [String: PlotColor] = [
    "blue": .blue, "green": .green, "red": .red, "cyan": .cyan, "magenta": .magenta,
    "yellow": PlotColor(hex: 0xFFD700), "black": PlotColor(hex: 0xBCBCBC), "white": .white,
    "orange": .orange, "purple": .purple, "gray": .gray, "grey": .gray,
    "brown": PlotColor(hex: 0x8C564B), "pink": PlotColor(hex: 0xFFC0CB),
    "olive": PlotColor(hex: 0x808000), "navy": PlotColor(hex: 0x000080),
    "lime": PlotColor(hex: 0x00FF00), "teal": PlotColor(hex: 0x008080),
    "darkblue": PlotColor(hex: 0x00008B), "darkred": PlotColor(hex: 0x8B0000),
    "darkgreen": PlotColor(hex: 0x006400), "lightblue": PlotColor(hex: 0xADD8E6),
    "gold": PlotColor(hex: 0xFFD700), "violet": PlotColor(hex: 0xEE82EE),
    "tab:blue": PlotColor.cycle[0], "tab:orange": PlotColor.cycle[1],
    "tab:green": PlotColor.cycle[2], "tab:red": PlotColor.cycle[3],
    "tab:purple": PlotColor.cycle[4], "tab:brown": PlotColor.cycle[5],
    "tab:pink": PlotColor.cycle[6], "tab:gray": PlotColor.cycle[7],
    "tab:olive": PlotColor.cycle[8], "tab:cyan": PlotColor.cycle[9],
  ]

  /// A colour from a name (`'red'`, `'r'`, `'C1'`, `'#ff8800'`, `'0.5'` gray) or an RGB(A)
  /// tuple of 0…1 values; nil for `'none'`. Throws for anything else.
  static func color(_ value: Value, _ interp: Interpreter, what: String) throws -> PlotColor? {
    switch value {
    case .str(let raw):
      let name = raw.lowercased()
      if name == "none" { return nil }
      if raw.count == 1, let c = letters[raw.first!] { return c }
      if let c = names[name] { return c }
      if raw.count == 2, raw.first == "C", let digit = raw.last?.wholeNumberValue {
        return PlotColor.cycle[digit % PlotColor.cycle.count]
      }
      if raw.hasPrefix("#"), raw.count == 7, let hex = UInt32(raw.dropFirst(), radix: 16) {
        return PlotColor(hex: hex)
      }
      if let gray = Double(raw), gray >= 0, gray <= 1 {
        let level = UInt8((gray * 255).rounded())
        return PlotColor(red: level, green: level, blue: level)
      }
      throw PyException(.value, "\(what): '\(raw)' is not a colour MiniPy knows",
        hint: "use a name like 'red', a letter like 'r', 'C0'…'C9' or '#rrggbb'")
    case .tuple, .list:
      let parts = try PltValues.vector(value, interp, what: what)
      guard parts.count == 3 || parts.count == 4 else {
        throw PyException(.value, "\(what): an RGB colour needs 3 or 4 numbers, got \(parts.count)")
      }
      func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v * 255).rounded()))) }
      return PlotColor(red: byte(parts[0]), green: byte(parts[1]), blue: byte(parts[2]))
    default:
      throw PyException(.type, "\(what): expected a colour name or an RGB tuple, got \(value.typeName)")
    }
  }

  /// matplotlib colour-map names → ours. Perceptual maps share viridis's look.
  static func colormap(_ name: String) throws -> Colormap {
    switch name {
    case "gray", "grey", "Greys_r": return .gray
    case "binary", "gray_r", "grey_r", "Greys", "binary_r": return name == "binary_r" ? .gray : .binary
    case "viridis", "plasma", "inferno", "magma", "cividis", "jet", "rainbow", "turbo": return .viridis
    case "hot", "afmhot", "gist_heat": return .hot
    case "coolwarm", "bwr", "RdBu_r", "seismic": return .coolwarm
    default:
      throw PyException(.value, "cmap='\(name)' is not available in MiniPy",
        hint: "use 'gray', 'binary', 'viridis', 'hot' or 'coolwarm'")
    }
  }

  /// matplotlib's legend `loc` names and codes → a corner of the plot area.
  static func legendPlacement(_ value: Value) throws -> LegendPlacement {
    switch value {
    case .int(let code):
      let byCode: [LegendPlacement] = [
        .best, .upperRight, .upperLeft, .lowerLeft, .lowerRight, .upperRight, .upperLeft,
        .upperRight, .lowerRight, .upperRight, .best,
      ]
      guard code >= 0, code < byCode.count else {
        throw PyException(.value, "legend(): loc=\(code) is not a location code (0…10)")
      }
      return byCode[code]
    case .str(let name):
      switch name {
      case "best", "center": return .best
      case "upper right", "right", "center right", "upper center": return .upperRight
      case "upper left", "center left": return .upperLeft
      case "lower left": return .lowerLeft
      case "lower right", "lower center": return .lowerRight
      default:
        throw PyException(.value, "legend(): '\(name)' is not a valid value for loc",
          hint: "use 'best', 'upper right', 'upper left', 'lower left' or 'lower right'")
      }
    default:
      throw PyException(.type, "legend(): loc must be a string or an int, not \(value.typeName)")
    }
  }
}
