# sort argsort unique cumsum cumprod median percentile quantile bincount count_nonzero nonzero,
# and the array methods sort (in place) argsort cumsum cumprod nonzero.
import numpy as np

a = np.array([[3, 1, 2], [9, 7, 8]])
print(np.sort(a))
# expect: [[1 2 3]
# expect:  [7 8 9]]
print(np.sort(a, axis=0))
# expect: [[3 1 2]
# expect:  [9 7 8]]
print(np.sort(a, axis=None), np.sort(a, axis=-2)[0])  # expect: [1 2 3 7 8 9] [3 1 2]
print(repr(np.sort(np.array([2.5, np.nan, -1.0, np.inf, 0.0]))))  # expect: array([-1. ,  0. ,  2.5,  inf,  nan])
print(repr(np.sort(np.array([True, False, True]))), repr(np.sort([3, 1, 2])))  # expect: array([False,  True,  True]) array([1, 2, 3])
print(repr(np.sort(np.array([], dtype=np.float32))))  # expect: array([], dtype=float32)
np.sort(a, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2
np.sort(np.array(3))  # expect error: axis -1 is out of bounds for array of dimension 0
np.sort(a, axis=(0, 1))  # expect error: 'tuple' object cannot be interpreted as an integer
np.sort(a, kind='bubble')  # expect error: sort kind must be one of 'quick', 'heap', or 'stable' (got 'bubble')
print(np.sort(a, kind='stable')[1])  # expect: [7 8 9]
print(repr(np.argsort(np.array([3, 1, 2, 1]))), repr(np.argsort(a, axis=0)))
# expect: array([1, 3, 2, 0]) array([[0, 0, 0],
# expect:        [1, 1, 1]])
print(np.argsort(np.array([2.0, np.nan, 1.0])), np.argsort(a, axis=None))  # expect: [2 0 1] [1 2 0 4 5 3]
print(np.argsort(np.array([1, 1, 0, 1, 0]), kind='stable'))  # expect: [2 4 0 1 3]
b = np.array([5.0, 3.0, 4.0])
print(b.sort(), b)  # expect: None [3. 4. 5.]
m = np.array([[3, 1], [0, 2]])
m.sort(axis=0)
print(m)
# expect: [[0 1]
# expect:  [3 2]]
row = m[1]
row.sort()
print(m)
# expect: [[0 1]
# expect:  [2 3]]
m.sort(axis=None)  # expect error: 'NoneType' object cannot be interpreted as an integer
print(m.argsort(), m.argsort(axis=None))
# expect: [[0 1]
# expect:  [0 1]] [0 1 2 3]

print(repr(np.cumsum(a)), repr(np.cumsum(a, axis=0)), repr(np.cumsum(a, axis=-1)))
# expect: array([ 3,  4,  6, 15, 22, 30]) array([[ 3,  1,  2],
# expect:        [12,  8, 10]]) array([[ 3,  4,  6],
# expect:        [ 9, 16, 24]])
print(repr(np.cumsum([0.1, 0.2, 0.3])), repr(np.cumsum(np.array([True, True, False]))))  # expect: array([0.1, 0.3, 0.6]) array([1, 2, 2])
print(repr(np.cumsum(np.array([1, 2], dtype=np.float32))), repr(np.cumsum(a, axis=1, dtype=float)))
# expect: array([1., 3.], dtype=float32) array([[ 3.,  4.,  6.],
# expect:        [ 9., 16., 24.]])
print(repr(np.cumprod([1, 2, 3, 4])), repr(np.cumprod(np.array([[1.5, 2.0], [3.0, 0.5]]), axis=0)))
# expect: array([ 1,  2,  6, 24]) array([[1.5, 2. ],
# expect:        [4.5, 1. ]])
print(repr(np.cumsum(np.array([]))), repr(np.cumsum(5)), repr(a.cumsum()), repr(a.cumprod(axis=1)))
# expect: array([], dtype=float64) array([5]) array([ 3,  4,  6, 15, 22, 30]) array([[  3,   3,   6],
# expect:        [  9,  63, 504]])
np.cumsum(a, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2

print(repr(np.unique(np.array([3, 1, 2, 3, 1]))), repr(np.unique([[2.0, 1.0], [2.0, 0.5]])))  # expect: array([1, 2, 3]) array([0.5, 1. , 2. ])
v, c = np.unique(np.array([3, 1, 2, 3, 1, 3]), return_counts=True)
print(repr(v), repr(c))  # expect: array([1, 2, 3]) array([2, 1, 3])
print(np.unique(np.array([np.nan, 1.0, np.nan, 0.0]), return_counts=True))  # expect: (array([ 0.,  1., nan]), array([1, 1, 2]))
print(np.unique(np.array([True, False, True])))  # expect: [False  True]
print(np.unique([4, 2, 4, 1], return_index=True, return_inverse=True, return_counts=True))  # expect: (array([1, 2, 4]), array([3, 1, 0]), array([2, 1, 2, 0]), array([1, 1, 2]))
print(repr(np.unique(np.array([]))), repr(np.unique(np.array([], dtype=int), return_counts=True)))  # expect: array([], dtype=float64) (array([], dtype=int64), array([], dtype=int64))

x = np.array([[1.0, 7.0, 3.0], [4.0, 2.0, 10.0]])
print(repr(np.median(x)), repr(np.median(x, axis=0)), repr(np.median(x, axis=1)))  # expect: np.float64(3.5) array([2.5, 4.5, 6.5]) array([3., 4.])
print(repr(np.median([1, 2, 3, 4])), repr(np.median([5, 1, 3])), repr(np.median(np.array([1, 2], dtype=np.float32))))  # expect: np.float64(2.5) np.float64(3.0) np.float32(1.5)
print(repr(np.median(x, axis=-1, keepdims=True)), repr(np.median(x, axis=(0, 1))))
# expect: array([[3.],
# expect:        [4.]]) np.float64(3.5)
print(repr(np.median(np.array([1.0, np.nan, 3.0]))), repr(np.median(np.array([[1.0, np.nan], [2.0, 3.0]]), axis=1)))  # expect: np.float64(nan) array([nan, 2.5])
np.median(x, axis=3)  # expect error: axis 3 is out of bounds for array of dimension 2
print(repr(np.percentile(x, 50)), repr(np.percentile(x, 25)), repr(np.percentile(x, [0, 30, 100])))  # expect: np.float64(3.5) np.float64(2.25) array([ 1. ,  2.5, 10. ])
print(repr(np.percentile(np.arange(10), 33)), repr(np.percentile([1, 2, 3, 4], 40)), repr(np.percentile([0.1, 0.2, 0.7], 95)))  # expect: np.float64(2.97) np.float64(2.2) np.float64(0.6499999999999999)
print(repr(np.percentile(x, 75, axis=0)), repr(np.percentile(x, [10, 90], axis=1)))
# expect: array([3.25, 5.75, 8.25]) array([[1.4, 2.4],
# expect:        [6.2, 8.8]])
print(repr(np.percentile(x, 50, axis=1, keepdims=True)), repr(np.percentile(np.array([1, 2, 3, 4], dtype=np.float32), 30)))
# expect: array([[3.],
# expect:        [4.]]) np.float32(1.9)
print(repr(np.quantile(x, 0.5)), repr(np.quantile([1.0, 2.0, 4.0], [0.25, 0.75])), repr(np.percentile([3.0, np.nan], 50)))  # expect: np.float64(3.5) array([1.5, 3. ]) np.float64(nan)
np.percentile(x, 101)  # expect error: Percentiles must be in the range [0, 100]
np.quantile(x, -0.5)  # expect error: Quantiles must be in the range [0, 1]

print(repr(np.bincount(np.array([0, 1, 1, 3, 1]))), repr(np.bincount([2, 0], minlength=5)))  # expect: array([1, 3, 0, 1]) array([1, 0, 1, 0, 0])
print(repr(np.bincount(np.array([0, 1, 1]), weights=np.array([0.5, 1.0, 2.0]))), repr(np.bincount(np.array([], dtype=int))))  # expect: array([0.5, 3. ]) array([], dtype=int64)
np.bincount(np.array([1, -1]))  # expect error: 'list' argument must have no negative elements
np.bincount(np.array([[1, 2]]))  # expect error: object too deep for desired array

c2 = np.array([[0, 1, 7], [0, 0, 3]])
print(repr(np.count_nonzero(c2)), repr(np.count_nonzero(c2, axis=0)), repr(np.count_nonzero(c2, axis=1)))  # expect: np.int64(3) array([0, 1, 2]) array([2, 1])
print(repr(np.count_nonzero(c2, axis=-1, keepdims=True)), np.count_nonzero(np.array([0.0, np.nan, -0.0, 2.0])), np.count_nonzero([True, False]))
# expect: array([[2],
# expect:        [1]]) 2 1
print(np.nonzero(c2), np.nonzero(np.array([0, 3, 0, 4])))  # expect: (array([0, 0, 1]), array([1, 2, 2])) (array([1, 3]),)
print(c2.nonzero(), c2[np.nonzero(c2)], np.nonzero(np.array([], dtype=bool)))  # expect: (array([0, 0, 1]), array([1, 2, 2])) [1 7 3] (array([], dtype=int64),)
np.nonzero(np.array(3))  # expect error: Calling nonzero on 0d arrays is not allowed

# Edge cases: 0-d, empty, several axes, array-shaped q, 2-D inverse.
print(repr(np.cumsum(np.array(5), axis=0)), repr(np.cumprod(np.array([[1, 2], [3, 4]]), axis=-1)))
# expect: array([5]) array([[ 1,  2],
# expect:        [ 3, 12]])
print(repr(np.percentile(np.ones((2, 3)), 50, axis=(0, 1))), repr(np.percentile([1, 2, 3], np.array([[10, 20], [30, 40]]))))
# expect: np.float64(1.0) array([[1.2, 1.4],
# expect:        [1.6, 1.8]])
print(repr(np.percentile(np.array([[1, 2], [3, 4]]), [50], axis=0)), repr(np.median(np.array([3, 1, 2]), axis=0)))  # expect: array([[2., 3.]]) np.float64(2.0)
np.percentile([], 50)  # expect error: index -1 is out of bounds for axis 0 with size 0
print(np.unique(np.array([[3, 1], [1, 2]]), return_inverse=True), repr(np.unique(np.array([-0.0, 0.0]))))
# expect: (array([1, 2, 3]), array([[2, 0],
# expect:        [0, 1]])) array([-0.])
print(repr(np.sort([[3, 1], [2, 0]], axis=None)), repr(np.argsort([3, 1, 2], axis=None)), repr(np.array([[2, 1], [4, 3]]).argsort(axis=0)))
# expect: array([0, 1, 2, 3]) array([1, 2, 0]) array([[0, 0],
# expect:        [1, 1]])
print(repr(np.count_nonzero(np.array([[0, 1], [2, 0]]), axis=(0, 1))), repr(np.sort(np.array([3, 1], dtype=np.float32))))  # expect: np.int64(2) array([1., 3.], dtype=float32)
np.bincount([0, 1], minlength=-1)  # expect error: 'minlength' must not be negative
np.bincount([0, 1], weights=[1.0])  # expect error: The weights and list don't have the same length.
