def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    return "ok"
for kind in ["value", "key", "index", "zero", "type", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except ValueError as e:
        print("value", e, e.args)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", kind)
# expect: value bad value ('bad value',)
# expect: finally value
# expect: lookup KeyError 'missing'
# expect: finally key
# expect: lookup IndexError list index out of range
# expect: finally index
# expect: other ZeroDivisionError division by zero
# expect: finally zero
# expect: other TypeError can only concatenate str (not "int") to str
# expect: finally type
# expect: ok
# expect: no error
# expect: finally none
class AppError(Exception):
    pass
class ShapeError(AppError):
    def __init__(self, a, b):
        super().__init__(f"cannot combine {a} with {b}")
        self.a = a
try:
    raise ShapeError((2, 3), (4,))
except AppError as e:
    print(type(e).__name__, e, e.a, isinstance(e, Exception))
# expect: ShapeError cannot combine (2, 3) with (4,) (2, 3) True
try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner")
        raise
except LookupError as e:
    print("outer", repr(e))
# expect: inner
# expect: outer KeyError('k')
def f():
    try:
        return "from try"
    finally:
        print("cleanup")
print(f())  # expect: cleanup
# expect: from try
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())  # expect: fin 0
# expect: fin 1
# expect: fin 2
# expect: 2
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
# expect: assert: math is broken
try:
    int("abc")
except ValueError as e:
    print(e)
# expect: invalid literal for int() with base 10: 'abc'
try:
    undefined_name
except NameError as e:
    print(e)
# expect: name 'undefined_name' is not defined
try:
    None.foo
except AttributeError as e:
    print(e)
# expect: 'NoneType' object has no attribute 'foo'
try:
    [1, 2, 3][10]
except IndexError as e:
    print(e)
# expect: list index out of range
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "")
# expect: RuntimeError() True
err = ValueError("x", 2)
print(err, err.args, repr(err))  # expect: ('x', 2) ('x', 2) ValueError('x', 2)
try:
    raise TypeError("custom") from None
except TypeError as e:
    print(e)
# expect: custom
try:
    x = 1
    x.append(2)
except AttributeError as e:
    print(e)
# expect: 'int' object has no attribute 'append'
try:
    float("1.2.3")
except ValueError as e:
    print(e)
# expect: could not convert string to float: '1.2.3'
try:
    {}.pop("nope")
except KeyError as e:
    print(e, repr(e))
# expect: 'nope' KeyError('nope')
