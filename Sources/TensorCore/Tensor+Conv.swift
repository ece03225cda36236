// MARK: - Convolution and pooling on tensors (NHWC), over the kernels in Kernels/Conv2D.swift
// and Kernels/Pool2D.swift. Every shape mistake is a thrown `TensorError` naming the shapes.

extension Tensor {
  // MARK: - Convolution

  /// 2-D convolution (cross-correlation, Keras `Conv2D`): `input` (N, H, W, C), `kernel`
  /// (KH, KW, C, F), optional `bias` (F,) → (N, OH, OW, F), with
  /// `OH = floor((H + padTop + padBottom - KH) / strides.0) + 1` ("same": `ceil(H / stride)`).
  /// The dtype is the promoted one (float64 unless both are float32).
  /// - Complexity: O(N·OH·OW·F·KH·KW·C) multiply-adds through the GEMM, across all cores.
  public static func conv2d(
    _ input: Tensor, kernel: Tensor, bias: Tensor? = nil, strides: (Int, Int) = (1, 1),
    padding: Conv2DPadding = .valid
  ) throws -> Tensor {
    let g = try convGeometry("conv2d", input: input.shape, kernel: kernel.shape, strides: strides, padding: padding)
    if let bias { try checkBias("conv2d", bias, filters: g.filters) }
    let dtype = floatType(input, kernel, bias)
    let shape = [g.batch, g.outputHeight, g.outputWidth, g.filters]
    try MemoryGuard.check(shape: shape, dtype: dtype)
    let x = input.astype(dtype), k = kernel.astype(dtype), b = bias?.astype(dtype)
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    if dtype == .float32 {
      Kernels.conv2d(g, input: x.pointer(Float.self), kernel: k.pointer(Float.self),
                     bias: b.map { UnsafePointer($0.pointer(Float.self)) }, output: out.pointer(Float.self))
    } else {
      Kernels.conv2d(g, input: x.pointer(Double.self), kernel: k.pointer(Double.self),
                     bias: b.map { UnsafePointer($0.pointer(Double.self)) }, output: out.pointer(Double.self))
    }
    return out
  }

  /// Gradient of a loss with respect to `conv2d`'s input: `outputGradient` (N, OH, OW, F),
  /// `kernel` (KH, KW, C, F) → (N, H, W, C) for the forward call's `inputShape`.
  /// - Complexity: as `conv2d`.
  public static func conv2dBackwardInput(
    _ outputGradient: Tensor, kernel: Tensor, inputShape: [Int], strides: (Int, Int) = (1, 1),
    padding: Conv2DPadding = .valid
  ) throws -> Tensor {
    let g = try convGeometry("conv2dBackwardInput", input: inputShape, kernel: kernel.shape, strides: strides, padding: padding)
    try checkOutputGradient("conv2dBackwardInput", outputGradient, g)
    let dtype = floatType(outputGradient, kernel, nil)
    try MemoryGuard.check(shape: inputShape, dtype: dtype)
    let dy = outputGradient.astype(dtype), k = kernel.astype(dtype)
    let dx = Tensor(uninitializedShape: inputShape, dtype: dtype)
    if dtype == .float32 {
      Kernels.conv2dBackwardInput(g, outputGradient: dy.pointer(Float.self), kernel: k.pointer(Float.self), inputGradient: dx.pointer(Float.self))
    } else {
      Kernels.conv2dBackwardInput(g, outputGradient: dy.pointer(Double.self), kernel: k.pointer(Double.self), inputGradient: dx.pointer(Double.self))
    }
    return dx
  }

  /// Gradients of a loss with respect to `conv2d`'s kernel (KH, KW, C, F) and bias (F,), from
  /// the forward `input` (N, H, W, C) and `outputGradient` (N, OH, OW, F).
  /// - Complexity: as `conv2d`.
  public static func conv2dBackwardKernel(
    _ outputGradient: Tensor, input: Tensor, kernelSize: (Int, Int), strides: (Int, Int) = (1, 1),
    padding: Conv2DPadding = .valid
  ) throws -> (kernel: Tensor, bias: Tensor) {
    guard input.rank == 4, outputGradient.rank == 4 else {
      throw TensorError(
        .shape,
        "conv2dBackwardKernel: input \(formatShape(input.shape)) and output gradient "
          + "\(formatShape(outputGradient.shape)) must both be 4-D (N, H, W, C)")
    }
    let kernelShape = [kernelSize.0, kernelSize.1, input.shape[3], outputGradient.shape[3]]
    let g = try convGeometry("conv2dBackwardKernel", input: input.shape, kernel: kernelShape, strides: strides, padding: padding)
    try checkOutputGradient("conv2dBackwardKernel", outputGradient, g)
    let dtype = floatType(outputGradient, input, nil)
    try MemoryGuard.check(shape: kernelShape, dtype: dtype)
    let dy = outputGradient.astype(dtype), x = input.astype(dtype)
    let dk = Tensor(uninitializedShape: kernelShape, dtype: dtype)
    let db = Tensor(uninitializedShape: [g.filters], dtype: dtype)
    if dtype == .float32 {
      Kernels.conv2dBackwardKernel(g, input: x.pointer(Float.self), outputGradient: dy.pointer(Float.self),
                                   kernelGradient: dk.pointer(Float.self), biasGradient: db.pointer(Float.self))
    } else {
      Kernels.conv2dBackwardKernel(g, input: x.pointer(Double.self), outputGradient: dy.pointer(Double.self),
                                   kernelGradient: dk.pointer(Double.self), biasGradient: db.pointer(Double.self))
    }
    return (dk, db)
  }

