#!/usr/bin/env python3
"""Make assets/fashion-mnist/: a stratified subset of Fashion-MNIST in its own IDX .gz format.

Source: Debian's dataset-fashion-mnist package (the full set by Zalando Research, MIT licence),
installed under /usr/share/datasets/fashion-mnist (or pass the folder as the first argument).

Subset: 1,000 training and 200 test images of each of the 10 classes (10,000 / 2,000 in all),
chosen by np.random.RandomState(SEED).permutation within each class, then kept in their
original order. Output is byte-for-byte reproducible (gzip header time 0).

Usage: python3 assets/tools/make_fashion_subset.py [SOURCE_DIR] [OUTPUT_DIR]
"""
import gzip
import os
import struct
import sys

import numpy as np

SEED = 20201
PER_CLASS = {"train": 1000, "t10k": 200}


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    zero, dtype, ndim = struct.unpack(">HBB", data[:4])
    assert zero == 0 and dtype == 0x08, f"{path}: expected unsigned-byte IDX"
    shape = struct.unpack(">" + "I" * ndim, data[4 : 4 + 4 * ndim])
    body = np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim)
    return body.reshape(shape)


def write_idx(path, array):
    header = struct.pack(">HBB", 0, 0x08, array.ndim) + struct.pack(">" + "I" * array.ndim, *array.shape)
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(header + np.ascontiguousarray(array, dtype=np.uint8).tobytes())


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "fashion-mnist")
    os.makedirs(output, exist_ok=True)
    rng = np.random.RandomState(SEED)
    for split, per_class in PER_CLASS.items():
        images = read_idx(os.path.join(source, f"{split}-images-idx3-ubyte.gz"))
        labels = read_idx(os.path.join(source, f"{split}-labels-idx1-ubyte.gz"))
        chosen = []
        for digit in range(10):
            members = np.flatnonzero(labels == digit)
            chosen.append(members[rng.permutation(len(members))[:per_class]])
        keep = np.sort(np.concatenate(chosen))
        write_idx(os.path.join(output, f"{split}-images-idx3-ubyte.gz"), images[keep])
        write_idx(os.path.join(output, f"{split}-labels-idx1-ubyte.gz"), labels[keep])
        print(f"{split}: {len(keep)} images, {np.bincount(labels[keep], minlength=10).tolist()} per class")


if __name__ == "__main__":
    main()
