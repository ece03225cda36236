import Testing
@testable import TensorCore

// The small-array fast paths of a training loop (same-dtype arithmetic, Python-number operands,
// rank-2 transposes and products, reshapes, storage inside the object) each checked against an
// independent reference: an element-by-element loop written here, or the general path.

@Suite struct FastPathTests {
  static let shapes: [[Int]] = [[1], [4, 2], [3, 1], [1, 5], [7, 9, 2], [0, 3], [600], [33, 17]]

  /// Deterministic values with a mix of signs and magnitudes (and an exact zero).
  static func values(_ n: Int, seed: Int) -> [Double] {
    (0..<n).map { i in
      let x = Double((i * 7919 + seed * 104_729) % 1009) / 97 - 5
      return i % 5 == 3 ? 0 : x
    }
  }

  /// `op` on two numbers of one floating type, as a plain Swift expression.
  static func reference<T: BinaryFloatingPoint>(_ op: BinaryOperation, _ x: T, _ y: T) -> T {
    switch op {
    case .add: return x + y
    case .subtract: return x - y
    case .multiply: return x * y
    default: return x / y
    }
  }

  static let arithmetic: [BinaryOperation] = [.add, .subtract, .multiply, .divide]

  @Test func sameShapeFloat64MatchesElementLoop() throws {
    for shape in Self.shapes {
      let n = shape.reduce(1, *)
      let xs = Self.values(n, seed: 1), ys = Self.values(n, seed: 2).map { $0 == 0 ? 0.5 : $0 }
      let a = Tensor(xs, shape: shape), b = Tensor(ys, shape: shape)
      for op in Self.arithmetic {
        let r = try Tensor.binary(op, a, b)
        #expect(r.shape == shape && r.dtype == .float64)
        #expect(r.scalars(as: Double.self) == zip(xs, ys).map { Self.reference(op, $0, $1) }, "\(op) \(shape)")
      }
    }
  }

  @Test func sameShapeFloat32StaysFloat32() throws {
    let xs = Self.values(12, seed: 3).map { Float($0) }, ys = Self.values(12, seed: 4).map { Float($0) + 11 }
    let a = Tensor(xs, shape: [3, 4]), b = Tensor(ys, shape: [3, 4])
    for op in Self.arithmetic {
      let r = try Tensor.binary(op, a, b)
      #expect(r.dtype == .float32)
      #expect(r.scalars(as: Float.self) == zip(xs, ys).map { Self.reference(op, $0, $1) }, "\(op)")
    }
  }

  @Test func oneElementOperandBroadcastsOnEitherSide() throws {
    let xs = Self.values(8, seed: 5)
    let a = Tensor(xs, shape: [4, 2]), s = Tensor([2.5], shape: [1, 1])
    for op in Self.arithmetic {
      #expect(try Tensor.binary(op, a, s).scalars(as: Double.self) == xs.map { Self.reference(op, $0, 2.5) })
      #expect(try Tensor.binary(op, s, a).scalars(as: Double.self) == xs.map { Self.reference(op, 2.5, $0) })
      #expect(try Tensor.binary(op, s, a).shape == [4, 2])
    }
    // A one-element operand of higher rank is not trivial: (1, 1, 1) with (4, 2) is (1, 4, 2).
    #expect(try Tensor.binary(.add, a, Tensor([1.0], shape: [1, 1, 1])).shape == [1, 4, 2])
  }

  @Test func floatingScalarMatchesZeroDimensionalOperand() throws {
    for dtype in [DType.float64, .float32] {
      let a = Tensor(Self.values(10, seed: 6), shape: [5, 2]).astype(dtype)
      for x in [0.1, -3.0, 0.0, 1e300] {
        let s = Tensor(.float(x), dtype: dtype)
        for op in BinaryOperation.allCases where op.isArithmetic {
          let right = try Tensor.binary(op, a, floatingScalar: x)
          let left = try Tensor.binary(op, a, floatingScalar: x, scalarOnLeft: true)
          let expectedRight = try Tensor.binary(op, a, s), expectedLeft = try Tensor.binary(op, s, a)
          #expect(right.dtype == dtype && left.dtype == dtype)
          #expect(right.scalars(as: Double.self).elementsEqualNaN(expectedRight.scalars(as: Double.self)), "\(op) \(x) \(dtype)")
          #expect(left.scalars(as: Double.self).elementsEqualNaN(expectedLeft.scalars(as: Double.self)), "\(x) \(op) \(dtype)")
        }
      }
    }
  }

