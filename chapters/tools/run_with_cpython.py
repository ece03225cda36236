#!/usr/bin/env python3
"""Run hocsau chapter documents with real CPython + NumPy, as a stand-in for MiniPy.

    python3 chapters/tools/run_with_cpython.py chapters/01-linear-regression.md [--show] [--assertions]
    python3 chapters/tools/run_with_cpython.py --all

What it does, per chapter (in document order, one shared namespace, as a session would):
  * ```python cells run as they are;
  * at an ```exercise id=X cell: the starter code, then every ```check id=X block, run on a copy
    of the session (they must FAIL: an AssertionError or any error), then the ```solution id=X
    in the starter's place followed by the checks, in the session itself (they must PASS);
  * hints are not run.
The cells see a MiniPy-like world, to catch code MiniPy will not run:
  * `import numpy as np` gives a proxy exposing only DESIGN.md's np list (np.random, np.linalg
    likewise); `import matplotlib.pyplot as plt` gives a stub that records calls and draws nothing,
    with only the listed plt functions; `import pandas as pd` exposes read_csv only;
    `from sklearn.linear_model import LinearRegression, LogisticRegression` is real scikit-learn;
  * builtins are DESIGN.md's list (+ type, exceptions); the check helpers expect_close,
    expect_shape, expect_decreasing, expect_accuracy exist only while checks run;
  * the source is parsed first and rejected if it uses syntax outside MiniPy's list (generator
    expressions, with, decorators, set/dict comprehensions, *args/**kwargs, yield, walrus, ...).
  * cwd is a scratch folder holding copies of assets/*.csv, so data files resolve by name and
    np.save/np.savez write nowhere in the repository.
With --assertions it then evaluates every row of chapters/tools/assertions.md for that chapter in
the final session (solution mode) and compares with the expected value and tolerance.
Exit status 0 only if everything passed.
"""
import ast
import builtins
import copy
import glob
import io
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
import types
import contextlib

import numpy as real_np

str(real_np.zeros(1)); repr(real_np.zeros(1))   # let NumPy set up its printing with the real import

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# --------------------------------------------------------------------------- MiniPy's surface

NP_NAMES = """array zeros ones full zeros_like ones_like arange linspace eye empty
dot matmul sum mean max min argmax argmin std var
exp log sqrt abs tanh square power maximum minimum clip where sign round floor
reshape transpose flatten ravel squeeze expand_dims concatenate hstack vstack stack pad copy
save load savez savetxt loadtxt float32 float64 newaxis sin cos pi e
add subtract multiply divide empty_like""".split()
NP_RANDOM = "seed rand randn normal uniform randint shuffle permutation choice".split()
NP_LINALG = "inv pinv solve norm".split()
# DESIGN.md's plt list, plus contourf (MiniPy's plt has it; chapter 03 shades decision regions)
PLT_NAMES = "plot scatter imshow hist bar xlabel ylabel title legend subplot figure show xlim ylim grid axis imread contourf".split()
BUILTIN_NAMES = """print len range enumerate zip min max abs sum round int float str bool list tuple
dict set sorted reversed isinstance map filter any all type""".split()
EXCEPTIONS = """Exception AssertionError ValueError TypeError IndexError KeyError ZeroDivisionError
RuntimeError NameError AttributeError ArithmeticError OverflowError""".split()


class Restricted(types.SimpleNamespace):
    pass


def restricted_module(mod, names, label):
    ns = Restricted()
    for n in names:
        if n == "flatten":          # ndarray method only; keep the name off np
            continue
        setattr(ns, n, getattr(mod, n))
    ns.__label__ = label
    return ns


def make_np():
    np_ = restricted_module(real_np, NP_NAMES, "np")
    np_.random = restricted_module(real_np.random, NP_RANDOM, "np.random")
    np_.linalg = restricted_module(real_np.linalg, NP_LINALG, "np.linalg")
    return np_


