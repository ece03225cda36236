// Max and average pooling over NHWC data, forward and backward, as direct loops (pooling is
// memory-bound: one pass over the input, the channel loop innermost and contiguous).
//
// input is (N, H, W, C), the window is (KH, KW) with strides (SH, SW) and padding from a
// `Conv2DGeometry` whose `filters` equals C; output is (N, OH, OW, C). Padding cells never win
// a max and are not counted in an average (TensorFlow/Keras semantics for "same").
// Naive references are in Reference+Conv.swift.

// MARK: - Public entry points

extension Kernels {
  /// Max pooling forward. `argmax` (N, OH, OW, C) receives, for each output element, the flat
  /// index into `input` of the element that won (the first one on ties), or -1 when the window
  /// covers only padding (the output is then 0). A NaN in a window wins it, as in NumPy and PyTorch.
  /// - Complexity: O(N·OH·OW·C·KH·KW) comparisons.
  public static func maxPool2d(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>,
    argmax: UnsafeMutablePointer<Int>
  ) { maxPoolForward(geometry, input, output, argmax) }

  /// Double overload of `maxPool2d(_:input:output:argmax:)`.
  public static func maxPool2d(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Double>, output: UnsafeMutablePointer<Double>,
    argmax: UnsafeMutablePointer<Int>
  ) { maxPoolForward(geometry, input, output, argmax) }

  /// Max pooling backward: writes `inputGradient` (N, H, W, C), which is zero except at the
  /// remembered argmax positions, where the output gradients (N, OH, OW, C) are summed.
  /// - Complexity: O(N·H·W·C + N·OH·OW·C).
  public static func maxPool2dBackward(
    _ geometry: Conv2DGeometry, outputGradient: UnsafePointer<Float>, argmax: UnsafePointer<Int>,
    inputGradient: UnsafeMutablePointer<Float>
  ) { maxPoolBackward(geometry, outputGradient, argmax, inputGradient) }

  /// Double overload of `maxPool2dBackward(_:outputGradient:argmax:inputGradient:)`.
  public static func maxPool2dBackward(
    _ geometry: Conv2DGeometry, outputGradient: UnsafePointer<Double>, argmax: UnsafePointer<Int>,
    inputGradient: UnsafeMutablePointer<Double>
  ) { maxPoolBackward(geometry, outputGradient, argmax, inputGradient) }

  /// Average pooling forward: the mean of the in-bounds cells of each window (0 when none).
  /// - Complexity: O(N·OH·OW·C·KH·KW) additions.
  public static func avgPool2d(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>
  ) { avgPoolForward(geometry, input, output) }

  /// Double overload of `avgPool2d(_:input:output:)`.
  public static func avgPool2d(
    _ geometry: Conv2DGeometry, input: UnsafePointer<Double>, output: UnsafeMutablePointer<Double>
  ) { avgPoolForward(geometry, input, output) }

  /// Average pooling backward: writes `inputGradient` (N, H, W, C); each output gradient is
  /// shared equally among the in-bounds cells of its window.
  /// - Complexity: O(N·H·W·C + N·OH·OW·C·KH·KW).
  public static func avgPool2dBackward(
    _ geometry: Conv2DGeometry, outputGradient: UnsafePointer<Float>,
    inputGradient: UnsafeMutablePointer<Float>
  ) { avgPoolBackward(geometry, outputGradient, inputGradient) }

  /// Double overload of `avgPool2dBackward(_:outputGradient:inputGradient:)`.
  public static func avgPool2dBackward(
    _ geometry: Conv2DGeometry, outputGradient: UnsafePointer<Double>,
    inputGradient: UnsafeMutablePointer<Double>
  ) { avgPoolBackward(geometry, outputGradient, inputGradient) }

  /// Pooling over at least this many input elements is split across cores.
  public static let poolParallelThreshold = 1 << 17
}

// MARK: - Window bounds

/// The in-bounds rows `y0..<y1` and columns `x0..<x1` of the window under output (oy, ox).
@inline(__always)
func windowBounds(_ g: Conv2DGeometry, _ oy: Int, _ ox: Int) -> (Int, Int, Int, Int) {
  let top = oy * g.strideHeight - g.padTop, left = ox * g.strideWidth - g.padLeft
  return (
    max(top, 0), min(top + g.kernelHeight, g.height),
    max(left, 0), min(left + g.kernelWidth, g.width)
  )
}

// MARK: - Max pooling