  // MARK: - Transposed convolution

  /// Transposed convolution (Keras `Conv2DTranspose`, the DCGAN upsampling): `input`
  /// (N, h, w, Cin), `kernel` (KH, KW, Cout, Cin) as Keras stores it, optional `bias` (Cout,)
  /// → (N, H, W, Cout) with `H = h·s` for "same", `(h - 1)·s + max(KH, s)` for "valid", and
  /// `(h - 1)·s + KH - top - bottom` for explicit padding. It is the adjoint of
  /// `conv2d(_, kernel:, strides:, padding:)` from (N, H, W, Cout) to (N, h, w, Cin), so its
  /// input gradient is that `conv2d` of the output gradient, and its kernel gradient is
  /// `conv2dBackwardKernel(input, input: outputGradient, …)`.
  /// - Complexity: O(N·h·w·Cin·KH·KW·Cout) multiply-adds through the GEMM.
  public static func conv2dTransposed(
    _ input: Tensor, kernel: Tensor, bias: Tensor? = nil, strides: (Int, Int) = (1, 1),
    padding: Conv2DPadding = .valid
  ) throws -> Tensor {
    let g = try transposedGeometry(input: input.shape, kernel: kernel.shape, strides: strides, padding: padding)
    if let bias { try checkBias("conv2dTransposed", bias, filters: g.channels) }
    let dtype = floatType(input, kernel, bias)
    let shape = [g.batch, g.height, g.width, g.channels]
    try MemoryGuard.check(shape: shape, dtype: dtype)
    let x = input.astype(dtype), k = kernel.astype(dtype)
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    if dtype == .float32 {
      Kernels.conv2dTransposed(g, input: x.pointer(Float.self), kernel: k.pointer(Float.self), output: out.pointer(Float.self))
    } else {
      Kernels.conv2dTransposed(g, input: x.pointer(Double.self), kernel: k.pointer(Double.self), output: out.pointer(Double.self))
    }
    if let bias { return try out + bias.astype(dtype) }
    return out
  }

  /// The convolution whose input gradient `conv2dTransposed` computes: input (N, H, W, Cout)
  /// of the output size above, kernel (KH, KW, Cout, Cin), output (N, h, w, Cin).
  public static func transposedGeometry(
    input: [Int], kernel: [Int], strides: (Int, Int), padding: Conv2DPadding
  ) throws -> Conv2DGeometry {
    let op = "conv2dTransposed"
    guard input.count == 4, kernel.count == 4 else {
      throw TensorError(
        .shape,
        "\(op): input \(formatShape(input)) must be 4-D (N, H, W, C) and kernel \(formatShape(kernel)) 4-D (KH, KW, out channels, in channels)")
    }
    guard kernel[3] == input[3] else {
      throw TensorError(
        .shape,
        "\(op): input \(formatShape(input)) has \(input[3]) channels but kernel \(formatShape(kernel)) expects \(kernel[3]) (its last axis)")
    }
    guard strides.0 >= 1, strides.1 >= 1 else {
      throw TensorError(.value, "\(op): strides (\(strides.0), \(strides.1)) must be positive")
    }
    func size(_ h: Int, _ k: Int, _ s: Int, _ before: Int, _ after: Int) -> Int {
      switch padding {
      case .same: return h * s
      case .valid: return (h - 1) * s + Swift.max(k, s)
      case .explicit: return (h - 1) * s + k - before - after
      }
    }
    var (top, bottom, left, right) = (0, 0, 0, 0)
    if case .explicit(let t, let b, let l, let r) = padding { (top, bottom, left, right) = (t, b, l, r) }
    let h = size(input[1], kernel[0], strides.0, top, bottom), w = size(input[2], kernel[1], strides.1, left, right)
    guard h >= 1, w >= 1 else {
      throw TensorError(.shape, "\(op): input \(formatShape(input)) with kernel \(formatShape(kernel)) and this padding gives an empty output (\(h), \(w))")
    }
    let g = Conv2DGeometry(
      batch: input[0], height: h, width: w, channels: kernel[2], kernelHeight: kernel[0],
      kernelWidth: kernel[1], filters: kernel[3], stride: strides, padding: padding)
    if let problem = g.validationError { throw TensorError(.shape, "\(op): \(problem)") }
    guard g.outputHeight == input[1], g.outputWidth == input[2] else {
      throw TensorError(.shape, "\(op): input \(formatShape(input)) does not fit \(g)")
    }
    return g
  }

