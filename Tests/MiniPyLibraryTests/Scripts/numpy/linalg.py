# dot/matmul and np.linalg.
import numpy as np

A = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.linalg.inv(A))
# expect: [[ 0.6 -0.7]
# expect:  [-0.2  0.4]]
print(np.abs(np.dot(A, np.linalg.inv(A)).round(10)))
# expect: [[1. 0.]
# expect:  [0. 1.]]
print(np.linalg.solve(A, np.array([1.0, 2.0])))  # expect: [-0.8  0.6]
print(np.linalg.solve(A, np.array([[1.0], [2.0]])))
# expect: [[-0.8]
# expect:  [ 0.6]]
print(np.linalg.norm(np.array([3.0, 4.0])), np.linalg.norm(A))  # expect: 5.0 10.246950765959598
print(np.linalg.norm(A, axis=0), np.linalg.norm(A, axis=1))  # expect: [4.47213595 9.21954446] [8.06225775 6.32455532]
print(np.linalg.norm(np.array([[1, 2], [3, 4]])))  # expect: 5.477225575051661
B = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(np.linalg.pinv(B))
# expect: [[-1.33333333 -0.33333333  0.66666667]
# expect:  [ 1.08333333  0.33333333 -0.41666667]]
print(np.linalg.pinv(np.array([[1.0, 2.0], [2.0, 4.0]])))
# expect: [[0.04 0.08]
# expect:  [0.08 0.16]]
print(np.dot(B, np.array([1.0, -1.0])))  # expect: [-1. -1. -1.]
print(np.dot(np.array([1, 2, 3]), np.array([4, 5, 6])), np.dot(2, 3))  # expect: 32 6
print(np.dot(np.array([[1, 2]]), np.array([[3], [4]])))  # expect: [[11]]
print(B.dot(np.array([[1.0], [1.0]])))
# expect: [[ 3.]
# expect:  [ 7.]
# expect:  [11.]]
print(np.matmul(B.T, B))
# expect: [[35. 44.]
# expect:  [44. 56.]]
print(np.dot(B, 2.0))
# expect: [[ 2.  4.]
# expect:  [ 6.  8.]
# expect:  [10. 12.]]
X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
y = np.array([[1.0], [2.0], [2.5]])
w = np.linalg.inv(X.T.dot(X)).dot(X.T).dot(y)
print(w)
# expect: [[0.33333333]
# expect:  [0.75      ]]
print(np.linalg.pinv(X).dot(y))
# expect: [[0.33333333]
# expect:  [0.75      ]]
np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))  # expect error: Singular matrix
np.dot(np.ones((2, 3)), np.ones((2, 3)))  # expect error: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)
print(np.linalg.inv(np.array([[2, 0], [0, 4]])))
# expect: [[0.5  0.  ]
# expect:  [0.   0.25]]
print(np.linalg.det(np.array([[1.0, 2.0], [3.0, 4.0]])).round(6))  # expect: -2.0
nm = np.array([[1., -2, 3], [4, 5, -6]])
nv = np.array([3., -4, 0, 1])
print(np.linalg.norm(nm, 1), np.linalg.norm(nm, -1), np.linalg.norm(nm, np.inf), np.linalg.norm(nm, -np.inf), np.linalg.norm(nm, 'fro'))  # expect: 9.0 5.0 15.0 6.0 9.539392014169456
print(np.linalg.norm(nv, 0), np.linalg.norm(nv, 3), np.linalg.norm(nv, 0.5), np.linalg.norm(nm, 1, axis=1), np.linalg.norm(nm, 3, axis=0))  # expect: 3.0 4.514357435474001 22.392304845413257 [ 6. 15.] [4.02072576 5.10446872 6.24025147]
print(repr(np.linalg.norm(nm, 1, keepdims=True)), np.linalg.norm(np.arange(8.).reshape(2, 2, 2), 1, axis=(1, 2)))  # expect: array([[9.]]) [ 4. 12.]
print(np.linalg.norm(np.array([1, 2, 2]), 3), np.linalg.norm(np.arange(4).reshape(2, 2), np.inf))  # expect: 2.571281590658235 5.0
np.linalg.norm(np.ones((2, 2, 2)), 1)  # expect error: Improper number of dimensions to norm.
np.linalg.norm(np.ones((2, 2)), "bad")  # expect error: Invalid norm order for matrices.
np.linalg.norm(np.ones(3), "fro")  # expect error: Invalid norm order 'fro' for vectors
