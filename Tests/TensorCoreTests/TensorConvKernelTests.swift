import Testing

@testable import TensorCore

// The Tensor-level convolution and pooling entry points: shapes, dtypes, errors, and values
// against the naive references and identities.

struct TensorConvKernelTests {
  @Test func bookExampleThroughTensors() throws {
    let x = Tensor(ConvKernelTests.bookX.map(Float.init), shape: [1, 5, 5, 1])
    let w = Tensor(ConvKernelTests.bookW.map(Float.init), shape: [3, 3, 1, 1])
    let y = try Tensor.conv2d(x, kernel: w)
    #expect(y.shape == [1, 3, 3, 1])
    #expect(y.dtype == .float32)
    #expect(y.scalars(as: Float.self) == [4, 3, 4, 2, 4, 3, 2, 3, 4])
    let same = try Tensor.conv2d(x, kernel: w, bias: Tensor([Float(10)]), strides: (2, 2), padding: .same)
    // "same" with stride 2 on 5×5 pads one on each side: the padded stride-2 result + 10.
    #expect(same.shape == [1, 3, 3, 1])
    #expect(same.scalars(as: Float.self) == [12, 13, 11, 11, 14, 13, 10, 12, 11])
  }

  @Test func gradientsMatchReference() throws {
    let g = Conv2DGeometry(
      batch: 2, height: 9, width: 8, channels: 3, kernelHeight: 3, kernelWidth: 3, filters: 5,
      stride: (2, 2), padding: .same)
    var rng = KernelTestRandom(seed: 12)
    let xv: [Double] = rng.array(g.inputCount), kv: [Double] = rng.array(g.kernelCount)
    let dyv: [Double] = rng.array(g.outputCount)
    let x = Tensor(xv, shape: [2, 9, 8, 3]), k = Tensor(kv, shape: [3, 3, 3, 5])
    let dy = Tensor(dyv, shape: [2, 5, 4, 5])
    let dx = try Tensor.conv2dBackwardInput(dy, kernel: k, inputShape: x.shape, strides: (2, 2), padding: .same)
    #expect(dx.shape == x.shape)
    expectClose(
      dx.scalars(as: Double.self), Reference.conv2dBackwardInput(g, outputGradient: dyv, kernel: kv),
      rtol: 1e-12, atol: 1e-12)
    let (dk, db) = try Tensor.conv2dBackwardKernel(dy, input: x, kernelSize: (3, 3), strides: (2, 2), padding: .same)
    let expected = Reference.conv2dBackwardKernel(g, input: xv, outputGradient: dyv)
    #expect(dk.shape == [3, 3, 3, 5])
    #expect(db.shape == [5])
    expectClose(dk.scalars(as: Double.self), expected.kernel, rtol: 1e-12, atol: 1e-11)
    expectClose(db.scalars(as: Double.self), expected.bias, rtol: 1e-12, atol: 1e-11)
  }

  @Test func mixedDtypesPromote() throws {
    let x = Tensor([Float](repeating: 1, count: 16), shape: [1, 4, 4, 1])
    let k = Tensor([Double](repeating: 0.5, count: 4), shape: [2, 2, 1, 1])
    let y = try Tensor.conv2d(x, kernel: k)
    #expect(y.dtype == .float64)
    #expect(y.scalars(as: Double.self) == [Double](repeating: 2, count: 9))
  }

  // MARK: - Transposed convolution

  @Test(arguments: [(Conv2DPadding.same, 14), (.valid, 17), (.explicit(top: 2, bottom: 1, left: 2, right: 1), 14)])
  func transposedOutputSizesFollowKeras(padding: Conv2DPadding, size: Int) throws {
    // Keras: Conv2DTranspose(4, 5, strides=2, padding='same') on (2, 7, 7, 8) -> (2, 14, 14, 4);
    // 'valid' -> (7 - 1)·2 + 5 = 17; explicit: (7 - 1)·2 + 5 - 3 = 14.
    let x = Tensor([Float](repeating: 1, count: 2 * 7 * 7 * 8), shape: [2, 7, 7, 8])
    let k = Tensor([Float](repeating: 0.1, count: 5 * 5 * 4 * 8), shape: [5, 5, 4, 8])
    let y = try Tensor.conv2dTransposed(x, kernel: k, bias: Tensor([Float](repeating: 1, count: 4)), strides: (2, 2), padding: padding)
    #expect(y.shape == [2, size, size, 4])
  }

