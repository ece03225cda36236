// The host API: one `Interpreter` per session. See `Value`, `PyObject`, `Diagnostic`.

import Foundation
import Synchronization

// MARK: - Interrupt and limits

/// A thread-safe flag a host sets (from any thread) to stop a running program. The interpreter
/// checks it at every statement and loop iteration and raises an `interrupted` diagnostic.
public final class InterruptFlag: @unchecked Sendable {
  /// Heap storage, so the interpreter can poll it through a plain pointer (no retain).
  let storage: UnsafeMutablePointer<Atomic<Bool>>
  public init() {
    storage = .allocate(capacity: 1)
    storage.initialize(to: Atomic(false))
  }
  deinit { storage.deinitialize(count: 1); storage.deallocate() }
  public func set() { storage.pointee.store(true, ordering: .relaxed) }
  public func clear() { storage.pointee.store(false, ordering: .relaxed) }
  public var isSet: Bool { storage.pointee.load(ordering: .relaxed) }
  /// The flag's byte, for a signal handler (which cannot call Swift code safely): storing a
  /// non-zero byte there is `set()`. Valid as long as this object lives.
  public var signalHandlerTarget: UnsafeMutableRawPointer { UnsafeMutableRawPointer(storage) }
}

/// Budgets for untrusted code. Exceeding one raises a `limit` diagnostic (not catchable by
/// `except`). `nil` means unlimited.
public struct Limits: Sendable, Equatable {
  /// Wall-clock seconds per `run` call.
  public var wallTime: Double?
  /// Statements (and loop iterations) executed per `run` call.
  public var statements: Int?
  /// Bytes of array memory the library may allocate in total over the interpreter's life
  /// (reported through `Interpreter.chargeMemory`).
  public var memoryBytes: Int?
  /// Maximum depth of nested MiniPy calls before `RecursionError`.
  public var recursionDepth: Int
  public init(wallTime: Double? = nil, statements: Int? = nil, memoryBytes: Int? = nil, recursionDepth: Int = 1000) {
    self.wallTime = wallTime; self.statements = statements
    self.memoryBytes = memoryBytes; self.recursionDepth = recursionDepth
  }
}

/// The values of all global variables at one moment (for undo). Containers are shared, not
/// deep-copied: a restore brings back bindings, not the contents of a mutated list.
public struct GlobalsSnapshot {
  let values: [String: Value]
}

// MARK: - Interpreter

/// A MiniPy session: global variables, registered modules, output sink and limits.
/// Use it from one thread at a time; only `interrupt` may be touched from another thread.
public final class Interpreter {
  /// Receives everything `print` writes (text including newlines).
  public var output: (String) -> Void
  /// Set from another thread to stop the running program.
  public var interrupt: InterruptFlag { didSet { interruptFast = interrupt.storage } }
  var interruptFast: UnsafeMutablePointer<Atomic<Bool>>
  public var limits: Limits
  /// Files are read from, and written only inside, this folder.
  public var workingDirectory: URL
  /// Extra folders searched (read-only) for relative paths after `workingDirectory`
  /// (e.g. `assets/`).
  public var searchDirectories: [URL] = []
  /// Called before each statement with its file name and line (progress display).
  public var lineHook: ((_ file: String, _ line: Int) -> Void)? { didSet { hasLineHook = lineHook != nil } }
  var hasLineHook = false

  // MARK: Internal state
  var globalTable: [String: GlobalEntry] = [:]
  var builtins: [String: Value] = [:]
  var modules: [String: PyModule] = [:]
  var moduleLoaders: [String: () throws -> PyModule] = [:]
  var sources: [String: [Substring]] = [:]
  var depth = 0
  var steps = 0
  var nextCheck = 0
  var deadline: Double = .infinity
  var stepBudgetEnd = Int.max
  var memoryCharged = 0
  var stackLimit: UInt = 0
  var runCounter = 0
  /// The innermost running frame (frames outlive their time here, so it is unretained).
  var currentFrameRef: Unmanaged<Frame>?
  var currentFrame: Frame? { currentFrameRef?.takeUnretainedValue() }
  /// Frames for function calls, owned here (+1 each): `frameStack[..<frameTop]` are running,
  /// the rest up to `frameCount` are free for reuse.
  var frameStack = UnsafeMutablePointer<Unmanaged<Frame>>(bitPattern: 8)!
  var frameCapacity = 0
  var frameCount = 0
  var frameTop = 0
  var typeCache: [String: Value] = [:]
  /// The `range` and `reversed` builtins, which `for` loops recognise.
  var rangeFunction: BuiltinFunction?
  var reversedFunction: BuiltinFunction?
  /// `enumerate` and `zip`, which `for a, b in ...` loops recognise.
  var enumerateFunction: BuiltinFunction?
  var zipFunction: BuiltinFunction?
  lazy var exceptionClasses: [String: PyClass] = makeExceptionClasses()

  public init(
    workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    limits: Limits = Limits(), output: @escaping (String) -> Void = { _ in }
  ) {
    self.workingDirectory = workingDirectory
    self.limits = limits
    self.output = output
    let flag = InterruptFlag()
    self.interrupt = flag
    self.interruptFast = flag.storage
    installBuiltins()
    if case .builtin(let b)? = builtins["range"] { rangeFunction = b }
    if case .builtin(let b)? = builtins["reversed"] { reversedFunction = b }
    if case .builtin(let b)? = builtins["enumerate"] { enumerateFunction = b }
    if case .builtin(let b)? = builtins["zip"] { zipFunction = b }
  }

