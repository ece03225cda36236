// `sklearn.linear_model.LinearRegression` and `LogisticRegression` (binary, L2 with C = 1 by
// default, as scikit-learn), enough for the book's chapter 3 and 4 listings.
//
// LogisticRegression is solved to the exact optimum of scikit-learn's objective
// (½‖w‖² + C·Σ log-loss, intercept not penalised) by Newton's method; scikit-learn's lbfgs
// stops at a gradient tolerance of 1e-4, so its coefficients differ from these in about the
// fourth significant digit.

import Foundation
import MiniPy
import TensorCore

enum SklearnModule {
  static func make() -> (linearModel: PyModule, root: PyModule) {
    let lm = PyModule(name: "sklearn.linear_model")
    lm.define("LinearRegression") { args in
      try args.expectKeywords(["fit_intercept", "copy_X", "n_jobs", "positive"])
      let e = Estimator(kind: .linear)
      e.fitIntercept = try args.bool(-1, "fit_intercept", default: true)
      return .object(e)
    }
    lm.define("LogisticRegression") { args in
      try args.expectKeywords(["C", "penalty", "fit_intercept", "max_iter", "solver", "tol", "random_state", "multi_class", "class_weight", "verbose", "n_jobs", "l1_ratio", "dual", "warm_start", "intercept_scaling"])
      let e = Estimator(kind: .logistic)
      e.c = try args.double(-1, "C", default: 1.0)
      e.fitIntercept = try args.bool(-1, "fit_intercept", default: true)
      if let p = args.keyword("penalty") {
        switch p {
        case .str("l2"): break
        case .none: e.c = .infinity
        default: throw NumPyError.notSupported("LogisticRegression(penalty=\(try args.interpreter.repr(p))) (MiniPy has the L2 penalty)")
        }
      }
      if e.c <= 0 { throw PyException(.value, "The 'C' parameter of LogisticRegression must be a float in the range (0.0, inf]. Got \(e.c) instead.") }
      return .object(e)
    }
    lm.fallback = { name in throw NumPyError.notSupported("sklearn.linear_model.\(name)") }
    let root = PyModule(name: "sklearn")
    root.fallback = { name in throw NumPyError.notSupported("sklearn.\(name)") }
    return (lm, root)
  }
}

// MARK: - Estimator

final class Estimator: PyObject {
  enum Kind { case linear, logistic }
  let kind: Kind
  var c = 1.0
  var fitIntercept = true
  /// Fitted and user-assigned attributes (`coef_`, `intercept_`, `classes_`, `n_iter_`).
  var attributes: [String: Value] = [:]

  init(kind: Kind) { self.kind = kind }

  var typeName: String { kind == .linear ? "LinearRegression" : "LogisticRegression" }
  func repr(_ interp: Interpreter) throws -> String {
    var params: [String] = []
    if kind == .logistic && c != 1 { params.append("C=\(try interp.repr(.float(c)))") }
    if !fitIntercept { params.append("fit_intercept=False") }
    return "\(typeName)(\(params.joined(separator: ", ")))"
  }

