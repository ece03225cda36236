import CNcurses
import Glibc
import TerminalKit

/// A `Terminal` on a real terminal through ncurses (wide-character build).
///
/// Only this target calls ncurses. Create one, draw frames, read events, and call `shutdown()`
/// before exiting (fatal signals restore the terminal on their own).
public final class NCursesTerminal: Terminal {
  public private(set) var capabilities: Capabilities
  private var screen: OpaquePointer?
  private var window: UnsafeMutablePointer<WINDOW>?
  private var previous: TextGrid?
  private var isShutDown = false
  private let useColor: Bool
  private var pasteOutput: UnsafeMutablePointer<FILE>?

  /// Starts ncurses. With `termType`/files given, uses `newterm` on them (for headless tests);
  /// otherwise the process's terminal.
  public init(
    environment: [String: String], termType: String? = nil,
    output: UnsafeMutablePointer<FILE>? = nil, input: UnsafeMutablePointer<FILE>? = nil
  ) throws {
    setlocale(LC_ALL, "")
    saveTerminalState()
    let out = output ?? hocsau_stdout()
    let inp = input ?? hocsau_stdin()
    screen = termType.withOptionalCString { newterm($0, out, inp) }
    guard let screen else {
      restoreTerminalState()
      throw TerminalError(message: "cannot start the terminal (TERM=\(environment["TERM"] ?? "unset")); try TERM=xterm-256color")
    }
    set_term(screen)
    window = hocsau_stdscr()
    installRestoreHandlers()
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    let isTTY = isatty(fileno(out)) != 0 || termType != nil
    var caps = Capabilities.detect(environment: environment, isTTY: isTTY)
    if has_colors() && caps.colors != .none {
      start_color()
      use_default_colors()
      caps.colors = hocsau_colors() >= 256 ? max(.indexed256, min(caps.colors, .indexed256)) : .basic16
    } else {
      caps.colors = .none
    }
    useColor = caps.colors != .none
    if caps.mouse {
      mousemask(hocsau_all_mouse_events(), nil)
      mouseinterval(0)
    }
    capabilities = caps
    // Ask for bracketed paste, so pasted code is not auto-indented line by line.
    fputs("\u{1b}[?2004h", out)
    fflush(out)
    pasteOutput = out
  }

  deinit { shutdown() }

  /// Restores the terminal. Safe to call more than once.
  public func shutdown() {
    guard !isShutDown else { return }
    isShutDown = true
    if let out = pasteOutput {
      fputs("\u{1b}[?2004l", out)
      fflush(out)
    }
    endwin()
    if let screen { delscreen(screen) }
    screen = nil
    removeRestoreHandlers()
    restoreTerminalState()
  }

