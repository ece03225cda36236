// Shared implementations behind `np.f(a, ...)` and `a.f(...)`: reductions with `axis`
// (int, tuple or None) and `keepdims`, matrix products with NumPy's 1-D rules, rounding.

import MiniPy
import TensorCore

enum NumPyFunctions {
  enum Reduction: String {
    case sum, mean, max, min, argmax, argmin, std, `var`, prod, any, all
  }

  /// The axes named by an `axis=` argument; `nil` for all axes.
  static func axes(_ v: Value?, rank: Int, _ interp: Interpreter) throws -> [Int]? {
    guard let v, !v.isNone else { return nil }
    if case .int(let a) = v, a >= -rank, a < rank { return [a < 0 ? a + rank : a] }
    var list: [Int]
    switch v {
    case .tuple(let items): list = try items.map { try interp.toInt($0, what: "axis") }
    case .list(let l): list = try l.items.map { try interp.toInt($0, what: "axis") }
    default: list = [try interp.toInt(v, what: "axis")]
    }
    list = try list.map { a in try np { try normalizeAxis(a, rank: rank) } }
    return list
  }

  /// A reduction of `t` over `axis` (see `axes`), as NumPy computes it.
  static func reduce(_ kind: Reduction, _ t: Tensor, axis: Value?, keepdims: Bool, ddof: Int = 0, _ interp: Interpreter) throws -> Value {
    let axes = try axes(axis, rank: t.rank, interp)
    if t.count == 0, kind == .max || kind == .min || kind == .argmax || kind == .argmin {
      let name = kind == .max ? "maximum" : kind == .min ? "minimum" : kind.rawValue
      if kind == .argmax || kind == .argmin {
        throw PyException(.value, "attempt to get \(kind.rawValue) of an empty sequence")
      }
      throw PyException(.value, "zero-size array to reduction operation \(name) which has no identity")
    }
    func one(_ x: Tensor, _ ax: Int?, _ keep: Bool) throws -> Tensor {
      try np {
        switch kind {
        case .sum: return try x.sum(axis: ax, keepDims: keep)
        case .mean: return try x.mean(axis: ax, keepDims: keep)
        case .max: return try x.max(axis: ax, keepDims: keep)
        case .min: return try x.min(axis: ax, keepDims: keep)
        case .argmax: return try x.argmax(axis: ax, keepDims: keep)
        case .argmin: return try x.argmin(axis: ax, keepDims: keep)
        case .std: return try x.standardDeviation(axis: ax, ddof: ddof, keepDims: keep)
        case .var: return try x.variance(axis: ax, ddof: ddof, keepDims: keep)
        case .prod: return try x.product(axis: ax, keepDims: keep)
        case .any: return try x.astype(.bool).astype(.int64).max(axis: ax, keepDims: keep).astype(.bool)
        case .all: return try x.astype(.bool).astype(.int64).min(axis: ax, keepDims: keep).astype(.bool)
        }
      }
    }
    let result: Tensor
    if let axes, axes.count == 1 {
      result = try one(t, axes[0], keepdims)
    } else if let axes, axes.count != t.rank || kind == .argmax || kind == .argmin {
      if kind == .argmax || kind == .argmin {
        throw PyException(.type, "'tuple' object cannot be interpreted as an integer")
      }
      if kind == .mean || kind == .std || kind == .var {
        // Reduce over the selected axes as one: move them last and flatten them.
        let rest = (0..<t.rank).filter { !axes.contains($0) }
        let moved = try np { try t.permuted(rest + axes.sorted()) }
        let keptShape = rest.map { t.shape[$0] }
        let flat = try np { try moved.reshaped(to: keptShape + [-1]) }
        var r = try one(flat, keptShape.count, false)
        if keepdims {
          var shape = t.shape
          for a in axes { shape[a] = 1 }
          r = try np { try r.reshaped(to: shape) }
        }
        result = r
      } else {
        var r = t
        for a in axes.sorted(by: >) { r = try one(r, a, true) }
        if !keepdims {
          var shape = t.shape
          for a in axes.sorted(by: >) { shape.remove(at: a) }
          r = try np { try r.reshaped(to: shape) }
        }
        result = r
      }
    } else {
      var r = try one(t, nil, false)
      if keepdims {
        r = try np { try r.reshaped(to: [Int](repeating: 1, count: t.rank)) }
      }
      result = r
    }
    return try NumPyConvert.result(result, interp)
  }

  // MARK: - Matrix products

  /// `a @ b` / `np.matmul`: 1-D operands are promoted to a row (left) or column (right) and the
  /// added axis removed; stacks of matrices broadcast.
  static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if a.rank == 0 || b.rank == 0 {
      throw PyException(.value, "matmul: Input operand \(a.rank == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
    let a2 = a.rank == 1 ? try np { try a.reshaped(to: [1, a.shape[0]]) } : a
    let b2 = b.rank == 1 ? try np { try b.reshaped(to: [b.shape[0], 1]) } : b
    let k = a2.shape[a2.rank - 1], k2 = b2.shape[b2.rank - 2]
    guard k == k2 else {
      throw PyException(.shape, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k))")
    }
    var r = try np { try matrixProduct(a2, b2) }
    if a.rank == 1 || b.rank == 1 {
      var shape = r.shape
      if b.rank == 1 { shape.removeLast() }
      if a.rank == 1 { shape.remove(at: shape.count - (b.rank == 1 ? 1 : 2)) }
      r = try np { try r.reshaped(to: shape) }
    }
    return r
  }

  /// `np.dot`: scalars multiply; 1-D·1-D is the inner product; N-D·1-D sums over the last
  /// axes; 2-D·2-D is the matrix product.
  static func dot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if a.rank == 0 || b.rank == 0 { return try np { try Tensor.binary(.multiply, a, b) } }
    let ka = a.shape[a.rank - 1]
    let kb = b.rank == 1 ? b.shape[0] : b.shape[b.rank - 2]
    guard ka == kb else {
      throw PyException(
        .shape,
        "shapes \(NDArray.compactShape(a.shape)) and \(NDArray.compactShape(b.shape)) not aligned: \(ka) (dim \(a.rank - 1)) != \(kb) (dim \(b.rank == 1 ? 0 : b.rank - 2))")
    }
    if b.rank > 2 { throw NumPyError.notSupported("np.dot with a \(b.rank)-D second operand (use np.matmul)") }
    if a.rank > 2 {
      let lead = Array(a.shape.dropLast())
      let flat = try np { try a.reshaped(to: [-1, ka]) }
      let r = try matmul(flat, b)
      return try np { try r.reshaped(to: lead + (b.rank == 2 ? [b.shape[1]] : [])) }
    }
    return try matmul(a, b)
  }

  // MARK: - Elementwise helpers

  /// `np.round(a, decimals)` (round half to even, as NumPy).
  static func round(_ t: Tensor, decimals: Int) throws -> Tensor {
    // NumPy takes `decimals` as a C int
    if decimals > Int(Int32.max) { throw PyException(.overflow, "signed integer is greater than maximum") }
    if decimals < Int(Int32.min) { throw PyException(.overflow, "signed integer is less than minimum") }
    if t.dtype == .int64 || t.dtype == .bool {
      if decimals >= 0 { return t }
    }
    return t.rounded(decimals: decimals)
  }
}

extension NumPyFunctions {
  /// The matrix product of `[…, m, k]` and `[…, k, n]` on the tensor core.
  static func matrixProduct(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.matmul(a, b)
  }
}