@inline(__always)
func maxPoolForward<T: GEMMScalar>(
  _ g: Conv2DGeometry, _ input: UnsafePointer<T>, _ output: UnsafeMutablePointer<T>,
  _ argmax: UnsafeMutablePointer<Int>
) {
  precondition(g.validationError == nil && g.filters == g.channels, "maxPool2d: \(g)")
  let h = g.height, w = g.width, c = g.channels, oh = g.outputHeight, ow = g.outputWidth
  let parts = ParallelFor.partCount(g.batch, work: g.inputCount, threshold: Kernels.poolParallelThreshold)
  ParallelFor.run(parts) { part in
    for n in ParallelFor.range(part, of: parts, total: g.batch) {
      let imageBase = n * h * w * c
      for oy in 0..<oh {
        for ox in 0..<ow {
          let o = ((n * oh + oy) * ow + ox) * c
          let out = output + o, arg = argmax + o
          let (y0, y1, x0, x1) = windowBounds(g, oy, ox)
          if y0 >= y1 || x0 >= x1 {
            out.update(repeating: 0, count: c)
            arg.update(repeating: -1, count: c)
            continue
          }
          let first = imageBase + (y0 * w + x0) * c
          out.update(from: input + first, count: c)
          for ch in 0..<c { arg[ch] = first + ch }
          for iy in y0..<y1 {
            for ix in x0..<x1 {
              let base = imageBase + (iy * w + ix) * c
              let cell = input + base
              for ch in 0..<c where cell[ch] > out[ch] || cell[ch].isNaN {
                out[ch] = cell[ch]
                arg[ch] = base + ch
              }
            }
          }
        }
      }
    }
  }
}

@inline(__always)
func maxPoolBackward<T: GEMMScalar>(
  _ g: Conv2DGeometry, _ outputGradient: UnsafePointer<T>, _ argmax: UnsafePointer<Int>,
  _ inputGradient: UnsafeMutablePointer<T>
) {
  precondition(g.validationError == nil && g.filters == g.channels, "maxPool2dBackward: \(g)")
  let imageIn = g.height * g.width * g.channels
  let imageOut = g.outputHeight * g.outputWidth * g.channels
  let parts = ParallelFor.partCount(g.batch, work: g.inputCount, threshold: Kernels.poolParallelThreshold)
  ParallelFor.run(parts) { part in
    let images = ParallelFor.range(part, of: parts, total: g.batch)
    // Argmax indices of image n stay inside image n, so parts write disjoint memory.
    (inputGradient + images.lowerBound * imageIn).update(repeating: 0, count: images.count * imageIn)
    for i in (images.lowerBound * imageOut)..<(images.upperBound * imageOut) where argmax[i] >= 0 {
      inputGradient[argmax[i]] += outputGradient[i]
    }
  }
}

// MARK: - Average pooling

@inline(__always)
func avgPoolForward<T: GEMMScalar>(
  _ g: Conv2DGeometry, _ input: UnsafePointer<T>, _ output: UnsafeMutablePointer<T>
) {
  precondition(g.validationError == nil && g.filters == g.channels, "avgPool2d: \(g)")
  let h = g.height, w = g.width, c = g.channels, oh = g.outputHeight, ow = g.outputWidth
  let parts = ParallelFor.partCount(g.batch, work: g.inputCount, threshold: Kernels.poolParallelThreshold)
  ParallelFor.run(parts) { part in
    for n in ParallelFor.range(part, of: parts, total: g.batch) {
      let image = input + n * h * w * c
      for oy in 0..<oh {
        for ox in 0..<ow {
          let out = output + ((n * oh + oy) * ow + ox) * c
          out.update(repeating: 0, count: c)
          let (y0, y1, x0, x1) = windowBounds(g, oy, ox)
          if y0 >= y1 || x0 >= x1 { continue }
          for iy in y0..<y1 {
            for ix in x0..<x1 {
              let cell = image + (iy * w + ix) * c
              for ch in 0..<c { out[ch] += cell[ch] }
            }
          }
          let scale = 1 / T((y1 - y0) * (x1 - x0))
          for ch in 0..<c { out[ch] *= scale }
        }
      }
    }
  }
}

@inline(__always)
func avgPoolBackward<T: GEMMScalar>(
  _ g: Conv2DGeometry, _ outputGradient: UnsafePointer<T>, _ inputGradient: UnsafeMutablePointer<T>
) {
  precondition(g.validationError == nil && g.filters == g.channels, "avgPool2dBackward: \(g)")
  let h = g.height, w = g.width, c = g.channels, oh = g.outputHeight, ow = g.outputWidth
  let parts = ParallelFor.partCount(g.batch, work: g.inputCount, threshold: Kernels.poolParallelThreshold)
  ParallelFor.run(parts) { part in
    for n in ParallelFor.range(part, of: parts, total: g.batch) {
      let image = inputGradient + n * h * w * c
      image.update(repeating: 0, count: h * w * c)
      for oy in 0..<oh {
        for ox in 0..<ow {
          let dy = outputGradient + ((n * oh + oy) * ow + ox) * c
          let (y0, y1, x0, x1) = windowBounds(g, oy, ox)
          if y0 >= y1 || x0 >= x1 { continue }
          let scale = 1 / T((y1 - y0) * (x1 - x0))
          for iy in y0..<y1 {
            for ix in x0..<x1 {
              let cell = image + (iy * w + ix) * c
              for ch in 0..<c { cell[ch] += dy[ch] * scale }
            }
          }
        }
      }
    }
  }
}
