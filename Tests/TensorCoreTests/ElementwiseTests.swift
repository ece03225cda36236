import Testing
@testable import TensorCore

@Suite struct ElementwiseTests {
  @Test func promotionTable() {
    // np.result_type for array pairs (hand table from NumPy's docs; int64+float32 -> float64).
    let table: [(DType, DType, DType)] = [
      (.bool, .bool, .bool), (.bool, .int64, .int64), (.bool, .float32, .float32),
      (.int64, .float32, .float64), (.int64, .float64, .float64), (.float32, .float64, .float64),
      (.float32, .float32, .float32),
    ]
    for (a, b, r) in table {
      #expect(DType.promoted(a, b) == r)
      #expect(DType.promoted(b, a) == r)
    }
  }

  @Test func weakScalarResultTypes() throws {
    // (a*2).dtype, (a*2.5).dtype, (a+True).dtype, (a/2).dtype for a of each dtype (NumPy 2.4):
    // b ['int64','float64','bool','float64'], i ['int64','float64','int64','float64'],
    // f32 all float32, f64 all float64
    let expected: [DType: [DType]] = [
      .bool: [.int64, .float64, .bool, .float64], .int64: [.int64, .float64, .int64, .float64],
      .float32: [.float32, .float32, .float32, .float32], .float64: [.float64, .float64, .float64, .float64],
    ]
    for (dt, results) in expected {
      let a = Tensor.ones([2], dtype: dt)
      let got = [
        try Tensor.binary(.multiply, a, .int(2)).dtype, try Tensor.binary(.multiply, a, .float(2.5)).dtype,
        try Tensor.binary(.add, a, .bool(true)).dtype, try Tensor.binary(.divide, a, .int(2)).dtype,
      ]
      #expect(got == results, "\(dt)")
    }
    // (f32+i64).dtype float64, (b+i64).dtype int64, (b/b).dtype float64
    #expect(try Tensor.binary(.add, .ones([2], dtype: .float32), .ones([2], dtype: .int64)).dtype == .float64)
    #expect(try Tensor.binary(.add, .ones([2], dtype: .bool), .ones([2], dtype: .int64)).dtype == .int64)
    #expect(try Tensor.binary(.divide, .ones([2], dtype: .bool), .ones([2], dtype: .bool)).dtype == .float64)
  }