  @Test func transposeOfMatricesMatchesIndexLoop() {
    for (rows, columns) in [(1, 1), (4, 2), (2, 4), (9, 17), (16, 8), (0, 3), (33, 1)] {
      let xs = (0..<(rows * columns)).map { Double($0) }
      for dtype in [DType.float64, .float32, .int64, .bool] {
        let t = Tensor(xs, shape: [rows, columns]).astype(dtype)
        let r = t.transposed()
        #expect(r.shape == [columns, rows] && r.dtype == dtype)
        let src = t.scalars(as: Double.self), got = r.scalars(as: Double.self)
        var expected: [Double] = []
        for j in 0..<columns { for i in 0..<rows { expected.append(src[i * columns + j]) } }
        #expect(got == expected, "\(rows)x\(columns) \(dtype)")
      }
    }
  }

  @Test func matrixProductOfTwoMatricesMatchesNaiveLoop() throws {
    for (m, k, n) in [(4, 2, 2), (4, 2, 1), (2, 4, 1), (1, 1, 1), (7, 5, 3), (20, 30, 25), (3, 0, 2)] {
      for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
        let a = Tensor(Self.values(m * k, seed: 7), shape: ta ? [k, m] : [m, k])
        let b = Tensor(Self.values(k * n, seed: 8), shape: tb ? [n, k] : [k, n])
        let r = try Tensor.matmul(a, b, transposeA: ta, transposeB: tb)
        #expect(r.shape == [m, n])
        let pa = a.scalars(as: Double.self), pb = b.scalars(as: Double.self)
        var expected = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
          for j in 0..<n {
            var sum = 0.0
            for p in 0..<k { sum += (ta ? pa[p * m + i] : pa[i * k + p]) * (tb ? pb[j * k + p] : pb[p * n + j]) }
            expected[i * n + j] = sum
          }
        }
        expectClose(r, expected, rtol: 1e-13, atol: 1e-12)
      }
    }
    // Inner sizes that differ still name both shapes.
    expectError("matmul: shapes (4, 2) and (3, 1) not aligned: 2 (dim 1) != 3 (dim 0)") {
      _ = try Tensor.matmul(Tensor.zeros([4, 2]), Tensor.zeros([3, 1]))
    }
  }

  @Test func reshapeInfersOneExtentAndRejectsTheRest() throws {
    let t = Tensor((0..<12).map(Double.init), shape: [3, 4])
    #expect(try t.reshaped(to: [-1, 1]).shape == [12, 1])
    #expect(try t.reshaped(to: [2, -1, 3]).shape == [2, 2, 3])
    #expect(try t.reshaped(to: [12]).scalars(as: Double.self) == t.scalars(as: Double.self))
    expectError("cannot reshape array of size 12 into shape (5, -1)") { _ = try t.reshaped(to: [5, -1]) }
    expectError("cannot reshape array of size 12 into shape (5,)") { _ = try t.reshaped(to: [5]) }
    expectError("can only specify one unknown dimension") { _ = try t.reshaped(to: [-1, -1]) }
    expectError("negative dimensions not allowed") { _ = try t.reshaped(to: [-2, -6]) }
    // Extents whose product overflows are refused, not wrapped around to a match.
    expectError("cannot reshape array of size 0 into shape (4294967296, 4294967296)") {
      _ = try Tensor.zeros([0]).reshaped(to: [1 << 32, 1 << 32])
    }
  }

  @Test func storageInsideAndOutsideTheObjectBehaveAlike() {
    // 512 float64 = 4096 bytes (the last size kept inside the object), 513 = the first outside.
    for n in [0, 1, 511, 512, 513, 5000] {
      let xs = Self.values(n, seed: 9)
      let a = Tensor(xs)
      var b = a
      b.withUnsafeMutableBufferPointer(as: Double.self) { p in for i in p.indices { p[i] += 1 } }
      #expect(a.scalars(as: Double.self) == xs, "copy-on-write, n = \(n)")
      #expect(b.scalars(as: Double.self) == xs.map { $0 + 1 }, "n = \(n)")
      a.withUnsafeBufferPointer(as: Double.self) { p in
        if let base = p.baseAddress { #expect(Int(bitPattern: base) % 16 == 0, "alignment, n = \(n)") }
      }
    }
  }
}

extension [Double] {
  /// Element-wise equality where NaN equals NaN.
  func elementsEqualNaN(_ other: [Double]) -> Bool {
    count == other.count && zip(self, other).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
  }
}
