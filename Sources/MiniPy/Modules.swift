// Small builtin modules (math, time, copy, sys) and `open` within the working folder.

import Foundation

extension Interpreter {
  func makeBuiltinModule(_ name: String) -> PyModule? {
    switch name {
    case "math": return makeMathModule()
    case "time":
      let m = PyModule(name: "time")
      m.define("time") { _ in .float(Date().timeIntervalSince1970) }
      m.define("perf_counter") { _ in .float(Interpreter.now()) }
      m.define("monotonic") { _ in .float(Interpreter.now()) }
      // CPU seconds of the whole process (every thread), as CPython's: time a cell on a busy machine.
      m.define("process_time") { _ in
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return .float(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
      }
      m.define("sleep") { [unowned(unsafe) self] args in
        var left = try self.toDouble(try args.required(0, "secs"))
        while left > 0 {
          if self.interrupt.isSet { self.interrupt.clear(); throw PyException(.interrupted, "interrupted") }
          let step = min(left, 0.01)
          usleep(UInt32(step * 1e6)); left -= step
          if self.deadline.isFinite, Interpreter.now() > self.deadline { throw PyException(.limit, "time limit exceeded") }
        }
        return .none
      }
      return m
    case "copy":
      let m = PyModule(name: "copy")
      m.define("copy") { args in
        switch try args.required(0, "x") {
        case .list(let l): return .list(PyList(l.items))
        case .dict(let d): return .dict(d.copy())
        case .set(let s): return .set(try args.interpreter.setOf(s.items))
        case .instance(let i): let n = PyInstance(cls: i.cls); n.slots = i.slots; return .instance(n)
        case .object(let o): return try o.callMethod("copy", Arguments([], interpreter: args.interpreter, functionName: "copy")) ?? .object(o)
        case let v: return v
        }
      }
      m.define("deepcopy") { args in try args.interpreter.deepCopy(try args.required(0, "x")) }
      return m
    default: return nil
    }
  }

  func deepCopy(_ v: Value) throws -> Value {
    switch v {
    case .list(let l): return .list(PyList(try l.items.map { try deepCopy($0) }))
    case .tuple(let t): return .tuple(try t.map { try deepCopy($0) })
    case .dict(let d):
      let n = PyDict()
      for e in d.items { try n.set(e.key, try deepCopy(e.value)) }
      return .dict(n)
    case .set(let s): return .set(try setOf(s.items))
    case .instance(let i):
      let n = PyInstance(cls: i.cls)
      for (k, x) in i.attributes { n[attribute: k] = try deepCopy(x) }
      return .instance(n)
    case .object(let o):
      return try o.callMethod("copy", Arguments([], interpreter: self, functionName: "copy")) ?? v
    default: return v
    }
  }

  func makeSysModule() -> PyModule {
    let m = PyModule(name: "sys")
    m["version"] = .str("3.11 (MiniPy)")
    m["maxsize"] = .int(Int.max)
    m["argv"] = .list(PyList([]))
    m.define("exit") { _ in throw PyException(.runtime, "", pythonClassName: "SystemExit") }
    m.define("getrecursionlimit") { [unowned(unsafe) self] _ in .int(self.limits.recursionDepth) }
    m.define("setrecursionlimit") { [unowned(unsafe) self] args in
      let n = try args.int(0, "limit")
      self.limits.recursionDepth = min(max(n, 10), 5000)
      return .none
    }
    return m
  }

  func makeMathModule() -> PyModule {
    let m = PyModule(name: "math")
    m["pi"] = .float(Double.pi)
    m["e"] = .float(M_E)
    m["tau"] = .float(2 * Double.pi)
    m["inf"] = .float(.infinity)
    m["nan"] = .float(.nan)
    func unary(_ name: String, domain: ((Double) -> Bool)? = nil, _ f: @escaping (Double) -> Double) {
      m.define(name) { [unowned(unsafe) self] args in
        try args.expectPositional(min: 1, max: 1)
        let x = try self.toDouble(args[0], what: "math.\(name)() argument")
        if let domain, !domain(x) { throw PyException(.value, "math domain error") }
        let r = f(x)
        if r.isInfinite && x.isFinite { throw PyException(.overflow, "math range error") }
        return .float(r)
      }
    }
    unary("sqrt", domain: { $0 >= 0 || $0.isNaN }, Foundation.sqrt)
    unary("exp", Foundation.exp)
    unary("log10", domain: { $0 > 0 || $0.isNaN }, Foundation.log10)
    unary("log2", domain: { $0 > 0 || $0.isNaN }, Foundation.log2)
    unary("log1p", domain: { $0 > -1 }, Foundation.log1p)
    unary("expm1", Foundation.expm1)
    unary("sin", Foundation.sin); unary("cos", Foundation.cos); unary("tan", Foundation.tan)
    unary("asin", domain: { abs($0) <= 1 }, Foundation.asin); unary("acos", domain: { abs($0) <= 1 }, Foundation.acos)
    unary("atan", Foundation.atan)
    unary("sinh", Foundation.sinh); unary("cosh", Foundation.cosh); unary("tanh", Foundation.tanh)
    unary("fabs", Swift.abs)
    unary("degrees") { $0 * 180 / Double.pi }
    unary("radians") { $0 * Double.pi / 180 }
    unary("erf", Foundation.erf)
    unary("gamma", Foundation.tgamma)
    m.define("log") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 1, max: 2)
      let x = try self.toDouble(args[0], what: "math.log() argument")
      guard x > 0 else { throw PyException(.value, "math domain error") }
      if args.count == 2 {
        let b = try self.toDouble(args[1], what: "math.log() base")
        guard b > 0, b != 1 else { throw PyException(b == 1 ? .zeroDivision : .value, b == 1 ? "float division by zero" : "math domain error") }
        return .float(Foundation.log(x) / Foundation.log(b))
      }
      return .float(Foundation.log(x))
    }
    for (name, f) in [("floor", { (d: Double) in d.rounded(.down) }), ("ceil", { (d: Double) in d.rounded(.up) }), ("trunc", { (d: Double) in d.rounded(.towardZero) })] {
      m.define(name) { [unowned(unsafe) self] args in
        try args.expectPositional(min: 1, max: 1)
        if case .int = args[0] { return args[0] }
        let d = try self.toDouble(args[0], what: "math.\(name)() argument")
        guard d.isFinite else { throw PyException(d.isNaN ? .value : .overflow, d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer") }
        let r = f(d)
        guard abs(r) < 9.2e18 else { throw Self.overflow("math.\(name)") }
        return .int(Int(r))
      }
    }
    m.define("pow") { [unowned(unsafe) self] args in
      try args.expectPositional(min: 2, max: 2)
      let x = try self.toDouble(args[0]), y = try self.toDouble(args[1])
      if x == 0 && y < 0 { throw PyException(.value, "math domain error") }
      if x < 0 && y != y.rounded() { throw PyException(.value, "math domain error") }
      return .float(Foundation.pow(x, y))
    }
    m.define("atan2") { [unowned(unsafe) self] args in .float(Foundation.atan2(try self.toDouble(args.required(0, "y")), try self.toDouble(args.required(1, "x")))) }
    m.define("hypot") { [unowned(unsafe) self] args in .float(Foundation.sqrt(try args.positional.reduce(0.0) { let d = try self.toDouble($1); return $0 + d * d })) }
    m.define("isnan") { [unowned(unsafe) self] args in .bool(try self.toDouble(args.required(0, "x")).isNaN) }
    m.define("isinf") { [unowned(unsafe) self] args in .bool(try self.toDouble(args.required(0, "x")).isInfinite) }
    m.define("isfinite") { [unowned(unsafe) self] args in .bool(try self.toDouble(args.required(0, "x")).isFinite) }
    m.define("isclose") { [unowned(unsafe) self] args in
      let a = try self.toDouble(args.required(0, "a")), b = try self.toDouble(args.required(1, "b"))
      let rel = try args.keyword("rel_tol").map { try self.toDouble($0) } ?? 1e-9
      let absTol = try args.keyword("abs_tol").map { try self.toDouble($0) } ?? 0
      if a == b { return .bool(true) }
      if a.isInfinite || b.isInfinite { return .bool(false) }
      let diff = Swift.abs(a - b)
      return .bool(diff <= Swift.max(rel * Swift.max(Swift.abs(a), Swift.abs(b)), absTol))
    }
    m.define("factorial") { [unowned(unsafe) self] args in
      let n = try self.toInt(args.required(0, "n"), what: "factorial() argument")
      if n < 0 { throw PyException(.value, "factorial() not defined for negative values") }
      var r = 1
      for k in stride(from: 2, through: n, by: 1) { let (p, o) = r.multipliedReportingOverflow(by: k); if o { throw Self.overflow("factorial") }; r = p }
      return .int(r)
    }
    m.define("gcd") { [unowned(unsafe) self] args in
      var g = 0
      for v in args.positional { var a = Swift.abs(try self.toInt(v)); var b = g; while b != 0 { (a, b) = (b, a % b) }; g = a }
      return .int(g)
    }
    m.define("comb") { [unowned(unsafe) self] args in
      let n = try self.toInt(args.required(0, "n")), k = try self.toInt(args.required(1, "k"))
      if n < 0 || k < 0 { throw PyException(.value, "n must be a non-negative integer") }
      if k > n { return .int(0) }
      var r = 1
      for i in 0..<Swift.min(k, n - k) {
        let (p, o) = r.multipliedReportingOverflow(by: n - i); if o { throw Self.overflow("comb") }
        r = p / (i + 1)
      }
      return .int(r)
    }
    m.define("prod") { [unowned(unsafe) self] args in
      var acc: Value = args.keyword("start") ?? .int(1)
      for x in try self.iterate(try args.required(0, "iterable")) { acc = try self.binary(.multiply, acc, x) }
      return acc
    }
    m.define("fsum") { [unowned(unsafe) self] args in
      // Neumaier summation (close to CPython's exact fsum for ordinary inputs)
      var sum = 0.0, c = 0.0
      for x in try self.iterate(try args.required(0, "iterable")) {
        let v = try self.toDouble(x)
        let t = sum + v
        if Swift.abs(sum) >= Swift.abs(v) { c += (sum - t) + v } else { c += (v - t) + sum }
        sum = t
      }
      return .float(sum + c)
    }
    m.define("copysign") { [unowned(unsafe) self] args in .float(Foundation.copysign(try self.toDouble(args.required(0, "x")), try self.toDouble(args.required(1, "y")))) }
    m.define("fmod") { [unowned(unsafe) self] args in
      let y = try self.toDouble(args.required(1, "y"))
      if y == 0 { throw PyException(.value, "math domain error") }
      return .float(Foundation.fmod(try self.toDouble(args.required(0, "x")), y))
    }
    return m
  }

  // MARK: Files

  func openFile(_ args: Arguments) throws -> Value {
    let path = try args.string(0, "file")
    let mode = try args.string(1, "mode", default: "r")
    if mode.contains("b") { throw PyException(.notSupported, "not supported in MiniPy: binary files (mode '\(mode)')") }
    let writing = mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+")
    let url = try resolvePath(path, forWriting: writing)
    var text = ""
    if !writing || mode.contains("a") || mode.contains("+") {
      if let data = FileManager.default.contents(atPath: url.path) {
        guard let s = String(data: data, encoding: .utf8) else { throw PyException(.value, "'\(path)' is not valid UTF-8 text", pythonClassName: "UnicodeDecodeError") }
        text = s
      } else if !writing {
        throw PyException(.io, "[Errno 2] No such file or directory: '\(path)'", pythonClassName: "FileNotFoundError")
      }
    }
    if mode.contains("w") { text = "" }
    return .object(FileObject(url: url, path: path, text: text, writable: writing, interp: self))
  }
}

/// A text file opened with `open()`: read whole or by lines; writes are kept and flushed on
/// `close()` (or leaving a `with` block).
final class FileObject: PyObject {
  let url: URL, path: String
  var text: [Unicode.Scalar]
  var position = 0
  let writable: Bool
  var closed = false
  unowned let interp: Interpreter
  init(url: URL, path: String, text: String, writable: Bool, interp: Interpreter) {
    self.url = url; self.path = path; self.text = Array(text.unicodeScalars); self.writable = writable; self.interp = interp
    if writable { position = self.text.count }
  }
  var typeName: String { "TextIOWrapper" }
  func repr(_ interp: Interpreter) throws -> String { "<_io.TextIOWrapper name='\(path)'>" }

