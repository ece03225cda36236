// MARK: - NumPy indexing
//
// `get` copies what it selects (NumPy returns a view for basic slices; here the view is
// materialised). `set` writes through to this tensor (copy-on-write first).

/// One entry of a NumPy subscript `x[...]`.
public enum TensorIndex: Sendable {
  /// An integer (negative counts from the end); removes the axis.
  case index(Int)
  /// `start:stop:step` with Python's defaults and clamping; keeps the axis.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `None` / `np.newaxis`: a new axis of extent 1.
  case newAxis
  /// `...`: as many full slices as needed.
  case ellipsis
  /// A boolean array selecting the positions where it is true (over as many axes as it has).
  case mask(Tensor)
  /// An integer array of positions along one axis (advanced indexing).
  case indices(Tensor)

  /// `:` — the whole axis.
  public static let all = TensorIndex.slice(start: nil, stop: nil, step: nil)
}

/// Which elements a subscript selects: the offset of output element `(i_0, …, i_k)` is
/// `base + Σ tables[d][i_d]`, and the result has `shape` (the pseudo-axes' extents, with the
/// advanced-index axis expanded to the broadcast shape of the index arrays).
struct Selection {
  var base = 0
  var tables: [[Int]] = []
  var shape: [Int] = []
  /// Strided description when no advanced index is present (fast path).
  var strides: [Int]? = nil
}

extension Tensor {
  /// `x[idx]` with NumPy's semantics: basic indexing (ints, slices with negative indices and
  /// steps, `newAxis`, `ellipsis`) and advanced indexing (integer arrays, broadcast together;
  /// boolean masks). Advanced results go where NumPy puts them (in place when the advanced
  /// entries are adjacent, else first). Copies the selection.
  ///
  /// Throws `index 5 is out of bounds for axis 0 with size 3`,
  /// `too many indices for array: array is 2-dimensional, but 3 were indexed`, and NumPy's
  /// messages for mismatched masks, non-integer index arrays and a zero slice step.
  public func get(_ idx: [TensorIndex]) throws -> Tensor {
    let sel = try selection(idx)
    try MemoryGuard.check(shape: sel.shape, dtype: dtype)
    if let strides = sel.strides {
      return gatherStrided(shape: sel.shape, strides: strides, offset: sel.base)
    }
    let out = Tensor(uninitializedShape: sel.shape, dtype: dtype)
    switch dtype.byteSize {
    case 1: tableLoop(sel) { k, o in out.pointer(UInt8.self)[k] = pointer(UInt8.self)[o] }
    case 4: tableLoop(sel) { k, o in out.pointer(UInt32.self)[k] = pointer(UInt32.self)[o] }
    default: tableLoop(sel) { k, o in out.pointer(UInt64.self)[k] = pointer(UInt64.self)[o] }
    }
    return out
  }

  /// `x[idx] = value`: `value` is converted to this tensor's dtype and broadcast to the selected
  /// region (`could not broadcast input array from shape (2,) into shape (2, 3)` otherwise).
  /// With repeated integer indices the last write wins, as in NumPy.
  public mutating func set(_ idx: [TensorIndex], to value: Tensor) throws {
    let sel = try selection(idx)
    let fits = (try? Tensor.broadcastShape(value.shape, sel.shape)) == sel.shape
    guard fits else {
      throw TensorError(.shape, "could not broadcast input array from shape \(formatShape(value.shape)) into shape \(formatShape(sel.shape))")
    }
    let v = value.astype(dtype).broadcastUnchecked(to: sel.shape)
    makeUnique()
    var sel2 = sel
    if let strides = sel.strides {
      sel2.tables = zip(sel.shape, strides).map { n, s in (0..<n).map { $0 * s } }
    }
    let dst = self
    switch dtype.byteSize {
    case 1: tableLoop(sel2) { k, o in dst.pointer(UInt8.self)[o] = v.pointer(UInt8.self)[k] }
    case 4: tableLoop(sel2) { k, o in dst.pointer(UInt32.self)[o] = v.pointer(UInt32.self)[k] }
    default: tableLoop(sel2) { k, o in dst.pointer(UInt64.self)[o] = v.pointer(UInt64.self)[k] }
    }
  }

