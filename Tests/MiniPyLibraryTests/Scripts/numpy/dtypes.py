# NumPy's type promotion (NEP 50: Python scalars are weak) and astype.
import numpy as np

i = np.array([1, 2, 3])
f = np.array([1.0, 2.0, 3.0])
h = np.array([1.0, 2.0, 3.0], dtype=np.float32)
b = np.array([True, False, True])
print((i + 1).dtype, (i + 1.5).dtype, (i * True).dtype)  # expect: int64 float64 int64
print((h + 1.5).dtype, (h + 1).dtype, (h + f).dtype, (h + i).dtype)  # expect: float32 float32 float64 float64
print((b + b).dtype, (b + 1).dtype, (b * 2.0).dtype)  # expect: bool int64 float64
print(repr(b + b))  # expect: array([ True, False,  True])
print((i / 2).dtype, repr(i / 2))  # expect: float64 array([0.5, 1. , 1.5])
print(repr(i // 2), repr(i % 2))  # expect: array([0, 1, 1]) array([1, 0, 1])
print(repr(-i // 2), repr(-f % 2))  # expect: array([-1, -1, -2]) array([1., 0., 1.])
print(repr(i ** 2), repr(f ** 2), repr(i ** 0.5))  # expect: array([1, 4, 9]) array([1., 4., 9.]) array([1.        , 1.41421356, 1.73205081])
print(repr(h / 3))  # expect: array([0.33333334, 0.6666667 , 1.        ], dtype=float32)
print(repr(h * 0.1))  # expect: array([0.1, 0.2, 0.3], dtype=float32)
print(repr(f.astype(int)))  # expect: array([1, 2, 3])
print(repr(np.array([-1.7, 2.9]).astype(np.int64)))  # expect: array([-1,  2])
print(repr(i.astype(np.float32)))  # expect: array([1., 2., 3.], dtype=float32)
print(repr(f.astype('float32')))  # expect: array([1., 2., 3.], dtype=float32)
print(repr(np.array([0, 1, 2]).astype(bool)))  # expect: array([False,  True,  True])
print(repr(b.astype(int)))  # expect: array([1, 0, 1])
print(repr(i == 2), (i == 2).dtype)  # expect: array([False,  True, False]) bool
print(repr(np.array([1.5, 2.5]).astype(np.float64) + np.array([1, 2], dtype=np.float32)))  # expect: array([2.5, 4.5])
print(np.sum(b), np.mean(b))  # expect: 2 0.6666666666666666
print(repr(np.array([1, 2]) * np.float32(2.0)))  # expect: array([2., 4.])
print(f.dtype.name, str(h.dtype))  # expect: float64 float32
x = np.array([1, 2, 3])
x += 1
print(repr(x))  # expect: array([2, 3, 4])
x = np.array([1, 2, 3])
x = x + 0.5
print(repr(x))  # expect: array([1.5, 2.5, 3.5])
y = np.array([1, 2, 3])
y += 0.5  # expect error: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64')
print(repr(np.array([1e308]) * 10))  # expect: array([inf])
print(repr(np.array([1.0, -1.0, 0.0]) / 0))  # expect: array([ inf, -inf,  nan])