  public var size: ScreenSize {
    guard !isShutDown else { return ScreenSize(width: 0, height: 0) }
    return ScreenSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  public func suspend() {
    guard !isShutDown else { return }
    def_prog_mode()
    endwin()
    restoreTerminalState()
  }

  public func resume() {
    guard !isShutDown else { return }
    reset_prog_mode()
    previous = nil
    refresh()
  }

  // MARK: - Drawing

  public func draw(_ grid: TextGrid, cursor: (x: Int, y: Int)?) {
    guard !isShutDown, let window else { return }
    let full = previous == nil || previous!.size != grid.size
    if full { werase(window) }
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        if cell.isContinuation { continue }
        if !full, let p = previous, p[x, y] == cell { continue }
        put(cell, x: x, y: y)
      }
    }
    previous = grid
    if let cursor {
      curs_set(1)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    var attrs = hocsau_a_normal()
    let style = cell.style
    if style.bold { attrs |= hocsau_a_bold() }
    if style.dim { attrs |= hocsau_a_dim() }
    if style.underline { attrs |= hocsau_a_underline() }
    if style.reverse { attrs |= hocsau_a_reverse() }
    var pair: Int32 = 0
    if useColor, style.foreground != .default || style.background != .default {
      pair = alloc_pair(colorNumber(style.foreground), colorNumber(style.background))
      if pair < 0 { pair = 0 }
    }
    // Base character plus up to four combining marks, as ncurses' cchar_t holds.
    var wchars = [wchar_t](cell.character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
    wchars.append(0)
    var cch = cchar_t()
    var extPair = pair
    _ = wchars.withUnsafeBufferPointer { buf in
      setcchar(&cch, buf.baseAddress, attrs, Int16(truncatingIfNeeded: min(pair, 32767)), &extPair)
    }
    mvwadd_wch(window, Int32(y), Int32(x), &cch)
  }

  private func colorNumber(_ color: Color) -> Int32 {
    switch color {
    case .default: return -1
    case .indexed(let i):
      return hocsau_colors() >= 256 ? Int32(i) : Int32(i % 8)
    case .rgb:
      let i = color.indexed256 ?? 7
      return hocsau_colors() >= 256 ? Int32(i) : Int32(Self.basicColor(for: color))
    }
  }

  /// The nearest of the 8 basic colours, for terminals without 256 colours.
  private static func basicColor(for color: Color) -> Int {
    guard case .rgb(let r, let g, let b) = color else { return 7 }
    return (r > 127 ? 1 : 0) | (g > 127 ? 2 : 0) | (b > 127 ? 4 : 0)
  }

  // MARK: - Input

  public func nextEvent(timeout: Double?) -> InputEvent? {
    guard !isShutDown, let window else { return nil }
    wtimeout(window, timeout.map { Int32(max(0, $0 * 1000)) } ?? -1)
    var ch: wint_t = 0
    let rc = wget_wch(window, &ch)
    if rc == hocsau_err() { return nil }
    let isKeyCode = rc == KEY_CODE_YES
    if isKeyCode && Int32(ch) == hocsau_key_resize() {
      previous = nil
      return .resize(size)
    }
    if isKeyCode && Int32(ch) == hocsau_key_mouse() {
      var event = MEVENT()
      guard getmouse(&event) == hocsau_ok() else { return nil }
      let x = Int(event.x), y = Int(event.y)
      if event.bstate & hocsau_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
      if event.bstate & hocsau_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
      if event.bstate & hocsau_button1_clicked() != 0 { return .mouse(MouseEvent(.press, x: x, y: y)) }
      return nil
    }
    if !isKeyCode && ch == 27 {
      // Bracketed paste (ESC [200~ … ESC [201~), Alt-Enter / Shift-Enter, or a lone Esc.
      wtimeout(window, 0)
      var next: wint_t = 0
      if wget_wch(window, &next) == hocsau_ok() {
        if next == 13 || next == 10 { return .key(.shiftEnter) }
        if next == 91, let pasted = readBracketedPaste() { return .paste(pasted) }
        ungetch(Int32(next))
      }
      return .key(.escape)
    }
    return decodeKey(code: UInt32(ch), isKeyCode: isKeyCode).map { .key($0) }
  }
}

extension NCursesTerminal {
  /// After `ESC [`: reads `200~`, then the pasted text up to `ESC [201~`. Returns nil (having
  /// consumed only what it read) when the sequence is something else.
  fileprivate func readBracketedPaste() -> String? {
    guard let window = hocsau_stdscr() else { return nil }
    var ch: wint_t = 0
    for expected in "200~".unicodeScalars {
      guard wget_wch(window, &ch) == hocsau_ok(), ch == expected.value else { return nil }
    }
    var scalars: [UInt32] = []
    wtimeout(window, 200)
    while wget_wch(window, &ch) != hocsau_err() {
      scalars.append(UInt32(ch))
      let end: [UInt32] = [27, 91, 50, 48, 49, 126]  // ESC [201~
      if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
        scalars.removeLast(end.count)
        break
      }
    }
    var text = ""
    for v in scalars {
      if v == 13 { text.append("\n") } else if let s = Unicode.Scalar(v) { text.unicodeScalars.append(s) }
    }
    return text
  }
}

/// The terminal could not be started.
public struct TerminalError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

extension Optional where Wrapped == String {
  fileprivate func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
    switch self {
    case .some(let s): return s.withCString { body($0) }
    case .none: return body(nil)
    }
  }
}
