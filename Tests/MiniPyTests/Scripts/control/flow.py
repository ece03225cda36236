for i in range(3):
    print("i", i)
# expect: i 0
# expect: i 1
# expect: i 2
for i in range(10, 0, -3):
    print(i, end=" ")
print()  # expect: 10 7 4 1 
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("no break")
# expect: n 1
# expect: n 3
for x in []:
    pass
else:
    print("for-else runs")
# expect: for-else runs
k = 0
while k < 3:
    k += 1
else:
    print("while-else", k)
# expect: while-else 3
grade = 72
if grade >= 90:
    print("A")
elif grade >= 70:
    print("B")
else:
    print("C")
# expect: B
print("yes" if grade > 50 else "no")  # expect: yes
for i, ch in enumerate("ab"):
    print(i, ch)
# expect: 0 a
# expect: 1 b
for i, ch in enumerate("ab", start=1):
    print(i, ch)
# expect: 1 a
# expect: 2 b
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
# expect: 1 x
# expect: 2 y
# expect: 3 z
for i in range(2):
    for j in range(2):
        if j == 1:
            break
        print(i, j)
# expect: 0 0
# expect: 1 0
total = 0
for i in range(1, 101):
    total += i
print(total)  # expect: 5050
print(0 or "default", "" or None, 1 and 2, 0 and 1, not 0, not [1])  # expect: default None 2 0 True False
x = None
print(x is None, x is not None, x == None)  # expect: True False True
items = [1, 2, 3]
while items:
    items.pop()
print(items)  # expect: []
if not items: print("empty")  # expect: empty
values = [5, 3, 8]
for v in values:
    if v > 6:
        print("found", v)
        break
# expect: found 8
i = 10
for i in range(3):
    pass
print(i)  # expect: 2
