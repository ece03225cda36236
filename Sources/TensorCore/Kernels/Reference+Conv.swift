// Naive convolution and pooling: the definitions as nested loops, one output (or one
// contribution) at a time, no im2col, no GEMM, no threads. The fast kernels in Conv2D.swift and
// Pool2D.swift are tested against these.
//
// input is (N, H, W, C), kernel is (KH, KW, C, F), output is (N, OH, OW, F); a window's cell
// (ky, kx) under output (oy, ox) is input row oy·SH - padTop + ky, column ox·SW - padLeft + kx.

extension Reference {
  // MARK: - Convolution

  /// `output[n, oy, ox, f] = bias[f] + Σ_{ky, kx, c} input[n, iy, ix, c] · kernel[ky, kx, c, f]`
  /// over in-bounds (iy, ix).
  public static func conv2d<T: BinaryFloatingPoint>(
    _ g: Conv2DGeometry, input: [T], kernel: [T], bias: [T]?
  ) -> [T] {
    var output = [T](repeating: 0, count: g.outputCount)
    for n in 0..<g.batch {
      for oy in 0..<g.outputHeight {
        for ox in 0..<g.outputWidth {
          for f in 0..<g.filters {
            var sum: T = bias?[f] ?? 0
            forEachCell(g, oy, ox) { ky, kx, iy, ix in
              for c in 0..<g.channels {
                sum += input[inputIndex(g, n, iy, ix, c)] * kernel[kernelIndex(g, ky, kx, c, f)]
              }
            }
            output[outputIndex(g, n, oy, ox, f)] = sum
          }
        }
      }
    }
    return output
  }

  /// dInput: every output gradient pushed back through every kernel weight that produced it.
  /// This is also the transposed convolution of `outputGradient` with `kernel`.
  public static func conv2dBackwardInput<T: BinaryFloatingPoint>(
    _ g: Conv2DGeometry, outputGradient: [T], kernel: [T]
  ) -> [T] {
    var inputGradient = [T](repeating: 0, count: g.inputCount)
    for n in 0..<g.batch {
      for oy in 0..<g.outputHeight {
        for ox in 0..<g.outputWidth {
          for f in 0..<g.filters {
            let dy = outputGradient[outputIndex(g, n, oy, ox, f)]
            forEachCell(g, oy, ox) { ky, kx, iy, ix in
              for c in 0..<g.channels {
                inputGradient[inputIndex(g, n, iy, ix, c)] += dy * kernel[kernelIndex(g, ky, kx, c, f)]
              }
            }
          }
        }
      }
    }
    return inputGradient
  }

  /// dKernel (KH, KW, C, F) and dBias (F).
  public static func conv2dBackwardKernel<T: BinaryFloatingPoint>(
    _ g: Conv2DGeometry, input: [T], outputGradient: [T]
  ) -> (kernel: [T], bias: [T]) {
    var dk = [T](repeating: 0, count: g.kernelCount), db = [T](repeating: 0, count: g.filters)
    for n in 0..<g.batch {
      for oy in 0..<g.outputHeight {
        for ox in 0..<g.outputWidth {
          for f in 0..<g.filters {
            let dy = outputGradient[outputIndex(g, n, oy, ox, f)]
            db[f] += dy
            forEachCell(g, oy, ox) { ky, kx, iy, ix in
              for c in 0..<g.channels {
                dk[kernelIndex(g, ky, kx, c, f)] += dy * input[inputIndex(g, n, iy, ix, c)]
              }
            }
          }
        }
      }
    }
    return (dk, db)
  }

  // MARK: - Pooling

