// `np.linalg`: inv, pinv, solve, norm, det on small Double matrices.

import Foundation
import MiniPy
import TensorCore

extension NumPyModule {
  static func matrix(_ t: Tensor, _ fn: String) throws -> Matrix {
    guard t.rank == 2 else {
      throw PyException(.value, "\(t.rank)-dimensional array given. Array must be at least two-dimensional", pythonClassName: "LinAlgError")
    }
    return Matrix(rows: t.shape[0], cols: t.shape[1], values: t.scalars(as: Double.self))
  }

  static func square(_ t: Tensor, _ fn: String) throws -> Matrix {
    let m = try matrix(t, fn)
    guard m.rows == m.cols else {
      throw PyException(.value, "Last 2 dimensions of the array must be square", pythonClassName: "LinAlgError")
    }
    return m
  }

  static func tensor(_ m: Matrix, dtype: DType) -> Tensor {
    let t = Tensor(m.values, shape: [m.rows, m.cols])
    return dtype == .float32 ? t.astype(.float32) : t
  }

  static func singular() -> PyException {
    PyException(.value, "Singular matrix", pythonClassName: "LinAlgError")
  }

  /// `np.linalg.lstsq(a, b, rcond)` by the SVD: the minimum-norm solution (singular values
  /// at most `rcond`·max treated as zero), the squared residuals per column (empty unless `a`
  /// has full column rank and more rows than columns), the rank and the singular values.
  static func leastSquares(_ ta: Tensor, _ tb: Tensor, rcond: Double?) throws
    -> (solution: Tensor, residuals: Tensor, rank: Int, singular: Tensor) {
    guard ta.rank == 2 else {
      throw PyException(.value, "\(ta.rank)-dimensional array given. Array must be two-dimensional", pythonClassName: "LinAlgError")
    }
    guard tb.rank == 1 || tb.rank == 2 else {
      throw PyException(.value, "\(tb.rank)-dimensional array given. Array must be one or two-dimensional", pythonClassName: "LinAlgError")
    }
    let rows = ta.shape[0], cols = ta.shape[1]
    guard tb.shape[0] == rows else { throw PyException(.value, "Incompatible dimensions", pythonClassName: "LinAlgError") }
    let a = Matrix(rows: rows, cols: cols, values: ta.scalars(as: Double.self))
    let k = tb.rank == 1 ? 1 : tb.shape[1]
    let b = Matrix(rows: rows, cols: k, values: tb.scalars(as: Double.self))
    let (u, s, v) = DenseLinearAlgebra.svd(a)
    let cutoff = (rcond ?? Double.ulpOfOne * Double(max(rows, cols))) * (s.max() ?? 0)
    let rank = s.filter { $0 > cutoff }.count
    // x = V · diag(1/s) · Uᵀ · b over the kept singular values.
    var x = Matrix(rows: cols, cols: k)
    for r in 0..<s.count where s[r] > cutoff {
      for c in 0..<k {
        var dot = 0.0
        for i in 0..<rows { dot += u[i, r] * b[i, c] }
        let w = dot / s[r]
        for j in 0..<cols { x[j, c] += v[j, r] * w }
      }
    }
    var residuals = Tensor.zeros([0])
    if rank == cols && rows > cols {
      let fitted = a.multiplied(by: x)
      var sums = [Double](repeating: 0, count: k)
      for i in 0..<rows { for c in 0..<k { let d = b[i, c] - fitted[i, c]; sums[c] += d * d } }
      residuals = Tensor(sums)
    }
    let solution = tb.rank == 1 ? Tensor(x.values) : Tensor(x.values, shape: [cols, k])
    return (solution, residuals, rank, Tensor(s))
  }

