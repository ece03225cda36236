// The syntax tree. Nodes are classes whose `eval`/`exec` methods (in `Eval*.swift`) run them;
// names are resolved to slots by `Resolver` before the first run.

// MARK: - Locations

struct Loc {
  var line: Int32, col: Int32, endLine: Int32, endCol: Int32
  init(line: Int32, col: Int32, endLine: Int32, endCol: Int32) {
    self.line = line; self.col = col; self.endLine = endLine; self.endCol = endCol
  }
  init(_ t: Token) { line = t.line; col = t.column; endLine = t.endLine; endCol = t.endColumn }
  func to(_ other: Loc) -> Loc { Loc(line: line, col: col, endLine: other.endLine, endCol: other.endCol) }
  func range(_ file: String) -> SourceRange {
    SourceRange(file: file, line: Int(line), column: Int(col), endLine: Int(endLine), endColumn: Int(endCol))
  }
}

// MARK: - Base classes

class Expr {
  let loc: Loc
  init(_ loc: Loc) { self.loc = loc }
  func eval(_ f: Frame) throws -> Value { fatalError("abstract") }
}

class Stmt {
  let loc: Loc
  init(_ loc: Loc) { self.loc = loc }
  func exec(_ f: Frame) throws -> Flow { fatalError("abstract") }
}

/// Evaluates `e` without retaining it (its parent node keeps it alive): the retain/release
/// pair around each child evaluation was a third of the interpreter loop's time.
@inline(__always)
func ev(_ e: Expr, _ f: Frame) throws -> Value {
  try Unmanaged.passUnretained(e)._withUnsafeGuaranteedRef { try $0.eval(f) }
}

/// How a statement finished.
enum Flow: UInt8 { case normal, breakLoop, continueLoop, returned }

// MARK: - Names and scopes

enum NameRef {
  case unresolved
  case local(Int)
  case cell(Int)
  /// Entries live as long as the interpreter's global table (never removed), so the
  /// reference is unretained.
  case global(Unmanaged<GlobalEntry>)
  /// Inside a class body: the class namespace, then the global.
  case classBody(Unmanaged<GlobalEntry>)
}

enum ScopeKind { case module, function, classBody, comprehension }

/// What the parser learned about one scope; the resolver turns it into slots.
final class Scope {
  let kind: ScopeKind
  weak var parent: Scope?
  var children: [Scope] = []
  var params: [String] = []
  var assigned: [String] = []
  var assignedSet: Set<String> = []
  var globals: Set<String> = []
  var nonlocals: Set<String> = []
  var names: [NameExpr] = []
  weak var code: CodeObject?
  // filled by the resolver
  var localSlots: [String: Int] = [:]
  var cellSlots: [String: Int] = [:]
  var captured: Set<String> = []
  var freeVars: [String] = []

  init(kind: ScopeKind, parent: Scope?) {
    self.kind = kind; self.parent = parent
    parent?.children.append(self)
  }
  func assign(_ name: String) {
    if assignedSet.insert(name).inserted { assigned.append(name) }
  }
  var isFunctionLike: Bool { kind == .function || kind == .comprehension }
  func isLocal(_ name: String) -> Bool {
    isFunctionLike && !globals.contains(name) && !nonlocals.contains(name) && (assignedSet.contains(name) || params.contains(name))
  }
}

/// One parameter of a `def` or `lambda`.
struct Param {
  enum Kind { case normal, varargs, keywordOnly, kwargs }
  var name: String
  var kind: Kind
  var hasDefault: Bool
  var loc: Loc
}

/// A compiled function body (or module, class body, comprehension).
final class CodeObject {
  let name: String
  var qualifiedName: String
  let fileName: String
  var params: [Param] = []
  var body: [Stmt] = [] {
    didSet {
      bodyStatements.deinitialize().deallocate()
      bodyStatements = .allocate(capacity: body.count)
      _ = bodyStatements.initialize(from: body)
    }
  }
  /// A copy of `body` in storage that never moves: a call runs it without retaining the array.
  private(set) var bodyStatements = UnsafeMutableBufferPointer<Stmt>.allocate(capacity: 0)
  /// For lambdas: the expression whose value is returned.
  var lambdaBody: Expr?
  let scope: Scope
  // filled by the resolver
  var slotCount = 0
  var cellCount = 0
  /// Where each parameter is stored: `>= 0` local slot, `< 0` cell `-(i+1)`.
  var paramTargets: [Int] = []
  /// For each free variable, its cell index in the defining frame.
  var freeVarSources: [Int] = []
  var positionalCount = 0
  var varargsIndex: Int?
  var kwargsIndex: Int?
  var slotNames: [String] = []
  /// The lines of the source this code was compiled from, for tracebacks: a REPL reuses the
  /// file name `<stdin>` for every input, so looking lines up by name would show the wrong ones.
  var sourceLines: [Substring] = []

  /// Line `line` (1-based) of the source, if known.
  func sourceLine(_ line: Int32) -> String? {
    let i = Int(line) - 1
    return i >= 0 && i < sourceLines.count ? String(sourceLines[i]) : nil
  }
  /// Only normal parameters, none captured: parameter i lives in slot i.
  var plainParameters = false

  init(name: String, qualifiedName: String, fileName: String, scope: Scope) {
    self.name = name; self.qualifiedName = qualifiedName; self.fileName = fileName; self.scope = scope
    scope.code = self
  }

  deinit { bodyStatements.deinitialize().deallocate() }
}
