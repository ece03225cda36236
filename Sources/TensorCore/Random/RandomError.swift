// MARK: - Errors of the random-number API

/// A bad argument to a random-number function: a seed out of range, `low >= high`, a negative
/// scale, probabilities that do not sum to one. The message is NumPy's own wording, so a MiniPy
/// learner sees what NumPy would have told them.
public struct RandomError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The kind of Python exception NumPy raises for the same mistake.
  public enum Kind: Sendable, Equatable {
    /// `ValueError` in NumPy.
    case value
    /// `OverflowError` in NumPy (`uniform` with a non-finite range).
    case overflow
  }

  public var kind: Kind
  /// NumPy's message, e.g. `"low >= high"`.
  public var message: String

  public init(_ kind: Kind = .value, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}
