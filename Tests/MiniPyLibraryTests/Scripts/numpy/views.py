# Slices, transposes and reshapes are views: writes go through both ways.
import numpy as np

a = np.arange(12).reshape(3, 4)
r = a[1]
a[1, 0] = 100
print(r)  # expect: [100   5   6   7]
r[3] = -1
print(a[1])  # expect: [100   5   6  -1]
t = a.T
t[0, 2] = 55
print(a[2, 0], t.shape)  # expect: 55 (4, 3)
a[0, 1] = 7
print(t[1, 0])  # expect: 7
f = a.ravel()
f[0] = 9
print(a[0, 0])  # expect: 9
s = a[:, 1:3]
s += 1000
print(a)
# expect: [[   9 1007 1002    3]
# expect:  [ 100 1005 1006   -1]
# expect:  [  55 1009 1010   11]]
sub = s[0]
sub[0] = -5
print(a[0, 1], s[0, 0])  # expect: -5 -5
b = a.copy()
b[0, 0] = 1234
print(a[0, 0])  # expect: 9
c = a.flatten()
c[1] = 4321
print(a[0, 1])  # expect: -5
w = np.zeros((2, 2))
col = w[:, 0]
col[:] = [1, 2]
print(w)
# expect: [[1. 0.]
# expect:  [2. 0.]]
x = np.arange(6)
y = x.reshape(2, 3)
y[1, 1] = 99
print(x)  # expect: [ 0  1  2  3 99  5]
v = x[::2]
x[0] = -7
print(v)  # expect: [-7  2 99]
z = np.ones(3)
for row in [z]:
    row *= 3
print(z)  # expect: [3. 3. 3.]
m = np.zeros((3, 3))
for row in m:
    row += 1
print(m)
# expect: [[1. 1. 1.]
# expect:  [1. 1. 1.]
# expect:  [1. 1. 1.]]
n = np.arange(4.0)
n[n > 1] = 0
print(n)  # expect: [0. 1. 0. 0.]
e = np.expand_dims(np.arange(3), 0)
print(e.shape, np.squeeze(e).shape)  # expect: (1, 3) (3,)
