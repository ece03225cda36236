# minipy-only: what MiniPy refuses clearly instead of answering wrongly.
import numpy as np

np.fft.fft(np.ones(4))  # expect error: not supported in MiniPy: np.fft
np.partition(np.ones(3), 1)  # expect error: not supported in MiniPy: np.partition
np.random.beta(1, 2)  # expect error: not supported in MiniPy: np.random.beta
np.linalg.eig(np.eye(2))  # expect error: not supported in MiniPy: np.linalg.eig
np.percentile(np.ones(3), 50, method='nearest')  # expect error: not supported in MiniPy: np.percentile(method='nearest')
np.unique(np.ones((2, 2)), axis=0)  # expect error: not supported in MiniPy: np.unique(axis=...)
np.r_['0,2', [1, 2], [3, 4]]  # expect error: not supported in MiniPy: string directives in np.r_[...]
print(hasattr(np, 'fft'), getattr(np, 'fft', None), hasattr(np, 'zeros'), hasattr(np, 'zerosx'))  # expect: False None True False
np.ones(3).partition(1)  # expect error: not supported in MiniPy: ndarray.partition
np.searchsorted(np.ones(3), 1.0, sorter=[0, 1, 2])  # expect error: not supported in MiniPy: np.searchsorted(sorter=...)
np.zeros(3, dtype=np.int32)  # expect error: not supported in MiniPy: np.int32
np.zeros(3, dtype='int32')  # expect error: not supported in MiniPy: dtype 'int32'
np.zerosx(3)  # expect error: AttributeError
np.zeros((200000, 200000))  # expect error: Unable to allocate 298. GiB for an array with shape (200000, 200000) and data type float64
np.ones((100000, 100000, 100000))  # expect error: Unable to allocate
np.random.rand(200000, 200000)  # expect error: Unable to allocate
np.array(['a', 'b'])  # expect error: not supported in MiniPy: arrays of strings
np.ones(3) << 1  # expect error: TypeError
print("still running")  # expect: still running
a = np.ones((2, 2))
print(a)
# expect: [[1. 1.]
# expect:  [1. 1.]]
np.add.at(np.zeros(2, dtype=int), [0], 0.5)  # expect error: not supported in MiniPy: np.add.at of float64 values into a int64 array
