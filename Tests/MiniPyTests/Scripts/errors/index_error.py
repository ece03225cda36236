xs = [1, 2, 3]
print(xs[0])  # expect: 1
print(xs[3])  # expect error: IndexError: list index out of range
