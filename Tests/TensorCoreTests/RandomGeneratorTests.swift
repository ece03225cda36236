import Testing
@testable import TensorCore

// MARK: - MT19937 against the reference implementation's published outputs

@Suite struct MT19937Tests {
  // Matsumoto & Nishimura's mt19937ar.c, init_genrand(5489) (the C++ std::mt19937 default);
  // also np.random.RandomState(5489).randint(0, 2**32, 3, dtype=np.uint64) -> [3499211612, 581869302, 3890346734]
  @Test func defaultSeedFirstWords() {
    var mt = MT19937(seed: 5489)
    #expect([mt.nextUInt32(), mt.nextUInt32(), mt.nextUInt32()] == [3_499_211_612, 581_869_302, 3_890_346_734])
  }

  // mt19937ar.out: init_by_array({0x123, 0x234, 0x345, 0x456}), first five genrand_int32();
  // also np.random.RandomState([0x123, 0x234, 0x345, 0x456]).randint(0, 2**32, 5, dtype=np.uint64)
  @Test func initByArrayFirstWords() {
    var mt = MT19937(initKey: [0x123, 0x234, 0x345, 0x456])
    let words = (0..<5).map { _ in mt.nextUInt32() }
    #expect(words == [1_067_595_299, 955_945_823, 477_289_528, 4_107_218_783, 4_228_976_476])
  }

  @Test func next64IsHighThenLowWord() {
    var a = MT19937(seed: 1), b = MT19937(seed: 1)
    let high = UInt64(b.nextUInt32()), low = UInt64(b.nextUInt32())
    #expect(a.next() == high << 32 | low)
  }

  @Test func savedStateResumesTheStream() {
    var mt = MT19937(seed: 9)
    for _ in 0..<700 { _ = mt.nextUInt32() }
    var copy = MT19937(key: mt.key, position: mt.position)
    #expect((0..<1000).map { _ in copy.nextUInt32() } == (0..<1000).map { _ in mt.nextUInt32() })
  }
}

// MARK: - NumPyRandomState errors (NumPy's own messages)

@Suite struct NumPyRandomStateErrorTests {
  // np.random.seed(-1) / seed(2**32) -> ValueError: Seed must be between 0 and 2**32 - 1
  @Test func seedOutOfRange() {
    var r = NumPyRandomState()
    #expect(throws: RandomError(.value, "Seed must be between 0 and 2**32 - 1")) { try r.seed(-1) }
    #expect(throws: RandomError(.value, "Seed must be between 0 and 2**32 - 1")) { try r.seed(1 << 32) }
    #expect(throws: RandomError(.value, "Seed must be between 0 and 2**32 - 1")) { try r.seed(array: [1, -2]) }
    // np.random.seed([]) -> ValueError: Seed must be non-empty
    #expect(throws: RandomError(.value, "Seed must be non-empty")) { try r.seed(array: []) }
  }

  @Test func badArguments() {
    var r = NumPyRandomState()
    // np.random.randint(5, 5) -> ValueError: low >= high
    #expect(throws: RandomError(.value, "low >= high")) { try r.integer(low: 5, high: 5) }
    // np.random.normal(0, -1) -> ValueError: scale < 0
    #expect(throws: RandomError(.value, "scale < 0")) { try r.normal(mean: 0, standardDeviation: -1) }
    // np.random.uniform(0, float('inf')) -> OverflowError: Range exceeds valid bounds
    #expect(throws: RandomError(.overflow, "Range exceeds valid bounds")) {
      try r.uniform(low: 0, high: .infinity)
    }
  }

  @Test func badChoiceArguments() {
    var r = NumPyRandomState()
    // np.random.choice(3, p=[0.5, 0.5, 0.5]) -> ValueError: probabilities do not sum to 1
    #expect(throws: RandomError(.value, "probabilities do not sum to 1")) {
      try r.choice(populationSize: 3, probabilities: [0.5, 0.5, 0.5])
    }
    // np.random.choice(3, p=[0.5, -0.5, 1]) -> ValueError: probabilities are not non-negative
    #expect(throws: RandomError(.value, "probabilities are not non-negative")) {
      try r.choice(populationSize: 3, probabilities: [0.5, -0.5, 1])
    }
    // np.random.choice(3, p=[1, 0]) -> ValueError: 'a' and 'p' must have same size
    #expect(throws: RandomError(.value, "'a' and 'p' must have same size")) {
      try r.choice(populationSize: 3, probabilities: [1, 0])
    }
    // np.random.choice(3, 5, replace=False) -> ValueError: Cannot take a larger sample than population when 'replace=False'
    #expect(throws: RandomError(.value, "Cannot take a larger sample than population when 'replace=False'")) {
      try r.choice(populationSize: 3, count: 5, replace: false)
    }
    // np.random.choice(3, 3, replace=False, p=[1, 0, 0]) -> ValueError: Fewer non-zero entries in p than size
    #expect(throws: RandomError(.value, "Fewer non-zero entries in p than size")) {
      try r.choice(populationSize: 3, count: 3, replace: false, probabilities: [1, 0, 0])
    }
    // np.random.choice(0) -> ValueError: a must be greater than 0 unless no samples are taken
    #expect(throws: RandomError(.value, "a must be greater than 0 unless no samples are taken")) {
      try r.choice(populationSize: 0)
    }
  }

  // np.random.choice(0, 0), np.random.randint(5, 3, 0), np.random.choice(3, 0, p=[1, 0, 0]),
  // np.random.choice(0, 0, replace=False) -> array([], dtype=int64) each; np.random.choice(3, -1) -> ValueError
  @Test func emptySamplesSkipTheBoundsChecks() throws {
    var r = NumPyRandomState(seed: 0)
    #expect(try r.choice(populationSize: 0, count: 0) == [])
    #expect(try r.integers(low: 5, high: 3, count: 0) == [])
    #expect(try r.choice(populationSize: 3, count: 0, probabilities: [1, 0, 0]) == [])
    #expect(try r.choice(populationSize: 0, count: 0, replace: false) == [])
    #expect(throws: RandomError(.value, "negative dimensions are not allowed")) {
      try r.choice(populationSize: 3, count: -1)
    }
  }

  @Test func failedCallLeavesStreamUntouched() throws {
    var a = NumPyRandomState(seed: 3), b = NumPyRandomState(seed: 3)
    _ = try? a.choice(populationSize: 3, probabilities: [0.5, 0.5, 0.5])
    #expect(a.randomSample() == b.randomSample())
  }
}

