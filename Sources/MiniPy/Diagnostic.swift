// Errors as values: `Diagnostic` (what the host sees) and `PyException` (what MiniPy raises).

// MARK: - Source ranges

/// Where something is in a source file: 1-based line and column, end column exclusive.
public struct SourceRange: Sendable, Equatable, Hashable {
  public var file: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int

  public init(file: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
    self.file = file; self.line = line; self.column = column
    self.endLine = endLine ?? line; self.endColumn = endColumn ?? column + 1
  }
  /// No location known (a host error before the interpreter annotated it).
  public static let unknown = SourceRange(file: "", line: 0, column: 0)
  public var isUnknown: Bool { line == 0 }
}

// MARK: - Diagnostic

/// A learner's mistake, as a value: what kind, what went wrong, where, and a hint.
public struct Diagnostic: Error, Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    case syntax, name, type, value, index, key, attribute, zeroDivision, overflow, shape, runtime
    case assertion, recursion, interrupted, limit, notSupported, io, importError, stopIteration
    case memory, unboundLocal

    /// The Python exception class raised for this kind (`except ValueError:` catches `.value`
    /// and `.shape`).
    public var pythonClassName: String {
      switch self {
      case .syntax: return "SyntaxError"
      case .name: return "NameError"
      case .type: return "TypeError"
      case .value, .shape: return "ValueError"
      case .index: return "IndexError"
      case .key: return "KeyError"
      case .attribute: return "AttributeError"
      case .zeroDivision: return "ZeroDivisionError"
      case .overflow: return "OverflowError"
      case .runtime: return "RuntimeError"
      case .assertion: return "AssertionError"
      case .recursion: return "RecursionError"
      case .interrupted: return "KeyboardInterrupt"
      case .limit: return "LimitExceeded"
      case .notSupported: return "NotImplementedError"
      case .io: return "OSError"
      case .importError: return "ModuleNotFoundError"
      case .stopIteration: return "StopIteration"
      case .memory: return "MemoryError"
      case .unboundLocal: return "UnboundLocalError"
      }
    }
  }

  /// One entry of a traceback: the function running and where in it.
  public struct Frame: Sendable, Equatable {
    public var function: String
    public var range: SourceRange
    /// The text of `range.line`, for rendering without the source at hand.
    public var lineText: String?
    public init(function: String, range: SourceRange, lineText: String? = nil) {
      self.function = function; self.range = range; self.lineText = lineText
    }
  }

  public var kind: Kind
  public var message: String
  public var range: SourceRange
  public var hint: String?
  /// The Python class name; differs from `kind.pythonClassName` for user exception classes
  /// (`class MyError(Exception)`) and subclasses such as `FileNotFoundError`.
  public var pythonClassName: String
  /// Outermost call first, the frame that raised last (as Python prints it). Empty for syntax
  /// errors.
  public var traceback: [Frame]
  /// The text of `range.line`.
  public var lineText: String?

  public init(
    _ kind: Kind, _ message: String, range: SourceRange = .unknown, hint: String? = nil,
    pythonClassName: String? = nil, traceback: [Frame] = [], lineText: String? = nil
  ) {
    self.kind = kind; self.message = message; self.range = range; self.hint = hint
    self.pythonClassName = pythonClassName ?? kind.pythonClassName
    self.traceback = traceback; self.lineText = lineText
  }

  /// Python-like rendering: `Traceback (most recent call last):` with each frame and its source
  /// line, then the failing line with a caret under the range, `ClassName: message` and the hint.
  public func rendered() -> String {
    var out = ""
    if kind != .syntax, !traceback.isEmpty {
      out += "Traceback (most recent call last):\n"
      for (i, f) in traceback.enumerated() {
        if f.range.isUnknown { out += "  \(f.function)\n"; continue }
        out += "  File \"\(f.range.file)\", line \(f.range.line), in \(f.function)\n"
        if let t = f.lineText { out += Self.excerpt(t, range: f.range, caret: i == traceback.count - 1) }
      }
    } else if !range.isUnknown {
      out += "  File \"\(range.file)\", line \(range.line)\n"
      if let t = lineText { out += Self.excerpt(t, range: range, caret: true) }
    }
    out += message.isEmpty ? pythonClassName : "\(pythonClassName): \(message)"
    out += "\n"
    if let hint { out += "Hint: \(hint)\n" }
    return out
  }

  /// `    source line\n    ^^^^^\n` (indentation stripped, caret under the columns).
  static func excerpt(_ line: String, range: SourceRange, caret: Bool) -> String {
    let chars = Array(line)
    var strip = 0
    while strip < chars.count, chars[strip] == " " || chars[strip] == "\t" { strip += 1 }
    let text = String(chars[strip...])
    var out = "    \(text)\n"
    guard caret else { return out }
    let start = max(range.column - 1 - strip, 0)
    let end: Int
    if range.endLine != range.line { end = max(text.count, start + 1) } else {
      end = max(min(range.endColumn - 1 - strip, text.count), start + 1)
    }
    out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: end - start) + "\n"
    return out
  }
}

// MARK: - PyException

/// A raised MiniPy exception in flight: the diagnostic it will become, plus the Python
/// exception object once one exists (`raise MyError(...)`, `except E as e`).
///
/// Host code may throw either `Diagnostic` or `PyException`; `PyException(.value, "...")` is
/// the short form.
public final class PyException: Error, @unchecked Sendable {
  public var diagnostic: Diagnostic
  /// The exception object, when created (`raise X(...)` or bound by `except ... as e`).
  public var instance: PyInstance?
  /// The exception's `args` when they are not just the message (`KeyError(key)`).
  public var args: [Value]?
  /// Whether the evaluator has attached a source range yet.
  var located = false
  /// Innermost first while the exception unwinds.
  var frames: [Diagnostic.Frame] = []

  public init(_ kind: Diagnostic.Kind, _ message: String, hint: String? = nil, pythonClassName: String? = nil) {
    diagnostic = Diagnostic(kind, message, hint: hint, pythonClassName: pythonClassName)
  }
  public init(_ diagnostic: Diagnostic) {
    self.diagnostic = diagnostic
    located = !diagnostic.range.isUnknown
  }

  public var kind: Diagnostic.Kind { diagnostic.kind }
  public var message: String { diagnostic.message }

  /// Interrupts and exceeded limits cannot be caught by `except`, even a bare one, so a
  /// sandboxed program cannot swallow them.
  var isCatchable: Bool { diagnostic.kind != .interrupted && diagnostic.kind != .limit }
}

extension Error {
  /// Any error as a `PyException` (host `Diagnostic`s and foreign errors included).
  var asPyException: PyException {
    if let e = self as? PyException { return e }
    if let d = self as? Diagnostic { return PyException(d) }
    return PyException(.runtime, "\(self)")
  }
}
