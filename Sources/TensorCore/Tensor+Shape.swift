// MARK: - Shape operations
//
// Which results share storage and which copy: `reshaped`, `flattened`, `expandingShape`,
// `squeezed` share the buffer (copy-on-write); `transposed`, `permuted`, `concatenated`,
// `stacked`, `padded`, `repeated`, `tiled` copy.

extension Tensor {
  // MARK: - Reshape family (share storage)

  /// The same elements with a new shape; one extent may be -1 (inferred).
  /// Throws `cannot reshape array of size 6 into shape (4,)`.
  /// - Complexity: O(rank); shares storage.
  public func reshaped(to newShape: [Int]) throws -> Tensor {
    // The common cases without allocating: every extent given, or one -1 among positives.
    var known = 1, unknownAxis = -1, simple = true
    for (i, d) in newShape.enumerated() {
      if d >= 0 {
        let (product, overflow) = known.multipliedReportingOverflow(by: d)
        if overflow { throw TensorError(.shape, "cannot reshape array of size \(count) into shape \(formatShape(newShape))") }
        known = product
      } else if d == -1 && unknownAxis < 0 { unknownAxis = i } else { simple = false }
    }
    if simple && unknownAxis < 0 && known == count {
      return Tensor(storage: storage, shape: newShape, dtype: dtype, count: count)
    }
    if simple && unknownAxis >= 0 && known > 0 && count % known == 0 {
      var shape = newShape
      shape[unknownAxis] = count / known
      return Tensor(storage: storage, shape: shape, dtype: dtype, count: count)
    }
    var shape = newShape
    let unknown = shape.indices.filter { shape[$0] == -1 }
    if unknown.count > 1 { throw TensorError(.value, "can only specify one unknown dimension") }
    if shape.contains(where: { $0 < -1 }) { throw TensorError(.value, "negative dimensions not allowed") }
    if let u = unknown.first {
      let known = shape.enumerated().filter { $0.offset != u }.reduce(1) { $0 * $1.element }
      guard known != 0, count % known == 0 else {
        throw TensorError(.shape, "cannot reshape array of size \(count) into shape \(formatShape(newShape))")
      }
      shape[u] = count / known
    }
    guard shape.reduce(1, *) == count else {
      throw TensorError(.shape, "cannot reshape array of size \(count) into shape \(formatShape(newShape))")
    }
    return Tensor(storage: storage, shape: shape, dtype: dtype, count: count)
  }

  /// A one-axis tensor of all elements in row-major order (shares storage).
  public func flattened() -> Tensor {
    Tensor(storage: storage, shape: [count], dtype: dtype, count: count)
  }

  /// A new axis of extent 1 inserted at `axis` (in `-(rank+1)...rank`). Shares storage.
  public func expandingShape(at axis: Int) throws -> Tensor {
    let ax = try normalizeAxis(axis, rank: rank + 1)
    var s = shape
    s.insert(1, at: ax)
    return Tensor(storage: storage, shape: s, dtype: dtype, count: count)
  }

  /// Removes `axis` (which must have extent 1), or every extent-1 axis when nil. Shares storage.
  public func squeezed(axis: Int? = nil) throws -> Tensor {
    var s = shape
    if let axis {
      let ax = try normalizeAxis(axis, rank: rank)
      guard s[ax] == 1 else {
        throw TensorError(.value, "cannot select an axis to squeeze out which has size not equal to one")
      }
      s.remove(at: ax)
    } else {
      s.removeAll { $0 == 1 }
    }
    return Tensor(storage: storage, shape: s, dtype: dtype, count: count)
  }

  // MARK: - Transpose (copies)

  /// The axes in reverse order (a matrix's transpose). Copies.
  /// - Complexity: O(count).
  public func transposed() -> Tensor {
    if rank < 2 { return self }
    if rank == 2 {
      let rows = shape[0], columns = shape[1]
      let out = Tensor(uninitializedShape: [columns, rows], dtype: dtype)
      switch dtype.byteSize {
      case 1: transpose2D(pointer(UInt8.self), out.pointer(UInt8.self), rows, columns)
      case 4: transpose2D(pointer(UInt32.self), out.pointer(UInt32.self), rows, columns)
      default: transpose2D(pointer(UInt64.self), out.pointer(UInt64.self), rows, columns)
      }
      return out
    }
    return try! permuted(Array((0..<rank).reversed()))
  }

