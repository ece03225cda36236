#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// NumPy's legacy `numpy.random.RandomState` stream, bit for bit: `np.random.seed(0);
/// np.random.rand(3)` through this type gives exactly the numbers NumPy prints.
///
/// NumPy keeps this stream frozen for backward compatibility, so the algorithms below are the
/// legacy ones, not `Generator`'s: `random_sample` takes 53 bits from two 32-bit words, normals
/// come from the polar method with the second value cached (`gauss`), bounded integers use
/// masked rejection (32-bit draws when the range fits in 32 bits), and shuffles are
/// Fisher–Yates from the back with `random_interval`.
///
/// | NumPy (`np.random.…`)              | here                                         |
/// | ---------------------------------- | -------------------------------------------- |
/// | `seed(s)`, `seed([a, b])`          | ``seed(_:)``, ``seed(array:)``               |
/// | `rand`, `random`, `random_sample`  | ``randomSample()``, ``randomSample(count:)`` |
/// | `randn`, `standard_normal`         | ``standardNormal()``, ``standardNormal(count:)`` |
/// | `normal(loc, scale)`               | ``normal(mean:standardDeviation:count:)``    |
/// | `uniform(low, high)`               | ``uniform(low:high:count:)``                 |
/// | `randint(low, high)` (int64)       | ``integers(low:high:count:)``                |
/// | `shuffle(x)`                       | ``shuffle(_:rowLength:)``                    |
/// | `permutation(n)`                   | ``permutation(_:)``                          |
/// | `choice(a, size, replace, p)`      | ``choice(populationSize:count:replace:probabilities:)`` |
public struct NumPyRandomState: Sendable, Equatable {
  // MARK: - State

  /// The underlying Mersenne Twister.
  public var bitGenerator: MT19937
  /// The polar method's second value, waiting for the next normal draw (NumPy's `gauss`,
  /// `has_gauss`). Seeding clears it.
  public private(set) var cachedGauss: Double?

  /// A stream seeded as `np.random.seed(seed)` would.
  public init(seed: UInt32 = 0) {
    bitGenerator = MT19937(seed: seed)
    cachedGauss = nil
  }

  /// Seeds as `np.random.seed(seed)`; throws NumPy's error outside `0...2**32-1`.
  public mutating func seed(_ seed: Int) throws(RandomError) {
    guard seed >= 0, seed <= Int(UInt32.max) else {
      throw RandomError(.value, "Seed must be between 0 and 2**32 - 1")
    }
    bitGenerator.seed(UInt32(seed))
    cachedGauss = nil
  }

  /// Seeds as `np.random.seed([a, b, …])` (MT19937 `init_by_array`); throws NumPy's errors for
  /// an empty array or a value outside `0...2**32-1`.
  public mutating func seed(array: [Int]) throws(RandomError) {
    guard !array.isEmpty else { throw RandomError(.value, "Seed must be non-empty") }
    guard array.allSatisfy({ $0 >= 0 && $0 <= Int(UInt32.max) }) else {
      throw RandomError(.value, "Seed must be between 0 and 2**32 - 1")
    }
    bitGenerator.seed(initKey: array.map { UInt32($0) })
    cachedGauss = nil
  }

  // MARK: - Uniform doubles

  /// One double in `[0, 1)` (NumPy's `random_sample()`, `rand()`, `random()`).
  public mutating func randomSample() -> Double { bitGenerator.nextDouble() }

  /// `count` doubles in `[0, 1)`, in NumPy's order (`rand(count)`; for `rand(2, 3)` ask for 6
  /// and read them row-major).
  public mutating func randomSample(count: Int) -> [Double] {
    (0..<max(count, 0)).map { _ in bitGenerator.nextDouble() }
  }

  /// One draw from `[low, high)`: `low + (high - low) * random_sample()` (NumPy's `uniform`).
  /// Throws `OverflowError`'s "Range exceeds valid bounds" when `high - low` is not finite.
  public mutating func uniform(low: Double = 0, high: Double = 1) throws(RandomError) -> Double {
    try uniform(low: low, high: high, count: 1)[0]
  }