class PltStub:
    """Records every plt call; draws nothing. Only DESIGN.md's plt functions exist."""

    def __init__(self):
        self.calls = []       # all calls, in order
        self.figures = []     # one list of calls per plt.show()
        self.current = []

    def _rec(self, name, args, kwargs):
        for a in args:        # the same check a plot library would do: numbers only
            if isinstance(a, str):
                continue
            arr = real_np.asarray(a)
            if arr.dtype == object:
                raise ValueError("plt.%s: argument is not numeric: %r" % (name, a))
        self.calls.append((name, args, kwargs))
        self.current.append((name, args, kwargs))

    def __getattr__(self, name):
        if name not in PLT_NAMES:
            raise AttributeError("not supported in MiniPy: plt.%s" % name)

        def f(*args, **kwargs):
            if name == "imread":
                return imread_png(*args, **kwargs)
            if name == "show":
                self.figures.append(self.current)
                self.current = []
                return None
            self._rec(name, args, kwargs)
            if name == "contourf":
                # contourf(X, Y, Z, levels=...): X, Y and Z of one shape, as matplotlib requires
                shapes = [real_np.shape(a) for a in args[:3]]
                if len(shapes) == 3 and not (shapes[0] == shapes[1] == shapes[2] and len(shapes[2]) == 2):
                    raise ValueError("plt.contourf: X, Y, Z shapes %s" % (shapes,))
            if name in ("plot", "scatter"):
                # shape check the way matplotlib does it
                nums = [a for a in args if not isinstance(a, str)]
                if len(nums) == 2:
                    a, b = [real_np.asarray(v, dtype=float).ravel() for v in nums]
                    if a.size != b.size:
                        raise ValueError("plt.%s: x and y differ in size: %d vs %d" % (name, a.size, b.size))
            return None
        return f


def make_pd():
    import pandas
    ns = Restricted()
    ns.read_csv = pandas.read_csv
    return ns


def make_sklearn_linear_model():
    from sklearn import linear_model
    ns = Restricted()
    ns.LinearRegression = linear_model.LinearRegression
    ns.LogisticRegression = linear_model.LogisticRegression
    return ns


# --------------------------------------------------------------------------- check helpers

def expect_close(a, b, rtol=1e-5, atol=1e-8):
    a_ = real_np.asarray(a, dtype=float)
    b_ = real_np.asarray(b, dtype=float)
    if a_.shape != b_.shape and a_.size != 1 and b_.size != 1:
        raise AssertionError("shape %s, expected %s" % (a_.shape, b_.shape))
    if not real_np.all(real_np.abs(a_ - b_) <= atol + rtol * real_np.abs(b_)):
        raise AssertionError("got %s, expected %s (rtol %g, atol %g)" % (a_, b_, rtol, atol))
    return True


def expect_shape(a, shape):
    if tuple(real_np.shape(a)) != tuple(shape):
        raise AssertionError("shape %s, expected %s" % (tuple(real_np.shape(a)), tuple(shape)))
    return True


def expect_decreasing(losses, strict=False):
    v = real_np.asarray(losses, dtype=float).ravel()
    if v.size < 2 or real_np.any(real_np.isnan(v)):
        raise AssertionError("need at least two losses, none NaN")
    ok = real_np.all(v[1:] < v[:-1]) if strict else real_np.all(v[1:] <= v[:-1])
    if not ok:
        raise AssertionError("the losses are not decreasing")
    return True


def expect_accuracy(model, x, y, at_least):
    raw = model.predict(x) if hasattr(model, "predict") else model(x)
    p = real_np.asarray(raw)
    y_ = real_np.asarray(y).ravel()
    if p.ndim == 2 and p.shape[1] > 1:
        pred = real_np.argmax(p, axis=1)
    elif p.dtype.kind in "iub":
        pred = p.ravel().astype(int)
    else:
        pred = (p.ravel() >= 0.5).astype(int)
    acc = real_np.mean(pred == y_)
    if acc < at_least:
        raise AssertionError("accuracy %.3f, expected at least %.3f" % (acc, at_least))
    return True


# --------------------------------------------------------------------------- images, conv_visualizer

