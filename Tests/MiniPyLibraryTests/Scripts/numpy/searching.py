# searchsorted digitize isin setdiff1d union1d intersect1d nan_to_num vander, and the array
# method searchsorted.
import numpy as np

s = np.array([1, 2, 2, 3, 5])
print(np.searchsorted(s, 2), np.searchsorted(s, 2, side='right'), np.searchsorted(s, [0, 4, 9]))  # expect: 1 3 [0 4 5]
print(repr(np.searchsorted(s, 2)), repr(np.searchsorted(s, [[2, 3]], side='right')))  # expect: np.int64(1) array([[3, 4]])
print(s.searchsorted(3), s.searchsorted([2.5, 6]), np.searchsorted([1.0, 2.0, np.nan], [np.nan, 3.0]))  # expect: 3 [3 5] [2 2]
print(repr(np.searchsorted([], 1)), repr(np.searchsorted([1, 2], [])))  # expect: np.int64(0) array([], dtype=int64)
np.searchsorted(s, 2, side='middle')  # expect error: search side must be 'left' or 'right' (got 'middle')
np.searchsorted(np.ones((2, 2)), 1)  # expect error: object too deep for desired array

x = np.array([0.2, 6.4, 3.0, 1.6])
bins = np.array([0.0, 1.0, 2.5, 4.0, 10.0])
print(np.digitize(x, bins), np.digitize(x, bins, right=True))  # expect: [1 4 3 2] [1 4 3 2]
print(np.digitize([1, 2, 3], [1, 2, 3]), np.digitize([1, 2, 3], [1, 2, 3], right=True))  # expect: [1 2 3] [0 1 2]
print(np.digitize([1, 2, 3], [3, 2, 1]), np.digitize([1, 2, 3], [3, 2, 1], right=True), repr(np.digitize(2.5, [1, 2, 3])))  # expect: [2 1 0] [3 2 1] np.int64(2)
print(np.digitize([[1, 5]], [2]), repr(np.digitize([], [1, 2])))  # expect: [[0 1]] array([], dtype=int64)
np.digitize([1], [3, 1, 2])  # expect error: bins must be monotonically increasing or decreasing
np.digitize([1], [[1, 2]])  # expect error: object too deep for desired array

e = np.array([[0, 2], [4, 6]])
print(np.isin(e, [1, 2, 4, 8]))
# expect: [[False  True]
# expect:  [ True False]]
print(np.isin(e, [2, 4], invert=True), np.isin(3, [1, 3]), np.isin([1.0, np.nan], [np.nan, 1]))
# expect: [[ True False]
# expect:  [False  True]] True [ True False]
print(repr(np.isin([], [1])), repr(np.isin([1, 2], [])))  # expect: array([], dtype=bool) array([False, False])
print(repr(np.isin(3, [1, 3])), repr(np.isin(np.array(2.0), [])))  # expect: array(True) array(False)

print(np.setdiff1d([5, 1, 2, 2, 7], [2, 7]), repr(np.setdiff1d([1, 2], [1, 2])), np.setdiff1d([[3, 1], [1, 0]], 1))  # expect: [1 5] array([], dtype=int64) [0 3]
print(repr(np.setdiff1d([1.5, 2.0], [2])), repr(np.setdiff1d([1, 2], [2.0])))  # expect: array([1.5]) array([1])
print(np.union1d([3, 1, 1], [2, 5]), repr(np.union1d([1], [0.5])), np.union1d([[1, 2]], [[2, 3]]))  # expect: [1 2 3 5] array([0.5, 1. ]) [1 2 3]
print(np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]), repr(np.intersect1d([1, 2], [2.0, 3.5])), repr(np.intersect1d([1], [2])))  # expect: [1 3] array([2.]) array([], dtype=int64)
np.union1d([1, [2, 3]], [1])  # expect error: setting an array element with a sequence.

v = np.array([np.nan, np.inf, -np.inf, -1.5])
print(repr(np.nan_to_num(v)))
# expect: array([ 0.00000000e+000,  1.79769313e+308, -1.79769313e+308,
# expect:        -1.50000000e+000])
print(np.nan_to_num(v, nan=-9, posinf=99, neginf=-99), np.nan_to_num([1, 2]))  # expect: [ -9.   99.  -99.   -1.5] [1 2]
print(repr(np.nan_to_num(np.array([np.inf, np.nan], dtype=np.float32))), repr(np.nan_to_num(np.nan)))  # expect: array([3.4028235e+38, 0.0000000e+00], dtype=float32) np.float64(0.0)

print(np.vander([1, 2, 3]))
# expect: [[1 1 1]
# expect:  [4 2 1]
# expect:  [9 3 1]]
print(np.vander([1, 2, 3], 2), np.vander([2.0, 3.0], increasing=True))
# expect: [[1 1]
# expect:  [2 1]
# expect:  [3 1]] [[1. 2.]
# expect:  [1. 3.]]
print(repr(np.vander([True, False], 3)), repr(np.vander([], 2)), repr(np.vander([2], 0)))
# expect: array([[1, 1, 1],
# expect:        [0, 0, 1]]) array([], shape=(0, 2), dtype=float64) array([], shape=(1, 0), dtype=int64)
print(repr(np.vander(np.array([1.5, 2.0], dtype=np.float32), 2)))
# expect: array([[1.5, 1. ],
# expect:        [2. , 1. ]])
np.vander([[1, 2]])  # expect error: x must be a one-dimensional array or sequence.
