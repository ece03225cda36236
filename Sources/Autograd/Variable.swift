import Foundation
import TensorCore

// MARK: - Variable

/// A tensor on the tape: its value, the gradient the last ``backward(seed:)`` left for it, the
/// variables it was computed from and the function that maps its gradient to theirs.
///
/// A leaf (created with ``init(_:requiresGrad:)``) accumulates gradients in ``grad`` across
/// backward passes until ``zeroGrad()``; intermediate variables keep theirs only when
/// ``retainsGrad`` is set. Only floating-point values take gradients.
///
/// Not thread-safe: a graph belongs to the thread that builds it (the interpreter's session
/// thread). `@unchecked Sendable` so a finished graph can be handed over whole.
public final class Variable: @unchecked Sendable {
  /// The forward value.
  public var value: Tensor
  /// d(output)/d(self) accumulated by backward passes (leaves, or ``retainsGrad``).
  public var grad: Tensor?
  /// The variables this one was computed from (empty for a leaf).
  public let parents: [Variable]
  /// Maps the gradient of this variable to one gradient per parent (`nil`: none), each in the
  /// shape of the forward result; the engine reduces broadcast axes.
  let backwardFunction: ((Tensor) -> [Tensor?])?
  /// Whether gradients flow to this variable.
  public let requiresGrad: Bool
  /// Keep the gradient of a non-leaf variable after ``backward(seed:)`` (for showing it).
  public var retainsGrad = false

  /// A leaf variable holding `value`. Integer and bool values never require gradients.
  public init(_ value: Tensor, requiresGrad: Bool = true) {
    self.value = value
    self.parents = []
    self.backwardFunction = nil
    self.requiresGrad = requiresGrad && value.dtype.isFloatingPoint
  }

  /// A constant: a leaf that takes no gradient.
  public convenience init(constant value: Tensor) {
    self.init(value, requiresGrad: false)
  }

  init(value: Tensor, parents: [Variable], backward: @escaping (Tensor) -> [Tensor?]) {
    self.value = value
    self.parents = parents
    self.backwardFunction = backward
    self.requiresGrad = true
  }

  /// The result of an operation: on the tape when gradients are enabled and some parent
  /// requires one, a constant otherwise. Every op builds its result through here.
  static func record(_ value: Tensor, _ parents: [Variable], _ backward: @escaping (Tensor) -> [Tensor?]) -> Variable {
    if GradientMode.isEnabled && parents.contains(where: \.requiresGrad) && value.dtype.isFloatingPoint {
      return Variable(value: value, parents: parents, backward: backward)
    }
    return Variable(value, requiresGrad: false)
  }

  /// True for a variable made by ``init(_:requiresGrad:)`` rather than by an operation.
  public var isLeaf: Bool { backwardFunction == nil }

  /// Shape of the value.
  public var shape: [Int] { value.shape }

  /// Clears the accumulated gradient.
  public func zeroGrad() { grad = nil }

  /// The same value as a constant, cut off from the tape.
  public func detached() -> Variable { Variable(value, requiresGrad: false) }
}

// MARK: - No-grad scope

/// Whether operations record onto the tape, per thread.
public enum GradientMode {
  final class State { var disabledDepth = 0 }

  nonisolated(unsafe) static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in Unmanaged<AnyObject>.fromOpaque(raw!).release() }
    return key
  }()

  static var state: State {
    if let raw = pthread_getspecific(key) { return Unmanaged<State>.fromOpaque(raw).takeUnretainedValue() }
    let s = State()
    pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
    return s
  }

  /// True unless inside ``withNoGrad(_:)`` on this thread.
  public static var isEnabled: Bool { state.disabledDepth == 0 }
}

/// Runs `body` without recording operations (results are constants): evaluation, weight
/// updates. Nests; per thread.
public func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
  let s = GradientMode.state
  s.disabledDepth += 1
  defer { s.disabledDepth -= 1 }
  return try body()
}
