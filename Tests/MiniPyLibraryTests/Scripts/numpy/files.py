# np.save/load/savez/savetxt/loadtxt round trips in the working folder.
import numpy as np

a = np.arange(6, dtype=np.float64).reshape(2, 3) / 4
np.save('a.npy', a)
b = np.load('a.npy')
print(b, b.dtype, b.shape)
# expect: [[0.   0.25 0.5 ]
# expect:  [0.75 1.   1.25]] float64 (2, 3)
np.save('ints', np.array([1, 2, 3]))
print(repr(np.load('ints.npy')))  # expect: array([1, 2, 3])
np.save('f32.npy', np.array([0.5, 1.5], dtype=np.float32))
print(repr(np.load('f32.npy')))  # expect: array([0.5, 1.5], dtype=float32)
np.save('mask.npy', np.array([True, False]))
print(repr(np.load('mask.npy')))  # expect: array([ True, False])
np.savez('both.npz', x=a, y=np.array([7, 8]))
d = np.load('both.npz')
print(sorted(d.files))  # expect: ['x', 'y']
print(d['x'])
# expect: [[0.   0.25 0.5 ]
# expect:  [0.75 1.   1.25]]
print(d['y'])  # expect: [7 8]
np.savez('pos.npz', a, np.array([1.0]))
print(sorted(np.load('pos.npz').files))  # expect: ['arr_0', 'arr_1']
np.savetxt('t.txt', a)
print(np.loadtxt('t.txt'))
# expect: [[0.   0.25 0.5 ]
# expect:  [0.75 1.   1.25]]
np.savetxt('t.csv', np.array([[1.0, 2.0], [3.0, 4.5]]), delimiter=',')
print(np.loadtxt('t.csv', delimiter=','))
# expect: [[1.  2. ]
# expect:  [3.  4.5]]
np.savetxt('h.csv', np.array([[1, 2], [3, 4]]), delimiter=',', header='a,b', comments='', fmt='%d')
print(np.loadtxt('h.csv', delimiter=',', skiprows=1))
# expect: [[1. 2.]
# expect:  [3. 4.]]
print(np.loadtxt('h.csv', delimiter=',', skiprows=1, dtype=int))
# expect: [[1 2]
# expect:  [3 4]]
np.savetxt('one.txt', np.array([1.5, 2.5, 3.5]))
print(np.loadtxt('one.txt'))  # expect: [1.5 2.5 3.5]
np.load('missing.npy')  # expect error: missing.npy
