import Plot
import Testing
import TerminalKit
@testable import TerminalUI

private let bookX: [[Double]] = [
  [1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0],
]
private let bookW: [[Double]] = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
private let size = ScreenSize(width: 100, height: 30)

private func visualizer() throws -> ConvVisualizerState {
  ConvVisualizerState(walk: try ConvWalkthrough(image: bookX, kernel: bookW))
}

@Test func startPosition() throws {
  let state = try visualizer()
  let screen = state.render(size: size, monochrome: true)
  #expect(screen.text.contains("output[0][0] = 1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 4"))
  #expect(screen.text.contains("step 1/9"))
  expectGolden(screen.text, named: "conv-start")
}

@Test func stepsFillTheOutputInReadingOrder() throws {
  var state = try visualizer()
  for _ in 0..<4 { _ = state.update(.character(" ")) }
  #expect(state.currentCell == (1, 1))
  let screen = state.render(size: size, monochrome: true)
  #expect(screen.text.contains("output[1][1] ="))
  #expect(screen.text.contains("= 4"))
  expectGolden(screen.text, named: "conv-after-4-steps")
  // Arrows move the window; the output cell follows.
  _ = state.update(.right)
  _ = state.update(.down)
  #expect(state.currentCell == (2, 2))
  _ = state.update(.up)
  _ = state.update(.character("h"))
  #expect(state.currentCell == (1, 1))
}

@Test func paddingAndStrideResizeTheOutput() throws {
  var state = try visualizer()
  _ = state.update(.character("a"))  // padding 1
  #expect(state.walk.outputRows == 5)
  _ = state.update(.character("s"))  // stride 2
  #expect(state.walk.output == [[2, 3, 1], [1, 4, 3], [0, 2, 1]])
  let screen = state.render(size: size, monochrome: true)
  #expect(screen.text.contains("(5 − 3 + 2·1)/2 + 1 = 3"))
  expectGolden(screen.text, named: "conv-padding1-stride2")
  _ = state.update(.character("S"))
  _ = state.update(.character("S"))
  #expect(state.message?.contains("already 1") == true)
  _ = state.update(.character("A"))
  _ = state.update(.character("A"))
  #expect(state.message?.contains("already 0") == true)
}

@Test func impossibleCombinationIsExplained() throws {
  var state = ConvVisualizerState(walk: try ConvWalkthrough(image: [[1, 2], [3, 4]], kernel: [[1]]))
  // Cycle to a 3×3 classic kernel: it does not fit in 2×2 without padding.
  _ = state.update(.character("k"))
  #expect(!state.hasOutput)
  let screen = state.render(size: size, monochrome: true)
  #expect(screen.text.contains("does not fit in the 2×2 padded input"))
  _ = state.update(.character("a"))
  #expect(state.hasOutput && state.walk.outputRows == 2)
}

@Test func editingTheKernelInPlace() throws {
  var state = try visualizer()
  _ = state.update(.character("e"))
  _ = state.update(.backspace)
  _ = state.update(.character("-"))
  _ = state.update(.character("2"))
  _ = state.update(.enter)  // commits -2 at [0][0], moves to [0][1]
  _ = state.update(.character("1"))  // "01"
  _ = state.update(.escape)
  #expect(state.walk.kernel[0] == [-2, 1, 1])
  let expected: Double = -2 + 1 + 1 + 1 + 1  // 1·(−2) + 1·1 + 1·1 + x22·1 + x31·0 …
  #expect(state.walk.output[0][0] == expected)
  let screen = state.render(size: size, monochrome: true)
  #expect(screen.text.contains("output[0][0] = 1×(−2) + 1×1"))
  expectGolden(screen.text, named: "conv-edited-kernel")
  // A bad number is refused and the old value kept.
  _ = state.update(.character("e"))
  _ = state.update(.character("."))
  _ = state.update(.character("."))
  _ = state.update(.escape)
  #expect(state.walk.kernel[0][0] == -2)
}

@Test func kernelGalleryCycles() throws {
  var state = try visualizer()
  _ = state.update(.character("k"))
  #expect(state.kernelName == "identity")
  #expect(state.walk.output == [[1, 1, 1], [0, 1, 1], [0, 1, 1]])
  for _ in 0..<4 { _ = state.update(.character("k")) }
  #expect(state.kernelName == "sharpen")
  #expect(state.walk.output == [[3, 1, 3], [-2, 2, 1], [-2, 2, 3]])
}

@Test func playRunsToTheEndThroughTheTerminalLoop() throws {
  let terminal = TestTerminal(size: size)
  terminal.send(.key(.character("p")))
  // The test terminal has no more events: each wait times out, which ticks the animation; the
  // loop returns once playing stops at the last position and input has run dry.
  let final = runConvVisualizer(try visualizer(), on: terminal)
  #expect(final.position == 8)
  #expect(final.revealed.count == 9)
  #expect(!final.playing)
  #expect(terminal.text.contains("done: all 9 output cells computed"))
}

@Test func largeImageShowsShadedPixelsAndZoomedWindowNumbers() throws {
  let image = (0..<40).map { r in (0..<60).map { c in Double((r * 7 + c * 3) % 256) } }
  var state = ConvVisualizerState(walk: try ConvWalkthrough(image: image, kernel: ClassicKernels.all[7].kernel))
  for _ in 0..<5 { _ = state.update(.character(" ")) }
  let screen = state.render(size: size, monochrome: true)
  #expect(screen.text.contains("Window"))
  #expect(screen.text.contains("Input 40×60"))
  #expect(screen.text.contains("Output 38×58"))
  let (r, c) = state.currentCell
  #expect(screen.text.contains("output[\(r)][\(c)] ="))
  expectGolden(screen.text, named: "conv-large-image")
}

@Test func smallWindowGetsAMessage() throws {
  let screen = try visualizer().render(size: ScreenSize(width: 30, height: 8))
  #expect(screen.text.hasPrefix("Window too small"))
}
