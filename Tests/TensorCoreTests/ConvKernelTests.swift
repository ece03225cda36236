import Testing

@testable import TensorCore

// im2col + GEMM convolution against the nested loops in `Reference+Conv.swift`, and the
// reference itself against the book's worked example and the adjoint identities.

struct ConvKernelTests {
  // MARK: - The book's example (chapter 7.2)

  // X and W from the book, §7.2.1; Y values from the syllabus (computed with NumPy).
  static let bookX: [Double] = [
    1, 1, 1, 0, 0,
    0, 1, 1, 1, 0,
    0, 0, 1, 1, 1,
    0, 0, 1, 1, 0,
    0, 1, 1, 0, 0,
  ]
  static let bookW: [Double] = [1, 0, 1, 0, 1, 0, 1, 0, 1]

  @Test(arguments: [
    (Conv2DPadding.valid, 1, [4.0, 3, 4, 2, 4, 3, 2, 3, 4]),
    (.explicit(top: 1, bottom: 1, left: 1, right: 1), 1,
     [2, 2, 3, 1, 1, 1, 4, 3, 4, 1, 1, 2, 4, 3, 3, 1, 2, 3, 4, 1, 0, 2, 2, 1, 1]),
    (.explicit(top: 1, bottom: 1, left: 1, right: 1), 2, [2, 3, 1, 1, 4, 3, 0, 2, 1]),
    (.valid, 2, [4, 4, 2, 4]),
  ])
  func bookExample(padding: Conv2DPadding, stride: Int, expected: [Double]) {
    let g = Conv2DGeometry(
      batch: 1, height: 5, width: 5, channels: 1, kernelHeight: 3, kernelWidth: 3, filters: 1,
      stride: (stride, stride), padding: padding)
    #expect(Reference.conv2d(g, input: Self.bookX, kernel: Self.bookW, bias: nil) == expected)
    var fast = [Double](repeating: .nan, count: g.outputCount)
    Kernels.conv2d(g, input: Self.bookX, kernel: Self.bookW, bias: nil, output: &fast)
    #expect(fast == expected)
  }

  @Test func samePaddingFollowsTensorFlow() {
    // out = ceil(H / s); total = max((out - 1)·s + K - H, 0), the extra one at the bottom/right.
    let a = Conv2DGeometry(
      batch: 1, height: 7, width: 8, channels: 1, kernelHeight: 3, kernelWidth: 3, filters: 1,
      stride: (2, 2), padding: .same)
    #expect([a.padTop, a.padBottom, a.padLeft, a.padRight] == [1, 1, 0, 1])
    #expect([a.outputHeight, a.outputWidth] == [4, 4])
    let b = Conv2DGeometry(
      batch: 1, height: 28, width: 28, channels: 1, kernelHeight: 5, kernelWidth: 4, filters: 1,
      padding: .same)
    #expect([b.padTop, b.padBottom, b.padLeft, b.padRight] == [2, 2, 1, 2])
    #expect([b.outputHeight, b.outputWidth] == [28, 28])
  }

  @Test func invalidGeometryIsReported() {
    let g = Conv2DGeometry(
      batch: 1, height: 2, width: 5, channels: 1, kernelHeight: 3, kernelWidth: 3, filters: 1)
    #expect(g.validationError == "window (3, 3) is larger than the padded input (2, 5)")
    let s = Conv2DGeometry(
      batch: 1, height: 5, width: 5, channels: 1, kernelHeight: 3, kernelWidth: 3, filters: 1,
      stride: (0, 1))
    #expect(s.validationError == "strides (0, 1) must be positive")
  }

  // MARK: - Fast against naive

  static let paddings: [Conv2DPadding] = [.valid, .same, .explicit(top: 1, bottom: 0, left: 2, right: 1)]

  /// Geometries with odd sizes, 1×1 / 3×3 / 2×3 kernels, strides 1 and 2, every padding.
  static func geometries() -> [Conv2DGeometry] {
    var result: [Conv2DGeometry] = []
    for (n, h, w, c, f) in [(1, 7, 7, 1, 1), (3, 9, 8, 3, 5), (2, 6, 11, 4, 17), (5, 5, 5, 2, 3)] {
      for (kh, kw) in [(1, 1), (3, 3), (2, 3)] {
        for stride in [1, 2] {
          for padding in paddings {
            result.append(
              Conv2DGeometry(
                batch: n, height: h, width: w, channels: c, kernelHeight: kh, kernelWidth: kw,
                filters: f, stride: (stride, stride), padding: padding))
          }
        }
      }
    }
    // Large enough for the batch split across cores and the GEMM's threaded path.
    result.append(
      Conv2DGeometry(
        batch: 8, height: 26, width: 26, channels: 32, kernelHeight: 3, kernelWidth: 3, filters: 32))
    result.append(
      Conv2DGeometry(
        batch: 1, height: 30, width: 29, channels: 16, kernelHeight: 3, kernelWidth: 3,
        filters: 40, stride: (2, 1), padding: .same))
    return result
  }

