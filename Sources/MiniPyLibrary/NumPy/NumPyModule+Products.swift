// `np` products and polynomials: convolve correlate cross inner tensordot kron einsum polyfit
// polyval logspace. The arithmetic is in TensorCore's `Tensor+Products.swift`; polyfit solves with
// `np.linalg.lstsq`'s SVD.

import Foundation
import MiniPy
import TensorCore

extension NumPyModule {
  /// `mode=` of convolve/correlate.
  static func correlationMode(_ args: Arguments, default d: String) throws -> CorrelationMode {
    let s = try args.string(2, "mode", default: d)
    guard let mode = CorrelationMode(rawValue: s) else {
      throw PyException(.value, "mode must be one of 'valid', 'same', or 'full' (got '\(s)')")
    }
    return mode
  }

  /// A 1-D operand of convolve/correlate (`np.array(a, ndmin=1)`).
  static func sequenceArgument(_ args: Arguments, _ index: Int, _ name: String) throws -> Tensor {
    let t = try arrayArgument(args, index, name)
    return t.rank == 0 ? try np { try t.reshaped(to: [1]) } : t
  }

  static func defineProducts(_ m: PyModule) {
    m.define("convolve") { args in
      let a = try sequenceArgument(args, 0, "a"), v = try sequenceArgument(args, 1, "v")
      let mode = try correlationMode(args, default: "full")
      return try NumPyConvert.wrap(try np { try Tensor.convolve(a, v, mode: mode) }, args.interpreter)
    }
    m.define("correlate") { args in
      let a = try sequenceArgument(args, 0, "a"), v = try sequenceArgument(args, 1, "v")
      let mode = try correlationMode(args, default: "valid")
      return try NumPyConvert.wrap(try np { try Tensor.correlate(a, v, mode: mode) }, args.interpreter)
    }
    m.define("cross") { args in
      let a = try arrayArgument(args, 0, "a"), b = try arrayArgument(args, 1, "b")
      for key in ["axisa", "axisb", "axisc", "axis"] where args.keyword(key) != nil {
        throw NumPyError.notSupported("np.cross(\(key)=...)")
      }
      return try NumPyConvert.wrap(try np { try Tensor.cross(a, b) }, args.interpreter)
    }
    m.define("inner") { args in
      let a = try arrayArgument(args, 0, "a"), b = try arrayArgument(args, 1, "b")
      if a.rank == 0 || b.rank == 0 { return try NumPyConvert.result(try np { try Tensor.binary(.multiply, a, b) }, args.interpreter) }
      guard a.shape[a.rank - 1] == b.shape[b.rank - 1] else {
        throw PyException(
          .value,
          "shapes \(NDArray.compactShape(a.shape)) and \(NDArray.compactShape(b.shape)) not aligned: \(a.shape[a.rank - 1]) (dim \(a.rank - 1)) != \(b.shape[b.rank - 1]) (dim \(b.rank - 1))")
      }
      return try NumPyConvert.result(try np { try Tensor.tensorDot(a, b, axes: ([-1], [-1])) }, args.interpreter)
    }
    m.define("tensordot") { args in
      let interp = args.interpreter
      let a = try arrayArgument(args, 0, "a"), b = try arrayArgument(args, 1, "b")
      let axesV = try args.value(2, "axes") ?? .int(2)
      var pairItems: [Value]?
      if case .tuple(let items) = axesV, items.count == 2 { pairItems = items }
      if case .list(let l) = axesV, l.items.count == 2 { pairItems = l.items }
      let pairs: ([Int], [Int])
      if let items = pairItems {
        pairs = (try intList(items[0], interp, what: "axes"), try intList(items[1], interp, what: "axes"))
      } else {
        let n = try interp.toInt(axesV, what: "axes")
        guard n >= 0, n <= a.rank, n <= b.rank else { throw PyException(.value, "shape-mismatch for sum") }
        pairs = (Array((a.rank - n)..<a.rank), Array(0..<n))
      }
      return try NumPyConvert.wrap(try np { try Tensor.tensorDot(a, b, axes: pairs) }, interp)
    }
    m.define("kron") { args in
      let a = try arrayArgument(args, 0, "a"), b = try arrayArgument(args, 1, "b")
      return try NumPyConvert.result(try np { try Tensor.kronecker(a, b) }, args.interpreter)
    }
    m.define("polyval") { args in
      let p = try arrayArgument(args, 0, "p"), x = try arrayArgument(args, 1, "x")
      guard p.rank > 0 else { throw PyException(.type, "iteration over a 0-d array") }
      let y = try np { try Tensor.polynomialValue(p, x) }
      // No coefficients: NumPy returns its `zeros_like(x)` itself, a 0-d array for a scalar x.
      return p.count == 0 ? try NumPyConvert.wrap(y, args.interpreter) : try NumPyConvert.result(y, args.interpreter)
    }
    m.define("polyfit") { args in
      let interp = args.interpreter
      let x = try arrayArgument(args, 0, "x").astype(.float64), y = try arrayArgument(args, 1, "y").astype(.float64)
      let deg = try args.int(2, "deg")
      for key in ["w", "cov"] {
        if let v = args.keyword(key), !v.isNone, (try? interp.isTruthy(v)) ?? true {
          throw NumPyError.notSupported("np.polyfit(\(key)=...)")
        }
      }
      if try args.bool(4, "full", default: false) { throw NumPyError.notSupported("np.polyfit(full=True)") }
      guard deg >= 0 else { throw PyException(.value, "expected deg >= 0") }
      guard x.rank == 1 else { throw PyException(.type, "expected 1D vector for x") }
      guard x.count > 0 else { throw PyException(.type, "expected non-empty vector for x") }
      guard y.rank == 1 || y.rank == 2 else { throw PyException(.type, "expected 1D or 2D array for y") }
      guard x.shape[0] == y.shape[0] else { throw PyException(.type, "expected x and y to have same length") }
      let rcond = try args.value(3, "rcond").flatMap { $0.isNone ? nil : $0 }.map { try interp.toDouble($0, what: "rcond") }
        ?? Double(x.count) * Double.ulpOfOne
      // NumPy scales each Vandermonde column to unit norm before solving, then unscales.
      let lhs = try np { try Tensor.vandermonde(x, columns: deg + 1, increasing: false) }
      let scale = try np { try Tensor.binary(.multiply, lhs, lhs).sum(axis: 0).sqrt() }
      let scaled = try np { try Tensor.binary(.divide, lhs, scale) }
      let fit = try leastSquares(scaled, y, rcond: rcond)
      let c = fit.solution
      let unscaled = c.rank == 1
        ? try np { try Tensor.binary(.divide, c, scale) }
        : try np { try Tensor.binary(.divide, c, scale.reshaped(to: [scale.count, 1])) }
      return try NumPyConvert.wrap(unscaled, interp)
    }
    m.define("einsum") { args in
      let interp = args.interpreter
      guard case .str(let subscripts) = try args.required(0, "subscripts") else {
        throw NumPyError.notSupported("np.einsum with operands and sublists (pass a subscripts string)")
      }
      if subscripts.contains(".") { throw NumPyError.notSupported("np.einsum with '...' in the subscripts") }
      for key in ["out", "dtype", "casting"] where args.keyword(key) != nil { throw NumPyError.notSupported("np.einsum(\(key)=...)") }
      let operands = try (1..<max(args.count, 1)).map { i -> Tensor in
        guard let t = try NumPyConvert.operand(args[i], interp) else {
          throw PyException(.type, "einsum(): '\(args[i].typeName)' is not array-like")
        }
        return t
      }
      if operands.isEmpty { throw PyException(.value, "must specify the einstein sum subscripts string and at least one operand") }
      return try NumPyConvert.result(try np { try Tensor.einsum(subscripts, operands) }, interp)
    }
    m.define("logspace") { args in
      let interp = args.interpreter
      let start = try args.double(0, "start"), stop = try args.double(1, "stop")
      let num = try args.int(2, "num", default: 50)
      if num < 0 { throw PyException(.value, "Number of samples, \(num), must be non-negative.") }
      let endpoint = try args.bool(3, "endpoint", default: true)
      let base = try args.double(4, "base", default: 10.0)
      let dtype = try dtypeArgument(args, 5)
      try interp.chargeMemory(try byteCount([num], .float64))
      let y = try np { try Tensor.linspace(start, stop, count: num, endpoint: endpoint) }
      var r = try np { try Tensor.binary(.power, Tensor(scalar: base), y) }
      if let dtype { r = r.astype(dtype) }
      return try NumPyConvert.wrap(r, interp)
    }
  }
}
