# type() of an array prints as NumPy's does (found by chapter 00, which shows it).
import numpy as np
a = np.array([1, 2, 3])
print(type(a))  # expect: <class 'numpy.ndarray'>
print(type(a).__name__)  # expect: ndarray
print(type(a) == type(np.zeros(2)), type(a) == type([1]))  # expect: True False
print(type(3), type([1]))  # expect: <class 'int'> <class 'list'>
