# np.r_ and np.c_: concatenation written as indexing.
import numpy as np

x = np.array([1.5, 2.5, 3.5])
X = np.c_[np.ones(3), x]
print(X)
# expect: [[1.  1.5]
# expect:  [1.  2.5]
# expect:  [1.  3.5]]
print(X.shape, X.dtype)  # expect: (3, 2) float64
print(np.c_[x, x ** 2, [7, 8, 9]])
# expect: [[ 1.5   2.25  7.  ]
# expect:  [ 2.5   6.25  8.  ]
# expect:  [ 3.5  12.25  9.  ]]
print(repr(np.c_[np.array([1, 2]), np.array([3, 4])]))
# expect: array([[1, 3],
# expect:        [2, 4]])
print(repr(np.c_[np.array([[1, 2], [3, 4]]), [5, 6]]))
# expect: array([[1, 2, 5],
# expect:        [3, 4, 6]])
print(repr(np.c_[1:4]))
# expect: array([[1],
# expect:        [2],
# expect:        [3]])
print(repr(np.r_[np.array([1, 2, 3]), 0, 0, np.array([4, 5, 6])]))  # expect: array([1, 2, 3, 0, 0, 4, 5, 6])
print(repr(np.r_[0:3, 10, 20]))  # expect: array([ 0,  1,  2, 10, 20])
print(repr(np.r_[0:1:0.25]))  # expect: array([0.  , 0.25, 0.5 , 0.75])
print(repr(np.r_[:3]), np.r_[2**62:2**62 + 2])  # expect: array([0, 1, 2]) [4611686018427387904 4611686018427387905]
print(repr(np.r_[np.array([1, 2], dtype=np.float32), 2.5]))  # expect: array([1. , 2. , 2.5], dtype=float32)
print(repr(np.r_[1, 2.5, True]))  # expect: array([1. , 2.5, 1. ])
print(repr(np.r_[np.array([[1, 2]]), np.array([[3, 4]])]))
# expect: array([[1, 2],
# expect:        [3, 4]])
print(repr(np.r_[5]))  # expect: array([5])
print(repr(np.r_[[1, 2], [3]]))  # expect: array([1, 2, 3])
np.c_[np.ones(3), np.ones(2)]  # expect error: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has size 3 and the array at index 1 has size 2
np.r_[()]  # expect error: need at least one array to concatenate
