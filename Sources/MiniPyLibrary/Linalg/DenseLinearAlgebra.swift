// Small dense linear algebra in Double for `np.linalg` and scikit-learn's models: LU with
// partial pivoting (solve, inverse, determinant) and a one-sided Jacobi SVD (pseudo-inverse,
// least squares). Matrices are row-major `[Double]` with their dimensions.

import Foundation

/// A row-major matrix of doubles.
struct Matrix: Equatable {
  var rows: Int
  var cols: Int
  var values: [Double]

  init(rows: Int, cols: Int, values: [Double]) {
    precondition(values.count == rows * cols)
    self.rows = rows; self.cols = cols; self.values = values
  }
  init(rows: Int, cols: Int) { self.init(rows: rows, cols: cols, values: [Double](repeating: 0, count: rows * cols)) }
  static func identity(_ n: Int) -> Matrix {
    var m = Matrix(rows: n, cols: n)
    for i in 0..<n { m[i, i] = 1 }
    return m
  }

  subscript(i: Int, j: Int) -> Double {
    get { values[i * cols + j] }
    set { values[i * cols + j] = newValue }
  }

  var transposed: Matrix {
    var t = Matrix(rows: cols, cols: rows)
    for i in 0..<rows { for j in 0..<cols { t[j, i] = self[i, j] } }
    return t
  }

  /// `self · other`. - Complexity: O(rows·cols·other.cols).
  func multiplied(by other: Matrix) -> Matrix {
    precondition(cols == other.rows)
    var r = Matrix(rows: rows, cols: other.cols)
    for i in 0..<rows {
      for k in 0..<cols {
        let a = self[i, k]
        if a == 0 { continue }
        for j in 0..<other.cols { r.values[i * other.cols + j] += a * other.values[k * other.cols + j] }
      }
    }
    return r
  }
}

enum LinearAlgebraError: Error, Equatable {
  case singular
}

enum DenseLinearAlgebra {
  // MARK: - LU with partial pivoting (LAPACK getrf's unblocked algorithm)

  /// `P·A = L·U` packed in one matrix (unit lower L below the diagonal), the row permutation,
  /// and the permutation's sign. Throws `.singular` on an exactly zero pivot, as LAPACK reports.
  /// - Complexity: O(n³).
  static func luDecomposition(_ a: Matrix) throws -> (lu: Matrix, pivots: [Int], sign: Double) {
    precondition(a.rows == a.cols)
    let n = a.rows
    var lu = a
    var piv = Array(0..<n)
    var sign = 1.0
    for k in 0..<n {
      var p = k
      var best = abs(lu[k, k])
      for i in (k + 1)..<max(n, k + 1) where abs(lu[i, k]) > best { best = abs(lu[i, k]); p = i }
      if best == 0 { throw LinearAlgebraError.singular }
      if p != k {
        for j in 0..<n { let t = lu[k, j]; lu[k, j] = lu[p, j]; lu[p, j] = t }
        piv.swapAt(k, p)
        sign = -sign
      }
      let pivot = lu[k, k]
      for i in (k + 1)..<max(n, k + 1) {
        let f = lu[i, k] / pivot
        lu[i, k] = f
        if f == 0 { continue }
        for j in (k + 1)..<n { lu[i, j] -= f * lu[k, j] }
      }
    }
    return (lu, piv, sign)
  }

  /// Solves `A·X = B` for `X` (`B` is n×m).
  static func solve(_ a: Matrix, _ b: Matrix) throws -> Matrix {
    let (lu, piv, _) = try luDecomposition(a)
    let n = a.rows
    var x = Matrix(rows: n, cols: b.cols)
    for c in 0..<b.cols {
      var y = [Double](repeating: 0, count: n)
      for i in 0..<n {
        var s = b[piv[i], c]
        for j in 0..<i { s -= lu[i, j] * y[j] }
        y[i] = s
      }
      for i in stride(from: n - 1, through: 0, by: -1) {
        var s = y[i]
        for j in (i + 1)..<n { s -= lu[i, j] * y[j] }
        y[i] = s / lu[i, i]
      }
      for i in 0..<n { x[i, c] = y[i] }
    }
    return x
  }

