// Activation records and calling MiniPy functions.

import Synchronization

// MARK: - Frame

/// One activation: local slots, closure cells, and (for class bodies) the namespace being built.
///
/// Function calls take their frame from the interpreter's call stack (`acquireFrame`) and give
/// it back on return (`releaseFrame`), so a call allocates nothing: frames never outlive their
/// call (closures capture cells, not frames; tracebacks copy names and ranges).
final class Frame {
  unowned(unsafe) let interp: Interpreter
  /// `interp` for hot paths: `_withUnsafeGuaranteedRef` borrows it without a retain.
  let interpRef: Unmanaged<Interpreter>
  /// The code's owner (the function, class statement, comprehension or the run) outlives the
  /// frame's execution, so the frame does not retain it.
  unowned(unsafe) var code: CodeObject
  /// `slotCount` initialized slots (nil: unbound), room for `capacity`.
  private(set) var slots: UnsafeMutablePointer<Value?>
  private(set) var slotCount: Int
  private var capacity: Int
  var cells: [Cell]
  var namespace: [String: Value]?
  var returnValue: Value = .none
  /// The exception being handled (for a bare `raise`).
  var handling: PyException?
  /// The function running in this frame (nil for modules and class bodies); the function
  /// outlives its frames' use of this field.
  unowned(unsafe) var function: PyFunction?
  /// For methods: the class whose body defined the function (for `super()`).
  var ownerClass: PyClass? { function?.ownerClass }

  init(interp: borrowing Interpreter, code: borrowing CodeObject, closure: [Cell]) {
    self.interp = copy interp
    interpRef = .passUnretained(copy interp)
    self.code = copy code
    slotCount = code.slotCount
    capacity = max(slotCount, 4)
    slots = UnsafeMutablePointer<Value?>.allocate(capacity: capacity)
    slots.initialize(repeating: nil, count: capacity)
    cells = []
    makeCells(code, closure)
  }

  /// Runs `body` with the interpreter borrowed: `f.interp` would retain and release it.
  @inline(__always)
  func withInterp<R>(_ body: (Interpreter) throws -> R) rethrows -> R {
    try interpRef._withUnsafeGuaranteedRef(body)
  }

  @inline(__always)
  func makeCells(_ code: CodeObject, _ closure: [Cell]) {
    if code.cellCount == 0 {
      if !closure.isEmpty { cells = closure }
    } else {
      var c: [Cell] = []
      c.reserveCapacity(code.cellCount + closure.count)
      for _ in 0..<code.cellCount { c.append(Cell()) }
      c += closure
      cells = c
    }
  }

  /// Readies a pooled frame (all slots nil, no cells) to run `code` (cells are made by the
  /// caller, `makeCells`, when needed).
  @inline(__always)
  func reuse(_ code: CodeObject) {
    self.code = code
    let n = code.slotCount
    if n > capacity {
      slots.deinitialize(count: capacity)
      slots.deallocate()
      capacity = n
      slots = UnsafeMutablePointer<Value?>.allocate(capacity: n)
      slots.initialize(repeating: nil, count: n)
    }
    slotCount = n
  }

  /// Moves the return value out.
  @inline(__always)
  func takeReturnValue() -> Value {
    var v = Value.none
    swap(&v, &returnValue)
    return v
  }

  /// Drops everything the frame holds (values, cells, exception), ready for the pool.
  @inline(__always)
  func clear() {
    for i in 0..<slotCount { slots[i] = nil }
    if !cells.isEmpty { cells = [] }
    if handling != nil { handling = nil }
    namespace = nil
    returnValue = .none
    function = nil
  }

  deinit {
    slots.deinitialize(count: capacity)
    slots.deallocate()
  }
}

// MARK: - Calling user functions

extension Interpreter {
  /// A frame for a call of `fn` with all slots unbound: the next free frame of the call
  /// stack. Frames are taken and given back (`releaseFrame`) in strict LIFO order, and the
  /// stack owns them, so handing them around as `Unmanaged` costs no reference counting.
  @inline(__always)
  func acquireFrame(_ fn: PyFunction) -> Unmanaged<Frame> {
    if frameTop == frameCount { addFrame(fn) }
    let frame = frameStack[frameTop]
    frameTop += 1
    frame._withUnsafeGuaranteedRef { f in
      fn.codeRef._withUnsafeGuaranteedRef { code in
        f.reuse(code)
        if fn.needsCells { f.makeCells(code, fn.closure) }
      }
      f.function = fn
    }
    return frame
  }

