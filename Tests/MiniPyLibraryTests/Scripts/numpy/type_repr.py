# type() of an array prints as NumPy's does (found by chapter 00, which shows it).
import numpy as np
a = np.array([1, 2, 3])
print(type(a))  # expect: <class 'numpy.ndarray'>
print(type(a).__name__)  # expect: ndarray
print(type(a) == type(np.zeros(2)), type(a) == type([1]))  # expect: True False
print(type(3), type([1]))  # expect: <class 'int'> <class 'list'>
print(type(np.float64(1)).__name__, type(np.zeros(2)).__name__, type(np.zeros(2)[0]).__name__, type(np.int64(3)).__name__)  # expect: float64 ndarray float64 int64
print(float(np.array(2.5)), int(np.array(7)), bool(np.array([3])), np.array([[4.5]]).item())  # expect: 2.5 7 True 4.5
float(np.array([5.0]))  # expect error: only 0-dimensional arrays can be converted to Python scalars
int(np.array([[1]]))  # expect error: only 0-dimensional arrays can be converted to Python scalars
print(np.float64("1.5"), np.float64(" -2e3 "), np.float32("0.1"), np.int64("7"), np.float64("nan"), repr(np.float64("inf")))  # expect: 1.5 -2000.0 0.1 7 nan np.float64(inf)
np.float64("abc")  # expect error: could not convert string to float: 'abc'
np.int64("1.5")  # expect error: invalid literal for int() with base 10: '1.5'
