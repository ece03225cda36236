# read_csv(header=None): columns are labelled 0, 1, ... (ints) as in pandas.
import pandas as pd
with open('t.csv', 'w') as f:
    f.write('An,23,7.5,Hanoi\nBinh,35,8.25,Hue\nChi,23,6.0,Hanoi\n')
e = pd.read_csv('t.csv', header=None)
print(e)
# expect:       0   1     2      3
# expect: 0    An  23  7.50  Hanoi
# expect: 1  Binh  35  8.25    Hue
# expect: 2   Chi  23  6.00  Hanoi
print(e.columns)  # expect: Index([0, 1, 2, 3], dtype='int64')
print(list(e.columns), 1 in e, '1' in e)  # expect: [0, 1, 2, 3] True False
print(e[1])
# expect: 0    23
# expect: 1    35
# expect: 2    23
# expect: Name: 1, dtype: int64
print(e[[1, 2]])
# expect:     1     2
# expect: 0  23  7.50
# expect: 1  35  8.25
# expect: 2  23  6.00
print(e[[1, 2]].columns)  # expect: Index([1, 2], dtype='int64')
print(e.iloc[:, 1:3].columns)  # expect: Index([1, 2], dtype='int64')
print(e.iloc[0])
# expect: 0       An
# expect: 1       23
# expect: 2      7.5
# expect: 3    Hanoi
# expect: Name: 0, dtype: object
print(e.loc[1, 2])  # expect: 8.25
print(e.loc[:, [0, 3]])
# expect:       0      3
# expect: 0    An  Hanoi
# expect: 1  Binh    Hue
# expect: 2   Chi  Hanoi
print(e[[1, 2]].mean())
# expect: 1    27.00
# expect: 2     7.25
# expect: dtype: float64
print(e.describe())
# expect:                1         2
# expect: count   3.000000  3.000000
# expect: mean   27.000000  7.250000
# expect: std     6.928203  1.145644
# expect: min    23.000000  6.000000
# expect: 25%    23.000000  6.750000
# expect: 50%    23.000000  7.500000
# expect: 75%    29.000000  7.875000
# expect: max    35.000000  8.250000
print(e.describe().columns)  # expect: Index([1, 2], dtype='int64')
print(e.dtypes)
# expect: 0        str
# expect: 1      int64
# expect: 2    float64
# expect: 3        str
# expect: dtype: object
print(e.sort_values(2))
# expect:       0   1     2      3
# expect: 2   Chi  23  6.00  Hanoi
# expect: 0    An  23  7.50  Hanoi
# expect: 1  Binh  35  8.25    Hue
print(e[1].sum(), e.shape)  # expect: 81 (3, 4)
print(e[[1, 2]].values)
# expect: [[23.    7.5 ]
# expect:  [35.    8.25]
# expect:  [23.    6.  ]]
e['1']  # expect error: KeyError: '1'
e[7]  # expect error: KeyError: 7
