x = 3.14159
n = 1234567
name = "MiniPy"
print(f"{x:.2f}", f"{x:.0f}", f"{x:8.3f}|", f"{x:<8.2f}|", f"{x:^9.1f}|")  # expect: 3.14 3    3.142| 3.14    |    3.1   |
print(f"{n:,}", f"{n:_}", f"{n:>12,}", f"{n:e}", f"{n:.2e}")  # expect: 1,234,567 1_234_567    1,234,567 1.234567e+06 1.23e+06
print(f"{name!r}", f"{name:>10}", f"{name:*^12}", f"{name:.3}")  # expect: 'MiniPy'     MiniPy ***MiniPy*** Min
print(f"{42:5d}|{42:<5d}|{42:05d}|{-42:05d}|{42:+d}")  # expect:    42|42   |00042|-0042|+42
print(f"{255:x} {255:X} {255:#x} {8:o} {5:b} {5:08b}")
# expect: ff FF 0xff 10 101 00000101
print(f"{0.5:%} {0.125:.1%} {1e-7:g} {123456789.0:g} {0.0001:g}")  # expect: 50.000000% 12.5% 1e-07 1.23457e+08 0.0001
print(f"{x = }", f"{n=:,}")  # expect: x = 3.14159 n=1,234,567
width = 10
prec = 3
print(f"{x:{width}.{prec}f}|")  # expect:      3.142|
print(f"{'nested':>{width}}|")  # expect:     nested|
print(f"{[1, 2]} {(1,)} {dict(a=1)} {None} {True}")  # expect: [1, 2] (1,) {'a': 1} None True
print(f"{{braces}} {x!s} {'q'!r}")  # expect: {braces} 3.14159 'q'
print(f"{1.0} {1e20} {1e-5} {2.5e-10:.3e}")  # expect: 1.0 1e+20 1e-05 2.500e-10
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")  # expect: 2 items: a, b
print(f"{3 + 4} {x * 2:.3f} {'yes' if x > 3 else 'no'}")  # expect: 7 6.283 yes
print(f"{-0.0} {float('inf'):.2f} {-1.5:.0f} {2.5:.0f} {0.125:.2f}")  # expect: -0.0 inf -2 2 0.12
print(f"{123.456:10.2f}|{-123.456:+.1f}|{123.456: .1f}")  # expect:     123.46|-123.5| 123.5
print(f"{True:d} {True:>5} {False!r}")  # expect: 1     1 False
print(format(3.5, ".1f"), format(10, "04d"), format("s", "^5"), format(1234.5, ",.2f"))  # expect: 3.5 0010   s   1,234.50
print(f"{12345.6789:,.2f} {1e6:,.0f} {0.000123:.2e}")  # expect: 12,345.68 1,000,000 1.23e-04
print(f"{x:g} {100.0:g} {1e100:g} {1.5:.10g}")  # expect: 3.14159 100 1e+100 1.5
