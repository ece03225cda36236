import Testing
@testable import TerminalKit

@Test func writeClipsAtTheRightEdge() {
  var g = TextGrid(size: ScreenSize(width: 5, height: 2))
  let end = g.write("hello world", x: 2, y: 0)
  #expect(end == 5)
  #expect(g.text == "  hel\n")
}

@Test func writeOutsideTheGridIsIgnored() {
  var g = TextGrid(size: ScreenSize(width: 3, height: 1))
  g.write("abc", x: -1, y: 0)
  g.write("zzz", x: 0, y: 5)
  g[-1, -1] = Cell("x")
  #expect(g.text == "bc")
}

@Test func vietnameseTakesOneColumnPerLetterPrecomposedOrCombining() {
  let nfc = "Học sâu"  // precomposed
  let nfd = "Ho\u{0323}c sa\u{0302}u"  // o + dot below, a + circumflex
  #expect(TextWidth.of(nfc) == 7)
  #expect(TextWidth.of(nfd) == 7)
  var g = TextGrid(size: ScreenSize(width: 10, height: 1))
  let end = g.write(nfd, x: 0, y: 0)
  #expect(end == 7)
  #expect(g.line(0).hasPrefix("Ho\u{0323}c sa\u{0302}u"))
}

@Test func wideCharactersTakeTwoColumnsAndAreNotSplit() {
  var g = TextGrid(size: ScreenSize(width: 5, height: 1))
  let end = g.write("漢字漢", x: 0, y: 0)
  #expect(end == 4)  // the third would need columns 4 and 5
  #expect(g.text == "漢字")
  #expect(g[1, 0].isContinuation)
}

@Test func blitAndFillClip() {
  var big = TextGrid(size: ScreenSize(width: 4, height: 3))
  var small = TextGrid(size: ScreenSize(width: 3, height: 2), fill: Cell("#"))
  small.write("ab", x: 0, y: 1)
  big.blit(small, x: 2, y: 2)
  #expect(big.text == "\n\n  ##")
  big.fill(x: -5, y: 0, width: 6, height: 1, with: Cell("."))
  #expect(big.line(0) == ".   ")
}

@Test func capabilitiesFollowTheEnvironment() {
  let tty = Capabilities.detect(environment: ["TERM": "xterm-256color", "LANG": "en_US.UTF-8"], isTTY: true)
  #expect(tty.colors == .indexed256 && tty.unicode)
  let noColor = Capabilities.detect(
    environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"], isTTY: true)
  #expect(noColor.colors == .none && noColor.unicode)
  let dumb = Capabilities.detect(environment: ["TERM": "dumb", "LANG": "C.UTF-8"], isTTY: true)
  #expect(dumb.colors == .none && !dumb.unicode)
  let pipe = Capabilities.detect(environment: ["TERM": "xterm", "LANG": "C"], isTTY: false)
  #expect(pipe.colors == .none && !pipe.unicode)
}

@Test func rgbMapsToTheNearestXtermColour() {
  #expect(Color.rgb(255, 0, 0).indexed256 == 196)
  #expect(Color.rgb(0, 0, 0).indexed256 == 16)
  #expect(Color.rgb(128, 128, 128).indexed256 == 244)
  #expect(Color.indexed(7).indexed256 == 7)
}

@Test func testTerminalQueuesTypedKeysInOrder() {
  let t = TestTerminal()
  t.type("a\n")
  #expect(t.nextEvent(timeout: 0) == .key(.character("a")))
  #expect(t.nextEvent(timeout: 0) == .key(.enter))
  #expect(t.nextEvent(timeout: 0) == nil)
}
