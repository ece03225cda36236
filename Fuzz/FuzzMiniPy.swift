// libFuzzer entry point: every input is a MiniPy source file (bytes), decoded, lexed, parsed and
// run with limits. A crash, a hang beyond libFuzzer's timeout, or an ASan report is a bug.
// Build and run with `Fuzz/run.sh`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMiniPy(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let source = try? Interpreter.decodeSource(bytes, fileName: "<fuzz>") else { return 0 }
  let interp = Interpreter(
    limits: Limits(wallTime: 1, statements: 20_000, memoryBytes: 1 << 24, recursionDepth: 150)
  ) { _ in }
  do {
    _ = try interp.run(source: source, fileName: "<fuzz>")
  } catch {
    _ = error.rendered()
  }
  return 0
}
