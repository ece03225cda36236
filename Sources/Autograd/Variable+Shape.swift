import TensorCore

// MARK: - Shape operations and indexing (forward and backward together)

extension Variable {
  /// The same elements in a new shape (one extent may be -1); the gradient is reshaped back.
  public func reshaped(to shape: [Int]) throws -> Variable {
    let original = value.shape
    let y = try value.reshaped(to: shape)
    return Variable.record(y, [self]) { g in [try! g.reshaped(to: original)] }
  }

  /// Axes reversed; the gradient is transposed back.
  public func transposed() -> Variable {
    Variable.record(value.transposed(), [self]) { g in [g.transposed()] }
  }

  /// Axes reordered (result axis i is input axis `axes[i]`); the gradient takes the inverse
  /// permutation.
  public func permuted(_ axes: [Int]) throws -> Variable {
    let y = try value.permuted(axes)
    let normalized = try axes.map { try normalizeAxis($0, rank: value.rank) }
    var inverse = [Int](repeating: 0, count: axes.count)
    for (i, a) in normalized.enumerated() { inverse[a] = i }
    return Variable.record(y, [self]) { g in [try! g.permuted(inverse)] }
  }

  /// NumPy indexing `x[idx]`; the gradient is scattered back into zeros, adding where an index
  /// repeats (`np.add.at`).
  public func get(_ idx: [TensorIndex]) throws -> Variable {
    let y = try value.get(idx)
    let (shape, dtype) = (value.shape, value.dtype)
    return Variable.record(y, [self]) { g in
      var dx = Tensor.zeros(shape, dtype: dtype)
      try! dx.addAt(idx, g)
      return [dx]
    }
  }

  /// Elements taken at `indices` along `axis` (NumPy's `take`; an embedding lookup).
  public func gather(indices: Tensor, axis: Int) throws -> Variable {
    let ax = try normalizeAxis(axis, rank: value.rank)
    return try get(Array(repeating: TensorIndex.all, count: ax) + [.indices(indices)])
  }
}

/// The variables joined along `axis`; each gets its slice of the gradient.
public func concatenate(_ xs: [Variable], along axis: Int = 0) throws -> Variable {
  let y = try Tensor.concatenated(xs.map(\.value), along: axis)
  let ax = try normalizeAxis(axis, rank: y.rank)
  let sizes = xs.map { $0.value.shape[ax] }
  return Variable.record(y, xs) { g in
    var start = 0
    return sizes.map { n in
      defer { start += n }
      let idx = Array(repeating: TensorIndex.all, count: ax) + [.slice(start: start, stop: start + n, step: 1)]
      return try! g.get(idx)
    }
  }
}

/// The variables (all one shape) stacked along a new `axis`.
public func stack(_ xs: [Variable], along axis: Int = 0) throws -> Variable {
  guard let first = xs.first else { throw TensorError(.value, "need at least one array to stack") }
  guard xs.allSatisfy({ $0.shape == first.shape }) else {
    throw TensorError(.value, "all input arrays must have the same shape")
  }
  let ax = try normalizeAxis(axis, rank: first.value.rank + 1)
  var expanded = first.shape
  expanded.insert(1, at: ax)
  return try concatenate(xs.map { try $0.reshaped(to: expanded) }, along: ax)
}
