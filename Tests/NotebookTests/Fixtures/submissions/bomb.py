#% chapter 90-fixture
#% exercise f.1
import numpy as np
keep = []
while True:
    keep.append(np.ones((1000, 1000)))
def square(x):
    return x * x
#% exercise f.2
import numpy as np
big = np.zeros((100000, 100000))
m = mean(data)
#% exercise f.3
total = 14.0
