#% chapter 90-fixture
#% exercise f.1 hints=1
def square(x):
    return x * x
#% exercise f.2
m = mean(data)
#% exercise f.3
total = 0
for x in data:
    total += square(x)
print('printing does not change a result')
