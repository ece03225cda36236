# Column selection, iloc and loc.
import pandas as pd

with open('people.csv', 'w') as f:
    f.write('name,age,score,city\nAn,23,7.5,Hanoi\nBinh,35,8.25,Hue\nChi,23,6.0,Hanoi\nDung,41,9.1,Saigon\nEm,35,5.5,Hanoi\n')
df = pd.read_csv('people.csv')
print(df[['age', 'name']])
# expect:    age  name
# expect: 0   23    An
# expect: 1   35  Binh
# expect: 2   23   Chi
# expect: 3   41  Dung
# expect: 4   35    Em
print(df[['score']])
# expect:    score
# expect: 0   7.50
# expect: 1   8.25
# expect: 2   6.00
# expect: 3   9.10
# expect: 4   5.50
print(df.iloc[1])
# expect: name     Binh
# expect: age        35
# expect: score    8.25
# expect: city      Hue
# expect: Name: 1, dtype: object
print(df.iloc[-1])
# expect: name        Em
# expect: age         35
# expect: score      5.5
# expect: city     Hanoi
# expect: Name: 4, dtype: object
print(df.iloc[1:3])
# expect:    name  age  score   city
# expect: 1  Binh   35   8.25    Hue
# expect: 2   Chi   23   6.00  Hanoi
print(df.iloc[:, 1])
# expect: 0    23
# expect: 1    35
# expect: 2    23
# expect: 3    41
# expect: 4    35
# expect: Name: age, dtype: int64
print(df.iloc[:, 1:3])
# expect:    age  score
# expect: 0   23   7.50
# expect: 1   35   8.25
# expect: 2   23   6.00
# expect: 3   41   9.10
# expect: 4   35   5.50
print(df.iloc[1:3, 0:2])
# expect:    name  age
# expect: 1  Binh   35
# expect: 2   Chi   23
print(df.iloc[2, 1])  # expect: 23
print(df.iloc[2, 2])  # expect: 6.0
print(df.iloc[[0, 2]])
# expect:   name  age  score   city
# expect: 0   An   23    7.5  Hanoi
# expect: 2  Chi   23    6.0  Hanoi
print(df.iloc[::2, [0, 3]])
# expect:   name   city
# expect: 0   An  Hanoi
# expect: 2  Chi  Hanoi
# expect: 4   Em  Hanoi
print(df.iloc[3, 1:3])
# expect: age      41.0
# expect: score     9.1
# expect: Name: 3, dtype: float64
nums = df[['age', 'score']]
print(nums.iloc[1])
# expect: age      35.00
# expect: score     8.25
# expect: Name: 1, dtype: float64
print(df[['age']].iloc[0])
# expect: age    23
# expect: Name: 0, dtype: int64
print(df.loc[1:3])
# expect:    name  age  score    city
# expect: 1  Binh   35   8.25     Hue
# expect: 2   Chi   23   6.00   Hanoi
# expect: 3  Dung   41   9.10  Saigon
print(df.loc[2])
# expect: name       Chi
# expect: age         23
# expect: score      6.0
# expect: city     Hanoi
# expect: Name: 2, dtype: object
print(df.loc[1, 'age'])  # expect: 35
print(df.loc[:2, ['name', 'city']])
# expect:    name   city
# expect: 0    An  Hanoi
# expect: 1  Binh    Hue
# expect: 2   Chi  Hanoi
print(df.loc[3, 'age':'city'])
# expect: age          41
# expect: score       9.1
# expect: city     Saigon
# expect: Name: 3, dtype: object
print(df.loc[0:1, 'score'])
# expect: 0    7.50
# expect: 1    8.25
# expect: Name: score, dtype: float64
print(df['age'][2], df['age'].iloc[-1], df.age[0])  # expect: 23 35 23
print(df['score'].loc[1:2])
# expect: 1    8.25
# expect: 2    6.00
# expect: Name: score, dtype: float64
print(df['age'][1:3])
# expect: 1    35
# expect: 2    23
# expect: Name: age, dtype: int64
print(df[1:3])
# expect:    name  age  score   city
# expect: 1  Binh   35   8.25    Hue
# expect: 2   Chi   23   6.00  Hanoi
df['nope']  # expect error: KeyError: 'nope'
df[['age', 'nope']]  # expect error: not in index
df.iloc[7]  # expect error: IndexError
df.loc[9]  # expect error: KeyError: 9
try:
    df.loc[9]
except KeyError as e:
    print('KeyError', e)
# expect: KeyError 9
try:
    df['nope']
except KeyError as e:
    print('KeyError', e)
# expect: KeyError 'nope'
try:
    df[['x', 'y']]
except KeyError as e:
    print('KeyError', e)
# expect: KeyError "None of [Index(['x', 'y'], dtype='str')] are in the [columns]"
print(repr(df.index[0]), repr(df.iloc[0, 1]), repr(df.loc[0, 'name']))  # expect: 0 np.int64(23) 'An'
print(list(df['age']), df.iloc[1].tolist())  # expect: [23, 35, 23, 41, 35] ['Binh', np.int64(35), np.float64(8.25), 'Hue']
print(df[df['age'] > 30].loc[3:4])
# expect:    name  age  score    city
# expect: 3  Dung   41    9.1  Saigon
# expect: 4    Em   35    5.5   Hanoi
df[df['age'] > 30].loc[2]  # expect error: KeyError: 2
import numpy as np
print(repr(np.array(df['age'])), repr(np.asarray(df[['age', 'score']])), np.array(df['score'], dtype=np.float32).dtype)
# expect: array([23, 35, 23, 41, 35]) array([[23.  ,  7.5 ],
# expect:        [35.  ,  8.25],
# expect:        [23.  ,  6.  ],
# expect:        [41.  ,  9.1 ],
# expect:        [35.  ,  5.5 ]]) float32
print(repr(np.sum(df['score'])), repr(np.mean(df['age'])), repr(np.max(df['age'])), repr(np.argmax(df['score'])), repr(np.std(df['score'], ddof=1)), repr(np.any(df['age'] > 40)))  # expect: np.float64(36.35) np.float64(31.4) np.int64(41) np.int64(3) np.float64(1.508973160795115) np.True_
