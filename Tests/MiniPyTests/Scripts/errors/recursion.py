def forever(n):
    return forever(n + 1)  # expect error: RecursionError: maximum recursion depth exceeded
forever(0)
