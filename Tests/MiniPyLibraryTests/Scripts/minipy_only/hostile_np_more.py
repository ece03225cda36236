# minipy-only: absurd arguments to the stacking/statistics/product functions raise, never trap.
import numpy as np

a = np.arange(6).reshape(2, 3)
big = 9223372036854775807
np.histogram([1, 2], bins=big)  # expect error: MemoryError
np.histogram([1e308, -1e308], bins=3)  # expect error: Too many bins for data range
np.histogram(np.array([3e38, -3e38], dtype=np.float32), bins=3)  # expect error: Too many bins for data range
np.array_split(np.arange(4), big)  # expect error: MemoryError
np.resize(a, big)  # expect error: MemoryError
np.vander([1, 2], big // 2)  # expect error: MemoryError
np.logspace(0, 1, big // 2)  # expect error: MemoryError
np.kron(np.ones(2**20), np.ones(2**20))  # expect error: MemoryError
np.take(a, [big])  # expect error: index 9223372036854775807 is out of bounds for axis 0 with size 6
np.moveaxis(a, big, 0)  # expect error: source: axis 9223372036854775807 is out of bounds
np.swapaxes(a, -big - 1, 0)  # expect error: axis1: axis -9223372036854775808 is out of bounds
print(np.roll(a, big)[0], np.roll(a, -big - 1)[0], np.rot90(a, -big - 1)[0], np.triu(a, big)[0], np.tril(a, -big - 1)[1])
# expect: [5 0 1] [2 3 4] [0 1 2] [0 0 0] [0 0 0]
print(np.diff(a, n=big), np.take(a, [-big - 1], mode='wrap'), np.take(a, [-big - 1], mode='clip'), np.fmod(np.array([-big - 1]), -1))
# expect: [] [4] [0] [0]
print(np.interp([np.inf, -np.inf], [0, 1], [np.inf, 1]), np.digitize([np.nan, np.inf], [1, 2]), np.einsum(',', 3, 4), np.einsum('->', 3))
# expect: [ 1. inf] [2 2] 12 3
np.einsum('i->->i', a)  # expect error: ValueError
np.tensordot(a, a, axes=big)  # expect error: shape-mismatch for sum
print("still running")  # expect: still running
