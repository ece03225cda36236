# The book's chapter 3: gradient descent on f(x) = x², from x = -4 with learning rate 0.1.
import matplotlib.pyplot as plt

xs = [i / 10 - 5 for i in range(101)]
ys = [x ** 2 for x in xs]
path = [-4.0]
for step in range(12):
    x = path[-1]
    path.append(x - 0.1 * 2 * x)
plt.plot(xs, ys, label='f(x) = x²')
plt.plot(path, [x ** 2 for x in path], 'ro-', label='gradient steps')
plt.title('Gradient descent on x²')
plt.xlabel('x')
plt.ylabel('f(x)')
plt.legend(loc='upper center')
plt.show()
