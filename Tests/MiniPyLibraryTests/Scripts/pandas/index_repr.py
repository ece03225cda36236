# Index reprs as pandas 3 wraps them: long lists under the bracket, numbers right-justified, first and last ten past 100, attributes on their own line.
import pandas as pd
with open('big.csv', 'w') as f:
    f.write('a,b,t\n')
    for i in range(260):
        f.write(str((i * 37) % 101) + ',' + str(i) + ',' + ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu'][i % 12] + '\n')
df = pd.read_csv('big.csv')
for lim in [1, 5, 20, 50, 101]:
    print(df[df['a'] < lim].index)
    print(df[(df['a'] < lim) & (df['b'] < 30)].index)
    print(df[df['b'] % 7 < 1 + lim // 20].index)
# expect: RangeIndex(start=0, stop=303, step=101)
# expect: RangeIndex(start=0, stop=1, step=1)
# expect: RangeIndex(start=0, stop=266, step=7)
# expect: Index([0, 11, 41, 71, 82, 101, 112, 142, 172, 183, 202, 213, 243], dtype='int64')
# expect: RangeIndex(start=0, stop=22, step=11)
# expect: RangeIndex(start=0, stop=266, step=7)
# expect: Index([  0,   3,  11,  14,  22,  25,  33,  36,  41,  44,  52,  55,  63,  66,
# expect:         71,  74,  82,  85,  93,  96, 101, 104, 112, 115, 123, 126, 134, 137,
# expect:        142, 145, 153, 156, 164, 167, 172, 175, 183, 186, 194, 197, 202, 205,
# expect:        213, 216, 224, 227, 235, 238, 243, 246, 254, 257],
# expect:       dtype='int64')
# expect: Index([0, 3, 11, 14, 22, 25], dtype='int64')
# expect: Index([  0,   1,   7,   8,  14,  15,  21,  22,  28,  29,  35,  36,  42,  43,
# expect:         49,  50,  56,  57,  63,  64,  70,  71,  77,  78,  84,  85,  91,  92,
# expect:         98,  99, 105, 106, 112, 113, 119, 120, 126, 127, 133, 134, 140, 141,
# expect:        147, 148, 154, 155, 161, 162, 168, 169, 175, 176, 182, 183, 189, 190,
# expect:        196, 197, 203, 204, 210, 211, 217, 218, 224, 225, 231, 232, 238, 239,
# expect:        245, 246, 252, 253, 259],
# expect:       dtype='int64')
# expect: Index([  0,   1,   3,   4,   6,   9,  11,  12,  14,  17,
# expect:        ...
# expect:        241, 243, 244, 246, 247, 249, 252, 254, 255, 257],
# expect:       dtype='int64', length=129)
# expect: Index([0, 1, 3, 4, 6, 9, 11, 12, 14, 17, 20, 22, 23, 25, 28], dtype='int64')
# expect: Index([  0,   1,   2,   7,   8,   9,  14,  15,  16,  21,
# expect:        ...
# expect:        238, 239, 240, 245, 246, 247, 252, 253, 254, 259],
# expect:       dtype='int64', length=112)
# expect: RangeIndex(start=0, stop=260, step=1)
# expect: RangeIndex(start=0, stop=30, step=1)
# expect: Index([  0,   1,   2,   3,   4,   5,   7,   8,   9,  10,
# expect:        ...
# expect:        248, 249, 250, 252, 253, 254, 255, 256, 257, 259],
# expect:       dtype='int64', length=223)
print(df['t'].value_counts().index)
# expect: Index(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
# expect:        'iota', 'kappa', 'lambda', 'mu'],
# expect:       dtype='str', name='t')
print(df['a'].value_counts().index)
# expect: Index([ 0, 37, 74, 10, 47, 84, 20, 57, 94, 30,
# expect:        ...
# expect:        34, 71,  7, 44, 81, 17, 54, 91, 27, 64],
# expect:       dtype='int64', name='a', length=101)
print(df[df['a'] < 40]['a'].value_counts().index)
# expect: Index([ 0, 37, 10, 20, 30,  3, 13, 23, 33,  6, 16, 26, 36,  9, 19, 29,  2, 39,
# expect:        12, 22, 32,  5, 15, 25, 35,  8, 18, 28,  1, 38, 11, 21, 31,  4, 14, 24,
# expect:        34,  7, 17, 27],
# expect:       dtype='int64', name='a')
cols = ','.join('c' + str(i) for i in range(14))
with open('wide.csv', 'w') as f:
    f.write(cols + '\n' + ','.join(str(i) for i in range(14)) + '\n')
w = pd.read_csv('wide.csv')
print(w.columns)
# expect: Index(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10',
# expect:        'c11', 'c12', 'c13'],
# expect:       dtype='str')
print(pd.read_csv('wide.csv', header=None).columns)  # expect: Index([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], dtype='int64')
print(w.iloc[:, [0, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13]].columns)
# expect: Index(['c0', 'c2', 'c3', 'c5', 'c6', 'c7', 'c9', 'c10', 'c11', 'c12', 'c13'],
# expect:       dtype='str')
for n in range(3, 16, 2):
    cols = ','.join('col' + str(i) for i in range(n))
    with open('w' + str(n) + '.csv', 'w') as f:
        f.write(cols + '\n' + ','.join(str(i) for i in range(n)) + '\n')
    print(pd.read_csv('w' + str(n) + '.csv').columns)
# expect: Index(['col0', 'col1', 'col2'], dtype='str')
# expect: Index(['col0', 'col1', 'col2', 'col3', 'col4'], dtype='str')
# expect: Index(['col0', 'col1', 'col2', 'col3', 'col4', 'col5', 'col6'], dtype='str')
# expect: Index(['col0', 'col1', 'col2', 'col3', 'col4', 'col5', 'col6', 'col7', 'col8'],
# expect:       dtype='str')
# expect: Index(['col0', 'col1', 'col2', 'col3', 'col4', 'col5', 'col6', 'col7', 'col8',
# expect:        'col9', 'col10'],
# expect:       dtype='str')
# expect: Index(['col0', 'col1', 'col2', 'col3', 'col4', 'col5', 'col6', 'col7', 'col8',
# expect:        'col9', 'col10', 'col11', 'col12'],
# expect:       dtype='str')
# expect: Index(['col0', 'col1', 'col2', 'col3', 'col4', 'col5', 'col6', 'col7', 'col8',
# expect:        'col9', 'col10', 'col11', 'col12', 'col13', 'col14'],
# expect:       dtype='str')
with open('vc.csv', 'w') as f:
    f.write('category_name_long\n')
    for i in range(40):
        f.write('item_number_' + str(i % 9) + '\n')
v = pd.read_csv('vc.csv')
print(v['category_name_long'].value_counts().index)
# expect: Index(['item_number_0', 'item_number_1', 'item_number_2', 'item_number_3',
# expect:        'item_number_4', 'item_number_5', 'item_number_6', 'item_number_7',
# expect:        'item_number_8'],
# expect:       dtype='str', name='category_name_long')
print(df[df['a'] < 12]['a'].value_counts().index)  # expect: Index([0, 10, 3, 6, 9, 2, 5, 8, 1, 11, 4, 7], dtype='int64', name='a')
print(df[df['a'] < 3]['b'].value_counts().index)  # expect: Index([0, 41, 71, 101, 142, 172, 202, 243], dtype='int64', name='b')
