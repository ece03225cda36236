// MARK: - Rearranging elements: axes swapped or moved, flips, rolls, quarter turns, triangles,
// cyclic resizing, differences along an axis.
//
// Every result is a fresh contiguous tensor built from `permuted`, `get` and `gather`, so the
// element copies run in the indexing loops.

import Foundation

extension Tensor {
  // MARK: - Axes

  /// Axes `a` and `b` exchanged (NumPy's `swapaxes`). Throws NumPy's AxisError when either is
  /// out of range.
  /// - Complexity: O(count).
  public func swappingAxes(_ a: Int, _ b: Int) throws -> Tensor {
    try permuted(swappedAxesOrder(a, b))
  }

  /// The permutation that exchanges axes `a` and `b` (both normalised and checked).
  public func swappedAxesOrder(_ a: Int, _ b: Int) throws -> [Int] {
    // NumPy names the offending argument: `axis2: axis 2 is out of bounds …`.
    func checked(_ axis: Int, _ name: String) throws -> Int {
      do { return try normalizeAxis(axis, rank: rank) } catch let e as TensorError { throw TensorError(e.kind, "\(name): \(e.message)") }
    }
    let x = try checked(a, "axis1"), y = try checked(b, "axis2")
    var order = Array(0..<rank)
    order.swapAt(x, y)
    return order
  }

  /// The permutation of NumPy's `moveaxis(a, source, destination)`: the `source` axes end at
  /// the `destination` positions, the others keep their order. Both lists are normalised;
  /// throws NumPy's AxisError (prefixed `source: `/`destination: `) or its ValueError for
  /// repeated axes or lists of different lengths.
  public func movedAxesOrder(from source: [Int], to destination: [Int]) throws -> [Int] {
    func normalised(_ axes: [Int], _ name: String) throws -> [Int] {
      let r = try axes.map { a -> Int in
        let n = a < 0 ? a + rank : a
        guard n >= 0 && n < rank else {
          throw TensorError(.axis, "\(name): axis \(a) is out of bounds for array of dimension \(rank)")
        }
        return n
      }
      guard Set(r).count == r.count else { throw TensorError(.value, "repeated axis in `\(name)` argument") }
      return r
    }
    let src = try normalised(source, "source"), dst = try normalised(destination, "destination")
    guard src.count == dst.count else {
      throw TensorError(.value, "`source` and `destination` arguments must have the same number of elements")
    }
    var order = (0..<rank).filter { !src.contains($0) }
    for (d, s) in zip(dst, src).sorted(by: { $0.0 < $1.0 }) { order.insert(s, at: d) }
    return order
  }

  // MARK: - Flips, rolls, quarter turns

  /// The elements in reverse order along `axis` (NumPy's `np.flip(a, axis)`).
  /// - Complexity: O(count).
  public func flipped(axis: Int) throws -> Tensor {
    let ax = try normalizeAxis(axis, rank: rank)
    return try get(Array(repeating: .all, count: ax) + [.slice(start: nil, stop: nil, step: -1)])
  }

  /// Elements shifted `shift` places along `axis`, those pushed off the end coming back at the
  /// start (NumPy's `np.roll(a, shift, axis)`); negative shifts go the other way.
  /// - Complexity: O(count).
  public func rolled(by shift: Int, axis: Int) throws -> Tensor {
    let ax = try normalizeAxis(axis, rank: rank)
    let n = shape[ax]
    guard n > 0 else { return self }
    let s = ((shift % n) + n) % n
    if s == 0 { return self }
    // Output position i reads input position (i - s) mod n.
    let index = Tensor((0..<n).map { ($0 - s + n) % n })
    return try gather(indices: index, axis: ax)
  }

  /// The array turned `k` quarter turns from the first axis of `axes` towards the second
  /// (NumPy's `np.rot90(m, k, axes)`). Throws NumPy's ValueErrors for equal or out-of-range
  /// axes.
  /// - Complexity: O(count).
  public func rotated90(times k: Int, axes: (Int, Int)) throws -> Tensor {
    let (a, b) = axes
    guard a != b, Swift.abs(a - b) != rank else { throw TensorError(.value, "Axes must be different.") }
    guard a >= -rank, a < rank, b >= -rank, b < rank else {
      throw TensorError(.value, "Axes=(\(a), \(b)) out of range for array of ndim=\(rank).")
    }
    switch ((k % 4) + 4) % 4 {
    case 0: return self
    case 2: return try flipped(axis: a).flipped(axis: b)
    case 1: return try flipped(axis: b).swappingAxes(a, b)
    default: return try swappingAxes(a, b).flipped(axis: b)
    }
  }

