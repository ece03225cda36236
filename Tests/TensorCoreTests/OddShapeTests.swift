import Foundation
import Testing
@testable import TensorCore

/// SIMD tails and the parallel split: every loop against a plain Swift loop on odd sizes.
@Suite struct OddShapeTests {
  static let sizes = [1, 7, 17, 31, 65_537, 131_075]

  @Test(arguments: sizes)
  func unaryFloat32MatchesScalarLoop(n: Int) {
    let values = (0..<n).map { Float(($0 * 7919) % 2001 - 1000) / 250 }
    let x = Tensor(values)
    let checks: [(UnaryOperation, (Float) -> Float)] = [
      (.negate, { -$0 }), (.abs, { Swift.abs($0) }), (.square, { $0 * $0 }), (.exp, { Foundation.expf($0) }),
      (.tanh, { Foundation.tanhf($0) }), (.relu, { Swift.max($0, 0) }), (.floor, { $0.rounded(.down) }),
    ]
    for (op, f) in checks {
      let y = try! Tensor.unary(op, x)
      #expect(y.dtype == .float32)
      #expect(y.scalars(as: Float.self) == values.map(f), "\(op)")
    }
  }

  @Test(arguments: sizes)
  func binaryFloat64PathsMatchScalarLoop(n: Int) throws {
    let a = (0..<n).map { Double($0 % 97) * 0.5 - 10 }, b = (0..<n).map { Double($0 % 13) + 0.25 }
    let ta = Tensor(a), tb = Tensor(b)
    #expect(try Tensor.binary(.add, ta, tb).scalars(as: Double.self) == zip(a, b).map { $0 + $1 })
    #expect(try Tensor.binary(.divide, ta, tb).scalars(as: Double.self) == zip(a, b).map { $0 / $1 })
    #expect(try Tensor.binary(.multiply, ta, .float(3)).scalars(as: Double.self) == a.map { $0 * 3 })
    #expect(try Tensor.binary(.subtract, ta, .float(1), scalarOnLeft: true).scalars(as: Double.self)
      == a.map { 1 - $0 })
    #expect(try Tensor.binary(.greater, ta, tb).scalars(as: Bool.self) == zip(a, b).map { $0 > $1 })
    // float32 sum of n ones is exact
    #expect(Tensor.ones([n], dtype: .float32).sum().doubleValue == Double(n))
  }

  @Test(arguments: [(1, 1, 1), (7, 3, 5), (17, 1, 31), (2, 31, 1)])
  func generalBroadcastMatchesIndexLoop(p: Int, q: Int, r: Int) throws {
    // a (p, 1, r) - b (q, 1): result (p, q, r) with a[i, 0, k] - b[j, 0]
    let a = Tensor((0..<(p * r)).map { Double($0) * 1.25 }, shape: [p, 1, r])
    let b = Tensor((0..<q).map { Double($0) * -0.5 + 3 }, shape: [q, 1])
    let y = try a.subtracting(b)
    #expect(y.shape == [p, q, r])
    var expected: [Double] = []
    for i in 0..<p { for j in 0..<q { for k in 0..<r { expected.append(Double(i * r + k) * 1.25 - (Double(j) * -0.5 + 3)) } } }
    #expect(y.scalars(as: Double.self) == expected)
  }

  @Test(arguments: [(1, 1), (7, 17), (31, 3)])
  func axisReductionsMatchLoops(m: Int, n: Int) throws {
    let v = (0..<(m * n)).map { Double(($0 * 31) % 17) - 8 }
    let x = Tensor(v, shape: [m, n])
    var colMax = [Double](repeating: -.infinity, count: n), rowArgmin = [Int](repeating: 0, count: m)
    for i in 0..<m {
      for j in 0..<n {
        colMax[j] = Swift.max(colMax[j], v[i * n + j])
        if v[i * n + j] < v[i * n + rowArgmin[i]] { rowArgmin[i] = j }
      }
    }
    #expect(try x.max(axis: 0).scalars(as: Double.self) == colMax)
    #expect(try x.argmin(axis: 1).scalars(as: Int.self) == rowArgmin)
    // integer-valued doubles: every summation order is exact
    #expect(try x.sum(axis: 0).scalars(as: Double.self) == (0..<n).map { j in (0..<m).reduce(0.0) { $0 + v[$1 * n + j] } })
  }
}
