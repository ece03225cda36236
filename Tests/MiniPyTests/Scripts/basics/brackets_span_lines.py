# A statement whose brackets span lines, followed by more statements (found by chapter 01:
# the newline after the closing bracket was swallowed and the next line became a syntax error).
a = [1,
     2]
b = 3
print(a, b)  # expect: [1, 2] 3
c = (a[0] +
     a[1])
print(c)  # expect: 3
d = {'x': 1,
     'y': 2}
if d['x'] == 1:
    total = sum([
        1,
        2,
    ])
    print(total)  # expect: 3
def f(p,
      q=2):
    return p * q
print(f(4))  # expect: 8
for k in [
    1, 2]:
    print(k)
# expect: 1
# expect: 2
print('done')  # expect: done
