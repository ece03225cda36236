# The book's figures with NumPy arrays, as its listings write them.
import numpy as np
import matplotlib.pyplot as plt

# Gradient descent on x² (chapter 3).
x = np.linspace(-5, 5, 101)
steps = [-4.0]
for i in range(10):
    steps.append(steps[-1] - 0.3 * 2 * steps[-1])
steps = np.array(steps)
plt.plot(x, x ** 2)
plt.plot(steps, steps ** 2, 'ro--')
plt.title('x² and gradient descent, learning rate 0.3')
plt.show()

# Logistic regression's decision regions over a meshgrid (chapter 4).
np.random.seed(2)
a = np.random.randn(20, 2) + np.array([2, 2])
b = np.random.randn(20, 2) + np.array([-1, -1])
X = np.vstack([a, b])
y = np.array([1] * 20 + [0] * 20)
xs = np.linspace(-4, 5, 60)
ys = np.linspace(-4, 5, 40)
z = 1 / (1 + np.exp(-(1.5 * xs[None, :] + 1.5 * ys[:, None] - 1.5)))
plt.contourf(xs, ys, z, levels=[0.5])
plt.scatter(X[:, 0], X[:, 1], c=y)
plt.legend(['class 0', 'class 1'])
plt.show()

# An image with a colour bar.
img = np.linspace(0, 1, 16)[:, None] * np.linspace(1, 0, 24)[None, :]
plt.imshow(img, cmap='hot')
plt.colorbar()
plt.show()
