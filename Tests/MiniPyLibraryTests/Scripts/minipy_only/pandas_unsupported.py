# minipy-only: pandas features MiniPy lacks answer 'not supported in MiniPy', never a wrong result.
import pandas as pd

with open('people.csv', 'w') as f:
    f.write('name,age,score,city\nAn,23,7.5,Hanoi\nBinh,35,8.25,Hue\nChi,23,6.0,Hanoi\n')
df = pd.read_csv('people.csv')
df.mean()  # expect error: not supported in MiniPy: DataFrame.mean() with text or bool columns
df.sum(axis=1)  # expect error: not supported in MiniPy: DataFrame.sum(axis=...)
df['score'].value_counts()  # expect error: not supported in MiniPy: value_counts() of a float64 Series
df['name'].mean()  # expect error: not supported in MiniPy: Series.mean() of a str Series
df['name'] * 2  # expect error: not supported in MiniPy
df['age'] + df[df['age'] > 30]['age']  # expect error: not supported in MiniPy: arithmetic between Series with different indexes
df[df['age'] > 30][df['age'] > 30]  # expect error: not supported in MiniPy: a boolean mask whose index differs
df.iloc['a']  # expect error: not supported in MiniPy: iloc with str
df.loc[0:1:2]  # expect error: not supported in MiniPy: loc slices with a step
df[0]  # expect error: not supported in MiniPy: DataFrame indexing with int
df.groupby('city')  # expect error: not supported in MiniPy: DataFrame.groupby
df['age'].rolling(2)  # expect error: not supported in MiniPy: Series.rolling
s = pd.read_csv('people.csv')['score'] * 1e-9
print(s)  # expect error: not supported in MiniPy: printing floats that pandas shows in scientific notation
print(len(s))  # expect: 3
df['age'] // 0  # expect error: not supported in MiniPy: integer // or % by zero
df['age'] % (df['age'] - 23)  # expect error: not supported in MiniPy: integer // or % by zero
df['new'] = 1  # expect error: not supported in MiniPy: assigning into a DataFrame
df.iloc[0, 1] = 5  # expect error: not supported in MiniPy: assigning through iloc
df['age'][0] = 5  # expect error: not supported in MiniPy: assigning into a Series
print(df['age'] // 2)
# expect: 0    11
# expect: 1    17
# expect: 2    11
# expect: Name: age, dtype: int64
print(pd.read_csv('people.csv')['score'] * 1e12)  # expect error: not supported in MiniPy: printing floats that pandas shows in scientific notation
print(pd.read_csv('people.csv')['age'] * 100000.5)
# expect: 0    2300011.5
# expect: 1    3500017.5
# expect: 2    2300011.5
# expect: Name: age, dtype: float64
df.columns == 'age'  # expect error: not supported in MiniPy: == on an Index
df == 3  # expect error: not supported in MiniPy: == on a DataFrame
df * 2  # expect error: not supported in MiniPy: * on a DataFrame
df['age'] == [23, 35, 23]  # expect error: not supported in MiniPy: == between a Series and list
df['age'].unique() == 23
print(type(df), type(df['age']), type(df.columns), type(df.index))  # expect: <class 'pandas.DataFrame'> <class 'pandas.Series'> <class 'pandas.Index'> <class 'pandas.RangeIndex'>
df['age'].sort_values()  # expect error: not supported in MiniPy: sort_values with equal values
df.sort_values('city')  # expect error: not supported in MiniPy: sort_values with equal values
df.sort_values(['age', 'score'])  # expect error: not supported in MiniPy: sort_values by list
df['age'].astype(str)  # expect error: not supported in MiniPy: astype(str)
df['name'].idxmax()  # expect error: not supported in MiniPy: idxmax() of a str Series
df.dropna(how='all')  # expect error: not supported in MiniPy: DataFrame.dropna(how=...)
df.fillna('x')  # expect error: not supported in MiniPy: fillna with str
with open('holes.csv', 'w') as f:
    f.write('a,b\nx,\ny,1\n,2\n')
pd.read_csv('holes.csv')  # expect error: not supported in MiniPy: a text column with missing values ('a'; pandas reads them as NaN)
pd.read_csv('people.csv', header=1)  # expect error: not supported in MiniPy: pd.read_csv(header=1)
pd.read_csv('people.csv', index_col=0)  # expect error: not supported in MiniPy: pd.read_csv(index_col=...)
pd.read_csv('people.csv', names=['a', 'b', 'c', 'd'])  # expect error: not supported in MiniPy: pd.read_csv(names=...)
print(pd.read_csv('people.csv', encoding='utf-8', index_col=None).shape)  # expect: (3, 4)
df.fillna(0, inplace=True)  # expect error: not supported in MiniPy: DataFrame.fillna(inplace=...)
df.sort_values('score', inplace=True)  # expect error: not supported in MiniPy: DataFrame.sort_values(inplace=...)
df['score'].nunique(dropna=False)  # expect error: not supported in MiniPy: Series.nunique(dropna=...)
df['score'].mean(skipna=False)  # expect error: not supported in MiniPy: Series.mean(skipna=...)
df['score'].to_numpy(dtype='float32')  # expect error: not supported in MiniPy: Series.to_numpy(dtype=...)
df.head(2, 3)  # expect error: not supported in MiniPy: DataFrame.head() with 2 positional arguments
import numpy as np
with open('with_nan.csv', 'w') as f:
    f.write('a,b\n1.5,1\nNA,2\n')
nan_frame = pd.read_csv('with_nan.csv')
np.sum(nan_frame['a'])  # expect error: not supported in MiniPy: sum() of a pandas Series holding NaN
print(np.sum(nan_frame['b']), nan_frame['a'].sum())  # expect: 3 1.5
