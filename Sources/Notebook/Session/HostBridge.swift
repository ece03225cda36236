import Foundation
import MiniPy
import MiniPyLibrary
import Plot

/// The few places Notebook touches the interpreter's and the library's host API, in one file.
enum HostBridge {
  /// Runs `source` as a program named `name` (the name appears in diagnostics).
  static func run(_ source: String, name: String, in interpreter: Interpreter) throws {
    _ = try interpreter.run(source: source, fileName: name)
  }

  /// Any error a run throws, as a diagnostic.
  static func diagnostic(from error: Error) -> Diagnostic {
    if let d = error as? Diagnostic { return d }
    if let e = error as? PyException { return e.diagnostic }
    return Diagnostic(.runtime, "\(error)")
  }

  /// `value.name`, raising `AttributeError` when absent.
  static func attribute(_ value: Value, _ name: String, _ interpreter: Interpreter) throws -> Value {
    try interpreter.getAttribute(value, name)
  }

  /// `callee(*args)`.
  static func call(_ callee: Value, _ args: [Value], _ interpreter: Interpreter) throws -> Value {
    try interpreter.call(callee, args)
  }

  /// Routes `conv_visualizer(...)` to `sink`.
  static func installVisualizerSink(in interpreter: Interpreter, _ sink: @escaping (ConvWalkthrough) -> Void) {
    ConvVisualizerBinding.install(in: interpreter, sink: sink)
  }
}
