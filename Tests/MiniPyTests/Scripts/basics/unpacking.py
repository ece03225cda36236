# Tuple/list unpacking in assignments and for-loops, enumerate and zip loops (run without
# building tuples) must behave exactly like the general unpacking.
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = "p", [1], (2,)
print(x, y, z)  # expect: p [1] (2,)
[p, q] = 3, 4
print(p, q)  # expect: 3 4
def pair():
    return 5, 6
m, n = pair()
print(m, n)  # expect: 5 6
m, n = [7, 8]
print(m, n)  # expect: 7 8
h, *t = 1, 2, 3
print(h, t)  # expect: 1 [2, 3]
(u, v), w = (1, 2), 3
print(u, v, w)  # expect: 1 2 3
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
try:
    a, b = (1,)
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected 2, got 1)
try:
    a, b = 5
except TypeError as e:
    print(e)  # expect: cannot unpack non-iterable int object

pairs = [(1, "a"), (2, "b")]
for k, s in pairs:
    print(k, s)
# expect: 1 a
# expect: 2 b
for k, s in [[3, "c"], (4, "d")]:
    print(k, s)
# expect: 3 c
# expect: 4 d
try:
    for k, s in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)

for i, ch in enumerate("xyz"):
    print(i, ch)
# expect: 0 x
# expect: 1 y
# expect: 2 z
print([i * c for i, c in enumerate([5, 6])])  # expect: [0, 6]
for i, k in enumerate({"k1": 1, "k2": 2}):
    print(i, k)
# expect: 0 k1
# expect: 1 k2
for i, v in enumerate([]):
    print("never")
else:
    print("empty else")  # expect: empty else
for i, v in enumerate([10, 20, 30]):
    if v == 20:
        break
print(i, v)  # expect: 1 20
for i, v in enumerate(range(3), 1):
    print(i, v)
# expect: 1 0
# expect: 2 1
# expect: 3 2
for x, y in zip([1, 2, 3], "ab"):
    print(x, y)
# expect: 1 a
# expect: 2 b
for x, y, z in zip(range(2), [7, 8], (9, 10)):
    print(x + y + z)
# expect: 16
# expect: 19
xs = [1, 2]
for i, x in enumerate(xs):
    if i == 0:
        xs.append(3)
print(xs)  # expect: [1, 2, 3]
try:
    for i, x in enumerate(5):
        pass
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
try:
    for x, y in zip([1], 2):
        pass
except TypeError as e:
    print("TypeError")  # expect: TypeError
def shadowed():
    def enumerate(xs):
        return [("s", x) for x in xs]
    def zip(a, b):
        return [(b, a)]
    out = []
    for i, x in enumerate([1]):
        out.append((i, x))
    for x, y in zip(1, 2):
        out.append((x, y))
    return out
print(shadowed())  # expect: [('s', 1), (2, 1)]
def swap_loop():
    a, b = 0, 1
    for _ in range(10):
        a, b = b, a + b
    return a
print(swap_loop())  # expect: 55
