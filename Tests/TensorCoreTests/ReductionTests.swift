import Foundation
import Testing
@testable import TensorCore

@Suite struct ReductionTests {
  // x = np.arange(1000, dtype=np.float64) * 0.1 + 0.01
  let x = ramp(1000, step: 0.1, start: 0.01)

  @Test func pairwiseSumMatchesNumPyDigitForDigit() throws {
    // repr(np.sum(x)), repr(np.sum(x[:131])), repr(np.sum(x[:7])), repr(np.sum(x[:17]))
    let cases: [(Int, Double)] = [(1000, 49960.00000000001), (131, 852.8100000000001), (7, 2.1700000000000004), (17, 13.77)]
    for (n, expected) in cases {
      let s = Tensor(Array(x[..<n])).sum()
      #expect(s.shape == [])
      #expect(s.doubleValue == expected)
      #expect("\(s.doubleValue)" == "\(expected)")
    }
  }

  @Test func float32SumAccumulatesInFloat32() {
    // float(np.sum(x.astype(np.float32))) -> 49960.00390625
    let s = Tensor(x.map { Float($0) }).sum()
    #expect(s.dtype == .float32)
    #expect(s.doubleValue == 49960.00390625)
  }

  @Test func axisSumsMeanVarStd() throws {
    // m = (np.arange(31*17, dtype=np.float64) * 0.37 + 0.013).reshape(31,17)
    let m = Tensor(ramp(31 * 17, step: 0.37, start: 0.013), shape: [31, 17])
    // m.sum(axis=0)[:3] -> [2925.253, 2936.723000000001, 2948.193]
    let s0 = try m.sum(axis: 0)
    #expect(s0.shape == [17])
    #expect(Array(s0.scalars(as: Double.self)[..<3]) == [2925.253, 2936.723000000001, 2948.193])
    // m.sum(axis=1)[:3] -> [50.541, 157.471, 264.401]
    let s1 = try m.sum(axis: -1, keepDims: true)
    #expect(s1.shape == [31, 1])
    #expect(Array(s1.scalars(as: Double.self)[..<3]) == [50.541, 157.471, 264.401])
    // m.mean(), m.var(), m.std(ddof=1)
    #expect(m.mean().doubleValue == 97.32300000000001)
    #expect(try m.variance(axis: nil).doubleValue == 3168.4136000000008)
    #expect(try m.standardDeviation(axis: nil, ddof: 1).doubleValue == 56.34214408415782)
  }

  @Test func sinSeriesStatistics() throws {
    // v = np.sin(np.arange(1000.0)); v.sum(), v.mean(), v.var()
    let v = Tensor((0..<1000).map { Double($0) }).sin()
    #expect(v.sum().doubleValue == -0.01290990645883694)
    #expect(v.mean().doubleValue == -1.2909906458836939e-05)
    #expect(try v.variance(axis: nil).doubleValue == 0.4995088420714809)
  }

  @Test func integerAndBoolReductions() throws {
    let a = Tensor([3, -1, 4, 1, -5, 9], shape: [2, 3])
    #expect(try a.sum(axis: 0) == Tensor([4, -6, 13]))
    #expect(try a.max(axis: 1) == Tensor([4, 9]))
    #expect(try a.min(axis: nil) == Tensor(scalar: -5))
    #expect(try a.argmax(axis: nil) == Tensor(scalar: 5))
    #expect(try a.argmin(axis: 1, keepDims: true) == Tensor([1, 1], shape: [2, 1]))
    #expect(try a.product(axis: 1) == Tensor([-12, -45]))
    let m = try a.mean(axis: 0)
    #expect(m.dtype == .float64)
    expectClose(m, [2, -3, 6.5])
    let b = Tensor([true, false, true, true])
    #expect(b.sum() == Tensor(scalar: 3))
    #expect(try b.max(axis: 0) == Tensor(scalar: true))
  }

  @Test func argmaxTiesAndNaN() throws {
    // np.argmax([1, 3, 3, 2]) -> 1 ; np.argmax([1, nan, 5, nan]) -> 1 ; np.max(...) -> nan
    #expect(try Tensor([1.0, 3, 3, 2]).argmax(axis: 0).doubleValue == 1)
    let n = Tensor([1.0, .nan, 5, .nan])
    #expect(try n.argmax(axis: 0).doubleValue == 1)
    #expect(try n.max(axis: nil).doubleValue.isNaN)
  }

  @Test func reductionErrors() {
    let a = Tensor.zeros([2, 3])
    expectError("axis 2 is out of bounds for array of dimension 2") { _ = try a.sum(axis: 2) }
    expectError("axis -3 is out of bounds for array of dimension 2") { _ = try a.mean(axis: -3) }
    expectError("zero-size array to reduction operation maximum which has no identity") {
      _ = try Tensor.zeros([0]).max(axis: nil)
    }
    expectError("attempt to get argmin of an empty sequence") { _ = try Tensor.zeros([0]).argmin(axis: nil) }
  }
}

@Suite struct MultiAxisReductionTests {
  // y = (np.arange(2*3*4*5, dtype=np.float64)*0.37+0.013).reshape(2,3,4,5)
  let y = Tensor(ramp(120, step: 0.37, start: 0.013), shape: [2, 3, 4, 5])

  @Test func adjacentAxesMatchNumPyExactly() throws {
    // y.sum(axis=(1,2))[0,:3] -> [122.256, 126.696, 131.136], shape (2, 5)
    let s = try y.sum(axes: [1, 2])
    #expect(s.shape == [2, 5])
    #expect(Array(s.scalars(as: Double.self)[..<3]) == [122.256, 126.696, 131.136])
    // y.var(axis=(0,1,2))[:2] -> [163.99479166666663, 163.99479166666666]
    #expect(Array(try y.variance(axes: [0, 1, 2]).scalars(as: Double.self)[..<2]) == [163.99479166666663, 163.99479166666666])
  }

  @Test func separatedAxes() throws {
    // y.sum(axis=(0,2))[0] -> [111.10400000000001, 114.06400000000002, 117.024, 119.984, 122.94400000000002]
    let s = try y.sum(axes: [0, 2], keepDims: true)
    #expect(s.shape == [1, 3, 1, 5])
    expectClose(try s.get([.index(0), .index(0), .index(0)]),
                [111.10400000000001, 114.06400000000002, 117.024, 119.984, 122.94400000000002], rtol: 1e-15, atol: 0)
    // y.mean(axis=(3,1)).flatten()[:2] -> [8.153, 10.003000000000002]
    let m = try y.mean(axes: [3, 1]).scalars(as: Double.self)
    expectClose(Tensor(Array(m[..<2])), [8.153, 10.003000000000002], rtol: 1e-15, atol: 0)
  }

  @Test func maxAndErrors() throws {
    // y.max(axis=(0,3))[0] -> [23.693, 25.543000000000003, 27.393, 29.243000000000002]
    #expect(Array(try y.max(axes: [0, -1]).scalars(as: Double.self)[..<4]) == [23.693, 25.543000000000003, 27.393, 29.243000000000002])
    expectError("duplicate value in 'axis'") { _ = try y.sum(axes: [1, -3]) }
    expectError("axis 4 is out of bounds for array of dimension 4") { _ = try y.sum(axes: [4]) }
    #expect(try y.sum(axes: []).shape == [2, 3, 4, 5])
  }
}
