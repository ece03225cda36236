print([x * x for x in range(6)])  # expect: [0, 1, 4, 9, 16, 25]
print([x for x in range(10) if x % 3 == 0])  # expect: [0, 3, 6, 9]
print([(i, j) for i in range(3) for j in range(i)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([[i * j for j in range(3)] for i in range(3)])  # expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
print({x: x ** 2 for x in range(4)})  # expect: {0: 0, 1: 1, 2: 4, 3: 9}
print({c for c in "hello"} == set("hello"))  # expect: True
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))  # expect: 30 3
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))  # expect: True False
print([y for x in [[1, 2], [3]] for y in x])  # expect: [1, 2, 3]
print(sorted(w.upper() for w in ["b", "a"]))  # expect: ['A', 'B']
print(list(map(lambda v: v + 1, [1, 2])), list(filter(None, [0, 1, "", "a"])))  # expect: [2, 3] [1, 'a']
print(list(map(str, [1, 2])), list(filter(lambda v: v % 2, range(6))))  # expect: ['1', '2'] [1, 3, 5]
x = "outer"
print([x for x in range(3)], x)  # expect: [0, 1, 2] outer
factor = 10
print([v * factor for v in [1, 2]])  # expect: [10, 20]
def scaled(vals, k):
    return [v * k for v in vals if v > 0]
print(scaled([-1, 2, 3], 3))  # expect: [6, 9]
print([i if i % 2 else -i for i in range(5)])  # expect: [0, 1, -2, 3, -4]
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print(list(zip(*matrix)))  # expect: [(1, 4), (2, 5), (3, 6)]
print(dict((k, len(k)) for k in ["aa", "b"]))  # expect: {'aa': 2, 'b': 1}
print(tuple(i for i in range(3)))  # expect: (0, 1, 2)