  static func makeLinalg() -> PyModule {
    let m = PyModule(name: "numpy.linalg")
    m.define("inv") { args in
      let t = try arrayArgument(args, 0, "a")
      let a = try square(t, "inv")
      do {
        return try NumPyConvert.wrap(tensor(try DenseLinearAlgebra.inverse(a), dtype: t.dtype), args.interpreter)
      } catch is LinearAlgebraError { throw singular() }
    }
    m.define("solve") { args in
      let ta = try arrayArgument(args, 0, "a"), tb = try arrayArgument(args, 1, "b")
      let a = try square(ta, "solve")
      let vector = tb.rank == 1
      guard tb.shape.first == a.rows else {
        throw PyException(.value, "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size \(tb.shape.first ?? 0) is different from \(a.rows))")
      }
      let b = vector ? Matrix(rows: tb.count, cols: 1, values: tb.scalars(as: Double.self)) : try matrix(tb, "solve")
      do {
        let x = try DenseLinearAlgebra.solve(a, b)
        var r = tensor(x, dtype: DType.promoted(ta.dtype, tb.dtype) == .float32 ? .float32 : .float64)
        if vector { r = try np { try r.reshaped(to: [x.rows]) } }
        return try NumPyConvert.wrap(r, args.interpreter)
      } catch is LinearAlgebraError { throw singular() }
    }
    m.define("pinv") { args in
      let t = try arrayArgument(args, 0, "a")
      let rcond = try args.double(1, "rcond", default: 1e-15)
      let p = DenseLinearAlgebra.pseudoInverse(try matrix(t, "pinv"), rcond: rcond)
      return try NumPyConvert.wrap(tensor(p, dtype: t.dtype == .float32 ? .float32 : .float64), args.interpreter)
    }
    m.define("det") { args in
      let t = try arrayArgument(args, 0, "a")
      return .object(NumPyScalar(.float(DenseLinearAlgebra.determinant(try square(t, "det"))), dtype: .float64))
    }
    m.define("norm") { args in
      let interp = args.interpreter
      let t0 = try arrayArgument(args, 0, "x")
      let t = t0.dtype.isFloatingPoint ? t0 : t0.astype(.float64)
      let ordV = try args.value(1, "ord")
      let axis = try args.value(2, "axis")
      let keepdims = try args.bool(3, "keepdims", default: false)
      var ord: Double? = nil
      if let ordV, !ordV.isNone {
        if case .str(let s) = ordV {
          if s == "nuc" { throw NumPyError.notSupported("np.linalg.norm with ord='nuc' (it needs singular values)") }
          guard s == "fro" else { throw PyException(.value, "Invalid norm order for matrices.") }
          ord = nil
        } else { ord = try interp.toDouble(ordV, what: "ord") }
      }
      let ax = try NumPyFunctions.axes(axis, rank: t.rank, interp)
      if case .str(let s)? = ordV, ax?.count == 1 || (ax == nil && t.rank == 1) {
        throw PyException(.value, "Invalid norm order '\(s)' for vectors")
      }
      if let ord, ord != 2 || (ax == nil && t.rank == 2) || ax?.count == 2 {
        let a = try np { try Tensor.unary(.abs, t) }
        if (ax == nil && t.rank == 2) || ax?.count == 2 {
          // Matrix norms: 1 / -1 the largest / smallest column sum of |a|, inf / -inf the
          // largest / smallest row sum; 2, -2 and 'nuc' need singular values.
          guard ord.isInfinite || Swift.abs(ord) == 1 else {
            throw NumPyError.notSupported("np.linalg.norm with ord=\(ord) on a matrix (it needs singular values)")
          }
          let rowAxis = ax?[0] ?? 0, columnAxis = ax?[1] ?? 1
          let summed = ord.isInfinite ? columnAxis : rowAxis, chosen = ord.isInfinite ? rowAxis : columnAxis
          var r = try np { try a.sum(axis: summed, keepDims: true) }
          r = try np { ord > 0 ? try r.max(axis: chosen, keepDims: true) : try r.min(axis: chosen, keepDims: true) }
          if !keepdims {
            let shape = r.shape.enumerated().filter { $0.offset != rowAxis && $0.offset != columnAxis }.map(\.element)
            r = try np { try r.reshaped(to: shape) }
          }
          return try NumPyConvert.result(r, interp)
        }
        guard ax?.count == 1 || (ax == nil && t.rank == 1) else {
          throw PyException(.value, "Improper number of dimensions to norm.")
        }
        let axisValue: Value = ax.map { .int($0[0]) } ?? .none
        if ord.isInfinite {
          return try NumPyFunctions.reduce(ord > 0 ? .max : .min, a, axis: axisValue, keepdims: keepdims, interp)
        }
        if ord == 0 {
          // the number of nonzero entries, as a float
          let nonzero = try np { try Tensor.binary(.notEqual, t, Tensor(.float(0))).astype(t.dtype) }
          return try NumPyFunctions.reduce(.sum, nonzero, axis: axisValue, keepdims: keepdims, interp)
        }
        if ord == 1 { return try NumPyFunctions.reduce(.sum, a, axis: axisValue, keepdims: keepdims, interp) }
        // (sum |x|^p)^(1/p), in NumPy's order of operations
        let powered = try np { try Tensor.binary(.power, a, Tensor(.float(ord)).astype(t.dtype)) }
        let s = try NumPyFunctions.reduce(.sum, powered, axis: axisValue, keepdims: keepdims, interp)
        guard let st = try NumPyConvert.operand(s, interp) else { return s }
        return try NumPyConvert.result(try np { try Tensor.binary(.power, st, Tensor(.float(1 / ord)).astype(st.dtype)) }, interp)
      }
      let sq = try np { try Tensor.binary(.multiply, t, t) }
      let axisValue: Value = ax.map { $0.count == 1 ? .int($0[0]) : .tuple($0.map { .int($0) }) } ?? .none
      let s = try NumPyFunctions.reduce(.sum, sq, axis: axisValue, keepdims: keepdims, interp)
      guard let st = try NumPyConvert.operand(s, interp) else { return s }
      return try NumPyConvert.result(try np { try Tensor.unary(.sqrt, st) }, interp)
    }
    m.define("lstsq") { args in
      let interp = args.interpreter
      let a = try arrayArgument(args, 0, "a"), b = try arrayArgument(args, 1, "b")
      let rcond = try args.value(2, "rcond").flatMap { $0.isNone ? nil : $0 }.map { try interp.toDouble($0, what: "rcond") }
      let r = try leastSquares(a, b, rcond: rcond)
      return .tuple([
        try NumPyConvert.wrap(r.solution, interp), try NumPyConvert.wrap(r.residuals, interp), .int(r.rank),
        try NumPyConvert.wrap(r.singular, interp),
      ])
    }
    m.define("matrix_rank") { args in
      let t = try arrayArgument(args, 0, "A")
      for (i, key) in [(1, "tol"), (-1, "rtol")] {
        if let v = try args.value(i, key), !v.isNone { throw NumPyError.notSupported("np.linalg.matrix_rank(\(key)=...)") }
      }
      if try args.bool(2, "hermitian", default: false) { throw NumPyError.notSupported("np.linalg.matrix_rank(hermitian=True)") }
      // NumPy: a vector or scalar has rank 1 unless it is all zeros (a Python int).
      guard t.rank >= 2 else { return .int(t.scalars(as: Double.self).allSatisfy { $0 == 0 } ? 0 : 1) }
      guard t.rank == 2 else { throw NumPyError.notSupported("np.linalg.matrix_rank of a stack of matrices") }
      let s = DenseLinearAlgebra.svd(try matrix(t, "matrix_rank")).s
      let tol = (s.max() ?? 0) * Double(max(t.shape[0], t.shape[1])) * Double.ulpOfOne
      return .object(NumPyScalar(.int(s.filter { $0 > tol }.count), dtype: .int64))
    }
    m.fallback = { name in
      if NumPyNames.linalg.contains(name) { throw NumPyError.notSupported("np.linalg.\(name)") }
      return nil
    }
    m["LinAlgError"] = .object(NumPyTypeName(name: "linalg.LinAlgError"))
    return m
  }
}
