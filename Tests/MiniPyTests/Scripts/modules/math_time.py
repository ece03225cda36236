import math
from math import sqrt, pi as PI
import math as m
print(math.sqrt(16), sqrt(2), PI, m.e)  # expect: 4.0 1.4142135623730951 3.141592653589793 2.718281828459045
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))  # expect: 2 3 -3 -2
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(8))  # expect: 2.718281828459045 1.0 2.0 3.0 3.0
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1))  # expect: 0.0 1.0 1.0 0.7853981633974483
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0))  # expect: True True True True
print(math.factorial(10), math.gcd(12, 18), math.comb(5, 2), math.hypot(3, 4))  # expect: 3628800 6 10 5.0
print(math.fabs(-3), math.pow(2, 10), math.degrees(math.pi), math.radians(180))  # expect: 3.0 1024.0 180.0 3.141592653589793
print(math.tanh(0.5), math.fsum([0.1] * 10), sum([0.1] * 10))  # expect: 0.46211715726000974 1.0 0.9999999999999999
print(math.prod([1, 2, 3, 4]), math.copysign(3, -1), math.fmod(7, 3))  # expect: 24 -3.0 1.0
import time
t0 = time.time()
t1 = time.perf_counter()
print(type(t0).__name__, time.perf_counter() >= t1)  # expect: float True
import copy
orig = [[1, 2], [3]]
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig[0].append(99)
print(shallow[0], deep[0])  # expect: [1, 2, 99] [1, 2]
c0 = time.process_time()
spin = 0
for k in range(200000):
    spin += k
c1 = time.process_time()
print(type(c0).__name__, c1 > c0, c1 - c0 < 60)  # expect: float True True