  @Test func boolArithmetic() throws {
    let t = Tensor([true, true, false, false]), f = Tensor([true, false, true, false])
    #expect(try Tensor.binary(.add, t, f) == Tensor([true, true, true, false]))
    #expect(try Tensor.binary(.multiply, t, f) == Tensor([true, false, false, false]))
    expectError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.") {
      _ = try Tensor.binary(.subtract, t, f)
    }
    expectError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.") {
      _ = try Tensor.unary(.negate, t)
    }
    #expect(try Tensor.binary(.logicalXor, t, f) == Tensor([false, true, true, false]))
    #expect(t.logicalNot() == Tensor([false, false, true, true]))
  }

  @Test func floorDivideAndRemainderFollowPython() throws {
    // np.floor_divide([7.,-7.,7.,-7.,0.], [2.,2.,-2.,-2.,3.]) -> [3.0, -4.0, -4.0, 3.0, 0.0]
    let a = Tensor([7.0, -7, 7, -7, 0]), b = Tensor([2.0, 2, -2, -2, 3])
    expectClose(try Tensor.binary(.floorDivide, a, b), [3, -4, -4, 3, 0])
    // np.remainder([7.,-7.,7.,-7.,5.5], [2.,2.,-2.,-2.,0.]) -> [1.0, 1.0, -1.0, -1.0, nan]
    expectClose(try Tensor.binary(.remainder, Tensor([7.0, -7, 7, -7, 5.5]), Tensor([2.0, 2, -2, -2, 0])),
                [1, 1, -1, -1, .nan])
    // ints: np.floor_divide([7,-7,7,-7,3],[2,2,-2,-2,0]) -> [3,-4,-4,3,0]; remainder -> [1,1,-1,-1,0]
    let ia = Tensor([7, -7, 7, -7, 3]), ib = Tensor([2, 2, -2, -2, 0])
    #expect(try Tensor.binary(.floorDivide, ia, ib) == Tensor([3, -4, -4, 3, 0]))
    #expect(try Tensor.binary(.remainder, ia, ib) == Tensor([1, 1, -1, -1, 0]))
  }

  @Test func powerAndErrors() throws {
    // np.power([2,3],[10,3]) -> [1024, 27]
    #expect(try Tensor.binary(.power, Tensor([2, 3]), Tensor([10, 3])) == Tensor([1024, 27]))
    expectError("Integers to negative integer powers are not allowed.") {
      _ = try Tensor.binary(.power, Tensor([1]), .int(-1))
    }
    expectClose(try Tensor([2.0, 4]).raised(to: .float(0.5)), [Double(2).squareRoot(), 2])
  }

  @Test(arguments: [1, 7, 17, 31])
  func broadcastingOddShapes(n: Int) throws {
    // a (n, 1) + b (1, 3) -> a[i] + b[j], checked against a hand loop.
    let a = Tensor((0..<n).map { Double($0) * 1.5 }, shape: [n, 1])
    let b = Tensor([0.25, -1, 4], shape: [1, 3])
    let s = try a.adding(b)
    var expected: [Double] = []
    for i in 0..<n { for j in [0.25, -1, 4] { expected.append(Double(i) * 1.5 + j) } }
    expectClose(s, expected, shape: [n, 3], rtol: 0, atol: 0)
    // bias row over a matrix (fast path) and the same through the general path (3-d)
    let m = Tensor((0..<(n * 3)).map(Double.init), shape: [n, 3])
    expectClose(try m.multiplying(Tensor([1.0, 2, 3])), (0..<(n * 3)).map { Double($0) * Double($0 % 3 + 1) })
    let m3 = try m.reshaped(to: [n, 1, 3])
    let r = try Tensor.binary(.subtract, Tensor([10.0, 20], shape: [2, 1]), m3)
    #expect(r.shape == [n, 2, 3])
    #expect(r.scalars(as: Double.self)[3] == 20 - 0)
  }

  @Test func largeParallelAdd() throws {
    let n = 100_003
    let a = Tensor((0..<n).map { Float($0) }), b = Tensor.full([n], 0.5, dtype: .float32)
    let s = a + b
    let v = s.scalars(as: Float.self)
    #expect(v[0] == 0.5 && v[n - 1] == Float(n - 1) + 0.5 && v[n / 2 + 1] == Float(n / 2 + 1) + 0.5)
  }

  @Test func broadcastError() {
    expectError("cannot broadcast (2, 3) with (4,)") { _ = try Tensor.zeros([2, 3]).adding(.ones([4])) }
    expectError("cannot broadcast (3,) to (2, 2)") { _ = try Tensor.zeros([3]).broadcast(to: [2, 2]) }
  }

  @Test func unaryFunctions() throws {
    // 1/(1+np.exp(-np.array([-800.0, -1.0, 0.0, 2.0, 800.0])))
    expectClose(Tensor([-800.0, -1, 0, 2, 800]).sigmoid(), [0.0, 0.2689414213699951, 0.5, 0.8807970779778823, 1.0],
                rtol: 1e-15, atol: 0)
    // np.sign([-2.0, 0.0, 3.0, nan]) -> [-1.0, 0.0, 1.0, nan]
    expectClose(Tensor([-2.0, 0, 3, .nan]).sign(), [-1, 0, 1, .nan])
    #expect(Tensor([1, 4]).sqrt().dtype == .float64)
    #expect(Tensor([Float(1), 4]).exp().dtype == .float32)
    #expect(Tensor([-3, 2]).abs() == Tensor([3, 2]))
    #expect(Tensor([-3.5, 2]).relu() == Tensor([0.0, 2]))
    // np.maximum([1.0, nan, 3.0], [2.0, 1.0, nan]) -> [2.0, nan, nan]
    expectClose(try Tensor.maximum(Tensor([1.0, .nan, 3]), Tensor([2.0, 1, .nan])), [2, .nan, .nan])
  }

  @Test func roundingHalfToEven() {
    // np.round([0.5,1.5,2.5,-0.5,1.25,2.675], 0) -> [0.0, 2.0, 2.0, -0.0, 1.0, 3.0]
    expectClose(Tensor([0.5, 1.5, 2.5, -0.5, 1.25, 2.675]).rounded(), [0, 2, 2, -0.0, 1, 3], rtol: 0, atol: 0)
    // np.round([1.25, 2.675, 0.125], 2) -> [1.25, 2.68, 0.12]
    expectClose(Tensor([1.25, 2.675, 0.125]).rounded(decimals: 2), [1.25, 2.68, 0.12], rtol: 0, atol: 0)
    // np.round([1250.0, 1350.0, -1550.0], -2) -> [1200.0, 1400.0, -1600.0]
    expectClose(Tensor([1250.0, 1350, -1550]).rounded(decimals: -2), [1200, 1400, -1600], rtol: 0, atol: 0)
  }

  @Test func clipAndWhere() throws {
    // np.clip(np.array([-2, 0, 5]), 0.5, 3) -> [0.5, 0.5, 3.0]; with int bounds stays int64
    let c = Tensor([-2, 0, 5]).clipped(lower: 0.5, upper: 3)
    #expect(c.dtype == .float64)
    expectClose(c, [0.5, 0.5, 3])
    #expect(Tensor([-2, 0, 5]).clipped(lower: 0, upper: 3) == Tensor([0, 0, 3]))
    // np.where([True,False,True], [1,2,3], [[0.5],[1.5]]) -> [[1.0, 0.5, 3.0], [1.0, 1.5, 3.0]]
    let w = try Tensor.where(Tensor([true, false, true]), Tensor([1, 2, 3]), Tensor([0.5, 1.5], shape: [2, 1]))
    expectClose(w, [1, 0.5, 3, 1, 1.5, 3], shape: [2, 3])
  }

  @Test func comparisons() throws {
    let a = Tensor([1, 2, 3])
    #expect((a .> 1.5) == Tensor([false, true, true]))
    #expect(try Tensor.binary(.equal, a, Tensor([1.0, 0, 3])) == Tensor([true, false, true]))
    #expect(try Tensor.binary(.lessEqual, Tensor([true, false]), .int(0)) == Tensor([false, true]))
  }
}
