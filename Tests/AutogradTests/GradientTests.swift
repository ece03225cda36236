import Testing
import TensorCore
@testable import Autograd

/// Every differentiable op against central finite differences (Double), on odd shapes and with
/// broadcasting.
@Suite struct GradientTests {
  var rng = TestRandom(seed: 42)

  @Test mutating func arithmeticWithBroadcasting() throws {
    let a = rng.tensor([3, 4]), b = rng.tensor([1, 4]), c = rng.tensor([4])
    try checkGradients([a, b]) { try add($0[0], $0[1]) }
    try checkGradients([a, c]) { try subtract($0[0], $0[1]) }
    try checkGradients([a, b]) { try multiply($0[0], $0[1]) }
    let positive = rng.tensor([3, 1], 0.5, 2)
    try checkGradients([a, positive]) { try divide($0[0], $0[1]) }
    try checkGradients([a]) { negate($0[0]) }
    try checkGradients([a]) { ($0[0] * 3.0 + 1.0) / 2.0 - 0.5 }
    try checkGradients([positive]) { 2.0 / $0[0] - (1.0 - $0[0]) }
  }

  @Test mutating func powers() throws {
    let x = rng.tensor([2, 3], 0.5, 2), e = rng.tensor([2, 3], -1, 2)
    try checkGradients([x]) { pow($0[0], 3) }
    try checkGradients([x]) { pow($0[0], -0.5) }
    try checkGradients([x, e]) { try pow($0[0], $0[1]) }
  }

  @Test mutating func elementwiseFunctions() throws {
    let x = rng.tensor([7, 3], -2, 2), p = rng.tensor([7], 0.2, 3)
    try checkGradients([x]) { exp($0[0]) }
    try checkGradients([p]) { log($0[0]) }
    try checkGradients([p]) { sqrt($0[0]) }
    try checkGradients([x]) { tanh($0[0]) }
    try checkGradients([x]) { sigmoid($0[0]) }
    try checkGradients([x]) { relu($0[0]) }
    try checkGradients([x]) { leakyRelu($0[0], alpha: 0.2) }
    try checkGradients([x]) { abs($0[0]) }
    try checkGradients([x]) { square($0[0]) }
  }

  @Test mutating func reductions() throws {
    let x = rng.tensor([3, 5, 2])
    try checkGradients([x]) { try $0[0].sum() }
    try checkGradients([x]) { try $0[0].sum(axis: 1) }
    try checkGradients([x]) { try $0[0].sum(axis: -1, keepDims: true) }
    try checkGradients([x]) { try $0[0].mean() }
    try checkGradients([x]) { try $0[0].mean(axis: 0, keepDims: true) }
    try checkGradients([x]) { try $0[0].max(axis: 1) }
    try checkGradients([x]) { try $0[0].max() }
    try checkGradients([x]) { try $0[0].min(axis: 2, keepDims: true) }
    try checkGradients([x]) { try $0[0].sum(axes: [0, 2]) }
    try checkGradients([x]) { try $0[0].mean(axes: [0, 1], keepDims: true) }
  }

  @Test mutating func shapeOps() throws {
    let x = rng.tensor([2, 3, 4]), y = rng.tensor([2, 1, 4])
    try checkGradients([x]) { try $0[0].reshaped(to: [4, -1]) }
    try checkGradients([x]) { $0[0].transposed() }
    try checkGradients([x]) { try $0[0].permuted([1, 2, 0]) }
    try checkGradients([x, y]) { try concatenate([$0[0], $0[1]], along: 1) }
    try checkGradients([x, x]) { try stack([$0[0], $0[1]], along: -1) }
  }

  @Test mutating func indexingAndGather() throws {
    let x = rng.tensor([4, 5])
    try checkGradients([x]) { try $0[0].get([.index(1)]) }
    try checkGradients([x]) { try $0[0].get([.slice(start: nil, stop: nil, step: -2), .slice(start: 1, stop: 4, step: nil)]) }
    // repeated indices accumulate
    try checkGradients([x]) { try $0[0].get([.indices(Tensor([3, 0, 3]))]) }
    try checkGradients([x]) { try $0[0].gather(indices: Tensor([4, 4, 1, 0], shape: [2, 2]), axis: 1) }
    let mask = Tensor([true, false, true, true, false], shape: [5])
    try checkGradients([x]) { try $0[0].get([.all, .mask(mask)]) }
  }

  @Test(arguments: [(1, 1, 1), (3, 7, 5), (2, 17, 3)])
  func matmulRank2(m: Int, k: Int, n: Int) throws {
    var rng = TestRandom(seed: UInt64(m * 100 + k * 10 + n))
    let a = rng.tensor([m, k]), b = rng.tensor([k, n])
    try checkGradients([a, b]) { try matmul($0[0], $0[1]) }
  }

  @Test mutating func matmulBatched() throws {
    let a = rng.tensor([2, 3, 4]), b = rng.tensor([2, 4, 5]), w = rng.tensor([4, 5]), v = rng.tensor([3, 4])
    try checkGradients([a, b]) { try matmul($0[0], $0[1]) }
    try checkGradients([a, w]) { try matmul($0[0], $0[1]) }   // shared right operand
    try checkGradients([v, b]) { try matmul($0[0], $0[1]) }   // shared left operand
  }

  @Test mutating func softmaxFamily() throws {
    let x = rng.tensor([3, 5], -3, 3)
    try checkGradients([x]) { try softmax($0[0]) }
    try checkGradients([x]) { try softmax($0[0], axis: 0) }
    try checkGradients([x]) { try logSoftmax($0[0]) }
    try checkGradients([x]) { try logSoftmax($0[0], axis: 0) }
  }

  @Test mutating func losses() throws {
    let p = rng.tensor([4, 1], 0.05, 0.95), t = Tensor([1.0, 0, 0, 1], shape: [4, 1])
    try checkGradients([p]) { try binaryCrossEntropy($0[0], t) }
    let z = rng.tensor([4, 1], -3, 3)
    try checkGradients([z]) { try binaryCrossEntropy(logits: $0[0], t) }
    try checkGradients([z]) { try meanSquaredError($0[0], t) }
    let onehot = Tensor([0.0, 1, 0, 1, 0, 0, 0, 0, 1], shape: [3, 3])
    let logits = rng.tensor([3, 3], -2, 2)
    try checkGradients([logits]) { try categoricalCrossEntropy(logits: $0[0], onehot) }
    try checkGradients([logits]) { try categoricalCrossEntropy(try softmax($0[0]), onehot) }
    try checkGradients([logits]) { try sparseCategoricalCrossEntropy(logits: $0[0], labels: Tensor([1, 0, 2])) }
  }
}
