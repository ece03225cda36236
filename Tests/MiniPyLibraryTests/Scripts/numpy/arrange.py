# column_stack row_stack dstack split array_split hsplit vsplit dsplit swapaxes moveaxis
# atleast_1d atleast_2d atleast_3d broadcast_to roll rot90 triu tril take resize argwhere diff,
# and the array methods swapaxes take.
import numpy as np

a = np.arange(6).reshape(2, 3)
print(np.column_stack(([1, 2, 3], [4, 5, 6])))
# expect: [[1 4]
# expect:  [2 5]
# expect:  [3 6]]
print(np.column_stack((a.T, np.array([7, 8, 9]))).shape)  # expect: (3, 3)
np.column_stack(([1, 2], [1, 2, 3]))  # expect error: all the input array dimensions except for the concatenation axis must match exactly
print(np.row_stack(([1, 2], [3, 4])))
# expect: [[1 2]
# expect:  [3 4]]
print(repr(np.dstack(([1, 2], [3, 4]))))
# expect: array([[[1, 3],
# expect:         [2, 4]]])
print(np.dstack((a, a)).shape, np.dstack((1, 2)).shape)  # expect: (2, 3, 2) (1, 1, 2)
np.dstack((a, np.arange(2)))  # expect error: all the input array dimensions except for the concatenation axis must match exactly

print(np.split(np.arange(6), 3))  # expect: [array([0, 1]), array([2, 3]), array([4, 5])]
print(np.split(np.arange(6), [2, 5]))  # expect: [array([0, 1]), array([2, 3, 4]), array([5])]
print(np.split(np.arange(6), [-2, 10]))  # expect: [array([0, 1, 2, 3]), array([4, 5]), array([], dtype=int64)]
print(np.split(a, 3, axis=1))
# expect: [array([[0],
# expect:        [3]]), array([[1],
# expect:        [4]]), array([[2],
# expect:        [5]])]
print(np.split(a, 2, axis=-2))  # expect: [array([[0, 1, 2]]), array([[3, 4, 5]])]
np.split(np.arange(7), 3)  # expect error: array split does not result in an equal division
np.split(a, 2, axis=2)  # expect error: tuple index out of range
print(np.array_split(np.arange(7), 3))  # expect: [array([0, 1, 2]), array([3, 4]), array([5, 6])]
print(np.array_split(np.arange(2), 4))  # expect: [array([0]), array([1]), array([], dtype=int64), array([], dtype=int64)]
np.array_split(np.arange(3), 0)  # expect error: number sections must be larger than 0.
np.array_split(np.arange(3), 10**12)  # expect error: MemoryError
print(np.hsplit(a, 3))
# expect: [array([[0],
# expect:        [3]]), array([[1],
# expect:        [4]]), array([[2],
# expect:        [5]])]
print(np.hsplit(np.arange(4.0), 2))  # expect: [array([0., 1.]), array([2., 3.])]
np.hsplit(np.array(3), 1)  # expect error: hsplit only works on arrays of 1 or more dimensions
print(np.vsplit(np.arange(8).reshape(4, 2), [1]))
# expect: [array([[0, 1]]), array([[2, 3],
# expect:        [4, 5],
# expect:        [6, 7]])]
np.vsplit(np.arange(4), 2)  # expect error: vsplit only works on arrays of 2 or more dimensions
print(np.dsplit(np.arange(8).reshape(2, 2, 2), 2)[1].shape, np.dsplit(np.arange(12).reshape(1, 2, 6), [1, 4])[2].shape)  # expect: (2, 2, 1) (1, 2, 2)
np.dsplit(np.ones((2, 2)), 2)  # expect error: dsplit only works on arrays of 3 or more dimensions
parts = np.split(a, 2)
parts[0][0, 0] = 100
print(a[0])  # expect: [100   1   2]

