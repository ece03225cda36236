import Foundation
import Testing
@testable import TensorCore

/// Small deterministic values with ties and (optionally) NaNs: `(i·7919 + seed) mod 11 - 5`.
private func samples(_ n: Int, seed: Int = 3, nanEvery: Int = 0) -> [Double] {
  (0..<n).map { (i: Int) -> Double in
    if nanEvery > 0 && i % nanEvery == nanEvery - 1 { return .nan }
    let k: Int = (i * 7919 + seed) % 11 - 5
    return Double(k) * 0.5
  }
}

/// Lanes along `axis` of a row-major `shape`, as flat index lists (the naive reference).
private func laneIndices(_ shape: [Int], _ axis: Int) -> [[Int]] {
  let outer = shape[..<axis].reduce(1, *), n = shape[axis], inner = shape[(axis + 1)...].reduce(1, *)
  var lanes: [[Int]] = []
  for o in 0..<outer { for j in 0..<inner { lanes.append((0..<n).map { (o * n + $0) * inner + j }) } }
  return lanes
}

/// Insertion sort of indices, NaN last, ties in original order (stable by construction).
private func naiveArgsort(_ v: [Double]) -> [Int] {
  func less(_ a: Double, _ b: Double) -> Bool { a < b || (b.isNaN && !a.isNaN) }
  var order: [Int] = []
  for i in v.indices {
    var k = order.count
    while k > 0 && less(v[i], v[order[k - 1]]) { k -= 1 }
    order.insert(i, at: k)
  }
  return order
}

private func sameDoubles(_ a: [Double], _ b: [Double]) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
}

@Suite struct SortingStatisticsTests {
  let shape = [3, 5, 4]

  @Test func sortAndArgsortMatchInsertionSortOnEveryAxis() throws {
    let data = samples(60, nanEvery: 7)
    let t = Tensor(data, shape: shape)
    for axis in [0, 1, 2, -1] {
      let s = try t.sorted(axis: axis).scalars(as: Double.self)
      let a = try t.argsorted(axis: axis).scalars(as: Int.self)
      for lane in laneIndices(shape, (axis + 3) % 3) {
        let order = naiveArgsort(lane.map { data[$0] })
        #expect(lane.map { a[$0] } == order)
        #expect(sameDoubles(lane.map { s[$0] }, order.map { data[lane[$0]] }))
      }
    }
    let ints = Tensor((0..<12).map { ($0 * 5) % 7 }, shape: [12])
    #expect(try ints.sorted().scalars(as: Int.self) == (0..<12).map { ($0 * 5) % 7 }.sorted())
    #expect(try Tensor([true, false, true, false]).argsorted().scalars(as: Int.self) == [1, 3, 0, 2])
    expectError("axis -1 is out of bounds for array of dimension 0") { _ = try Tensor(scalar: 1.0).sorted() }
  }

  @Test func runningSumAndProductMatchLoops() throws {
    let data = samples(60)
    let t = Tensor(data, shape: shape)
    for axis in 0..<3 {
      let s = try t.cumulativeSum(axis: axis).scalars(as: Double.self)
      let p = try t.cumulativeProduct(axis: axis).scalars(as: Double.self)
      for lane in laneIndices(shape, axis) {
        var acc = 0.0, prod = 1.0
        for k in lane {
          acc += data[k]
          prod *= data[k]
          #expect(s[k] == acc)
          #expect(p[k] == prod)
        }
      }
    }
    let b = try Tensor([true, true, false, true]).cumulativeSum(axis: 0)
    #expect(b.dtype == .int64 && b.scalars(as: Int.self) == [1, 2, 2, 3])
    #expect(try Tensor([Float(1.5), 2]).cumulativeProduct(axis: 0).dtype == .float32)
  }

