// MARK: - choice

extension NumPyRandomState {
  /// Indices drawn as legacy `np.random.choice(a, size, replace, p)` draws them, for a
  /// population of `populationSize` (`len(a)`, or `a` itself when it is an int). Index the
  /// population with the result to get `choice`'s values. `count: nil` is NumPy's `size=None`
  /// (one draw).
  ///
  /// - With `replace` and no `p`: `randint(0, populationSize, size)`.
  /// - With `p`: the cumulative sum of `p` normalised by its last value, searched (right side)
  ///   with `random_sample` draws; without replacement the search is redrawn for the missing
  ///   count after zeroing the found entries, keeping first occurrences.
  /// - Without replacement and no `p`: the first `count` of `permutation(populationSize)`.
  ///
  /// Throws NumPy's messages for an empty population, a bad `p` (length, negative, NaN, sum not
  /// within √eps of 1) and a sample larger than the population without replacement.
  public mutating func choice(
    populationSize: Int, count: Int? = nil, replace: Bool = true, probabilities: [Double]? = nil
  ) throws(RandomError) -> [Int] {
    let size = count ?? 1
    guard size >= 0 else { throw RandomError(.value, "negative dimensions are not allowed") }
    if populationSize <= 0 && size != 0 {
      throw RandomError(.value, "a must be greater than 0 unless no samples are taken")
    }
    if let p = probabilities {
      guard p.count == populationSize else {
        throw RandomError(.value, "'a' and 'p' must have same size")
      }
      let pSum = Self.kahanSum(p)
      if pSum.isNaN { throw RandomError(.value, "probabilities contain NaN") }
      if p.contains(where: { $0 < 0 }) {
        throw RandomError(.value, "probabilities are not non-negative")
      }
      let atol = Double.ulpOfOne.squareRoot()
      if abs(pSum - 1.0) > atol {
        throw RandomError(.value, "probabilities do not sum to 1")
      }
    }

    if replace {
      if let p = probabilities {
        let cdf = Self.normalisedCumulativeSum(p)
        return (0..<size).map { _ in Self.searchSortedRight(cdf, randomSample()) }
      }
      return try integers(low: 0, high: populationSize, count: size)
    }

    guard size <= populationSize else {
      throw RandomError(
        .value, "Cannot take a larger sample than population when 'replace=False'")
    }
    guard var p = probabilities else {
      return Array(permutation(populationSize).prefix(size))
    }
    guard p.lazy.filter({ $0 > 0 }).count >= size else {
      throw RandomError(.value, "Fewer non-zero entries in p than size")
    }
    var found = [Int]()
    found.reserveCapacity(size)
    while found.count < size {
      let draws = randomSample(count: size - found.count)
      for index in found { p[index] = 0 }
      let cdf = Self.normalisedCumulativeSum(p)
      var seen = Set<Int>()
      for x in draws {
        let index = Self.searchSortedRight(cdf, x)
        if seen.insert(index).inserted { found.append(index) }
      }
    }
    return found
  }

  /// NumPy's `kahan_sum` over `p` (compensated, left to right from `p[0]`).
  static func kahanSum(_ values: [Double]) -> Double {
    guard var sum = values.first else { return 0 }
    var c = 0.0
    for v in values.dropFirst() {
      let y = v - c
      let t = sum + y
      c = (t - sum) - y
      sum = t
    }
    return sum
  }

  /// `cdf = p.cumsum(); cdf /= cdf[-1]` — sequential sums, then one division each.
  static func normalisedCumulativeSum(_ p: [Double]) -> [Double] {
    var cdf = [Double]()
    cdf.reserveCapacity(p.count)
    var running = 0.0
    for v in p {
      running += v
      cdf.append(running)
    }
    guard let last = cdf.last else { return cdf }
    return cdf.map { $0 / last }
  }

  /// `searchsorted(cdf, x, side='right')`: the number of entries `<= x`.
  static func searchSortedRight(_ cdf: [Double], _ x: Double) -> Int {
    var lo = 0, hi = cdf.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if cdf[mid] <= x { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