// MARK: - SeededGenerator (xoshiro256**)

@Suite struct SeededGeneratorTests {
  // A naive Python xoshiro256** with SplitMix64 seeding (Vigna's reference C, transcribed):
  //   seed 0     -> 11091344671253066420, 13793997310169335082, 1900383378846508768, 7684712102626143532
  //   seed 12345 -> 13720838825685603483, 2398916695208396998, 17770384849984869256
  @Test func matchesReferenceOutputs() {
    var g = SeededGenerator(seed: 0)
    #expect((0..<4).map { _ in g.next() }
      == [11_091_344_671_253_066_420, 13_793_997_310_169_335_082, 1_900_383_378_846_508_768, 7_684_712_102_626_143_532])
    var h = SeededGenerator(seed: 12345)
    #expect((0..<3).map { _ in h.next() }
      == [13_720_838_825_685_603_483, 2_398_916_695_208_396_998, 17_770_384_849_984_869_256])
  }

  @Test func uniformFloatsStayInRangeAndMatchTheirMoments() {
    var g = SeededGenerator(seed: 1)
    let xs = g.uniformFloats(count: 100_000, low: -2, high: 3)
    #expect(xs.allSatisfy { $0 >= -2 && $0 < 3 })
    let mean = xs.reduce(0.0) { $0 + Double($1) } / Double(xs.count)
    let variance = xs.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(xs.count)
    // U(-2, 3): mean 0.5, variance 25/12; standard error of the mean ≈ 0.0046.
    #expect(abs(mean - 0.5) < 0.03)
    #expect(abs(variance - 25.0 / 12.0) < 0.05)
  }

  @Test func normalsMatchTheirMoments() {
    var g = SeededGenerator(seed: 2)
    let xs = g.normalDoubles(count: 100_001, mean: 3, standardDeviation: 0.5)
    let mean = xs.reduce(0, +) / Double(xs.count)
    let variance = xs.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count)
    #expect(abs(mean - 3) < 0.01)
    #expect(abs(variance - 0.25) < 0.01)
    let tail = Double(xs.filter { abs($0 - 3) > 1.0 }.count) / Double(xs.count)
    #expect(abs(tail - 0.0455) < 0.004)  // P(|Z| > 2) = 0.0455
  }

  @Test func bulkFillsMatchSingleDraws() {
    var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5)
    #expect(a.normalDoubles(count: 7) == (0..<7).map { _ in b.nextNormal() })
    var c = SeededGenerator(seed: 6), d = SeededGenerator(seed: 6)
    #expect(c.uniformDoubles(count: 9) == (0..<9).map { _ in d.nextDouble() })
    var e = SeededGenerator(seed: 7), f = SeededGenerator(seed: 7)
    #expect(e.uniformFloats(count: 9) == (0..<9).map { _ in f.nextFloat() })
    var buffer = [Float](repeating: .nan, count: 17)
    var g = SeededGenerator(seed: 8), h = SeededGenerator(seed: 8)
    buffer.withUnsafeMutableBufferPointer { g.fillNormal($0, mean: 1, standardDeviation: 2) }
    #expect(buffer == h.normalDoubles(count: 17).map { 1 + 2 * Float($0) })
  }

  @Test func sameSeedSameStreamDifferentSeedDifferentStream() {
    var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
    let xa = a.uniformDoubles(count: 8)
    #expect(xa == b.uniformDoubles(count: 8))
    #expect(xa != c.uniformDoubles(count: 8))
  }

  @Test func boundedIntegersAreUniform() {
    var g = SeededGenerator(seed: 3)
    var counts = [Int](repeating: 0, count: 7)
    for _ in 0..<70_000 { counts[g.nextInt(below: 7)] += 1 }
    #expect(counts.allSatisfy { abs($0 - 10_000) < 400 })  // ~4 standard deviations
  }

  @Test func permutationIsAPermutation() {
    var g = SeededGenerator(seed: 4)
    let p = g.permutation(1000)
    #expect(p.sorted() == Array(0..<1000))
    #expect(p != Array(0..<1000))
  }

  @Test func jumpedStreamsDiffer() {
    var a = SeededGenerator(seed: 9)
    var b = a
    b.jump()
    #expect(a.next() != b.next())
    var c = SeededGenerator(seed: 9)
    c.jump()
    var d = SeededGenerator(seed: 9)
    d.jump()
    #expect(c == d)
  }
}
