import Testing

@testable import TensorCore

// Pooling kernels against the loops in `Reference+Conv.swift` and hand-computed tables.

struct PoolKernelTests {
  static func geometry(
    _ n: Int, _ h: Int, _ w: Int, _ c: Int, window: (Int, Int), stride: (Int, Int),
    padding: Conv2DPadding = .valid
  ) -> Conv2DGeometry {
    Conv2DGeometry(
      batch: n, height: h, width: w, channels: c, kernelHeight: window.0, kernelWidth: window.1,
      filters: c, stride: stride, padding: padding)
  }

  @Test func handComputedTwoByTwo() {
    // A 4×4 single-channel image, 2×2 windows, stride 2; maxima and means by hand.
    let x: [Float] = [
      1, 5, 2, 0,
      3, 4, 8, 1,
      0, 0, 7, 7,
      -1, 2, 7, 9,
    ]
    let g = Self.geometry(1, 4, 4, 1, window: (2, 2), stride: (2, 2))
    var y = [Float](repeating: .nan, count: 4), arg = [Int](repeating: -2, count: 4)
    Kernels.maxPool2d(g, input: x, output: &y, argmax: &arg)
    #expect(y == [5, 8, 2, 9])
    #expect(arg == [1, 6, 13, 15])
    var dx = [Float](repeating: .nan, count: 16)
    Kernels.maxPool2dBackward(g, outputGradient: [10, 20, 30, 40], argmax: arg, inputGradient: &dx)
    #expect(dx == [0, 10, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 30, 0, 40])
    Kernels.avgPool2d(g, input: x, output: &y)
    #expect(y == [3.25, 2.75, 0.25, 7.5])
    Kernels.avgPool2dBackward(g, outputGradient: [4, 8, 12, 16], inputGradient: &dx)
    #expect(dx == [1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4])
  }

  @Test func samePaddingAveragesOnlyRealCells() {
    // 3×3 image of ones and twos, 2×2 window, stride 2, "same": out 2×2, padding at the
    // bottom/right; the last row/column windows hold 2 or 1 real cells.
    let x: [Double] = [1, 1, 2, 1, 1, 2, 2, 2, 2]
    let g = Self.geometry(1, 3, 3, 1, window: (2, 2), stride: (2, 2), padding: .same)
    var y = [Double](repeating: .nan, count: 4)
    Kernels.avgPool2d(g, input: x, output: &y)
    #expect(y == [1, 2, 2, 2])
  }

  static let cases: [Conv2DGeometry] = [
    geometry(2, 7, 9, 3, window: (2, 2), stride: (2, 2)),
    geometry(3, 8, 8, 5, window: (3, 3), stride: (2, 2), padding: .same),
    geometry(1, 5, 6, 1, window: (3, 2), stride: (1, 1), padding: .same),
    geometry(2, 7, 7, 17, window: (3, 3), stride: (1, 2), padding: .explicit(top: 1, bottom: 0, left: 2, right: 1)),
    geometry(32, 24, 24, 32, window: (2, 2), stride: (2, 2)),  // the book CNN's pooling layer
  ]

  @Test(arguments: cases)
  func maxPoolMatchesReference(_ g: Conv2DGeometry) {
    var rng = KernelTestRandom(seed: UInt64(g.inputCount))
    let x: [Double] = rng.array(g.inputCount)
    let outCount = g.batch * g.outputHeight * g.outputWidth * g.channels
    var y = [Double](repeating: .nan, count: outCount), arg = [Int](repeating: -2, count: outCount)
    Kernels.maxPool2d(g, input: x, output: &y, argmax: &arg)
    let expected = Reference.maxPool2d(g, input: x)
    #expect(y == expected.output)
    #expect(arg == expected.argmax)

    let dy: [Double] = rng.array(outCount)
    var dx = [Double](repeating: .nan, count: g.inputCount)
    Kernels.maxPool2dBackward(g, outputGradient: dy, argmax: arg, inputGradient: &dx)
    var expectedDx = [Double](repeating: 0, count: g.inputCount)
    for (i, a) in expected.argmax.enumerated() { expectedDx[a] += dy[i] }
    expectClose(dx, expectedDx, rtol: 1e-12, atol: 1e-12)
  }

  @Test(arguments: cases)
  func avgPoolMatchesReference(_ g: Conv2DGeometry) {
    var rng = KernelTestRandom(seed: UInt64(g.inputCount) + 1)
    let x: [Float] = rng.array(g.inputCount)
    let outCount = g.batch * g.outputHeight * g.outputWidth * g.channels
    var y = [Float](repeating: .nan, count: outCount)
    Kernels.avgPool2d(g, input: x, output: &y)
    expectClose(y, Reference.avgPool2d(g, input: x), rtol: 1e-5, atol: 1e-6)
    let dy: [Float] = rng.array(outCount)
    var dx = [Float](repeating: .nan, count: g.inputCount)
    Kernels.avgPool2dBackward(g, outputGradient: dy, inputGradient: &dx)
    expectClose(dx, Reference.avgPool2dBackward(g, outputGradient: dy), rtol: 1e-5, atol: 1e-6)
  }

  @Test func windowOverPaddingOnlyGivesZeroAndNoArgmax() {
    let g = Self.geometry(1, 2, 2, 1, window: (2, 2), stride: (2, 2), padding: .explicit(top: 2, bottom: 0, left: 0, right: 0))
    var y = [Float](repeating: .nan, count: 2), arg = [Int](repeating: 7, count: 2)
    Kernels.maxPool2d(g, input: [1, 2, 3, 4], output: &y, argmax: &arg)
    #expect(y == [0, 4])
    #expect(arg == [-1, 3])
  }

  @Test func nanWinsTheMaximum() {
    let g = Self.geometry(1, 2, 2, 1, window: (2, 2), stride: (2, 2))
    var y: [Float] = [0], arg = [0]
    Kernels.maxPool2d(g, input: [1, .nan, 3, 4], output: &y, argmax: &arg)
    #expect(y[0].isNaN)
    #expect(arg == [1])
  }
}
