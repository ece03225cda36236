/// A colour for one character cell. `.default` is the terminal's own foreground or background.
public enum Color: Hashable, Sendable {
  case `default`
  /// One of the 256 xterm colours (0–15 are the terminal's palette).
  case indexed(UInt8)
  case rgb(UInt8, UInt8, UInt8)

  // The eight basic colours, by their xterm index.
  public static let black = Color.indexed(0)
  public static let red = Color.indexed(1)
  public static let green = Color.indexed(2)
  public static let yellow = Color.indexed(3)
  public static let blue = Color.indexed(4)
  public static let magenta = Color.indexed(5)
  public static let cyan = Color.indexed(6)
  public static let white = Color.indexed(7)
  public static let brightBlack = Color.indexed(8)

  /// The nearest of the 256 xterm colours (for terminals without true colour).
  public var indexed256: UInt8? {
    switch self {
    case .default: return nil
    case .indexed(let i): return i
    case .rgb(let r, let g, let b):
      if r == g && g == b {  // the 24-step gray ramp, or black/white ends of the cube
        if r < 8 { return 16 }
        if r > 248 { return 231 }
        return UInt8(232 + min(23, (Int(r) - 3) / 10))  // ramp value is 8 + 10·i
      }
      func step(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
      return UInt8(16 + 36 * step(r) + 6 * step(g) + step(b))
    }
  }
}

/// How a cell is drawn: colours and attributes. Meaning never rides on colour alone; `bold`,
/// `reverse` and `underline` survive `NO_COLOR`.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var dim: Bool
  public var underline: Bool
  public var reverse: Bool

  public init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false,
    dim: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  public static let plain = Style()
  public static let bold = Style(bold: true)
  public static let dim = Style(dim: true)
  public static let reverse = Style(reverse: true)

  /// The same style without colours, for `NO_COLOR` and monochrome terminals.
  public var monochrome: Style {
    Style(bold: bold, dim: dim, underline: underline, reverse: reverse)
  }
}
