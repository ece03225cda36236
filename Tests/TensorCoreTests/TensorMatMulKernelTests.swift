import Testing

@testable import TensorCore

// Tensor.matmul: NumPy's shape rules, dtypes and error messages, over the fast kernels.

struct TensorMatMulKernelTests {
  @Test func twoByThreeTimesThreeByTwo() throws {
    // np.array([[1, 2, 3], [4, 5, 6]], float) @ np.array([[7, 8], [9, 10], [11, 12]], float)
    // -> [[ 58.,  64.], [139., 154.]]
    let a = Tensor([1.0, 2, 3, 4, 5, 6], shape: [2, 3])
    let b = Tensor([7.0, 8, 9, 10, 11, 12], shape: [3, 2])
    let c = try Tensor.matmul(a, b)
    #expect(c.shape == [2, 2])
    #expect(c.dtype == .float64)
    #expect(c.scalars(as: Double.self) == [58, 64, 139, 154])
  }

  @Test func xorSizedFloatProduct() throws {
    // The XOR network's first layer: X (4, 2) @ W (2, 2), by hand.
    let x = Tensor([Float(0), 0, 0, 1, 1, 0, 1, 1], shape: [4, 2])
    let w = Tensor([Float(0.5), -1, 2, 0.25], shape: [2, 2])
    let y = try Tensor.matmul(x, w)
    #expect(y.dtype == .float32)
    #expect(y.scalars(as: Float.self) == [0, 0, 2, 0.25, 0.5, -1, 2.5, -0.75])
  }

  @Test func oneDimensionalOperands() throws {
    let v = Tensor([1.0, 2, 3])
    let m = Tensor([1.0, 0, 2, 1, 0, 3], shape: [3, 2])
    let mt = Tensor([1.0, 2, 0, 0, 1, 3], shape: [2, 3])
    // np.array([1., 2, 3]) @ np.array([1., 2, 3]) -> 14.0, shape ()
    let dot = try Tensor.matmul(v, v)
    #expect(dot.shape == [])
    #expect(dot.scalars(as: Double.self) == [14])
    // vector @ matrix: [1, 2, 3] @ [[1, 0], [2, 1], [0, 3]] -> [5., 11.], shape (2,)
    let vm = try Tensor.matmul(v, m)
    #expect(vm.shape == [2])
    #expect(vm.scalars(as: Double.self) == [5, 11])
    // matrix @ vector: [[1, 2, 0], [0, 1, 3]] @ [1, 2, 3] -> [5., 11.], shape (2,)
    let mv = try Tensor.matmul(mt, v)
    #expect(mv.shape == [2])
    #expect(mv.scalars(as: Double.self) == [5, 11])
  }

  @Test func batchBroadcasting() throws {
    var rng = KernelTestRandom(seed: 21)
    let (m, k, n) = (3, 4, 5)
    let aValues: [Float] = rng.array(2 * 1 * m * k), bValues: [Float] = rng.array(3 * k * n)
    let a = Tensor(aValues, shape: [2, 1, m, k]), b = Tensor(bValues, shape: [3, k, n])
    let c = try Tensor.matmul(a, b)
    #expect(c.shape == [2, 3, m, n])
    let got = c.scalars(as: Float.self)
    for i in 0..<2 {
      for j in 0..<3 {
        let expected = Reference.matmul(
          Array(aValues[(i * m * k)..<((i + 1) * m * k)]), Array(bValues[(j * k * n)..<((j + 1) * k * n)]),
          m: m, k: k, n: n)
        let start = (i * 3 + j) * m * n
        expectClose(Array(got[start..<(start + m * n)]), expected, rtol: 1e-6, atol: 1e-6, "batch (\(i), \(j))")
      }
    }
    // A rank-2 operand is shared by every matrix of a rank-3 one.
    let shared = try Tensor.matmul(Tensor(bValues, shape: [3, k, n]), Tensor(aValues[0..<(n * 2)].map { $0 }, shape: [n, 2]))
    #expect(shared.shape == [3, k, 2])
  }

