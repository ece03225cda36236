// Running source: decode, lex, parse, resolve, execute; errors become `Diagnostic`s.

import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
  // MARK: Running

  /// Runs `source` as a module-level program (a script, a notebook cell or a REPL entry) in
  /// this interpreter's globals. Returns the value of the last statement when it is an
  /// expression (for the REPL's echo), otherwise nil.
  ///
  /// Runs on a thread with a 512 MiB stack when the calling thread's stack is small, so deep
  /// recursion ends in `RecursionError`, never a crash. Interrupt, limits and the recursion
  /// depth apply; `interrupt` is cleared when the run starts.
  public func run(source: String, fileName: String = "<stdin>") throws(Diagnostic) -> Value? {
    if Self.currentStackIsLarge() {
      return try runHere(source: source, fileName: fileName)
    }
    let box = ResultBox()
    Self.runOnLargeStack { [self] in
      do throws(Diagnostic) { box.value = .success(try self.runHere(source: source, fileName: fileName)) } catch { box.value = .failure(error) }
    }
    return try box.value!.get()
  }

  /// Parses `source` without running it: nil, or the syntax error.
  public func checkSyntax(source: String, fileName: String = "<stdin>") -> Diagnostic? {
    do { _ = try compile(source: source, fileName: fileName); return nil } catch { return error }
  }

  func compile(source: String, fileName: String) throws(Diagnostic) -> CodeObject {
    sources[fileName] = source.split(separator: "\n", omittingEmptySubsequences: false)
    do {
      var lexer = Lexer(source, file: fileName)
      let tokens = try lexer.tokenize()
      let scope = Scope(kind: .module, parent: nil)
      let code = CodeObject(name: "<module>", qualifiedName: "<module>", fileName: fileName, scope: scope)
      code.sourceLines = sources[fileName] ?? []
      var parser = Parser(tokens: tokens, file: fileName, scope: scope, interp: self)
      code.body = try parser.parseModule()
      Resolver(interp: self).resolve(scope)
      return code
    } catch {
      var d = error
      d.lineText = lineText(d.range)
      throw d
    }
  }

  func runHere(source: String, fileName: String) throws(Diagnostic) -> Value? {
    let code = try compile(source: source, fileName: fileName)
    let frame = Frame(interp: self, code: code, closure: [])
    let outerDepth = depth
    let savedFrame = currentFrameRef
    defer { depth = outerDepth; currentFrameRef = savedFrame }
    currentFrameRef = .passUnretained(frame)
    if depth == 0 {
      // a fresh top-level run: reset budgets
      interrupt.clear()
      steps = 0
      stepBudgetEnd = limits.statements ?? Int.max
      nextCheck = min(4096, stepBudgetEnd)
      deadline = limits.wallTime.map { Self.now() + $0 } ?? .infinity
      stackLimit = Self.stackLowWater()
    }
    do {
      var body = code.body
      var last: ExprStmt?
      if let l = body.last as? ExprStmt { last = l; body.removeLast() }
      _ = try execBlock(body, frame)
      if let last {
        do {
          try tick(last.loc.line, frame)
          return try last.expr.eval(frame)
        } catch { throw locate(error, last.loc, frame) }
      }
      return nil
    } catch {
      throw finish(error.asPyException)
    }
  }

  /// Turns an exception that reached the top into the host's `Diagnostic`.
  func finish(_ e: PyException) -> Diagnostic {
    var d = e.diagnostic
    if e.instance != nil, d.message.isEmpty, let inst = e.instance { d.message = (try? exceptionString(inst)) ?? "" }
    d.traceback = e.frames.reversed().map { f in
      var f = f
      if f.lineText == nil { f.lineText = lineText(f.range) }
      return f
    }
    if d.kind == .recursion, d.traceback.count > 40 {
      // like CPython: show the first frames and the last few, not a thousand lines
      let head = d.traceback.prefix(3), tail = d.traceback.suffix(3)
      d.traceback = Array(head) + [Diagnostic.Frame(function: "[Previous line repeated \(d.traceback.count - 6) more times]", range: .unknown, lineText: nil)] + Array(tail)
    }
    if d.lineText == nil { d.lineText = lineText(d.range) }
    if d.kind == .name || d.kind == .attribute || d.kind == .type, d.hint == nil { d.hint = e.diagnostic.hint }
    return d
  }

  func lineText(_ r: SourceRange) -> String? {
    guard !r.isUnknown, let lines = sources[r.file], r.line - 1 < lines.count else { return nil }
    return String(lines[r.line - 1])
  }

  // MARK: Source decoding

  /// Decodes a source file's bytes, rejecting NUL bytes and invalid UTF-8 with the line they
  /// are on. A UTF-8 byte-order mark is dropped.
  public static func decodeSource(_ bytes: [UInt8], fileName: String) throws(Diagnostic) -> String {
    var b = bytes[...]
    if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
    var line = 1, col = 1
    var i = b.startIndex
    while i < b.endIndex {
      let c = b[i]
      if c == 0 {
        throw Diagnostic(.syntax, "source code cannot contain null bytes", range: SourceRange(file: fileName, line: line, column: col), hint: "the file is probably binary, not a Python script")
      }
      if c == 0x0A { line += 1; col = 1; i += 1; continue }
      let n: Int
      switch c {
      case 0x00..<0x80: n = 1
      case 0xC2..<0xE0: n = 2
      case 0xE0..<0xF0: n = 3
      case 0xF0..<0xF5: n = 4
      default: n = 0
      }
      var ok = n > 0 && i + n <= b.endIndex
      if ok { for k in 1..<n where b[i + k] & 0xC0 != 0x80 { ok = false } }
      if ok && n == 3 {
        let v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        if v < 0x800 || (v >= 0xD800 && v < 0xE000) { ok = false }
      }
      if ok && n == 4 {
        let v = (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F)
        if v < 0x10000 || v > 0x10FFFF { ok = false }
      }
      guard ok else {
        throw Diagnostic(.syntax, "invalid UTF-8: byte 0x\(String(c, radix: 16, uppercase: true)) at line \(line), column \(col)", range: SourceRange(file: fileName, line: line, column: col), hint: "save the file as UTF-8")
      }
      i += n; col += 1
    }
    return String(decoding: b, as: UTF8.self)
  }

  // MARK: Completion

  /// Completions for the word before the cursor: `pri` → `print`, `np.ze` → `np.zeros`,
  /// `model.fi` → `model.fit`. Attribute chains are followed without calling anything.
  public func completions(for word: String) -> [String] {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 1 {
      let names = Set(globalNames + Array(builtins.keys) + Array(Parser.keywords))
      return names.filter { $0.hasPrefix(word) && !$0.hasPrefix("_") || $0.hasPrefix(word) && word.hasPrefix("_") }.sorted()
    }
    guard var v = global(parts[0]) ?? builtins[parts[0]] else { return [] }
    for p in parts.dropFirst().dropLast() {
      guard let next = try? getAttribute(v, p) else { return [] }
      if case .builtin(let b) = next, b.receiver != nil { return [] }
      v = next
    }
    let prefix = parts.last!
    let head = parts.dropLast().joined(separator: ".")
    return attributeNames(of: v).filter { $0.hasPrefix(prefix) && (!$0.hasPrefix("_") || prefix.hasPrefix("_")) }.sorted().map { head + "." + $0 }
  }

  // MARK: Stack

  /// Runs `body` on a new thread with a 512 MiB stack and waits for it.
  public static func runOnLargeStack(_ body: @escaping () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let box = UncheckedBox(body)
    let t = Thread {
      box.value()
      done.signal()
    }
    t.stackSize = largeStackSize
    t.start()
    done.wait()
  }

  /// The stack size `runOnLargeStack` uses; hosts that make their own session threads should
  /// give them at least this much.
  public static let largeStackSize = 512 << 20

  /// The size of the current thread's stack, 0 if unknown.
  static func currentStackSize() -> Int {
    if Thread.isMainThread {
      var r = rlimit()
      getrlimit(Int32(RLIMIT_STACK.rawValue), &r)
      return r.rlim_cur > UInt(1 << 40) ? 8 << 20 : Int(r.rlim_cur)
    }
    return Thread.current.stackSize
  }

  static func currentStackIsLarge() -> Bool { currentStackSize() >= 64 << 20 }

  /// The address below which `nativeStackLow` reports exhaustion: measured from the current
  /// stack position (a run starts near the top of its thread), keeping an eighth of the stack
  /// (at least 256 KiB) in reserve.
  static func stackLowWater() -> UInt {
    let size = currentStackSize()
    guard size > 0 else { return 0 }
    var marker: UInt8 = 0
    let sp = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    let margin = max(size / 8, 256 << 10)
    return sp > UInt(size - margin) ? sp - UInt(size - margin) : 0
  }
}