  /// ⟨convT(x), y⟩ = ⟨x, conv(y)⟩: the transposed convolution is the adjoint of the convolution
  /// with the same kernel and geometry.
  @Test(arguments: [Conv2DPadding.same, .valid])
  func transposedIsTheAdjointOfConvolution(padding: Conv2DPadding) throws {
    var rng = KernelTestRandom(seed: 33)
    let x = Tensor(rng.array(2 * 4 * 5 * 3, as: Double.self), shape: [2, 4, 5, 3])
    let k = Tensor(rng.array(3 * 3 * 2 * 3, as: Double.self), shape: [3, 3, 2, 3])
    let up = try Tensor.conv2dTransposed(x, kernel: k, strides: (2, 2), padding: padding)
    let y = Tensor(rng.array(up.count, as: Double.self), shape: up.shape)
    let down = try Tensor.conv2d(y, kernel: k, strides: (2, 2), padding: padding)
    #expect(down.shape == x.shape)
    let lhs = zip(up.scalars(as: Double.self), y.scalars(as: Double.self)).reduce(0) { $0 + $1.0 * $1.1 }
    let rhs = zip(x.scalars(as: Double.self), down.scalars(as: Double.self)).reduce(0) { $0 + $1.0 * $1.1 }
    #expect(abs(lhs - rhs) < 1e-10)
  }

  // MARK: - Pooling

  @Test func maxAndAveragePoolingThroughTensors() throws {
    // Two channels interleaved: channel 0 is 0…15, channel 1 is its negative.
    let values = (0..<16).flatMap { [Double($0), -Double($0)] }
    let x = Tensor(values, shape: [1, 4, 4, 2])
    let (y, arg) = try Tensor.maxPool2d(x, poolSize: (2, 2))
    #expect(y.shape == [1, 2, 2, 2])
    // channel 0 maxima 5, 7, 13, 15; channel 1 maxima -0, -2, -8, -10 (top-left of each window)
    #expect(y.scalars(as: Double.self) == [5, 0, 7, -2, 13, -8, 15, -10])
    #expect(arg.dtype == .int64)
    #expect(arg.scalars(as: Int.self) == [10, 1, 14, 5, 26, 17, 30, 21])
    let dy = Tensor([1.0, 2, 3, 4, 5, 6, 7, 8], shape: [1, 2, 2, 2])
    let dx = try Tensor.maxPool2dBackward(dy, argmax: arg, inputShape: x.shape, poolSize: (2, 2))
    var expected = [Double](repeating: 0, count: 32)
    for (i, a) in [10, 1, 14, 5, 26, 17, 30, 21].enumerated() { expected[a] = Double(i + 1) }
    #expect(dx.scalars(as: Double.self) == expected)
    let avg = try Tensor.avgPool2d(x, poolSize: (2, 2))
    #expect(avg.scalars(as: Double.self) == [2.5, -2.5, 4.5, -4.5, 10.5, -10.5, 12.5, -12.5])
    let davg = try Tensor.avgPool2dBackward(dy, inputShape: x.shape, poolSize: (2, 2))
    #expect(davg.scalars(as: Double.self)[0..<4] == [0.25, 0.5, 0.25, 0.5])
  }

  // MARK: - Errors

  @Test func shapeMistakesAreThrownWithTheShapes() {
    let x = Tensor.zeros([2, 28, 28, 1], dtype: .float32)
    #expect(throws: TensorError(.shape, "conv2d: input (2, 28, 28, 1) has 1 channels but kernel (3, 3, 2, 32) expects 2")) {
      try Tensor.conv2d(x, kernel: Tensor.zeros([3, 3, 2, 32], dtype: .float32))
    }
    #expect(throws: TensorError(.shape, "conv2d: input (28, 28) must be 4-D (N, H, W, C)")) {
      try Tensor.conv2d(Tensor.zeros([28, 28]), kernel: Tensor.zeros([3, 3, 1, 1]))
    }
    #expect(throws: TensorError(.shape, "conv2d: bias (3,) must be (32,), one per filter")) {
      try Tensor.conv2d(x, kernel: Tensor.zeros([3, 3, 1, 32], dtype: .float32), bias: Tensor.zeros([3]))
    }
    #expect(throws: TensorError(.shape, "conv2d: window (30, 3) is larger than the padded input (28, 28)")) {
      try Tensor.conv2d(x, kernel: Tensor.zeros([30, 3, 1, 4], dtype: .float32))
    }
    #expect(throws: TensorError(.shape, "conv2d: strides (0, 1) must be positive")) {
      try Tensor.conv2d(x, kernel: Tensor.zeros([3, 3, 1, 4], dtype: .float32), strides: (0, 1))
    }
    #expect(throws: TensorError.self) {
      try Tensor.maxPool2dBackward(
        Tensor.zeros([1, 1, 1, 1]), argmax: Tensor([99], shape: [1, 1, 1, 1]), inputShape: [1, 2, 2, 1], poolSize: (2, 2))
    }
    #expect(throws: TensorError.self) {
      try Tensor.conv2dBackwardInput(
        Tensor.zeros([2, 5, 5, 4]), kernel: Tensor.zeros([3, 3, 1, 4]), inputShape: [2, 28, 28, 1])
    }
  }
}
