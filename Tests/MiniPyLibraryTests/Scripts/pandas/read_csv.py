# pd.read_csv: .values, .head(), .shape, columns.
import numpy as np
import pandas as pd

np.savetxt('loans.csv', np.array([[10, 1, 1], [5, 2, 1], [6, 1.8, 1], [8, 0.1, 0], [7, 0.15, 0], [4, 1, 0], [5, 0.8, 0]]), delimiter=',', header='salary,years,approved', comments='', fmt='%g')
df = pd.read_csv('loans.csv')
data = df.values
print(data)
# expect: [[10.    1.    1.  ]
# expect:  [ 5.    2.    1.  ]
# expect:  [ 6.    1.8   1.  ]
# expect:  [ 8.    0.1   0.  ]
# expect:  [ 7.    0.15  0.  ]
# expect:  [ 4.    1.    0.  ]
# expect:  [ 5.    0.8   0.  ]]
print(data.dtype, data.shape, df.shape)  # expect: float64 (7, 3) (7, 3)
print(df.head())
# expect:    salary  years  approved
# expect: 0      10   1.00         1
# expect: 1       5   2.00         1
# expect: 2       6   1.80         1
# expect: 3       8   0.10         0
# expect: 4       7   0.15         0
print(df.head(2))
# expect:    salary  years  approved
# expect: 0      10    1.0         1
# expect: 1       5    2.0         1
print(list(df.columns))  # expect: ['salary', 'years', 'approved']
print(df['salary'].values)  # expect: [10  5  6  8  7  4  5]
N, d = data.shape
x = data[:, 0:d-1].reshape(-1, d-1)
y = data[:, 2].reshape(-1, 1)
print(x.shape, y.shape, y[:3].ravel())  # expect: (7, 2) (7, 1) [1. 1. 1.]
np.savetxt('ints.csv', np.array([[1, 2], [3, 4]]), delimiter=',', header='a,b', comments='', fmt='%d')
print(repr(pd.read_csv('ints.csv').values))
# expect: array([[1, 2],
# expect:        [3, 4]])
print(pd.read_csv('ints.csv'))
# expect:    a  b
# expect: 0  1  2
# expect: 1  3  4
print(len(pd.read_csv('loans.csv')))  # expect: 7
pd.read_csv('nope.csv')  # expect error: nope.csv
