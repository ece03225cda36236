import Foundation
import Testing
@testable import TensorCore

/// Correlation, products, histograms, interpolation and the new elementwise functions against
/// naive loops and libm.
@Suite struct StatisticsProductsTests {
  /// out[k] = Σ a[i]·v[i - k + m - 1] over the full overlap (the textbook definition).
  func naiveFullCorrelation(_ a: [Int], _ v: [Int]) -> [Int] {
    let n = a.count, m = v.count
    return (0..<(n + m - 1)).map { k in
      (0..<n).reduce(0) { s, i in
        let j = i - k + m - 1
        return j >= 0 && j < m ? s + a[i] * v[j] : s
      }
    }
  }

  @Test(arguments: [([1, 2, 3], [0, 1, 5]), ([1, 2, 3, 4, 5], [2, -1]), ([3], [1, 2, 3, 4]), ([1, -2], [4, 0, 1])])
  func correlationMatchesDefinition(a: [Int], v: [Int]) throws {
    let full = naiveFullCorrelation(a, v)
    #expect(try Tensor.correlate(Tensor(a), Tensor(v), mode: .full).scalars(as: Int.self) == full)
    // valid keeps the complete overlaps: full[min - 1 ..< max].
    let lo = min(a.count, v.count) - 1, hi = max(a.count, v.count)
    #expect(try Tensor.correlate(Tensor(a), Tensor(v), mode: .valid).scalars(as: Int.self) == Array(full[lo..<hi]))
    #expect(try Tensor.correlate(Tensor(a), Tensor(v), mode: .same).count == max(a.count, v.count))
    // Convolution is correlation with the kernel reversed.
    let conv = naiveFullCorrelation(a, v.reversed())
    #expect(try Tensor.convolve(Tensor(a), Tensor(v), mode: .full).scalars(as: Int.self) == conv)
  }

  @Test func mixedAndBooleanCorrelation() throws {
    // A bool sequence with an int one promotes to int64 (both converted before the loop).
    #expect(try Tensor.correlate(Tensor([true, false]), Tensor([1, 1]), mode: .full) == Tensor([1, 1, 0]))
    // Two bool sequences: any true product.
    #expect(try Tensor.convolve(Tensor([true, false, true]), Tensor([true, true]), mode: .full) == Tensor([true, true, true, true]))
    #expect(try Tensor.einsum("i,i", [Tensor([true, false]), Tensor([false, true])]) == Tensor(scalar: false))
  }

  @Test func tensorDotMatchesLoop() throws {
    let a = Tensor(Array(0..<24), shape: [2, 3, 4]), b = Tensor(Array(0..<12), shape: [4, 3])
    let r = try Tensor.tensorDot(a, b, axes: ([1, 2], [1, 0]))
    var expected = [Int](repeating: 0, count: 2)
    for i in 0..<2 { for j in 0..<3 { for k in 0..<4 { expected[i] += (i * 12 + j * 4 + k) * (k * 3 + j) } } }
    #expect(r == Tensor(expected))
    expectError("shape-mismatch for sum") { _ = try Tensor.tensorDot(a, b, axes: ([0], [0])) }
  }

  @Test func kroneckerAndCross() throws {
    // np.kron([[1, 2], [3, 4]], [[0, 1], [1, 0]])
    let k = try Tensor.kronecker(Tensor([1, 2, 3, 4], shape: [2, 2]), Tensor([0, 1, 1, 0], shape: [2, 2]))
    #expect(k == Tensor([0, 1, 0, 2, 1, 0, 2, 0, 0, 3, 0, 4, 3, 0, 4, 0], shape: [4, 4]))
    #expect(try Tensor.cross(Tensor([1, 2, 3]), Tensor([4, 5, 6])) == Tensor([-3, 6, -3]))
    #expect(try Tensor.cross(Tensor([1, 2]), Tensor([3, 4])) == Tensor(scalar: -2))
  }

  @Test func histogramMatchesCounting() throws {
    let data: [Double] = [0, 0.1, 0.25, 0.5, 0.5, 0.99, 1, 1.5, -0.2]
    let (counts, edges) = try Tensor(data).histogram(bins: 4, range: (0, 1))
    #expect(edges.scalars(as: Double.self) == [0, 0.25, 0.5, 0.75, 1])
    // [0, .25) [.25, .5) [.5, .75) [.75, 1]
    #expect(counts.scalars(as: Int.self) == [2, 1, 2, 2])
    #expect(try Tensor(data).histogram(edges: Tensor([0, 0.5, 2])) == Tensor([3, 5]))
  }

