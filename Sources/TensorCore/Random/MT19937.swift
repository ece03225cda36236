/// The 32-bit Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), exactly as NumPy's
/// `MT19937` bit generator and legacy `RandomState` run it: the same seeding (`init_genrand`
/// for one integer, `init_by_array` for an array), the same tempering, and NumPy's conventions
/// for 64-bit draws (`hi << 32 | lo`) and doubles (53 bits from two draws).
///
/// - Complexity: amortised O(1) per 32-bit draw; every 624 draws regenerate the whole state.
public struct MT19937: RandomNumberGenerator, Sendable, Equatable {
  // MARK: - State

  /// Number of 32-bit words of state.
  public static let stateLength = 624
  private static let shift = 397
  private static let matrixA: UInt32 = 0x9908_B0DF
  private static let upperMask: UInt32 = 0x8000_0000
  private static let lowerMask: UInt32 = 0x7FFF_FFFF

  /// The 624 words of state (NumPy's `key`).
  public private(set) var key: [UInt32]
  /// Index of the next word to temper; 624 means "regenerate first" (NumPy's `pos`).
  public private(set) var position: Int

  /// Seeds from one 32-bit integer the way NumPy's legacy `RandomState(seed)` does.
  public init(seed: UInt32) {
    key = [UInt32](repeating: 0, count: Self.stateLength)
    position = Self.stateLength
    self.seed(seed)
  }

  /// Seeds from an array of 32-bit integers the way NumPy's `RandomState([a, b, …])` does
  /// (`init_by_array`). - Precondition: `initKey` is not empty.
  public init(initKey: [UInt32]) {
    key = [UInt32](repeating: 0, count: Self.stateLength)
    position = Self.stateLength
    seed(initKey: initKey)
  }

  /// Restores a saved state (NumPy's `get_state()` tuple's key and pos).
  /// - Precondition: `key.count == 624` and `0 <= position <= 624`.
  public init(key: [UInt32], position: Int) {
    precondition(key.count == Self.stateLength && (0...Self.stateLength).contains(position))
    self.key = key
    self.position = position
  }

  // MARK: - Seeding

  /// NumPy's `mt19937_seed`: Knuth's linear recurrence from one word.
  public mutating func seed(_ seed: UInt32) {
    var s = seed
    key.withUnsafeMutableBufferPointer { mt in
      for pos in 0..<Self.stateLength {
        mt[pos] = s
        s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(pos + 1)
      }
    }
    position = Self.stateLength
  }

  /// NumPy's `mt19937_init_by_array` (the reference `init_by_array`).
  public mutating func seed(initKey: [UInt32]) {
    precondition(!initKey.isEmpty, "MT19937 init_by_array needs at least one word")
    let n = Self.stateLength
    seed(19_650_218)
    key.withUnsafeMutableBufferPointer { mt in
      var i = 1
      var j = 0
      var k = max(n, initKey.count)
      while k > 0 {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ initKey[j] &+ UInt32(j)
        i += 1
        j += 1
        if i >= n {
          mt[0] = mt[n - 1]
          i = 1
        }
        if j >= initKey.count { j = 0 }
        k -= 1
      }
      k = n - 1
      while k > 0 {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
        i += 1
        if i >= n {
          mt[0] = mt[n - 1]
          i = 1
        }
        k -= 1
      }
      mt[0] = 0x8000_0000
    }
    position = n
  }

  // MARK: - Draws

  /// Regenerates all 624 words (NumPy's `mt19937_gen`).
  private mutating func regenerate() {
    let n = Self.stateLength, m = Self.shift
    key.withUnsafeMutableBufferPointer { mt in
      @inline(__always) func twist(_ i: Int, _ next: Int, _ far: Int) {
        let y = (mt[i] & Self.upperMask) | (mt[next] & Self.lowerMask)
        mt[i] = mt[far] ^ (y >> 1) ^ ((0 &- (y & 1)) & Self.matrixA)
      }
      var i = 0
      while i < n - m {
        twist(i, i + 1, i + m)
        i += 1
      }
      while i < n - 1 {
        twist(i, i + 1, i + m - n)
        i += 1
      }
      twist(n - 1, 0, m - 1)
    }
    position = 0
  }

  /// The next tempered 32-bit word (NumPy's `next_uint32`).
  @inline(__always)
  public mutating func nextUInt32() -> UInt32 {
    if position == Self.stateLength { regenerate() }
    var y = key[position]
    position += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C_5680
    y ^= (y << 15) & 0xEFC6_0000
    y ^= y >> 18
    return y
  }

  /// 64 bits from two words, the first in the high half (NumPy's `next_uint64`).
  @inline(__always)
  public mutating func next() -> UInt64 {
    let high = UInt64(nextUInt32())
    return high << 32 | UInt64(nextUInt32())
  }

  /// A double in `[0, 1)` from 27 + 26 bits of two words (NumPy's `next_double`,
  /// `random_sample`).
  @inline(__always)
  public mutating func nextDouble() -> Double {
    let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }
}
