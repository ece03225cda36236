/// A convolution (the book's cross-correlation: the kernel is not flipped) laid out step by step
/// for teaching: the padded input, every output position, and the arithmetic of each.
///
/// Plain numbers in, plain text out: the interactive visualizer in TerminalUI draws it on a
/// screen, `hocsau run` prints its first steps with `textSteps(_:)`.
///
/// Shapes: input is `[H][W]`, kernel `[KH][KW]`, padding `p` zeros on every side, stride `s`;
/// the output is `[⌊(H + 2p − KH)/s⌋ + 1][⌊(W + 2p − KW)/s⌋ + 1]`.
public struct ConvWalkthrough: Sendable, Equatable {
  public private(set) var image: [[Double]]
  public var kernel: [[Double]] { didSet { recompute() } }
  public var stride: Int { didSet { recompute() } }
  public var padding: Int { didSet { recompute() } }
  /// The input with `padding` zeros on every side.
  public private(set) var padded: [[Double]] = []
  /// The full output; empty when the kernel does not fit (see `problem`).
  public private(set) var output: [[Double]] = []

  /// A learner's mistake in the arguments, described.
  public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    public var description: String
  }

  public init(image: [[Double]], kernel: [[Double]], stride: Int = 1, padding: Int = 0) throws {
    guard let w = image.first?.count, w > 0 else {
      throw InputError(description: "the image is empty: give a 2-D array of numbers (rows × columns)")
    }
    if let bad = image.firstIndex(where: { $0.count != w }) {
      throw InputError(description: "image row \(bad) has \(image[bad].count) numbers, row 0 has \(w): every row must have the same length")
    }
    guard let kw = kernel.first?.count, kw > 0 else {
      throw InputError(description: "the kernel is empty: give a 2-D array such as [[1, 0], [0, 1]]")
    }
    if let bad = kernel.firstIndex(where: { $0.count != kw }) {
      throw InputError(description: "kernel row \(bad) has \(kernel[bad].count) numbers, row 0 has \(kw): the kernel must be rectangular")
    }
    guard stride >= 1 else { throw InputError(description: "stride must be 1 or more, not \(stride)") }
    guard padding >= 0 else { throw InputError(description: "padding must be 0 or more, not \(padding)") }
    self.image = image
    self.kernel = kernel
    self.stride = stride
    self.padding = padding
    recompute()
  }

  public var inputRows: Int { image.count }
  public var inputColumns: Int { image[0].count }
  public var kernelRows: Int { kernel.count }
  public var kernelColumns: Int { kernel.first?.count ?? 0 }
  public var outputRows: Int { output.count }
  public var outputColumns: Int { output.first?.count ?? 0 }
  /// Number of output positions, in reading order.
  public var positionCount: Int { outputRows * outputColumns }

  /// Why there is no output for these settings, or nil when there is one.
  public var problem: String? {
    let ph = inputRows + 2 * padding, pw = inputColumns + 2 * padding
    if kernelRows > ph || kernelColumns > pw {
      return "the \(kernelRows)×\(kernelColumns) kernel does not fit in the \(ph)×\(pw) padded input: add padding or use a smaller kernel"
    }
    return nil
  }

  /// Whether the last rows/columns of the padded input are skipped because the stride does not
  /// divide the distance evenly (the output size is rounded down).
  public var strideLeavesRemainder: Bool {
    (inputRows + 2 * padding - kernelRows) % stride != 0
      || (inputColumns + 2 * padding - kernelColumns) % stride != 0
  }

  /// The output-size formula with these numbers, for one axis: `⌊(5 − 3 + 2·1)/2⌋ + 1 = 3`.
  public func formula(rows: Bool) -> String {
    let n = rows ? inputRows : inputColumns
    let k = rows ? kernelRows : kernelColumns
    let numerator = n - k + 2 * padding
    guard numerator >= 0 else {
      return "(\(n) − \(k) + 2·\(padding))/\(stride) + 1: negative, the kernel does not fit"
    }
    let floorMark = numerator % stride == 0 ? "" : "⌊"
    let floorEnd = numerator % stride == 0 ? "" : "⌋"
    return "\(floorMark)(\(n) − \(k) + 2·\(padding))/\(stride)\(floorEnd) + 1 = \(numerator / stride + 1)"
  }

  /// Output (row, column) of position `index` in reading order.
  public func outputCell(ofPosition index: Int) -> (row: Int, column: Int) {
    (index / max(1, outputColumns), index % max(1, outputColumns))
  }

  /// Top-left corner, in padded coordinates, of the window for output cell (`row`, `column`).
  public func windowOrigin(row: Int, column: Int) -> (row: Int, column: Int) {
    (row * stride, column * stride)
  }

  /// The arithmetic for one output cell, left to right: `1×1 + 1×0 + 0×(−1) + … = 4`.
  public func arithmetic(row: Int, column: Int, ascii: Bool = false) -> String {
    let (r0, c0) = windowOrigin(row: row, column: column)
    var terms: [String] = []
    for u in 0..<kernelRows {
      for v in 0..<kernelColumns {
        let x = padded[r0 + u][c0 + v], w = kernel[u][v]
        terms.append("\(Self.format(x, parenthesised: true, ascii: ascii))\(ascii ? "*" : "×")\(Self.format(w, parenthesised: true, ascii: ascii))")
      }
    }
    return terms.joined(separator: " + ") + " = " + Self.format(output[row][column], ascii: ascii)
  }

  /// The first `count` steps as text, for `hocsau run` and pipes. The output follows, in full
  /// when it has at most `maxPrintedSide` rows and columns, else as its size and value range.
  public func textSteps(_ count: Int, ascii: Bool = false, maxPrintedSide: Int = 12) -> String {
    var lines: [String] = []
    let times = ascii ? "x" : "×"
    lines.append("Convolution of a \(inputRows)\(times)\(inputColumns) input with a \(kernelRows)\(times)\(kernelColumns) kernel, stride \(stride), padding \(padding)")
    if let problem {
      lines.append("No output: \(problem).")
      return lines.joined(separator: "\n")
    }
    lines.append("Output size: rows \(formula(rows: true)), columns \(formula(rows: false))")
    let shown = min(count, positionCount)
    for i in 0..<shown {
      let (r, c) = outputCell(ofPosition: i)
      lines.append("step \(i + 1)/\(positionCount), output[\(r)][\(c)]: \(arithmetic(row: r, column: c, ascii: ascii))")
    }
    if shown < positionCount { lines.append("… \(positionCount - shown) more steps") }
    if outputRows > maxPrintedSide || outputColumns > maxPrintedSide {
      let values = output.joined()
      let low = Self.format(values.min() ?? 0, ascii: ascii), high = Self.format(values.max() ?? 0, ascii: ascii)
      lines.append("Output: \(outputRows)\(times)\(outputColumns), values from \(low) to \(high) (too many to print)")
      return lines.joined(separator: "\n")
    }
    lines.append("Output:")
    let cells = output.map { $0.map { Self.format($0, ascii: ascii) } }
    let width = cells.flatMap { $0 }.map(\.count).max() ?? 1
    for row in cells {
      lines.append("  " + row.map { String(repeating: " ", count: width - $0.count) + $0 }.joined(separator: " "))
    }
    return lines.joined(separator: "\n")
  }

  /// A number as the walkthrough shows it: integers without a decimal point, others with up to
  /// four decimals; negatives with a true minus sign (and in parentheses inside a product).
  public static func format(_ x: Double, parenthesised: Bool = false, ascii: Bool = false) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? (ascii ? "-inf" : "−inf") : "inf" }
    var s: String
    if x == x.rounded(), abs(x) < 1e15 {
      s = String(Int64(abs(x)))
    } else {
      s = String(format4: abs(x))
    }
    if x < 0 && s != "0" {
      s = (ascii ? "-" : "−") + s
      if parenthesised { s = "(" + s + ")" }
    }
    return s
  }

  private mutating func recompute() {
    let h = image.count, w = image[0].count, p = max(0, padding)
    padded = Array(repeating: Array(repeating: 0, count: w + 2 * p), count: h + 2 * p)
    for i in 0..<h { for j in 0..<w { padded[i + p][j + p] = image[i][j] } }
    guard problem == nil, stride >= 1 else {
      output = []
      return
    }
    let oh = (h + 2 * p - kernelRows) / stride + 1
    let ow = (w + 2 * p - kernelColumns) / stride + 1
    output = (0..<oh).map { r in
      (0..<ow).map { c in
        var sum = 0.0
        for u in 0..<kernelRows { for v in 0..<kernelColumns { sum += padded[r * stride + u][c * stride + v] * kernel[u][v] } }
        return sum
      }
    }
  }
}

