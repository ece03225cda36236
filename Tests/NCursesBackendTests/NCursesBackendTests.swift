import Glibc
import Testing
import TerminalKit
@testable import NCursesBackend

@Test func keyCodesDecodeToKeys() {
  #expect(decodeKey(code: 0o403, isKeyCode: true) == .up)
  #expect(decodeKey(code: 0o523, isKeyCode: true) == .pageUp)
  #expect(decodeKey(code: 0o411, isKeyCode: true) == .function(1))
  #expect(decodeKey(code: 3, isKeyCode: false) == .control("c"))
  #expect(decodeKey(code: 18, isKeyCode: false) == .control("r"))
  #expect(decodeKey(code: 13, isKeyCode: false) == .enter)
  #expect(decodeKey(code: 9, isKeyCode: false) == .tab)
  #expect(decodeKey(code: 127, isKeyCode: false) == .backspace)
  #expect(decodeKey(code: 0x1EA1, isKeyCode: false) == .character("ạ"))
  #expect(decodeKey(code: 0xD800, isKeyCode: false) == nil)  // a lone surrogate is not a key
}

/// The real ncurses backend, headless: `newterm` on /dev/null, draw a frame with colours,
/// Vietnamese and wide text, read with a zero timeout, shut down twice.
@Test func ncursesBackendStartsDrawsAndShutsDownHeadless() throws {
  guard let out = fopen("/dev/null", "w"), let inp = fopen("/dev/null", "r") else {
    Issue.record("cannot open /dev/null")
    return
  }
  defer { fclose(out); fclose(inp) }
  let terminal = try NCursesTerminal(
    environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"], termType: "xterm-256color",
    output: out, input: inp)
  #expect(terminal.size.width > 0 && terminal.size.height > 0)
  var grid = TextGrid(size: terminal.size)
  grid.write("Học sâu 漢字", x: 0, y: 0, style: Style(foreground: .rgb(255, 0, 0), bold: true))
  grid.write("second frame", x: 0, y: 1, style: Style(background: .indexed(236)))
  terminal.draw(grid, cursor: nil)
  grid.write("changed", x: 0, y: 1)
  terminal.draw(grid, cursor: (x: 3, y: 1))
  _ = terminal.nextEvent(timeout: 0)
  terminal.shutdown()
  terminal.shutdown()
  #expect(terminal.size == ScreenSize(width: 0, height: 0))
}
