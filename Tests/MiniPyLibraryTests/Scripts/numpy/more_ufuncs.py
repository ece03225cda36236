# log2 log10 exp2 sinh cosh arcsin arccos arctan rint trunc deg2rad rad2deg degrees radians,
# and the binary arctan2 hypot fmod float_power heaviside.
import numpy as np

x = np.array([0.25, 0.5, 1.0, 2.0, 10.0])
print(repr(np.log2(x)), repr(np.log10(x)))  # expect: array([-2.        , -1.        ,  0.        ,  1.        ,  3.32192809]) array([-0.60205999, -0.30103   ,  0.        ,  0.30103   ,  1.        ])
print(repr(np.log2([1, 8, 1024])), repr(np.log10(np.array([1, 100], dtype=np.float32))), repr(np.log2(4)))  # expect: array([ 0.,  3., 10.]) array([0., 2.], dtype=float32) np.float64(2.0)
print(repr(np.exp2(np.array([-1.0, 0.5, 3.0]))), repr(np.exp2([1, 2])), repr(np.exp2(np.float32(0.5))))  # expect: array([0.5       , 1.41421356, 8.        ]) array([2., 4.]) np.float32(1.4142135)
print(repr(np.sinh(x)), repr(np.cosh(x)))
# expect: array([2.52612317e-01, 5.21095305e-01, 1.17520119e+00, 3.62686041e+00,
# expect:        1.10132329e+04]) array([1.03141310e+00, 1.12762597e+00, 1.54308063e+00, 3.76219569e+00,
# expect:        1.10132329e+04])
print(repr(np.sinh(np.array([0.5, 1.0], dtype=np.float32))), repr(np.cosh(0)), repr(np.sinh([])))  # expect: array([0.5210953, 1.1752012], dtype=float32) np.float64(1.0) array([], dtype=float64)
u = np.array([-1.0, -0.5, 0.0, 0.3, 1.0])
print(repr(np.arcsin(u)), repr(np.arccos(u)))  # expect: array([-1.57079633, -0.52359878,  0.        ,  0.30469265,  1.57079633]) array([3.14159265, 2.0943951 , 1.57079633, 1.26610367, 0.        ])
print(repr(np.arctan(np.array([-np.inf, -1.0, 0.0, 2.0]))), repr(np.arctan([1, 2])), repr(np.arcsin(2.0)))  # expect: array([-1.57079633, -0.78539816,  0.        ,  1.10714872]) array([0.78539816, 1.10714872]) np.float64(nan)
print(repr(np.rint(np.array([-2.5, -1.5, -0.4, 0.5, 1.5, 2.6]))), repr(np.rint([1, 2])), repr(np.rint(np.float32(3.5))))  # expect: array([-2., -2., -0.,  0.,  2.,  3.]) array([1., 2.]) np.float32(4.0)
print(repr(np.trunc(np.array([-1.7, -0.2, 0.2, 1.7]))), repr(np.trunc(np.array([3, -4]))), repr(np.trunc(-2.5)))  # expect: array([-1., -0.,  0.,  1.]) array([ 3, -4]) np.float64(-2.0)
print(repr(np.deg2rad(np.array([0, 90, 180, 360]))), repr(np.radians(45.0)), repr(np.deg2rad(np.float32(180))))  # expect: array([0.        , 1.57079633, 3.14159265, 6.28318531]) np.float64(0.7853981633974483) np.float32(3.1415927)
print(repr(np.rad2deg(np.array([0.0, np.pi / 2, np.pi]))), repr(np.degrees(np.arange(3))), repr(np.rad2deg(np.float32(1.0))))  # expect: array([  0.,  90., 180.]) array([  0.        ,  57.29577951, 114.59155903]) np.float32(57.295776)
print(repr(np.degrees(np.array([[1.0], [2.0]]))))
# expect: array([[ 57.29577951],
# expect:        [114.59155903]])
np.log2([[1, 2], [3]])  # expect error: setting an array element with a sequence.

print(repr(np.arctan2(np.array([1.0, -1.0, 0.0, 1.0]), np.array([1.0, 1.0, -1.0, 0.0]))), repr(np.arctan2(1, 1)))  # expect: array([ 0.78539816, -0.78539816,  3.14159265,  1.57079633]) np.float64(0.7853981633974483)
print(repr(np.arctan2(np.array([1, 2], dtype=np.float32), 2)), repr(np.arctan2([[1], [2]], [1, 2])))
# expect: array([0.4636476, 0.7853982], dtype=float32) array([[0.78539816, 0.46364761],
# expect:        [1.10714872, 0.78539816]])
print(repr(np.hypot(3, 4)), repr(np.hypot(np.array([3.0, 5.0]), [4, 12])), repr(np.hypot(np.float32(1e30), np.float32(1e30))))  # expect: np.float64(5.0) array([ 5., 13.]) np.float32(1.4142135e+30)
print(repr(np.fmod(np.array([-7, 7, -7, 7]), np.array([3, 3, -3, -3]))), repr(np.fmod(np.array([-7.5, 7.5]), 2)))  # expect: array([-1,  1, -1,  1]) array([-1.5,  1.5])
print(repr(np.fmod(5.0, 0.0)), repr(np.fmod(np.array([4, 5], dtype=np.float32), 3)))  # expect: np.float64(nan) array([1., 2.], dtype=float32)
print(repr(np.float_power(np.arange(4), 2)), repr(np.float_power(2, -1)), repr(np.float_power(np.array([4.0], dtype=np.float32), 0.5)))  # expect: array([0., 1., 4., 9.]) np.float64(0.5) array([2.])
print(repr(np.heaviside(np.array([-1.5, 0.0, 2.0, np.nan]), 0.5)), repr(np.heaviside([-1, 0, 3], 1)), repr(np.heaviside(0, np.array([0.25, 0.75]))))  # expect: array([0. , 0.5, 1. , nan]) array([0., 1., 1.]) array([0.25, 0.75])
np.hypot(np.ones(2), np.ones(3))  # expect error: operands could not be broadcast together with shapes (2,) (3,)
np.heaviside(np.zeros((2, 2)), [1, 2, 3])  # expect error: operands could not be broadcast together with shapes (2,2) (3,)
