"""NumPy (OpenBLAS) versions of the `hocsau bench` measurements. See common.py."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

import common

rng = np.random.default_rng(42)


def gemm(variant):
    n = int(variant)
    a = rng.random((n, n), dtype=np.float32)
    b = rng.random((n, n), dtype=np.float32)
    seconds = common.best(lambda: a @ b)
    return common.result("gemm", variant, f"{n}x{n}x{n}", seconds, 2.0 * n**3)


def conv(variant):
    """im2col with a strided view + one GEMM each way: the usual way to write conv in NumPy."""
    n, h, w, c, kh, kw, f, needs_dx = common.CONV_LAYERS[variant]
    oh, ow = h - kh + 1, w - kw + 1
    x = rng.standard_normal((n, h, w, c), dtype=np.float32)
    k = rng.standard_normal((kh, kw, c, f), dtype=np.float32)
    bias = rng.standard_normal(f, dtype=np.float32)
    dy = rng.standard_normal((n, oh, ow, f), dtype=np.float32)

    def step():
        # (N, OH, OW, C, KH, KW) -> (N, OH, OW, KH, KW, C) -> rows of KH*KW*C
        cols = sliding_window_view(x, (kh, kw), axis=(1, 2)).transpose(0, 1, 2, 4, 5, 3)
        cols = np.ascontiguousarray(cols).reshape(n * oh * ow, kh * kw * c)
        y = cols @ k.reshape(-1, f) + bias
        dy2 = dy.reshape(-1, f)
        dk = (cols.T @ dy2).reshape(kh, kw, c, f)
        db = dy2.sum(axis=0)
        if needs_dx:
            dcols = (dy2 @ k.reshape(-1, f).T).reshape(n, oh, ow, kh, kw, c)
            dx = np.zeros_like(x)
            for i in range(kh):
                for j in range(kw):
                    dx[:, i:i + oh, j:j + ow, :] += dcols[:, :, :, i, j, :]
        return y, dk, db

    seconds = common.best(step)
    return common.result("conv", variant, common.conv_size(variant), seconds, common.conv_flops(variant))


def elementwise(variant):
    count = common.ELEMENTWISE_COUNT
    a = rng.standard_normal(count, dtype=np.float32)
    b = rng.standard_normal(count, dtype=np.float32)
    fn = {"add": lambda: a + b, "exp": lambda: np.exp(a), "sum": lambda: a.sum()}[variant]
    return common.result("elementwise", variant, str(count), common.best(fn))


def xor(variant):
    """The book's XOR network (xor_numpy.py), the same file `hocsau bench xor` runs in MiniPy.

    `train`: the program under exec in this process (NumPy already imported). `program`: a new
    process running the file, imports included, as `python3 xor_numpy.py` would (pandas is
    stubbed only when it is not installed, and the size says so)."""
    import contextlib, io, os
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "xor_numpy.py")
    if variant == "program":
        import subprocess, sys
        try:
            import pandas  # noqa: F401
            size = "new process, whole file"
            argv = [sys.executable, path]
        except ImportError:
            size = "new process, whole file (pandas stubbed: not installed)"
            stub = ("import sys, types; sys.modules['pandas'] = types.ModuleType('pandas'); "
                    "sys.argv = [%r]; exec(compile(open(%r).read(), %r, 'exec'), {'__name__': '__main__'})"
                    % (path, path, path))
            argv = [sys.executable, "-c", stub]

        def run_process():
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)

        return common.result("xor", variant, size, common.best(run_process))
    code = compile(open(path).read(), path, "exec")
    try:
        import pandas  # noqa: F401  (the listing imports it but does not use it)
    except ImportError:
        import sys, types
        sys.modules["pandas"] = types.ModuleType("pandas")

    def run():
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, {"__name__": "__main__"})

    return common.result("xor", variant, "2-2-1 net, 10000 epochs", common.best(run))


def startup(variant):
    """A new Python process that imports NumPy: the least a NumPy program does before output."""
    import subprocess
    import sys

    def run():
        subprocess.run([sys.executable, "-c", "import numpy"], check=True)

    return common.result("startup", variant, "python3 -c 'import numpy'", common.best(run))


if __name__ == "__main__":
    common.main({
        "gemm": (common.GEMM_SIZES, gemm),
        "conv": (list(common.CONV_LAYERS), conv),
        "elementwise": (common.ELEMENTWISE_OPS, elementwise),
        "xor": (["train", "program"], xor),
        "startup": (["first-screen"], startup),
    })