  /// Max pooling: the largest in-bounds cell of each window (first on ties) and its flat index.
  public static func maxPool2d<T: BinaryFloatingPoint>(
    _ g: Conv2DGeometry, input: [T]
  ) -> (output: [T], argmax: [Int]) {
    let count = g.batch * g.outputHeight * g.outputWidth * g.channels
    var output = [T](repeating: 0, count: count), argmax = [Int](repeating: -1, count: count)
    for n in 0..<g.batch {
      for oy in 0..<g.outputHeight {
        for ox in 0..<g.outputWidth {
          for c in 0..<g.channels {
            var best: T? = nil, index = -1
            forEachCell(g, oy, ox) { _, _, iy, ix in
              let i = inputIndex(g, n, iy, ix, c)
              if best == nil || input[i] > best! { best = input[i]; index = i }
            }
            let o = ((n * g.outputHeight + oy) * g.outputWidth + ox) * g.channels + c
            output[o] = best ?? 0
            argmax[o] = index
          }
        }
      }
    }
    return (output, argmax)
  }

  /// Average pooling: the mean of each window's in-bounds cells.
  public static func avgPool2d<T: BinaryFloatingPoint>(_ g: Conv2DGeometry, input: [T]) -> [T] {
    var output = [T](repeating: 0, count: g.batch * g.outputHeight * g.outputWidth * g.channels)
    for n in 0..<g.batch {
      for oy in 0..<g.outputHeight {
        for ox in 0..<g.outputWidth {
          for c in 0..<g.channels {
            var sum: T = 0, cells = 0
            forEachCell(g, oy, ox) { _, _, iy, ix in
              sum += input[inputIndex(g, n, iy, ix, c)]
              cells += 1
            }
            output[((n * g.outputHeight + oy) * g.outputWidth + ox) * g.channels + c] =
              cells == 0 ? 0 : sum / T(cells)
          }
        }
      }
    }
    return output
  }

  /// Average pooling backward: each output gradient split equally over its window's cells.
  public static func avgPool2dBackward<T: BinaryFloatingPoint>(
    _ g: Conv2DGeometry, outputGradient: [T]
  ) -> [T] {
    var inputGradient = [T](repeating: 0, count: g.inputCount)
    for n in 0..<g.batch {
      for oy in 0..<g.outputHeight {
        for ox in 0..<g.outputWidth {
          var cells = 0
          forEachCell(g, oy, ox) { _, _, _, _ in cells += 1 }
          for c in 0..<g.channels {
            let dy = outputGradient[((n * g.outputHeight + oy) * g.outputWidth + ox) * g.channels + c]
            forEachCell(g, oy, ox) { _, _, iy, ix in
              inputGradient[inputIndex(g, n, iy, ix, c)] += dy / T(cells)
            }
          }
        }
      }
    }
    return inputGradient
  }

  // MARK: - Indexing

  /// Calls `body(ky, kx, iy, ix)` for each in-bounds cell of the window under output (oy, ox).
  static func forEachCell(
    _ g: Conv2DGeometry, _ oy: Int, _ ox: Int, _ body: (Int, Int, Int, Int) -> Void
  ) {
    for ky in 0..<g.kernelHeight {
      for kx in 0..<g.kernelWidth {
        let iy = oy * g.strideHeight - g.padTop + ky, ix = ox * g.strideWidth - g.padLeft + kx
        if iy >= 0 && iy < g.height && ix >= 0 && ix < g.width { body(ky, kx, iy, ix) }
      }
    }
  }

  static func inputIndex(_ g: Conv2DGeometry, _ n: Int, _ y: Int, _ x: Int, _ c: Int) -> Int {
    ((n * g.height + y) * g.width + x) * g.channels + c
  }
  static func kernelIndex(_ g: Conv2DGeometry, _ ky: Int, _ kx: Int, _ c: Int, _ f: Int) -> Int {
    ((ky * g.kernelWidth + kx) * g.channels + c) * g.filters + f
  }
  static func outputIndex(_ g: Conv2DGeometry, _ n: Int, _ y: Int, _ x: Int, _ f: Int) -> Int {
    ((n * g.outputHeight + y) * g.outputWidth + x) * g.filters + f
  }
}
