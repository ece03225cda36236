// MiniPy — the cell language: a Python 3 subset with a small, explicit host API.
//
// Files, in the order a program goes through them:
//   Lexer.swift        source → tokens (INDENT/DEDENT, brackets, `\`, f-string raw text)
//   Parser.swift       tokens → syntax tree (AST.swift), recording each scope's names
//   Resolver.swift     names → local slots, closure cells or global entries (once per parse)
//   EvalExpr.swift     expression nodes and how they evaluate
//   EvalStmt.swift     statement nodes and how they execute
//   Frame.swift        activation records, argument binding, the per-statement tick
//   Runtime*.swift     operators, truth, equality, attributes, items, calls, exceptions
//   Builtins.swift     print, len, range, sorted, int, float, ... and the builtin types
//   Methods.swift      str/list/dict/set/tuple methods
//   Format.swift       repr/str, Python's float repr, format specs, %-formatting, str.format
//   Modules.swift      math, time, copy, sys, and `open` inside the working folder
//   Run.swift          Interpreter.run, source decoding, completion, large-stack threads
//
// The host API (what MiniPyLibrary, Notebook and the commands use):
//   Interpreter        run(source:fileName:) throws(Diagnostic) -> Value?; global/setGlobal,
//                      snapshot/restore; registerModule(name:_:) / (name:loader:); output;
//                      interrupt (InterruptFlag); limits (Limits); workingDirectory,
//                      searchDirectories, resolvePath; chargeMemory; lineHook; call, callMethod,
//                      binary, compare, getItem, setItem, getAttribute, iterate, isTruthy, repr,
//                      str, format, toDouble, toInt; completions(for:); needsMoreInput;
//                      decodeSource; runOnLargeStack.
//   Value              the enum of MiniPy values; `.object(any PyObject)` for host objects.
//   PyObject           the protocol host types implement (every requirement has a default).
//   BuiltinFunction    a Swift function callable from MiniPy; `Arguments` parses its arguments.
//   PyModule           a module of host values (`np`, `plt`), with a fallback for missing names.
//   Diagnostic         a learner's error: kind, message, range, hint, Python class, traceback;
//                      `rendered()` gives the Python-like text with a caret.
//   PyException        what host code throws to raise a Python exception.
//
// Deliberate limits (each answered with a clear diagnostic): ints are 64-bit (OverflowError
// beyond), no generators (`yield`), no `async`, no `:=`, no bytes, no complex numbers, no
// `input()`, no os/subprocess/network modules; `open` writes only inside the working folder.
// Generator expressions are evaluated eagerly into lists. `interrupted` and `limit` errors
// cannot be caught by `except` (so untrusted code cannot swallow them).
