"""Shared timing and protocol for the benchmark peers.

Each peer script registers measurements under the same names and variants as
`hocsau bench` (see Sources/hocsau/Bench/) and prints one JSON object per line:
    {"name": "gemm", "variant": "256", "size": "256x256x256", "seconds": 0.00015, "gflops": 220.1}

Run directly:   python3 numpy_peer.py [NAME ...]        (every variant of each name)
Serve mode:     python3 numpy_peer.py --serve
    reads lines "NAME VARIANT" on stdin; answers with the result lines, then {"done": true}.
    `hocsau bench --peers` keeps one such process per library alive and alternates with it.
"""

import json
import os
import sys
import time

# Same method as BenchTimer in Sources/hocsau/Bench/BenchCase.swift: one warm-up call, then
# at least 5 repetitions and at least 0.3 s in total (`hocsau bench --min-seconds`, passed in
# HOCSAU_BENCH_MIN_SECONDS); report the best repetition.
MIN_REPETITIONS = 5
MIN_SECONDS = float(os.environ.get("HOCSAU_BENCH_MIN_SECONDS", "0.3"))
MAX_REPETITIONS = 100_000


def best(fn):
    fn()
    best_time = float("inf")
    total = 0.0
    count = 0
    while count < MAX_REPETITIONS and (count < MIN_REPETITIONS or total < MIN_SECONDS):
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        best_time = min(best_time, elapsed)
        total += elapsed
        count += 1
    return best_time


def result(name, variant, size, seconds, flops=None):
    out = {"name": name, "variant": variant, "size": size, "seconds": seconds}
    if flops is not None:
        out["gflops"] = flops / seconds / 1e9
    return out


# The measured problems, shared by both peers so that they stay identical to ours.
GEMM_SIZES = ["64", "128", "256", "512", "1024"]
# The book CNN (chapter 9): Conv2D(32, 3x3) on 28x28x1, then Conv2D(32, 3x3), 'valid', batch 32.
# variant: (N, H, W, C, KH, KW, F, needs input gradient)
CONV_LAYERS = {
    "conv1": (32, 28, 28, 1, 3, 3, 32, False),
    "conv2": (32, 26, 26, 32, 3, 3, 32, True),
}
ELEMENTWISE_COUNT = 1_000_000
ELEMENTWISE_OPS = ["add", "exp", "sum"]


def conv_size(layer):
    n, h, w, c, kh, kw, f, _ = CONV_LAYERS[layer]
    return f"{n}x{h}x{w}x{c} * {kh}x{kw}x{c}x{f}"


def conv_flops(layer):
    """Forward + kernel gradient (+ input gradient when needed), 2 flops per multiply-add."""
    n, h, w, c, kh, kw, f, needs_dx = CONV_LAYERS[layer]
    one = 2.0 * n * (h - kh + 1) * (w - kw + 1) * f * kh * kw * c
    return one * (3 if needs_dx else 2)


def main(registry):
    """registry: {name: (variants, function(variant) -> result dict)}"""
    if "--serve" in sys.argv[1:]:
        for line in sys.stdin:
            parts = line.split()
            if len(parts) == 2 and parts[0] in registry and parts[1] in registry[parts[0]][0]:
                print(json.dumps(registry[parts[0]][1](parts[1])))
            print(json.dumps({"done": True}), flush=True)
        return
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or list(registry)
    for name in names:
        if name not in registry:
            sys.exit(f"unknown benchmark {name!r}; known: {', '.join(registry)}")
        variants, run = registry[name]
        for variant in variants:
            print(json.dumps(run(variant)), flush=True)
