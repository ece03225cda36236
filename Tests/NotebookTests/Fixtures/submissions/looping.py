#% chapter 90-fixture
#% exercise f.1
def square(x):
    while True:
        x = x + 1
    return x
#% exercise f.2
m = mean(data)
#% exercise f.3
total = 14.0
