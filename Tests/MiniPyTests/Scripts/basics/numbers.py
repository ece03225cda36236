# Integer and float arithmetic with Python's semantics.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)  # expect: 3 -4 -4 3
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)  # expect: 1 2 -2 -1
print(7 / 2, 6 / 3, 1 / 3)  # expect: 3.5 2.0 0.3333333333333333
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5)  # expect: 1024 0.5 -8 1.4142135623730951
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)  # expect: 3.0 -4.0 1.5 0.5
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))  # expect: (3, 2) (-4, 3) (3.0, 1.5)
print(0.1 + 0.2, 1e-05, 1e16, 123456789.0, 1e22, 2.5e-7)  # expect: 0.30000000000000004 1e-05 1e+16 123456789.0 1e+22 2.5e-07
print(1.0, -0.0, 100.0, 3.14159, 1/7)  # expect: 1.0 -0.0 100.0 3.14159 0.14285714285714285
print(float('inf'), -float('inf'), float('nan'))  # expect: inf -inf nan
print(1e308 * 10, -1e308 * 10)  # expect: inf -inf
print(True + True, True * 3, False - 1)  # expect: 2 3 -1
print(10 == 10.0, 1 == True, 0.1 + 0.2 == 0.3)  # expect: True True False
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)  # expect: True False True
print(abs(-5), abs(-2.5), abs(True))  # expect: 5 2.5 1
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1))  # expect: 2 4 -2 2.67 1200.0 10
print(round(0.125, 2), round(1.5), round(2.4999), type(round(2.5)).__name__)  # expect: 0.12 2 2 int
print(int(3.9), int(-3.9), int("42"), int(" -7 "), int("ff", 16), int("0b101", 0))  # expect: 3 -3 42 -7 255 5
for base in (48, 1, -2):
    try:
        int("7", base)
    except ValueError as e:
        print(e)
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() base must be >= 2 and <= 36, or 0
print(float("1.5"), float(" 2 "), float("1e3"), float(7))  # expect: 1.5 2.0 1000.0 7.0
print(hex(255), hex(-1), oct(8), bin(5))  # expect: 0xff -0x1 0o10 0b101
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, -16 >> 2)  # expect: 1 7 6 -6 1024 -4
print(9007199254740993, 2**62, -2**62 * 2)  # expect: 9007199254740993 4611686018427387904 -9223372036854775808
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1))  # expect: 1024 24 0.3333333333333333
print(1_000_000, 0x1F, 0o17, 0b1010)  # expect: 1000000 31 15 10
x = 5
x += 2
x *= 3
x -= 1
x //= 3
x **= 2
x %= 7
print(x)  # expect: 1
y = 2.0
y /= 4
print(y)  # expect: 0.5
print(3 * 1.5, 10 / 4, 10 // 4.0, 2 ** 100 if False else 2.0 ** 100)  # expect: 4.5 2.5 2.0 1.2676506002282294e+30
print(0.1 * 3, 1.1 * 1.1, 100.0 / 3)  # expect: 0.30000000000000004 1.2100000000000002 33.333333333333336
print(-7 // 1, 0 // 5, -0.0 == 0.0)  # expect: -7 0 True
