// The host API as the library and the notebook use it: modules, host objects, builtins,
// completions, REPL input rules.

import Foundation
import Testing
@testable import MiniPy

/// A toy host object: a 1-D vector with +, *, indexing, len, iteration and a method.
final class ToyVector: PyObject {
  var values: [Double]
  init(_ values: [Double]) { self.values = values }
  var typeName: String { "vector" }
  func repr(_ interp: Interpreter) throws -> String { "vector(\(values.map { Interpreter.floatRepr($0) }.joined(separator: ", ")))" }
  func length(_ interp: Interpreter) throws -> Int? { values.count }
  func asDouble(_ interp: Interpreter) throws -> Double? { values.count == 1 ? values[0] : nil }
  func getItem(_ index: Value, _ interp: Interpreter) throws -> Value? {
    if case .slice(let s) = index { return .object(ToyVector(try s.positions(length: values.count).map { values[$0] })) }
    return .float(values[try interp.sequenceIndex(index, count: values.count, what: "vector")])
  }
  func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
    values[try interp.sequenceIndex(index, count: values.count, what: "vector")] = try interp.toDouble(value)
    return true
  }
  func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
    let rhs: [Double]
    if case .object(let o) = other, let v = o as? ToyVector { rhs = v.values } else if let d = try? interp.toDouble(other) {
      rhs = Array(repeating: d, count: values.count)
    } else { return nil }
    guard rhs.count == values.count else {
      throw Diagnostic(.shape, "cannot combine (\(values.count),) with (\(rhs.count),)")
    }
    switch op {
    case .add: return .object(ToyVector(zip(values, rhs).map(+)))
    case .multiply: return .object(ToyVector(zip(values, rhs).map(*)))
    case .subtract: return .object(ToyVector(reflected ? zip(rhs, values).map(-) : zip(values, rhs).map(-)))
    default: return nil
    }
  }
  func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    guard case .object(let r)? = try binary(op, other, reflected: false, interp), let v = r as? ToyVector else { return nil }
    values = v.values
    return .object(self)
  }
  func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
    let d = try interp.toDouble(other)
    return .list(PyList(values.map { .bool(Interpreter.compareDoubles(op, $0, d)) }))
  }
  func truthValue(_ interp: Interpreter) throws -> Bool? {
    if values.count == 1 { return values[0] != 0 }
    throw PyException(.value, "The truth value of a vector with more than one element is ambiguous")
  }
  func makeIterator(_ interp: Interpreter) throws -> (any PyIterator)? { ValuesIterator(values.map { .float($0) }) }
  func callMethod(_ name: String, _ args: Arguments) throws -> Value? {
    switch name {
    case "sum": return .float(values.reduce(0, +))
    case "scaled": return .object(ToyVector(values.map { $0 * (try! args.double(0, "factor")) }))
    default: return nil
    }
  }
  func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
    name == "size" ? .int(values.count) : nil
  }
  var attributeNames: [String] { ["size", "sum", "scaled"] }
}

@Suite struct HostAPITests {
  func session() -> (Interpreter, () -> String) {
    final class Sink { var text = "" }
    let sink = Sink()
    let interp = Interpreter { sink.text += $0 }
    let toy = PyModule(name: "toy")
    toy.define("vector") { args in
      .object(ToyVector(try args.interpreter.iterate(try args.required(0, "values")).map { try args.interpreter.toDouble($0) }))
    }
    toy.define("zeros") { args in
      let n = try args.int(0, "n")
      try args.interpreter.chargeMemory(n * 8)
      return .object(ToyVector(Array(repeating: 0, count: n)))
    }
    toy.fallback = { name in throw PyException(.notSupported, "not supported in MiniPy: toy.\(name)") }
    interp.registerModule(name: "toy", toy)
    interp.registerModule(name: "toy.sub.deep", PyModule(name: "toy.sub.deep", attributes: ["answer": .int(42)]))
    return (interp, { sink.text })
  }