  /// NumPy's `np.add.at(x, idx, value)`: adds `value` (broadcast to the selection) into the
  /// selected elements, accumulating where an integer index repeats (unlike ``set(_:to:)``).
  /// Bool tensors are not supported (`add.at` of bools is logical or in NumPy; use `set`).
  public mutating func addAt(_ idx: [TensorIndex], _ value: Tensor) throws {
    let sel = try selection(idx)
    let fits = (try? Tensor.broadcastShape(value.shape, sel.shape)) == sel.shape
    guard fits else {
      throw TensorError(.shape, "could not broadcast input array from shape \(formatShape(value.shape)) into shape \(formatShape(sel.shape))")
    }
    let v = value.astype(dtype).broadcastUnchecked(to: sel.shape)
    makeUnique()
    var sel2 = sel
    if let strides = sel.strides {
      sel2.tables = zip(sel.shape, strides).map { n, s in (0..<n).map { $0 * s } }
    }
    let dst = self
    switch dtype {
    case .float64: tableLoop(sel2) { k, o in dst.pointer(Double.self)[o] += v.pointer(Double.self)[k] }
    case .float32: tableLoop(sel2) { k, o in dst.pointer(Float.self)[o] += v.pointer(Float.self)[k] }
    case .int64: tableLoop(sel2) { k, o in dst.pointer(Int.self)[o] &+= v.pointer(Int.self)[k] }
    case .bool: tableLoop(sel2) { k, o in dst.pointer(Bool.self)[o] = dst.pointer(Bool.self)[o] || v.pointer(Bool.self)[k] }
    }
  }

  /// `x[idx] = s` for a Python scalar.
  public mutating func set(_ idx: [TensorIndex], to s: Scalar) throws {
    try set(idx, to: Tensor(s))
  }

  /// Elements taken at `indices` along `axis` (NumPy's `take`): the result's shape is
  /// `shape[..<axis] + indices.shape + shape[(axis+1)...]`.
  public func gather(indices: Tensor, axis: Int) throws -> Tensor {
    let ax = try normalizeAxis(axis, rank: rank)
    return try get(Array(repeating: .all, count: ax) + [.indices(indices)])
  }

  /// The elements where `mask` (shaped like this tensor's leading axes) is true, as one axis
  /// followed by the remaining axes (NumPy's `x[mask]`).
  public func masked(by mask: Tensor) throws -> Tensor {
    try get([.mask(mask)])
  }

  /// For each axis, the int64 indices of the nonzero elements (NumPy's `nonzero`).
  public func nonzero() -> [Tensor] {
    let b = astype(.bool)
    let pb = b.pointer(Bool.self)
    var coords = [[Int]](repeating: [], count: Swift.max(rank, 1))
    let st = strides
    for i in 0..<count where pb[i] {
      var r = i
      for d in 0..<rank {
        coords[d].append(r / st[d])
        r %= st[d]
      }
      if rank == 0 { coords[0].append(0) }
    }
    return coords.map { Tensor($0) }
  }

  // MARK: - Selection

