// MARK: - Colours, markers and line styles of series

/// A series colour as 8-bit RGB; converted to the 256-colour palette when rendering needs it.
public struct PlotColor: Sendable, Hashable {
  public var red: UInt8
  public var green: UInt8
  public var blue: UInt8

  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Makes a colour from a `0xRRGGBB` literal.
  public init(hex: UInt32) {
    self.init(
      red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
  }

  /// matplotlib's default colour cycle ("tab10"), so series get the colours learners expect.
  public static let cycle: [PlotColor] = [
    0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22,
    0x17BECF,
  ].map { PlotColor(hex: $0) }

  public static let blue = PlotColor(hex: 0x1F77B4)
  public static let orange = PlotColor(hex: 0xFF7F0E)
  public static let green = PlotColor(hex: 0x2CA02C)
  public static let red = PlotColor(hex: 0xD62728)
  public static let purple = PlotColor(hex: 0x9467BD)
  public static let cyan = PlotColor(hex: 0x17BECF)
  public static let magenta = PlotColor(hex: 0xE377C2)
  public static let yellow = PlotColor(hex: 0xBCBD22)
  public static let gray = PlotColor(hex: 0x7F7F7F)
  public static let white = PlotColor(hex: 0xFFFFFF)
  public static let black = PlotColor(hex: 0x000000)

  /// Relative luminance in 0…1 (Rec. 709 weights on the 8-bit values).
  public var luminance: Double {
    (0.2126 * Double(red) + 0.7152 * Double(green) + 0.0722 * Double(blue)) / 255
  }

  /// This colour as a cell colour under `colors`; nil when colours are off.
  public func cellColor(_ colors: GlyphSet.Colors) -> CellColor? {
    switch colors {
    case .none: return nil
    case .rgb: return .rgb(red, green, blue)
    case .palette256: return .indexed(Palette256.nearest(red: red, green: green, blue: blue))
    }
  }
}

/// The xterm 256-colour palette: 16 system colours, a 6×6×6 cube (16…231) and a 24-step gray
/// ramp (232…255).
public enum Palette256 {
  static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// The palette index nearest to an RGB colour (cube or gray ramp, never the system colours,
  /// whose values differ between terminals).
  public static func nearest(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    let r = Int(red), g = Int(green), b = Int(blue)
    func cubeIndex(_ v: Int) -> Int {
      if v < 48 { return 0 }
      if v < 115 { return 1 }
      return min(5, (v - 35) / 40)
    }
    let ri = cubeIndex(r), gi = cubeIndex(g), bi = cubeIndex(b)
    let cr = cubeLevels[ri], cg = cubeLevels[gi], cb = cubeLevels[bi]
    let cubeDistance = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
    // Gray ramp: 8, 18, …, 238.
    let average = (r + g + b) / 3
    let grayStep = average > 238 ? 23 : max(0, (average - 3) / 10)
    let grayLevel = 8 + 10 * grayStep
    let grayDistance =
      (grayLevel - r) * (grayLevel - r) + (grayLevel - g) * (grayLevel - g) + (grayLevel - b)
      * (grayLevel - b)
    if grayDistance < cubeDistance { return UInt8(232 + grayStep) }
    return UInt8(16 + 36 * ri + 6 * gi + bi)
  }

  /// The gray-ramp cell colour for a brightness in 0…1 (16 = black, 232…255, 231 = white).
  public static func gray(_ brightness: Double) -> UInt8 {
    let level = Int((max(0, min(1, brightness)) * 25).rounded())
    if level == 0 { return 16 }
    if level >= 25 { return 231 }
    return UInt8(231 + level)
  }
}

/// How a point is marked. Each marker has a Unicode and an ASCII character, so classes stay
/// distinguishable without colour.
public enum Marker: String, Sendable, Hashable, CaseIterable {
  /// A single sub-cell dot (matplotlib `.` and `,`).
  case point
  case circle
  case cross
  case triangle
  case square
  case plus
  case diamond
  case star
  case hollowCircle

  /// The order classes get markers in.
  public static let cycle: [Marker] = [
    .circle, .cross, .triangle, .square, .plus, .diamond, .star, .hollowCircle,
  ]

  /// The character drawn for this marker.
  public func character(unicode: Bool) -> Character {
    switch self {
    case .point: return unicode ? "•" : "."
    case .circle: return unicode ? "●" : "o"
    case .cross: return unicode ? "×" : "x"
    case .triangle: return unicode ? "▲" : "^"
    case .square: return unicode ? "■" : "#"
    case .plus: return "+"
    case .diamond: return unicode ? "◆" : "@"
    case .star: return "*"
    case .hollowCircle: return unicode ? "○" : "O"
    }
  }
}

/// How a line is stroked, in sub-cell dots. Series get styles in order, so lines differ even
/// without colour.
public enum LineStyle: String, Sendable, Hashable, CaseIterable {
  case solid
  case dashed
  case dotted
  case dashDot

  public static let cycle: [LineStyle] = [.solid, .dashed, .dotted, .dashDot]

  /// Whether the `index`-th dot along the line is drawn.
  @inlinable func draws(_ index: Int) -> Bool {
    switch self {
    case .solid: return true
    case .dashed: return index % 6 < 4
    case .dotted: return index % 2 == 0
    case .dashDot: return index % 8 < 4 || index % 8 == 6
    }
  }

  /// A two-character sample for legends in Unicode sets.
  var sample: String {
    switch self {
    case .solid: return "──"
    case .dashed: return "╌╌"
    case .dotted: return "┈┈"
    case .dashDot: return "─·"
    }
  }

  /// The character a line of this style is drawn with in the ASCII set, for series `index`.
  static let asciiCharacters: [Character] = ["*", "o", "x", "+", "#", "%", "@", "="]
}
