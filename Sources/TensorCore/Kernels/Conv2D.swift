// 2-D convolution (cross-correlation, as Keras and PyTorch define it: the kernel is not
// flipped) over NHWC data, and its two gradients, via im2col + the blocked GEMM.
//
// input is (N, H, W, C), kernel is (KH, KW, C, F), output is (N, OH, OW, F).
// For one image, the im2col buffer `cols` is (OH·OW, KH·KW·C): row (oy, ox) holds the window
// under output pixel (oy, ox), ordered (ky, kx, c) like the kernel's first three axes, with zeros
// where the window hangs over the padding. The kernel read as a (KH·KW·C, F) matrix then gives
//   forward          output_n  (OH·OW, F)      = cols_n · kernel
//   kernel gradient  dKernel   (KH·KW·C, F)   += cols_nᵀ · dOutput_n       (summed over n)
//   input gradient   dCols_n   (OH·OW, KH·KW·C) = dOutput_n · kernelᵀ, scattered back by col2im
// The batch is split across cores (one im2col buffer per core); a single image uses the
// threaded GEMM instead. A 1×1, stride-1, unpadded convolution skips im2col altogether.
//
// The transposed convolution (Keras Conv2DTranspose, the DCGAN upsampling) is the input
// gradient of a convolution read forwards: see `conv2dTransposed`. Naive references are in
// Reference+Conv.swift.

// MARK: - Public entry points

extension Kernels {
  /// Convolution forward: `output = input ⋆ kernel + bias`.
  ///
  /// - Parameters: `input` (N, H, W, C), `kernel` (KH, KW, C, F), `bias` (F) or nil,
  ///   `output` (N, OH, OW, F), all contiguous; sizes from `geometry` (checked by precondition).
  /// - Complexity: O(N·OH·OW·F·KH·KW·C) multiply-adds through the GEMM, plus an im2col copy of
  ///   O(N·OH·OW·KH·KW·C); split across cores by image.
  public static func conv2d(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Float>, kernel: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, output: UnsafeMutablePointer<Float>
  ) { conv2dForward(geometry, input, kernel, bias, output) }

  /// Double overload of `conv2d(_:input:kernel:bias:output:)`.
  public static func conv2d(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Double>, kernel: UnsafePointer<Double>,
    bias: UnsafePointer<Double>?, output: UnsafeMutablePointer<Double>
  ) { conv2dForward(geometry, input, kernel, bias, output) }

  /// Gradient of the loss with respect to the convolution's input.
  ///
  /// - Parameters: `outputGradient` (N, OH, OW, F), `kernel` (KH, KW, C, F); writes (does not
  ///   accumulate) `inputGradient` (N, H, W, C). Input cells no window covers get 0.
  /// - Complexity: as `conv2d`, plus a col2im scatter-add.
  public static func conv2dBackwardInput(
    _ geometry: Conv2DGeometry, outputGradient: UnsafePointer<Float>,
    kernel: UnsafePointer<Float>, inputGradient: UnsafeMutablePointer<Float>
  ) { conv2dInputGradient(geometry, outputGradient, kernel, inputGradient) }

  /// Double overload of `conv2dBackwardInput(_:outputGradient:kernel:inputGradient:)`.
  public static func conv2dBackwardInput(
    _ geometry: Conv2DGeometry, outputGradient: UnsafePointer<Double>,
    kernel: UnsafePointer<Double>, inputGradient: UnsafeMutablePointer<Double>
  ) { conv2dInputGradient(geometry, outputGradient, kernel, inputGradient) }

  /// Gradients of the loss with respect to the kernel and (when `biasGradient` is not nil) the
  /// bias: `kernelGradient` (KH, KW, C, F) = Σₙ colsₙᵀ · dOutputₙ, `biasGradient` (F) = the sum
  /// of `outputGradient` (N, OH, OW, F) over N, OH, OW. Both are written, not accumulated.
  /// - Complexity: as `conv2d`; each core sums its images into its own buffer, then one add.
  public static func conv2dBackwardKernel(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
    kernelGradient: UnsafeMutablePointer<Float>, biasGradient: UnsafeMutablePointer<Float>?
  ) { conv2dKernelGradient(geometry, input, outputGradient, kernelGradient, biasGradient) }

