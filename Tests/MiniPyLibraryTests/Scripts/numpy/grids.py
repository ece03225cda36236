# meshgrid outer diag identity trace flip tile repeat (and a.repeat, a.trace).
import numpy as np

x = np.array([1, 2, 3])
y = np.array([10.0, 20.0])
X, Y = np.meshgrid(x, y)
print(X)
# expect: [[1 2 3]
# expect:  [1 2 3]]
print(Y)
# expect: [[10. 10. 10.]
# expect:  [20. 20. 20.]]
print(repr(X.dtype), repr(Y.dtype), X.shape, type(np.meshgrid(x, y)).__name__)  # expect: dtype('int64') dtype('float64') (2, 3) tuple
I, J = np.meshgrid(x, y, indexing='ij')
print(I.shape, I[:, 0], J[0])  # expect: (3, 2) [1 2 3] [10. 20.]
A, B, C = np.meshgrid([1, 2], [3, 4, 5], [6, 7, 8, 9])
print(A.shape, B.shape, C.shape, A[0, :, 0], B[:, 0, 0], C[0, 0])  # expect: (3, 2, 4) (3, 2, 4) (3, 2, 4) [1 2] [3 4 5] [6 7 8 9]
A, B, C = np.meshgrid([1, 2], [3, 4, 5], [6, 7, 8, 9], indexing='ij')
print(A.shape, A[:, 0, 0], B[0, :, 0], C[0, 0])  # expect: (2, 3, 4) [1 2] [3 4 5] [6 7 8 9]
xs, ys = np.meshgrid(x, y, sparse=True)
print(repr(xs), repr(ys))
# expect: array([[1, 2, 3]]) array([[10.],
# expect:        [20.]])
print(np.meshgrid(np.array([[1, 2], [3, 4]]), [5])[0], np.meshgrid([1, 2]), np.meshgrid())  # expect: [[1 2 3 4]] (array([1, 2]),) ()
gx, gy = np.meshgrid(np.linspace(0, 1, 3), np.linspace(0, 1, 2))
print(gx ** 2 + gy ** 2)
# expect: [[0.   0.25 1.  ]
# expect:  [1.   1.25 2.  ]]
np.meshgrid(x, y, indexing='xz')  # expect error: Valid values for `indexing` are 'xy' and 'ij'.

print(np.outer(x, y))
# expect: [[10. 20.]
# expect:  [20. 40.]
# expect:  [30. 60.]]
print(repr(np.outer([1, 2], [3, 4])), repr(np.outer(np.array([[1, 2]]), 3)), repr(np.outer([True, False], [True, True])))
# expect: array([[3, 4],
# expect:        [6, 8]]) array([[3],
# expect:        [6]]) array([[ True,  True],
# expect:        [False, False]])
print(repr(np.outer(np.array([], dtype=float), x)))  # expect: array([], shape=(0, 3), dtype=float64)

print(np.diag(x))
# expect: [[1 0 0]
# expect:  [0 2 0]
# expect:  [0 0 3]]
print(repr(np.diag([1.5, 2.5], k=1)), repr(np.diag(np.array([1, 2]), -1)))
# expect: array([[0. , 1.5, 0. ],
# expect:        [0. , 0. , 2.5],
# expect:        [0. , 0. , 0. ]]) array([[0, 0, 0],
# expect:        [1, 0, 0],
# expect:        [0, 2, 0]])
m = np.arange(12).reshape(3, 4)
print(repr(np.diag(m)), repr(np.diag(m, 1)), repr(np.diag(m, k=-2)), repr(np.diag(m, 5)))  # expect: array([ 0,  5, 10]) array([ 1,  6, 11]) array([8]) array([], dtype=int64)
np.diag(np.ones((2, 2, 2)))  # expect error: Input must be 1- or 2-d.
print(repr(np.identity(3)), repr(np.identity(2, dtype=int)), repr(np.identity(0)))
# expect: array([[1., 0., 0.],
# expect:        [0., 1., 0.],
# expect:        [0., 0., 1.]]) array([[1, 0],
# expect:        [0, 1]]) array([], shape=(0, 0), dtype=float64)

print(repr(np.trace(m)), repr(np.trace(m, 1)), repr(np.trace(m, offset=-1)), repr(m.trace()), repr(np.trace(np.eye(3))))  # expect: np.int64(15) np.int64(18) np.int64(13) np.int64(15) np.float64(3.0)
t3 = np.arange(24).reshape(2, 3, 4)
print(repr(np.trace(t3)), repr(np.trace(t3, axis1=1, axis2=2)), repr(np.trace(np.array([[True, True], [False, True]]))))  # expect: array([16, 18, 20, 22]) array([15, 51]) np.int64(2)
print(repr(np.trace(m, dtype=float)), repr(np.trace(np.ones((2, 2), dtype=np.float32))))  # expect: np.float64(15.0) np.float32(2.0)
np.trace(np.ones(3))  # expect error: diag requires an array of at least two dimensions

