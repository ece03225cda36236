# Chapter 4: loans approved (1) or refused (0) by salary and years of work, with the
# logistic model's decision boundaries at t = 0.5 and t = 0.8.
import math
import matplotlib.pyplot as plt

salary = [10, 5, 6, 7, 8, 9, 4, 5, 8, 6.5, 9, 7.5, 6, 5.5, 8.5, 4.5, 9.5, 7, 6.5, 5]
years = [1, 2, 1.8, 1, 2, 0.5, 3, 2.5, 1, 3.5, 2, 3, 0.5, 3, 3.5, 4, 4.5, 4, 2.5, 4.5]
approved = [1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1]
w0, w1, w2 = -10.0, 1.1, 1.6

xs = [4 + 6 * i / 59 for i in range(60)]
ys = [5 * j / 39 for j in range(40)]
prob = [[1 / (1 + math.exp(-(w0 + w1 * x + w2 * y))) for x in xs] for y in ys]
plt.contourf(xs, ys, prob, levels=[0.5, 0.8])
plt.scatter(salary, years, c=approved)
plt.legend(['refused', 'approved'], loc='lower left')
plt.xlabel('salary (million VND)')
plt.ylabel('years of work')
plt.title('Decision boundaries at t = 0.5 and 0.8')
plt.show()
