import Testing
@testable import TensorCore

@Suite struct IndexingTests {
  let x = Tensor((0..<6).map(Double.init), shape: [2, 3])   // np.arange(6.).reshape(2,3)
  let y = Tensor(Array(0..<24), shape: [2, 3, 4])           // np.arange(24).reshape(2,3,4)

  @Test func basicSlices() throws {
    // x[:, ::-1] -> [[2,1,0],[5,4,3]]; x[-1, 1:] -> [4,5]
    expectClose(try x.get([.all, .slice(start: nil, stop: nil, step: -1)]), [2, 1, 0, 5, 4, 3], shape: [2, 3])
    expectClose(try x.get([.index(-1), .slice(start: 1, stop: nil, step: nil)]), [4, 5], shape: [2])
    // x[..., None].shape (2,3,1); x[:, None, :].shape (2,1,3)
    #expect(try x.get([.ellipsis, .newAxis]).shape == [2, 3, 1])
    #expect(try x.get([.all, .newAxis, .all]).shape == [2, 1, 3])
    // y[::-2, 1::2, -1] -> [[19]]
    #expect(try y.get([.slice(start: nil, stop: nil, step: -2), .slice(start: 1, stop: nil, step: 2), .index(-1)])
      == Tensor([19], shape: [1, 1]))
    // np.zeros((3,4,5))[1:,None,...,::2].shape -> (2, 1, 4, 3)
    #expect(try Tensor.zeros([3, 4, 5]).get([.slice(start: 1, stop: nil, step: nil), .newAxis, .ellipsis,
                                               .slice(start: nil, stop: nil, step: 2)]).shape == [2, 1, 4, 3])
    #expect(try x.get([.index(1), .index(2)]) == Tensor(scalar: 5.0))
  }

  @Test func advancedIndexing() throws {
    // y[0, :, [0, 2]] -> [[0,4,8],[2,6,10]] shape (2,3): advanced dims go first (separated)
    #expect(try y.get([.index(0), .all, .indices(Tensor([0, 2]))]) == Tensor([0, 4, 8, 2, 6, 10], shape: [2, 3]))
    // y[:, [0,2], 1] -> [[1,9],[13,21]]
    #expect(try y.get([.all, .indices(Tensor([0, 2])), .index(1)]) == Tensor([1, 9, 13, 21], shape: [2, 2]))
    // y[[1,0],[2,1]] -> [[20..23],[4..7]]
    #expect(try y.get([.indices(Tensor([1, 0])), .indices(Tensor([2, 1]))])
      == Tensor([20, 21, 22, 23, 4, 5, 6, 7], shape: [2, 4]))
    // y[[[0],[1]], [[0, 2]]] -> shape (2,2,4)
    let r = try y.get([.indices(Tensor([0, 1], shape: [2, 1])), .indices(Tensor([0, 2], shape: [1, 2]))])
    #expect(r == Tensor([0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23], shape: [2, 2, 4]))
    // y[y % 5 == 0] -> [0, 5, 10, 15, 20]
    let mask = try Tensor.binary(.equal, try Tensor.binary(.remainder, y, .int(5)), .int(0))
    #expect(try y.masked(by: mask) == Tensor([0, 5, 10, 15, 20]))
    // y[:, np.array([True,False,True])].shape -> (2, 2, 4)
    #expect(try y.get([.all, .mask(Tensor([true, false, true]))]).shape == [2, 2, 4])
    // np.take(y, [[0,1],[1,1]], axis=1).shape (2,2,2,4); np.take(y, [3,0], axis=-1)
    #expect(try y.gather(indices: Tensor([0, 1, 1, 1], shape: [2, 2]), axis: 1).shape == [2, 2, 2, 4])
    #expect(try y.gather(indices: Tensor([3, 0]), axis: -1)
      == Tensor([3, 0, 7, 4, 11, 8, 15, 12, 19, 16, 23, 20], shape: [2, 3, 2]))
  }

  @Test func assignment() throws {
    // z=np.zeros((3,4)); z[1]=5; z[:, 2] += [1,2,3]; z[z>4]=-1; z[[0,2],[3,3]] = [7,8]
    // -> [[0,0,1,7],[-1,-1,-1,-1],[0,0,3,8]]
    var z = Tensor.zeros([3, 4])
    try z.set([.index(1)], to: .float(5))
    let col = try z.get([.all, .index(2)])
    try z.set([.all, .index(2)], to: try col.adding(Tensor([1, 2, 3])))
    try z.set([.mask(z .> 4)], to: .float(-1))
    try z.set([.indices(Tensor([0, 2])), .indices(Tensor([3, 3]))], to: Tensor([7, 8]))
    expectClose(z, [0, 0, 1, 7, -1, -1, -1, -1, 0, 0, 3, 8], shape: [3, 4])
    // copy-on-write: a copy taken before the write is unchanged
    var w = Tensor.zeros([2])
    let copy = w
    try w.set([.index(0)], to: .float(1))
    #expect(copy == Tensor([0.0, 0]))
    #expect(w == Tensor([1.0, 0]))
  }

  @Test func indexingErrors() {
    // messages as NumPy 2.4 prints them
    expectError("index 5 is out of bounds for axis 0 with size 2") { _ = try x.get([.index(5)]) }
    expectError("index -4 is out of bounds for axis 1 with size 3") { _ = try x.get([.all, .index(-4)]) }
    expectError("index 5 is out of bounds for axis 0 with size 2") { _ = try x.get([.indices(Tensor([5]))]) }
    expectError("too many indices for array: array is 2-dimensional, but 3 were indexed") {
      _ = try x.get([.index(0), .index(0), .index(0)])
    }
    expectError("boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 3") {
      _ = try x.get([.mask(Tensor([true, false, true]))])
    }
    expectError("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ") {
      _ = try x.get([.indices(Tensor([0, 1])), .indices(Tensor([0, 1, 2]))])
    }
    expectError("slice step cannot be zero") { _ = try x.get([.slice(start: nil, stop: nil, step: 0)]) }
    expectError("arrays used as indices must be of integer (or boolean) type") {
      _ = try x.get([.indices(Tensor([1.0]))])
    }
    var z = x
    expectError("could not broadcast input array from shape (2,) into shape (2, 3)") {
      try z.set([.all], to: Tensor.ones([2]))
    }
  }
}
