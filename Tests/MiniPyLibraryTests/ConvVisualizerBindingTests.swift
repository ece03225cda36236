import Foundation
import MiniPy
import Testing

@testable import MiniPyLibrary

// The book's 5×5 example (chapter 7, §7.2.1) as MiniPy source.
private let bookX = "[[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]]"
private let bookW = "[[1, 0, 1], [0, 1, 0], [1, 0, 1]]"

/// An interpreter with the binding installed (text mode when `sink` is nil), and what it printed.
private final class Session {
  let interpreter = Interpreter()
  var printed = ""
  var walks: [(image: [[Double]], kernel: [[Double]], stride: Int, padding: Int, output: [[Double]])] = []

  init(withSink: Bool) {
    interpreter.output = { [unowned self] in self.printed += $0 }
    StandardLibrary.install(in: interpreter)
    if withSink {
      ConvVisualizerBinding.install(in: interpreter) { [unowned self] walk in
        self.walks.append((walk.image, walk.kernel, walk.stride, walk.padding, walk.output))
      }
    } else {
      ConvVisualizerBinding.install(in: interpreter, sink: nil)
    }
  }

  func run(_ source: String) throws(Diagnostic) {
    _ = try interpreter.run(source: source, fileName: "<test>")
  }

  /// The diagnostic `source` raises (fails the test if it runs).
  func error(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    do {
      try run(source)
      Issue.record("expected an error from: \(source)", sourceLocation: sourceLocation)
      return nil
    } catch {
      return error
    }
  }
}

@Suite struct ConvVisualizerBindingTests {
  // MARK: - Text mode

