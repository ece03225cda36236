total = 0
for i in range(5):
    total += i
print(total)  # expect: 10
print(total.upper())  # expect error: AttributeError: 'int' object has no attribute 'upper'