  var attributeNames: [String] { ["fit", "predict", "score"] + (kind == .logistic ? ["predict_proba"] : []) + attributes.keys.sorted() }

  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    if let v = attributes[name] { return v }
    switch name {
    case "fit", "predict", "score", "predict_proba", "decision_function", "get_params":
      if kind == .linear && (name == "predict_proba" || name == "decision_function") { return nil }
      return .builtin(BuiltinFunction(name: name, receiver: .object(self)) { [unowned self] args in
        try self.callMethod(name, args) ?? .none
      })
    case "coef_", "intercept_", "classes_":
      throw PyException(.attribute, "This \(typeName) instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.", pythonClassName: "NotFittedError")
    case "C": return kind == .logistic ? .float(c) : nil
    default: return nil
    }
  }

  func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
    attributes[name] = value
    return true
  }

  // MARK: Data

  func features(_ v: Value, _ interp: Interpreter) throws -> Matrix {
    guard let t = try NumPyConvert.operand(v, interp) else { throw PyException(.type, "X must be array-like") }
    guard t.rank == 2 else {
      throw PyException(.value, "Expected a 2-dimensional container but got \(t.rank == 1 ? "<class 'numpy.ndarray'>" : "an array") instead. Reshape your data either using array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it contains a single sample.")
    }
    return Matrix(rows: t.shape[0], cols: t.shape[1], values: t.scalars(as: Double.self))
  }

  func checkFeatures(_ x: Matrix) throws {
    guard let coef = attributes["coef_"], case .object(let o) = coef, let a = NDArray.cast(o) else {
      throw PyException(.attribute, "This \(typeName) instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.", pythonClassName: "NotFittedError")
    }
    let n = a.tensor.shape.last ?? 1
    guard n == x.cols else {
      throw PyException(.value, "X has \(x.cols) features, but \(typeName) is expecting \(n) features as input.")
    }
  }

  /// The current `coef_` as a (k, p) matrix and `intercept_` as k values (they may have been
  /// assigned by the program, as the book does after `np.load`).
  func parameters(_ interp: Interpreter) throws -> (w: Matrix, b: [Double]) {
    guard let cv = attributes["coef_"], let c = try NumPyConvert.operand(cv, interp) else {
      throw PyException(.attribute, "This \(typeName) instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.", pythonClassName: "NotFittedError")
    }
    let p = c.shape.last ?? 1
    let k = c.count / max(p, 1)
    let w = Matrix(rows: k, cols: p, values: c.scalars(as: Double.self))
    var b = [Double](repeating: 0, count: k)
    if let iv = attributes["intercept_"], let it = try NumPyConvert.operand(iv, interp) {
      let vals = it.scalars(as: Double.self)
      for i in 0..<k { b[i] = vals.count == 1 ? vals[0] : vals[i] }
    }
    return (w, b)
  }

  /// X·Wᵀ + b, (n, k).
  func decision(_ x: Matrix, _ interp: Interpreter) throws -> Matrix {
    let (w, b) = try parameters(interp)
    guard w.cols == x.cols else {
      throw PyException(.value, "X has \(x.cols) features, but \(typeName) is expecting \(w.cols) features as input.")
    }
    var z = x.multiplied(by: w.transposed)
    for i in 0..<z.rows { for j in 0..<z.cols { z[i, j] += b[j] } }
    return z
  }

  // MARK: Methods

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    switch name {
    case "fit":
      let x = try features(try args.required(0, "X"), interp)
      guard let y = try NumPyConvert.operand(try args.required(1, "y"), interp) else { throw PyException(.type, "y must be array-like") }
      guard y.shape.first == x.rows else {
        throw PyException(.value, "Found input variables with inconsistent numbers of samples: [\(x.rows), \(y.shape.first ?? 0)]")
      }
      if kind == .linear { try fitLinear(x, y, interp) } else { try fitLogistic(x, y, interp) }
      return .object(self)
    case "predict":
      let x = try features(try args.required(0, "X"), interp)
      let z = try decision(x, interp)
      if kind == .linear {
        let yShape = attributes["_y_ndim"].flatMap { if case .int(let n) = $0 { return n } else { return nil } } ?? 1
        let t = Tensor(z.values, shape: yShape == 1 && z.cols == 1 ? [z.rows] : [z.rows, z.cols])
        return try NumPyConvert.wrap(t, interp)
      }
      guard let cv = attributes["classes_"], let classes = try NumPyConvert.operand(cv, interp) else {
        throw PyException(.attribute, "This LogisticRegression instance is not fitted yet.", pythonClassName: "NotFittedError")
      }
      let picks = (0..<z.rows).map { z[$0, 0] > 0 ? 1 : 0 }
      return try NumPyConvert.wrap(try np { try classes.get([.indices(Tensor(picks))]) }, interp)
    case "predict_proba":
      let x = try features(try args.required(0, "X"), interp)
      let z = try decision(x, interp)
      var out = [Double]()
      for i in 0..<z.rows {
        let p = Self.sigmoid(z[i, 0])
        out += [1 - p, p]
      }
      return try NumPyConvert.wrap(Tensor(out, shape: [z.rows, 2]), interp)
    case "decision_function":
      let x = try features(try args.required(0, "X"), interp)
      let z = try decision(x, interp)
      return try NumPyConvert.wrap(Tensor(z.values, shape: [z.rows]), interp)
    case "score":
      let xv = try args.required(0, "X"), yv = try args.required(1, "y")
      guard let y = try NumPyConvert.operand(yv, interp) else { throw PyException(.type, "y must be array-like") }
      guard let predV = try callMethod("predict", Arguments([xv], interpreter: interp, functionName: "predict")),
        let pred = try NumPyConvert.operand(predV, interp)
      else { return .none }
      let yd = y.scalars(as: Double.self), pd = pred.scalars(as: Double.self)
      guard yd.count == pd.count else { throw PyException(.value, "y has \(yd.count) values, predictions \(pd.count)") }
      if kind == .logistic {
        let correct = zip(yd, pd).filter { $0 == $1 }.count
        return .float(Double(correct) / Double(max(yd.count, 1)))
      }
      return .float(Self.r2(y: yd, pred: pd, outputs: y.rank == 2 ? y.shape[1] : 1))
    case "get_params":
      let d = PyDict()
      if kind == .logistic { d.set("C", .float(c)) }
      d.set("fit_intercept", .bool(fitIntercept))
      return .dict(d)
    default: return nil
    }
  }

  static func sigmoid(_ z: Double) -> Double { z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z)) }

  /// R², averaged uniformly over outputs as scikit-learn does.
  static func r2(y: [Double], pred: [Double], outputs k: Int) -> Double {
    let n = y.count / k
    var total = 0.0
    for j in 0..<k {
      var mean = 0.0
      for i in 0..<n { mean += y[i * k + j] }
      mean /= Double(n)
      var ssRes = 0.0, ssTot = 0.0
      for i in 0..<n {
        let r = y[i * k + j] - pred[i * k + j], d = y[i * k + j] - mean
        ssRes += r * r; ssTot += d * d
      }
      total += ssTot == 0 ? (ssRes == 0 ? 1 : 0) : 1 - ssRes / ssTot
    }
    return total / Double(k)
  }

  // MARK: Fitting

  /// Ordinary least squares on centred data (the intercept from the means), minimum-norm
  /// solution via the pseudo-inverse, as scipy's lstsq gives.
  func fitLinear(_ x: Matrix, _ yT: Tensor, _ interp: Interpreter) throws {
    let k = yT.rank == 2 ? yT.shape[1] : 1
    var y = Matrix(rows: x.rows, cols: k, values: yT.scalars(as: Double.self))
    var xc = x
    var xMean = [Double](repeating: 0, count: x.cols), yMean = [Double](repeating: 0, count: k)
    if fitIntercept {
      for j in 0..<x.cols { for i in 0..<x.rows { xMean[j] += x[i, j] }; xMean[j] /= Double(x.rows) }
      for j in 0..<k { for i in 0..<x.rows { yMean[j] += y[i, j] }; yMean[j] /= Double(x.rows) }
      for i in 0..<x.rows {
        for j in 0..<x.cols { xc[i, j] -= xMean[j] }
        for j in 0..<k { y[i, j] -= yMean[j] }
      }
    }
    let w = DenseLinearAlgebra.leastSquares(xc, y)  // (p, k)
    var b = [Double](repeating: 0, count: k)
    for j in 0..<k {
      b[j] = yMean[j]
      for f in 0..<x.cols { b[j] -= xMean[f] * w[f, j] }
    }
    let coef = w.transposed  // (k, p)
    if yT.rank == 1 {
      attributes["coef_"] = .object(NDArray(Tensor(coef.values, shape: [x.cols])))
      attributes["intercept_"] = .object(NumPyScalar(.float(b[0]), dtype: .float64))
    } else {
      attributes["coef_"] = .object(NDArray(Tensor(coef.values, shape: [k, x.cols])))
      attributes["intercept_"] = .object(NDArray(Tensor(b, shape: [k])))
    }
    attributes["_y_ndim"] = .int(yT.rank)
    attributes["n_features_in_"] = .int(x.cols)
  }

  /// Binary L2 logistic regression by Newton's method to the exact optimum.
  func fitLogistic(_ x: Matrix, _ yT: Tensor, _ interp: Interpreter) throws {
    guard yT.rank == 1 || (yT.rank == 2 && yT.shape[1] == 1) else {
      throw PyException(.value, "y should be a 1d array, got an array of shape \(ArrayPrinter.shapeString(yT.shape)) instead.")
    }
    let yv = yT.scalars(as: Double.self)
    let classes = Array(Set(yv)).sorted()
    guard classes.count >= 2 else {
      throw PyException(.value, "This solver needs samples of at least 2 classes in the data, but the data contains only one class: \(classes.first.map { String($0) } ?? "none")")
    }
    guard classes.count == 2 else {
      throw NumPyError.notSupported("LogisticRegression with \(classes.count) classes (MiniPy fits binary problems)")
    }
    let n = x.rows, p = x.cols
    let d = p + (fitIntercept ? 1 : 0)
    let target = yv.map { $0 == classes[1] ? 1.0 : 0.0 }
    var theta = [Double](repeating: 0, count: d)
    let penalty = c.isInfinite ? 0.0 : 1.0 / c  // objective scaled by 1/C: ½‖w‖²/C + Σ loss
    func row(_ i: Int) -> [Double] { (0..<p).map { x[i, $0] } + (fitIntercept ? [1] : []) }
    let rows = (0..<n).map(row)
    func objective(_ th: [Double]) -> Double {
      var f = 0.0
      for i in 0..<n {
        var z = 0.0
        for j in 0..<d { z += rows[i][j] * th[j] }
        f += z > 0 ? log1p(exp(-z)) + (1 - target[i]) * z : log1p(exp(z)) - target[i] * z
      }
      for j in 0..<p { f += 0.5 * penalty * th[j] * th[j] }
      return f
    }
    var iterations = 0
    for it in 0..<200 {
      iterations = it + 1
      var g = [Double](repeating: 0, count: d)
      var h = Matrix(rows: d, cols: d)
      for i in 0..<n {
        var z = 0.0
        for j in 0..<d { z += rows[i][j] * theta[j] }
        let pr = Self.sigmoid(z)
        let r = pr - target[i], wgt = pr * (1 - pr)
        for j in 0..<d {
          g[j] += r * rows[i][j]
          for k in 0..<d { h[j, k] += wgt * rows[i][j] * rows[i][k] }
        }
      }
      for j in 0..<p { g[j] += penalty * theta[j]; h[j, j] += penalty }
      if g.map(abs).max() ?? 0 < 1e-12 { break }
      let step: Matrix
      do { step = try DenseLinearAlgebra.solve(h, Matrix(rows: d, cols: 1, values: g)) } catch {
        step = DenseLinearAlgebra.leastSquares(h, Matrix(rows: d, cols: 1, values: g))
      }
      let f0 = objective(theta)
      var t = 1.0
      var next = theta
      while t > 1e-10 {
        next = (0..<d).map { theta[$0] - t * step.values[$0] }
        if objective(next) <= f0 { break }
        t *= 0.5
      }
      let moved = (0..<d).map { abs(next[$0] - theta[$0]) }.max() ?? 0
      theta = next
      if moved < 1e-14 { break }
    }
    attributes["coef_"] = .object(NDArray(Tensor(Array(theta[0..<p]), shape: [1, p])))
    attributes["intercept_"] = .object(NDArray(Tensor([fitIntercept ? theta[p] : 0.0], shape: [1])))
    let classTensor: Tensor = yT.dtype == .int64 ? Tensor(classes.map { Int($0) }) : yT.dtype == .bool ? Tensor(classes.map { $0 != 0 }) : Tensor(classes)
    attributes["classes_"] = .object(NDArray(classTensor))
    attributes["n_iter_"] = .object(NDArray(Tensor([iterations])))
    attributes["n_features_in_"] = .int(p)
  }
}
