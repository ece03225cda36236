import TensorCore

// MARK: - Convolution and pooling (forward and backward together, over TensorCore's kernels)
//
// Layout is NHWC throughout: input (N, H, W, C), kernel (KH, KW, C, F).

/// 2-D convolution (Keras `Conv2D`): `input` (N, H, W, C) with `kernel` (KH, KW, C, F) and an
/// optional `bias` (F,) → (N, OH, OW, F). Gradients: the input's by
/// `Tensor.conv2dBackwardInput`, the kernel's and bias's by `Tensor.conv2dBackwardKernel`.
/// Throws the kernels' shape errors (channel mismatch, empty output).
/// - Complexity: forward and each gradient O(N·OH·OW·F·KH·KW·C) through the GEMM.
public func conv2d(_ input: Variable, kernel: Variable, bias: Variable? = nil, strides: (Int, Int) = (1, 1),
                   padding: Conv2DPadding = .valid) throws -> Variable {
  let (x, k) = (input.value, kernel.value)
  let y = try Tensor.conv2d(x, kernel: k, bias: bias?.value, strides: strides, padding: padding)
  let parents = [input, kernel] + (bias.map { [$0] } ?? [])
  return Variable.record(y, parents) { g in
    let dx = try! Tensor.conv2dBackwardInput(g, kernel: k, inputShape: x.shape, strides: strides, padding: padding)
    let (dk, db) = try! Tensor.conv2dBackwardKernel(
      g, input: x, kernelSize: (k.shape[0], k.shape[1]), strides: strides, padding: padding)
    return [dx, dk, db]
  }
}

/// Transposed convolution (Keras `Conv2DTranspose`): `input` (N, h, w, Cin), `kernel`
/// (KH, KW, Cout, Cin), optional `bias` (Cout,) → (N, H, W, Cout). It is the adjoint of
/// `conv2d` with the same kernel, so its input gradient is that convolution of the upstream
/// gradient and its kernel gradient is `conv2dBackwardKernel` with the roles of input and
/// output gradient exchanged.
public func conv2dTransposed(_ input: Variable, kernel: Variable, bias: Variable? = nil, strides: (Int, Int) = (1, 1),
                             padding: Conv2DPadding = .valid) throws -> Variable {
  let (x, k) = (input.value, kernel.value)
  let y = try Tensor.conv2dTransposed(x, kernel: k, bias: bias?.value, strides: strides, padding: padding)
  let parents = [input, kernel] + (bias.map { [$0] } ?? [])
  return Variable.record(y, parents) { g in
    let dx = try! Tensor.conv2d(g, kernel: k, strides: strides, padding: padding)
    let (dk, _) = try! Tensor.conv2dBackwardKernel(
      x, input: g, kernelSize: (k.shape[0], k.shape[1]), strides: strides, padding: padding)
    let db = try! (try! g.reshaped(to: [-1, g.shape[3]])).sum(axis: 0)
    return [dx, dk, db]
  }
}

/// Max pooling (Keras `MaxPooling2D`) over (N, H, W, C); the gradient goes to each window's
/// maximum (the first on ties).
public func maxPool2d(_ input: Variable, poolSize: (Int, Int), strides: (Int, Int)? = nil,
                      padding: Conv2DPadding = .valid) throws -> Variable {
  let shape = input.value.shape
  let (y, argmax) = try Tensor.maxPool2d(input.value, poolSize: poolSize, strides: strides, padding: padding)
  return Variable.record(y, [input]) { g in
    [try! Tensor.maxPool2dBackward(g, argmax: argmax, inputShape: shape, poolSize: poolSize, strides: strides, padding: padding)]
  }
}

/// Average pooling (Keras `AveragePooling2D`) over (N, H, W, C); each window's gradient is
/// shared equally by its in-bounds cells.
public func avgPool2d(_ input: Variable, poolSize: (Int, Int), strides: (Int, Int)? = nil,
                      padding: Conv2DPadding = .valid) throws -> Variable {
  let shape = input.value.shape
  let y = try Tensor.avgPool2d(input.value, poolSize: poolSize, strides: strides, padding: padding)
  return Variable.record(y, [input]) { g in
    [try! Tensor.avgPool2dBackward(g, inputShape: shape, poolSize: poolSize, strides: strides, padding: padding)]
  }
}
