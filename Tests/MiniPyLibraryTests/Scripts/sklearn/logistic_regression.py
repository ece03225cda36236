# sklearn.linear_model.LogisticRegression (L2, C=1, lbfgs) on the book's loan data.
import numpy as np
from sklearn.linear_model import LogisticRegression

data = np.array([[10, 1, 1], [5, 2, 1], [6, 1.8, 1], [7, 1, 1], [8, 2, 1], [9, 0.5, 1], [4, 3, 1], [5, 2.5, 1], [8, 1, 1], [4, 2.5, 1], [8, 0.1, 0], [7, 0.15, 0], [4, 1, 0], [5, 0.8, 0], [7, 0.3, 0], [4, 1, 0], [5, 0.5, 0], [6, 0.3, 0], [7, 0.2, 0], [8, 0.15, 0]])
N, d = data.shape
x = data[:, 0:d-1].reshape(-1, d-1)
y = data[:, 2].reshape(-1, 1)
logreg = LogisticRegression()
logreg.fit(x, y.ravel())
print(np.round(logreg.coef_, 3), np.round(logreg.intercept_, 3))  # expect: [[0.667 2.094]] [-6.439]
print(logreg.coef_.shape, logreg.intercept_.shape)  # expect: (1, 2) (1,)
print(np.round(logreg.predict_proba(np.array([[6.0, 1.0], [10.0, 2.0]])), 3))
# expect: [[0.585 0.415]
# expect:  [0.012 0.988]]
print(logreg.predict(np.array([[6.0, 1.0], [10.0, 2.0], [4.0, 0.2]])))  # expect: [0. 1. 0.]
print(logreg.score(x, y.ravel()))  # expect: 1.0
wg = np.zeros((3, 1))
wg[0, 0] = logreg.intercept_[0]
wg[1:, 0] = logreg.coef_
print(np.round(wg, 3))
# expect: [[-6.439]
# expect:  [ 0.667]
# expect:  [ 2.094]]
weak = LogisticRegression(C=0.1).fit(x, y.ravel())
print(np.round(weak.coef_, 3), np.round(weak.intercept_, 3))  # expect: [[0.172 0.51 ]] [-1.647]
print(logreg.classes_)  # expect: [0. 1.]
