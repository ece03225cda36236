# Edge cases: empty selections, all-NaN columns, header-only and empty files, bad positions.
import pandas as pd

with open('people.csv', 'w') as f:
    f.write('name,age,score,city,neg\nAn,23,7.5,Hanoi,-1\nBinh,35,8.25,Hue,2\nChi,23,6.0,Hanoi,-30\nDung,41,9.1,Saigon,4\nEm,35,5.5,Hanoi,5\n')
with open('header_only.csv', 'w') as f:
    f.write('a,b\n')
with open('empty.csv', 'w') as f:
    f.write('')
df = pd.read_csv('people.csv')
none = df.iloc[0:0]
print(none)
# expect: Empty DataFrame
# expect: Columns: [name, age, score, city, neg]
# expect: Index: []
print(none.index, len(none))  # expect: RangeIndex(start=0, stop=0, step=1) 0
print(none['age'])  # expect: Series([], Name: age, dtype: int64)
print(none['city'].describe())
# expect: count       0
# expect: unique      0
# expect: top       NaN
# expect: freq      NaN
# expect: Name: city, dtype: object
print(none['age'].sum(), none['age'].mean(), none['age'].std(), none['age'].count())  # expect: 0 nan nan 0
print(df.iloc[:1]['age'].std())  # expect: nan
print(df.loc[3:1])
# expect: Empty DataFrame
# expect: Columns: [name, age, score, city, neg]
# expect: Index: []
print(df['score'] * float('nan'))
# expect: 0   NaN
# expect: 1   NaN
# expect: 2   NaN
# expect: 3   NaN
# expect: 4   NaN
# expect: Name: score, dtype: float64
print(df['score'].round(-1000))
# expect: 0   NaN
# expect: 1   NaN
# expect: 2   NaN
# expect: 3   NaN
# expect: 4   NaN
# expect: Name: score, dtype: float64
print(df[df['age'] > 30].iloc[::-1].index)  # expect: Index([4, 3, 1], dtype='int64')
print(df['age'].head(9223372036854775807))
# expect: 0    23
# expect: 1    35
# expect: 2    23
# expect: 3    41
# expect: 4    35
# expect: Name: age, dtype: int64
print(df.tail(-9223372036854775807))
# expect: Empty DataFrame
# expect: Columns: [name, age, score, city, neg]
# expect: Index: []
h = pd.read_csv('header_only.csv')
print(h)
# expect: Empty DataFrame
# expect: Columns: [a, b]
# expect: Index: []
print(h.dtypes)
# expect: a    object
# expect: b    object
# expect: dtype: object
print(h.shape, list(h.columns))  # expect: (0, 2) ['a', 'b']
pd.read_csv('empty.csv')  # expect error: No columns to parse from file
df.iloc[True]  # expect error: Cannot index by location index with a non-integer key
df['age'].iloc[[9]]  # expect error: positional indexers are out-of-bounds
none['age'].idxmax()  # expect error: attempt to get argmax of an empty sequence
df.iloc[::0]  # expect error: slice step cannot be zero
df.iloc[1, 2, 3]  # expect error: Too many indexers
