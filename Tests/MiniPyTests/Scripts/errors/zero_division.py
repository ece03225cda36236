def mean(xs):
    return sum(xs) / len(xs)  # expect error: ZeroDivisionError: division by zero
print(mean([2, 4]))  # expect: 3.0
print(mean([]))
