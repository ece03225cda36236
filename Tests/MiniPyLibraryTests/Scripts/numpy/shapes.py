# Shape operations.
import numpy as np

a = np.arange(6)
print(a.reshape(2, 3))
# expect: [[0 1 2]
# expect:  [3 4 5]]
print(a.reshape((3, 2)))
# expect: [[0 1]
# expect:  [2 3]
# expect:  [4 5]]
print(a.reshape(-1, 2).shape, a.reshape(3, -1).shape, np.reshape(a, (1, 6)).shape)  # expect: (3, 2) (3, 2) (1, 6)
print(a.reshape(2, 3).T)
# expect: [[0 3]
# expect:  [1 4]
# expect:  [2 5]]
print(np.transpose(a.reshape(2, 3)))
# expect: [[0 3]
# expect:  [1 4]
# expect:  [2 5]]
print(a.reshape(2, 3).transpose().shape, np.arange(24).reshape(2, 3, 4).transpose().shape)  # expect: (3, 2) (4, 3, 2)
print(np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2).shape, np.transpose(np.arange(24).reshape(2, 3, 4), (2, 0, 1)).shape)  # expect: (3, 2, 4) (4, 2, 3)
m = np.array([[1, 2], [3, 4]])
print(m.flatten(), m.ravel(), np.ravel(m))  # expect: [1 2 3 4] [1 2 3 4] [1 2 3 4]
print(m.T.flatten())  # expect: [1 3 2 4]
print(np.zeros((1, 3, 1)).squeeze().shape, np.squeeze(np.zeros((1, 3, 1)), axis=0).shape)  # expect: (3,) (3, 1)
print(np.expand_dims(np.array([1, 2]), 0).shape, np.expand_dims(np.array([1, 2]), axis=1).shape)  # expect: (1, 2) (2, 1)
print(np.concatenate([m, m]))
# expect: [[1 2]
# expect:  [3 4]
# expect:  [1 2]
# expect:  [3 4]]
print(np.concatenate((m, m), axis=1))
# expect: [[1 2 1 2]
# expect:  [3 4 3 4]]
print(np.concatenate([np.array([1, 2]), np.array([3])]))  # expect: [1 2 3]
print(np.hstack([m, m]), np.hstack((np.array([1]), np.array([2, 3]))))
# expect: [[1 2 1 2]
# expect:  [3 4 3 4]] [1 2 3]
print(np.vstack([m, np.array([5, 6])]))
# expect: [[1 2]
# expect:  [3 4]
# expect:  [5 6]]
print(np.vstack((np.array([1, 2]), np.array([3, 4]))))
# expect: [[1 2]
# expect:  [3 4]]
print(np.stack([np.array([1, 2]), np.array([3, 4])]))
# expect: [[1 2]
# expect:  [3 4]]
print(np.stack([np.array([1, 2]), np.array([3, 4])], axis=1))
# expect: [[1 3]
# expect:  [2 4]]
print(np.pad(np.array([1, 2, 3]), 1))  # expect: [0 1 2 3 0]
print(np.pad(m, ((1, 0), (0, 2))))
# expect: [[0 0 0 0]
# expect:  [1 2 0 0]
# expect:  [3 4 0 0]]
print(np.pad(np.ones((2, 2)), 1, mode='constant', constant_values=9))
# expect: [[9. 9. 9. 9.]
# expect:  [9. 1. 1. 9.]
# expect:  [9. 1. 1. 9.]
# expect:  [9. 9. 9. 9.]]
print(np.pad(np.array([[1, 2], [3, 4]]), [(0, 1), (1, 1)]))
# expect: [[0 1 2 0]
# expect:  [0 3 4 0]
# expect:  [0 0 0 0]]
c = np.copy(m)
c[0, 0] = 99
print(m[0, 0], c[0, 0])  # expect: 1 99
c2 = m.copy()
c2[1] = 0
print(m, c2)
# expect: [[1 2]
# expect:  [3 4]] [[1 2]
# expect:  [0 0]]
print(a.reshape(2, 3).ndim, a.reshape(2, 3).size, a.reshape(2, 3).shape)  # expect: 2 6 (2, 3)
print(np.ones((2, 3, 4)).reshape(6, -1).shape)  # expect: (6, 4)
a.reshape(4, 2)  # expect error: cannot reshape array of size 6 into shape (4,2)
np.concatenate([np.zeros((2, 2)), np.zeros((3, 3))])  # expect error: all the input array dimensions except for the concatenation axis must match exactly
print(np.arange(12).reshape(3, 4)[:, 1:3].T)
# expect: [[ 1  5  9]
# expect:  [ 2  6 10]]
print(np.array([[1, 2, 3]]).T.shape)  # expect: (3, 1)
print(np.array([1, 2, 3])[:, np.newaxis].shape, np.array([1, 2, 3])[None, :].shape)  # expect: (3, 1) (1, 3)
