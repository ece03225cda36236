// MARK: - Glyph sets and terminal capabilities

/// How a figure is drawn in characters: which sub-cell dots draw lines and points, and which
/// colours may be used.
///
/// Information never rides on colour alone: with or without colours, series differ by line
/// style or marker and are named in the legend.
public struct GlyphSet: Sendable, Hashable {
  /// The characters that draw lines, boundaries and single-dot points.
  public enum Marks: String, Sendable, Hashable, CaseIterable {
    /// Braille patterns, 2×4 dots a cell (U+2800…U+28FF).
    case braille
    /// Quadrant and half blocks, 2×2 dots a cell (▘▝▀▖▌▞▛▗▚▐▜▄▙▟█).
    case quadrant
    /// Pure ASCII, one dot a cell; series differ by their character.
    case ascii
  }

  /// Which colours cells may carry. Images and heatmaps use half blocks (`▀`, two pixels a
  /// cell) when colours are available and a character ramp (` .:-=+*#%@`) when not.
  public enum Colors: String, Sendable, Hashable, CaseIterable {
    case none
    /// The xterm 256-colour palette (6×6×6 cube and 24-step grayscale ramp).
    case palette256
    /// 24-bit colour.
    case rgb
  }

  public var marks: Marks
  public var colors: Colors

  public init(marks: Marks, colors: Colors) {
    self.marks = marks
    self.colors = colors
  }

  /// Whether characters outside ASCII may be used (box drawing, blocks, braille).
  public var unicode: Bool { marks != .ascii }

  /// Braille dots with 256 colours: the richest set most terminals show well.
  public static let braille = GlyphSet(marks: .braille, colors: .palette256)
  /// Quadrant blocks with 256 colours, for fonts without braille.
  public static let quadrant = GlyphSet(marks: .quadrant, colors: .palette256)
  /// Pure ASCII, no colour: for `TERM=dumb`, logs, transcripts and non-UTF-8 locales.
  public static let ascii = GlyphSet(marks: .ascii, colors: .none)
  /// Braille dots without colour: UTF-8 but `NO_COLOR` or not a terminal.
  public static let brailleMono = GlyphSet(marks: .braille, colors: .none)

  /// Parses a user's override: `braille`, `quadrant`, `ascii`, optionally followed by
  /// `-mono`, `-256` or `-rgb` (e.g. `quadrant-mono`). Returns nil for anything else.
  public init?(name: String) {
    let parts = name.lowercased().split(separator: "-", maxSplits: 1).map(String.init)
    guard let first = parts.first, let marks = Marks(rawValue: first) else { return nil }
    var colors: Colors = marks == .ascii ? .none : .palette256
    if parts.count == 2 {
      switch parts[1] {
      case "mono", "none", "plain": colors = .none
      case "256", "palette256": colors = .palette256
      case "rgb", "truecolor", "24bit": colors = .rgb
      default: return nil
      }
    }
    self.init(marks: marks, colors: colors)
  }

  /// The set's name in the form `init(name:)` reads.
  public var name: String {
    let suffix: String
    switch colors {
    case .none: suffix = "mono"
    case .palette256: suffix = "256"
    case .rgb: suffix = "rgb"
    }
    return "\(marks.rawValue)-\(suffix)"
  }
}

/// What a terminal (or an output stream) can show, decided from the environment.
public struct TerminalCapabilities: Sendable, Hashable {
  /// Whether SGR colour escapes should be written at all.
  public var usesColor: Bool
  /// The colour depth when `usesColor`.
  public var colors: GlyphSet.Colors
  /// Whether the locale is UTF-8 (box drawing, blocks and braille can be shown).
  public var unicode: Bool
  /// A glyph set the user asked for (`HOCSAU_GLYPHS`), if any.
  public var override: GlyphSet?

  public init(
    usesColor: Bool, colors: GlyphSet.Colors, unicode: Bool, override: GlyphSet? = nil
  ) {
    self.usesColor = usesColor
    self.colors = usesColor ? colors : .none
    self.unicode = unicode
    self.override = override
  }

  /// Decides capabilities from environment variables and whether the output is a terminal.
  ///
  /// - No colour when `NO_COLOR` is set to anything non-empty, `TERM` is `dumb` or unset,
  ///   or the output is not a terminal.
  /// - 24-bit colour when `COLORTERM` is `truecolor` or `24bit`; 256 colours otherwise.
  /// - Unicode glyphs when the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set names UTF-8,
  ///   and `TERM` is not `dumb`.
  /// - `HOCSAU_GLYPHS` (`braille`, `quadrant`, `ascii`, optionally `-mono`/`-256`/`-rgb`)
  ///   overrides the choice of glyphs.
  public static func detect(environment: [String: String], isTerminal: Bool)
    -> TerminalCapabilities
  {
    let term = environment["TERM"] ?? ""
    let dumb = term == "dumb"
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let usesColor = isTerminal && !noColor && !dumb && !term.isEmpty
    let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
    let colors: GlyphSet.Colors =
      (colorTerm == "truecolor" || colorTerm == "24bit") ? .rgb : .palette256
    var locale = ""
    for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        locale = value
        break
      }
    }
    let lowered = locale.lowercased()
    let unicode = !dumb && (lowered.contains("utf-8") || lowered.contains("utf8"))
    let override = environment["HOCSAU_GLYPHS"].flatMap { GlyphSet(name: $0) }
    return TerminalCapabilities(
      usesColor: usesColor, colors: colors, unicode: unicode, override: override)
  }

  /// The glyph set to draw with: the override if any, else braille when Unicode is available
  /// and ASCII when not, with colours when the output takes them.
  public var glyphSet: GlyphSet {
    if let override {
      // An override may choose glyphs but never adds colour to an output that takes none.
      return GlyphSet(marks: override.marks, colors: usesColor ? override.colors : .none)
    }
    return GlyphSet(marks: unicode ? .braille : .ascii, colors: usesColor ? colors : .none)
  }
}
