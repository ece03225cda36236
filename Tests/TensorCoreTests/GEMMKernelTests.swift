import Testing

@testable import TensorCore

// The blocked, packed, threaded GEMM against the triple loop in `Reference.gemm`.

struct GEMMKernelTests {
  static let sizes = [1, 7, 17, 31, 64, 129]

  /// One comparison: random A, B, C with padded leading dimensions, both kernels, same result.
  func check<T: BinaryFloatingPoint>(
    _ type: T.Type, m: Int, n: Int, k: Int, transA: Bool, transB: Bool,
    alpha: T, beta: T, seed: UInt64, tolerance: Double,
    fast: (Bool, Bool, Int, Int, Int, T, UnsafePointer<T>, Int, UnsafePointer<T>, Int, T,
      UnsafeMutablePointer<T>, Int) -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var rng = KernelTestRandom(seed: seed)
    // Stored shapes, each with 3 columns of padding so that ld > row length.
    let (aRows, aCols) = transA ? (k, m) : (m, k)
    let (bRows, bCols) = transB ? (n, k) : (k, n)
    let lda = aCols + 3, ldb = bCols + 3, ldc = n + 3
    let a: [T] = rng.array(aRows * lda), b: [T] = rng.array(bRows * ldb)
    let c0: [T] = rng.array(m * ldc)
    var expected = c0, actual = c0
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        expected.withUnsafeMutableBufferPointer { c in
          Reference.gemm(
            transposeA: transA, transposeB: transB, m: m, n: n, k: k, alpha: alpha,
            a: a.baseAddress!, lda: lda, b: b.baseAddress!, ldb: ldb, beta: beta,
            c: c.baseAddress!, ldc: ldc)
        }
        actual.withUnsafeMutableBufferPointer { c in
          fast(transA, transB, m, n, k, alpha, a.baseAddress!, lda, b.baseAddress!, ldb, beta,
            c.baseAddress!, ldc)
        }
      }
    }
    expectClose(
      actual, expected, rtol: tolerance, atol: tolerance * Double(max(k, 1)),
      "\(T.self) m=\(m) n=\(n) k=\(k) transA=\(transA) transB=\(transB)",
      sourceLocation: sourceLocation)
  }

  static let floatGEMM: @Sendable
    (Bool, Bool, Int, Int, Int, Float, UnsafePointer<Float>, Int, UnsafePointer<Float>, Int,
      Float, UnsafeMutablePointer<Float>, Int) -> Void = {
        Kernels.gemm(
          transposeA: $0, transposeB: $1, m: $2, n: $3, k: $4, alpha: $5, a: $6, lda: $7, b: $8,
          ldb: $9, beta: $10, c: $11, ldc: $12)
      }
  static let doubleGEMM: @Sendable
    (Bool, Bool, Int, Int, Int, Double, UnsafePointer<Double>, Int, UnsafePointer<Double>, Int,
      Double, UnsafeMutablePointer<Double>, Int) -> Void = {
        Kernels.gemm(
          transposeA: $0, transposeB: $1, m: $2, n: $3, k: $4, alpha: $5, a: $6, lda: $7, b: $8,
          ldb: $9, beta: $10, c: $11, ldc: $12)
      }

  @Test(arguments: [false, true], [false, true])
  func floatMatchesReferenceOnOddShapes(transA: Bool, transB: Bool) {
    var seed: UInt64 = 1
    for m in Self.sizes {
      for n in Self.sizes {
        for k in Self.sizes {
          seed += 1
          check(
            Float.self, m: m, n: n, k: k, transA: transA, transB: transB, alpha: 1, beta: 0,
            seed: seed, tolerance: 1e-5, fast: Self.floatGEMM)
        }
      }
    }
  }

  @Test(arguments: [false, true], [false, true])
  func doubleMatchesReferenceOnOddShapes(transA: Bool, transB: Bool) {
    var seed: UInt64 = 1000
    for m in Self.sizes {
      for n in Self.sizes {
        for k in Self.sizes {
          seed += 1
          check(
            Double.self, m: m, n: n, k: k, transA: transA, transB: transB, alpha: 1, beta: 0,
            seed: seed, tolerance: 1e-12, fast: Self.doubleGEMM)
        }
      }
    }
  }

  @Test(arguments: [(Float(0.5), Float(0)), (2, 1), (-1, 0.25), (0, 3)])
  func alphaAndBetaScale(alpha: Float, beta: Float) {
    for (m, n, k) in [(3, 2, 2), (31, 17, 7), (129, 64, 300), (300, 200, 129)] {
      check(
        Float.self, m: m, n: n, k: k, transA: false, transB: true, alpha: alpha, beta: beta,
        seed: 7, tolerance: 1e-5, fast: Self.floatGEMM)
      check(
        Double.self, m: m, n: n, k: k, transA: true, transB: false, alpha: Double(alpha),
        beta: Double(beta), seed: 8, tolerance: 1e-12, fast: Self.doubleGEMM)
    }
  }

  @Test func largeThreadedAndMultiBlockProducts() {
    // Crosses every blocking boundary: K > KC (384), M > MC, N > one NR panel, and the
    // parallel split along both N (wide B) and M (tall, narrow products).
    for (m, n, k) in [(300, 130, 520), (97, 611, 263), (150, 300, 800), (600, 40, 300)] {
      check(
        Float.self, m: m, n: n, k: k, transA: false, transB: false, alpha: 1, beta: 0,
        seed: 9, tolerance: 1e-5, fast: Self.floatGEMM)
      check(
        Double.self, m: m, n: n, k: k, transA: true, transB: true, alpha: 1, beta: 0,
        seed: 10, tolerance: 1e-12, fast: Self.doubleGEMM)
    }
  }

  @Test func betaZeroIgnoresNaNInC() {
    let a: [Float] = [1, 2, 3, 4], b: [Float] = [5, 6, 7, 8]
    var c: [Float] = [.nan, .nan, .nan, .nan]
    Kernels.gemm(m: 2, n: 2, k: 2, a: a, lda: 2, b: b, ldb: 2, c: &c, ldc: 2)
    // [[1, 2], [3, 4]] · [[5, 6], [7, 8]] by hand.
    #expect(c == [19, 22, 43, 50])
  }

  @Test func emptyDimensionsLeaveOrScaleC() {
    var c: [Double] = [1, 2, 3]
    let a: [Double] = [], b: [Double] = []
    Kernels.gemm(m: 3, n: 1, k: 0, a: a, lda: 1, b: b, ldb: 1, beta: 2, c: &c, ldc: 1)
    #expect(c == [2, 4, 6])
    Kernels.gemm(m: 0, n: 1, k: 4, a: a, lda: 4, b: b, ldb: 1, c: &c, ldc: 1)
    #expect(c == [2, 4, 6])
  }
}

