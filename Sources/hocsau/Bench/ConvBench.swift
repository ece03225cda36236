import TensorCore

// MARK: - conv: the book CNN's two conv layers, forward + backward

extension BenchCase {
  /// Chapter 9's model: Conv2D(32, 3×3) on 28×28×1, then Conv2D(32, 3×3), 'valid', batch 32.
  /// One step is the forward pass with bias, the kernel and bias gradients, and (for conv2,
  /// whose input is a layer's output) the input gradient; the same work PyTorch's autograd does.
  static let conv = BenchCase(
    name: "conv", summary: "the book CNN's conv layers (28x28x1 -> 26x26x32 -> 24x24x32), batch 32, forward+backward",
    variants: ["conv1", "conv2"]
  ) { variant in
    let (c, h, needsInputGradient) = variant == "conv1" ? (1, 28, false) : (32, 26, true)
    let g = Conv2DGeometry(
      batch: 32, height: h, width: h, channels: c, kernelHeight: 3, kernelWidth: 3, filters: 32)
    var rng = BenchRandom(seed: 7)
    let x = (0..<g.inputCount).map { _ in rng.nextFloat() }
    let k = (0..<g.kernelCount).map { _ in rng.nextFloat() }
    let bias = (0..<g.filters).map { _ in rng.nextFloat() }
    let dy = (0..<g.outputCount).map { _ in rng.nextFloat() }
    var y = [Float](repeating: 0, count: g.outputCount)
    var dx = [Float](repeating: 0, count: g.inputCount)
    var dk = [Float](repeating: 0, count: g.kernelCount)
    var db = [Float](repeating: 0, count: g.filters)
    let seconds = BenchTimer.best {
      Kernels.conv2d(g, input: x, kernel: k, bias: bias, output: &y)
      Kernels.conv2dBackwardKernel(g, input: x, outputGradient: dy, kernelGradient: &dk, biasGradient: &db)
      if needsInputGradient {
        Kernels.conv2dBackwardInput(g, outputGradient: dy, kernel: k, inputGradient: &dx)
      }
    }
    let passes = needsInputGradient ? 3.0 : 2.0
    return BenchResult(
      name: "conv", variant: variant, size: "32x\(h)x\(h)x\(c) * 3x3x\(c)x32", seconds: seconds,
      flops: passes * 2 * Double(g.multiplyAdds))
  }
}