  func checkConv<T: BinaryFloatingPoint>(
    _ type: T.Type, _ g: Conv2DGeometry, tolerance: Double,
    forward: (Conv2DGeometry, [T], [T], [T]?, inout [T]) -> Void,
    backwardInput: (Conv2DGeometry, [T], [T], inout [T]) -> Void,
    backwardKernel: (Conv2DGeometry, [T], [T], inout [T], inout [T]) -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(g.validationError == nil, sourceLocation: sourceLocation)
    var rng = KernelTestRandom(seed: UInt64(g.inputCount * 31 + g.kernelCount))
    let x: [T] = rng.array(g.inputCount), k: [T] = rng.array(g.kernelCount)
    let bias: [T] = rng.array(g.filters), dy: [T] = rng.array(g.outputCount)
    let atol = tolerance * Double(g.kernelHeight * g.kernelWidth * max(g.channels, g.filters))
    let big = tolerance * Double(g.batch * g.outputHeight * g.outputWidth)

    var y = [T](repeating: .nan, count: g.outputCount)
    forward(g, x, k, bias, &y)
    expectClose(
      y, Reference.conv2d(g, input: x, kernel: k, bias: bias), rtol: tolerance, atol: atol,
      "forward \(g)", sourceLocation: sourceLocation)
    forward(g, x, k, nil, &y)
    expectClose(
      y, Reference.conv2d(g, input: x, kernel: k, bias: nil), rtol: tolerance, atol: atol,
      "forward without bias \(g)", sourceLocation: sourceLocation)

    var dx = [T](repeating: .nan, count: g.inputCount)
    backwardInput(g, dy, k, &dx)
    expectClose(
      dx, Reference.conv2dBackwardInput(g, outputGradient: dy, kernel: k), rtol: tolerance,
      atol: atol, "input gradient \(g)", sourceLocation: sourceLocation)

    var dk = [T](repeating: .nan, count: g.kernelCount), db = [T](repeating: .nan, count: g.filters)
    backwardKernel(g, x, dy, &dk, &db)
    let expected = Reference.conv2dBackwardKernel(g, input: x, outputGradient: dy)
    expectClose(
      dk, expected.kernel, rtol: tolerance, atol: big, "kernel gradient \(g)",
      sourceLocation: sourceLocation)
    expectClose(
      db, expected.bias, rtol: tolerance, atol: big, "bias gradient \(g)", sourceLocation: sourceLocation)
  }

  @Test(arguments: geometries())
  func floatMatchesReference(_ g: Conv2DGeometry) {
    checkConv(
      Float.self, g, tolerance: 1e-5,
      forward: { g, x, k, b, y in
        if let b { Kernels.conv2d(g, input: x, kernel: k, bias: b, output: &y) }
        else { Kernels.conv2d(g, input: x, kernel: k, bias: nil, output: &y) }
      },
      backwardInput: { g, dy, k, dx in
        Kernels.conv2dBackwardInput(g, outputGradient: dy, kernel: k, inputGradient: &dx)
      },
      backwardKernel: { g, x, dy, dk, db in
        Kernels.conv2dBackwardKernel(g, input: x, outputGradient: dy, kernelGradient: &dk, biasGradient: &db)
      })
  }

  @Test(arguments: geometries())
  func doubleMatchesReference(_ g: Conv2DGeometry) {
    checkConv(
      Double.self, g, tolerance: 1e-12,
      forward: { g, x, k, b, y in
        if let b { Kernels.conv2d(g, input: x, kernel: k, bias: b, output: &y) }
        else { Kernels.conv2d(g, input: x, kernel: k, bias: nil, output: &y) }
      },
      backwardInput: { g, dy, k, dx in
        Kernels.conv2dBackwardInput(g, outputGradient: dy, kernel: k, inputGradient: &dx)
      },
      backwardKernel: { g, x, dy, dk, db in
        Kernels.conv2dBackwardKernel(g, input: x, outputGradient: dy, kernelGradient: &dk, biasGradient: &db)
      })
  }

