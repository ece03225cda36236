s = {3, 1, 2}
s.add(4)
s.add(1)
print(len(s), 1 in s, 9 in s, sorted(s))  # expect: 4 True False [1, 2, 3, 4]
s.discard(9)
s.remove(4)
print(sorted(s))  # expect: [1, 2, 3]
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))  # expect: [1, 2, 3, 4] [2, 3] [1] [1, 4]
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))  # expect: [1, 2, 3, 4] [2, 3] [1]
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, a.issubset({1, 2, 3, 4}), a.isdisjoint({7}))  # expect: True False True True
print(set(), set([1, 1, 2]), {x % 3 for x in range(10)})  # expect: set() {1, 2} {0, 1, 2}
print(len(set("mississippi")), sorted(set("mississippi")))  # expect: 4 ['i', 'm', 'p', 's']
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), ())  # expect: (1, 2, 3) 1 3 (2, 3) 3 (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) (1,) ()
print(t.count(2), t.index(3), 2 in t, tuple([1, 2]), tuple("ab"))  # expect: 1 2 True (1, 2) ('a', 'b')
x, y, z = t
print(x, y, z)  # expect: 1 2 3
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a1, (b1, c1) = 1, (2, 3)
print(first, rest, init, last, a1, b1, c1)  # expect: 1 [2, 3, 4] ['a', 'b'] c 1 2 3
p, *mid, q = range(5)
print(p, mid, q)  # expect: 0 [1, 2, 3] 4
x, y = y, x
print(x, y)  # expect: 2 1
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5))  # expect: True True True
point = 3, 4
print(point, type(point).__name__)  # expect: (3, 4) tuple
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), max(pairs), min(pairs, key=lambda p: p[1]))  # expect: [(0, 'z'), (1, 'a'), (1, 'b')] (1, 'b') (1, 'a')
d = {}
d[1, 2] = "coords"
print(d, d[(1, 2)])  # expect: {(1, 2): 'coords'} coords
print(hash((1, 2)) == hash((1, 2)), {(1, 2), (1, 2)})  # expect: True {(1, 2)}