  func readLine() -> String? {
    guard position < text.count else { return nil }
    var end = position
    while end < text.count, text[end] != "\n" { end += 1 }
    if end < text.count { end += 1 }
    defer { position = end }
    return String(String.UnicodeScalarView(text[position..<end]))
  }

  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    if closed, name != "close", name != "__exit__" { throw PyException(.value, "I/O operation on closed file.") }
    switch name {
    case "read":
      defer { position = text.count }
      return .str(String(String.UnicodeScalarView(text[position...])))
    case "readline": return .str(readLine() ?? "")
    case "readlines":
      var out: [Value] = []
      while let l = readLine() { out.append(.str(l)) }
      return .list(PyList(out))
    case "write":
      guard writable else { throw PyException(.io, "not writable", pythonClassName: "UnsupportedOperation") }
      let s = try args.string(0, "s")
      text += s.unicodeScalars
      return .int(s.unicodeScalars.count)
    case "close", "__exit__":
      if !closed && writable {
        do { try String(String.UnicodeScalarView(text)).write(to: url, atomically: true, encoding: .utf8) } catch {
          throw PyException(.io, "cannot write '\(path)': \(error.localizedDescription)")
        }
      }
      closed = true
      return name == "close" ? Value.none : Value.bool(false)
    case "__enter__": return .object(self)
    default: return nil
    }
  }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? {
    var lines: [Value] = []
    while let l = readLine() { lines.append(.str(l)) }
    return ValuesIterator(lines)
  }
}
