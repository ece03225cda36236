// MARK: - Constructors

extension Tensor {
  /// A tensor of `shape` with every element `value` converted to `dtype`.
  /// - Complexity: O(count).
  public static func full(_ shape: [Int], _ value: Double, dtype: DType = .float64) -> Tensor {
    var t = Tensor(uninitializedShape: shape, dtype: dtype)
    t.fill(value)
    return t
  }

  /// Throwing ``full(_:_:dtype:)``: checks for negative extents and the memory limit.
  public static func full(validating shape: [Int], _ value: Double, dtype: DType = .float64) throws -> Tensor {
    try checkShape(shape)
    try MemoryGuard.check(shape: shape, dtype: dtype)
    return full(shape, value, dtype: dtype)
  }

  /// Zeros of `shape`.
  public static func zeros(_ shape: [Int], dtype: DType = .float64) -> Tensor {
    var t = Tensor(uninitializedShape: shape, dtype: dtype)
    t.storage.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: t.count * dtype.byteSize)
    return t
  }

  /// Throwing ``zeros(_:dtype:)``.
  public static func zeros(validating shape: [Int], dtype: DType = .float64) throws -> Tensor {
    try checkShape(shape)
    try MemoryGuard.check(shape: shape, dtype: dtype)
    return zeros(shape, dtype: dtype)
  }

  /// Ones of `shape`.
  public static func ones(_ shape: [Int], dtype: DType = .float64) -> Tensor {
    full(shape, 1, dtype: dtype)
  }

  /// Throwing ``ones(_:dtype:)``.
  public static func ones(validating shape: [Int], dtype: DType = .float64) throws -> Tensor {
    try full(validating: shape, 1, dtype: dtype)
  }

  /// A tensor of the same shape and dtype as `other` (or `dtype`) filled with `value`.
  public static func full(like other: Tensor, _ value: Double, dtype: DType? = nil) -> Tensor {
    full(other.shape, value, dtype: dtype ?? other.dtype)
  }

  /// Sets every element to `value` converted to the tensor's dtype.
  public mutating func fill(_ value: Double) {
    makeUnique()
    switch dtype {
    case .bool: pointer(Bool.self).update(repeating: value != 0, count: count)
    case .int64: pointer(Int.self).update(repeating: Int(exactly: value.rounded(.towardZero)) ?? Int.min, count: count)
    case .float32: pointer(Float.self).update(repeating: Float(value), count: count)
    case .float64: pointer(Double.self).update(repeating: value, count: count)
    }
  }

  /// NumPy's `arange(start, stop, step)`: `ceil((stop - start) / step)` values
  /// `start + i * step`, in `dtype` (int64 when all of start/stop/step are integers in NumPy;
  /// the caller decides).
  /// - Throws: for a zero step or too many elements.
  public static func arange(_ start: Double, _ stop: Double, step: Double = 1, dtype: DType = .float64) throws -> Tensor {
    let n = try arangeCount(start, stop, step: step)
    try MemoryGuard.check(shape: [n], dtype: dtype)
    switch dtype {
    case .int64:
      // (the last value must be an int64 too)
      guard let s = Int(exactly: start.rounded(.towardZero)), let st = Int(exactly: step.rounded(.towardZero))
      else { throw TensorError(.value, "Maximum allowed size exceeded") }
      let (span, o1) = st.multipliedReportingOverflow(by: Swift.max(n - 1, 0))
      guard !o1, !s.addingReportingOverflow(span).overflow else { throw TensorError(.value, "Maximum allowed size exceeded") }
      return Tensor((0..<n).map { s + $0 * st }, shape: [n])
    default:
      // NumPy fills with start + i*delta where delta = (start+step) - start.
      let delta = (start + step) - start
      return Tensor((0..<n).map { start + Double($0) * delta }, shape: [n]).astype(dtype)
    }
  }

  /// `arange` of Python ints, computed in integers (through Doubles, `2**62 + 3` would lose
  /// its last bits): int64 values `start, start + step, …` before `stop`.
  public static func arange(integers start: Int, _ stop: Int, step: Int) throws -> Tensor {
    let n = try arangeCount(integers: start, stop, step: step)
    try MemoryGuard.check(shape: [n], dtype: .int64)
    return Tensor((0..<n).map { start &+ $0 &* step }, shape: [n])
  }

  /// The length of `arange(integers: start, stop, step)`: `ceil((stop - start) / step)`, at
  /// least 0, computed without overflow ("Maximum allowed size exceeded" where it would).
  public static func arangeCount(integers start: Int, _ stop: Int, step: Int) throws -> Int {
    guard step != 0 else { throw TensorError(.value, "Maximum allowed size exceeded") }
    let (distance, o) = stop.subtractingReportingOverflow(start)
    guard !o else { throw TensorError(.value, "Maximum allowed size exceeded") }
    // (Int.min / -1 is the one quotient that overflows)
    let (quotient, o2) = distance.dividedReportingOverflow(by: step)
    guard !o2 else { throw TensorError(.value, "Maximum allowed size exceeded") }
    var n = quotient
    if distance % step != 0 && (distance < 0) == (step < 0) { n += 1 }
    return Swift.max(n, 0)
  }

  /// The length of `arange(start, stop, step)`: `ceil((stop - start) / step)`, at least 0.
  /// NumPy's "Maximum allowed size exceeded" for a zero step or a length no array can have
  /// (`np.arange(0, 1e30)`), and "arange: cannot compute length" for a NaN.
  public static func arangeCount(_ start: Double, _ stop: Double, step: Double) throws -> Int {
    guard step != 0 else { throw TensorError(.value, "Maximum allowed size exceeded") }
    let length = ((stop - start) / step).rounded(.up)
    if length.isNaN { throw TensorError(.value, "arange: cannot compute length") }
    guard length < 9.2e18 else { throw TensorError(.value, "Maximum allowed size exceeded") }
    return Swift.max(0, Int(Swift.max(length, -1)))
  }

  /// NumPy's `linspace(start, stop, num, endpoint)`: `num` evenly spaced values
  /// (`start + i * step`, the last set to `stop` exactly when `endpoint`).
  public static func linspace(_ start: Double, _ stop: Double, count num: Int = 50, endpoint: Bool = true,
                              dtype: DType = .float64) throws -> Tensor {
    guard num >= 0 else { throw TensorError(.value, "Number of samples, \(num), must be non-negative.") }
    try MemoryGuard.check(shape: [num], dtype: dtype)
    let div = endpoint ? num - 1 : num
    let delta = stop - start
    var values = [Double](repeating: 0, count: num)
    if div > 0 {
      let step = delta / Double(div)
      if step == 0 {
        for i in 0..<num { values[i] = (Double(i) / Double(div)) * delta + start }
      } else {
        for i in 0..<num { values[i] = Double(i) * step + start }
      }
    } else if num > 0 {
      values[0] = start
    }
    if endpoint && num > 1 { values[num - 1] = stop }
    // NumPy 2 rounds toward -inf when the dtype is integral.
    if dtype == .int64 { values = values.map { $0.rounded(.down) } }
    return Tensor(values, shape: [num]).astype(dtype)
  }

  /// The `n`×`m` matrix with ones on diagonal `k` (NumPy's `eye`).
  public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> Tensor {
    let m = m ?? n
    try checkShape([n, m])
    var t = try zeros(validating: [n, m], dtype: dtype)
    for i in 0..<n {
      let j = i + k
      if j >= 0 && j < m { t.setElement(at: i * m + j, 1) }
    }
    return t
  }

  /// Writes element `i` (row-major) from a Double, converting to the dtype.
  public mutating func setElement(at i: Int, _ value: Double) {
    makeUnique()
    switch dtype {
    case .bool: pointer(Bool.self)[i] = value != 0
    case .int64: pointer(Int.self)[i] = Int(exactly: value.rounded(.towardZero)) ?? Int.min
    case .float32: pointer(Float.self)[i] = Float(value)
    case .float64: pointer(Double.self)[i] = value
    }
  }

  // MARK: - Conversion

  /// The tensor converted to `dtype` (NumPy's `astype`): floats to int truncate toward zero
  /// (NaN and out-of-range give `Int.min`, as NumPy does on x86), anything to bool tests
  /// `!= 0`. Returns `self` (sharing storage) when the dtype already matches.
  /// - Complexity: O(count).
  public func astype(_ dtype: DType) -> Tensor {
    if dtype == self.dtype { return self }
    var out = Tensor(uninitializedShape: shape, dtype: dtype)
    let n = count
    switch (self.dtype, dtype) {
    case (.bool, .int64): convert(pointer(Bool.self), out.pointer(Int.self), n) { $0 ? 1 : 0 }
    case (.bool, .float32): convert(pointer(Bool.self), out.pointer(Float.self), n) { $0 ? 1 : 0 }
    case (.bool, .float64): convert(pointer(Bool.self), out.pointer(Double.self), n) { $0 ? 1 : 0 }
    case (.int64, .bool): convert(pointer(Int.self), out.pointer(Bool.self), n) { $0 != 0 }
    case (.int64, .float32): convert(pointer(Int.self), out.pointer(Float.self), n) { Float($0) }
    case (.int64, .float64): convert(pointer(Int.self), out.pointer(Double.self), n) { Double($0) }
    case (.float32, .bool): convert(pointer(Float.self), out.pointer(Bool.self), n) { $0 != 0 }
    case (.float32, .int64): convert(pointer(Float.self), out.pointer(Int.self), n) { floatToInt(Double($0)) }
    case (.float32, .float64): convert(pointer(Float.self), out.pointer(Double.self), n) { Double($0) }
    case (.float64, .bool): convert(pointer(Double.self), out.pointer(Bool.self), n) { $0 != 0 }
    case (.float64, .int64): convert(pointer(Double.self), out.pointer(Int.self), n) { floatToInt($0) }
    case (.float64, .float32): convert(pointer(Double.self), out.pointer(Float.self), n) { Float($0) }
    default: fatalError("unreachable")
    }
    return out
  }

  /// Throwing ``astype(_:)`` (checks the memory limit).
  public func astype(validating dtype: DType) throws -> Tensor {
    if dtype != self.dtype { try MemoryGuard.check(shape: shape, dtype: dtype) }
    return astype(dtype)
  }
}

@inline(__always) func floatToInt(_ x: Double) -> Int {
  // x86 cvttsd2si: NaN and out-of-range give Int.min, like NumPy.
  if x.isNaN || x >= 9.2233720368547758e18 || x < -9.2233720368547758e18 { return Int.min }
  return Int(x)
}

@inline(__always)
func convert<A, B>(_ src: UnsafeMutablePointer<A>, _ dst: UnsafeMutablePointer<B>, _ n: Int, _ f: (A) -> B) {
  for i in 0..<n { dst[i] = f(src[i]) }
}