  // MARK: - Pooling

  /// Max pooling (Keras `MaxPooling2D`): `input` (N, H, W, C) → `output` (N, OH, OW, C) and
  /// `argmax` (N, OH, OW, C) int64, the flat index into `input` of each window's maximum (for
  /// `maxPool2dBackward`). `strides` defaults to `poolSize`.
  /// - Complexity: O(N·OH·OW·C·KH·KW).
  public static func maxPool2d(
    _ input: Tensor, poolSize: (Int, Int), strides: (Int, Int)? = nil, padding: Conv2DPadding = .valid
  ) throws -> (output: Tensor, argmax: Tensor) {
    let g = try poolGeometry("maxPool2d", input: input.shape, poolSize: poolSize, strides: strides ?? poolSize, padding: padding)
    let dtype = floatType(input, nil, nil)
    let shape = [g.batch, g.outputHeight, g.outputWidth, g.channels]
    try MemoryGuard.check(shape: shape, dtype: .int64)
    let x = input.astype(dtype)
    let out = Tensor(uninitializedShape: shape, dtype: dtype), arg = Tensor(uninitializedShape: shape, dtype: .int64)
    if dtype == .float32 {
      Kernels.maxPool2d(g, input: x.pointer(Float.self), output: out.pointer(Float.self), argmax: arg.pointer(Int.self))
    } else {
      Kernels.maxPool2d(g, input: x.pointer(Double.self), output: out.pointer(Double.self), argmax: arg.pointer(Int.self))
    }
    return (out, arg)
  }

  /// Gradient of max pooling: `outputGradient` (N, OH, OW, C) routed to the remembered
  /// `argmax` positions of an input of `inputShape`; zero elsewhere.
  public static func maxPool2dBackward(
    _ outputGradient: Tensor, argmax: Tensor, inputShape: [Int], poolSize: (Int, Int),
    strides: (Int, Int)? = nil, padding: Conv2DPadding = .valid
  ) throws -> Tensor {
    let g = try poolGeometry("maxPool2dBackward", input: inputShape, poolSize: poolSize, strides: strides ?? poolSize, padding: padding)
    let outShape = [g.batch, g.outputHeight, g.outputWidth, g.channels]
    guard outputGradient.shape == outShape, argmax.shape == outShape, argmax.dtype == .int64 else {
      throw TensorError(
        .shape,
        "maxPool2dBackward: output gradient \(formatShape(outputGradient.shape)) and argmax "
          + "\(formatShape(argmax.shape)) (\(argmax.dtype)) must be \(formatShape(outShape)) (argmax int64)")
    }
    let dtype = floatType(outputGradient, nil, nil)
    let dy = outputGradient.astype(dtype)
    let dx = Tensor(uninitializedShape: inputShape, dtype: dtype)
    let imageIn = g.height * g.width * g.channels, imageOut = g.outputHeight * g.outputWidth * g.channels
    let indices = argmax.pointer(Int.self)
    for i in 0..<(g.batch * imageOut) {
      let n = i / Swift.max(imageOut, 1), target = indices[i]
      guard target == -1 || (target >= n * imageIn && target < (n + 1) * imageIn) else {
        throw TensorError(.index, "maxPool2dBackward: argmax index \(target) at \(i) is outside image \(n) of \(formatShape(inputShape))")
      }
    }
    if dtype == .float32 {
      Kernels.maxPool2dBackward(g, outputGradient: dy.pointer(Float.self), argmax: indices, inputGradient: dx.pointer(Float.self))
    } else {
      Kernels.maxPool2dBackward(g, outputGradient: dy.pointer(Double.self), argmax: indices, inputGradient: dx.pointer(Double.self))
    }
    return dx
  }

