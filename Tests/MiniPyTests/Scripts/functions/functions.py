def add(a, b=10, *args, scale=1, **kwargs):
    return (a + b + sum(args)) * scale, kwargs
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, scale=2), add(1, extra="x"))  # expect: (11, {}) (3, {}) (10, {}) (22, {}) (11, {'extra': 'x'})
print(add(b=5, a=1), add(*[1, 2]), add(**{"a": 3, "b": 4}))  # expect: (6, {}) (3, {}) (7, {})
def greet(name, greeting="Hello"):
    """Doc strings are fine."""
    return f"{greeting}, {name}!"
print(greet("An"), greet("Binh", greeting="Chao"), greet(greeting="Hi", name="C"))  # expect: Hello, An! Chao, Binh! Hi, C!
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))  # expect: 3628800 2432902008176640000
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c(); c()
print(c())  # expect: 3
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])  # expect: [10, 11, 12]
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()
print(outer())  # expect: 2
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)  # expect: 2
def defaults(x, acc=[]):
    acc.append(x)
    return acc
defaults(1)
print(defaults(2))  # expect: [1, 2]
square = lambda v: v * v
print(square(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))  # expect: 49 no args 3
def apply(f, *args, **kw):
    return f(*args, **kw)
print(apply(max, 3, 9, 4), apply(sorted, [3, 1], reverse=True))  # expect: 9 [3, 1]
def nothing():
    pass
print(nothing(), greet.__name__, square.__name__)  # expect: None greet <lambda>
def multi():
    return 1, "two", [3]
a, b, c2 = multi()
print(a, b, c2)  # expect: 1 two [3]
def kwonly(a, *, b):
    return a - b
print(kwonly(5, b=2))  # expect: 3
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3))  # expect: 8
def rec_sum(xs):
    if not xs:
        return 0
    return xs[0] + rec_sum(xs[1:])
print(rec_sum(list(range(100))))  # expect: 4950
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))  # expect: 900
