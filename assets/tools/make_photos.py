#!/usr/bin/env python3
"""Make assets/images/: scikit-image's CC0 sample photographs, downscaled to 128 px wide.

Source: the scikit-image wheel (`pip download scikit-image --no-deps`, unzip), folder
skimage/data/. The three photographs used are CC0 per skimage/data/_fetchers.py:
camera.png (Lav Varshney), chelsea.png (Stefan van der Walt), coffee.png (Rachel Michetti).

Downscaling is an area average (each output pixel is the mean of the source pixels it covers,
partial pixels weighted), rounded to the nearest integer. The PNGs are written with a per-row
filter chosen by the usual minimum-sum-of-absolute-differences rule, so they use all five PNG
filter types. Needs only numpy.

Usage: python3 assets/tools/make_photos.py SKIMAGE_DATA_DIR [OUTPUT_DIR]
"""
import os
import struct
import sys
import zlib

import numpy as np

PHOTOS = ["camera", "chelsea", "coffee"]
WIDTH = 128


def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and interlace == 0 and color in (0, 2), f"{path}: unsupported PNG"
    channels = 1 if color == 0 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    out = np.zeros((height, stride), dtype=np.int32)
    prev = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = np.frombuffer(raw, np.uint8, stride, y * (stride + 1) + 1).astype(np.int32)
        cur = np.zeros(stride, dtype=np.int32)
        for x in range(stride):
            a = cur[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if kind == 0:
                pred = 0
            elif kind == 1:
                pred = a
            elif kind == 2:
                pred = b
            elif kind == 3:
                pred = (a + b) // 2
            else:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            cur[x] = (line[x] + pred) & 0xFF
        out[y] = cur
        prev = cur
    return out.reshape(height, width, channels).astype(np.uint8)


def area_weights(source, target):
    """A (target, source) matrix whose rows average the covered source pixels."""
    scale = source / target
    w = np.zeros((target, source))
    for i in range(target):
        lo, hi = i * scale, (i + 1) * scale
        for j in range(int(np.floor(lo)), min(int(np.ceil(hi)), source)):
            w[i, j] = min(hi, j + 1) - max(lo, j)
        w[i] /= w[i].sum()
    return w


def downscale(image, width):
    h, w, c = image.shape
    height = max(1, round(h * width / w))
    rows, cols = area_weights(h, height), area_weights(w, width)
    out = np.einsum("ih,hwc,jw->ijc", rows, image.astype(np.float64), cols)
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = np.abs(p - a), np.abs(p - b), np.abs(p - c)
    return np.where((pa <= pb) & (pa <= pc), a, np.where(pb <= pc, b, c))


def write_png(path, image):
    h, w, c = image.shape
    stride = w * c
    rows = image.reshape(h, stride).astype(np.int32)
    raw = bytearray()
    prev = np.zeros(stride, dtype=np.int32)
    for y in range(h):
        cur = rows[y]
        a = np.concatenate([np.zeros(c, np.int32), cur[:-c]])
        cprev = np.concatenate([np.zeros(c, np.int32), prev[:-c]])
        candidates = [cur, cur - a, cur - prev, cur - (a + prev) // 2, cur - paeth(a, prev, cprev)]
        encoded = [(x & 0xFF).astype(np.uint8) for x in candidates]
        costs = [np.abs(e.astype(np.int8).astype(np.int32)).sum() for e in encoded]
        best = int(np.argmin(costs))
        raw.append(best)
        raw += encoded[best].tobytes()
        prev = cur

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    color = 0 if c == 1 else 2
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, color, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


def main():
    source = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "images")
    os.makedirs(output, exist_ok=True)
    for name in PHOTOS:
        small = downscale(read_png(os.path.join(source, name + ".png")), WIDTH)
        write_png(os.path.join(output, name + ".png"), small)
        print(f"{name}: {small.shape}")


if __name__ == "__main__":
    main()
