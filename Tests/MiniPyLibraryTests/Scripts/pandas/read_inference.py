# read_csv infers dtypes as pandas does: ints, floats (NA markers are NaN), bools, text as written.
import pandas as pd

with open('w.csv', 'w') as f:
    f.write('a,b,c,d\n1, x,True,NA\n2,y ,False,3\n')
with open('w2.csv', 'w') as f:
    f.write('a,b,c,d,e,f\ninf,Infinity,+5,.5,5.,TRUE\n-inf,-Infinity,6,1,2,false\n')
with open('w3.csv', 'w') as f:
    f.write('a,b\n0x10,n/a\n3,null\n')
d = pd.read_csv('w.csv')
print(d)
# expect:    a   b      c    d
# expect: 0  1   x   True  NaN
# expect: 1  2  y   False  3.0
print(d.dtypes)
# expect: a      int64
# expect: b        str
# expect: c       bool
# expect: d    float64
# expect: dtype: object
print(d['b'].tolist(), d['c'].sum(), d['d'].count())  # expect: [' x', 'y '] 1 1
d2 = pd.read_csv('w2.csv')
print(d2)
# expect:      a    b  c    d    e      f
# expect: 0  inf  inf  5  0.5  5.0   True
# expect: 1 -inf -inf  6  1.0  2.0  False
print(d2.dtypes)
# expect: a    float64
# expect: b    float64
# expect: c      int64
# expect: d    float64
# expect: e    float64
# expect: f       bool
# expect: dtype: object
print(d2.sum())
# expect: a     NaN
# expect: b     NaN
# expect: c    11.0
# expect: d     1.5
# expect: e     7.0
# expect: f     1.0
# expect: dtype: float64
print(d2['f'].mean())  # expect: 0.5
d3 = pd.read_csv('w3.csv')
print(d3)
# expect:       a   b
# expect: 0  0x10 NaN
# expect: 1     3 NaN
print(d3.dtypes)
# expect: a        str
# expect: b    float64
# expect: dtype: object
print(d3.isna().sum())
# expect: a    0
# expect: b    2
# expect: dtype: int64