print(np.swapaxes(a, 0, 1))
# expect: [[100   3]
# expect:  [  1   4]
# expect:  [  2   5]]
print(np.swapaxes(np.zeros((2, 3, 4)), 0, -1).shape, a.swapaxes(1, 0).shape)  # expect: (4, 3, 2) (3, 2)
np.swapaxes(a, 0, 2)  # expect error: axis 2 is out of bounds for array of dimension 2
np.swapaxes(a, 5, 0)  # expect error: axis1: axis 5 is out of bounds for array of dimension 2
s = a.swapaxes(0, 1)
s[0, 1] = -5
print(a[1])  # expect: [-5  4  5]
z = np.zeros((2, 3, 4))
print(np.moveaxis(z, 0, -1).shape, np.moveaxis(z, -1, 0).shape, np.moveaxis(z, [0, 1], [-1, -2]).shape)  # expect: (3, 4, 2) (4, 2, 3) (4, 3, 2)
np.moveaxis(z, 3, 0)  # expect error: source: axis 3 is out of bounds for array of dimension 3
np.moveaxis(z, [0, 1], [0])  # expect error: `source` and `destination` arguments must have the same number of elements

print(repr(np.atleast_1d(5)), repr(np.atleast_1d([1, 2])), np.atleast_1d(1, [2, 3]))  # expect: array([5]) array([1, 2]) (array([1]), array([2, 3]))
print(repr(np.atleast_2d(5)), repr(np.atleast_2d([1, 2])), np.atleast_2d(a).shape)  # expect: array([[5]]) array([[1, 2]]) (2, 3)
print(np.atleast_2d(1, [2]))  # expect: (array([[1]]), array([[2]]))
print(np.atleast_3d(5).shape, np.atleast_3d([1, 2]).shape, np.atleast_3d(np.ones((2, 3))).shape, np.atleast_3d(np.ones((2, 3, 4, 5))).shape)  # expect: (1, 1, 1) (1, 2, 1) (2, 3, 1) (2, 3, 4, 5)
print(np.atleast_3d(5, [1]))  # expect: (array([[[5]]]), array([[[1]]]))

print(np.broadcast_to(np.arange(3), (2, 3)))
# expect: [[0 1 2]
# expect:  [0 1 2]]
print(repr(np.broadcast_to(5, (2,))), np.broadcast_to(np.ones((3, 1)), (2, 3, 4)).shape)  # expect: array([5, 5]) (2, 3, 4)
np.broadcast_to(np.arange(3), (2, 2))  # expect error: operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,2)

