# Indexing and slicing: views for reading and writing, masks, fancy indexing.
import numpy as np

a = np.arange(12).reshape(3, 4)
print(a[0], a[-1], a[1, 2], a[1][2], a[-1, -1])  # expect: [0 1 2 3] [ 8  9 10 11] 6 6 11
print(repr(a[0, 0]))  # expect: np.int64(0)
print(a[:, 0], a[:, -1])  # expect: [0 4 8] [ 3  7 11]
print(a[1:, 1:3])
# expect: [[ 5  6]
# expect:  [ 9 10]]
print(a[::2, ::-1])
# expect: [[ 3  2  1  0]
# expect:  [11 10  9  8]]
print(a[..., 1])  # expect: [1 5 9]
print(a[:, None, 0].shape, a[None].shape, a[:, :, None].shape)  # expect: (3, 1) (1, 3, 4) (3, 4, 1)
v = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
print(v[1:4], v[::2], v[::-1], v[-2:], v[:-2], v[10:])  # expect: [2. 3. 4.] [1. 3. 5.] [5. 4. 3. 2. 1.] [4. 5.] [1. 2. 3.] []
print(v[v > 2])  # expect: [3. 4. 5.]
print(v[[0, 2, 4]], v[np.array([4, 0])])  # expect: [1. 3. 5.] [5. 1.]
print(a[[0, 2]], a[[0, 2], [1, 3]])
# expect: [[ 0  1  2  3]
# expect:  [ 8  9 10 11]] [ 1 11]
print(a[a % 2 == 0])  # expect: [ 0  2  4  6  8 10]
print(a[np.array([True, False, True])])
# expect: [[ 0  1  2  3]
# expect:  [ 8  9 10 11]]
w = np.array([[1.0, 2.0], [3.0, 4.0]])
g = np.array([0.5, 0.5])
w[0] -= 0.1 * g
print(w)
# expect: [[0.95 1.95]
# expect:  [3.   4.  ]]
w[:, 1] = 0
print(w)
# expect: [[0.95 0.  ]
# expect:  [3.   0.  ]]
w[w > 2] = -1
print(w)
# expect: [[ 0.95  0.  ]
# expect:  [-1.    0.  ]]
w[1] = [7, 8]
print(w)
# expect: [[0.95 0.  ]
# expect:  [7.   8.  ]]
z = np.zeros((3, 3))
z[1:, 1:] = 5
z[0, :] += 1
print(z)
# expect: [[1. 1. 1.]
# expect:  [0. 5. 5.]
# expect:  [0. 5. 5.]]
row = z[2]
row[0] = 42
print(z[2])  # expect: [42.  5.  5.]
s = z[:, 0]
s *= 10
print(z[:, 0])  # expect: [ 10.   0. 420.]
t = np.arange(5)
t[[0, 2]] = 100
print(t)  # expect: [100   1 100   3   4]
u = np.arange(6).reshape(2, 3)
u[u > 2] *= 2
print(u)
# expect: [[ 0  1  2]
# expect:  [ 6  8 10]]
for r in np.array([[1, 2], [3, 4]]):
    print(r, r.sum())
# expect: [1 2] 3
# expect: [3 4] 7
for x in np.array([1.5, 2.5]):
    print(x)
# expect: 1.5
# expect: 2.5
print(len(a), len(v), len(np.zeros((5, 2))))  # expect: 3 5 5
print(3 in np.array([1, 2, 3]), 7 in np.array([1, 2, 3]))  # expect: True False
if np.array([1]):
    print("one element is fine")
# expect: one element is fine
bool(np.array([1, 2]))  # expect error: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
a[3]  # expect error: index 3 is out of bounds for axis 0 with size 3
a[0, 0, 0]  # expect error: too many indices for array: array is 2-dimensional, but 3 were indexed
print(a.tolist(), v.tolist(), a[0, 0].item(), np.array([2.5]).item())  # expect: [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]] [1.0, 2.0, 3.0, 4.0, 5.0] 0 2.5
print(np.array([[1, 2], [3, 4]])[1, :].tolist())  # expect: [3, 4]
e = np.array([1, 2, 3])
e[1] = 9.7
print(e)  # expect: [1 9 3]
print(a[1:2, :].shape, a[1, :].shape, a[:, 1:2].shape)  # expect: (1, 4) (4,) (3, 1)
k = np.arange(10)
k[2:5] = np.array([20, 30, 40])
print(k)  # expect: [ 0  1 20 30 40  5  6  7  8  9]
print(np.any(k > 35), np.all(k >= 0), (k > 35).any(), (k > 100).all())  # expect: True True True False