  /// Double overload of `conv2dBackwardKernel(_:input:outputGradient:kernelGradient:biasGradient:)`.
  public static func conv2dBackwardKernel(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Double>, outputGradient: UnsafePointer<Double>,
    kernelGradient: UnsafeMutablePointer<Double>, biasGradient: UnsafeMutablePointer<Double>?
  ) { conv2dKernelGradient(geometry, input, outputGradient, kernelGradient, biasGradient) }

  /// Transposed convolution (Keras `Conv2DTranspose`): the adjoint of `conv2d` with the same
  /// geometry, mapping `input` (N, OH, OW, F) to `output` (N, H, W, C) with `kernel`
  /// (KH, KW, C, F) — Keras's (KH, KW, filters, input channels) layout. Each input pixel spreads
  /// `kernel[:, :, :, f]`-weighted copies over a KH×KW patch of the output, `stride` apart.
  ///
  /// Its gradients are the convolution read the other way: with respect to its input,
  /// `conv2d(geometry, input: dOutput, kernel:, bias: nil)`; with respect to the kernel,
  /// `conv2dBackwardKernel(geometry, input: dOutput, outputGradient: input)`.
  public static func conv2dTransposed(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Float>, kernel: UnsafePointer<Float>,
    output: UnsafeMutablePointer<Float>
  ) { conv2dInputGradient(geometry, input, kernel, output) }

  /// Double overload of `conv2dTransposed(_:input:kernel:output:)`.
  public static func conv2dTransposed(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Double>, kernel: UnsafePointer<Double>,
    output: UnsafeMutablePointer<Double>
  ) { conv2dInputGradient(geometry, input, kernel, output) }

  /// Convolutions with at least this many multiply-adds are split across cores.
  public static let convParallelThreshold = 1 << 18
}

// MARK: - Forward

@inline(__always)
func conv2dForward<T: GEMMScalar>(
  _ g: Conv2DGeometry, _ input: UnsafePointer<T>, _ kernel: UnsafePointer<T>,
  _ bias: UnsafePointer<T>?, _ output: UnsafeMutablePointer<T>
) {
  precondition(g.validationError == nil, "conv2d: \(g.validationError ?? "")")
  let n = g.batch, f = g.filters
  let imageCount = g.height * g.width * g.channels
  let rows = g.outputHeight * g.outputWidth, depth = g.kernelHeight * g.kernelWidth * g.channels
  let parts = ParallelFor.partCount(n, work: g.multiplyAdds, threshold: Kernels.convParallelThreshold)
  ParallelFor.run(parts) { part in
    let cols = g.isPointwise ? nil : UnsafeMutablePointer<T>.allocate(capacity: rows * depth)
    defer { cols?.deallocate() }
    for image in ParallelFor.range(part, of: parts, total: n) {
      let x = input + image * imageCount, y = output + image * rows * f
      let a: UnsafePointer<T>
      if let cols {
        im2col(g, x, cols)
        a = UnsafePointer(cols)
      } else {
        a = x
      }
      T.blockedGEMM(
        parallel: parts == 1, false, false, rows, f, depth, 1, a, depth, kernel, f, 0, y, f,
        bias: bias)
    }
  }
}

// MARK: - Gradients

@inline(__always)
func conv2dInputGradient<T: GEMMScalar>(
  _ g: Conv2DGeometry, _ outputGradient: UnsafePointer<T>, _ kernel: UnsafePointer<T>,
  _ inputGradient: UnsafeMutablePointer<T>
) {
  precondition(g.validationError == nil, "conv2d: \(g.validationError ?? "")")
  let n = g.batch, f = g.filters
  let imageCount = g.height * g.width * g.channels
  let rows = g.outputHeight * g.outputWidth, depth = g.kernelHeight * g.kernelWidth * g.channels
  let parts = ParallelFor.partCount(n, work: g.multiplyAdds, threshold: Kernels.convParallelThreshold)
  ParallelFor.run(parts) { part in
    let dCols = g.isPointwise ? nil : UnsafeMutablePointer<T>.allocate(capacity: rows * depth)
    defer { dCols?.deallocate() }
    for image in ParallelFor.range(part, of: parts, total: n) {
      let dy = outputGradient + image * rows * f, dx = inputGradient + image * imageCount
      // dCols (rows, depth) = dy (rows, F) · kernelᵀ, the kernel stored (depth, F).
      T.blockedGEMM(
        parallel: parts == 1, false, true, rows, depth, f, 1, dy, f, kernel, f, 0,
        dCols ?? dx, depth, bias: nil)
      if let dCols {
        dx.update(repeating: 0, count: imageCount)
        col2imAdd(g, UnsafePointer(dCols), dx)
      }
    }
  }
}

