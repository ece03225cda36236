# df.columns is an Index, df.index a RangeIndex, len(df), df.dtypes.
import pandas as pd

with open('people.csv', 'w') as f:
    f.write('name,age,score,city\nAn,23,7.5,Hanoi\nBinh,35,8.25,Hue\nChi,23,6.0,Hanoi\nDung,41,9.1,Saigon\nEm,35,5.5,Hanoi\n')
df = pd.read_csv('people.csv')
print(df.columns)  # expect: Index(['name', 'age', 'score', 'city'], dtype='str')
print(repr(df.columns))  # expect: Index(['name', 'age', 'score', 'city'], dtype='str')
print(len(df.columns), df.columns[1], df.columns[-1])  # expect: 4 age city
print('age' in df.columns, 'x' in df.columns)  # expect: True False
print(df.columns.tolist())  # expect: ['name', 'age', 'score', 'city']
print(list(df.columns))  # expect: ['name', 'age', 'score', 'city']
for c in df.columns:
    print(c)
# expect: name
# expect: age
# expect: score
# expect: city
print(df.columns[1:3])  # expect: Index(['age', 'score'], dtype='str')
print(df.index)  # expect: RangeIndex(start=0, stop=5, step=1)
print(len(df), len(df.index), df.shape)  # expect: 5 5 (5, 4)
print(list(df.index))  # expect: [0, 1, 2, 3, 4]
print(df.dtypes)
# expect: name         str
# expect: age        int64
# expect: score    float64
# expect: city         str
# expect: dtype: object
print(df.dtypes['age'])  # expect: int64
print(df.index[2:])  # expect: RangeIndex(start=2, stop=5, step=1)
print(df['age'].index)  # expect: RangeIndex(start=0, stop=5, step=1)
print(df.columns.name, (df['age'] + df['score']).name, df['age'].name, df.iloc[2].name)  # expect: None None age 2
