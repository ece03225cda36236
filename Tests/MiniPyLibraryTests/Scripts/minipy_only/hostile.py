# minipy-only: hostile calls answer with an error (never a crash, a hang or a wrong number), with
# NumPy's message where NumPy has one. A regression list from a hand-written batch of bad inputs.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.ones(3)
np.zeros(-1)  # expect error: ValueError: negative dimensions are not allowed
np.zeros((2, -3))  # expect error: ValueError: negative dimensions are not allowed
np.ones(10**19)  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
np.arange(0, 1e30)  # expect error: ValueError: Maximum allowed size exceeded
np.arange(0, 10, 1e-300)  # expect error: ValueError: Maximum allowed size exceeded
a.reshape(-1, -1)  # expect error: ValueError: can only specify one unknown dimension
a.reshape(4, -1)  # expect error: ValueError: cannot reshape array of size 6 into shape (4,-1)
np.random.randint(5, 1)  # expect error: ValueError: low >= high
np.random.randint(0, 2**63)  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
np.eye(-1)  # expect error: ValueError: negative dimensions are not allowed
np.linspace(0, 1, -5)  # expect error: ValueError: Number of samples, -5, must be non-negative.
np.linspace(0, 1, 10**12)  # expect error: MemoryError: cannot allocate
np.random.choice(0)  # expect error: ValueError: a must be greater than 0 unless no samples are taken
np.random.choice(3, 5, replace=False)  # expect error: ValueError: Cannot take a larger sample than population when 'replace=False'
a[10**18]  # expect error: IndexError: index 1000000000000000000 is out of bounds for axis 0 with size 2
a[-10**18]  # expect error: IndexError: index -1000000000000000000 is out of bounds for axis 0 with size 2
a[:, 10**18]  # expect error: IndexError: index 1000000000000000000 is out of bounds for axis 1 with size 3
a[::0]  # expect error: ValueError: slice step cannot be zero
np.tile(a, -1)  # expect error: ValueError: negative dimensions are not allowed
np.repeat(a, -1)  # expect error: ValueError: negative dimensions are not allowed
np.full((2, 2), 10**30)  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
np.array([10**30])  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
np.array([[1, 2], [3]])  # expect error: ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
np.array(2**63)  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
a + 2**64  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
a * 10**20  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
np.int64(2**63)  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
a ** -1  # expect error: ValueError: Integers to negative integer powers are not allowed.
np.random.seed(-1)  # expect error: ValueError: Seed must be between 0 and 2**32 - 1
np.random.seed(2**40)  # expect error: ValueError: Seed must be between 0 and 2**32 - 1
np.random.normal(0, -1, 3)  # expect error: ValueError: scale < 0
np.random.rand(-1)  # expect error: ValueError: negative dimensions are not allowed
np.random.shuffle(np.array(3))  # expect error: TypeError: object of type 'numpy.ndarray' has no len()
np.sum(a, axis=5)  # expect error: AxisError: axis 5 is out of bounds for array of dimension 2
a.transpose(0, 0)  # expect error: ValueError: axes don't match array
a.transpose(5, 1)  # expect error: AxisError: axis 5 is out of bounds for array of dimension 2
np.concatenate([a, b])  # expect error: ValueError: all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)
np.dot(a, a)  # expect error: ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)
a @ np.ones((4, 4))  # expect error: ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)
np.linalg.inv(np.zeros((2, 2)))  # expect error: LinAlgError: Singular matrix
np.linalg.inv(np.ones((2, 3)))  # expect error: LinAlgError: Last 2 dimensions of the array must be square
np.linalg.solve(np.eye(2), np.ones(3))  # expect error: ValueError: solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size 3 is different from 2)
np.percentile(b, 150)  # expect error: ValueError: Percentiles must be in the range [0, 100]
np.quantile(b, -0.5)  # expect error: ValueError: Quantiles must be in the range [0, 1]
np.bincount(np.array([-1, 2]))  # expect error: ValueError: 'list' argument must have no negative elements
np.bincount(np.array([10**12]))  # expect error: MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000000001,) and data type float64
np.argmax(np.array([]))  # expect error: ValueError: attempt to get argmax of an empty sequence
np.max(np.zeros((0, 3)))  # expect error: ValueError: zero-size array to reduction operation maximum which has no identity
np.sort(a, axis=-5)  # expect error: AxisError: axis -5 is out of bounds for array of dimension 2
np.cumsum(a, axis=3)  # expect error: AxisError: axis 3 is out of bounds for array of dimension 2
np.diag(np.ones((2, 2, 2)))  # expect error: ValueError: Input must be 1- or 2-d.
np.meshgrid(np.arange(10**5), np.arange(10**5))  # expect error: MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type int64
np.outer(np.arange(10**6), np.arange(10**6))  # expect error: MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type int64
np.identity(10**6)  # expect error: MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64
np.pad(a, -1)  # expect error: ValueError: index can't contain negative values
a.astype("complex")  # expect error: NotImplementedError: not supported in MiniPy: dtype 'complex' (MiniPy arrays are bool, int64, float32 or float64)
a.astype(np.int8)  # expect error: NotImplementedError: not supported in MiniPy: np.int8
np.save("/etc/passwd.npy", a)  # expect error: PermissionError: writing outside the working folder is not allowed: /etc/passwd.npy
np.save("../../x.npy", a)  # expect error: PermissionError: writing outside the working folder is not allowed: ../../x.npy
print(int(np.float64("nan")))  # expect error: ValueError: cannot convert float NaN to integer
print(int(np.array(np.inf)))  # expect error: ValueError: cannot convert float infinity to integer
print(a.item(100))  # expect error: IndexError: index 100 is out of bounds for size 6
print(a[np.array([True])])  # expect error: IndexError: boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 1
print(a[np.array([5])])  # expect error: IndexError: index 5 is out of bounds for axis 0 with size 2
print(a[[0, 0], [0, 10]])  # expect error: IndexError: index 10 is out of bounds for axis 1 with size 3
a[0] = np.ones(5)  # expect error: ValueError: could not broadcast input array from shape (5,) into shape (3,)
a[np.array([True, False, True])] = 1  # expect error: IndexError: boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 3
print(np.repeat(a, 10**9).shape)  # expect error: MemoryError: Unable to allocate 44.7 GiB for an array with shape (6000000000,) and data type int64
print(b.reshape(()))  # expect error: ValueError: cannot reshape array of size 3 into shape ()
print(f"{a:.2f}")  # expect error: TypeError: unsupported format string passed to numpy.ndarray.__format__
print("%d" % np.array([1.5]))  # expect error: TypeError: only 0-dimensional arrays can be converted to Python scalars
print(list(range(0, 10, 0)))  # expect error: ValueError: range() arg 3 must not be zero
print(range(2**62)[2**61], len(range(-2**63, 2**63 - 1)))  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
print(2**63 * 2, -2**63 - 1, abs(-2**63), -(-2**63), 2**62 + 2**62, (-2**63) // -1, (-2**63) % -1)  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
print(10**400, float(10**400) if False else 1)  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
print(round(2.5, -400), round(1e308, 300), round(float("inf")), int(float("nan")))  # expect error: OverflowError: cannot convert float infinity to integer
print(sum([2**62] * 4))  # expect error: OverflowError: integer overflow in +: MiniPy ints are 64-bit
print(max([]), min(()))  # expect error: ValueError: max() arg is an empty sequence
print(chr(-1), chr(0x110000), ord(""))  # expect error: ValueError: chr() arg not in range(0x110000)
print("x".center(10**12))  # expect error: MemoryError: cannot allocate
print("a" * (2**62))  # expect error: MemoryError: cannot allocate
print([1] * (2**62))  # expect error: MemoryError: cannot make a sequence of 4611686018427387904 items
print(bytes(3))  # expect error: NameError: name 'bytes' is not defined
print(sorted([1, "a"]))  # expect error: TypeError: '<' not supported between instances of 'str' and 'int'
print({[1]: 2})  # expect error: TypeError: unhashable type: 'list'
print(divmod(-2**63, -1), pow(2, -1, 5), pow(0, -1), pow(10, 10**6))  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
print("{:>{}}".format("x", 10**10))  # expect error: ValueError: Too many decimal digits in format string
print(f"{1:{'x'*3}}")  # expect error: ValueError: Invalid format specifier 'xxx'
print("%*d" % (10**10, 1))  # expect error: ValueError: Too many decimal digits in format string
print("abc"[::-(2**63 - 1)], "abc"[-2**63:2**63 - 1])  # expect error: OverflowError: integer overflow in **: MiniPy ints are 64-bit
print(int("9" * 30), float("1e999"), int(1e300))  # expect error: OverflowError: integer overflow in int(): MiniPy ints are 64-bit
print(list(map(int, "12a")))  # expect error: ValueError: invalid literal for int() with base 10: 'a'
np.arange(2**62, -2**62, -1)  # expect error: ValueError: Maximum allowed size exceeded
np.round(b, -10**18)  # expect error: OverflowError: signed integer is less than minimum
np.round(a, 10**18)  # expect error: OverflowError: signed integer is greater than maximum
print(np.round(b, 400), np.round(a, -400), np.round(np.array([2.5e300]), -400))  # NumPy's too (NaN cast to int64)
# expect: [nan nan nan] [[-9223372036854775808 -9223372036854775808 -9223372036854775808]
# expect:  [-9223372036854775808 -9223372036854775808 -9223372036854775808]] [nan]
np.linalg.norm(a, "nuc")  # expect error: not supported in MiniPy: np.linalg.norm with ord='nuc'
print("still running")  # expect: still running