def _resolve_read(path):
    """The working folder, then ../assets/ (as MiniPy's searchDirectories)."""
    if os.path.exists(path):
        return path
    for base in (os.path.join(ROOT, "chapters"), os.path.join(ROOT, "assets")):
        q = os.path.join(base, path)
        if os.path.exists(q):
            return q
    raise FileNotFoundError("[Errno 2] No such file or directory: '%s'" % path)


def imread_png(path):
    """matplotlib.pyplot.imread for 8-bit PNGs: float32 in [0, 1]; (H, W), (H, W, 3) or (H, W, 4)."""
    import struct
    import zlib
    data = open(_resolve_read(path), "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file: %s" % path)
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    assert depth == 8 and interlace == 0, "only 8-bit non-interlaced PNGs in this stub"
    raw = zlib.decompress(idat)
    stride = w * channels
    out = bytearray(h * stride)
    prev = bytearray(stride)
    p = 0
    for r in range(h):
        f = raw[p]; line = bytearray(raw[p + 1:p + 1 + stride]); p += 1 + stride
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if (pa <= pb and pa <= pc) else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        out[r * stride:(r + 1) * stride] = line
        prev = line
    arr = real_np.frombuffer(bytes(out), dtype=real_np.uint8).reshape(h, w, channels)
    if channels == 1:
        arr = arr[:, :, 0]
    elif channels == 2:    # gray + alpha: matplotlib gives RGBA
        g_, a_ = arr[:, :, 0], arr[:, :, 1]
        arr = real_np.stack([g_, g_, g_, a_], axis=2)
    return arr.astype(real_np.float32) / real_np.float32(255)


def _fmt(x, paren=False):
    """ConvWalkthrough.format: integers without a point, else up to 4 decimals; true minus."""
    x = float(x)
    if x == round(x) and abs(x) < 1e15:
        s = str(int(abs(x)))
    else:
        s = ("%.4f" % abs(x)).rstrip("0").rstrip(".")
    if x < 0 and s != "0":
        s = "\u2212" + s
        if paren:
            s = "(" + s + ")"
    return s