  @Test func uniqueMatchesSetCounting() {
    let data = samples(40, nanEvery: 9)
    let u = Tensor(data, shape: [8, 5]).unique()
    let numbers = data.filter { !$0.isNaN }
    let distinct = Set(numbers).sorted()
    #expect(sameDoubles(u.values.scalars(as: Double.self), distinct + [.nan]))
    #expect(u.counts.scalars(as: Int.self) == distinct.map { d in numbers.filter { $0 == d }.count } + [data.count - numbers.count])
    let firsts = u.firstIndices.scalars(as: Int.self)
    for (k, d) in distinct.enumerated() { #expect(firsts[k] == data.firstIndex(of: d)) }
    let inverse = u.inverse.scalars(as: Int.self)
    #expect(u.inverse.shape == [8, 5])
    for (i, x) in data.enumerated() {
      #expect(x.isNaN ? inverse[i] == distinct.count : inverse[i] == distinct.firstIndex(of: x))
    }
  }

  @Test func medianAndQuantileMatchTheFormulaAndNumPy() throws {
    let data = samples(60)
    let t = Tensor(data, shape: shape)
    let med = try t.median(axis: 1).scalars(as: Double.self)
    let q = try t.quantile([0.0, 0.3, 1.0], axis: 1)
    #expect(q.shape == [3, 3, 4])
    let qs = q.scalars(as: Double.self)
    for (li, lane) in laneIndices(shape, 1).enumerated() {
      let v = lane.map { data[$0] }.sorted()
      #expect(med[li] == v[2])
      #expect(qs[li] == v[0] && qs[24 + li] == v[4])
      // (n-1)·0.3 = 1.2: 20% of the way from v[1] to v[2].
      #expect(qs[12 + li] == v[1] + (v[2] - v[1]) * (1.2 - 1.0))
    }
    // np.median([1, 2, 3, 4]) -> 2.5; np.percentile(np.arange(10), 33) -> 2.97;
    // np.percentile([0.1, 0.2, 0.7], 95) -> 0.6499999999999999; np.median([1.0, nan]) -> nan
    #expect(try Tensor([1, 2, 3, 4]).median(axis: nil).doubleValue == 2.5)
    #expect(try Tensor(Array(0..<10)).quantile([0.33], axis: nil).doubleValue == 2.97)
    #expect(try Tensor([0.1, 0.2, 0.7]).quantile([0.95], axis: nil).doubleValue == 0.6499999999999999)
    #expect(try Tensor([1.0, .nan]).median(axis: nil).doubleValue.isNaN)
    #expect(try Tensor([Float(1), 2]).median(axis: nil).dtype == .float32)
  }

  @Test func predicatesAndIsCloseMatchTheFormula() throws {
    let a: [Double] = [1, .nan, .infinity, -.infinity, 0, 1e10, 1e-9, 2]
    let b: [Double] = [1 + 1e-9, .nan, .infinity, .infinity, 1e-9, 1.00001e10, 0, 2.1]
    let ta = Tensor(a), tb = Tensor(b)
    #expect(ta.isNaN().scalars(as: Bool.self) == a.map { $0.isNaN })
    #expect(ta.isInfinite().scalars(as: Bool.self) == a.map { $0.isInfinite })
    #expect(ta.isFinite().scalars(as: Bool.self) == a.map { $0.isFinite })
    #expect(Tensor([1, 2]).isFinite().scalars(as: Bool.self) == [true, true])
    for equalNaN in [false, true] {
      let close = try Tensor.isClose(ta, tb, equalNaN: equalNaN).scalars(as: Bool.self)
      let naive = zip(a, b).map { x, y in
        (abs(x - y) <= 1e-08 + 1e-05 * abs(y) && y.isFinite) || x == y || (equalNaN && x.isNaN && y.isNaN)
      }
      #expect(close == naive)
    }
    expectError("cannot broadcast (2,) with (3,)") { _ = try Tensor.isClose(Tensor([1.0, 2]), Tensor([1.0, 2, 3])) }
    #expect(Tensor([0.0, 1e-10]).log1p().scalars(as: Double.self) == [0, Foundation.log1p(1e-10)])
    #expect(Tensor([1e-10]).expm1().scalars(as: Double.self) == [Foundation.expm1(1e-10)])
  }

  @Test func diagonalsBinCountsAndRepeatsMatchLoops() throws {
    let m = Tensor((0..<24).map(Double.init), shape: [4, 3, 2])
    for k in -4...4 {
      let d = try m.diagonal(offset: k)
      var naive: [Double] = []
      for r in 0..<2 { for i in 0..<4 { let j = i + k; if j >= 0 && j < 3 { naive.append(Double((i * 3 + j) * 2 + r)) } } }
      #expect(d.shape == [2, naive.count / 2] && d.scalars(as: Double.self) == naive)
    }
    let dm = try Tensor.diagonalMatrix(Tensor([1, 2]), offset: -1)
    #expect(dm.shape == [3, 3] && dm.scalars(as: Int.self) == [0, 0, 0, 1, 0, 0, 0, 2, 0])
    let values = (0..<50).map { ($0 * 13) % 9 }
    var counts = [Int](repeating: 0, count: 12)
    for v in values { counts[v] += 1 }
    #expect(try Tensor(values).binCount(minLength: 12).scalars(as: Int.self) == counts)
    let w = try Tensor([0, 2, 2]).binCount(weights: Tensor([0.5, 1, 2]))
    #expect(w.scalars(as: Double.self) == [0.5, 0, 3])
    expectError("'list' argument must have no negative elements") { _ = try Tensor([1, -1]).binCount() }
    let r = try Tensor([1, 2, 3, 4], shape: [2, 2]).repeated(counts: [3, 0], axis: 1)
    #expect(r.shape == [2, 3] && r.scalars(as: Int.self) == [1, 1, 1, 3, 3, 3])
    expectError("repeats may not contain negative values.") { _ = try Tensor([1, 2]).repeated(counts: [1, -1], axis: 0) }
  }
}