  /// The axes reordered: result axis `i` is input axis `axes[i]` (negative allowed). Copies.
  /// Throws `axes don't match array` unless `axes` is a permutation of the axes.
  public func permuted(_ axes: [Int]) throws -> Tensor {
    guard axes.count == rank else { throw TensorError(.value, "axes don't match array") }
    let ax = try axes.map { try normalizeAxis($0, rank: rank) }
    guard Set(ax).count == rank else { throw TensorError(.value, "repeated axis in transpose") }
    if ax == Array(0..<rank) { return self }
    let inStrides = strides
    return gatherStrided(shape: ax.map { shape[$0] }, strides: ax.map { inStrides[$0] }, offset: 0)
  }

  /// A new contiguous tensor whose element at multi-index `i` is this tensor's element at
  /// `offset + Σ i[k]·strides[k]`: the one loop behind transposes, slices and broadcasts.
  func gatherStrided(shape: [Int], strides: [Int], offset: Int) -> Tensor {
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    switch dtype.byteSize {
    case 1: stridedCopy(pointer(UInt8.self), out.pointer(UInt8.self), shape, strides, offset)
    case 4: stridedCopy(pointer(UInt32.self), out.pointer(UInt32.self), shape, strides, offset)
    default: stridedCopy(pointer(UInt64.self), out.pointer(UInt64.self), shape, strides, offset)
    }
    return out
  }

  // MARK: - Joining (copies)

  /// The tensors joined along an existing `axis`; dtypes promote. Throws NumPy's messages when
  /// ranks or the other extents differ.
  /// - Complexity: O(total count).
  public static func concatenated(_ tensors: [Tensor], along axis: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TensorError(.value, "need at least one array to concatenate") }
    if first.rank == 0 { throw TensorError(.value, "zero-dimensional arrays cannot be concatenated") }
    let ax = try normalizeAxis(axis, rank: first.rank)
    var dtype = first.dtype
    var total = 0
    for (i, t) in tensors.enumerated() {
      guard t.rank == first.rank else {
        throw TensorError(.value, "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.rank) dimension(s) and the array at index \(i) has \(t.rank) dimension(s)")
      }
      for d in 0..<first.rank where d != ax && t.shape[d] != first.shape[d] {
        throw TensorError(.value, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(i) has size \(t.shape[d])")
      }
      total += t.shape[ax]
      dtype = DType.promoted(dtype, t.dtype)
    }
    var shape = first.shape
    shape[ax] = total
    try MemoryGuard.check(shape: shape, dtype: dtype)
    let out = Tensor(uninitializedShape: shape, dtype: dtype)
    let outer = shape[..<ax].reduce(1, *), inner = shape[(ax + 1)...].reduce(1, *)
    let elementBytes = dtype.byteSize
    let rowBytes = total * inner * elementBytes
    var offsetBytes = 0
    for t in tensors {
      let t = t.astype(dtype)
      let chunk = t.shape[ax] * inner * elementBytes
      for o in 0..<outer {
        (out.storage.pointer + o * rowBytes + offsetBytes)
          .copyMemory(from: t.storage.pointer + o * chunk, byteCount: chunk)
      }
      offsetBytes += chunk
    }
    return out
  }