  // MARK: - Triangles

  /// The lower (`lower`) or upper triangle of the last two axes, the other elements zeroed
  /// (NumPy's `np.tril(m, k)` / `np.triu(m, k)`): element `[…, i, j]` is kept when
  /// `j - i <= k` (lower) or `j - i >= k` (upper). A 1-D tensor of n elements is first
  /// repeated as n rows, as NumPy does.
  /// - Complexity: O(count).
  public func triangle(lower: Bool, offset k: Int) throws -> Tensor {
    guard rank > 0 else { throw TensorError(.type, "tri() missing 1 required positional argument: 'N'") }
    let x = rank == 1 ? try broadcast(to: [shape[0], shape[0]]) : self
    let rows = x.shape[x.rank - 2], cols = x.shape[x.rank - 1]
    var keep = [Bool](repeating: false, count: rows * cols)
    for i in 0..<rows {
      for j in 0..<cols { keep[i * cols + j] = lower ? j - i <= k : j - i >= k }
    }
    let mask = Tensor(keep, shape: [rows, cols])
    return try Tensor.where(mask, x, Tensor.zeros([], dtype: x.dtype))
  }

  // MARK: - Resizing

  /// A tensor of `newShape` filled with this tensor's elements in row-major order, repeated
  /// as often as needed (NumPy's `np.resize(a, new_shape)`); zeros when this tensor is empty.
  /// - Complexity: O(result count).
  public func resized(to newShape: [Int]) throws -> Tensor {
    guard !newShape.contains(where: { $0 < 0 }) else {
      throw TensorError(.value, "all elements of `new_shape` must be non-negative")
    }
    let n = newShape.reduce(1, *)
    try MemoryGuard.check(shape: newShape, dtype: dtype)
    if count == 0 { return Tensor.zeros(newShape, dtype: dtype) }
    let index = Tensor((0..<n).map { $0 % count })
    return try flattened().gather(indices: index, axis: 0).reshaped(to: newShape)
  }

  // MARK: - Differences

  /// The `order`-th discrete difference along `axis` (NumPy's `np.diff(a, n, axis)`):
  /// `out[…, i, …] = x[…, i + 1, …] - x[…, i, …]`, applied `order` times; booleans differ by
  /// `!=`. The axis shrinks by `order` (to no less than 0).
  /// - Complexity: O(order · count).
  public func differences(order: Int, axis: Int) throws -> Tensor {
    guard order >= 0 else { throw TensorError(.value, "order must be non-negative but got \(order)") }
    guard rank > 0 else { throw TensorError(.value, "diff requires input that is at least one dimensional") }
    let ax = try normalizeAxis(axis, rank: rank)
    var x = self
    for _ in 0..<order {
      let n = x.shape[ax]
      if n == 0 { break }
      let lead = [TensorIndex](repeating: .all, count: ax)
      let upper = try x.get(lead + [.slice(start: 1, stop: nil, step: nil)])
      let lowerPart = try x.get(lead + [.slice(start: nil, stop: n - 1, step: nil)])
      x = try Tensor.binary(x.dtype == .bool ? .notEqual : .subtract, upper, lowerPart)
    }
    return x
  }

  // MARK: - Positions

  /// The indices of the nonzero elements, one row per element (NumPy's `np.argwhere`):
  /// int64 of shape `[nonzero count, rank]`.
  /// - Complexity: O(count).
  public func nonzeroPositions() -> Tensor {
    if rank == 0 {
      let hit = count == 1 && element(at: 0) != 0
      return Tensor.zeros([hit ? 1 : 0, 0], dtype: .int64)
    }
    let columns = nonzero()
    let n = columns[0].count
    var rows = [Int](repeating: 0, count: n * rank)
    for (d, c) in columns.enumerated() {
      let p = c.pointer(Int.self)
      for i in 0..<n { rows[i * rank + d] = p[i] }
    }
    return Tensor(rows, shape: [n, rank])
  }
}
