#!/bin/sh
# Runs every MiniPy test script through CPython and checks its `# expect:` lines (stdout, in
# order) and `# expect error:` (the uncaught exception's "Class: message" contains the text).
# Usage: Tests/MiniPyTests/verify_with_cpython.sh [python3]
PY=${1:-python3}
DIR=$(cd "$(dirname "$0")/Scripts" && pwd)
exec "$PY" - "$DIR" <<'PYEOF'
import os, subprocess, sys
root = sys.argv[1]
bad = 0; total = 0
for dirpath, _, files in os.walk(root):
    for f in sorted(files):
        if not f.endswith(".py"): continue
        path = os.path.join(dirpath, f)
        src = open(path, encoding="utf-8").read().split("\n")
        outs, err = [], None
        for i, line in enumerate(src):
            if "# expect error: " in line: err = (i + 1, line.split("# expect error: ", 1)[1])
            elif "# expect: " in line: outs.append((i + 1, line.split("# expect: ", 1)[1]))
        p = subprocess.run([sys.executable, f], cwd=dirpath, capture_output=True, text=True, timeout=60)
        got = p.stdout.split("\n")
        if got and got[-1] == "": got.pop()
        total += 1
        name = os.path.relpath(path, root)
        for k, (ln, text) in enumerate(outs):
            if k >= len(got) or got[k] != text:
                print(f"{name}:{ln}: CPython printed {got[k] if k < len(got) else '<nothing>'!r}, expected {text!r}")
                bad += 1; break
        if len(got) > len(outs):
            print(f"{name}: CPython printed extra lines: {got[len(outs):][:3]}"); bad += 1
        if err:
            last = p.stderr.strip().split("\n")[-1] if p.stderr.strip() else ""
            if err[1] not in last:
                print(f"{name}:{err[0]}: CPython's error {last!r} does not contain {err[1]!r}"); bad += 1
        elif p.returncode != 0:
            print(f"{name}: CPython failed: {p.stderr.strip().splitlines()[-1:]}"); bad += 1
print(f"{total} scripts checked against {sys.version.split()[0]}, {bad} mismatches")
sys.exit(1 if bad else 0)
PYEOF
