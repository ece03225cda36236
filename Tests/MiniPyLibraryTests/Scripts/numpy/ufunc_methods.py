# Methods of the binary ufuncs: reduce, accumulate, outer, at.
import numpy as np

a = np.array([[1, 5, 2], [4, 3, 6]])
print(np.add.reduce(a), np.add.reduce(a, axis=1), np.multiply.reduce(a, axis=None), np.maximum.reduce(a, axis=1))  # expect: [5 8 8] [ 8 13] 720 [5 6]
print(repr(np.add.reduce(a, keepdims=True)), np.subtract.reduce(np.array([10, 1, 2])), np.minimum.reduce(a, -1))  # expect: array([[5, 8, 8]]) 7 [1 3]
print(np.add.reduce(np.array([0.1] * 10)) == np.sum(np.array([0.1] * 10)), np.logical_or.reduce(np.array([False, True])))  # expect: True True
print(np.maximum.accumulate(np.array([1, 3, 2, 5, 4])), np.add.accumulate(a, axis=1), np.multiply.accumulate(np.array([1.5, 2, 3])))
# expect: [1 3 3 5 5] [[ 1  6  8]
# expect:  [ 4  7 13]] [1.5 3.  9. ]
print(np.add.outer(np.arange(3), np.arange(2)), np.multiply.outer([1, 2], [10, 20, 30]))
# expect: [[0 1]
# expect:  [1 2]
# expect:  [2 3]] [[10 20 30]
# expect:  [20 40 60]]
print(repr(np.add.reduce(np.zeros((0, 2)))), repr(np.multiply.reduce(np.array([]))))  # expect: array([0., 0.]) np.float64(1.0)
y = np.array([0, 1, 2, 2, 1, 0, 2])
p = np.array([0, 2, 2, 2, 1, 0, 1])
conf = np.zeros((3, 3), dtype=int)
np.add.at(conf, (y, p), 1)
print(conf)
# expect: [[2 0 0]
# expect:  [0 1 1]
# expect:  [0 1 2]]
h = np.zeros(4)
np.add.at(h, [0, 0, 3, 0], np.array([1.0, 2.0, 3.0, 4.0]))
np.subtract.at(h, [3], 0.5)
print(h)  # expect: [7.  0.  0.  2.5]
g = np.zeros((3, 2))
np.add.at(g, np.array([2, 0, 2]), np.array([[1, 1], [2, 2], [3, 3]]))
print(g)
# expect: [[2. 2.]
# expect:  [0. 0.]
# expect:  [4. 4.]]
np.maximum.reduce(np.array([]))  # expect error: zero-size array to reduction operation maximum which has no identity
np.add.reduce(a, axis=2)  # expect error: axis 2 is out of bounds for array of dimension 2
