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