  /// The tensors (all the same shape) stacked along a new `axis`.
  /// Throws `all input arrays must have the same shape`.
  public static func stacked(_ tensors: [Tensor], along axis: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TensorError(.value, "need at least one array to stack") }
    guard tensors.allSatisfy({ $0.shape == first.shape }) else {
      throw TensorError(.value, "all input arrays must have the same shape")
    }
    let ax = try normalizeAxis(axis, rank: first.rank + 1)
    return try concatenated(tensors.map { try $0.expandingShape(at: ax) }, along: ax)
  }

  // MARK: - Padding, repeating (copies)

  /// The tensor surrounded by `widths[i] = (before, after)` elements of `value` along each axis
  /// (one pair is used for every axis). NumPy's `pad(mode="constant")`.
  public func padded(widths: [(before: Int, after: Int)], value: Double = 0) throws -> Tensor {
    let w = widths.count == 1 ? Array(repeating: widths[0], count: rank) : widths
    guard w.count == rank else {
      throw TensorError(.value, "operands could not be broadcast together with remapped shapes [original->remapped]: (\(widths.count),2) and requested shape (\(rank),2)")
    }
    if w.contains(where: { $0.before < 0 || $0.after < 0 }) {
      throw TensorError(.value, "index can't contain negative values")
    }
    let shape = zip(self.shape, w).map { $0 + $1.before + $1.after }
    try MemoryGuard.check(shape: shape, dtype: dtype)
    var out = Tensor.full(shape, value, dtype: dtype)
    if count == 0 { return out }
    // Copy the input into the interior, row by row of the last axis.
    let outStrides = out.strides
    let interiorOffset = zip(w, outStrides).reduce(0) { $0 + $1.0.before * $1.1 }
    out.makeUnique()
    let eb = dtype.byteSize
    let inner = self.shape[rank - 1]
    let rows = count / Swift.max(inner, 1)
    var idx = [Int](repeating: 0, count: rank)
    for r in 0..<rows {
      var o = interiorOffset
      for d in 0..<(rank - 1) { o += idx[d] * outStrides[d] }
      (out.storage.pointer + o * eb).copyMemory(from: storage.pointer + r * inner * eb, byteCount: inner * eb)
      var d = rank - 2
      while d >= 0 {
        idx[d] += 1
        if idx[d] < self.shape[d] { break }
        idx[d] = 0
        d -= 1
      }
    }
    return out
  }

  /// Each element repeated `repeats` times along `axis` (NumPy's `repeat`; flattened first when
  /// `axis` is nil).
  public func repeated(_ repeats: Int, axis: Int?) throws -> Tensor {
    guard repeats >= 0 else { throw TensorError(.value, "repeats may not contain negative values") }
    guard let axis else { return try flattened().repeated(repeats, axis: 0) }
    let ax = try normalizeAxis(axis, rank: rank)
    var expanded = shape
    expanded.insert(1, at: ax + 1)
    var target = expanded
    target[ax + 1] = repeats
    var outShape = shape
    outShape[ax] *= repeats
    try MemoryGuard.check(shape: outShape, dtype: dtype)
    return try reshaped(to: expanded).broadcastUnchecked(to: target).reshaped(to: outShape)
  }

  /// The tensor tiled `reps[i]` times along each axis (NumPy's `tile`).
  public func tiled(_ reps: [Int]) throws -> Tensor {
    guard reps.allSatisfy({ $0 >= 0 }) else { throw TensorError(.value, "negative dimensions are not allowed") }
    let r = Swift.max(rank, reps.count)
    let s = Array(repeating: 1, count: r - rank) + shape
    let p = Array(repeating: 1, count: r - reps.count) + reps
    var expanded: [Int] = [], target: [Int] = []
    for i in 0..<r {
      expanded += [1, s[i]]
      target += [p[i], s[i]]
    }
    let outShape = (0..<r).map { s[$0] * p[$0] }
    try MemoryGuard.check(shape: outShape, dtype: dtype)
    return try reshaped(to: expanded).broadcastUnchecked(to: target).reshaped(to: outShape)
  }
}

/// Copies `shape`'s elements from `src` at `offset + Σ i[k]·strides[k]` into contiguous `dst`.
@inline(__always)
func stridedCopy<T>(_ src: UnsafeMutablePointer<T>, _ dst: UnsafeMutablePointer<T>, _ shape: [Int],
                    _ strides: [Int], _ offset: Int) {
  let n = shape.reduce(1, *)
  if n == 0 { return }
  let rank = shape.count
  if rank == 0 {
    dst[0] = src[offset]
    return
  }
  let inner = shape[rank - 1], si = strides[rank - 1]
  var idx = [Int](repeating: 0, count: rank)
  var o = offset
  var k = 0
  while k < n {
    for j in 0..<inner { dst[k + j] = src[o + j * si] }
    k += inner
    var d = rank - 2
    while d >= 0 {
      idx[d] += 1
      o += strides[d]
      if idx[d] < shape[d] { break }
      o -= strides[d] * shape[d]
      idx[d] = 0
      d -= 1
    }
  }
}

/// out[j, i] = src[i, j] for a `rows`×`columns` row-major matrix, in 8×8 tiles.
@inline(__always)
func transpose2D<T>(_ src: UnsafeMutablePointer<T>, _ dst: UnsafeMutablePointer<T>, _ rows: Int, _ columns: Int) {
  let tile = 8
  var i0 = 0
  while i0 < rows {
    let i1 = Swift.min(i0 + tile, rows)
    var j0 = 0
    while j0 < columns {
      let j1 = Swift.min(j0 + tile, columns)
      for i in i0..<i1 {
        for j in j0..<j1 { dst[j * rows + i] = src[i * columns + j] }
      }
      j0 = j1
    }
    i0 = i1
  }
}
