# Missing values, abs, round, astype, idxmax/idxmin, sort_values, reversed slices.
import pandas as pd

with open('people.csv', 'w') as f:
    f.write('name,age,score,city,neg\nAn,23,7.5,Hanoi,-1\nBinh,35,8.25,Hue,2\nChi,23,6.0,Hanoi,-30\nDung,41,9.1,Saigon,4\nEm,35,5.5,Hanoi,5\n')
with open('gaps.csv', 'w') as f:
    f.write('a,b,c\n1,,3\n4,5.5,6\n7,8,\n')
df = pd.read_csv('people.csv')
dn = pd.read_csv('gaps.csv')
print(df.iloc[::-1])
# expect:    name  age  score    city  neg
# expect: 4    Em   35   5.50   Hanoi    5
# expect: 3  Dung   41   9.10  Saigon    4
# expect: 2   Chi   23   6.00   Hanoi  -30
# expect: 1  Binh   35   8.25     Hue    2
# expect: 0    An   23   7.50   Hanoi   -1
print(df.iloc[::-1].index)  # expect: RangeIndex(start=4, stop=-1, step=-1)
print(df.iloc[::-2, ::-1])
# expect:    neg   city  score  age name
# expect: 4    5  Hanoi    5.5   35   Em
# expect: 2  -30  Hanoi    6.0   23  Chi
# expect: 0   -1  Hanoi    7.5   23   An
print(df['age'].iloc[[0, 2]])
# expect: 0    23
# expect: 2    23
# expect: Name: age, dtype: int64
print(df['age'][::-1])
# expect: 4    35
# expect: 3    41
# expect: 2    23
# expect: 1    35
# expect: 0    23
# expect: Name: age, dtype: int64
print(df['neg'].abs())
# expect: 0     1
# expect: 1     2
# expect: 2    30
# expect: 3     4
# expect: 4     5
# expect: Name: neg, dtype: int64
print(df['score'].round(1))
# expect: 0    7.5
# expect: 1    8.2
# expect: 2    6.0
# expect: 3    9.1
# expect: 4    5.5
# expect: Name: score, dtype: float64
print((df['score'] / 3).round(2))
# expect: 0    2.50
# expect: 1    2.75
# expect: 2    2.00
# expect: 3    3.03
# expect: 4    1.83
# expect: Name: score, dtype: float64
print(df['age'].astype(float))
# expect: 0    23.0
# expect: 1    35.0
# expect: 2    23.0
# expect: 3    41.0
# expect: 4    35.0
# expect: Name: age, dtype: float64
print((df['age'] > 30).astype(int))
# expect: 0    0
# expect: 1    1
# expect: 2    0
# expect: 3    1
# expect: 4    1
# expect: Name: age, dtype: int64
print(df['score'].astype(int))
# expect: 0    7
# expect: 1    8
# expect: 2    6
# expect: 3    9
# expect: 4    5
# expect: Name: score, dtype: int64
print(df['score'].idxmax(), df['score'].idxmin(), df[df['age'] > 30]['score'].idxmin())  # expect: 3 4 4
print(df['score'].sort_values())
# expect: 4    5.50
# expect: 2    6.00
# expect: 0    7.50
# expect: 1    8.25
# expect: 3    9.10
# expect: Name: score, dtype: float64
print(df['score'].sort_values(ascending=False))
# expect: 3    9.10
# expect: 1    8.25
# expect: 0    7.50
# expect: 2    6.00
# expect: 4    5.50
# expect: Name: score, dtype: float64
print(df['age'].sort_values(kind='stable'))
# expect: 0    23
# expect: 2    23
# expect: 1    35
# expect: 4    35
# expect: 3    41
# expect: Name: age, dtype: int64
print(df['age'].sort_values(ascending=False, kind='stable'))
# expect: 3    41
# expect: 1    35
# expect: 4    35
# expect: 0    23
# expect: 2    23
# expect: Name: age, dtype: int64
print(df['name'].sort_values(ascending=False))
# expect: 4      Em
# expect: 3    Dung
# expect: 2     Chi
# expect: 1    Binh
# expect: 0      An
# expect: Name: name, dtype: str
print(df.sort_values('score'))
# expect:    name  age  score    city  neg
# expect: 4    Em   35   5.50   Hanoi    5
# expect: 2   Chi   23   6.00   Hanoi  -30
# expect: 0    An   23   7.50   Hanoi   -1
# expect: 1  Binh   35   8.25     Hue    2
# expect: 3  Dung   41   9.10  Saigon    4
print(df.sort_values(by='score', ascending=False))
# expect:    name  age  score    city  neg
# expect: 3  Dung   41   9.10  Saigon    4
# expect: 1  Binh   35   8.25     Hue    2
# expect: 0    An   23   7.50   Hanoi   -1
# expect: 2   Chi   23   6.00   Hanoi  -30
# expect: 4    Em   35   5.50   Hanoi    5
print(df.sort_values('age', ascending=False, kind='stable'))
# expect:    name  age  score    city  neg
# expect: 3  Dung   41   9.10  Saigon    4
# expect: 1  Binh   35   8.25     Hue    2
# expect: 4    Em   35   5.50   Hanoi    5
# expect: 0    An   23   7.50   Hanoi   -1
# expect: 2   Chi   23   6.00   Hanoi  -30
print(df.isna().sum())
# expect: name     0
# expect: age      0
# expect: score    0
# expect: city     0
# expect: neg      0
# expect: dtype: int64
print(dn.isna())
# expect:        a      b      c
# expect: 0  False   True  False
# expect: 1  False  False  False
# expect: 2  False  False   True
print(dn.isna().sum())
# expect: a    0
# expect: b    1
# expect: c    1
# expect: dtype: int64
print(dn.notna().sum())
# expect: a    3
# expect: b    2
# expect: c    2
# expect: dtype: int64
print(dn.dropna())
# expect:    a    b    c
# expect: 1  4  5.5  6.0
print(dn['b'].dropna())
# expect: 1    5.5
# expect: 2    8.0
# expect: Name: b, dtype: float64
print(dn.fillna(0))
# expect:    a    b    c
# expect: 0  1  0.0  3.0
# expect: 1  4  5.5  6.0
# expect: 2  7  8.0  0.0
print(dn['b'].fillna(dn['b'].mean()))
# expect: 0    6.75
# expect: 1    5.50
# expect: 2    8.00
# expect: Name: b, dtype: float64
print(dn['b'].sort_values(ascending=False))
# expect: 2    8.0
# expect: 1    5.5
# expect: 0    NaN
# expect: Name: b, dtype: float64
print(dn.sort_values('c', ascending=False))
# expect:    a    b    c
# expect: 1  4  5.5  6.0
# expect: 0  1  NaN  3.0
# expect: 2  7  8.0  NaN
dn['b'].astype(int)  # expect error: Cannot convert non-finite values (NA or inf) to integer
