import Testing

@testable import Plot

// MARK: - Canvas, text output, capabilities

@Test func plainTextTrimsTrailingSpacesAndJoinsRows() {
  var canvas = Canvas(width: 5, height: 2)
  canvas.write("ab", x: 1, y: 0)
  canvas.write("toolong", x: 3, y: 1)  // clipped at the right edge
  #expect(canvas.plainText() == " ab\n   to")
  #expect(Canvas(width: 0, height: 0).plainText() == "")
  #expect(Canvas(width: -3, height: 2).width == 0)
}

@Test func ansiTextEmitsSgrOnlyWhereTheStyleChanges() {
  var canvas = Canvas(width: 4, height: 1)
  canvas[0, 0] = CanvasCell("X", foreground: .indexed(196), bold: true)
  canvas[1, 0] = CanvasCell("Y", foreground: .indexed(196), bold: true)
  canvas[2, 0] = CanvasCell("Z", background: .rgb(1, 2, 3))
  #expect(canvas.ansiText() == "\u{1B}[0;1;38;5;196mXY\u{1B}[0;48;2;1;2;3mZ\u{1B}[0m")
  var plain = Canvas(width: 3, height: 1)
  plain.write("ok", x: 0, y: 0)
  #expect(plain.ansiText() == "ok")  // no escapes for unstyled cells
}

@Test func readingAndWritingOutsideTheCanvasIsHarmless() {
  var canvas = Canvas(width: 2, height: 2)
  canvas[5, 5] = CanvasCell("x")
  canvas[-1, 0] = CanvasCell("x")
  #expect(canvas[5, 5] == .blank)
  canvas.blit(Canvas(width: 4, height: 4, fill: CanvasCell("#")), x: 1, y: 1)
  #expect(canvas.plainText() == "\n #")
}

@Test func palette256NearestColours() {
  #expect(Palette256.nearest(red: 255, green: 0, blue: 0) == 196)
  #expect(Palette256.nearest(red: 0, green: 0, blue: 0) == 16)
  #expect(Palette256.nearest(red: 255, green: 255, blue: 255) == 231)
  // Mid gray: the gray ramp's 128 (232 + 12) is exact; the cube's nearest is 135 away.
  #expect(Palette256.nearest(red: 128, green: 128, blue: 128) == 244)
  #expect(Palette256.gray(0) == 16 && Palette256.gray(1) == 231)
}

@Test func capabilitiesFollowTheEnvironment() {
  let utf8Term = ["TERM": "xterm-256color", "LANG": "en_US.UTF-8"]
  #expect(TerminalCapabilities.detect(environment: utf8Term, isTerminal: true).glyphSet == .braille)
  // NO_COLOR: Unicode glyphs, no colour.
  var env = utf8Term
  env["NO_COLOR"] = "1"
  #expect(TerminalCapabilities.detect(environment: env, isTerminal: true).glyphSet == .brailleMono)
  // An empty NO_COLOR does not count (no-color.org).
  env["NO_COLOR"] = ""
  #expect(TerminalCapabilities.detect(environment: env, isTerminal: true).glyphSet == .braille)
  // Not a terminal: no colour.
  #expect(TerminalCapabilities.detect(environment: utf8Term, isTerminal: false).glyphSet
    == .brailleMono)
  // TERM=dumb: plain ASCII.
  #expect(TerminalCapabilities.detect(
    environment: ["TERM": "dumb", "LANG": "en_US.UTF-8"], isTerminal: true).glyphSet == .ascii)
  // A non-UTF-8 locale: ASCII glyphs, colours kept; LC_ALL wins over LANG.
  let latin = TerminalCapabilities.detect(
    environment: ["TERM": "xterm", "LC_ALL": "C", "LANG": "en_US.UTF-8"], isTerminal: true)
  #expect(latin.glyphSet == GlyphSet(marks: .ascii, colors: .palette256))
  // 24-bit colour.
  let truecolor = TerminalCapabilities.detect(
    environment: ["TERM": "xterm", "COLORTERM": "truecolor", "LC_CTYPE": "C.utf8"],
    isTerminal: true)
  #expect(truecolor.glyphSet == GlyphSet(marks: .braille, colors: .rgb))
  // The user's override picks glyphs but never adds colour where there is none.
  env = utf8Term
  env["HOCSAU_GLYPHS"] = "quadrant"
  #expect(TerminalCapabilities.detect(environment: env, isTerminal: true).glyphSet == .quadrant)
  #expect(TerminalCapabilities.detect(environment: env, isTerminal: false).glyphSet
    == GlyphSet(marks: .quadrant, colors: .none))
}

@Test func glyphSetNamesRoundTrip() {
  for marks in GlyphSet.Marks.allCases {
    for colors in GlyphSet.Colors.allCases {
      let set = GlyphSet(marks: marks, colors: colors)
      #expect(GlyphSet(name: set.name) == set)
    }
  }
  #expect(GlyphSet(name: "ascii") == .ascii)
  #expect(GlyphSet(name: "braille") == .braille)
  #expect(GlyphSet(name: "sixel") == nil)
  #expect(GlyphSet(name: "braille-16") == nil)
}
