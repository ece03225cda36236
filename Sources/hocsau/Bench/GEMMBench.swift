import TensorCore

// MARK: - gemm: C = A·B for square Float matrices

extension BenchCase {
  static let gemm = BenchCase(
    name: "gemm", summary: "C = A·B, square Float matrices, n = 64 … 1024 (2·n³ flops)",
    variants: ["64", "128", "256", "512", "1024"]
  ) { variant in
    let n = Int(variant) ?? 256
    var rng = BenchRandom(seed: 42)
    let a = (0..<(n * n)).map { _ in rng.nextFloat() }
    let b = (0..<(n * n)).map { _ in rng.nextFloat() }
    var c = [Float](repeating: 0, count: n * n)
    let seconds = a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        c.withUnsafeMutableBufferPointer { c in
          BenchTimer.best {
            Kernels.gemm(
              m: n, n: n, k: n, a: a.baseAddress!, lda: n, b: b.baseAddress!, ldb: n,
              c: c.baseAddress!, ldc: n)
          }
        }
      }
    }
    return BenchResult(
      name: "gemm", variant: variant, size: "\(n)x\(n)x\(n)", seconds: seconds,
      flops: 2 * Double(n) * Double(n) * Double(n))
  }
}

/// A tiny seeded generator for benchmark inputs (values in [-1, 1)); inputs only need to be
/// reproducible, not NumPy-compatible.
struct BenchRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
  mutating func nextFloat() -> Float { Float(next() >> 40) / Float(1 << 24) * 2 - 1 }
}
