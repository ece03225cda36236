# sum mean max min argmax argmin std var, with axis and keepdims.
import numpy as np

a = np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
print(np.sum(a), a.sum(), np.sum(a, axis=0), a.sum(axis=1))  # expect: 21.0 21.0 [5. 7. 9.] [ 9. 12.]
print(np.sum(a, axis=1, keepdims=True))
# expect: [[ 9.]
# expect:  [12.]]
print(np.sum(a, axis=-1), a.sum(0))  # expect: [ 9. 12.] [5. 7. 9.]
print(repr(np.sum(a, axis=0, keepdims=True)))  # expect: array([[5., 7., 9.]])
print(np.mean(a), a.mean(axis=0), np.mean(a, axis=1))  # expect: 3.5 [2.5 3.5 4.5] [3. 4.]
print(np.max(a), a.max(axis=0), np.max(a, axis=1, keepdims=True))
# expect: 6.0 [4. 5. 6.] [[5.]
# expect:  [6.]]
print(np.min(a), a.min(axis=1))  # expect: 1.0 [1. 2.]
print(np.argmax(a), np.argmax(a, axis=0), a.argmax(axis=1))  # expect: 5 [1 0 1] [1 2]
print(np.argmin(a), a.argmin(axis=0), np.argmin(a, axis=1))  # expect: 0 [0 1 0] [0 1]
print(np.std(a), a.std(axis=0), np.std(a, axis=1))  # expect: 1.707825127659933 [1.5 1.5 1.5] [1.63299316 1.63299316]
print(np.var(a), a.var(axis=1), np.var(a, axis=0, keepdims=True))  # expect: 2.9166666666666665 [2.66666667 2.66666667] [[2.25 2.25 2.25]]
i = np.array([[1, 2], [3, 4]])
print(repr(np.sum(i)), repr(i.sum(axis=0)), repr(np.mean(i)))  # expect: np.int64(10) array([4, 6]) np.float64(2.5)
print(repr(np.max(i)), repr(np.argmax(i)))  # expect: np.int64(4) np.int64(3)
print(repr(np.sum(np.array([0.1] * 10))))  # expect: np.float64(1.0)
print(np.sum(np.arange(1, 101)))  # expect: 5050
print(np.mean(np.arange(10) * 0.1))  # expect: 0.45000000000000007
print(repr(np.sum(np.ones((2, 3), dtype=np.float32), axis=0)))  # expect: array([2., 2., 2.], dtype=float32)
print(np.sum([1, 2, 3]), np.mean([1.0, 2.0]))  # expect: 6 1.5
print(np.sum(a, axis=(0, 1)))  # expect: 21.0
print(np.sum(a > 2), np.mean(a > 2))  # expect: 4 0.6666666666666666
print(repr(a.sum(axis=1) / a.shape[1]))  # expect: array([3., 4.])
np.sum(a, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2
print(np.max(np.array([[1, 9], [8, 2]])), np.min(np.array([3, -1, 2])))  # expect: 9 -1
print(np.std(np.array([1.0, 2.0, 3.0, 4.0])), np.var(np.array([2, 4, 4, 4, 5, 5, 7, 9])))  # expect: 1.118033988749895 4.0
print(repr(np.array([1.0, np.nan, 3.0]).sum()), np.max(np.array([1.0, np.nan])))  # expect: np.float64(nan) nan
