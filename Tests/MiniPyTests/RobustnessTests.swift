// Bad input never crashes: deep recursion, deep nesting, binary files, endless loops, limits.

import Foundation
import Testing
@testable import MiniPy

func runMiniPy(_ source: String, limits: Limits = Limits(), file: String = "<test>") -> (output: String, error: Diagnostic?) {
  var out = ""
  let interp = Interpreter(limits: limits) { out += $0 }
  do { _ = try interp.run(source: source, fileName: file); return (out, nil) } catch { return (out, error) }
}

@Suite struct RobustnessTests {
  @Test func runawayRecursionIsARecursionError() {
    let (_, e) = runMiniPy("def f(n):\n    return f(n + 1)\nf(0)\n")
    #expect(e?.kind == .recursion)
    #expect(e?.pythonClassName == "RecursionError")
  }

  @Test func recursionThroughHostCallbacksIsBounded() {
    // each level goes through a builtin (sorted with key=) and back into MiniPy
    let (_, e) = runMiniPy("def f(n):\n    return sorted([1], key=lambda x: f(n + 1))\nf(0)\n")
    #expect(e?.kind == .recursion)
  }

  @Test func recursionDepthNearTheLimitWorks() {
    let (out, e) = runMiniPy("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(990))\n")
    #expect(e == nil)
    #expect(out == "990\n")
  }

  @Test(arguments: [500, 5000])
  func deeplyNestedParenthesesAreASyntaxError(depth: Int) {
    let src = "x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + "\n"
    let (_, e) = runMiniPy(src)
    #expect(e?.kind == .syntax)
    #expect(e?.message.contains("nested") == true)
  }

  @Test func deeplyNestedListsAndUnaryOperatorsAreASyntaxError() {
    #expect(runMiniPy("x = " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)).error?.kind == .syntax)
    #expect(runMiniPy("x = " + String(repeating: "-", count: 3000) + "1").error?.kind == .syntax)
    #expect(runMiniPy("x = " + String(repeating: "not ", count: 3000) + "1").error?.kind == .syntax)
  }

  @Test func nulBytesAreRejectedWithTheirLine() throws {
    let bytes = Array("a = 1\nb = 2\u{0}\n".utf8)
    #expect(throws: Diagnostic.self) { try Interpreter.decodeSource(bytes, fileName: "bin.py") }
    do { _ = try Interpreter.decodeSource(bytes, fileName: "bin.py") } catch {
      #expect(error.range.line == 2)
      #expect(error.message.contains("null bytes"))
    }
  }

  @Test func invalidUTF8IsRejectedWithItsLine() {
    let bytes: [UInt8] = Array("x = 1\ny = 2\nz = '".utf8) + [0xFF, 0xFE] + Array("'\n".utf8)
    do { _ = try Interpreter.decodeSource(bytes, fileName: "bad.py"); Issue.record("accepted invalid UTF-8") } catch {
      #expect(error.range.line == 3)
      #expect(error.range.column == 6)
      #expect(error.message.contains("invalid UTF-8"))
    }
  }

  @Test func mixedTabsAndSpacesAreRejected() {
    let (_, e) = runMiniPy("if True:\n    x = 1\n\ty = 2\n")
    #expect(e?.kind == .syntax)
    #expect(e?.message.contains("tabs and spaces") == true)
  }

  @Test func floatOverflowIsInfinityAndIntOverflowIsAnError() {
    #expect(runMiniPy("print(1e308 * 10)").output == "inf\n")
    let (_, e) = runMiniPy("x = 9223372036854775807\nx += 1\n")
    #expect(e?.kind == .overflow)
    #expect(e?.pythonClassName == "OverflowError")
  }

  @Test func statementLimitStopsAnEndlessLoop() {
    let (_, e) = runMiniPy("while True:\n    pass\n", limits: Limits(statements: 100_000))
    #expect(e?.kind == .limit)
    #expect(e?.message.contains("statement limit") == true)
  }

  @Test func wallTimeLimitStopsAnEndlessLoop() {
    let start = Date()
    let (_, e) = runMiniPy("x = 0\nwhile True:\n    x += 1\n", limits: Limits(wallTime: 0.2))
    #expect(e?.kind == .limit)
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func limitsCannotBeCaughtByExcept() {
    let src = "n = 0\nwhile True:\n    try:\n        n += 1\n    except:\n        pass\n"
    #expect(runMiniPy(src, limits: Limits(statements: 50_000)).error?.kind == .limit)
  }

  @Test func memoryIsChargedAndRefused() throws {
    let interp = Interpreter(limits: Limits(memoryBytes: 1000))
    try interp.chargeMemory(600)
    #expect(throws: PyException.self) { try interp.chargeMemory(600) }
    let big = Interpreter()
    do { try big.chargeMemory(200_000 * 200_000 * 8); Issue.record("allocated 320 GB") } catch let e as PyException {
      #expect(e.kind == .memory)
      #expect(e.message.contains("GiB"))
    } catch { Issue.record("unexpected \(error)") }
  }

  @Test func interruptStopsWithinMillisecondsAndKeepsVariables() throws {
    let interp = Interpreter()
    let flag = interp.interrupt
    let worker = UncheckedBox(interp)
    let done = DispatchSemaphore(value: 0)
    let running = DispatchSemaphore(value: 0)
    // the loop says when it runs (a sleep would race with a busy machine)
    interp.setBuiltin("running", .builtin(BuiltinFunction(name: "running") { _ in running.signal(); return .none }))
    let result = ResultBox()
    Thread.detachNewThread {
      do throws(Diagnostic) {
        result.value = .success(try worker.value.run(
          source: "n = 0\nwhile True:\n    n += 1\n    if n == 1000:\n        running()\n", fileName: "loop.py"))
      } catch { result.value = .failure(error) }
      done.signal()
    }
    #expect(running.wait(timeout: .now() + 10) == .success)
    let t0 = Date()
    flag.set()
    #expect(done.wait(timeout: .now() + 5) == .success)
    #expect(Date().timeIntervalSince(t0) < 1)
    guard case .failure(let d)? = result.value else { Issue.record("loop did not stop with an error"); return }
    #expect(d.kind == .interrupted)
    guard case .int(let n)? = interp.global("n") else { Issue.record("n lost"); return }
    #expect(n > 0)
  }

  @Test func sessionsKeepGlobalsAcrossRunsAndSnapshotsRestoreThem() throws {
    let interp = Interpreter()
    _ = try interp.run(source: "a = 1\nb = [1]")
    let snap = interp.snapshot()
    _ = try interp.run(source: "a = 2\nc = 3")
    #expect(try interp.run(source: "a + c").map { try interp.repr($0) } == "5")
    interp.restore(snap)
    #expect(try interp.run(source: "a").map { try interp.repr($0) } == "1")
    #expect(interp.global("c") == nil)
    #expect(interp.globalNames == ["a", "b"])
  }

  @Test func writingOutsideTheWorkingFolderIsRefused() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("minipy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var out = ""
    let interp = Interpreter(workingDirectory: dir) { out += $0 }
    _ = try interp.run(source: "with open('notes.txt', 'w') as f:\n    f.write('hi\\n')\nprint(open('notes.txt').read().strip())")
    #expect(out == "hi\n")
    do { _ = try interp.run(source: "open('../escape.txt', 'w')"); Issue.record("wrote outside") } catch {
      #expect(error.pythonClassName == "PermissionError")
    }
    #expect(throws: Diagnostic.self) { try interp.run(source: "import os") }
    #expect(throws: Diagnostic.self) { try interp.run(source: "import subprocess") }
  }
}
