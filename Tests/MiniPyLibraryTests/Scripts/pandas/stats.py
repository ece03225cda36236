# Reductions and summaries of DataFrames and Series.
import pandas as pd

with open('people.csv', 'w') as f:
    f.write('name,age,score,city\nAn,23,7.5,Hanoi\nBinh,35,8.25,Hue\nChi,23,6.0,Hanoi\nDung,41,9.1,Saigon\nEm,35,5.5,Hanoi\n')
df = pd.read_csv('people.csv')
nums = df[['age', 'score']]
print(nums.mean())
# expect: age      31.40
# expect: score     7.27
# expect: dtype: float64
print(nums.sum())
# expect: age      157.00
# expect: score     36.35
# expect: dtype: float64
print(nums.min())
# expect: age      23.0
# expect: score     5.5
# expect: dtype: float64
print(nums.max())
# expect: age      41.0
# expect: score     9.1
# expect: dtype: float64
print(nums.std())
# expect: age      8.049845
# expect: score    1.508973
# expect: dtype: float64
print(nums.median())
# expect: age      35.0
# expect: score     7.5
# expect: dtype: float64
print(df.count())
# expect: name     5
# expect: age      5
# expect: score    5
# expect: city     5
# expect: dtype: int64
print(df[['age']].sum())
# expect: age    157
# expect: dtype: int64
print(df.describe())
# expect:              age     score
# expect: count   5.000000  5.000000
# expect: mean   31.400000  7.270000
# expect: std     8.049845  1.508973
# expect: min    23.000000  5.500000
# expect: 25%    23.000000  6.000000
# expect: 50%    35.000000  7.500000
# expect: 75%    35.000000  8.250000
# expect: max    41.000000  9.100000
print(df['age'].describe())
# expect: count     5.000000
# expect: mean     31.400000
# expect: std       8.049845
# expect: min      23.000000
# expect: 25%      23.000000
# expect: 50%      35.000000
# expect: 75%      35.000000
# expect: max      41.000000
# expect: Name: age, dtype: float64
print(df['city'].describe())
# expect: count         5
# expect: unique        3
# expect: top       Hanoi
# expect: freq          3
# expect: Name: city, dtype: object
print(df['age'].median(), df['score'].median())  # expect: 35.0 7.5
print(df['age'].mean(), df['age'].sum(), df['age'].max(), df['score'].std())  # expect: 31.4 157 41 1.508973160795115
print(df['age'].value_counts())
# expect: age
# expect: 23    2
# expect: 35    2
# expect: 41    1
# expect: Name: count, dtype: int64
print(df['city'].value_counts())
# expect: city
# expect: Hanoi     3
# expect: Hue       1
# expect: Saigon    1
# expect: Name: count, dtype: int64
print(df['city'].unique())
# expect: <StringArray>
# expect: ['Hanoi', 'Hue', 'Saigon']
# expect: Length: 3, dtype: str
print(df['age'].unique())  # expect: [23 35 41]
print(df['age'].nunique(), df['city'].nunique())  # expect: 3 3
print(len(df['city'].unique()), df['city'].unique()[0])  # expect: 3 Hanoi
print(df['age'].count())  # expect: 5
print(df['age'].value_counts()[35])  # expect: 2
print(repr(df['age'].count()), repr(df['age'].sum()), repr(df['age'].mean()), repr(df['age'].nunique()))  # expect: np.int64(5) np.int64(157) np.float64(31.4) 3
with open('gaps.csv', 'w') as f:
    f.write('a,b,c\n1,,3\n4,5.5,6\n7,8,\n')
dn = pd.read_csv('gaps.csv')
print(dn)
# expect:    a    b    c
# expect: 0  1  NaN  3.0
# expect: 1  4  5.5  6.0
# expect: 2  7  8.0  NaN
print(dn.mean())
# expect: a    4.00
# expect: b    6.75
# expect: c    4.50
# expect: dtype: float64
print(dn.count())
# expect: a    3
# expect: b    2
# expect: c    2
# expect: dtype: int64
print(dn.describe())
# expect:          a         b        c
# expect: count  3.0  2.000000  2.00000
# expect: mean   4.0  6.750000  4.50000
# expect: std    3.0  1.767767  2.12132
# expect: min    1.0  5.500000  3.00000
# expect: 25%    2.5  6.125000  3.75000
# expect: 50%    4.0  6.750000  4.50000
# expect: 75%    5.5  7.375000  5.25000
# expect: max    7.0  8.000000  6.00000
print(dn['b'].sum(), dn['b'].mean(), dn['b'].nunique())  # expect: 13.5 6.75 2
print(dn.iloc[0])
# expect: a    1.0
# expect: b    NaN
# expect: c    3.0
# expect: Name: 0, dtype: float64
print(dn[dn['b'] > 5])
# expect:    a    b    c
# expect: 1  4  5.5  6.0
# expect: 2  7  8.0  NaN