final class ResultBox: @unchecked Sendable {
  var value: Result<Value?, Diagnostic>?
}

final class UncheckedBox<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}

// MARK: - Interactive input

extension Interpreter {
  static let blockKeywords: Set<String> = ["if", "for", "while", "def", "class", "try", "with", "elif", "else", "except", "finally"]

  /// Whether an interactive entry needs more lines (Python's REPL rules): an open bracket,
  /// an unterminated triple-quoted string, a trailing `\`, or a compound statement (`if`, `def`,
  /// a decorator, ...) that has not yet been ended by an empty line.
  public static func needsMoreInput(_ source: String) -> Bool {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard let last = lines.last else { return false }
    if last.hasSuffix("\\") { return true }
    var lexer = Lexer(source, file: "<stdin>")
    do {
      let tokens = try lexer.tokenize()
      let isBlock: Bool = {
        guard let first = tokens.first else { return false }
        if first.kind == .op && first.text == "@" { return true }
        if first.kind == .name && blockKeywords.contains(first.text) { return true }
        return tokens.contains { $0.kind == .indent }
      }()
      if isBlock { return !last.allSatisfy { $0 == " " || $0 == "\t" } }
      return false
    } catch {
      let m = error.message
      return m.contains("was never closed") || m.contains("unterminated triple-quoted") || m.contains("after line continuation")
    }
  }
}
