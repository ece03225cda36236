# isnan isinf isfinite isclose allclose array_equal log1p expm1.
import numpy as np

v = np.array([1.0, np.nan, np.inf, -np.inf, 0.0])
print(np.isnan(v), np.isinf(v), np.isfinite(v))  # expect: [False  True False False False] [False False  True  True False] [ True False False False  True]
print(repr(np.isnan(np.array([1, 2]))), repr(np.isfinite(np.array([[True], [False]]))), repr(np.isinf(np.array([], dtype=np.float32))))
# expect: array([False, False]) array([[ True],
# expect:        [ True]]) array([], dtype=bool)
print(repr(np.isnan(np.nan)), repr(np.isnan(1.0)), repr(np.isfinite(3)), np.isnan([np.nan, 2.0]))  # expect: np.True_ np.False_ np.True_ [ True False]
print(repr(np.isnan(np.array([1.0, np.nan], dtype=np.float32))), np.isnan(v).sum(), v[~np.isnan(v)])  # expect: array([False,  True]) 1 [  1.  inf -inf   0.]
np.isnan(v, v, v)  # expect error: isnan() takes

print(np.isclose(1.0, 1.0 + 1e-9), repr(np.isclose(1.0, 1.1)), repr(np.isclose(np.array([1.0, 2.0]), np.array([1.0, 2.001]))))  # expect: True np.False_ array([ True, False])
print(np.isclose([1e10, 1e-7], [1.00001e10, 1e-8]), np.isclose([1e-8, 1e-7], [0.0, 0.0]))  # expect: [ True False] [ True False]
print(np.isclose([1.0, np.nan], [1.0, np.nan]), np.isclose([1.0, np.nan], [1.0, np.nan], equal_nan=True))  # expect: [ True False] [ True  True]
print(np.isclose([np.inf, -np.inf, np.inf], [np.inf, np.inf, 1e308]), np.isclose(0.0, 1e-9, atol=0.0))  # expect: [ True False False] False
print(np.isclose(np.array([[1, 2], [3, 4]]), 2), np.isclose([1.0, 2.0], [1.1, 2.2], rtol=0.1))
# expect: [[False  True]
# expect:  [False False]] [ True  True]
print(np.isclose(np.array([1.0, 1.5], dtype=np.float32), 1.0000001), repr(np.isclose(np.array([], dtype=float), 1.0)))  # expect: [ True False] array([], dtype=bool)
np.isclose([1.0, 2.0], [1.0, 2.0, 3.0])  # expect error: operands could not be broadcast together with shapes (2,) (3,)

print(np.allclose([1.0, 2.0], [1.0, 2.0 + 1e-9]), np.allclose([1.0, 2.0], [1.0, 2.1]), np.allclose(np.array([1.0, np.nan]), np.array([1.0, np.nan])))  # expect: True False False
print(np.allclose([1.0, np.nan], [1.0, np.nan], equal_nan=True), np.allclose(np.ones((2, 3)), 1), type(np.allclose(1, 1)).__name__)  # expect: True True bool
print(np.allclose([], []), np.allclose([1.0, 2.0], [1.01, 2.02], rtol=0.01), np.allclose([0.0], [1e-7], 0, 1e-6))  # expect: True True True
np.allclose(np.ones(2), np.ones(3))  # expect error: operands could not be broadcast together with shapes (2,) (3,)

print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]), np.array_equal(np.array([[1, 2]]), np.array([1, 2])))  # expect: True False False
print(np.array_equal(np.array([1, 2]), np.array([1.0, 2.0])), np.array_equal([1.0, np.nan], [1.0, np.nan]), np.array_equal([1.0, np.nan], [1.0, np.nan], equal_nan=True))  # expect: True False True
print(np.array_equal(np.array([]), np.array([])), type(np.array_equal([1], [1])).__name__, np.array_equal(np.eye(2), np.array([[1, 0], [0, 1]])))  # expect: True bool True

print(repr(np.log1p(np.array([0.0, 1e-10, 1.0]))), repr(np.expm1(np.array([0.0, 1e-10, 1.0]))))  # expect: array([0.00000000e+00, 1.00000000e-10, 6.93147181e-01]) array([0.00000000e+00, 1.00000000e-10, 1.71828183e+00])
print(repr(np.log1p(np.array([1, 3]))), repr(np.expm1(np.array([1.0], dtype=np.float32))), repr(np.log1p(1e-15)), repr(np.expm1(2)))  # expect: array([0.69314718, 1.38629436]) array([1.7182819], dtype=float32) np.float64(9.999999999999995e-16) np.float64(6.38905609893065)
print(repr(np.log1p(np.array([-1.0, -2.0, np.inf]))))  # expect: array([-inf,  nan,  inf])
