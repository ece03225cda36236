# np.random: NumPy's legacy MT19937 stream after seed.
import numpy as np

np.random.seed(0)
print(np.random.rand(3))  # expect: [0.5488135  0.71518937 0.60276338]
print(np.random.rand(2, 2))
# expect: [[0.54488318 0.4236548 ]
# expect:  [0.64589411 0.43758721]]
print(np.random.randn(4))  # expect: [ 1.26611853 -0.50587654  2.54520078  1.08081191]
print(np.random.randn(2, 3))
# expect: [[ 0.48431215  0.57914048 -0.18158257]
# expect:  [ 1.41020463 -0.37447169  0.27519832]]
np.random.seed(42)
print(np.random.normal(0, 1, 3))  # expect: [ 0.49671415 -0.1382643   0.64768854]
print(np.random.normal(5.0, 2.0, size=(2, 2)))
# expect: [[8.04605971 4.53169325]
# expect:  [4.53172609 8.15842563]]
print(np.random.uniform(-1, 1, 4))  # expect: [-0.95883101  0.9398197   0.66488528 -0.57532178]
print(np.random.uniform(size=2))  # expect: [0.18182497 0.18340451]
print(np.random.randint(0, 10, 5))  # expect: [9 5 8 0 9]
print(np.random.randint(5, size=(2, 3)))
# expect: [[3 3 2]
# expect:  [3 3 0]]
print(np.random.randint(3))  # expect: 2
np.random.seed(1)
a = np.arange(10)
np.random.shuffle(a)
print(a)  # expect: [2 9 6 4 0 3 1 7 8 5]
print(np.random.permutation(5))  # expect: [3 0 1 2 4]
print(np.random.permutation(np.array([10, 20, 30])))  # expect: [20 30 10]
print(np.random.choice(5, 3))  # expect: [2 4 3]
print(np.random.choice([1, 2, 3], size=4))  # expect: [1 3 1 2]
print(np.random.choice(10, 4, replace=False))  # expect: [8 3 5 9]
print(np.random.random(3))  # expect: [0.96826158 0.31342418 0.69232262]
print(np.random.random((1, 2)))  # expect: [[0.87638915 0.89460666]]
np.random.seed(2)
print(np.random.rand(), np.random.randn(), np.random.normal(), np.random.uniform())  # expect: 0.43599490214200376 0.04555144011717089 -0.4348301531541436 0.4353223926182769
print(np.random.choice(np.array([0.5, 1.5, 2.5])))  # expect: 0.5
m = np.arange(6).reshape(3, 2)
np.random.seed(3)
np.random.shuffle(m)
print(m)
# expect: [[2 3]
# expect:  [0 1]
# expect:  [4 5]]
np.random.seed(0)
W = np.random.randn(2, 2) / 2
print(W)
# expect: [[0.88202617 0.2000786 ]
# expect:  [0.48936899 1.1204466 ]]
