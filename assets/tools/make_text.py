#!/usr/bin/env python3
"""Make assets/text/alice.txt: chapters I and II of Lewis Carroll's "Alice's Adventures in
Wonderland" (1865; public domain), for the sequence-model chapter.

Source: the Canterbury corpus file alice29.txt ("The Millennium Fulcrum Edition 2.9"), as
shipped in the Brotli source distribution on PyPI (`pip download brotli --no-binary :all:
--no-deps`, then brotli-*/tests/testdata/alice29.txt).

Kept: the title lines and chapters I and II (everything before "CHAPTER III"); CRLF line ends
become LF, leading blank lines and trailing spaces are dropped. Pure ASCII.

Usage: python3 assets/tools/make_text.py ALICE29_TXT [OUTPUT]
"""
import os
import sys


def main():
    source = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "text", "alice.txt")
    text = open(source, "rb").read().decode("ascii").replace("\r\n", "\n")
    lines = text.split("\n")
    end = next(i for i, line in enumerate(lines) if line.strip() == "CHAPTER III")
    kept = [line.rstrip() for line in lines[:end]]
    while kept and not kept[0]:
        kept.pop(0)
    while kept and not kept[-1]:
        kept.pop()
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(kept) + "\n")
    print(f"{output}: {len(kept)} lines, {sum(len(l) + 1 for l in kept)} bytes")


if __name__ == "__main__":
    main()
