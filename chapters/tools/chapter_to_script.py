#!/usr/bin/env python3
"""Turn a chapter document into one plain MiniPy script, to run with `hocsau run` (and with
CPython, to compare the two outputs line by line) before the notebook can run chapters itself.

    python3 chapters/tools/chapter_to_script.py chapters/01-linear-regression.md OUT.py [--no-plt-stub] [--starters]

The script holds, in document order: every ```python cell (cells marked expect-error are run
inside try/except and must raise), and for each exercise its solution followed by its checks,
each check in try/except printing "check ID NAME: passed/FAILED …". A `plt` stub written in
MiniPy itself replaces matplotlib when --no-plt-stub is not given (the import lines are
removed), and the check helpers are defined in MiniPy. Lines "#### cell FILE:LINE" separate the
cells' outputs. With --starters each exercise's starter code and checks run first and the
script prints how many of its checks fail (it must be at least one). With --assertions the rows of
chapters/tools/assertions.md for the chapter are checked at the end ("assertion ok/FAILED").
--join-lines rewrites every statement onto one line (ast.unparse).
--time prints "#### time SECONDS LABEL" after every cell (an exercise's solution and its checks
count as one cell), to find cells slower than a second. SECONDS is the CPU time of the process
(`time.process_time`), about the wall time on an idle machine and still meaningful on a busy one:
    python3 chapters/tools/chapter_to_script.py chapters/03-backprop-xor.md /tmp/t.py --no-plt-stub --time
    .build/release/hocsau run /tmp/t.py | grep '^#### time' | sort -k3 -n -r | head

Run all five with MiniPy (the CSVs must sit beside the script, or in the assets folder):
    for c in chapters/0*.md; do python3 chapters/tools/chapter_to_script.py $c /tmp/t.py --starters --assertions;
      hocsau run /tmp/t.py | grep -E "FAILED|PASSES ALL|DID NOT RAISE"; done
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_with_cpython as r  # noqa: E402

PRELUDE_PLT = '''
class _PltStub:
    def __init__(self):
        self.calls = 0
    def _rec(self):
        self.calls = self.calls + 1
    def plot(self, a=None, b=None, fmt=None, label=None, c=None):
        self._rec()
    def scatter(self, a=None, b=None, c=None, s=None, label=None, edgecolors=None, marker=None):
        self._rec()
    def contourf(self, a=None, b=None, z=None, levels=None):
        self._rec()
    def imshow(self, a=None, cmap=None):
        self._rec()
    def hist(self, a=None, bins=None):
        self._rec()
    def bar(self, a=None, b=None):
        self._rec()
    def xlabel(self, a=None):
        self._rec()
    def ylabel(self, a=None):
        self._rec()
    def title(self, a=None):
        self._rec()
    def legend(self, a=None, loc=None):
        self._rec()
    def subplot(self, a=None, b=None, c=None):
        self._rec()
    def figure(self, figsize=None):
        self._rec()
    def show(self):
        self._rec()
    def xlim(self, a=None, b=None):
        self._rec()
    def ylim(self, a=None, b=None):
        self._rec()
    def grid(self, a=None):
        self._rec()
    def axis(self, a=None):
        self._rec()

plt = _PltStub()
'''

PRELUDE_CHECKS = '''
def expect_close(a, b, rtol=1e-5, atol=1e-8):
    a_ = np.array(a) * 1.0
    b_ = np.array(b) * 1.0
    if a_.shape != b_.shape and a_.size != 1 and b_.size != 1:
        raise AssertionError('shape %s, expected %s' % (a_.shape, b_.shape))
    bad = np.abs(a_ - b_) > atol + rtol * np.abs(b_)
    if np.sum(bad) > 0 or np.sum(a_ != a_) > 0:
        raise AssertionError('got %s, expected %s' % (a_, b_))
    return True

def expect_shape(a, shape):
    if tuple(np.array(a).shape) != tuple(shape):
        raise AssertionError('shape %s, expected %s' % (np.array(a).shape, tuple(shape)))
    return True

def expect_decreasing(losses, strict=False):
    v = np.array(losses).ravel()
    for i in range(1, v.shape[0]):
        if v[i] > v[i - 1] or (strict and v[i] == v[i - 1]):
            raise AssertionError('the losses are not decreasing')
    return True

def expect_accuracy(model, x, y, at_least):
    p = np.array(model.predict(x))
    pred = (p.ravel() >= 0.5) * 1
    acc = np.mean(pred == np.array(y).ravel())
    if acc < at_least:
        raise AssertionError('accuracy %s, expected at least %s' % (acc, at_least))
    return True
'''


def indent(code, n=4):
    return "\n".join((" " * n + line) if line.strip() else line for line in code.split("\n"))


def convert(path, stub_plt=True, starters=False, timed=False):
    cells = r.parse(path)
    name = os.path.basename(path)
    by_id = {}
    for c in cells:
        if c["kind"] in ("check", "solution"):
            by_id.setdefault(c["attrs"]["id"], {})[c["kind"]] = c
    out = ["import numpy as np", "import time as _time"]
    if stub_plt:
        out.append(PRELUDE_PLT)
    out.append(PRELUDE_CHECKS)

    def clean(code):
        if stub_plt:
            code = re.sub(r"^import matplotlib\.pyplot as plt\s*$", "pass", code, flags=re.M)
        return code

    def tick():
        if timed:
            out.append("_t0 = _time.process_time()")

    def tock(label):
        if timed:
            out.append("print('#### time %%.3f %s' %% (_time.process_time() - _t0))" % label)

    for c in cells:
        if c["kind"] == "python":
            out.append("print('#### cell %s:%d')" % (name, c["line"]))
            tick()
            code = clean(c["code"])
            if c["attrs"].get("expect-error"):
                try:
                    compile(code, "x", "exec")
                except SyntaxError:
                    out.append("print('(expect-error cell with a syntax error: skipped)')")
                    continue
                out.append("try:\n" + indent(code) + "\n    print('EXPECT-ERROR CELL DID NOT RAISE')\nexcept Exception:\n    print('(raised, as expected)')")
            else:
                out.append(code)
            tock("%s:%d" % (name, c["line"]))
        elif c["kind"] == "exercise":
            cid = c["attrs"]["id"]
            sol = by_id[cid]["solution"]
            if starters:
                # the starter first, with its checks: at least one must fail
                out.append("print('#### starter %s (%s:%d)')" % (cid, name, c["line"]))
                out.append("_failed = 0")
                out.append("try:\n" + indent(clean(c["code"])) + "\nexcept Exception as e:\n    _failed = _failed + 1")
                setup, checks = r.split_checks(by_id[cid]["check"]["code"])
                out.append("try:\n" + indent(setup if setup.strip() else "pass") + "\nexcept Exception as e:\n    _failed = _failed + 1")
                for cname, body in checks:
                    out.append("try:\n" + indent(body if body.strip() else "pass") + "\nexcept Exception as e:\n    _failed = _failed + 1")
                out.append("print('starter %s: %%d failing' %% _failed if _failed > 0 else 'starter %s: PASSES ALL CHECKS')" % (cid, cid))
            out.append("print('#### solution %s (%s:%d)')" % (cid, name, sol["line"]))
            tick()
            out.append(clean(sol["code"]))
            setup, checks = r.split_checks(by_id[cid]["check"]["code"])
            out.append(setup)
            for cname, body in checks:
                label = ("%s %s" % (cid, cname)).replace("'", "")
                out.append("try:\n" + indent(body if body.strip() else "pass") +
                           "\n    print('check %s: passed')\nexcept Exception as e:\n    print('check %s: FAILED', e)" % (label, label))
            tock("%s:%d exercise %s" % (name, c["line"], cid))
    return "\n".join(out) + "\n"


def assertion_lines(name):
    """MiniPy code checking every chapters/tools/assertions.md row of this chapter."""
    lines = []
    for ch, what, expected, tol, expr in r.load_assertions():
        if not name.startswith(ch):
            continue
        w = what.replace("'", "")
        if tol == "exact":
            if expected.startswith("'"):
                test = "assert (%s) == %s" % (expr, expected)
            else:
                test = ("assert np.sum(np.array(%s) != np.array(%s)) == 0 and np.array(%s).shape == np.array(%s).shape"
                        % (expr, expected, expr, expected))
        else:
            kind, v = tol.split()
            test = "expect_close(%s, %s, rtol=%s, atol=%s)" % (expr, expected, v if kind == "rel" else "0",
                                                                v if kind == "abs" else "0")
        lines.append("try:\n    %s\n    print('assertion ok: %s')\nexcept Exception as e:\n    print('assertion FAILED: %s', e)"
                     % (test, w, w))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    text = convert(src, "--no-plt-stub" not in sys.argv, "--starters" in sys.argv, "--time" in sys.argv)
    if "--assertions" in sys.argv:
        text += assertion_lines(os.path.basename(src))
    if "--join-lines" in sys.argv:
        # every statement on one line (works around MiniPy's multi-line bracket bug of 23 Nov;
        # needs Python 3.9+; comments are dropped)
        import ast
        text = ast.unparse(ast.parse(text)) + "\n"
    open(dst, "w", encoding="utf-8").write(text)
