n = 3
w = np.zeros(n)
