# nansum nanmean nanmax nanmin average ptp cov corrcoef histogram interp.
import numpy as np

a = np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, np.nan]])
print(repr(np.nansum(a)), repr(np.nansum(a, axis=1)), repr(np.nansum(a, axis=0, keepdims=True)))  # expect: np.float64(4.0) array([4., 0.]) array([[1., 0., 3.]])
print(repr(np.nansum([1, 2, 3])), repr(np.nansum(np.array([np.nan], dtype=np.float32))), repr(np.nansum([])))  # expect: np.int64(6) np.float32(0.0) np.float64(0.0)
print(repr(np.nanmean(a, axis=1)), repr(np.nanmean([[1, 2], [3, 4]], axis=0)), repr(np.nanmean(np.array([1.0, np.nan, 2.0]))))  # expect: array([ 2., nan]) array([2., 3.]) np.float64(1.5)
print(repr(np.nanmean(a, axis=(0, 1))), repr(np.nanmean(a, axis=-1, keepdims=True)))
# expect: np.float64(2.0) array([[ 2.],
# expect:        [nan]])
print(repr(np.nanmax(a, axis=1)), repr(np.nanmin(a, axis=0)), repr(np.nanmax(a)), repr(np.nanmin([[3, 1], [2, 5]], axis=1)))  # expect: array([ 3., nan]) array([ 1., nan,  3.]) np.float64(3.0) array([1, 2])
print(repr(np.nanmax(np.array([-np.inf, np.nan]))), repr(np.nanmin(a, keepdims=True)))  # expect: np.float64(-inf) array([[1.]])
np.nanmax(np.array([]))  # expect error: zero-size array to reduction operation fmax which has no identity
print(repr(np.nanmax(np.zeros((0, 3)), axis=1)), repr(np.nanmin(np.zeros((2, 0)), axis=0)))  # expect: array([], dtype=float64) array([], dtype=float64)
np.nanmin(np.zeros((0, 3)), axis=0)  # expect error: zero-size array to reduction operation fmin which has no identity
np.nansum(a, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2

print(repr(np.average([1, 2, 3, 4])), repr(np.average([1, 2, 3], weights=[3, 1, 0])))  # expect: np.float64(2.5) np.float64(1.25)
m = np.arange(6).reshape(2, 3)
print(repr(np.average(m, axis=0)), repr(np.average(m, axis=1, weights=[1, 2, 3])), repr(np.average(m, weights=m + 1)))  # expect: array([1.5, 2.5, 3.5]) array([1.33333333, 4.33333333]) np.float64(3.3333333333333335)
print(repr(np.average(m, axis=0, weights=[1, 3])), repr(np.average(m, axis=-1, keepdims=True)))
# expect: array([2.25, 3.25, 4.25]) array([[1.],
# expect:        [4.]])
print(repr(np.average(np.array([1, 2], dtype=np.float32), weights=[1, 1])))  # expect: np.float64(1.5)
f = np.array([1.5, 2.5, 4.0], dtype=np.float32)
print(repr(np.average(f, weights=f)), repr(np.average(f, weights=[1, 2, 3])), repr(np.average([True, False], weights=[1, 3])))  # expect: np.float32(3.0625) np.float64(3.0833333333333335) np.float64(0.25)
np.average([1, 2], weights=[1, -1])  # expect error: Weights sum to zero, can't be normalized
np.average(m, weights=[1, 2, 3])  # expect error: Axis must be specified when shapes of a and weights differ.
np.average(m, axis=0, weights=[1, 2, 3])  # expect error: Shape of weights must be consistent with shape of a along specified axis.

print(repr(np.ptp([[1, 5], [2, 9]])), repr(np.ptp([[1, 5], [2, 9]], axis=0)), repr(np.ptp([[1.5, 5], [2, 9]], axis=1, keepdims=True)))
# expect: np.int64(8) array([1, 4]) array([[3.5],
# expect:        [7. ]])
print(repr(np.ptp(np.array([3.0]))))  # expect: np.float64(0.0)
np.ptp(np.ones((2, 2)), axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2

print(repr(np.cov([1, 2, 3])), repr(np.cov([1, 2, 3, 4], bias=True)), repr(np.cov([[1, 2, 3], [3, 1, 2]])))
# expect: array(1.) array(1.25) array([[ 1. , -0.5],
# expect:        [-0.5,  1. ]])
print(repr(np.cov([[0, 1], [2, 4], [4, 5]], rowvar=False)), repr(np.cov([1, 2, 3], [3, 2, 7])))
# expect: array([[4.        , 4.        ],
# expect:        [4.        , 4.33333333]]) array([[1., 2.],
# expect:        [2., 7.]])
print(repr(np.cov([[1, 2, 3], [4, 6, 8]], ddof=0)), repr(np.cov(np.array([1, 2], dtype=np.float32))))
# expect: array([[0.66666667, 1.33333333],
# expect:        [1.33333333, 2.66666667]]) array(0.5)
print(repr(np.cov([[1, 2, 5]], rowvar=False, bias=True)), repr(np.cov([1, 2, 5], [[0, 1, 1]], rowvar=False)))
# expect: array([[0., 0., 0.],
# expect:        [0., 0., 0.],
# expect:        [0., 0., 0.]]) array([[4.33333333, 0.83333333],
# expect:        [0.83333333, 0.33333333]])
np.cov(np.ones((2, 2, 2)))  # expect error: m has more than 2 dimensions
print(repr(np.corrcoef([1, 2, 3])), repr(np.corrcoef([1, 2, 3], [3, 2, 2])))
# expect: np.float64(1.0) array([[ 1.       , -0.8660254],
# expect:        [-0.8660254,  1.       ]])
print(repr(np.corrcoef([[1, 2, 3, 4], [2, 4, 6, 8], [4, 3, 2, 1]])))
# expect: array([[ 1.,  1., -1.],
# expect:        [ 1.,  1., -1.],
# expect:        [-1., -1.,  1.]])
print(repr(np.corrcoef([[0, 1], [2, 4], [4, 5]], rowvar=False)))
# expect: array([[1.        , 0.96076892],
# expect:        [0.96076892, 1.        ]])

h, edges = np.histogram([1, 2, 1, 4, 2.5])
print(repr(h), repr(edges))  # expect: array([2, 0, 0, 1, 0, 1, 0, 0, 0, 1]) array([1. , 1.3, 1.6, 1.9, 2.2, 2.5, 2.8, 3.1, 3.4, 3.7, 4. ])
print(np.histogram([1, 2, 3], bins=[0, 1, 2, 3]), np.histogram([1, 2, 3], bins=np.array([0.5, 2.0, 2.5])))  # expect: (array([0, 1, 2]), array([0, 1, 2, 3])) (array([1, 1]), array([0.5, 2. , 2.5]))
print(np.histogram(np.arange(10), bins=3, range=(0, 9)), np.histogram([0.1, 0.2, 0.7, 1.5, -1], bins=2, range=(0, 1)))  # expect: (array([3, 3, 4]), array([0., 3., 6., 9.])) (array([2, 1]), array([0. , 0.5, 1. ]))
print(np.histogram([], bins=2), np.histogram([5, 5, 5], bins=2), np.histogram(np.array([0.1, 0.3, 0.3, 0.9], dtype=np.float32), 3))  # expect: (array([0, 0]), array([0. , 0.5, 1. ])) (array([0, 3]), array([4.5, 5. , 5.5])) (array([3, 0, 1]), array([0.1       , 0.36666664, 0.6333333 , 0.9       ], dtype=float32))
print(np.histogram(np.linspace(0, 1, 11), bins=10)[0], np.histogram([1, 2], bins=[1])[0])  # expect: [1 1 1 1 1 1 1 1 1 2] []
np.histogram([1, 2], bins=0)  # expect error: `bins` must be positive, when an integer
np.histogram([1, 2], bins=10**12)  # expect error: MemoryError
np.histogram([1, 2], bins=[3, 1])  # expect error: `bins` must increase monotonically, when an array
np.histogram([1, 2], range=(3, 1))  # expect error: max must be larger than min in range parameter.
np.histogram([1, np.nan])  # expect error: autodetected range of [nan, nan] is not finite
np.histogram([1e308, -1e308], bins=3)  # expect error: Too many bins for data range. Cannot create 3 finite-sized bins.

xp, fp = [1, 2, 3], [3, 2, 0]
print(repr(np.interp(2.5, xp, fp)), repr(np.interp([0, 1, 1.5, 3, 5], xp, fp)), repr(np.interp([0, 5], xp, fp, left=-1, right=9)))  # expect: np.float64(1.0) array([3. , 3. , 2.5, 0. , 0. ]) array([-1.,  9.])
print(repr(np.interp(np.array([[0.5], [2.2]]), [0.0, 1.0, 4.0], [0.0, 10.0, 13.0])), repr(np.interp([np.nan, 2], xp, fp)))
# expect: array([[ 5. ],
# expect:        [11.2]]) array([nan,  2.])
print(repr(np.interp([0, 1, 2], [1], [7])), repr(np.interp([], xp, fp)), repr(np.interp(0.1, [0, 0.3], [0, 1])))  # expect: array([7., 7., 7.]) array([], dtype=float64) np.float64(0.33333333333333337)
np.interp([1], [1, 2], [1])  # expect error: fp and xp are not of the same length.
np.interp([1], [], [])  # expect error: array of sample points is empty
