# `return name` moves a local out of the frame unless a `finally` block can still read it.
def g():
    x = [1]
    try:
        return x
    finally:
        print("finally sees", x)  # expect: finally sees [1]
print(g())  # expect: [1]

def h(flag):
    x = "body"
    try:
        if flag:
            for _ in range(2):
                return x
        while True:
            try:
                return x
            except ValueError:
                pass
    finally:
        x = x + "+finally"
        print(x)
print(h(True))
# expect: body+finally
# expect: body
print(h(False))
# expect: body+finally
# expect: body

def k():
    y = 3
    try:
        return y
    except Exception:
        return -1
print(k())  # expect: 3

def unbound():
    if False:
        z = 1
    return z
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError")  # expect: UnboundLocalError

def fact(n):
    r = 1
    if n > 1:
        r = n * fact(n - 1)
    return r
print(fact(10))  # expect: 3628800

def outer():
    v = [2]
    def inner():
        return v
    w = inner()
    w.append(3)
    return v
print(outer())  # expect: [2, 3]
