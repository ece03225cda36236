# Elementwise functions.
import numpy as np

x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print(np.exp(x))  # expect: [0.13533528 0.60653066 1.         1.64872127 7.3890561 ]
print(np.log(np.array([1.0, np.e, 10.0])))  # expect: [0.         1.         2.30258509]
print(np.sqrt(np.array([0.0, 1.0, 2.0, 9.0])))  # expect: [0.         1.         1.41421356 3.        ]
print(np.abs(x), np.abs(np.array([-3, 4])))  # expect: [2.  0.5 0.  0.5 2. ] [3 4]
print(np.tanh(x))  # expect: [-0.96402758 -0.46211716  0.          0.46211716  0.96402758]
print(np.square(x), np.square(np.array([2, -3])))  # expect: [4.   0.25 0.   0.25 4.  ] [4 9]
print(np.power(x, 2), np.power(2, np.array([1, 2, 3])), np.power(np.array([4.0, 9.0]), 0.5))  # expect: [4.   0.25 0.   0.25 4.  ] [2 4 8] [2. 3.]
print(np.maximum(x, 0), np.minimum(x, 0))  # expect: [0.  0.  0.  0.5 2. ] [-2.  -0.5  0.   0.   0. ]
print(np.maximum(np.array([1, 5]), np.array([3, 2])))  # expect: [3 5]
print(np.clip(x, -1, 1), x.clip(0, 1))  # expect: [-1.  -0.5  0.   0.5  1. ] [0.  0.  0.  0.5 1. ]
print(np.clip(np.array([1, 5, 10]), 2, 8))  # expect: [2 5 8]
print(np.where(x > 0, x, 0))  # expect: [0.  0.  0.  0.5 2. ]
print(np.where(x > 0, 1, -1))  # expect: [-1 -1 -1  1  1]
print(np.where(np.array([True, False]), np.array([1, 2]), np.array([10.0, 20.0])))  # expect: [ 1. 20.]
print(np.where(np.array([0, 3, 0, 5])))  # expect: (array([1, 3]),)
print(np.sign(x), np.sign(np.array([-3, 0, 7])))  # expect: [-1. -1.  0.  1.  1.] [-1  0  1]
print(np.round(np.array([0.5, 1.5, 2.5, -0.5, 1.2345])), np.round(np.array([1.2345, 2.71828]), 2))  # expect: [ 0.  2.  2. -0.  1.] [1.23 2.72]
print(x.round(), np.round(np.array([1, 2])))  # expect: [-2. -0.  0.  0.  2.] [1 2]
print(np.floor(x), np.floor(np.array([1.7, -1.2])))  # expect: [-2. -1.  0.  0.  2.] [ 1. -2.]
print(np.sin(np.array([0.0, np.pi / 2, np.pi])))  # expect: [0.0000000e+00 1.0000000e+00 1.2246468e-16]
print(np.cos(np.array([0.0, np.pi / 3, np.pi])))  # expect: [ 1.   0.5 -1. ]
print(np.add(1, 2), np.add(np.array([1, 2]), 3))  # expect: 3 [4 5]
print(np.subtract(np.array([5.0, 6.0]), np.array([1.0, 2.0])))  # expect: [4. 4.]
print(np.multiply(np.array([[1, 2]]), np.array([[3], [4]])))
# expect: [[3 6]
# expect:  [4 8]]
print(np.divide(np.array([1, 2, 3]), 2))  # expect: [0.5 1.  1.5]
print(np.exp(0), np.sqrt(16), np.log(1.0))  # expect: 1.0 4.0 0.0
print(repr(np.exp(1.0)), repr(np.sqrt(np.float32(2.0))))  # expect: np.float64(2.718281828459045) np.float32(1.4142135)
print(np.exp(np.array([0.0, 1.0], dtype=np.float32)).dtype, np.exp(np.array([0.0, 2.0], dtype=np.float32))[0])  # expect: float32 1.0
print(repr(np.exp(np.array([0, 1]))))  # expect: array([1.        , 2.71828183])
print(np.log(np.array([0.0, -1.0])))  # expect: [-inf  nan]
print(1 / (1 + np.exp(-np.array([0.0, 2.0, -2.0]))))  # expect: [0.5        0.88079708 0.11920292]
print(np.exp(np.array([1000.0])))  # expect: [inf]
print(np.abs(-2.5), np.maximum(3, 7))  # expect: 2.5 7
