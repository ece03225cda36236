# convolve correlate cross inner tensordot kron polyfit polyval logspace, linalg.lstsq and
# linalg.matrix_rank.
import numpy as np

print(repr(np.convolve([1, 2, 3], [0, 1, 0.5])), repr(np.convolve([1, 2, 3], [0, 1, 0.5], 'same')), repr(np.convolve([1, 2, 3], [0, 1, 0.5], 'valid')))  # expect: array([0. , 1. , 2.5, 4. , 1.5]) array([1. , 2.5, 4. ]) array([2.5])
print(repr(np.convolve([1, 2, 3, 4], [1, 1])), repr(np.convolve([1, 1], [1, 2, 3, 4], mode='same')), repr(np.convolve([1, 2], [1, 2, 3, 4, 5], 'valid')))  # expect: array([1, 3, 5, 7, 4]) array([1, 3, 5, 7]) array([ 4,  7, 10, 13])
print(repr(np.convolve(np.array([1, 2], dtype=np.float32), [1, 1])), repr(np.convolve(3, [1, 2])), repr(np.convolve([1, 2, 3, 4], [1, 0, -1, 2], 'same')))  # expect: array([1., 3., 2.]) array([3, 6]) array([2, 2, 4, 1])
print(repr(np.correlate([1, 2, 3], [0, 1, 0.5])), repr(np.correlate([1, 2, 3], [0, 1, 0.5], 'full')), repr(np.correlate([1, 2, 3], [0, 1, 0.5], 'same')))  # expect: array([3.5]) array([0.5, 2. , 3.5, 3. , 0. ]) array([2. , 3.5, 3. ])
print(repr(np.correlate([1, 2], [1, 2, 3], 'full')), repr(np.correlate([1, 2], [1, 2, 3])), repr(np.correlate([1, 2], [1, 2, 3, 4], 'same')))  # expect: array([3, 8, 5, 2]) array([8, 5]) array([11,  8,  5,  2])
print(repr(np.correlate([1, 2, 3, 4, 5], [1, 2], 'same')), repr(np.correlate([True, False], [1, 1], 'full')))  # expect: array([ 2,  5,  8, 11, 14]) array([1, 1, 0])
print(repr(np.convolve([True, False, True], [True, False, True])), repr(np.correlate([True, False], [False, False])))  # expect: array([ True, False,  True, False,  True]) array([False])
np.convolve([], [1])  # expect error: a cannot be empty
np.correlate([1], [])  # expect error: second array argument cannot be empty
np.correlate([1, 2], [1], mode='x')  # expect error: mode must be one of 'valid', 'same', or 'full' (got 'x')

print(repr(np.cross([1, 2, 3], [4, 5, 6])), repr(np.cross([1.0, 0, 0], [0, 1.0, 0])), repr(np.cross([1, 2], [3, 4])))  # expect: array([-3,  6, -3]) array([0., 0., 1.]) array(-2)
print(repr(np.cross([1, 2], [3, 4, 5])), repr(np.cross([1, 2, 3], [4, 5])))  # expect: array([10, -5, -2]) array([-15,  12,  -3])
print(repr(np.cross([[1, 0, 0], [0, 1, 0]], [0, 0, 1])), repr(np.cross([[1, 2], [3, 4]], [[5, 6], [7, 8]])))
# expect: array([[ 0, -1,  0],
# expect:        [ 1,  0,  0]]) array([-4, -4])
np.cross([1, 2, 3, 4], [1, 2, 3])  # expect error: incompatible dimensions for cross product
np.cross(np.ones((2, 3)), np.ones((3, 3)))  # expect error: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).

print(repr(np.inner([1, 2, 3], [0, 1, 0])), repr(np.inner(np.arange(6).reshape(2, 3), [1, 0, 1])), repr(np.inner(2, [1, 2])))  # expect: np.int64(2) array([2, 8]) array([2, 4])
print(repr(np.inner(np.arange(4.0).reshape(2, 2), np.arange(4.0).reshape(2, 2))), repr(np.inner([], [])))
# expect: array([[ 1.,  3.],
# expect:        [ 3., 13.]]) np.float64(0.0)
print(repr(np.inner(np.array([True, False]), np.array([False, True]))), repr(np.tensordot(np.array([[True, False]]), np.array([True, True]), axes=1)))  # expect: np.False_ array([ True])
np.inner(np.ones((2, 3)), np.ones(2))  # expect error: shapes (2,3) and (2,) not aligned: 3 (dim 1) != 2 (dim 0)

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 2, 2)
print(repr(np.tensordot(a, a.T, axes=1)), repr(np.tensordot(a, a)), repr(np.tensordot([1, 2], [3, 4], axes=1)))
# expect: array([[ 5, 14],
# expect:        [14, 50]]) array(55) array(11)
print(repr(np.tensordot(a, b, axes=([1], [0])).shape), repr(np.tensordot(a, b, axes=([0, 1], [1, 0]))), repr(np.tensordot(a, [1.0, 2.0], axes=0).shape))  # expect: (2, 2, 2) array([100, 115]) (2, 3, 2)
print(repr(np.tensordot(a, a, axes=([1], [1]))))
# expect: array([[ 5, 14],
# expect:        [14, 50]])
np.tensordot(np.ones((2, 3)), np.ones((2, 3)), axes=1)  # expect error: shape-mismatch for sum
np.tensordot(a, a, axes=([0, 0], [0, 0]))  # expect error: duplicate axes are not allowed in tensordot