def conv_visualizer(image, kernel, stride=1, padding=0):
    """Text mode of MiniPy's conv_visualizer: the first 6 steps (ConvWalkthrough.textSteps(6))."""
    x = real_np.asarray(image, dtype=float)
    k = real_np.asarray(kernel, dtype=float)
    if x.ndim == 3:
        raise ValueError("conv_visualizer: the image has shape %s, a colour image; convert it to grayscale first" % (x.shape,))
    if x.ndim != 2 or k.ndim != 2:
        raise ValueError("conv_visualizer: image and kernel must be 2-D")
    p, s = padding, stride
    xp = real_np.pad(x, p)
    lines = ["Convolution of a %d\u00d7%d input with a %d\u00d7%d kernel, stride %d, padding %d" % (x.shape + k.shape + (s, p))]
    def formula(n, kk):
        num = n - kk + 2 * p
        if num < 0:
            return None
        fl = num % s != 0
        return "%s(%d \u2212 %d + 2\u00b7%d)/%d%s + 1 = %d" % ("\u230a" if fl else "", n, kk, p, s, "\u230b" if fl else "", num // s + 1)
    fr, fc = formula(x.shape[0], k.shape[0]), formula(x.shape[1], k.shape[1])
    if fr is None or fc is None:
        lines.append("No output: the %d\u00d7%d kernel does not fit in the %d\u00d7%d padded input: add padding or use a smaller kernel."
                     % (k.shape + xp.shape))
        print("\n".join(lines))
        return None
    lines.append("Output size: rows %s, columns %s" % (fr, fc))
    oh = (xp.shape[0] - k.shape[0]) // s + 1
    ow = (xp.shape[1] - k.shape[1]) // s + 1
    y = real_np.zeros((oh, ow))
    for r in range(oh):
        for c in range(ow):
            y[r, c] = real_np.sum(xp[r * s:r * s + k.shape[0], c * s:c * s + k.shape[1]] * k)
    n = oh * ow
    for i in range(min(6, n)):
        r, c = divmod(i, ow)
        win = xp[r * s:r * s + k.shape[0], c * s:c * s + k.shape[1]]
        terms = " + ".join("%s\u00d7%s" % (_fmt(a, True), _fmt(b, True)) for a, b in zip(win.ravel(), k.ravel()))
        lines.append("step %d/%d, output[%d][%d]: %s = %s" % (i + 1, n, r, c, terms, _fmt(y[r, c])))
    if n > 6:
        lines.append("\u2026 %d more steps" % (n - 6))
    if oh > 12 or ow > 12:    # ConvVisualizerBinding.text: big outputs are summarised
        lines.append("Output: %d\u00d7%d, values from %s to %s (too many to print)" % (oh, ow, _fmt(y.min()), _fmt(y.max())))
        print("\n".join(lines))
        return None
    lines.append("Output:")
    cells = [[_fmt(v) for v in row] for row in y]
    wdt = max(len(c) for row in cells for c in row)
    for row in cells:
        lines.append("  " + " ".join(c.rjust(wdt) for c in row))
    print("\n".join(lines))
    return None


CLASSIC_KERNELS = [
    ("identity", [[0, 0, 0], [0, 1, 0], [0, 0, 0]]),
    ("edge detection 1", [[1, 0, -1], [0, 0, 0], [-1, 0, 1]]),
    ("edge detection 2", [[0, 1, 0], [1, -4, 1], [0, 1, 0]]),
    ("edge detection 3", [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
    ("sharpen", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    ("box blur", [[1 / 9] * 3] * 3),
    ("Gaussian blur", [[1 / 16, 2 / 16, 1 / 16], [2 / 16, 4 / 16, 2 / 16], [1 / 16, 2 / 16, 1 / 16]]),
    ("Sobel x", [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
    ("Sobel y", [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
]


def classic_kernels():
    return {name: [list(r) for r in k] for name, k in CLASSIC_KERNELS}


CHECK_HELPERS = dict(expect_close=expect_close, expect_shape=expect_shape,
                     expect_decreasing=expect_decreasing, expect_accuracy=expect_accuracy)

# --------------------------------------------------------------------------- syntax subset


class SubsetError(Exception):
    pass


def check_subset(src, where):
    tree = ast.parse(src, where)
    bad = {
        ast.GeneratorExp: "generator expression", ast.SetComp: "set comprehension",
        ast.DictComp: "dict comprehension", ast.With: "with", ast.Yield: "yield",
        ast.YieldFrom: "yield from", ast.NamedExpr: "walrus :=", ast.AsyncFunctionDef: "async",
        ast.Await: "await", ast.Starred: "*args", ast.Nonlocal: "nonlocal",
        ast.Set: "set literal",
    }
    if hasattr(ast, "Match"):
        bad[ast.Match] = "match"
    for node in ast.walk(tree):
        for t, what in bad.items():
            if isinstance(node, t):
                raise SubsetError("%s line %d: not supported in MiniPy: %s" % (where, node.lineno, what))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.decorator_list:
            raise SubsetError("%s line %d: decorators are not in MiniPy" % (where, node.lineno))
        if isinstance(node, ast.FunctionDef):
            if node.args.vararg or node.args.kwarg or node.args.kwonlyargs:
                raise SubsetError("%s line %d: *args/**kwargs not in MiniPy" % (where, node.lineno))
        if isinstance(node, ast.Call):
            for k in node.keywords:
                if k.arg is None:
                    raise SubsetError("%s line %d: **kwargs call not in MiniPy" % (where, node.lineno))
        if isinstance(node, ast.Compare):
            for op in node.ops:
                if isinstance(op, (ast.Is, ast.IsNot)):
                    raise SubsetError("%s line %d: 'is' is not in MiniPy's list; use ==" % (where, node.lineno))
        if isinstance(node, ast.JoinedStr):
            pass
        if isinstance(node, ast.Attribute) and node.attr in ("join", "split", "strip", "upper", "lower", "replace"):
            raise SubsetError("%s line %d: str.%s is not in MiniPy's list" % (where, node.lineno, node.attr))
    return tree


# --------------------------------------------------------------------------- documents

FENCE = re.compile(r"^```(\S*)(.*)$")


def parse(path):
    cells = []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        kind, rest = m.group(1), m.group(2)
        start = i + 1
        j = start
        while j < len(lines) and lines[j].rstrip() != "```":
            j += 1
        if j == len(lines):
            raise SystemExit("%s:%d: unclosed fence" % (path, i + 1))
        attrs = dict(re.findall(r"([\w-]+)=(\S+)", rest))
        for word in rest.split():
            if "=" not in word:
                attrs[word] = True
        if kind in ("python", "exercise", "check", "hint", "solution"):
            cells.append(dict(kind=kind, attrs=attrs, code="\n".join(lines[start:j]) + "\n", line=i + 1))
        i = j + 1
    return cells


def make_globals():
    np_ = make_np()
    plt = PltStub()
    try:                      # chapters that do not use them run without pandas/scikit-learn
        pd_ = make_pd()
    except ImportError:
        pd_ = None
    try:
        skl = make_sklearn_linear_model()
    except ImportError:
        skl = None
    modules = {"numpy": np_, "matplotlib.pyplot": plt, "pandas": pd_,
               "sklearn.linear_model": skl}

    def imp(name, globals_=None, locals_=None, fromlist=(), level=0):
        if name in modules and modules[name] is None:
            raise ImportError("%s is not installed for this CPython" % name)
        if name in modules:
            if name == "matplotlib.pyplot" and not fromlist:
                # `import matplotlib.pyplot as plt` binds the top package, then .pyplot
                m = Restricted()
                m.pyplot = plt
                return m
            return modules[name]
        if name.startswith("numpy.") or name.startswith("pandas.") or name.startswith("sklearn."):
            return builtins.__import__(name, globals_, locals_, fromlist, level)   # library internals
        raise ImportError("not supported in MiniPy: import %s" % name)

    b = {n: getattr(builtins, n) for n in BUILTIN_NAMES}
    for n in EXCEPTIONS:
        b[n] = getattr(builtins, n)
    b["conv_visualizer"] = conv_visualizer
    b["progress"] = lambda iterable, label="step": iterable  # MiniPy draws a bar in the app
    b["classic_kernels"] = classic_kernels
    b["__import__"] = imp
    b["__build_class__"] = builtins.__build_class__
    b["__name__"] = "__main__"
    g = {"__builtins__": b, "__name__": "__main__"}
    return g, plt


def snapshot(g):
    s = {}
    for k, v in g.items():
        try:
            s[k] = copy.deepcopy(v)
        except Exception:
            s[k] = v
    return s


def run_code(code, g, where, show, out_lines):
    try:
        check_subset(code, where)
    except SyntaxError as e:
        return e, 0.0, ""
    buf = io.StringIO()
    t0 = time.perf_counter()
    err = None
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(code, where, "exec"), g)
        except Exception as e:  # noqa
            err = e
    dt = time.perf_counter() - t0
    text = buf.getvalue()
    if show and text:
        out_lines.append(text)
    return err, dt, text


CHECK_LINE = re.compile(r"^#\s*check:\s*(.*?)\s*$")


def split_checks(code):
    setup, checks = [], []
    for line in code.split("\n"):
        m = CHECK_LINE.match(line)
        if m:
            words = m.group(1).split()
            label = " ".join(w for w in words if w != "hidden" and not w.startswith("weight="))
            checks.append([label, []])
        elif checks:
            checks[-1][1].append(line)
        else:
            setup.append(line)
    if not checks:
        return "", [["check", setup]]
    return "\n".join(setup), [[n, "\n".join(body)] for n, body in checks]


def run_checks(code, g, where):
    """Run a check block the way Notebook does; returns [(name, status, message)]."""
    setup, checks = split_checks(code)
    base = snapshot(g)
    base.update(CHECK_HELPERS)
    results = []
    if setup.strip():
        err, _, _ = run_code(setup, base, where + " setup", False, [])
        if err is not None:
            return [(n, "error", "setup: %s: %s" % (type(err).__name__, err)) for n, _ in checks]
    for n, body in checks:
        g3 = snapshot(base)
        err, _, _ = run_code(body, g3, where + " " + n, False, [])
        if err is None:
            results.append((n, "passed", ""))
        elif isinstance(err, AssertionError):
            results.append((n, "failed", str(err)))
        else:
            results.append((n, "error", "%s: %s" % (type(err).__name__, err)))
    return results


def run_chapter(path, show=False, assertions=False):
    cells = parse(path)
    name = os.path.basename(path)
    by_id = {}
    for c in cells:
        if c["kind"] != "python":
            cid = c["attrs"].get("id")
            if cid is None:
                raise SystemExit("%s:%d: %s block without id" % (path, c["line"], c["kind"]))
            by_id.setdefault(cid, {"exercise": [], "check": [], "hint": [], "solution": []})[c["kind"]].append(c)
    problems = []
    for cid, blocks in by_id.items():
        if len(blocks["exercise"]) != 1 or len(blocks["solution"]) != 1 or len(blocks["check"]) != 1:
            problems.append("exercise %s: needs exactly one exercise, one solution and one check block" % cid)
        if len(blocks["hint"]) < 2:
            problems.append("exercise %s: only %d hint(s)" % (cid, len(blocks["hint"])))
    scratch = tempfile.mkdtemp(prefix="hocsau-ch-")
    for f in glob.glob(os.path.join(ROOT, "assets", "*.csv")) + glob.glob(os.path.join(os.path.dirname(path), "*.csv")):
        shutil.copy(f, scratch)
    old = os.getcwd()
    os.chdir(scratch)
    g, plt = make_globals()
    report = []
    out = []
    slow = []
    n_py = n_ex = 0
    try:
        for c in cells:
            where = "%s:%d" % (name, c["line"])
            if c["kind"] == "python":
                n_py += 1
                if show:
                    out.append("---- %s (python)\n" % where)
                nfig = len(plt.figures)
                err, dt, text = run_code(c["code"], g, where, show, out)
                if show and len(plt.figures) > nfig:
                    out.append("     [%d figure(s): %s]\n" % (len(plt.figures) - nfig, "; ".join(
                        ",".join(sorted(set(k for k, _, _ in fig))) for fig in plt.figures[nfig:])))
                if c["attrs"].get("expect-error"):
                    if err is None:
                        report.append("FAIL %s: expect-error cell did not raise" % where)
                    elif show:
                        out.append("     (raised, as expected) " + traceback.format_exception_only(type(err), err)[-1])
                elif err is not None:
                    report.append("FAIL %s: python cell raised %s: %s" % (where, type(err).__name__, err))
                    if show:
                        out.append(traceback.format_exception_only(type(err), err)[-1])
                if dt > 0.25:
                    slow.append("%s %.2fs" % (where, dt))
            elif c["kind"] == "exercise":
                n_ex += 1
                cid = c["attrs"]["id"]
                blocks = by_id[cid]
                check = blocks["check"][0]
                cwhere = "%s:%d check" % (name, check["line"])
                # 1. starter + checks on a copy of the session: at least one check must fail
                g2 = snapshot(g)
                plt_calls = len(plt.calls)
                err, _, _ = run_code(c["code"], g2, where + " starter", False, out)
                if err is not None:
                    results = [("(starter)", "error", "%s: %s" % (type(err).__name__, err))]
                else:
                    results = run_checks(check["code"], g2, cwhere)
                del plt.calls[plt_calls:]
                plt.current = []
                bad = [r for r in results if r[1] != "passed"]
                if not bad:
                    report.append("FAIL %s exercise %s: the starter code PASSES all %d checks" % (where, cid, len(results)))
                else:
                    report.append("ok   exercise %-5s starter: %d/%d checks fail (first: %s %s: %s)"
                                  % (cid, len(bad), len(results), bad[0][0], bad[0][1], bad[0][2][:60]))
                # 2. solution + checks in the session: all must pass
                sol = blocks["solution"][0]
                if show:
                    out.append("---- %s:%d (solution %s)\n" % (name, sol["line"], cid))
                err, dt, text = run_code(sol["code"], g, "%s:%d solution" % (name, sol["line"]), show, out)
                if dt > 0.25:
                    slow.append("%s solution %.2fs" % (where, dt))
                if err is not None:
                    report.append("FAIL exercise %s: solution raised %s: %s" % (cid, type(err).__name__, err))
                    continue
                results = run_checks(check["code"], g, cwhere)
                bad = [r for r in results if r[1] != "passed"]
                for r in bad:
                    report.append("FAIL exercise %s: solution fails check '%s' (%s): %s" % (cid, r[0], r[1], r[2]))
                if not bad:
                    report.append("ok   exercise %-5s solution passes %d check(s): %s"
                                  % (cid, len(results), "; ".join(r[0] for r in results)))
        if assertions:
            report.extend(check_assertions(name, g))
    except SubsetError as e:
        report.append("FAIL %s" % e)
    finally:
        os.chdir(old)
        shutil.rmtree(scratch, ignore_errors=True)
    return dict(name=name, report=report, out=out, slow=slow, problems=problems,
                n_py=n_py, n_ex=n_ex, n_fig=len(plt.figures))


# --------------------------------------------------------------------------- assertions.md

def load_assertions():
    path = os.path.join(ROOT, "chapters", "tools", "assertions.md")
    rows = []
    if not os.path.exists(path):
        return rows
    for line in open(path, encoding="utf-8"):
        if not line.startswith("|") or line.startswith("| chapter") or line.startswith("| ---"):
            continue
        parts = [p.strip().replace("\\|", "|") for p in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(parts) != 5:
            raise SystemExit("assertions.md: cannot read row: " + line)
        ch, what, expected, tol, expr = parts
        rows.append((ch, what, expected.strip("`"), tol, expr.strip("`")))
    return rows


def check_assertions(name, g):
    out = []
    for ch, what, expected, tol, expr in load_assertions():
        if not name.startswith(ch):
            continue
        g.update(CHECK_HELPERS)
        try:
            got = eval(expr, g)
            exp = eval(expected, {"nan": float("nan"), "inf": float("inf")})
            if tol == "exact":
                ok = (real_np.asarray(got) == real_np.asarray(exp)).all() if not isinstance(exp, str) else got == exp
                if isinstance(exp, str):
                    ok = (got == exp)
            else:
                kind, val = tol.split()
                val = float(val)
                if kind == "abs":
                    expect_close(got, exp, 0.0, val)
                else:
                    expect_close(got, exp, val, 0.0)
                ok = True
            out.append(("ok  " if ok else "FAIL") + " assertion %s: %s" % (what, "" if ok else "got %r" % (got,)))
        except Exception as e:  # noqa
            out.append("FAIL assertion %s: %s: %s" % (what, type(e).__name__, e))
        finally:
            for h in CHECK_HELPERS:
                g.pop(h, None)
    return out


def main(argv):
    show = "--show" in argv
    assertions = "--assertions" in argv
    paths = [a for a in argv if not a.startswith("--")]
    if "--all" in argv:
        paths = sorted(glob.glob(os.path.join(ROOT, "chapters", "0[0-9]-*.md")))
        assertions = True
    all_ok = True
    for p in paths:
        r = run_chapter(p, show=show, assertions=assertions)
        if show:
            sys.stdout.write("".join(r["out"]))
        print("== %s: %d python cells, %d exercises, %d figures shown" % (r["name"], r["n_py"], r["n_ex"], r["n_fig"]))
        for line in r["problems"]:
            print("FAIL " + line)
            all_ok = False
        for line in r["report"]:
            print("   " + line if line.startswith("ok") else line)
            if line.startswith("FAIL"):
                all_ok = False
        for s in r["slow"]:
            print("SLOW (CPython) " + s)
    print("ALL PASSED" if all_ok else "SOME FAILED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
