# Chapter 5: XOR is not linearly separable; a small network's decision regions.
import math
import matplotlib.pyplot as plt

def net(a, b):
    h1 = 1 / (1 + math.exp(-(20 * a + 20 * b - 10)))
    h2 = 1 / (1 + math.exp(-(-20 * a - 20 * b + 30)))
    return 1 / (1 + math.exp(-(20 * h1 + 20 * h2 - 30)))

grid = [i / 49 * 1.4 - 0.2 for i in range(50)]
z = [[1 if net(a, b) > 0.5 else 0 for a in grid] for b in grid]
fig, ax = plt.subplots()
ax.contourf(grid, grid, z)
ax.scatter([0, 1, 0, 1], [0, 0, 1, 1], c=[0, 1, 1, 0], s=80)
ax.set_title('XOR decision regions')
plt.show()