print(np.flip(x), np.flip(m, 0)[0], np.flip(m, axis=1)[0], np.flip(m)[0], np.flip(m, axis=(0, 1))[2])  # expect: [3 2 1] [ 8  9 10 11] [3 2 1 0] [11 10  9  8] [3 2 1 0]
print(np.flip(t3, axis=-1)[1, 2], repr(np.flip(np.array(3))), repr(np.flip(np.array([]))))  # expect: [23 22 21 20] np.int64(3) array([], dtype=float64)
f = np.flip(x)
f[0] = 99
print(x, f)  # expect: [ 1  2 99] [99  2  1]
np.flip(x, axis=1)  # expect error: axis 1 is out of bounds for array of dimension 1
print(np.fliplr(m)[0], np.flipud(m)[0], np.flipud(x))  # expect: [3 2 1 0] [ 8  9 10 11] [99  2  1]
np.fliplr(x)  # expect error: Input must be >= 2-d.
np.flipud(np.array(3))  # expect error: Input must be >= 1-d.

print(repr(np.tile(x, 2)), repr(np.tile(x, (2, 1))), repr(np.tile(np.array([[1, 2]]), (2, 2))), repr(np.tile(y, 0)))
# expect: array([ 1,  2, 99,  1,  2, 99]) array([[ 1,  2, 99],
# expect:        [ 1,  2, 99]]) array([[1, 2, 1, 2],
# expect:        [1, 2, 1, 2]]) array([], dtype=float64)
print(repr(np.tile(np.array([[1], [2]]), 3)), repr(np.tile(5, 3)))
# expect: array([[1, 1, 1],
# expect:        [2, 2, 2]]) array([5, 5, 5])
np.tile(x, -1)  # expect error: negative dimensions are not allowed

print(repr(np.repeat(x, 2)), repr(np.repeat(m[:2, :2], 2, axis=0)), repr(np.repeat(m[:2, :2], 2)))
# expect: array([ 1,  1,  2,  2, 99, 99]) array([[0, 1],
# expect:        [0, 1],
# expect:        [4, 5],
# expect:        [4, 5]]) array([0, 0, 1, 1, 4, 4, 5, 5])
print(repr(np.repeat(x, [1, 0, 3])), repr(np.repeat(np.array([[1, 2], [3, 4]]), [2, 1], axis=1)), repr(np.repeat(7, 3)))
# expect: array([ 1, 99, 99, 99]) array([[1, 1, 2],
# expect:        [3, 3, 4]]) array([7, 7, 7])
print(repr(x.repeat(2)), repr(m[:2, :2].repeat([1, 2], axis=-2)), repr(np.repeat(y, 0)))
# expect: array([ 1,  1,  2,  2, 99, 99]) array([[0, 1],
# expect:        [4, 5],
# expect:        [4, 5]]) array([], dtype=float64)
np.repeat(x, [1, 2])  # expect error: operands could not be broadcast together with shape (3,) (2,)
np.repeat(x, -1)  # expect error: negative dimensions are not allowed
np.repeat(x, [1, -1, 2])  # expect error: repeats may not contain negative values.
np.repeat(m, 2, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2

# Edge cases.
print(np.meshgrid(5, [1, 2]), repr(np.diag([[1, 2], [3, 4]], 3)), repr(np.identity(2, dtype=bool)))
# expect: (array([[5],
# expect:        [5]]), array([[1],
# expect:        [2]])) array([], dtype=int64) array([[ True, False],
# expect:        [False,  True]])
print(repr(np.outer([[1, 2], [3, 4]], [1, 2])), repr(np.repeat(np.array([[1, 2]]), [1, 2], axis=None)), repr(np.tile(np.array([]), 2)))
# expect: array([[1, 2],
# expect:        [2, 4],
# expect:        [3, 6],
# expect:        [4, 8]]) array([1, 2, 2]) array([], dtype=float64)
print(repr(np.flip([[1, 2], [3, 4]], axis=(0,))))
# expect: array([[3, 4],
# expect:        [1, 2]])
np.trace(np.ones((2, 3)), axis1=0, axis2=0)  # expect error: axis1 and axis2 cannot be the same
cube = np.arange(24).reshape(2, 3, 4)
print(cube.diagonal())
# expect: [[ 0 16]
# expect:  [ 1 17]
# expect:  [ 2 18]
# expect:  [ 3 19]]
print(np.diagonal(cube, 1, 1, 2), np.arange(9).reshape(3, 3).diagonal(-1), np.eye(3).diagonal(offset=1))
# expect: [[ 1  6 11]
# expect:  [13 18 23]] [3 7] [0. 0.]
np.diagonal(np.arange(3))  # expect error: diag requires an array of at least two dimensions
