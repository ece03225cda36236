# Series arithmetic and comparisons; boolean filtering keeps the row labels.
import numpy as np
import pandas as pd

with open('people.csv', 'w') as f:
    f.write('name,age,score,city\nAn,23,7.5,Hanoi\nBinh,35,8.25,Hue\nChi,23,6.0,Hanoi\nDung,41,9.1,Saigon\nEm,35,5.5,Hanoi\n')
df = pd.read_csv('people.csv')
s = df['age']
print(s * 2)
# expect: 0    46
# expect: 1    70
# expect: 2    46
# expect: 3    82
# expect: 4    70
# expect: Name: age, dtype: int64
print(2 * s)
# expect: 0    46
# expect: 1    70
# expect: 2    46
# expect: 3    82
# expect: 4    70
# expect: Name: age, dtype: int64
print(s - s.mean())
# expect: 0   -8.4
# expect: 1    3.6
# expect: 2   -8.4
# expect: 3    9.6
# expect: 4    3.6
# expect: Name: age, dtype: float64
print(s / 2)
# expect: 0    11.5
# expect: 1    17.5
# expect: 2    11.5
# expect: 3    20.5
# expect: 4    17.5
# expect: Name: age, dtype: float64
print(-s)
# expect: 0   -23
# expect: 1   -35
# expect: 2   -23
# expect: 3   -41
# expect: 4   -35
# expect: Name: age, dtype: int64
print(s > 30)
# expect: 0    False
# expect: 1     True
# expect: 2    False
# expect: 3     True
# expect: 4     True
# expect: Name: age, dtype: bool
print(s == 35)
# expect: 0    False
# expect: 1     True
# expect: 2    False
# expect: 3    False
# expect: 4     True
# expect: Name: age, dtype: bool
print(df['score'] + df['age'])
# expect: 0    30.50
# expect: 1    43.25
# expect: 2    29.00
# expect: 3    50.10
# expect: 4    40.50
# expect: dtype: float64
print(df['score'] * df['score'])
# expect: 0    56.2500
# expect: 1    68.0625
# expect: 2    36.0000
# expect: 3    82.8100
# expect: 4    30.2500
# expect: Name: score, dtype: float64
print((s > 30).sum(), (s > 30).mean())  # expect: 3 0.6
print(df['city'] == 'Hanoi')
# expect: 0     True
# expect: 1    False
# expect: 2     True
# expect: 3    False
# expect: 4     True
# expect: Name: city, dtype: bool
print(df[df['age'] > 30])
# expect:    name  age  score    city
# expect: 1  Binh   35   8.25     Hue
# expect: 3  Dung   41   9.10  Saigon
# expect: 4    Em   35   5.50   Hanoi
print(df[df['age'] > 30]['score'])
# expect: 1    8.25
# expect: 3    9.10
# expect: 4    5.50
# expect: Name: score, dtype: float64
print(df[df['age'] > 30].index)  # expect: Index([1, 3, 4], dtype='int64')
print(df[df['age'] == 23].index)  # expect: RangeIndex(start=0, stop=4, step=2)
print(df[(df['age'] > 30) & (df['score'] > 6)])
# expect:    name  age  score    city
# expect: 1  Binh   35   8.25     Hue
# expect: 3  Dung   41   9.10  Saigon
print(df[~(df['age'] > 30)])
# expect:   name  age  score   city
# expect: 0   An   23    7.5  Hanoi
# expect: 2  Chi   23    6.0  Hanoi
print(df[df['city'] == 'Hanoi'].iloc[1])
# expect: name       Chi
# expect: age         23
# expect: score      6.0
# expect: city     Hanoi
# expect: Name: 2, dtype: object
print(df[df['age'] > 30].loc[3])
# expect: name       Dung
# expect: age          41
# expect: score       9.1
# expect: city     Saigon
# expect: Name: 3, dtype: object
print(df[df['age'] > 100])
# expect: Empty DataFrame
# expect: Columns: [name, age, score, city]
# expect: Index: []
big = df[df['age'] > 30]
print(big['score'].mean(), len(big))  # expect: 7.616666666666667 3
print(np.mean(s.values))  # expect: 31.4
bool(s > 3)  # expect error: ambiguous
print(df['age'].dtype, df['score'].dtype, df['city'].dtype, (s > 3).dtype)  # expect: int64 float64 str bool
print(df['age'].dtype == 'int64', df['score'].dtype == float)  # expect: True True
print(df['age'] * 100000.5)
# expect: 0    2300011.5
# expect: 1    3500017.5
# expect: 2    2300011.5
# expect: 3    4100020.5
# expect: 4    3500017.5
# expect: Name: age, dtype: float64
print(df['age'] / 0)
# expect: 0    inf
# expect: 1    inf
# expect: 2    inf
# expect: 3    inf
# expect: 4    inf
# expect: Name: age, dtype: float64
print(df['score'].max() - df['score'].min())  # expect: 3.5999999999999996
