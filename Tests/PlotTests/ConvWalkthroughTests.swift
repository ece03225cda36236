import Testing
@testable import Plot

// The book's 5×5 example (Deep Learning Cơ Bản, §7.2.1) and the syllabus's computed results.
private let bookX: [[Double]] = [
  [1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0],
]
private let bookW: [[Double]] = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]

@Test func bookExampleValid() throws {
  let walk = try ConvWalkthrough(image: bookX, kernel: bookW)
  #expect(walk.output == [[4, 3, 4], [2, 4, 3], [2, 3, 4]])
  #expect(walk.arithmetic(row: 0, column: 0) == "1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 4")
  #expect(walk.formula(rows: true) == "(5 − 3 + 2·0)/1 + 1 = 3")
}

@Test func bookExamplePaddingAndStride() throws {
  var walk = try ConvWalkthrough(image: bookX, kernel: bookW, padding: 1)
  #expect(walk.output == [[2, 2, 3, 1, 1], [1, 4, 3, 4, 1], [1, 2, 4, 3, 3], [1, 2, 3, 4, 1], [0, 2, 2, 1, 1]])
  #expect(walk.padded.count == 7 && walk.padded[0] == [0, 0, 0, 0, 0, 0, 0] && walk.padded[1] == [0, 1, 1, 1, 0, 0, 0])
  walk.stride = 2
  #expect(walk.output == [[2, 3, 1], [1, 4, 3], [0, 2, 1]])
  #expect(walk.formula(rows: false) == "(5 − 3 + 2·1)/2 + 1 = 3")
  walk.padding = 0
  #expect(walk.output == [[4, 4], [2, 4]])
  #expect(walk.formula(rows: true) == "(5 − 3 + 2·0)/2 + 1 = 2")
}

@Test func oddStrideIsRoundedDownAndSaysSo() throws {
  let six = (0..<6).map { r in (0..<6).map { Double(r * 6 + $0) } }
  let walk = try ConvWalkthrough(image: six, kernel: bookW, stride: 2)
  #expect(walk.outputRows == 2)
  #expect(walk.formula(rows: true) == "⌊(6 − 3 + 2·0)/2⌋ + 1 = 2")
  #expect(walk.strideLeavesRemainder)
}

@Test func sobelOnTheBookExample() throws {
  let gx = try ConvWalkthrough(image: bookX, kernel: ClassicKernels.all.first { $0.name == "Sobel x" }!.kernel)
  #expect(gx.output == [[3, 0, -3], [4, 3, -2], [4, 2, -3]])
  #expect(gx.arithmetic(row: 0, column: 2).hasSuffix("= −3"))
  #expect(gx.arithmetic(row: 0, column: 0).hasPrefix("1×(−1) + 1×0 + 1×1"))
}

@Test func impossibleSettingsAreExplained() throws {
  let walk = try ConvWalkthrough(image: [[1, 2], [3, 4]], kernel: bookW)
  #expect(walk.output.isEmpty)
  #expect(walk.problem?.contains("does not fit in the 2×2 padded input") == true)
  #expect(walk.textSteps(3).contains("No output"))
  #expect(throws: ConvWalkthrough.InputError.self) { try ConvWalkthrough(image: [[1, 2], [3]], kernel: bookW) }
  #expect(throws: ConvWalkthrough.InputError.self) { try ConvWalkthrough(image: [], kernel: bookW) }
  #expect(throws: ConvWalkthrough.InputError.self) { try ConvWalkthrough(image: bookX, kernel: bookW, stride: 0) }
}

/// The arithmetic line, evaluated term by term, equals the output value, which equals a naive
/// loop — for random inputs, kernels, strides and paddings.
@Test func arithmeticLineEqualsOutputForRandomInputs() throws {
  var rng = SplitMix(seed: 7)
  for _ in 0..<50 {
    let h = Int(rng.next() % 6) + 3, w = Int(rng.next() % 6) + 3, k = Int(rng.next() % 3) + 1
    let stride = Int(rng.next() % 3) + 1, padding = Int(rng.next() % 2)
    let image = (0..<h).map { _ in (0..<w).map { _ in Double(Int(rng.next() % 19) - 9) } }
    let kernel = (0..<k).map { _ in (0..<k).map { _ in Double(Int(rng.next() % 7) - 3) } }
    let walk = try ConvWalkthrough(image: image, kernel: kernel, stride: stride, padding: padding)
    for r in 0..<walk.outputRows {
      for c in 0..<walk.outputColumns {
        let line = walk.arithmetic(row: r, column: c, ascii: true)
        let parts = line.split(separator: "=")
        let sum = parts[0].split(separator: "+").map { term -> Double in
          let f = term.trimmingCharacters(in: " ()").split(separator: "*").map { Double($0.trimmingCharacters(in: " ()"))! }
          return f[0] * f[1]
        }.reduce(0, +)
        #expect(sum == Double(parts[1].trimmingCharacters(in: " "))!)
        // naive reference
        var ref = 0.0
        for u in 0..<k {
          for v in 0..<k {
            let y = r * stride + u - padding, x = c * stride + v - padding
            if y >= 0, y < h, x >= 0, x < w { ref += image[y][x] * kernel[u][v] }
          }
        }
        #expect(walk.output[r][c] == ref)
      }
    }
  }
}

@Test func textStepsPrintTheFirstSteps() throws {
  let walk = try ConvWalkthrough(image: bookX, kernel: bookW)
  let text = walk.textSteps(2)
  #expect(text.contains("step 1/9, output[0][0]: 1×1 + 1×0"))
  #expect(text.contains("step 2/9, output[0][1]:"))
  #expect(text.contains("… 7 more steps"))
  #expect(text.hasSuffix("  4 3 4\n  2 4 3\n  2 3 4"))
}

@Test func numbersFormatForLearners() {
  #expect(ConvWalkthrough.format(4) == "4")
  #expect(ConvWalkthrough.format(-1, parenthesised: true) == "(−1)")
  #expect(ConvWalkthrough.format(1.0 / 9) == "0.1111")
  #expect(ConvWalkthrough.format(-2.5, ascii: true) == "-2.5")
}

private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = self
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

/// A photograph-sized output is summarised (size and value range), not printed in full.
@Test func textStepsSummariseLargeOutputs() throws {
  // 20×20 ramp 0…399, identity kernel, padding 1: the output is the input, 0…399.
  let ramp = (0..<20).map { r in (0..<20).map { c in Double(20 * r + c) } }
  let walk = try ConvWalkthrough(image: ramp, kernel: [[0, 0, 0], [0, 1, 0], [0, 0, 0]], padding: 1)
  let text = walk.textSteps(2)
  #expect(text.hasSuffix("… 398 more steps\nOutput: 20×20, values from 0 to 399 (too many to print)"))
  #expect(walk.textSteps(2, ascii: true).hasSuffix("Output: 20x20, values from 0 to 399 (too many to print)"))
  #expect(walk.textSteps(2, maxPrintedSide: 20).hasSuffix("  380 381 382 383 384 385 386 387 388 389 390 391 392 393 394 395 396 397 398 399"))
}