  /// Average pooling (Keras `AveragePooling2D`): the mean of each window's in-bounds cells.
  public static func avgPool2d(
    _ input: Tensor, poolSize: (Int, Int), strides: (Int, Int)? = nil, padding: Conv2DPadding = .valid
  ) throws -> Tensor {
    let g = try poolGeometry("avgPool2d", input: input.shape, poolSize: poolSize, strides: strides ?? poolSize, padding: padding)
    let dtype = floatType(input, nil, nil)
    let shape = [g.batch, g.outputHeight, g.outputWidth, g.channels]
    try MemoryGuard.check(shape: shape, dtype: dtype)
    let x = input.astype(dtype)
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    if dtype == .float32 {
      Kernels.avgPool2d(g, input: x.pointer(Float.self), output: out.pointer(Float.self))
    } else {
      Kernels.avgPool2d(g, input: x.pointer(Double.self), output: out.pointer(Double.self))
    }
    return out
  }

  /// Gradient of average pooling for an input of `inputShape`.
  public static func avgPool2dBackward(
    _ outputGradient: Tensor, inputShape: [Int], poolSize: (Int, Int), strides: (Int, Int)? = nil,
    padding: Conv2DPadding = .valid
  ) throws -> Tensor {
    let g = try poolGeometry("avgPool2dBackward", input: inputShape, poolSize: poolSize, strides: strides ?? poolSize, padding: padding)
    let outShape = [g.batch, g.outputHeight, g.outputWidth, g.channels]
    guard outputGradient.shape == outShape else {
      throw TensorError(
        .shape,
        "avgPool2dBackward: output gradient \(formatShape(outputGradient.shape)) must be \(formatShape(outShape))")
    }
    let dtype = floatType(outputGradient, nil, nil)
    let dy = outputGradient.astype(dtype)
    let dx = Tensor(uninitializedShape: inputShape, dtype: dtype)
    if dtype == .float32 {
      Kernels.avgPool2dBackward(g, outputGradient: dy.pointer(Float.self), inputGradient: dx.pointer(Float.self))
    } else {
      Kernels.avgPool2dBackward(g, outputGradient: dy.pointer(Double.self), inputGradient: dx.pointer(Double.self))
    }
    return dx
  }

  // MARK: - Shape checks (one place)

  /// The geometry of a convolution of `input` (N, H, W, C) with `kernel` (KH, KW, C, F).
  public static func convGeometry(
    _ op: String, input: [Int], kernel: [Int], strides: (Int, Int), padding: Conv2DPadding
  ) throws -> Conv2DGeometry {
    guard input.count == 4 else {
      throw TensorError(.shape, "\(op): input \(formatShape(input)) must be 4-D (N, H, W, C)")
    }
    guard kernel.count == 4 else {
      throw TensorError(.shape, "\(op): kernel \(formatShape(kernel)) must be 4-D (KH, KW, C, F)")
    }
    guard kernel[2] == input[3] else {
      throw TensorError(
        .shape,
        "\(op): input \(formatShape(input)) has \(input[3]) channels but kernel \(formatShape(kernel)) expects \(kernel[2])")
    }
    let g = Conv2DGeometry(
      batch: input[0], height: input[1], width: input[2], channels: input[3],
      kernelHeight: kernel[0], kernelWidth: kernel[1], filters: kernel[3], stride: strides, padding: padding)
    if let problem = g.validationError { throw TensorError(.shape, "\(op): \(problem)") }
    return g
  }

  static func poolGeometry(
    _ op: String, input: [Int], poolSize: (Int, Int), strides: (Int, Int), padding: Conv2DPadding
  ) throws -> Conv2DGeometry {
    guard input.count == 4 else {
      throw TensorError(.shape, "\(op): input \(formatShape(input)) must be 4-D (N, H, W, C)")
    }
    let g = Conv2DGeometry(
      batch: input[0], height: input[1], width: input[2], channels: input[3],
      kernelHeight: poolSize.0, kernelWidth: poolSize.1, filters: input[3], stride: strides, padding: padding)
    if let problem = g.validationError { throw TensorError(.shape, "\(op): \(problem)") }
    return g
  }

  static func checkBias(_ op: String, _ bias: Tensor, filters: Int) throws {
    guard bias.shape == [filters] else {
      throw TensorError(.shape, "\(op): bias \(formatShape(bias.shape)) must be (\(filters),), one per filter")
    }
  }

  static func checkOutputGradient(_ op: String, _ dy: Tensor, _ g: Conv2DGeometry) throws {
    let expected = [g.batch, g.outputHeight, g.outputWidth, g.filters]
    guard dy.shape == expected else {
      throw TensorError(
        .shape, "\(op): output gradient \(formatShape(dy.shape)) must be \(formatShape(expected)) for \(g)")
    }
  }

  /// float32 when every operand is float32 (bools and ints count as float64), else float64.
  static func floatType(_ a: Tensor, _ b: Tensor?, _ c: Tensor?) -> DType {
    [a, b, c].compactMap { $0 }.allSatisfy { $0.dtype == .float32 } ? .float32 : .float64
  }
}
