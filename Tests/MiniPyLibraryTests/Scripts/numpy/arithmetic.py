# Elementwise operators, broadcasting, in-place updates.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])
b = np.array([[5.0, 6.0], [7.0, 8.0]])
print(a + b)
# expect: [[ 6.  8.]
# expect:  [10. 12.]]
print(a - b)
# expect: [[-4. -4.]
# expect:  [-4. -4.]]
print(a * b)
# expect: [[ 5. 12.]
# expect:  [21. 32.]]
print(a / b)
# expect: [[0.2        0.33333333]
# expect:  [0.42857143 0.5       ]]
print(a @ b)
# expect: [[19. 22.]
# expect:  [43. 50.]]
print(2 * a)
# expect: [[2. 4.]
# expect:  [6. 8.]]
print(1 - a)
# expect: [[ 0. -1.]
# expect:  [-2. -3.]]
print(1 / a)
# expect: [[1.         0.5       ]
# expect:  [0.33333333 0.25      ]]
print(2 ** a)
# expect: [[ 2.  4.]
# expect:  [ 8. 16.]]
print(a ** 2)
# expect: [[ 1.  4.]
# expect:  [ 9. 16.]]
print(-a)
# expect: [[-1. -2.]
# expect:  [-3. -4.]]
print(abs(-a))
# expect: [[1. 2.]
# expect:  [3. 4.]]
print(+a)
# expect: [[1. 2.]
# expect:  [3. 4.]]
print(a > 2)
# expect: [[False False]
# expect:  [ True  True]]
print(a == b - 4)
# expect: [[ True  True]
# expect:  [ True  True]]
print(2 < a)
# expect: [[False False]
# expect:  [ True  True]]
print(a != 1)
# expect: [[False  True]
# expect:  [ True  True]]
print(a >= 2, a <= 2)
# expect: [[False  True]
# expect:  [ True  True]] [[ True  True]
# expect:  [False False]]
row = np.array([10.0, 20.0])
col = np.array([[1.0], [2.0]])
print(a + row)
# expect: [[11. 22.]
# expect:  [13. 24.]]
print(a + col)
# expect: [[2. 3.]
# expect:  [5. 6.]]
print(row + col)
# expect: [[11. 21.]
# expect:  [12. 22.]]
print((np.zeros((2, 3)) + [1, 2, 3]).shape)  # expect: (2, 3)
print(np.zeros((2, 3, 1)) .shape, (np.zeros((2, 3, 1)) * np.ones((4,))).shape)  # expect: (2, 3, 1) (2, 3, 4)
np.zeros((2, 3)) + np.ones((4,))  # expect error: operands could not be broadcast together with shapes (2,3) (4,)
np.ones((3, 2)) @ np.ones((3, 2))  # expect error: matmul: Input operand 1 has a mismatch in its core dimension 0
c = a.copy()
c += 1
print(c)
# expect: [[2. 3.]
# expect:  [4. 5.]]
c *= 2
print(c)
# expect: [[ 4.  6.]
# expect:  [ 8. 10.]]
c -= a
print(c)
# expect: [[3. 4.]
# expect:  [5. 6.]]
c /= 2
print(c)
# expect: [[1.5 2. ]
# expect:  [2.5 3. ]]
d = a
d += 100
print(a)
# expect: [[101. 102.]
# expect:  [103. 104.]]
m = np.array([True, False, True])
print(m & np.array([True, True, False]), m | False, ~m)  # expect: [ True False False] [ True False  True] [False  True False]
print(np.array([1, 2, 3]) @ np.array([4, 5, 6]))  # expect: 32
print(np.array([[1, 2], [3, 4]]) @ np.array([1, 1]))  # expect: [3 7]
print(np.array([1, 2]) @ np.array([[1, 2], [3, 4]]))  # expect: [ 7 10]
print([1, 2] + np.array([3, 4]))  # expect: [4 6]
print(np.array([3, 4]) - [1, 2])  # expect: [2 2]
print(np.array([5, 7]) % 3, np.array([5.5, -7.5]) // 2)  # expect: [2 1] [ 2. -4.]
print(np.array([1.0, 2.0]) * np.array([[3.0], [4.0], [5.0]]))
# expect: [[ 3.  6.]
# expect:  [ 4.  8.]
# expect:  [ 5. 10.]]
