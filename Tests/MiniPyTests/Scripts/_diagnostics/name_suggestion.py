learning_rate = 0.01
epochs = 10
for epoch in range(epochs):
    w = 1.0 - learning_rat * epoch
