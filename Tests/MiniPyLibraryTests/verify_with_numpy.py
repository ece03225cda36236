#!/usr/bin/env python3
"""Runs the MiniPyLibrary script tests through real CPython + NumPy (+ pandas, scikit-learn).

Each script's `# expect: <line>` comments must equal, in order, the lines the script prints;
a top-level statement carrying `# expect error: <text>` must raise an exception whose message
contains <text> (execution then continues with the next statement, in the same namespace, as
the Swift runner does). Scripts whose first line contains `minipy-only` are skipped.

  verify_with_numpy.py [--update] [FILES...]

--update rewrites the `# expect:` lines from what CPython printed: output of a one-line
statement that prints one line goes on that line, other output goes on `# expect:` lines after
the statement. Each script runs in a fresh temporary working folder.
"""
import ast, contextlib, io, os, re, sys, tempfile, traceback

EXPECT = re.compile(r"#\s*expect:\s?(.*)$")
EXPECT_ERROR = re.compile(r"#\s*expect error:\s*(.*)$")


def strip_expect(line):
    m = re.search(r"\s*#\s*expect:.*$", line)
    return line[: m.start()] if m else line


def run(path, update):
    src_lines = open(path).read().split("\n")
    if src_lines and "minipy-only" in src_lines[0]:
        return 0, 0
    # Remove previous `# expect:` comments (whole-line ones and trailing ones) for parsing/updating.
    clean = []
    for line in src_lines:
        if re.match(r"^\s*#\s*expect:", line):
            clean.append(None)  # dropped
        else:
            clean.append(strip_expect(line))
    kept = [l for l in clean if l is not None]
    tree = ast.parse("\n".join(kept))
    ns = {"__name__": "__main__"}
    failures = 0
    out_lines = list(kept)
    inserts = {}  # index (0-based line after which to insert) -> lines
    inline = {}
    cwd = os.getcwd()
    script_dir = os.path.dirname(os.path.abspath(path))
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            for stmt in tree.body:
                first, last = stmt.lineno - 1, stmt.end_lineno - 1
                err = None
                for i in range(first, last + 1):
                    m = EXPECT_ERROR.search(kept[i])
                    if m: err = m.group(1).strip()
                buf = io.StringIO()
                code = compile(ast.Module([stmt], []), path, "exec")
                try:
                    with contextlib.redirect_stdout(buf):
                        exec(code, ns)
                    if err is not None:
                        print(f"{path}:{first+1}: expected error containing {err!r}, but nothing was raised")
                        failures += 1
                except Exception as e:
                    msg = f"{type(e).__name__}: {e}"
                    if err is None:
                        print(f"{path}:{first+1}: unexpected error {msg}")
                        failures += 1
                    elif err not in msg:
                        print(f"{path}:{first+1}: error {msg!r} does not contain {err!r}")
                        failures += 1
                printed = buf.getvalue().split("\n")
                if printed and printed[-1] == "": printed.pop()
                if not printed: continue
                if first == last and len(printed) == 1 and "#" not in kept[first]:
                    inline[first] = printed[0]
                else:
                    inserts[last] = printed
        finally:
            os.chdir(cwd)
    # Build the expected file text.
    new = []
    for i, line in enumerate(kept):
        if i in inline:
            new.append(f"{line.rstrip()}  # expect: {inline[i]}")
        else:
            new.append(line)
        for p in inserts.get(i, []):
            new.append(f"# expect: {p}")
    new_text = "\n".join(new)
    old_text = "\n".join(src_lines)
    if new_text != old_text:
        if update:
            open(path, "w").write(new_text)
            print(f"updated {path}")
        else:
            failures += 1
            old_exp = [EXPECT.search(l).group(1) for l in src_lines if EXPECT.search(l)]
            new_exp = [EXPECT.search(l).group(1) for l in new if EXPECT.search(l)]
            for k, (a, b) in enumerate(zip(old_exp, new_exp)):
                if a != b:
                    print(f"{path}: expectation {k+1}: script says {a!r}, CPython printed {b!r}")
                    break
            else:
                if len(old_exp) != len(new_exp):
                    print(f"{path}: {len(old_exp)} expectations, CPython printed {len(new_exp)} lines")
                else:
                    print(f"{path}: expectations placed differently from CPython's output (run --update)")
    cases = sum(1 for l in new if EXPECT.search(l) or EXPECT_ERROR.search(l))
    return failures, cases


def main():
    args = sys.argv[1:]
    update = "--update" in args
    files = [a for a in args if a != "--update"]
    if not files:
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Scripts")
        for d, _, fs in os.walk(root):
            files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")]
    total_fail = total_cases = 0
    for f in sorted(files):
        fail, cases = run(f, update)
        total_fail += fail
        total_cases += cases
    print(f"{len(files)} scripts, {total_cases} expectations, {total_fail} failures")
    sys.exit(1 if total_fail else 0)


main()
