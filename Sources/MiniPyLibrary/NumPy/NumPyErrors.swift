// Tensor errors as MiniPy exceptions, with NumPy's wording.

import Foundation
import MiniPy
import TensorCore

enum NumPyError {
  /// A `TensorError` as the Python exception NumPy raises (`ValueError`, `IndexError`, …).
  static func map(_ error: Error) -> Error {
    guard let e = error as? TensorError else { return error }
    switch e.kind {
    case .shape:
      if e.message.hasPrefix("cannot reshape") {
        return PyException(.shape, e.message.replacingOccurrences(of: ", ", with: ","))
      }
      return PyException(.shape, numpyBroadcastMessage(e.message) ?? e.message)
    case .axis: return PyException(.value, e.message, pythonClassName: "AxisError")
    case .index: return PyException(.index, e.message)
    case .type: return PyException(.type, e.message)
    case .value: return PyException(.value, e.message)
    case .memory:
      return PyException(.memory, e.message, hint: "use a smaller array")
    }
  }

  /// `cannot broadcast (2, 3) with (4,)` → NumPy's
  /// `operands could not be broadcast together with shapes (2,3) (4,) `.
  static func numpyBroadcastMessage(_ message: String) -> String? {
    let prefix = "cannot broadcast "
    guard message.hasPrefix(prefix), let r = message.range(of: " with ") else { return nil }
    let a = message[message.index(message.startIndex, offsetBy: prefix.count)..<r.lowerBound]
    let b = message[r.upperBound...]
    func compact(_ s: Substring) -> String { String(s).replacingOccurrences(of: ", ", with: ",") }
    return "operands could not be broadcast together with shapes \(compact(a)) \(compact(b)) "
  }

  /// `not supported in MiniPy: np.fft`.
  static func notSupported(_ what: String, hint: String? = nil) -> PyException {
    PyException(.notSupported, "not supported in MiniPy: \(what)", hint: hint)
  }
}

/// Runs a tensor computation, turning `TensorError`s into NumPy's exceptions.
@inline(__always)
func np<T>(_ body: () throws -> T) throws -> T {
  do { return try body() } catch let e as TensorError { throw NumPyError.map(e) }
}