  func selection(_ idx: [TensorIndex]) throws -> Selection {
    // Count the axes the entries consume.
    var consumed = 0
    var ellipses = 0
    for e in idx {
      switch e {
      case .index, .slice: consumed += 1
      case .indices(let t): consumed += t.dtype == .bool ? Swift.max(t.rank, 1) : 1
      case .mask(let m): consumed += Swift.max(m.rank, 1)
      case .newAxis: break
      case .ellipsis: ellipses += 1
      }
    }
    if ellipses > 1 { throw TensorError(.index, "an index can only have a single ellipsis ('...')") }
    if consumed > rank {
      throw TensorError(.index, "too many indices for array: array is \(rank)-dimensional, but \(consumed) were indexed")
    }
    var entries: [TensorIndex] = []
    for e in idx {
      if case .ellipsis = e {
        entries += Array(repeating: TensorIndex.all, count: rank - consumed)
      } else if case .indices(let t) = e, t.dtype == .bool {
        entries.append(.mask(t))
      } else {
        entries.append(e)
      }
    }
    if ellipses == 0 { entries += Array(repeating: TensorIndex.all, count: rank - consumed) }

    let hasAdvanced = entries.contains {
      switch $0 {
      case .mask, .indices: return true
      default: return false
      }
    }
    let st = strides
    var sel = Selection()
    var basicShape: [Int] = [], basicStrides: [Int] = []
    var advanced: [(axis: Int, values: Tensor)] = []
    var advancedPosition: Int? = nil   // pseudo-axis where the advanced block goes
    var adjacent = true
    var lastWasAdvanced = false
    var ax = 0
    func noteAdvanced() {
      if advancedPosition == nil {
        advancedPosition = basicShape.count
      } else if !lastWasAdvanced {
        adjacent = false
      }
      lastWasAdvanced = true
    }
    for e in entries {
      switch e {
      case .index(let i):
        let n = shape[ax]
        let j = i < 0 ? i + n : i
        guard j >= 0 && j < n else {
          throw TensorError(.index, "index \(i) is out of bounds for axis \(ax) with size \(n)")
        }
        if hasAdvanced {
          noteAdvanced()
          advanced.append((ax, Tensor(scalar: j)))
        } else {
          sel.base += j * st[ax]
        }
        ax += 1
      case .slice(let start, let stop, let step):
        let (s, c, k) = try Tensor.sliceBounds(start: start, stop: stop, step: step, count: shape[ax])
        sel.base += s * st[ax]
        basicShape.append(c)
        basicStrides.append(k * st[ax])
        lastWasAdvanced = false
        ax += 1
      case .newAxis:
        basicShape.append(1)
        basicStrides.append(0)
        lastWasAdvanced = false
      case .ellipsis:
        break
      case .mask(let m):
        let mr = Swift.max(m.rank, 1)
        if m.rank == 0 { throw TensorError(.index, "a 0-d boolean index is not supported in MiniPy") }
        for k in 0..<mr where m.shape[k] != shape[ax + k] {
          throw TensorError(.index, "boolean index did not match indexed array along axis \(ax + k); size of axis is \(shape[ax + k]) but size of corresponding boolean axis is \(m.shape[k])")
        }
        noteAdvanced()
        for (k, coords) in m.nonzero().enumerated() { advanced.append((ax + k, coords)) }
        ax += mr
      case .indices(let t):
        guard t.dtype == .int64 else {
          throw TensorError(.index, "arrays used as indices must be of integer (or boolean) type")
        }
        noteAdvanced()
        advanced.append((ax, t))
        ax += 1
      }
    }
    guard let position = advancedPosition else {
      sel.shape = basicShape
      sel.strides = basicStrides
      return sel
    }
    // Broadcast the index arrays together.
    var b: [Int] = []
    for a in advanced {
      guard let s = try? Tensor.broadcastShape(b, a.values.shape) else {
        let shapes = advanced.map { formatShape($0.values.shape) }.joined(separator: " ")
        throw TensorError(.index, "shape mismatch: indexing arrays could not be broadcast together with shapes \(shapes) ")
      }
      b = s
    }
    let bCount = b.reduce(1, *)
    var table = [Int](repeating: 0, count: bCount)
    for a in advanced {
      let v = a.values.astype(.int64).broadcastUnchecked(to: b)
      let n = shape[a.axis], s = st[a.axis]
      let pv = v.pointer(Int.self)
      for i in 0..<bCount {
        let raw = pv[i]
        let j = raw < 0 ? raw + n : raw
        guard j >= 0 && j < n else {
          throw TensorError(.index, "index \(raw) is out of bounds for axis \(a.axis) with size \(n)")
        }
        table[i] += j * s
      }
    }
    var tables = zip(basicShape, basicStrides).map { n, s in (0..<n).map { $0 * s } }
    var shape = basicShape
    let at = adjacent ? position : 0
    tables.insert(table, at: at)
    shape.replaceSubrange(at..<at, with: b)
    sel.tables = tables
    sel.shape = shape
    return sel
  }

  /// Python's slice clamping (`PySlice_AdjustIndices`): first index, element count, step.
  /// Throws `slice step cannot be zero`.
  public static func sliceBounds(start: Int?, stop: Int?, step: Int?, count n: Int) throws -> (start: Int, count: Int, step: Int) {
    let step = step ?? 1
    guard step != 0 else { throw TensorError(.value, "slice step cannot be zero") }
    func adjust(_ v: Int?, _ defaultValue: Int) -> Int {
      guard var v else { return defaultValue }
      if v < 0 {
        v += n
        if v < 0 { v = step < 0 ? -1 : 0 }
      } else if v >= n {
        v = step < 0 ? n - 1 : n
      }
      return v
    }
    let s = adjust(start, step < 0 ? n - 1 : 0)
    let e = adjust(stop, step < 0 ? -1 : n)
    let c: Int
    if step < 0 {
      c = e < s ? (s - e - 1) / (-step) + 1 : 0
    } else {
      c = s < e ? (e - s - 1) / step + 1 : 0
    }
    return (s, c, step)
  }
}

/// Visits every output position `k` (row-major over the pseudo-axes) with its source offset.
@inline(__always)
func tableLoop(_ sel: Selection, _ body: (Int, Int) -> Void) {
  let tables = sel.tables
  let dims = tables.map(\.count)
  let n = dims.reduce(1, *)
  if n == 0 { return }
  if tables.isEmpty {
    body(0, sel.base)
    return
  }
  let r = tables.count
  let last = tables[r - 1]
  var idx = [Int](repeating: 0, count: r)
  var o = sel.base
  for d in 0..<(r - 1) { o += tables[d][0] }
  var k = 0
  while k < n {
    for t in last {
      body(k, o + t)
      k += 1
    }
    var d = r - 2
    while d >= 0 {
      o -= tables[d][idx[d]]
      idx[d] += 1
      if idx[d] < dims[d] {
        o += tables[d][idx[d]]
        break
      }
      idx[d] = 0
      o += tables[d][0]
      d -= 1
    }
  }
}
