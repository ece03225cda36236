# `for` over range(...) and reversed(range(...)) (run without building range objects) must
# behave exactly like iterating the objects.
out = []
for i in range(4):
    out.append(i)
for i in range(2, 11, 3):
    out.append(i)
for i in range(5, 0, -2):
    out.append(i)
print(out)  # expect: [0, 1, 2, 3, 2, 5, 8, 5, 3, 1]
out = []
for i in reversed(range(0, 5, 2)):
    out.append(i)
for i in reversed(range(5, 0, -2)):
    out.append(i)
for i in reversed(range(3)):
    out.append(i)
for i in reversed(range(7, 7)):
    out.append(i)
print(out)  # expect: [4, 2, 0, 1, 3, 5, 2, 1, 0]
print(list(reversed(range(1, 10, 4))), list(range(10, 1, -4)))  # expect: [9, 5, 1] [10, 6, 2]
for i in range(3):
    if i == 1:
        break
else:
    print("no break")
print(i)  # expect: 1
for i in range(0):
    pass
else:
    print("else runs")  # expect: else runs
n = 3
total = 0
for i in range(n - 1, -1, -1):
    total = total * 10 + i
print(total)  # expect: 210
def shadow():
    def range(n):
        return ["a", "b"]
    def reversed(xs):
        return xs[:1]
    r = []
    for x in range(5):
        r.append(x)
    for x in reversed(range(5)):
        r.append(x)
    return r
print(shadow())  # expect: ['a', 'b', 'a']
def f():
    return sum(i for i in range(4))
print(f())  # expect: 6
try:
    for i in range(1, 5, 0):
        pass
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
try:
    for i in reversed(range(None)):
        pass
except TypeError as e:
    print("TypeError")  # expect: TypeError
def count():
    c = 0
    for i in range(3):
        for j in reversed(range(i)):
            c += j + 1
    return c
print(count())  # expect: 4