@inline(__always)
func conv2dKernelGradient<T: GEMMScalar>(
  _ g: Conv2DGeometry, _ input: UnsafePointer<T>, _ outputGradient: UnsafePointer<T>,
  _ kernelGradient: UnsafeMutablePointer<T>, _ biasGradient: UnsafeMutablePointer<T>?
) {
  precondition(g.validationError == nil, "conv2d: \(g.validationError ?? "")")
  let n = g.batch, f = g.filters
  let imageCount = g.height * g.width * g.channels
  let rows = g.outputHeight * g.outputWidth, depth = g.kernelHeight * g.kernelWidth * g.channels
  let parts = ParallelFor.partCount(n, work: g.multiplyAdds, threshold: Kernels.convParallelThreshold)
  // The GEMM packs its transposed operand element by element; the cheaper one to transpose is
  // the narrower. With depth > F (most layers) accumulate dKernelᵀ (F, depth) += dyᵀ · cols,
  // transposing the (rows, F) gradient; otherwise dKernel (depth, F) += colsᵀ · dy.
  let transposedForm = depth > f
  // Each part accumulates into its own (depth·F + F) slice of scratch; slices are summed after.
  let sliceCount = depth * f + f
  let scratch = UnsafeMutablePointer<T>.allocate(capacity: parts * sliceCount)
  defer { scratch.deallocate() }
  ParallelFor.run(parts) { part in
    let dk = scratch + part * sliceCount, db = dk + depth * f
    dk.update(repeating: 0, count: sliceCount)
    let cols = g.isPointwise ? nil : UnsafeMutablePointer<T>.allocate(capacity: rows * depth)
    defer { cols?.deallocate() }
    for image in ParallelFor.range(part, of: parts, total: n) {
      let x = input + image * imageCount, dy = outputGradient + image * rows * f
      let a: UnsafePointer<T>
      if let cols {
        im2col(g, x, cols)
        a = UnsafePointer(cols)
      } else {
        a = x
      }
      if transposedForm {
        T.blockedGEMM(
          parallel: parts == 1, true, false, f, depth, rows, 1, dy, f, a, depth, 1, dk, depth,
          bias: nil)
      } else {
        T.blockedGEMM(
          parallel: parts == 1, true, false, depth, f, rows, 1, a, depth, dy, f, 1, dk, f,
          bias: nil)
      }
      if biasGradient != nil {
        for r in 0..<rows {
          let row = dy + r * f
          for j in 0..<f { db[j] += row[j] }
        }
      }
    }
  }
  for part in 1..<max(1, parts) {
    let src = scratch + part * sliceCount
    for i in 0..<sliceCount { scratch[i] += src[i] }
  }
  if transposedForm {
    for d in 0..<depth {
      for j in 0..<f { kernelGradient[d * f + j] = scratch[j * depth + d] }
    }
  } else {
    kernelGradient.update(from: scratch, count: depth * f)
  }
  if let biasGradient { biasGradient.update(from: scratch + depth * f, count: f) }
}

// MARK: - im2col / col2im

/// Copies the windows of one image (H, W, C) into `cols` (OH·OW, KH·KW·C), zeros in the padding.
///
/// Walks (oy, ky) pairs so that the input row is fixed, and splits the ox range into the
/// interior (the window's KW·C strip lies inside the row, one straight copy) and the edges.
@inline(__always)
func im2col<T: GEMMScalar>(_ g: Conv2DGeometry, _ image: UnsafePointer<T>, _ cols: UnsafeMutablePointer<T>) {
  let h = g.height, w = g.width, c = g.channels
  let kh = g.kernelHeight, kw = g.kernelWidth, oh = g.outputHeight, ow = g.outputWidth
  let sw = g.strideWidth, depth = kh * kw * c, run = kw * c
  let (oxLo, oxHi) = interiorColumns(g)
  for oy in 0..<oh {
    for ky in 0..<kh {
      let iy = oy * g.strideHeight - g.padTop + ky
      let base = cols + oy * ow * depth + ky * run
      if iy < 0 || iy >= h {
        for ox in 0..<ow { (base + ox * depth).update(repeating: 0, count: run) }
        continue
      }
      let row = image + iy * w * c
      for ox in 0..<oxLo { edgeStrip(g, row, base + ox * depth, ox) }
      var src = row + (oxLo * sw - g.padLeft) * c
      var dst = base + oxLo * depth
      for _ in oxLo..<oxHi {
        copy(src, dst, run)
        src += sw * c
        dst += depth
      }
      for ox in max(oxHi, oxLo)..<ow { edgeStrip(g, row, base + ox * depth, ox) }
    }
  }
}

