// MARK: - Errors

/// A learner's mistake with arrays: a shape that does not fit, an axis out of range, an index
/// out of bounds, an allocation over the memory limit. The message follows NumPy's wording and
/// names the shapes, e.g. `cannot broadcast (2, 3) with (4,)`.
public struct TensorError: Error, Sendable, CustomStringConvertible, Equatable {
  /// What kind of mistake, so a caller can map it to `ValueError`, `IndexError`, `MemoryError`…
  public enum Kind: Sendable, Hashable {
    /// Shapes that do not fit (NumPy `ValueError`).
    case shape
    /// An axis out of range (NumPy `AxisError`).
    case axis
    /// An index out of range or of the wrong kind (NumPy `IndexError`).
    case index
    /// An operation the element type does not support (NumPy `TypeError`).
    case type
    /// A value out of the operation's domain (NumPy `ValueError`).
    case value
    /// More memory than the limit allows (NumPy `MemoryError`).
    case memory
  }
  public var kind: Kind
  public var message: String
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }
  public var description: String { message }
}

/// Formats a shape the way NumPy prints a tuple: `(2, 3)`, `(4,)`, `()`.
public func formatShape(_ shape: [Int]) -> String {
  if shape.count == 1 { return "(\(shape[0]),)" }
  return "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

// MARK: - Axis rule (one place)

/// Resolves a possibly negative `axis` against `rank`, or throws NumPy's
/// `axis 2 is out of bounds for array of dimension 2`.
@inlinable public func normalizeAxis(_ axis: Int, rank: Int) throws -> Int {
  let a = axis < 0 ? axis + rank : axis
  guard a >= 0 && a < rank else {
    throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension \(rank)")
  }
  return a
}
