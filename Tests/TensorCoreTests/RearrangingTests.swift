import Testing
@testable import TensorCore

/// Rolls, quarter turns, triangles, resizing, differences and searches against naive loops.
@Suite struct RearrangingTests {
  @Test(arguments: [(1, 1, 0), (3, 4, 1), (3, 4, -5), (2, 7, 9), (5, 1, 2)])
  func rollMatchesIndexLoop(rows: Int, cols: Int, shift: Int) throws {
    let a = Tensor(Array(0..<(rows * cols)), shape: [rows, cols])
    let r = try a.rolled(by: shift, axis: 1)
    var expected: [Int] = []
    for i in 0..<rows {
      for j in 0..<cols { expected.append(i * cols + (((j - shift) % cols) + cols) % cols) }
    }
    #expect(r.scalars(as: Int.self) == expected)
  }

  @Test func quarterTurns() throws {
    // np.rot90(np.arange(6).reshape(2, 3)) -> [[2, 5], [1, 4], [0, 3]]
    let a = Tensor(Array(0..<6), shape: [2, 3])
    #expect(try a.rotated90(times: 1, axes: (0, 1)) == Tensor([2, 5, 1, 4, 0, 3], shape: [3, 2]))
    #expect(try a.rotated90(times: -1, axes: (0, 1)) == Tensor([3, 0, 4, 1, 5, 2], shape: [3, 2]))
    #expect(try a.rotated90(times: 2, axes: (0, 1)) == Tensor([5, 4, 3, 2, 1, 0], shape: [2, 3]))
    #expect(try a.rotated90(times: 4, axes: (0, 1)) == a)
    expectError("Axes must be different.") { _ = try a.rotated90(times: 1, axes: (1, 1)) }
  }

  @Test(arguments: [-2, -1, 0, 1, 3])
  func trianglesMatchLoop(k: Int) throws {
    let a = Tensor((0..<12).map { Double($0 + 1) }, shape: [3, 4])
    let lower = try a.triangle(lower: true, offset: k), upper = try a.triangle(lower: false, offset: k)
    for i in 0..<3 {
      for j in 0..<4 {
        let v = Double(i * 4 + j + 1)
        #expect(lower.element(at: i * 4 + j) == (j - i <= k ? v : 0))
        #expect(upper.element(at: i * 4 + j) == (j - i >= k ? v : 0))
      }
    }
  }

  @Test func resizeRepeatsCyclically() throws {
    let r = try Tensor([1, 2, 3]).resized(to: [2, 4])
    #expect(r == Tensor([1, 2, 3, 1, 2, 3, 1, 2], shape: [2, 4]))
    #expect(try Tensor([Double]()).resized(to: [2]) == Tensor([0.0, 0.0]))
    expectError("all elements of `new_shape` must be non-negative") { _ = try Tensor([1]).resized(to: [-1]) }
  }

  @Test func differencesMatchLoop() throws {
    let x: [Int] = [1, 4, 9, 16, 25, 36]
    var d = x
    for _ in 0..<2 { d = zip(d.dropFirst(), d).map { $0 - $1 } }
    #expect(try Tensor(x).differences(order: 2, axis: 0) == Tensor(d))
    #expect(try Tensor(x).differences(order: 9, axis: 0).shape == [0])
    #expect(try Tensor([true, false, false]).differences(order: 1, axis: 0) == Tensor([true, false]))
  }

  @Test func movedAxes() throws {
    let t = Tensor.zeros([2, 3, 4])
    #expect(try t.movedAxesOrder(from: [0], to: [-1]) == [1, 2, 0])
    #expect(try t.movedAxesOrder(from: [0, 1], to: [-1, -2]) == [2, 1, 0])
    expectError("source: axis 3 is out of bounds for array of dimension 3") { _ = try t.movedAxesOrder(from: [3], to: [0]) }
  }

  @Test(arguments: [false, true])
  func insertionPointsMatchLinearScan(right: Bool) throws {
    let sorted: [Double] = [-1, 0, 0, 2.5, 2.5, 2.5, 7, .nan]
    let values: [Double] = [-3, -1, 0, 1, 2.5, 7, 8, .nan, .infinity]
    let r = try Tensor(sorted).insertionPoints(of: Tensor(values), rightSide: right)
    let expected = values.map { v in
      sorted.firstIndex { s in right ? nanLastLess(v, s) : !nanLastLess(s, v) } ?? sorted.count
    }
    #expect(r.scalars(as: Int.self) == expected)
  }

  @Test func setsAndBins() throws {
    #expect(try Tensor.setDifference(Tensor([5, 1, 2, 2, 7]), Tensor([2, 7])) == Tensor([1, 5]))
    #expect(try Tensor.union(Tensor([3, 1]), Tensor([2.0])) == Tensor([1.0, 2, 3]))
    #expect(try Tensor.intersection(Tensor([1, 3, 4, 3]), Tensor([3, 1, 2])) == Tensor([1, 3]))
    #expect(Tensor([1.0, .nan, 3]).isMember(of: Tensor([Double.nan, 3])) == Tensor([false, false, true]))
    // np.digitize([0.2, 6.4, 3.0, 1.6], [0, 1, 2.5, 4, 10]) -> [1, 4, 3, 2]
    #expect(try Tensor([0.2, 6.4, 3.0, 1.6]).binIndices(bins: Tensor([0, 1, 2.5, 4, 10]), right: false) == Tensor([1, 4, 3, 2]))
    #expect(try Tensor([1, 2, 3]).binIndices(bins: Tensor([3, 2, 1]), right: false) == Tensor([2, 1, 0]))
    #expect(try Tensor.vandermonde(Tensor([1, 2, 3]), columns: 3, increasing: false) == Tensor([1, 1, 1, 4, 2, 1, 9, 3, 1], shape: [3, 3]))
  }
}
