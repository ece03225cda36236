# More than 60 rows: pandas shows the first and last five.
import pandas as pd

with open('long.csv', 'w') as f:
    f.write('a,b\n')
    for i in range(100):
        f.write(str(i % 10) + ',' + str(i * 0.5) + '\n')
df = pd.read_csv('long.csv')
print(df)
# expect:     a     b
# expect: 0   0   0.0
# expect: 1   1   0.5
# expect: 2   2   1.0
# expect: 3   3   1.5
# expect: 4   4   2.0
# expect: .. ..   ...
# expect: 95  5  47.5
# expect: 96  6  48.0
# expect: 97  7  48.5
# expect: 98  8  49.0
# expect: 99  9  49.5
# expect: 
# expect: [100 rows x 2 columns]
print(df['b'])
# expect: 0      0.0
# expect: 1      0.5
# expect: 2      1.0
# expect: 3      1.5
# expect: 4      2.0
# expect:       ... 
# expect: 95    47.5
# expect: 96    48.0
# expect: 97    48.5
# expect: 98    49.0
# expect: 99    49.5
# expect: Name: b, Length: 100, dtype: float64
print(df['a'] * df['a'])
# expect: 0      0
# expect: 1      1
# expect: 2      4
# expect: 3      9
# expect: 4     16
# expect:       ..
# expect: 95    25
# expect: 96    36
# expect: 97    49
# expect: 98    64
# expect: 99    81
# expect: Name: a, Length: 100, dtype: int64
print(df['b'] > 3)
# expect: 0     False
# expect: 1     False
# expect: 2     False
# expect: 3     False
# expect: 4     False
# expect:       ...  
# expect: 95     True
# expect: 96     True
# expect: 97     True
# expect: 98     True
# expect: 99     True
# expect: Name: b, Length: 100, dtype: bool
print(df[df['b'] > 3])
# expect:     a     b
# expect: 7   7   3.5
# expect: 8   8   4.0
# expect: 9   9   4.5
# expect: 10  0   5.0
# expect: 11  1   5.5
# expect: .. ..   ...
# expect: 95  5  47.5
# expect: 96  6  48.0
# expect: 97  7  48.5
# expect: 98  8  49.0
# expect: 99  9  49.5
# expect: 
# expect: [93 rows x 2 columns]
print(df[df['a'] % 2 == 0].index)  # expect: RangeIndex(start=0, stop=100, step=2)
print(df[df['a'] == 3].index)  # expect: RangeIndex(start=3, stop=103, step=10)
print(df.describe())
# expect:                 a           b
# expect: count  100.000000  100.000000
# expect: mean     4.500000   24.750000
# expect: std      2.886751   14.505746
# expect: min      0.000000    0.000000
# expect: 25%      2.000000   12.375000
# expect: 50%      4.500000   24.750000
# expect: 75%      7.000000   37.125000
# expect: max      9.000000   49.500000
print(df['a'].value_counts())
# expect: a
# expect: 0    10
# expect: 1    10
# expect: 2    10
# expect: 3    10
# expect: 4    10
# expect: 5    10
# expect: 6    10
# expect: 7    10
# expect: 8    10
# expect: 9    10
# expect: Name: count, dtype: int64
print(df.iloc[5:12].index)  # expect: RangeIndex(start=5, stop=12, step=1)
with open('signed.csv', 'w') as f:
    f.write('k,x\n')
    for i in range(70):
        f.write(str(i % 9 - 4) + ',' + str((i % 7 - 3) / 7) + '\n')
sd = pd.read_csv('signed.csv')
print(sd)
# expect:     k         x
# expect: 0  -4 -0.428571
# expect: 1  -3 -0.285714
# expect: 2  -2 -0.142857
# expect: 3  -1  0.000000
# expect: 4   0  0.142857
# expect: .. ..       ...
# expect: 65 -2 -0.142857
# expect: 66 -1  0.000000
# expect: 67  0  0.142857
# expect: 68  1  0.285714
# expect: 69  2  0.428571
# expect: 
# expect: [70 rows x 2 columns]
print(sd['x'])
# expect: 0    -0.428571
# expect: 1    -0.285714
# expect: 2    -0.142857
# expect: 3     0.000000
# expect: 4     0.142857
# expect:         ...   
# expect: 65   -0.142857
# expect: 66    0.000000
# expect: 67    0.142857
# expect: 68    0.285714
# expect: 69    0.428571
# expect: Name: x, Length: 70, dtype: float64
print(sd['k'].value_counts())
# expect: k
# expect: -4    8
# expect: -3    8
# expect: -2    8
# expect: -1    8
# expect:  0    8
# expect:  1    8
# expect:  2    8
# expect:  3    7
# expect:  4    7
# expect: Name: count, dtype: int64
print(sd['k'])
# expect: 0    -4
# expect: 1    -3
# expect: 2    -2
# expect: 3    -1
# expect: 4     0
# expect:      ..
# expect: 65   -2
# expect: 66   -1
# expect: 67    0
# expect: 68    1
# expect: 69    2
# expect: Name: k, Length: 70, dtype: int64