extension String {
  /// `x` with four decimals, trailing zeros trimmed (`0.1111`, `2.5`).
  init(format4 x: Double) {
    let scaled = (x * 10_000).rounded()
    let whole = Int64(scaled / 10_000)
    var frac = String(Int64(abs(scaled)) % 10_000)
    frac = String(repeating: "0", count: 4 - frac.count) + frac
    while frac.hasSuffix("0") { frac.removeLast() }
    self = frac.isEmpty ? String(whole) : "\(whole).\(frac)"
  }
}

/// The book's classic kernels (Fig 7.16) and the standard Sobel pair, in gallery order.
public enum ClassicKernels {
  public static let all: [(name: String, kernel: [[Double]])] = [
    ("identity", [[0, 0, 0], [0, 1, 0], [0, 0, 0]]),
    ("edge detection 1", [[1, 0, -1], [0, 0, 0], [-1, 0, 1]]),
    ("edge detection 2", [[0, 1, 0], [1, -4, 1], [0, 1, 0]]),
    ("edge detection 3", [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
    ("sharpen", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    ("box blur", [[1, 1, 1], [1, 1, 1], [1, 1, 1]].map { $0.map { $0 / 9 } }),
    ("Gaussian blur", [[1, 2, 1], [2, 4, 2], [1, 2, 1]].map { $0.map { $0 / 16 } }),
    ("Sobel x", [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
    ("Sobel y", [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
  ]
}
