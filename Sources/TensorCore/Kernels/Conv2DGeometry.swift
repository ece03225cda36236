// The shape arithmetic shared by convolution, transposed convolution and pooling.

// MARK: - Padding

/// Zero padding around the input of a convolution or pooling window.
public enum Conv2DPadding: Sendable, Equatable, Hashable {
  /// No padding: only windows that lie wholly inside the input (Keras's default).
  case valid
  /// TensorFlow/Keras "same": output size `ceil(H / stride)`; the padding needed is split with
  /// the odd element at the bottom/right.
  case same
  /// Rows and columns of zeros added on each side.
  case explicit(top: Int, bottom: Int, left: Int, right: Int)
}

// MARK: - Geometry

/// Sizes of a 2-D convolution (or pooling) over NHWC data.
///
/// input is (N, H, W, C), kernel is (KH, KW, C, F), output is (N, OH, OW, F) with
/// `OH = (H + padTop + padBottom - KH) / SH + 1` (floor), likewise OW. Pooling uses the same
/// arithmetic with a (KH, KW) window and F = C.
public struct Conv2DGeometry: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var batch: Int, height: Int, width: Int, channels: Int
  public var kernelHeight: Int, kernelWidth: Int, filters: Int
  public var strideHeight: Int, strideWidth: Int
  public var padTop: Int, padBottom: Int, padLeft: Int, padRight: Int

  /// Resolves `padding` for these sizes. Call `validationError` before using the geometry on
  /// data from an untrusted caller: the kernels only check it with preconditions.
  public init(
    batch: Int, height: Int, width: Int, channels: Int,
    kernelHeight: Int, kernelWidth: Int, filters: Int,
    stride: (Int, Int) = (1, 1), padding: Conv2DPadding = .valid
  ) {
    self.batch = batch
    self.height = height
    self.width = width
    self.channels = channels
    self.kernelHeight = kernelHeight
    self.kernelWidth = kernelWidth
    self.filters = filters
    self.strideHeight = stride.0
    self.strideWidth = stride.1
    switch padding {
    case .valid:
      (padTop, padBottom, padLeft, padRight) = (0, 0, 0, 0)
    case .same:
      (padTop, padBottom) = Self.samePadding(height, kernelHeight, stride.0)
      (padLeft, padRight) = Self.samePadding(width, kernelWidth, stride.1)
    case .explicit(let top, let bottom, let left, let right):
      (padTop, padBottom, padLeft, padRight) = (top, bottom, left, right)
    }
  }

  /// TensorFlow's "same": output `ceil(size / stride)`, total padding
  /// `max((out - 1)·stride + kernel - size, 0)`, the smaller half before.
  static func samePadding(_ size: Int, _ kernel: Int, _ stride: Int) -> (Int, Int) {
    guard stride > 0 else { return (0, 0) }
    let out = (size + stride - 1) / stride
    let total = max((out - 1) * stride + kernel - size, 0)
    return (total / 2, total - total / 2)
  }

  public var outputHeight: Int {
    strideHeight > 0 ? floorDiv(height + padTop + padBottom - kernelHeight, strideHeight) + 1 : 0
  }
  public var outputWidth: Int {
    strideWidth > 0 ? floorDiv(width + padLeft + padRight - kernelWidth, strideWidth) + 1 : 0
  }

  /// Elements in the input (N·H·W·C), the kernel (KH·KW·C·F), the output (N·OH·OW·F).
  public var inputCount: Int { batch * height * width * channels }
  public var kernelCount: Int { kernelHeight * kernelWidth * channels * filters }
  public var outputCount: Int { batch * outputHeight * outputWidth * filters }
  /// Multiply-adds of one forward pass: N·OH·OW·F·KH·KW·C.
  public var multiplyAdds: Int { batch * outputHeight * outputWidth * filters * kernelHeight * kernelWidth * channels }

  /// A 1×1 kernel, stride 1, no padding: the convolution is a plain matrix product.
  var isPointwise: Bool {
    kernelHeight == 1 && kernelWidth == 1 && strideHeight == 1 && strideWidth == 1
      && padTop == 0 && padBottom == 0 && padLeft == 0 && padRight == 0
  }

  /// Why these sizes cannot be convolved, or nil when they can.
  public var validationError: String? {
    if batch < 0 || height < 1 || width < 1 || channels < 1 {
      return "input size (\(batch), \(height), \(width), \(channels)) must be positive"
    }
    if kernelHeight < 1 || kernelWidth < 1 || filters < 1 {
      return "kernel size (\(kernelHeight), \(kernelWidth), \(channels), \(filters)) must be positive"
    }
    if strideHeight < 1 || strideWidth < 1 {
      return "strides (\(strideHeight), \(strideWidth)) must be positive"
    }
    if padTop < 0 || padBottom < 0 || padLeft < 0 || padRight < 0 {
      return "padding (\(padTop), \(padBottom), \(padLeft), \(padRight)) must not be negative"
    }
    if height + padTop + padBottom < kernelHeight || width + padLeft + padRight < kernelWidth {
      return "window (\(kernelHeight), \(kernelWidth)) is larger than the padded input "
        + "(\(height + padTop + padBottom), \(width + padLeft + padRight))"
    }
    return nil
  }

  public var description: String {
    "input (\(batch), \(height), \(width), \(channels)), kernel (\(kernelHeight), \(kernelWidth), "
      + "\(channels), \(filters)), stride (\(strideHeight), \(strideWidth)), padding "
      + "(\(padTop), \(padBottom), \(padLeft), \(padRight)) -> output (\(batch), \(outputHeight), "
      + "\(outputWidth), \(filters))"
  }
}

@inline(__always)
func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
