def f(a):
    return a
f(1, 2)  # expect error: f() takes 1 positional argument but 2 were given