  static func inverse(_ a: Matrix) throws -> Matrix { try solve(a, .identity(a.rows)) }

  static func determinant(_ a: Matrix) -> Double {
    guard let (lu, _, sign) = try? luDecomposition(a) else { return 0 }
    var d = sign
    for i in 0..<a.rows { d *= lu[i, i] }
    return d
  }

  // MARK: - SVD (one-sided Jacobi)

  /// The thin SVD `A = U·diag(s)·Vᵀ` of an m×n matrix: `u` m×r, `s` (r), `v` n×r with
  /// r = min(m, n), singular values in decreasing order.
  /// - Complexity: O(sweeps · m · n²); converges to full double accuracy.
  static func svd(_ a: Matrix) -> (u: Matrix, s: [Double], v: Matrix) {
    if a.rows < a.cols {
      let (u, s, v) = svd(a.transposed)
      return (v, s, u)
    }
    let m = a.rows, n = a.cols
    var w = a  // columns become U·diag(s)
    var v = Matrix.identity(n)
    for _ in 0..<60 {
      var rotated = false
      for p in 0..<n {
        for q in (p + 1)..<max(n, p + 1) {
          var alpha = 0.0, beta = 0.0, gamma = 0.0
          for i in 0..<m {
            let x = w[i, p], y = w[i, q]
            alpha += x * x; beta += y * y; gamma += x * y
          }
          if gamma == 0 || abs(gamma) <= 1e-15 * (alpha * beta).squareRoot() { continue }
          rotated = true
          let zeta = (beta - alpha) / (2 * gamma)
          let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
          let c = 1 / (1 + t * t).squareRoot(), s = c * t
          for i in 0..<m {
            let x = w[i, p], y = w[i, q]
            w[i, p] = c * x - s * y
            w[i, q] = s * x + c * y
          }
          for i in 0..<n {
            let x = v[i, p], y = v[i, q]
            v[i, p] = c * x - s * y
            v[i, q] = s * x + c * y
          }
        }
      }
      if !rotated { break }
    }
    var sv = [Double](repeating: 0, count: n)
    for j in 0..<n {
      var ss = 0.0
      for i in 0..<m { ss += w[i, j] * w[i, j] }
      sv[j] = ss.squareRoot()
    }
    let order = (0..<n).sorted { sv[$0] > sv[$1] }
    var u = Matrix(rows: m, cols: n), vv = Matrix(rows: n, cols: n), s = [Double](repeating: 0, count: n)
    for (k, j) in order.enumerated() {
      s[k] = sv[j]
      for i in 0..<m { u[i, k] = sv[j] > 0 ? w[i, j] / sv[j] : 0 }
      for i in 0..<n { vv[i, k] = v[i, j] }
    }
    return (u, s, vv)
  }

  /// The Moore–Penrose pseudo-inverse (n×m), zeroing singular values ≤ `rcond`·max(s) as
  /// `np.linalg.pinv` does (default 1e-15).
  static func pseudoInverse(_ a: Matrix, rcond: Double = 1e-15) -> Matrix {
    let (u, s, v) = svd(a)
    let cutoff = rcond * (s.max() ?? 0)
    var r = Matrix(rows: a.cols, cols: a.rows)
    for k in 0..<s.count where s[k] > cutoff {
      let inv = 1 / s[k]
      for i in 0..<a.cols {
        let vik = v[i, k] * inv
        if vik == 0 { continue }
        for j in 0..<a.rows { r[i, j] += vik * u[j, k] }
      }
    }
    return r
  }

  /// The minimum-norm least-squares solution of `A·X ≈ B`.
  static func leastSquares(_ a: Matrix, _ b: Matrix) -> Matrix {
    pseudoInverse(a).multiplied(by: b)
  }
}