  @Test(arguments: [(false, true), (true, false), (true, true)])
  func transposedOperandsMatchMaterialisedTransposes(transA: Bool, transB: Bool) throws {
    var rng = KernelTestRandom(seed: 4)
    let a = Tensor(rng.array(2 * 17 * 31, as: Double.self), shape: [2, transA ? 31 : 17, transA ? 17 : 31])
    let b = Tensor(rng.array(31 * 7, as: Double.self), shape: transB ? [7, 31] : [31, 7])
    let fast = try Tensor.matmul(a, b, transposeA: transA, transposeB: transB)
    let slow = try Tensor.matmul(
      transA ? a.permuted([0, 2, 1]) : a, transB ? b.transposed() : b)
    #expect(fast.shape == [2, 17, 7])
    expectClose(fast.scalars(as: Double.self), slow.scalars(as: Double.self), rtol: 1e-12, atol: 1e-12)
  }

  @Test func dtypes() throws {
    // np.array([[1, 2]], np.float32) @ np.array([[3], [4]], np.float64) -> float64 [[11.]]
    let mixed = try Tensor.matmul(Tensor([Float(1), 2], shape: [1, 2]), Tensor([3.0, 4], shape: [2, 1]))
    #expect(mixed.dtype == .float64)
    #expect(mixed.scalars(as: Double.self) == [11])
    // int64 stays exact: np.array([[2**40, 3]]) @ np.array([[2**20], [5]]) -> [[1152921504606846991]]
    let ints = try Tensor.matmul(Tensor([1 << 40, 3], shape: [1, 2]), Tensor([1 << 20, 5], shape: [2, 1]))
    #expect(ints.dtype == .int64)
    #expect(ints.scalars(as: Int.self) == [1_152_921_504_606_846_991])
    // np.array([[True, False], [False, False]]) @ np.array([[True], [True]]) -> [[ True], [False]]
    let bools = try Tensor.matmul(
      Tensor([true, false, false, false], shape: [2, 2]), Tensor([true, true], shape: [2, 1]))
    #expect(bools.dtype == .bool)
    #expect(bools.scalars(as: Bool.self) == [true, false])
  }

  @Test func emptyInnerDimensionGivesZeros() throws {
    let c = try Tensor.matmul(Tensor.zeros([2, 0], dtype: .float32), Tensor.zeros([0, 3], dtype: .float32))
    #expect(c.shape == [2, 3])
    #expect(c.scalars(as: Float.self) == [0, 0, 0, 0, 0, 0])
  }

  @Test func errorsNameTheShapes() {
    #expect(throws: TensorError(.shape, "matmul: shapes (2, 3) and (4, 5) not aligned: 3 (dim 1) != 4 (dim 0)")) {
      try Tensor.matmul(Tensor.zeros([2, 3]), Tensor.zeros([4, 5]))
    }
    #expect(throws: TensorError(.shape, "matmul: shapes (3,) and (2, 2) not aligned: 3 (dim 0) != 2 (dim 0)")) {
      try Tensor.matmul(Tensor.zeros([3]), Tensor.zeros([2, 2]))
    }
    #expect(throws: TensorError(.shape, "matmul: shapes (2, 2, 3) and (2, 4, 5) not aligned: 3 (dim 2) != 4 (dim 1)")) {
      try Tensor.matmul(Tensor.zeros([2, 2, 3]), Tensor.zeros([2, 4, 5]))
    }
    #expect(
      throws: TensorError(
        .shape,
        "matmul: batch dimensions of (2, 2, 3) and (3, 3, 5) do not broadcast: cannot broadcast (2,) with (3,)")
    ) {
      try Tensor.matmul(Tensor.zeros([2, 2, 3]), Tensor.zeros([3, 3, 5]))
    }
    #expect(throws: TensorError.self) { try Tensor.matmul(Tensor(scalar: 2.0), Tensor.zeros([2])) }
  }
}