  deinit { freeFrames() }

  // MARK: Globals

  /// The value of global `name`, or nil if unbound.
  public func global(_ name: String) -> Value? { globalTable[name]?.value }
  /// Binds (or with nil, unbinds) global `name`.
  public func setGlobal(_ name: String, _ value: Value?) { entry(name).value = value }
  /// Names of the bound globals, sorted.
  public var globalNames: [String] { globalTable.filter { $0.value.value != nil }.map(\.key).sorted() }
  public func snapshot() -> GlobalsSnapshot {
    GlobalsSnapshot(values: globalTable.compactMapValues { $0.value })
  }
  public func restore(_ snapshot: GlobalsSnapshot) {
    for (name, e) in globalTable { e.value = snapshot.values[name] }
    for (name, v) in snapshot.values where globalTable[name] == nil { entry(name).value = v }
  }
  /// Adds or replaces a builtin (visible everywhere unless shadowed by a global).
  public func setBuiltin(_ name: String, _ value: Value) {
    builtins[name] = value
    globalTable[name]?.builtin = value
  }

  func entry(_ name: String) -> GlobalEntry {
    if let e = globalTable[name] { return e }
    let e = GlobalEntry(name: name, builtin: builtins[name])
    globalTable[name] = e
    return e
  }

  // MARK: Modules

  /// Makes `import name` / `from name import x` bind `module`. Dotted names
  /// (`matplotlib.pyplot`) create their parent packages as needed.
  public func registerModule(name: String, _ module: PyModule) {
    modules[name] = module
    var parts = name.split(separator: ".").map(String.init)
    while parts.count > 1 {
      let child = parts.removeLast()
      let parentName = parts.joined(separator: ".")
      let parent = modules[parentName] ?? PyModule(name: parentName)
      modules[parentName] = parent
      if parent[child] == nil { parent[child] = .module(modules[parentName + "." + child]!) }
    }
  }
  /// Like `registerModule(name:_:)` but builds the module on first import.
  public func registerModule(name: String, loader: @escaping () throws -> PyModule) {
    moduleLoaders[name] = loader
  }

  // MARK: Memory

  /// Called by the library before allocating `bytes` of array memory. Refuses (with a
  /// `memory` diagnostic naming the size) an allocation larger than the machine can hold, and
  /// raises `limit` once the total exceeds `limits.memoryBytes`.
  public func chargeMemory(_ bytes: Int) throws {
    if bytes < 0 || (bytes > 1 << 30 && bytes > Self.maxSingleAllocation) {
      throw PyException(.memory, "cannot allocate \(Self.formatBytes(bytes)): the machine has \(Self.formatBytes(Int(ProcessInfo.processInfo.physicalMemory)))", hint: "use a smaller array")
    }
    memoryCharged += bytes
    if let cap = limits.memoryBytes, memoryCharged > cap {
      throw PyException(.limit, "memory limit exceeded: \(Self.formatBytes(memoryCharged)) allocated, limit \(Self.formatBytes(cap))")
    }
  }
  /// Total bytes charged so far.
  public var memoryUsed: Int { memoryCharged }
  /// Half the physical memory: larger single allocations are refused in every mode.
  public static let maxSingleAllocation = Int(ProcessInfo.processInfo.physicalMemory / 2)

  static func formatBytes(_ n: Int) -> String {
    let d = Double(n)
    if n >= 1 << 30 { return String(format: "%.1f GiB", d / Double(1 << 30)) }
    if n >= 1 << 20 { return String(format: "%.1f MiB", d / Double(1 << 20)) }
    if n >= 1 << 10 { return String(format: "%.1f KiB", d / Double(1 << 10)) }
    return "\(n) bytes"
  }

  // MARK: Files

  /// Resolves `path` for reading (working folder, then `searchDirectories`) or writing (working
  /// folder only). Paths escaping the working folder are refused for writing.
  public func resolvePath(_ path: String, forWriting: Bool) throws -> URL {
    let base = workingDirectory.standardizedFileURL
    let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)).standardizedFileURL
    if forWriting {
      guard url.path.hasPrefix(base.path + "/") || url.path == base.path else {
        throw PyException(.io, "writing outside the working folder is not allowed: \(path)", pythonClassName: "PermissionError")
      }
      return url
    }
    if FileManager.default.fileExists(atPath: url.path) { return url }
    if !path.hasPrefix("/") {
      for dir in searchDirectories {
        let u = dir.appendingPathComponent(path).standardizedFileURL
        if FileManager.default.fileExists(atPath: u.path) { return u }
      }
    }
    throw PyException(.io, "[Errno 2] No such file or directory: '\(path)'", pythonClassName: "FileNotFoundError")
  }
}

/// One global variable: the evaluator holds these directly, so a global read is a pointer
/// load, not a dictionary lookup.
final class GlobalEntry {
  let name: String
  var value: Value?
  var builtin: Value?
  init(name: String, builtin: Value?) { self.name = name; self.builtin = builtin }
}