  /// `count` draws of ``uniform(low:high:)``.
  public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) throws(RandomError)
    -> [Double]
  {
    let range = high - low
    guard range.isFinite else { throw RandomError(.overflow, "Range exceeds valid bounds") }
    return (0..<max(count, 0)).map { _ in low + range * bitGenerator.nextDouble() }
  }

  // MARK: - Normals

  /// One standard normal (NumPy's legacy `gauss`: `randn()`, `standard_normal()`).
  ///
  /// The polar (Marsaglia) method makes two values from one accepted point; the second is
  /// returned by the next call, across calls of any normal-drawing method, until reseeded.
  public mutating func standardNormal() -> Double {
    if let cached = cachedGauss {
      cachedGauss = nil
      return cached
    }
    var x1 = 0.0, x2 = 0.0, r2 = 0.0
    repeat {
      x1 = 2.0 * bitGenerator.nextDouble() - 1.0
      x2 = 2.0 * bitGenerator.nextDouble() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = (-2.0 * log(r2) / r2).squareRoot()
    cachedGauss = f * x1
    return f * x2
  }

  /// `count` standard normals (`randn(count)`).
  public mutating func standardNormal(count: Int) -> [Double] {
    (0..<max(count, 0)).map { _ in standardNormal() }
  }

  /// One normal `mean + standardDeviation * gauss()` (NumPy's `normal(loc, scale)`); throws
  /// "scale < 0" for a negative standard deviation.
  public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) throws(RandomError)
    -> Double
  {
    try normal(mean: mean, standardDeviation: standardDeviation, count: 1)[0]
  }

  /// `count` draws of ``normal(mean:standardDeviation:)``.
  public mutating func normal(mean: Double = 0, standardDeviation: Double = 1, count: Int)
    throws(RandomError) -> [Double]
  {
    guard !(standardDeviation < 0) else { throw RandomError(.value, "scale < 0") }
    return (0..<max(count, 0)).map { _ in mean + standardDeviation * standardNormal() }
  }

  // MARK: - Integers

  /// One integer in `low..<high` (NumPy's `randint(low, high)` with the default int64 dtype);
  /// throws "low >= high" when the range is empty.
  public mutating func integer(low: Int, high: Int) throws(RandomError) -> Int {
    try integers(low: low, high: high, count: 1)[0]
  }

  /// `count` integers in `low..<high`, exactly as legacy `randint` draws them: masked
  /// rejection on 32-bit words when `high - 1 - low` fits in 32 bits, on 64-bit words otherwise.
  public mutating func integers(low: Int, high: Int, count: Int) throws(RandomError) -> [Int] {
    if count <= 0 { return [] }  // NumPy returns an empty array before checking the bounds
    guard low < high else { throw RandomError(.value, "low >= high") }
    // The closed range's width, as NumPy computes it in uint64 arithmetic.
    let range = UInt64(bitPattern: Int64(high &- 1)) &- UInt64(bitPattern: Int64(low))
    let offset = UInt64(bitPattern: Int64(low))
    var result = [Int]()
    result.reserveCapacity(max(count, 0))
    for _ in 0..<max(count, 0) {
      result.append(Int(bitPattern: UInt(offset &+ boundedUInt64(range))))
    }
    return result
  }

  /// A value in `0...range` (NumPy's `random_bounded_uint64_fill` with `use_masked`).
  private mutating func boundedUInt64(_ range: UInt64) -> UInt64 {
    if range == 0 { return 0 }
    if range <= 0xFFFF_FFFF {
      if range == 0xFFFF_FFFF { return UInt64(bitGenerator.nextUInt32()) }
      let mask = UInt32(truncatingIfNeeded: Self.mask(covering: range))
      let bound = UInt32(range)
      var value: UInt32
      repeat { value = bitGenerator.nextUInt32() & mask } while value > bound
      return UInt64(value)
    }
    if range == UInt64.max { return bitGenerator.next() }
    let mask = Self.mask(covering: range)
    var value: UInt64
    repeat { value = bitGenerator.next() & mask } while value > range
    return value
  }

  /// The smallest all-ones bit mask `>= value`.
  private static func mask(covering value: UInt64) -> UInt64 {
    var m = value
    m |= m >> 1
    m |= m >> 2
    m |= m >> 4
    m |= m >> 8
    m |= m >> 16
    m |= m >> 32
    return m
  }

  /// A value in `0...max` (NumPy's `random_interval`, used by `shuffle`).
  public mutating func randomInterval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    let mask = Self.mask(covering: max)
    var value: UInt64
    if max <= 0xFFFF_FFFF {
      repeat { value = UInt64(bitGenerator.nextUInt32()) & mask } while value > max
    } else {
      repeat { value = bitGenerator.next() & mask } while value > max
    }
    return value
  }

  // MARK: - Shuffles

  /// Shuffles `array` in place as `np.random.shuffle` does. With `rowLength > 1` the array is
  /// read as row-major rows of that length (a multi-dimensional array) and whole rows move,
  /// in the same order NumPy shuffles the first axis.
  /// - Precondition: `rowLength > 0` and divides `array.count`.
  public mutating func shuffle<T>(_ array: inout [T], rowLength: Int = 1) {
    precondition(rowLength > 0 && array.count % rowLength == 0, "shuffle: bad row length")
    let rows = array.count / rowLength
    var i = rows - 1
    while i > 0 {
      let j = Int(randomInterval(UInt64(i)))
      if rowLength == 1 {
        array.swapAt(i, j)
      } else if i != j {
        for k in 0..<rowLength { array.swapAt(i * rowLength + k, j * rowLength + k) }
      }
      i -= 1
    }
  }

  /// A shuffled `0..<count` (NumPy's `permutation(count)`); to permute the rows of an array,
  /// gather them by these indices.
  public mutating func permutation(_ count: Int) -> [Int] {
    var result = Array(0..<max(count, 0))
    shuffle(&result)
    return result
  }
}
