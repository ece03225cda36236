import Foundation
import MiniPy

/// How far a loop wrapped in `progress(...)` has got.
public struct LoopProgress: Sendable, Equatable {
  public var label: String
  public var done: Int
  public var total: Int
  /// Seconds since the loop started.
  public var elapsed: Double
  public init(label: String, done: Int, total: Int, elapsed: Double) {
    self.label = label
    self.done = done
    self.total = total
    self.elapsed = elapsed
  }
}

/// Slow motion for a class: a presenter pauses a `progress(...)` loop between iterations and
/// lets it take one step at a time. Thread-safe; the session's thread waits in `pass(...)`.
public final class LoopGate: @unchecked Sendable {
  private let condition = NSCondition()
  private var paused = false
  private var steps = 0

  public init() {}

  public var isPaused: Bool { condition.withLock { paused } }

  /// Pauses loops at their next iteration, or lets them run on.
  public func setPaused(_ value: Bool) {
    condition.withLock {
      paused = value
      steps = 0
      condition.broadcast()
    }
  }

  /// While paused, lets one more iteration through.
  public func step() {
    condition.withLock {
      steps += 1
      condition.broadcast()
    }
  }

  /// Called before each iteration: returns at once unless paused; then waits for a step, a
  /// resume, or `stop()` returning true (an interrupt).
  func pass(stop: () -> Bool) {
    condition.lock()
    defer { condition.unlock() }
    while paused && steps == 0 {
      if stop() { return }
      _ = condition.wait(until: Date().addingTimeInterval(0.05))
    }
    if paused { steps -= 1 }
  }
}

/// `progress(iterable, label='step')`: iterates like `iterable` and reports how far it got, so
/// the app draws a progress bar with the rate and the time left while a training loop runs
/// (like tqdm). Without a sink (headless runs) it only iterates.
public enum ProgressBinding {
  /// Reports at most this often (seconds), plus the first and the last step.
  public static let interval = 1.0 / 15

  public static func install(in interpreter: Interpreter, gate: LoopGate? = nil, sink: ((LoopProgress) -> Void)?) {
    interpreter.setBuiltin(
      "progress",
      .builtin(
        BuiltinFunction(
          name: "progress",
          doc: "progress(iterable, label='step'): iterate, showing a progress bar in the app"
        ) { [unowned interpreter] args in
          try args.expectPositional(min: 1, max: 2)
          try args.expectKeywords(["label"])
          let items = try interpreter.iterate(try args.required(0, "iterable"))
          let label = try args.string(1, "label", default: "step")
          let interrupt = interpreter.interrupt
          return .object(ProgressLoop(items: items, label: label, sink: sink, gate: gate, stop: { interrupt.isSet }))
        }))
  }
}

/// The iterable `progress(...)` returns.
final class ProgressLoop: PyObject {
  let items: [Value]
  let label: String
  let sink: ((LoopProgress) -> Void)?
  let gate: LoopGate?
  let stop: () -> Bool

  init(items: [Value], label: String, sink: ((LoopProgress) -> Void)?, gate: LoopGate?, stop: @escaping () -> Bool) {
    self.items = items
    self.label = label
    self.sink = sink
    self.gate = gate
    self.stop = stop
  }

  var typeName: String { "progress" }
  func length(_ interp: Interpreter) throws -> Int? { items.count }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? {
    ProgressIterator(loop: self)
  }
  func repr(_ interp: Interpreter) throws -> String { "<progress '\(label)' over \(items.count) items>" }
}

final class ProgressIterator: PyIterator {
  let loop: ProgressLoop
  var position = 0
  let start = Date()
  var lastReport = -Double.infinity

  init(loop: ProgressLoop) { self.loop = loop }

  func next() throws -> Value? {
    let total = loop.items.count
    if let sink = loop.sink {
      let elapsed = Date().timeIntervalSince(start)
      if position == 0 || position == total || elapsed - lastReport >= ProgressBinding.interval {
        lastReport = elapsed
        sink(LoopProgress(label: loop.label, done: position, total: total, elapsed: elapsed))
      }
    }
    guard position < total else { return nil }
    loop.gate?.pass(stop: loop.stop)
    defer { position += 1 }
    return loop.items[position]
  }
}
