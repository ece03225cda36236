# Column names as pandas makes them (Unnamed: 0, a.1) and widths in code points (Vietnamese, combining accents).
import pandas as pd
with open('d.csv', 'w') as f:
    f.write(',a,a,b,a\n0,1,2,3,4\n1,5,6,7,8\n')
d = pd.read_csv('d.csv')
print(d)
# expect:    Unnamed: 0  a  a.1  b  a.2
# expect: 0           0  1    2  3    4
# expect: 1           1  5    6  7    8
print(d.columns)  # expect: Index(['Unnamed: 0', 'a', 'a.1', 'b', 'a.2'], dtype='str')
print(d['a.1'].sum())  # expect: 8
with open('v.csv', 'w') as f:
    f.write('Tên,Giá\nHà Nội,1\nHuế,2\n')
v = pd.read_csv('v.csv')
print(v)
# expect:       Tên  Giá
# expect: 0  Hà Nội    1
# expect: 1     Huế    2
print(v['Tên'])
# expect: 0    Hà Nội
# expect: 1       Huế
# expect: Name: Tên, dtype: str
print(v.columns)  # expect: Index(['Tên', 'Giá'], dtype='str')
with open('nfd.csv', 'w') as f:
    f.write('te\u0302n,x\nHa\u0300,1\n')
w = pd.read_csv('nfd.csv')
print(w)
# expect:   tên  x
# expect: 0  Hà  1
print(w['x'])
# expect: 0    1
# expect: Name: x, dtype: int64
print(w.iloc[0])
# expect: tên    Hà
# expect: x         1
# expect: Name: 0, dtype: object
with open('nfd_text.csv', 'w') as f:
    f.write('t\ncaf\u00e9\ncafe\u0301\ncaf\u00e9\n')
d = pd.read_csv('nfd_text.csv')
print(d['t'].nunique(), len(d['t'].unique()))  # expect: 2 2
print(d['t'].value_counts())
# expect: t
# expect: café     2
# expect: café    1
# expect: Name: count, dtype: int64
print(d['t'] == 'caf\u00e9')
# expect: 0     True
# expect: 1    False
# expect: 2     True
# expect: Name: t, dtype: bool
print(d['t'].describe())
# expect: count        3
# expect: unique       2
# expect: top       café
# expect: freq         2
# expect: Name: t, dtype: object