  @Test func interpolationMatchesFormula() throws {
    let xp: [Double] = [0, 1, 4], fp: [Double] = [0, 10, 13]
    let x: [Double] = [-1, 0, 0.5, 2.2, 4, 9]
    let r = try Tensor.interpolate(Tensor(x), Tensor(xp), Tensor(fp))
    let expected: [Double] = [0, 0, 0.5 * 10, (13.0 - 10) / 3 * (2.2 - 1) + 10, 13, 13]
    #expect(r.scalars(as: Double.self) == expected)
  }

  @Test func nanReductions() throws {
    let a = Tensor([1, .nan, 3, .nan, .nan, .nan], shape: [2, 3])
    #expect(try a.nanSum(axis: 1) == Tensor([4.0, 0]))
    let mean = try a.nanMean(axis: 1).scalars(as: Double.self)
    #expect(mean[0] == 2 && mean[1].isNaN)
    let mx = try a.nanExtremum(greater: true, axis: nil)
    #expect(mx.doubleValue == 3)
  }

  @Test func newUnaryOpsCallLibm() throws {
    let xs: [Double] = [0.1, 0.5, 0.9, 2.5, -3.5]
    let checks: [(UnaryOperation, (Double) -> Double)] = [
      (.log2, { Foundation.log2($0) }), (.exp2, { Foundation.exp2($0) }), (.sinh, { Foundation.sinh($0) }),
      (.cosh, { Foundation.cosh($0) }), (.arctan, { Foundation.atan($0) }), (.rint, { $0.rounded(.toNearestOrEven) }),
      (.trunc, { $0.rounded(.towardZero) }), (.radians, { $0 * (Double.pi / 180) }),
    ]
    for (op, f) in checks {
      let r = try Tensor.unary(op, Tensor(xs)).scalars(as: Double.self)
      #expect(r.elementsEqual(xs.map(f)) { $0 == $1 || ($0.isNaN && $1.isNaN) }, "\(op)")
    }
    #expect(try Tensor.unary(.trunc, Tensor([3, -4])) == Tensor([3, -4]))
    #expect(try Tensor.binaryMath(.fmod, Tensor([-7, 7]), Tensor([3, -3])) == Tensor([-1, 1]))
    #expect(try Tensor.binaryMath(.heaviside, Tensor([-1.0, 0, 2]), Tensor(scalar: 0.5)) == Tensor([0, 0.5, 1]))
  }
}

/// einsum against the defining sum over every label.
@Suite struct EinsumTests {
  @Test func batchedProductMatchesLoop() throws {
    let (b, i, j, k) = (2, 3, 4, 5)
    let x = Tensor((0..<(b * i * j)).map { Double($0 % 7) - 3 }, shape: [b, i, j])
    let y = Tensor((0..<(b * j * k)).map { Double($0 % 5) - 2 }, shape: [b, j, k])
    let r = try Tensor.einsum("bij,bjk->bik", [x, y])
    var expected = [Double](repeating: 0, count: b * i * k)
    for p in 0..<b { for q in 0..<i { for s in 0..<k { for t in 0..<j {
      expected[(p * i + q) * k + s] += x.element(at: (p * i + q) * j + t) * y.element(at: (p * j + t) * k + s)
    } } } }
    #expect(r.shape == [b, i, k])
    #expect(r.scalars(as: Double.self) == expected)
  }

  @Test func reductionsTracesAndErrors() throws {
    let m = Tensor(Array(0..<9), shape: [3, 3])
    #expect(try Tensor.einsum("ii", [m]) == Tensor(scalar: 12))
    #expect(try Tensor.einsum("ii->i", [m]) == Tensor([0, 4, 8]))
    #expect(try Tensor.einsum("ij->j", [m]) == Tensor([9, 12, 15]))
    #expect(try Tensor.einsum("ij->ji", [m]) == m.transposed())
    #expect(try Tensor.einsum("i,j->ij", [Tensor([1, 2]), Tensor([3, 4])]) == Tensor([3, 4, 6, 8], shape: [2, 2]))
    #expect(try EinsumSubscripts("jk,ij", operandCount: 2).output == ["i", "k"])
    expectError("einstein sum subscripts string contains too many subscripts for operand 0") { _ = try Tensor.einsum("ijk", [m]) }
  }
}