  @Test func hostObjectsWorkWithOperatorsAndBuiltins() throws {
    let (interp, output) = session()
    _ = try interp.run(source: """
      import toy as t
      v = t.vector([1, 2, 3])
      w = v + 1
      print(w, 2 - v, v * v, len(v), v[-1], v[1:], v.size, v.sum(), v.scaled(2))
      print(sum(v), max(v), list(v), sorted(v, reverse=True), float(t.vector([4])), v > 1)
      v[0] -= 10
      w += v
      print(v, w, isinstance(v, object), type(v).__name__)
      print(f"{v.sum():.1f}", [x * 2 for x in v], dict(zip("abc", v)))
      """)
    #expect(output() == """
      vector(2.0, 3.0, 4.0) vector(1.0, 0.0, -1.0) vector(1.0, 4.0, 9.0) 3 3.0 vector(2.0, 3.0) 3 6.0 vector(2.0, 4.0, 6.0)
      6.0 3.0 [1.0, 2.0, 3.0] [3.0, 2.0, 1.0] 4.0 [False, True, True]
      vector(-9.0, 2.0, 3.0) vector(-7.0, 5.0, 7.0) True vector
      -4.0 [-18.0, 4.0, 6.0] {'a': -9.0, 'b': 2.0, 'c': 3.0}

      """)
  }

  @Test func hostErrorsGetTheCallsRangeAndPythonClass() {
    let (interp, _) = session()
    do {
      _ = try interp.run(source: "import toy\nv = toy.vector([1, 2])\ntry:\n    v + toy.vector([1])\nexcept ValueError as e:\n    print('caught', e)\nv + toy.vector([1, 2, 3])\n", fileName: "shapes.py")
      Issue.record("no error")
    } catch {
      #expect(error.kind == .shape)
      #expect(error.pythonClassName == "ValueError")
      #expect(error.range.line == 7)
      #expect(error.range.column == 1)
      #expect(error.rendered().contains("ValueError: cannot combine (2,) with (3,)"))
    }
  }

  @Test func ambiguousTruthAndMissingNamesAreDiagnostics() {
    let (interp, _) = session()
    #expect(throws: Diagnostic.self) { try interp.run(source: "import toy\nif toy.vector([1, 2]):\n    pass\n") }
    do { _ = try interp.run(source: "import toy\ntoy.fft(1)\n"); Issue.record("no error") } catch {
      #expect(error.message == "not supported in MiniPy: toy.fft")
    }
  }

  @Test func dottedModulesAndFromImports() throws {
    let (interp, output) = session()
    _ = try interp.run(source: "import toy.sub.deep as d\nfrom toy.sub.deep import answer\nimport toy.sub\nprint(d.answer, answer, toy.sub.deep.answer)")
    #expect(output() == "42 42 42\n")
  }

  @Test func lazyModulesAreBuiltOnFirstImport() throws {
    let interp = Interpreter()
    final class Counter { var n = 0 }
    let c = Counter()
    interp.registerModule(name: "heavy") { c.n += 1; return PyModule(name: "heavy", attributes: ["x": .int(1)]) }
    #expect(c.n == 0)
    _ = try interp.run(source: "import heavy\nimport heavy as h\nfrom heavy import x")
    #expect(c.n == 1)
  }

  @Test func finalExpressionValueIsReturnedForEcho() throws {
    let interp = Interpreter()
    #expect(try interp.run(source: "x = 2\nx * 21").map { try interp.repr($0) } == "42")
    #expect(try interp.run(source: "y = 1") == nil)
    #expect(try interp.run(source: "'it' + \"'s\"").map { try interp.repr($0) } == "\"it's\"")
  }

  @Test func completionsCoverNamesAttributesAndModules() throws {
    let (interp, _) = session()
    _ = try interp.run(source: "import toy\nlearning_rate = 0.1\nlearn_more = 1\nv = toy.vector([1])")
    #expect(interp.completions(for: "lear") == ["learn_more", "learning_rate"])
    #expect(interp.completions(for: "toy.ve") == ["toy.vector"])
    #expect(interp.completions(for: "v.s") == ["v.scaled", "v.size", "v.sum"])
    #expect(interp.completions(for: "pri") == ["print"])
    #expect(interp.completions(for: "nothing.x") == [])
  }

  @Test(arguments: [
    ("x = 1", false), ("def f():", true), ("def f():\n    return 1", true), ("def f():\n    return 1\n", false),
    ("x = [1,", true), ("x = [1,\n2]", false), ("s = '''abc", true), ("x = 1 + \\", true), ("@dec", true),
    ("if x: y = 1", true), ("if x: y = 1\n", false), ("print(1)", false), ("for i in range(3):\n    pass\n   ", false),
  ])
  func replInputRules(source: String, needsMore: Bool) {
    #expect(Interpreter.needsMoreInput(source) == needsMore, "\(source)")
  }

  @Test func lineHookSeesProgress() throws {
    let interp = Interpreter()
    final class Lines { var seen: [Int] = [] }
    let lines = Lines()
    interp.lineHook = { _, line in lines.seen.append(line) }
    _ = try interp.run(source: "a = 1\nfor i in range(2):\n    a += i\n")
    #expect(lines.seen == [1, 2, 2, 3, 2, 3])
  }

  @Test func memoryChargedByTheLibraryIsLimited() {
    let (interp, _) = session()
    interp.limits.memoryBytes = 1000
    do { _ = try interp.run(source: "import toy\na = toy.zeros(100)\nb = toy.zeros(100)\n"); Issue.record("no limit") } catch {
      #expect(error.kind == .limit)
      #expect(error.range.line == 3)
    }
  }
}
