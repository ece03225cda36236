/// What a terminal can show.
public struct Capabilities: Hashable, Sendable {
  public enum ColorDepth: Int, Hashable, Sendable, Comparable {
    case none = 0, basic16 = 16, indexed256 = 256, trueColor = 16_777_216
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }
  public var colors: ColorDepth
  /// The terminal shows UTF-8 (braille, block elements, box drawing); if not, ASCII glyphs only.
  public var unicode: Bool
  public var mouse: Bool

  public init(colors: ColorDepth = .indexed256, unicode: Bool = true, mouse: Bool = true) {
    self.colors = colors
    self.unicode = unicode
    self.mouse = mouse
  }

  /// Decides from environment variables (`NO_COLOR`, `TERM`, `COLORTERM`, `LC_ALL`/`LC_CTYPE`/
  /// `LANG`), so callers and tests pass the environment in.
  public static func detect(environment: [String: String], isTTY: Bool) -> Capabilities {
    let term = environment["TERM"] ?? ""
    let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
    let utf8 = locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
    var colors: ColorDepth
    if !isTTY || term == "dumb" || environment["NO_COLOR"].map({ !$0.isEmpty }) == true {
      colors = .none
    } else if ["truecolor", "24bit"].contains(environment["COLORTERM"] ?? "") {
      colors = .trueColor
    } else if term.contains("256") || term.hasPrefix("tmux") || term.hasPrefix("screen") {
      colors = .indexed256
    } else {
      colors = .basic16
    }
    return Capabilities(colors: colors, unicode: utf8 && term != "dumb", mouse: isTTY && term != "dumb")
  }
}

/// A terminal the app draws on and reads events from. `NCursesBackend` implements it on a real
/// terminal; `TestTerminal` in memory.
public protocol Terminal: AnyObject {
  var size: ScreenSize { get }
  var capabilities: Capabilities { get }
  /// Shows `grid` (the backend draws only what changed since the last frame).
  func draw(_ grid: TextGrid, cursor: (x: Int, y: Int)?)
  /// The next input event, waiting at most `timeout` seconds (nil: wait until one arrives).
  func nextEvent(timeout: Double?) -> InputEvent?
  /// Gives the terminal back to the shell (to run `$EDITOR`); `resume()` takes it again and
  /// redraws everything on the next `draw`.
  func suspend()
  func resume()
}