print(repr(np.kron([1, 10, 100], [5, 6, 7])), repr(np.kron(np.eye(2), np.ones((2, 2)))), repr(np.kron(2, 3)))
# expect: array([  5,   6,   7,  50,  60,  70, 500, 600, 700]) array([[1., 1., 0., 0.],
# expect:        [1., 1., 0., 0.],
# expect:        [0., 0., 1., 1.],
# expect:        [0., 0., 1., 1.]]) np.int64(6)
print(repr(np.kron([1, 2], np.array([[1], [2]]))), repr(np.kron(np.ones((2, 1, 2)), [[1, 2]]).shape), repr(np.kron([1.5], [2])))
# expect: array([[1, 2],
# expect:        [2, 4]]) (2, 1, 4) array([3.])

print(repr(np.polyval([1, 2, 3], 2)), repr(np.polyval([3, 0, 1], [1, 2, 3])), repr(np.polyval(np.array([1.0, 2]), [1, 2])))  # expect: np.int64(11) array([ 4, 13, 28]) array([3., 4.])
print(repr(np.polyval([], 5)), repr(np.polyval([2], np.array([[1, 2]]))), repr(np.polyval([0.5, 1], np.float32(2))))  # expect: array(0) array([[2, 2]]) np.float64(2.0)
print(repr(np.round(np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1), 6)), repr(np.round(np.polyfit([-1, 0, 1, 2], [2, 1, 2, 5], 2), 6)))  # expect: array([2., 1.]) array([1., 0., 1.])
print(repr(np.round(np.polyfit([1, 2, 3], [[1, 2], [2, 4], [3, 6]], 1), 6) + 0.0), repr(np.round(np.polyfit([1, 2], [3, 3], 0), 6)))
# expect: array([[1., 2.],
# expect:        [0., 0.]]) array([3.])
np.polyfit([1, 2], [1, 2], -1)  # expect error: expected deg >= 0
np.polyval(np.array(2), 3)  # expect error: iteration over a 0-d array
np.polyfit([1, 2], [1, 2, 3], 1)  # expect error: expected x and y to have same length
np.polyfit([[1, 2]], [1, 2], 1)  # expect error: expected 1D vector for x

print(repr(np.logspace(0, 2, 3)), repr(np.logspace(0, 3, 4, base=2)), repr(np.logspace(1, 2, 2, endpoint=False)))  # expect: array([  1.,  10., 100.]) array([1., 2., 4., 8.]) array([10.       , 31.6227766])
print(repr(np.logspace(0, 1, 0)), repr(np.logspace(-1, 1, 3, dtype=np.float32)), repr(np.logspace(0, 2, 3, dtype=int)))  # expect: array([], dtype=float64) array([ 0.1,  1. , 10. ], dtype=float32) array([  1,  10, 100])
np.logspace(0, 2, -1)  # expect error: Number of samples, -1, must be non-negative.

A = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
x, res, rank, s = np.linalg.lstsq(A, np.array([1.0, 2.0, 4.0]))
print(np.round(x, 6), np.round(res, 6), rank, np.round(s, 6), x.shape, res.shape, s.shape)  # expect: [0.833333 1.5     ] [0.166667] 2 [2.676243 0.915272] (2,) (1,) (2,)
x, res, rank, s = np.linalg.lstsq(A, np.array([[1.0, 0.0], [2.0, 1.0], [4.0, 2.0]]), rcond=None)
print(np.round(x, 6) + 0.0, np.round(res, 6) + 0.0, rank, x.shape)
# expect: [[0.833333 0.      ]
# expect:  [1.5      1.      ]] [0.166667 0.      ] 2 (2, 2)
x, res, rank, s = np.linalg.lstsq(np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([1.0, 2.0]))
print(np.round(x, 6) + 0.0, repr(res), rank, np.round(s, 6))  # expect: [0.2 0.4] array([], dtype=float64) 1 [5. 0.]
x, res, rank, s = np.linalg.lstsq(np.eye(2), [3, 4])
print(np.round(x, 6), repr(res), rank)  # expect: [3. 4.] array([], dtype=float64) 2
np.linalg.lstsq(np.ones((3, 2)), np.ones(2))  # expect error: Incompatible dimensions
np.linalg.lstsq(np.ones(3), np.ones(3))  # expect error: 1-dimensional array given. Array must be two-dimensional

print(repr(np.linalg.matrix_rank(np.eye(3))), repr(np.linalg.matrix_rank(np.ones((3, 3)))), repr(np.linalg.matrix_rank(np.zeros((2, 2)))))  # expect: np.int64(3) np.int64(1) np.int64(0)
print(repr(np.linalg.matrix_rank([[1, 2], [2, 4.000001]])), repr(np.linalg.matrix_rank(np.ones(3))), repr(np.linalg.matrix_rank(np.zeros(2))))  # expect: np.int64(2) 1 0
print(repr(np.linalg.matrix_rank(np.arange(12).reshape(3, 4))))  # expect: np.int64(2)