  @Test func kernelGradientWithoutBias() {
    let g = Conv2DGeometry(
      batch: 4, height: 9, width: 7, channels: 3, kernelHeight: 3, kernelWidth: 2, filters: 6,
      stride: (2, 1), padding: .same)
    var rng = KernelTestRandom(seed: 99)
    let x: [Float] = rng.array(g.inputCount), dy: [Float] = rng.array(g.outputCount)
    var dk = [Float](repeating: .nan, count: g.kernelCount)
    Kernels.conv2dBackwardKernel(g, input: x, outputGradient: dy, kernelGradient: &dk, biasGradient: nil)
    expectClose(
      dk, Reference.conv2dBackwardKernel(g, input: x, outputGradient: dy).kernel, rtol: 1e-5, atol: 1e-4)
  }

  // MARK: - The reference's gradients are the forward's adjoints

  /// For a linear map y = conv(x, k): ⟨conv(x, k), dy⟩ = ⟨x, dInput(dy, k)⟩ = ⟨k, dKernel(x, dy)⟩,
  /// and the bias gradient is the sum of dy. This checks the naive gradients independently of
  /// the fast kernels (with finite differences being exact for a linear map).
  @Test(arguments: [
    Conv2DGeometry(
      batch: 2, height: 7, width: 6, channels: 3, kernelHeight: 3, kernelWidth: 2, filters: 4,
      stride: (2, 1), padding: .same),
    Conv2DGeometry(
      batch: 1, height: 5, width: 9, channels: 2, kernelHeight: 3, kernelWidth: 3, filters: 3,
      stride: (2, 2), padding: .explicit(top: 2, bottom: 0, left: 1, right: 1)),
  ])
  func referenceGradientsAreAdjoints(_ g: Conv2DGeometry) {
    var rng = KernelTestRandom(seed: 5)
    let x: [Double] = rng.array(g.inputCount), k: [Double] = rng.array(g.kernelCount)
    let dy: [Double] = rng.array(g.outputCount)
    func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    let lhs = dot(Reference.conv2d(g, input: x, kernel: k, bias: nil), dy)
    let grads = Reference.conv2dBackwardKernel(g, input: x, outputGradient: dy)
    #expect(abs(lhs - dot(x, Reference.conv2dBackwardInput(g, outputGradient: dy, kernel: k))) < 1e-10)
    #expect(abs(lhs - dot(k, grads.kernel)) < 1e-10)
    #expect(abs(dy.reduce(0, +) - grads.bias.reduce(0, +)) < 1e-10)
  }

  // MARK: - Transposed convolution

  @Test func transposedConvolutionMatchesHandComputedUpsampling() {
    // One 2×2 input, one channel, 2×2 kernel of ones, stride 2: each input pixel becomes a 2×2
    // block (nearest-neighbour upsampling) — by hand.
    let g = Conv2DGeometry(
      batch: 1, height: 4, width: 4, channels: 1, kernelHeight: 2, kernelWidth: 2, filters: 1,
      stride: (2, 2))
    let input: [Float] = [1, 2, 3, 4], kernel: [Float] = [1, 1, 1, 1]
    var output = [Float](repeating: .nan, count: 16)
    Kernels.conv2dTransposed(g, input: input, kernel: kernel, output: &output)
    #expect(output == [1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4])
  }

  @Test(arguments: [
    // Keras Conv2DTranspose(…, 5, strides=2, padding='same') on 7×7×8 → 14×14×4 (the DCGAN shape).
    Conv2DGeometry(
      batch: 3, height: 14, width: 14, channels: 4, kernelHeight: 5, kernelWidth: 5, filters: 8,
      stride: (2, 2), padding: .same),
    Conv2DGeometry(
      batch: 2, height: 9, width: 7, channels: 3, kernelHeight: 3, kernelWidth: 3, filters: 2,
      stride: (2, 2)),
  ])
  func transposedConvolutionMatchesReference(_ g: Conv2DGeometry) {
    var rng = KernelTestRandom(seed: 17)
    let input: [Float] = rng.array(g.outputCount), kernel: [Float] = rng.array(g.kernelCount)
    var output = [Float](repeating: .nan, count: g.inputCount)
    Kernels.conv2dTransposed(g, input: input, kernel: kernel, output: &output)
    expectClose(
      output, Reference.conv2dBackwardInput(g, outputGradient: input, kernel: kernel), rtol: 1e-5,
      atol: 1e-4)
  }
}
