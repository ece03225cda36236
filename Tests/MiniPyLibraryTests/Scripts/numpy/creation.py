# Array constructors and their dtypes.
import numpy as np

print(np.array([1, 2, 3]))  # expect: [1 2 3]
print(repr(np.array([1, 2, 3])))  # expect: array([1, 2, 3])
print(np.array([1.0, 2, 3]).dtype)  # expect: float64
print(np.array([[1, 2], [3, 4]]).shape)  # expect: (2, 2)
print(np.array([True, False]).dtype)  # expect: bool
print(repr(np.array([1, 2], dtype=np.float32)))  # expect: array([1., 2.], dtype=float32)
print(repr(np.array([1.7, -2.7], dtype=int)))  # expect: array([ 1, -2])
print(repr(np.array([0, 2], dtype=bool)))  # expect: array([False,  True])
print(repr(np.array(5)))  # expect: array(5)
print(np.array(5).ndim)  # expect: 0
print(repr(np.zeros(3)))  # expect: array([0., 0., 0.])
print(repr(np.zeros((2, 3))))
# expect: array([[0., 0., 0.],
# expect:        [0., 0., 0.]])
print(repr(np.zeros((2, 2), dtype=np.int64)))
# expect: array([[0, 0],
# expect:        [0, 0]])
print(repr(np.ones((2, 3), dtype='float32')))
# expect: array([[1., 1., 1.],
# expect:        [1., 1., 1.]], dtype=float32)
print(repr(np.full((2, 2), 7)))
# expect: array([[7, 7],
# expect:        [7, 7]])
print(repr(np.full((2,), 0.5)))  # expect: array([0.5, 0.5])
a = np.array([[1, 2], [3, 4]])
print(repr(np.zeros_like(a)))
# expect: array([[0, 0],
# expect:        [0, 0]])
print(repr(np.ones_like(a, dtype=float)))
# expect: array([[1., 1.],
# expect:        [1., 1.]])
print(np.empty_like(a).shape, np.empty_like(a).dtype)  # expect: (2, 2) int64
print(np.empty((3, 2)).shape)  # expect: (3, 2)
print(repr(np.arange(5)))  # expect: array([0, 1, 2, 3, 4])
print(repr(np.arange(2, 10, 3)))  # expect: array([2, 5, 8])
print(repr(np.arange(0.0, 1.0, 0.25)))  # expect: array([0.  , 0.25, 0.5 , 0.75])
print(repr(np.arange(5, 0, -1)))  # expect: array([5, 4, 3, 2, 1])
print(repr(np.linspace(0, 1, 5)))  # expect: array([0.  , 0.25, 0.5 , 0.75, 1.  ])
print(repr(np.linspace(-1, 1, 4)))  # expect: array([-1.        , -0.33333333,  0.33333333,  1.        ])
print(repr(np.linspace(0, 10, 3, dtype=int)))  # expect: array([ 0,  5, 10])
print(repr(np.eye(3)))
# expect: array([[1., 0., 0.],
# expect:        [0., 1., 0.],
# expect:        [0., 0., 1.]])
print(repr(np.eye(2, 3)))
# expect: array([[1., 0., 0.],
# expect:        [0., 1., 0.]])
print(repr(np.array([[1, 2.5], [3, 4]])))
# expect: array([[1. , 2.5],
# expect:        [3. , 4. ]])
print(repr(np.array([])))  # expect: array([], dtype=float64)
print(np.array([[1, 2, 3]]).size, np.array([[1, 2, 3]]).ndim)  # expect: 3 2
print(np.float64, np.float32)  # expect: <class 'numpy.float64'> <class 'numpy.float32'>
print(np.zeros(3).dtype == np.float64)  # expect: True
print(np.array([1, 2], dtype=np.float32).dtype == np.float32)  # expect: True
print(np.pi, np.e)  # expect: 3.141592653589793 2.718281828459045
np.array([[1, 2], [3]])  # expect error: inhomogeneous
print(np.arange(2**62, 2**62 + 3), np.arange(10, 0, -3), np.arange(0, -5), np.arange(-7, 7, 4), np.arange(3, 8, 2))  # expect: [4611686018427387904 4611686018427387905 4611686018427387906] [10  7  4  1] [] [-7 -3  1  5] [3 5 7]
print(np.arange(-2**62, -2**62 + 2), np.arange(0, 9e18, 4e18).dtype, np.round(np.array([123, -456]), -100), np.round(np.array([1250, 5678]), -2))  # expect: [-4611686018427387904 -4611686018427387903] float64 [0 0] [1200 5700]
np.arange(0, 1e30)  # expect error: Maximum allowed size exceeded
np.arange(0, 10, 1e-300)  # expect error: Maximum allowed size exceeded
np.arange(0, np.nan)  # expect error: arange: cannot compute length
