#!/usr/bin/env python3
"""Writes `# expect:` comments into MiniPy test scripts from what CPython prints.

Usage: python3 Tests/MiniPyTests/fill_expectations.py SCRIPT.py...

Each print's output lines are attached to the top-level statement that produced them: inline on
a one-line statement, or as comment lines after a block (so file order is output order). Existing `# expect:`
comments are replaced; `# expect error:` lines are kept (the script must raise there).
"""
import ast, builtins, io, os, sys, traceback

def fill(path):
    src = open(path, encoding="utf-8").read().split("\n")
    clean = []
    for line in src:
        if line.strip().startswith("# expect: "):
            continue
        if "  # expect: " in line:
            line = line.split("  # expect: ")[0]
        clean.append(line)
    code = "\n".join(clean)
    records = []   # (lineno, text): each line is attributed to the print that ended it
    pending = [""]
    real_print = builtins.print
    def tracing_print(*args, **kw):
        buf = io.StringIO()
        kw2 = dict(kw); kw2["file"] = buf
        real_print(*args, **kw2)
        frame = sys._getframe(1)
        ln = len(clean)
        while frame:
            if frame.f_code.co_filename == path: ln = frame.f_lineno
            frame = frame.f_back
        for ch in buf.getvalue():
            if ch == "\n":
                records.append((ln, pending[0])); pending[0] = ""
            else:
                pending[0] += ch
    builtins.print = tracing_print
    cwd = os.getcwd()
    os.chdir(os.path.dirname(os.path.abspath(path)))
    try:
        exec(compile(code, path, "exec"), {"__name__": "__main__"})
    except BaseException as e:
        tb = traceback.extract_tb(e.__traceback__)
        ln = [f for f in tb if f.filename == path][-1].lineno
        if "# expect error: " not in clean[ln - 1]:
            real_print(f"{path}:{ln}: uncaught {type(e).__name__}: {e} (no '# expect error:' there)", file=sys.stderr)
    finally:
        builtins.print = real_print
        os.chdir(cwd)
    tops = [(n.lineno, n.end_lineno) for n in ast.parse(code).body]
    def top(ln):
        for a, b in tops:
            if a <= ln <= b: return (a, b)
        return (ln, ln)
    by_stmt = {}
    for ln, t in records:
        by_stmt.setdefault(top(ln), []).append(t)
    after = {}
    inline = {}
    for (a, b), texts in by_stmt.items():
        if a == b and "#" not in clean[a - 1]:
            inline[a] = texts[0]; after[a] = texts[1:]
        else:
            after[b] = texts
    out = []
    for i, line in enumerate(clean, 1):
        out.append(f"{line}  # expect: {inline[i]}" if i in inline else line)
        out += [f"# expect: {t}" for t in after.get(i, [])]
    open(path, "w", encoding="utf-8").write("\n".join(out))

for p in sys.argv[1:]:
    fill(os.path.abspath(p))
