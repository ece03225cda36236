# How arrays and NumPy scalars print.
import numpy as np

print(np.array([1.0, 2.0]), repr(np.array([1.0, 2.0])))  # expect: [1. 2.] array([1., 2.])
print(np.array([[1.5, 2.0], [-3.0, 4.25]]))
# expect: [[ 1.5   2.  ]
# expect:  [-3.    4.25]]
print(np.arange(25) * 0.5)
# expect: [ 0.   0.5  1.   1.5  2.   2.5  3.   3.5  4.   4.5  5.   5.5  6.   6.5
# expect:   7.   7.5  8.   8.5  9.   9.5 10.  10.5 11.  11.5 12. ]
print(repr(np.arange(25) * 0.5))
# expect: array([ 0. ,  0.5,  1. ,  1.5,  2. ,  2.5,  3. ,  3.5,  4. ,  4.5,  5. ,
# expect:         5.5,  6. ,  6.5,  7. ,  7.5,  8. ,  8.5,  9. ,  9.5, 10. , 10.5,
# expect:        11. , 11.5, 12. ])
print(np.arange(2000))  # expect: [   0    1    2 ... 1997 1998 1999]
print(repr(np.zeros((200, 10))))
# expect: array([[0., 0., 0., ..., 0., 0., 0.],
# expect:        [0., 0., 0., ..., 0., 0., 0.],
# expect:        [0., 0., 0., ..., 0., 0., 0.],
# expect:        ...,
# expect:        [0., 0., 0., ..., 0., 0., 0.],
# expect:        [0., 0., 0., ..., 0., 0., 0.],
# expect:        [0., 0., 0., ..., 0., 0., 0.]], shape=(200, 10))
print(np.array([1e-6, 1.0]), np.array([1e9]))  # expect: [1.e-06 1.e+00] [1.e+09]
print(np.array([0.123456789]))  # expect: [0.12345679]
print(np.array([[True, False]]))  # expect: [[ True False]]
print(np.array(3.5), repr(np.array(3.5)))  # expect: 3.5 array(3.5)
print(np.float64(2.0), repr(np.float64(2.0)), repr(np.float32(0.1)))  # expect: 2.0 np.float64(2.0) np.float32(0.1)
print(np.sum(np.array([0.5, 0.25])), repr(np.sum(np.array([0.5, 0.25]))))  # expect: 0.75 np.float64(0.75)
print(repr(np.int64(3)), repr(np.array([1, 2]).sum()), repr(np.array([1, 2]) .max()))  # expect: np.int64(3) np.int64(3) np.int64(2)
x = np.float64(1.5)
print(x + 1, x * 2, x > 1, float(x), int(x))  # expect: 2.5 3.0 True 1.5 1
print(f"{np.mean(np.array([1.0, 2.0])):.3f}", "{:.2f}".format(np.float64(2.345)), "%.1f" % np.float64(0.25))  # expect: 1.500 2.35 0.2
print([np.array([1, 2])], (np.array([1.0]),))  # expect: [array([1, 2])] (array([1.]),)
print(str(np.array([1, 2])), str(np.zeros((2, 2))))
# expect: [1 2] [[0. 0.]
# expect:  [0. 0.]]
print(np.ones((2, 2, 2)))
# expect: [[[1. 1.]
# expect:   [1. 1.]]
# expect: 
# expect:  [[1. 1.]
# expect:   [1. 1.]]]
print(np.array([np.nan, 1.0, np.inf]))  # expect: [nan  1. inf]
print(np.linspace(0, 1, 7))
# expect: [0.         0.16666667 0.33333333 0.5        0.66666667 0.83333333
# expect:  1.        ]
print(np.array([100.0, 0.001]))  # expect: [1.e+02 1.e-03]
print(np.array([1, 2, 3], dtype=np.float32) / 3)  # expect: [0.33333334 0.6666667  1.        ]
print(np.zeros(0), np.zeros((0, 2)).shape)  # expect: [] (0, 2)
print(np.array(['a']).dtype) if False else print("strings are not arrays here")  # expect: strings are not arrays here
print(type(np.array([1])), type(np.float64(1.0)), type(np.sum(np.array([1, 2]))))  # expect: <class 'numpy.ndarray'> <class 'numpy.float64'> <class 'numpy.int64'>
print(isinstance(np.zeros(2), np.ndarray), isinstance([1], np.ndarray), isinstance(np.float64(2.0), float))  # expect: True False True