// MARK: - Batched

struct BatchedGEMMKernelTests {
  /// Each product of the batch against `Reference.gemm`, including a shared (stride 0) operand.
  @Test(arguments: [(5, 7, 3, 17, false, true), (40, 17, 31, 9, true, false), (3, 129, 64, 65, false, false)])
  func matchesReferencePerProduct(batch: Int, m: Int, n: Int, k: Int, transA: Bool, transB: Bool) {
    var rng = KernelTestRandom(seed: UInt64(batch * m + n))
    let lda = transA ? m : k, ldb = transB ? k : n
    let a: [Float] = rng.array(batch * m * k), b: [Float] = rng.array(k * n)  // B shared
    var c = [Float](repeating: .nan, count: batch * m * n)
    Kernels.batchedGEMM(
      batch: batch, transposeA: transA, transposeB: transB, m: m, n: n, k: k,
      a: a, lda: lda, strideA: m * k, b: b, ldb: ldb, strideB: 0, c: &c, ldc: n, strideC: m * n)
    var expected = [Float](repeating: 0, count: batch * m * n)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        expected.withUnsafeMutableBufferPointer { e in
          for i in 0..<batch {
            Reference.gemm(
              transposeA: transA, transposeB: transB, m: m, n: n, k: k,
              a: a.baseAddress! + i * m * k, lda: lda, b: b.baseAddress!, ldb: ldb,
              c: e.baseAddress! + i * m * n, ldc: n)
          }
        }
      }
    }
    expectClose(c, expected, rtol: 1e-5, atol: 1e-5 * Double(k), "batch \(batch)")
  }

  @Test func doubleBatchWithBeta() {
    var rng = KernelTestRandom(seed: 3)
    let (batch, m, n, k) = (6, 5, 9, 4)
    let a: [Double] = rng.array(m * k), b: [Double] = rng.array(batch * k * n)  // A shared
    let c0: [Double] = rng.array(batch * m * n)
    var c = c0
    Kernels.batchedGEMM(
      batch: batch, m: m, n: n, k: k, alpha: 2, a: a, lda: k, strideA: 0, b: b, ldb: n,
      strideB: k * n, beta: -1, c: &c, ldc: n, strideC: m * n)
    var expected = c0
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        expected.withUnsafeMutableBufferPointer { e in
          for i in 0..<batch {
            Reference.gemm(
              m: m, n: n, k: k, alpha: 2, a: a.baseAddress!, lda: k, b: b.baseAddress! + i * k * n,
              ldb: n, beta: -1, c: e.baseAddress! + i * m * n, ldc: n)
          }
        }
      }
    }
    expectClose(c, expected, rtol: 1e-12, atol: 1e-12)
  }
}