  /// Gives back the frame `acquireFrame` returned last, releasing what it holds.
  @inline(__always)
  func releaseFrame(_ frame: Unmanaged<Frame>) {
    frame._withUnsafeGuaranteedRef { $0.clear() }
    frameTop -= 1
  }

  func addFrame(_ fn: PyFunction) {
    if frameCount == frameCapacity {
      let capacity = max(16, frameCapacity * 2)
      let grown = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: capacity)
      if frameCount > 0 { grown.moveInitialize(from: frameStack, count: frameCount) }
      if frameCapacity > 0 { frameStack.deallocate() }
      frameStack = grown
      frameCapacity = capacity
    }
    let frame = Frame(interp: self, code: fn.code, closure: [])
    (frameStack + frameCount).initialize(to: .passRetained(frame))
    frameCount += 1
  }

  /// Frees the call stack's frames (when the interpreter goes away).
  func freeFrames() {
    for i in 0..<frameCount { frameStack[i].release() }
    if frameCapacity > 0 { frameStack.deallocate() }
    frameCount = 0; frameTop = 0; frameCapacity = 0
  }

  /// Binds `args`/`kwargs` to `fn`'s parameters and runs its body.
  func invoke(_ fn: PyFunction, _ args: [Value], _ kwargs: [(name: String, value: Value)], receiver: Value? = nil) throws -> Value {
    let code = fn.code
    let u = acquireFrame(fn)
    do {
      try u._withUnsafeGuaranteedRef { frame in
        if let receiver {
          // a method call: `self` first, without building a new argument array
          if kwargs.isEmpty && args.count + 1 == code.positionalCount && code.plainParameters {
            frame.slots[0] = receiver
            args.withUnsafeBufferPointer { a in
              for i in 0..<a.count { frame.slots[i + 1] = a[i] }
            }
          } else {
            try bindArguments(fn, frame, [receiver] + args, kwargs)
          }
        } else {
          try bindArguments(fn, frame, args, kwargs)
        }
      }
    } catch {
      releaseFrame(u)
      throw error
    }
    return try run(fn, u)
  }

  /// Runs `fn`'s body in `frame` (from `acquireFrame`, arguments bound), then releases the
  /// frame. Raises `RecursionError` past the recursion limit.
  @inline(__always)
  func run(_ fn: PyFunction, _ u: Unmanaged<Frame>) throws -> Value {
    depth += 1
    let savedFrame = currentFrameRef
    defer { depth -= 1; currentFrameRef = savedFrame; releaseFrame(u) }
    currentFrameRef = u
    return try u._withUnsafeGuaranteedRef { frame in
      if depth > limits.recursionDepth || nativeStackLow() {
        throw PyException(.recursion, "maximum recursion depth exceeded", hint: "a function calls itself without reaching a base case")
      }
      try fn.codeRef._withUnsafeGuaranteedRef { code in
        if let body = code.lambdaBody {
          frame.returnValue = try body.eval(frame)
        } else {
          _ = try execStatements(UnsafeBufferPointer(code.bodyStatements), frame)
        }
      }
      return frame.takeReturnValue()
    }
  }

  @inline(__always)
  func store(_ frame: Frame, _ target: Int, _ value: Value) {
    if target >= 0 { frame.slots[target] = value } else { frame.cells[-target - 1].value = value }
  }

  func bindArguments(_ fn: PyFunction, _ frame: Frame, _ args: [Value], _ kwargs: [(name: String, value: Value)]) throws {
    let code = fn.code
    let params = code.params
    let npos = code.positionalCount
    // fast path: exact positional call, parameters in slots 0..<n
    if kwargs.isEmpty && args.count == npos && code.plainParameters {
      args.withUnsafeBufferPointer { a in
        for i in 0..<npos { frame.slots[i] = a[i] }
      }
      return
    }
    if kwargs.isEmpty && args.count == npos && code.varargsIndex == nil && code.kwargsIndex == nil && params.count == npos {
      for i in 0..<npos { store(frame, code.paramTargets[i], args[i]) }
      return
    }
    var bound = [Bool](repeating: false, count: params.count)
    var extra: [Value] = []
    for (i, a) in args.enumerated() {
      if i < npos { store(frame, code.paramTargets[i], a); bound[i] = true } else { extra.append(a) }
    }
    if let vi = code.varargsIndex { store(frame, code.paramTargets[vi], .tuple(extra)); bound[vi] = true }
    else if !extra.isEmpty {
      throw PyException(.type, "\(fn.name)() takes \(npos) positional argument\(npos == 1 ? "" : "s") but \(args.count) \(args.count == 1 ? "was" : "were") given")
    }
    var extraKw: PyDict?
    if let ki = code.kwargsIndex { extraKw = PyDict(); store(frame, code.paramTargets[ki], .dict(extraKw!)); bound[ki] = true }
    for (name, value) in kwargs {
      if let i = params.firstIndex(where: { $0.name == name && ($0.kind == .normal || $0.kind == .keywordOnly) }) {
        if bound[i] { throw PyException(.type, "\(fn.name)() got multiple values for argument '\(name)'") }
        store(frame, code.paramTargets[i], value); bound[i] = true
      } else if let d = extraKw {
        try d.set(.str(name), value)
      } else {
        var hint: String?
        if let near = nearestName(name, among: params.map(\.name)) { hint = "did you mean '\(near)'?" }
        throw PyException(.type, "\(fn.name)() got an unexpected keyword argument '\(name)'", hint: hint)
      }
    }
    // defaults
    let firstDefault = npos - fn.defaults.count
    var missing: [String] = []
    for (i, p) in params.enumerated() where !bound[i] {
      if p.kind == .normal, i >= firstDefault {
        store(frame, code.paramTargets[i], fn.defaults[i - firstDefault])
      } else if p.kind == .keywordOnly, let d = fn.kwDefaults[p.name] {
        store(frame, code.paramTargets[i], d)
      } else {
        missing.append(p.name)
      }
    }
    if !missing.isEmpty {
      let list = missing.map { "'\($0)'" }
      let joined = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " and " + list.last!
      throw PyException(.type, "\(fn.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(joined)")
    }
  }

  /// Runs statements in order, ticking the interrupt/limit check before each.
  @inline(__always)
  func execBlock(_ body: [Stmt], _ f: Frame) throws -> Flow {
    try body.withUnsafeBufferPointer { try execStatements($0, f) }
  }

  @inline(__always)
  func execStatements(_ stmts: UnsafeBufferPointer<Stmt>, _ f: Frame) throws -> Flow {
    do {
      for k in stmts.indices {
        // borrow the statement without retaining it (the body array keeps it alive)
        let flow = try Unmanaged.passUnretained(stmts[k])._withUnsafeGuaranteedRef { s throws -> Flow in
          do {
            try tick(s.loc.line, f)
            return try s.exec(f)
          } catch {
            throw locate(error, s.loc, f)
          }
        }
        if case .normal = flow { continue }
        return flow
      }
      return .normal
    }
  }

  /// Attaches `loc` (in `f`) to an error that has no location yet.
  func locate(_ error: Error, _ loc: Loc, _ f: Frame) -> PyException {
    let e = error.asPyException
    if !e.located {
      e.located = true
      let r = loc.range(f.code.fileName)
      let text = f.code.sourceLine(loc.line)
      e.diagnostic.range = r
      e.diagnostic.lineText = text
      e.frames.append(Diagnostic.Frame(function: f.code.name, range: r, lineText: text))
    }
    return e
  }

  /// For an error leaving a call at `loc`: locate it here, or add this caller's frame.
  func addCaller(_ error: Error, _ loc: Loc, _ f: Frame) -> PyException {
    let e = error.asPyException
    if !e.located { return locate(e, loc, f) }
    e.frames.append(Diagnostic.Frame(function: f.code.name, range: loc.range(f.code.fileName), lineText: f.code.sourceLine(loc.line)))
    return e
  }

  // MARK: Tick

  /// The per-statement check: interrupt flag (a relaxed atomic load), step budget, and every
  /// 4096 steps the wall clock.
  @inline(__always)
  func tick(_ line: Int32, _ f: Frame) throws {
    steps &+= 1
    if steps >= nextCheck || interruptFast.pointee.load(ordering: .relaxed) || hasLineHook { try slowTick(line, f) }
  }

  func slowTick(_ line: Int32, _ f: Frame) throws {
    if interrupt.isSet {
      interrupt.clear()
      throw PyException(.interrupted, "interrupted", hint: "stopped by Ctrl-C; variables keep the values they had at this point")
    }
    if let hook = lineHook { hook(f.code.fileName, Int(line)) }
    if steps >= nextCheck {
      if steps >= stepBudgetEnd, let n = limits.statements {
        throw PyException(.limit, "statement limit exceeded: more than \(n) statements executed", hint: "is there an endless loop?")
      }
      if deadline.isFinite, Self.now() > deadline {
        throw PyException(.limit, "time limit exceeded: ran longer than \(Self.formatSeconds(limits.wallTime ?? 0))", hint: "is there an endless loop?")
      }
      nextCheck = min(steps + 4096, stepBudgetEnd)
    }
  }

  static func formatSeconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
  }
}