/// The output columns `oxLo..<oxHi` whose windows lie wholly inside the input's width.
@inline(__always)
func interiorColumns(_ g: Conv2DGeometry) -> (Int, Int) {
  let sw = g.strideWidth, ow = g.outputWidth
  let lo = min(ow, (g.padLeft + sw - 1) / sw)
  let hi = max(lo, min(ow, floorDiv(g.width - g.kernelWidth + g.padLeft, sw) + 1))
  return (lo, hi)
}

/// One window's KW·C strip from input `row` at output column `ox`, zeros outside the row.
@inline(__always)
func edgeStrip<T: GEMMScalar>(_ g: Conv2DGeometry, _ row: UnsafePointer<T>, _ dst: UnsafeMutablePointer<T>, _ ox: Int) {
  let c = g.channels, ix0 = ox * g.strideWidth - g.padLeft
  for kx in 0..<g.kernelWidth {
    let ix = ix0 + kx
    if ix < 0 || ix >= g.width {
      (dst + kx * c).update(repeating: 0, count: c)
    } else {
      copy(row + ix * c, dst + kx * c, c)
    }
  }
}

/// Adds each row of `cols` (OH·OW, KH·KW·C) back onto the image cells its window covers
/// (H, W, C); padding cells are dropped. The adjoint of `im2col`, walked the same way.
@inline(__always)
func col2imAdd<T: GEMMScalar>(_ g: Conv2DGeometry, _ cols: UnsafePointer<T>, _ image: UnsafeMutablePointer<T>) {
  let h = g.height, w = g.width, c = g.channels
  let kh = g.kernelHeight, kw = g.kernelWidth, oh = g.outputHeight, ow = g.outputWidth
  let sw = g.strideWidth, depth = kh * kw * c, run = kw * c
  let (oxLo, oxHi) = interiorColumns(g)
  for oy in 0..<oh {
    for ky in 0..<kh {
      let iy = oy * g.strideHeight - g.padTop + ky
      if iy < 0 || iy >= h { continue }
      let base = cols + oy * ow * depth + ky * run
      let row = image + iy * w * c
      for ox in 0..<oxLo { edgeStripAdd(g, base + ox * depth, row, ox) }
      var src = base + oxLo * depth
      var dst = row + (oxLo * sw - g.padLeft) * c
      for _ in oxLo..<oxHi {
        for i in 0..<run { dst[i] += src[i] }
        src += depth
        dst += sw * c
      }
      for ox in max(oxHi, oxLo)..<ow { edgeStripAdd(g, base + ox * depth, row, ox) }
    }
  }
}

@inline(__always)
func edgeStripAdd<T: GEMMScalar>(_ g: Conv2DGeometry, _ src: UnsafePointer<T>, _ row: UnsafeMutablePointer<T>, _ ox: Int) {
  let c = g.channels, ix0 = ox * g.strideWidth - g.padLeft
  for kx in 0..<g.kernelWidth {
    let ix = ix0 + kx
    if ix < 0 || ix >= g.width { continue }
    let d = row + ix * c, s = src + kx * c
    for i in 0..<c { d[i] += s[i] }
  }
}

/// Copies `count` elements; a loop for short runs (a 3×3 window over one channel copies 3),
/// where a `memmove` call costs more than the copy.
@inline(__always)
func copy<T>(_ from: UnsafePointer<T>, _ to: UnsafeMutablePointer<T>, _ count: Int) {
  if count < 32 {
    for i in 0..<count { to[i] = from[i] }
  } else {
    to.update(from: from, count: count)
  }
}
