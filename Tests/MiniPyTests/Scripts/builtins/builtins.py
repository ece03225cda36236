print(len([1, 2]), len("abc"), len({"a": 1}), len(range(5)), len(()))  # expect: 2 3 1 5 0
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)), range(3), range(1, 10, 2))  # expect: [0, 1, 2, 3, 4] [2, 5, 8] [5, 4, 3, 2, 1] range(0, 3) range(1, 10, 2)
print(range(10)[2], range(10)[-1], range(0, 10, 2)[1:3], 4 in range(0, 10, 2), 3 in range(0, 10, 2))  # expect: 2 9 range(2, 6, 2) True False
print(min(3, 1, 2), max(3, 1, 2), min([5, 3], key=lambda v: -v), max(["aa", "b"], key=len))  # expect: 1 3 5 aa
print(max([], default=0), min("zebra"), max(1, 2.5), min((1, "b"), (1, "a")))  # expect: 0 a 2.5 (1, 'a')
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["b", "A", "c"]), sorted([(2, "a"), (1, "b")]))  # expect: [3, 2, 1] ['A', 'b', 'c'] [(1, 'b'), (2, 'a')]
print(sorted([1, 2, 3, 4], key=lambda v: v % 2), sorted([1, 2, 3, 4], key=lambda v: v % 2, reverse=True))  # expect: [2, 4, 1, 3] [1, 3, 2, 4]
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))  # expect: [3, 2, 1] ['c', 'b', 'a'] [2, 1, 0]
print(list(enumerate(["a", "b"])), list(zip([1, 2], [3, 4], [5, 6])), list(zip([1], [])))  # expect: [(0, 'a'), (1, 'b')] [(1, 3, 5), (2, 4, 6)] []
print(any([]), all([]), any([0, 0, 1]), all([1, "a", [1]]))  # expect: False True True True
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)))  # expect: True True False True
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(1.5, float))  # expect: True True True True
print(type(1), type(1.0), type("s"), type([]), type(None).__name__, type(type(1)))  # expect: <class 'int'> <class 'float'> <class 'str'> <class 'list'> NoneType <class 'type'>
print(type(1) == int, type(True) == bool, type([]) is list)  # expect: True True True
print(abs(-3), abs(3.5), round(3.14159, 2), sum(range(101)), sum([1.5, 2.5], 10))  # expect: 3 3.5 3.14 5050 14.0
print(int(True), float(False), bool(0), bool("0"), bool([]), bool(None), str(1e-7))  # expect: 1 0.0 False True False False 1e-07
print(chr(65) + chr(66), [ord(c) for c in "AB"], hex(4095), oct(64), bin(10))  # expect: AB [65, 66] 0xfff 0o100 0b1010
print(divmod(9, 4), pow(2, 8), pow(2.0, 3), 2 ** 3 ** 2)  # expect: (2, 1) 256 8.0 512
print(callable(len), callable(1), callable(lambda: 0))  # expect: True False True
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))  # expect: 1 2 3 done
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(map(int, "123")))  # expect: [3, 8] [1, 2, 3]
print(tuple(sorted({3: "a", 1: "b"})), dict(sorted({"b": 1, "a": 2}.items())))  # expect: (1, 3) {'a': 2, 'b': 1}
print(repr(None), repr(1.0), repr("x"), repr([1, "2"]), str("x"))  # expect: None 1.0 'x' [1, '2'] x
print(format(0.5, ".0%"), format(12, "b"), format(3.0))  # expect: 50% 1100 3.0
print(getattr([1, 2], "count")(1), hasattr("s", "upper"))  # expect: 1 True
print(id(print) == id(print), hash(1) == hash(1.0), hash("a") == hash("a"))  # expect: True True True
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))  # expect: ['apple', 'avocado']
print(sum([[1, 2], [3]], []), max({"a": 3, "b": 5}, key=lambda k: {"a": 3, "b": 5}[k]))  # expect: [1, 2, 3] b
print(min(range(5), key=lambda v: (v - 2) ** 2), sorted("hello", reverse=True))  # expect: 2 ['o', 'l', 'l', 'h', 'e']
print(int(-0.5), int(2.99), round(-0.5), round(0.5), round(1.5), round(-1.5))  # expect: 0 2 0 0 2 -2
print(list(zip("ab", range(5))), dict(enumerate("xy")))  # expect: [('a', 0), ('b', 1)] {0: 'x', 1: 'y'}
print(isinstance(range(3), range), type(range(3)).__name__, isinstance(print, object))  # expect: True range True
