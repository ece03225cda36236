import Testing
@testable import TensorCore

@Suite struct ShapeTests {
  @Test func reshapeAndErrors() throws {
    let a = Tensor((0..<6).map(Double.init), shape: [2, 3])
    #expect(try a.reshaped(to: [3, -1]).shape == [3, 2])
    #expect(try a.reshaped(to: [-1]).shape == [6])
    expectError("cannot reshape array of size 6 into shape (4,)") { _ = try a.reshaped(to: [4]) }
    expectError("cannot reshape array of size 6 into shape (4, -1)") { _ = try a.reshaped(to: [4, -1]) }
    expectError("can only specify one unknown dimension") { _ = try a.reshaped(to: [-1, -1]) }
    #expect(try a.expandingShape(at: -1).shape == [2, 3, 1])
    #expect(try a.reshaped(to: [1, 2, 1, 3]).squeezed().shape == [2, 3])
    expectError("cannot select an axis to squeeze out which has size not equal to one") { _ = try a.squeezed(axis: 0) }
    expectError("axis 3 is out of bounds for array of dimension 3") { _ = try a.expandingShape(at: 3) }
  }

  @Test(arguments: [(1, 1), (7, 17), (17, 31), (3, 1)])
  func transposeMatchesHandLoop(m: Int, n: Int) {
    let a = Tensor((0..<(m * n)).map(Double.init), shape: [m, n])
    let t = a.transposed()
    #expect(t.shape == [n, m])
    var expected: [Double] = []
    for j in 0..<n { for i in 0..<m { expected.append(Double(i * n + j)) } }
    #expect(t.scalars(as: Double.self) == expected)
  }

  @Test func permute() throws {
    let y = Tensor(Array(0..<24), shape: [2, 3, 4])
    let p = try y.permuted([1, -1, 0])
    #expect(p.shape == [3, 4, 2])
    // np.arange(24).reshape(2,3,4).transpose(1,2,0)[2, 1] -> [9, 21]
    #expect(try p.get([.index(2), .index(1)]) == Tensor([9, 21]))
    expectError("axes don't match array") { _ = try y.permuted([0, 1]) }
  }

  @Test func joining() throws {
    // np.concatenate([np.ones((2,1)), np.zeros((2,2),np.int64)], axis=1) -> [[1,0,0],[1,0,0]] float64
    let c = try Tensor.concatenated([.ones([2, 1]), .zeros([2, 2], dtype: .int64)], along: 1)
    #expect(c == Tensor([1.0, 0, 0, 1, 0, 0], shape: [2, 3]))
    // np.stack([[1,2],[3,4]], axis=1) -> [[1,3],[2,4]]
    #expect(try Tensor.stacked([Tensor([1, 2]), Tensor([3, 4])], along: 1) == Tensor([1, 3, 2, 4], shape: [2, 2]))
    expectError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 1 and the array at index 1 has size 2") {
      _ = try Tensor.concatenated([.ones([2, 1]), .zeros([3, 2])], along: 0)
    }
    expectError("all input arrays must have the same shape") {
      _ = try Tensor.stacked([.ones([2]), .ones([3])])
    }
  }

  @Test func padRepeatTile() throws {
    // np.pad([[1,2],[3,4]], ((1,0),(0,2)), constant_values=9) -> [[9,9,9,9],[1,2,9,9],[3,4,9,9]]
    let p = try Tensor([1, 2, 3, 4], shape: [2, 2]).padded(widths: [(1, 0), (0, 2)], value: 9)
    #expect(p == Tensor([9, 9, 9, 9, 1, 2, 9, 9, 3, 4, 9, 9], shape: [3, 4]))
    // np.repeat([[1,2],[3,4]], 2, axis=1) -> [[1,1,2,2],[3,3,4,4]]
    #expect(try Tensor([1, 2, 3, 4], shape: [2, 2]).repeated(2, axis: 1) == Tensor([1, 1, 2, 2, 3, 3, 4, 4], shape: [2, 4]))
    // np.tile([1,2], (2,2)) -> [[1,2,1,2],[1,2,1,2]]
    #expect(try Tensor([1, 2]).tiled([2, 2]) == Tensor([1, 2, 1, 2, 1, 2, 1, 2], shape: [2, 4]))
  }

  @Test func creation() throws {
    // np.linspace(0,1,7)
    expectClose(try Tensor.linspace(0, 1, count: 7),
                [0.0, 0.16666666666666666, 0.3333333333333333, 0.5, 0.6666666666666666, 0.8333333333333333, 1.0],
                rtol: 0, atol: 0)
    // np.arange(0, 1, 0.1)
    expectClose(try Tensor.arange(0, 1, step: 0.1),
                [0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9],
                rtol: 0, atol: 0)
    // np.linspace(-5, 5, 4, dtype=int) -> [-5, -2, 1, 5] (rounded toward -inf)
    #expect(try Tensor.linspace(-5, 5, count: 4, dtype: .int64) == Tensor([-5, -2, 1, 5]))
    // np.arange(-3, 10, 4) -> [-3, 1, 5, 9]
    #expect(try Tensor.arange(-3, 10, step: 4, dtype: .int64) == Tensor([-3, 1, 5, 9]))
    // np.eye(3, 4, k=1)
    #expect(try Tensor.eye(3, 4, k: 1) == Tensor([0.0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], shape: [3, 4]))
    #expect(Tensor([1.9, -1.9, 0]).astype(.int64) == Tensor([1, -1, 0]))
    #expect(Tensor([2, 0]).astype(.bool) == Tensor([true, false]))
    let s = Tensor(scalar: 3.5)
    #expect(s.rank == 0 && s.count == 1 && s.doubleValue == 3.5)
    expectError("cannot reshape array of size 3 into shape (2,)") { _ = try Tensor(validating: [1, 2, 3], shape: [2]) }
  }

  @Test func memoryGuard() throws {
    // np.zeros((200000, 200000)) -> MemoryError: Unable to allocate 298. GiB for an array with
    // shape (200000, 200000) and data type float64
    expectError("Unable to allocate 298. GiB for an array with shape (200000, 200000) and data type float64") {
      _ = try Tensor.zeros(validating: [200000, 200000])
    }
    // np.zeros((200000,200000,1000)) -> Unable to allocate 291. TiB …
    expectError("Unable to allocate 291. TiB for an array with shape (200000, 200000, 1000) and data type float64") {
      _ = try Tensor.zeros(validating: [200000, 200000, 1000])
    }
    MemoryGuard.setLimit(1000)
    defer { MemoryGuard.setLimit(nil) }
    // numpy's _size_to_string(1600) -> '1.56 KiB'
    expectError("Unable to allocate 1.56 KiB for an array with shape (200,) and data type float64") {
      _ = try Tensor.ones(validating: [200])
    }
    expectError("Unable to allocate 1.56 KiB for an array with shape (10, 20) and data type float64") {
      _ = try Tensor.zeros([20]).adding(.zeros([10, 1]))
    }
    MemoryGuard.resetMeter()
    _ = try Tensor.zeros(validating: [10])
    #expect(MemoryGuard.bytesAllocated == 80)
    #expect(MemoryGuard.formatByteSize(12) == "12 bytes")
  }
}
