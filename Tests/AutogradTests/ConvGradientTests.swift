import Testing
import TensorCore
@testable import Autograd

/// Convolution and pooling gradients against central finite differences (Double).
@Suite struct ConvGradientTests {
  var rng = TestRandom(seed: 99)

  @Test mutating func conv2dAllGradients() throws {
    let x = rng.tensor([2, 5, 4, 3]), k = rng.tensor([3, 2, 3, 2]), b = rng.tensor([2])
    try checkGradients([x, k, b]) { try conv2d($0[0], kernel: $0[1], bias: $0[2]) }
    try checkGradients([x, k, b]) { try conv2d($0[0], kernel: $0[1], bias: $0[2], strides: (2, 1), padding: .same) }
    try checkGradients([x, k]) {
      try conv2d($0[0], kernel: $0[1], strides: (1, 2), padding: .explicit(top: 1, bottom: 0, left: 2, right: 1))
    }
  }

  @Test mutating func transposedConvolution() throws {
    let x = rng.tensor([1, 3, 2, 2]), k = rng.tensor([3, 3, 4, 2]), b = rng.tensor([4])
    try checkGradients([x, k, b]) { try conv2dTransposed($0[0], kernel: $0[1], bias: $0[2], strides: (2, 2), padding: .same) }
    try checkGradients([x, k]) { try conv2dTransposed($0[0], kernel: $0[1], strides: (2, 1)) }
  }

  @Test mutating func pooling() throws {
    // distinct values so the maximum of each window is unique (finite differences are exact)
    let values: [Double] = (0..<120).map { (i: Int) -> Double in Double((i * 37) % 120) / 10 }
    let x = Tensor(values, shape: [2, 5, 4, 3])
    try checkGradients([x]) { try maxPool2d($0[0], poolSize: (2, 2)) }
    try checkGradients([x]) { try maxPool2d($0[0], poolSize: (3, 2), strides: (1, 1), padding: .same) }
    try checkGradients([rng.tensor([2, 5, 4, 3])]) { try avgPool2d($0[0], poolSize: (2, 2), padding: .same) }
  }
}
