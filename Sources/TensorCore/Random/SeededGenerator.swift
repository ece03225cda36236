#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fast, seeded random-number generator for training: xoshiro256** (Blackman & Vigna, 2018),
/// its 256-bit state filled from the seed by SplitMix64.
///
/// The same seed gives the same numbers on every run and platform. It is *not* NumPy's stream
/// (see ``NumPyRandomState`` for that); it is what weight initialisation, dropout masks and
/// mini-batch shuffles use, with bulk fills that write straight into a buffer.
///
/// - Complexity: `next()` is a handful of shifts, rotates and xors; a normal draw costs one
///   `log`, one `sqrt` and one `sin`/`cos` pair per *two* values (Box–Muller, both values kept).
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
  // MARK: - State

  /// The four 64-bit words of xoshiro256** state; never all zero.
  @usableFromInline var state: (UInt64, UInt64, UInt64, UInt64)
  /// Box–Muller makes two normals at a time; the second waits here for the next call.
  private var spareNormal: Double?

  /// Creates a generator whose stream is a pure function of `seed`.
  public init(seed: UInt64) {
    var sm = seed
    func splitMix() -> UInt64 {
      sm &+= 0x9E37_79B9_7F4A_7C15
      var z = sm
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
    spareNormal = nil
  }

  /// The four state words, for saving a generator's position.
  public var stateWords: [UInt64] { [state.0, state.1, state.2, state.3] }

  public static func == (a: SeededGenerator, b: SeededGenerator) -> Bool {
    a.state == b.state && a.spareNormal == b.spareNormal
  }

  // MARK: - Raw bits

  /// The next 64 random bits.
  @inlinable @inline(__always)
  public mutating func next() -> UInt64 {
    let result = rotl(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotl(state.3, 45)
    return result
  }

  @usableFromInline @inline(__always)
  func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }

  /// Advances the state by 2¹²⁸ draws: calling `jump()` on copies gives non-overlapping streams
  /// for parallel workers (worker *i* jumps *i* times).
  public mutating func jump() {
    let constants: [UInt64] = [
      0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
    ]
    var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
    for word in constants {
      for bit in 0..<64 {
        if word & (1 << UInt64(bit)) != 0 {
          s0 ^= state.0
          s1 ^= state.1
          s2 ^= state.2
          s3 ^= state.3
        }
        _ = next()
      }
    }
    state = (s0, s1, s2, s3)
    spareNormal = nil
  }

  // MARK: - Single draws

  /// A uniform `Double` in `[0, 1)` with 53 random bits.
  @inlinable @inline(__always)
  public mutating func nextDouble() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform `Float` in `[0, 1)` with 24 random bits.
  @inlinable @inline(__always)
  public mutating func nextFloat() -> Float {
    Float(next() >> 40) * 0x1p-24
  }

  /// A uniform integer in `0..<bound` without modulo bias (Lemire's multiply-and-reject).
  /// - Precondition: `bound > 0`.
  public mutating func nextInt(below bound: Int) -> Int {
    precondition(bound > 0, "nextInt(below:) needs a positive bound, got \(bound)")
    let range = UInt64(bound)
    var product = next().multipliedFullWidth(by: range)
    if product.low < range {
      let threshold = (0 &- range) % range
      while product.low < threshold {
        product = next().multipliedFullWidth(by: range)
      }
    }
    return Int(product.high)
  }

  /// A standard normal `Double` (mean 0, standard deviation 1), Box–Muller.
  public mutating func nextNormal() -> Double {
    if let spare = spareNormal {
      spareNormal = nil
      return spare
    }
    let (a, b) = normalPair()
    spareNormal = b
    return a
  }

  /// Two independent standard normals from two uniforms (Box–Muller).
  @inline(__always)
  private mutating func normalPair() -> (Double, Double) {
    let u1 = 1.0 - nextDouble()  // (0, 1]: log never sees zero
    let u2 = nextDouble()
    let radius = (-2.0 * log(u1)).squareRoot()
    let angle = 2.0 * Double.pi * u2
    return (radius * cos(angle), radius * sin(angle))
  }

  // MARK: - Bulk fills

  /// Fills `buffer` with uniform values in `[low, high)`.
  /// - Complexity: O(n), one 64-bit draw per element.
  public mutating func fillUniform(
    _ buffer: UnsafeMutableBufferPointer<Float>, low: Float = 0, high: Float = 1
  ) {
    let scale = high - low
    for i in buffer.indices { buffer[i] = low + scale * nextFloat() }
  }

  /// Fills `buffer` with uniform values in `[low, high)`.
  /// - Complexity: O(n), one 64-bit draw per element.
  public mutating func fillUniform(
    _ buffer: UnsafeMutableBufferPointer<Double>, low: Double = 0, high: Double = 1
  ) {
    let scale = high - low
    for i in buffer.indices { buffer[i] = low + scale * nextDouble() }
  }

  /// Fills `buffer` with normal values of the given mean and standard deviation.
  /// - Complexity: O(n); one `log`, `sqrt`, `sin` and `cos` per two elements.
  public mutating func fillNormal(
    _ buffer: UnsafeMutableBufferPointer<Float>, mean: Float = 0, standardDeviation: Float = 1
  ) {
    var i = buffer.startIndex
    let end = buffer.endIndex
    while i + 1 < end {
      let (a, b) = normalPair()
      buffer[i] = mean + standardDeviation * Float(a)
      buffer[i + 1] = mean + standardDeviation * Float(b)
      i += 2
    }
    if i < end { buffer[i] = mean + standardDeviation * Float(nextNormal()) }
  }

  /// Fills `buffer` with normal values of the given mean and standard deviation.
  /// - Complexity: O(n); one `log`, `sqrt`, `sin` and `cos` per two elements.
  public mutating func fillNormal(
    _ buffer: UnsafeMutableBufferPointer<Double>, mean: Double = 0, standardDeviation: Double = 1
  ) {
    var i = buffer.startIndex
    let end = buffer.endIndex
    while i + 1 < end {
      let (a, b) = normalPair()
      buffer[i] = mean + standardDeviation * a
      buffer[i + 1] = mean + standardDeviation * b
      i += 2
    }
    if i < end { buffer[i] = mean + standardDeviation * nextNormal() }
  }

  // MARK: - Arrays

  /// `count` uniform `Float`s in `[low, high)`.
  public mutating func uniformFloats(count: Int, low: Float = 0, high: Float = 1) -> [Float] {
    [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      fillUniform(buffer, low: low, high: high)
      initialized = count
    }
  }

  /// `count` uniform `Double`s in `[low, high)`.
  public mutating func uniformDoubles(count: Int, low: Double = 0, high: Double = 1) -> [Double] {
    [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      fillUniform(buffer, low: low, high: high)
      initialized = count
    }
  }

  /// `count` normal `Float`s.
  public mutating func normalFloats(count: Int, mean: Float = 0, standardDeviation: Float = 1)
    -> [Float]
  {
    [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      fillNormal(buffer, mean: mean, standardDeviation: standardDeviation)
      initialized = count
    }
  }

  /// `count` normal `Double`s.
  public mutating func normalDoubles(count: Int, mean: Double = 0, standardDeviation: Double = 1)
    -> [Double]
  {
    [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      fillNormal(buffer, mean: mean, standardDeviation: standardDeviation)
      initialized = count
    }
  }

  // MARK: - Permutations

  /// Shuffles `array` in place (Fisher–Yates, from the back).
  public mutating func shuffle<T>(_ array: inout [T]) {
    var i = array.count - 1
    while i > 0 {
      let j = nextInt(below: i + 1)
      array.swapAt(i, j)
      i -= 1
    }
  }

  /// A uniformly random permutation of `0..<count`.
  public mutating func permutation(_ count: Int) -> [Int] {
    var result = Array(0..<max(count, 0))
    shuffle(&result)
    return result
  }
}
