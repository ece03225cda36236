# np.vectorize: a Python function over arrays, element by element.
import numpy as np

def step(v):
    return 1 if v > 0 else 0

vstep = np.vectorize(step)
print(vstep(np.array([-1.5, 0.0, 2.0])), vstep([[3, -3], [0, 1]]))
# expect: [0 0 1] [[1 0]
# expect:  [0 1]]
print(repr(np.vectorize(lambda v: v * 2)(np.arange(3))), repr(np.vectorize(lambda v: v / 2)(np.arange(3))))  # expect: array([0, 2, 4]) array([0. , 0.5, 1. ])
print(repr(np.vectorize(lambda a, b: a > b)(np.array([1, 5]), 3)))  # expect: array([False,  True])
print(repr(np.vectorize(lambda a, b: a + b)(np.arange(3).reshape(3, 1), np.arange(2))))
# expect: array([[0, 1],
# expect:        [1, 2],
# expect:        [2, 3]])
print(repr(np.vectorize(step)(4)), np.vectorize(step)(4))  # expect: array(1) 1
print(np.vectorize(lambda v: round(v, 1))(np.array([0.123, 4.567])))  # expect: [0.1 4.6]
np.vectorize(step)(np.array([]))  # expect error: cannot call `vectorize` on size 0 inputs unless `otypes` is set
np.vectorize(lambda a, b: a)(np.ones(2), np.ones(3))  # expect error: operands could not be broadcast together with shapes (2,) (3,)