print(np.roll(np.arange(5), 2), np.roll(np.arange(5), -1), np.roll(np.arange(5), 12))  # expect: [3 4 0 1 2] [1 2 3 4 0] [3 4 0 1 2]
print(np.roll(a, 1))
# expect: [[  5 100   1]
# expect:  [  2  -5   4]]
print(np.roll(a, 1, axis=0))
# expect: [[ -5   4   5]
# expect:  [100   1   2]]
print(np.roll(a, -1, axis=1))
# expect: [[  1   2 100]
# expect:  [  4   5  -5]]
print(np.roll(a, (1, 1), axis=(0, 1)))
# expect: [[  5  -5   4]
# expect:  [  2 100   1]]
print(repr(np.roll(np.array([]), 3)))  # expect: array([], dtype=float64)
np.roll(a, 1, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2

print(np.rot90(a))
# expect: [[  2   5]
# expect:  [  1   4]
# expect:  [100  -5]]
print(np.rot90(a, 2))
# expect: [[  5   4  -5]
# expect:  [  2   1 100]]
print(np.rot90(a, -1))
# expect: [[ -5 100]
# expect:  [  4   1]
# expect:  [  5   2]]
print(np.rot90(a, k=3, axes=(1, 0)))
# expect: [[  2   5]
# expect:  [  1   4]
# expect:  [100  -5]]
print(np.rot90(np.arange(8).reshape(2, 2, 2), axes=(1, 2))[0])
# expect: [[1 3]
# expect:  [0 2]]
np.rot90(a, axes=(0, 0))  # expect error: Axes must be different.
np.rot90(a, axes=(0,))  # expect error: len(axes) must be 2.
np.rot90(np.zeros((2, 2, 2)), axes=(0, 4))  # expect error: Axes=(0, 4) out of range for array of ndim=3.

m = np.arange(1, 10).reshape(3, 3)
print(np.triu(m))
# expect: [[1 2 3]
# expect:  [0 5 6]
# expect:  [0 0 9]]
print(np.triu(m, 1))
# expect: [[0 2 3]
# expect:  [0 0 6]
# expect:  [0 0 0]]
print(np.tril(m, -1))
# expect: [[0 0 0]
# expect:  [4 0 0]
# expect:  [7 8 0]]
print(np.tril(m, 1))
# expect: [[1 2 0]
# expect:  [4 5 6]
# expect:  [7 8 9]]
print(np.triu([1, 2, 3]))
# expect: [[1 2 3]
# expect:  [0 2 3]
# expect:  [0 0 3]]
print(np.tril(np.ones((2, 2, 3)))[1])
# expect: [[1. 0. 0.]
# expect:  [1. 1. 0.]]
print(repr(np.triu(np.ones((2, 4), dtype=bool), k=2)))
# expect: array([[False, False,  True,  True],
# expect:        [False, False, False,  True]])
np.triu(np.array(3))  # expect error: tri() missing 1 required positional argument: 'N'

print(np.take([4, 3, 5, 7, 6, 8], [0, 1, 4]), np.take(a, 4), np.take(a, -1))  # expect: [4 3 6] 4 5
print(np.take(a, [[0, 1], [1, 2]]))
# expect: [[100   1]
# expect:  [  1   2]]
print(np.take(a, [0, 2], axis=1), np.take(a, [1], axis=-2))
# expect: [[100   2]
# expect:  [ -5   5]] [[-5  4  5]]
print(a.take([0, 5]), a.take([2], axis=1))
# expect: [100   5] [[2]
# expect:  [5]]
print(repr(np.take(a, [], axis=1)))  # expect: array([], shape=(2, 0), dtype=int64)
np.take(a, [7])  # expect error: index 7 is out of bounds for axis 0 with size 6
print(np.take([1, 2, 3], [5, -5], mode='wrap'), np.take([1, 2, 3], [5, -5], mode='clip'), a.take([4, 7], axis=1, mode='wrap'))
# expect: [3 2] [3 1] [[1 1]
# expect:  [4 4]]
np.take(a, [0], mode='bounce')  # expect error: clipmode must be one of 'clip', 'raise', or 'wrap' (got 'bounce')
np.take(a, [0], axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2

print(np.resize(np.array([1, 2, 3]), (2, 4)))
# expect: [[1 2 3 1]
# expect:  [2 3 1 2]]
print(np.resize(a, 4), np.resize([1.5], 3), repr(np.resize(np.array([], dtype=int), 2)))  # expect: [100   1   2  -5] [1.5 1.5 1.5] array([0, 0])
print(repr(np.resize(a, (0, 3))))  # expect: array([], shape=(0, 3), dtype=int64)
np.resize(a, (-1, 2))  # expect error: all elements of `new_shape` must be non-negative

print(np.argwhere(a > 2))
# expect: [[0 0]
# expect:  [1 1]
# expect:  [1 2]]
print(repr(np.argwhere([0, 3, 0, 5])), np.argwhere(np.array(4)).shape, np.argwhere(np.array(0)).shape)
# expect: array([[1],
# expect:        [3]]) (1, 0) (0, 0)
print(repr(np.argwhere(np.zeros((2, 2)))))  # expect: array([], shape=(0, 2), dtype=int64)

print(np.diff([1, 4, 9, 16]), np.diff([1, 4, 9, 16], n=2), np.diff([1, 4, 9, 16], n=5))  # expect: [3 5 7] [2 2] []
print(np.diff(a, axis=0), np.diff(a.astype(float)))
# expect: [[-105    3    3]] [[-99.   1.]
# expect:  [  9.   1.]]
print(np.diff([True, False, False]), repr(np.diff(np.array([1.0, 2.0]), n=0)))  # expect: [ True False] array([1., 2.])
print(repr(np.diff(np.array([], dtype=float))))  # expect: array([], dtype=float64)
np.diff([1, 2], n=-1)  # expect error: order must be non-negative but got -1
np.diff(np.array(3))  # expect error: diff requires input that is at least one dimensional
np.diff(a, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2
