# Attribute and method lookups whose results the evaluator caches per call site must still
# follow every change: instance attributes shadowing methods, methods redefined on the class
# or added to a subclass or base, deleted attributes, and lists replaced by other values.

class Base:
    def who(self):
        return "base"

class C(Base):
    def __init__(self, w):
        self.W = w
    def m(self, x, y=10):
        return x + y

def call_m(o):
    return o.m(1)

def call_who(o):
    return o.who()

def get_w(o):
    return o.W

def first_w(o):
    return o.W[0]

c = C([1, 2, 3])
print(call_m(c), call_m(c))  # expect: 11 11
C.m = lambda self, x, y=20: x * y
print(call_m(c))  # expect: 20
c.m = lambda x: "instance"
print(call_m(c))  # expect: instance
del c.m
print(call_m(c))  # expect: 20
print(call_who(c))  # expect: base
Base.who = lambda self: "base2"
print(call_who(c))  # expect: base2
C.who = lambda self: "sub"
print(call_who(c))  # expect: sub

class D:
    def __init__(self):
        self.W = "d"
    def m(self, x):
        return -x

# one call site, instances of different classes
for o in [c, D(), c, D()]:
    print(call_m(o), get_w(o)[0])
# expect: 20 1
# expect: -1 d
# expect: 20 1
# expect: -1 d

print(first_w(c))  # expect: 1
c.W = (7, 8)
print(first_w(c))  # expect: 7
c.W = [5]
print(first_w(c), c.W[-1])  # expect: 5 5
del c.W
try:
    get_w(c)
except AttributeError as e:
    print("AttributeError", e)  # expect: AttributeError 'C' object has no attribute 'W'
c.W = [9]
print(get_w(c), first_w(c))  # expect: [9] 9

# an index out of range still raises
xs = [1, 2]
i = 2
try:
    print(xs[i])
except IndexError as e:
    print("IndexError", e)  # expect: IndexError list index out of range
print(xs[-2], xs[i - 1])  # expect: 1 2

# defaults filled on the direct call path, and keyword calls
def f(a, b=2, c=3):
    return a + b * c
print(f(1), f(1, 1), f(1, 1, 1), f(1, c=0))  # expect: 7 4 2 1

# list literals grow as they are appended to
A = [1]
for k in range(5):
    A.append(k)
print(A, len(A))  # expect: [1, 0, 1, 2, 3, 4] 6

# recursion through the direct path still hits the limit
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError")  # expect: RecursionError

# a method that raises reports the call's line
class E:
    def boom(self, x):
        return 1 / x
try:
    E().boom(0)
except ZeroDivisionError as e:
    print(e)  # expect: division by zero
print(E().boom(4))  # expect: 0.25
print(len([1, 2, 3]), len("ab"), len({}))  # expect: 3 2 0
try:
    len(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