  // The expected text is what chapters/tools/run_with_cpython.py's independent NumPy stub prints
  // for `conv_visualizer(X, W)` on the book's example; the output is the book's Y (§7.2.1).
  @Test func textModePrintsTheBooksNumbers() throws {
    let s = Session(withSink: false)
    try s.run("conv_visualizer(\(bookX), \(bookW))")
    #expect(
      s.printed == """
        Convolution of a 5×5 input with a 3×3 kernel, stride 1, padding 0
        Output size: rows (5 − 3 + 2·0)/1 + 1 = 3, columns (5 − 3 + 2·0)/1 + 1 = 3
        step 1/9, output[0][0]: 1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 4
        step 2/9, output[0][1]: 1×1 + 1×0 + 0×1 + 1×0 + 1×1 + 1×0 + 0×1 + 1×0 + 1×1 = 3
        step 3/9, output[0][2]: 1×1 + 0×0 + 0×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 1×1 = 4
        step 4/9, output[1][0]: 0×1 + 1×0 + 1×1 + 0×0 + 0×1 + 1×0 + 0×1 + 0×0 + 1×1 = 2
        step 5/9, output[1][1]: 1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 1×0 + 1×1 = 4
        step 6/9, output[1][2]: 1×1 + 1×0 + 0×1 + 1×0 + 1×1 + 1×0 + 1×1 + 1×0 + 0×1 = 3
        … 3 more steps
        Output:
          4 3 4
          2 4 3
          2 3 4

        """)
  }

  // Book Fig 7.15 (padding 1, stride 2 → 3×3); values from the syllabus, computed with NumPy.
  @Test func textModeWithPaddingAndStride() throws {
    let s = Session(withSink: false)
    try s.run("X = \(bookX)\nconv_visualizer(X, \(bookW), stride=2, padding=1)")
    #expect(s.printed.hasPrefix("Convolution of a 5×5 input with a 3×3 kernel, stride 2, padding 1\n"))
    #expect(s.printed.contains("Output size: rows (5 − 3 + 2·1)/2 + 1 = 3, columns (5 − 3 + 2·1)/2 + 1 = 3\n"))
    #expect(s.printed.hasSuffix("Output:\n  2 3 1\n  1 4 3\n  0 2 1\n"))
  }

  // m = 6, k = 3, p = 0, s = 2: the book's formula gives 2.5; the output has ⌊2.5⌋ = 2 rows.
  @Test func textModeShowsTheFloorWhenTheStrideDoesNotDivide() throws {
    let s = Session(withSink: false)
    try s.run("conv_visualizer([[float(6 * r + c) for c in range(6)] for r in range(6)], \(bookW), 2, 0)")
    #expect(s.printed.contains("rows ⌊(6 − 3 + 2·0)/2⌋ + 1 = 2"))
    // Windows at rows/columns 0–2 and 2–4 of 0…35: 0+2+7+12+14 = 35, 2+4+9+14+16 = 45, …
    #expect(s.printed.hasSuffix("Output:\n   35  45\n   95 105\n"))
  }

  @Test func aKernelThatDoesNotFitIsExplainedNotAnError() throws {
    let s = Session(withSink: false)
    try s.run("conv_visualizer([[1, 2], [3, 4]], \(bookW))")
    #expect(s.printed.contains("No output: the 3×3 kernel does not fit in the 2×2 padded input"))
  }

  @Test func largeOutputsAreSummarised() throws {
    let s = Session(withSink: false)
    // 20×20 ramp 0…399 with the identity kernel and padding 1: output = input, 0…399.
    try s.run("conv_visualizer([[20 * r + c for c in range(20)] for r in range(20)], classic_kernels()['identity'], padding=1)")
    #expect(s.printed.contains("step 6/400, output[0][5]: "))
    #expect(s.printed.hasSuffix("Output: 20×20, values from 0 to 399 (too many to print)\n"))
    #expect(!s.printed.contains("Output:\n"))
  }

  // MARK: - Sink

  @Test func theSinkReceivesTheWalkthroughAndNothingIsPrinted() throws {
    let s = Session(withSink: true)
    try s.run("X = \(bookX)\nr = conv_visualizer(X, kernel=\(bookW), padding=1)\nassert r == None")
    #expect(s.printed.isEmpty)
    try #require(s.walks.count == 1)
    let w = s.walks[0]
    #expect(w.image[0] == [1, 1, 1, 0, 0] && w.image.count == 5)
    #expect(w.kernel == [[1, 0, 1], [0, 1, 0], [1, 0, 1]])
    #expect(w.stride == 1 && w.padding == 1)
    // §7.2.2, padding 1 (syllabus, computed with NumPy).
    #expect(
      w.output == [[2, 2, 3, 1, 1], [1, 4, 3, 4, 1], [1, 2, 4, 3, 3], [1, 2, 3, 4, 1], [0, 2, 2, 1, 1]])
  }

  @Test func tuplesFloatsAndBoolsAreNumbers() throws {
    let s = Session(withSink: true)
    try s.run("conv_visualizer(((0.5, True), (False, -2)), [[2]], 1, 0)")
    try #require(s.walks.count == 1)
    #expect(s.walks[0].image == [[0.5, 1], [0, -2]])
    #expect(s.walks[0].output == [[1, 2], [0, -4]])
  }

  // MARK: - Arrays

  @Test func numpyArraysAndTheirSlicesWork() throws {
    let s = Session(withSink: true)
    try s.run(
      """
      import numpy as np
      X = np.array(\(bookX))
      W = np.array(\(bookW), dtype=np.float32)
      conv_visualizer(X, W)
      conv_visualizer(np.pad(X, 1)[::2, ::2], W[1:, 1:], stride=X[0, 0], padding=0)
      """)
    try #require(s.walks.count == 2)
    #expect(s.walks[0].output == [[4, 3, 4], [2, 4, 3], [2, 3, 4]])
    // np.pad(X, 1)[::2, ::2] = [[0,0,0,0],[0,1,1,0],[0,0,1,0],[0,0,0,0]]; kernel [[1,0],[0,1]].
    #expect(s.walks[1].image == [[0, 0, 0, 0], [0, 1, 1, 0], [0, 0, 1, 0], [0, 0, 0, 0]])
    #expect(s.walks[1].output == [[1, 1, 0], [0, 2, 1], [0, 0, 1]])
  }

  @Test func aColourArraySaysItsShape() throws {
    let s = Session(withSink: true)
    let d = s.error("import numpy as np\nconv_visualizer(np.zeros((4, 5, 3)), [[1]])")
    #expect(d?.message.contains("has 3 dimensions (shape (4, 5, 3)), like a colour image") == true, "\(d?.message ?? "")")
    let v = s.error("import numpy as np\nconv_visualizer(np.zeros(4), [[1]])")
    #expect(v?.message.contains("image has 1 dimension (shape (4,))") == true, "\(v?.message ?? "")")
    let scalar = s.error("import numpy as np\nconv_visualizer(np.float64(2), [[1]])")
    #expect(scalar?.message.contains("must be a 2-D array of numbers") == true, "\(scalar?.message ?? "")")
  }

  // MARK: - Bad arguments

  @Test func aColourImageAsksForGrayscale() throws {
    let s = Session(withSink: true)
    let d = s.error("conv_visualizer([[[1, 2, 3], [4, 5, 6]]], [[1]])")
    #expect(d?.kind == .value)
    #expect(d?.message.contains("3 dimensions") == true)
    #expect(d?.message.contains("grayscale") == true)
    #expect(d?.hint?.contains("0.299") == true)
    #expect(s.walks.isEmpty)
  }

  @Test(arguments: [
    ("conv_visualizer([1, 2, 3], [[1]])", "image has 1 dimension"),
    ("conv_visualizer([[1, 2], [3]], [[1]])", "row 1 has 1 numbers but row 0 has 2"),
    ("conv_visualizer([], [[1]])", "image is empty"),
    ("conv_visualizer([[]], [[1]])", "image has empty rows"),
    ("conv_visualizer([[1, 'a']], [[1]])", "element [0][1] must be a number, not str"),
    ("conv_visualizer(5, [[1]])", "image must be a 2-D array of numbers (a list of rows), not int"),
    ("conv_visualizer([[1]], [1, 0, 1])", "kernel has 1 dimension"),
    ("conv_visualizer([[1]], [[[1]]])", "kernel has more than 2 dimensions"),
    ("conv_visualizer([[1]], [[1]], stride=0)", "stride must be 1 or more, got 0"),
    ("conv_visualizer([[1]], [[1]], padding=-1)", "padding must be 0 or more, got -1"),
    ("conv_visualizer([[1]], [[1]], stride=1.5)", "stride must be a whole number, not the float 1.5"),
    ("conv_visualizer([[1]], [[1]], padding='1')", "padding must be a whole number, not str"),
    ("conv_visualizer([[1]], [[1]], padding=1000)", "padding 1000 is too large"),
    ("conv_visualizer([[1]])", "missing required argument 'kernel'"),
    ("conv_visualizer([[1]], [[1]], 1, 0, 5)", "takes at most 4 positional arguments"),
    ("conv_visualizer([[1]], [[1]], strides=2)", "unexpected keyword argument 'strides'"),
  ])
  func badArgumentsSayWhatIsWrong(source: String, expected: String) throws {
    let s = Session(withSink: true)
    let d = s.error(source)
    #expect(d?.message.contains(expected) == true, "\(d?.message ?? "no error")")
    #expect(d?.range.line == 1)
    #expect(s.walks.isEmpty)
  }

  @Test func hugeImagesAreRefusedWithAHint() throws {
    let s = Session(withSink: true)
    let d = s.error("conv_visualizer([[0] * 1001 for r in range(1000)], [[1]])")
    #expect(d?.message.contains("1000×1001, too large") == true)
    #expect(d?.hint?.contains("img[::4, ::4]") == true)
  }

  // MARK: - classic_kernels()

  @Test func classicKernelsAreTheBooksFigure() throws {
    let s = Session(withSink: false)
    try s.run(
      """
      k = classic_kernels()
      print(len(k), list(k)[:2])
      print(k['edge detection 3'])
      print(k['Sobel x'], k['Sobel y'][2])
      print(round(k['box blur'][1][1] * 9, 12), k['Gaussian blur'][1])
      """)
    // Fig 7.16 and the standard Sobel pair (syllabus §7.2.4).
    #expect(
      s.printed == """
        9 ['identity', 'edge detection 1']
        [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]
        [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]] [1, 2, 1]
        1.0 [0.125, 0.25, 0.125]

        """)
  }

  @Test func classicKernelsTakesNoArguments() throws {
    let s = Session(withSink: false)
    #expect(s.error("classic_kernels(3)")?.message.contains("takes 0 positional arguments") == true)
  }
}
