# sklearn.linear_model.LinearRegression on the book's house-price shape of data.
import numpy as np
from sklearn.linear_model import LinearRegression

x = np.array([30, 32.4138, 34.8276, 37.2414, 39.6552, 42.069, 44.4828]).reshape(-1, 1)
y = np.array([448.524, 509.248, 535.104, 551.432, 623.418, 625.992, 655.248]).reshape(-1, 1)
lrg = LinearRegression()
lrg.fit(x, y)
print(np.round(lrg.coef_, 6), np.round(lrg.intercept_, 6))  # expect: [[13.937331]] [45.092297]
print(lrg.coef_.shape, lrg.intercept_.shape)  # expect: (1, 1) (1,)
print(np.round(lrg.predict(np.array([[50.0]])), 5))  # expect: [[741.95883]]
print(round(lrg.score(x, y), 8))  # expect: 0.95957091
m = LinearRegression().fit(x, y.ravel())
print(np.round(m.coef_, 6), round(float(m.intercept_), 6), m.predict(x[:2]).shape)  # expect: [13.937331] 45.092297 (2,)
X2 = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0], [5.0, 5.0]])
y2 = np.array([5.0, 4.0, 11.0, 10.0, 15.5])
m2 = LinearRegression().fit(X2, y2)
print(np.round(m2.coef_, 6), round(float(m2.intercept_), 6), round(m2.score(X2, y2), 6))  # expect: [1.055556 2.055556] -0.233333 0.998992
print(np.round(m2.predict(X2), 5))  # expect: [ 4.93333  3.93333 11.15556 10.15556 15.32222]
