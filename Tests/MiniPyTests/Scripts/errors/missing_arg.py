def f(a, b):
    return a + b
f(1)  # expect error: missing 1 required positional argument: 'b'
