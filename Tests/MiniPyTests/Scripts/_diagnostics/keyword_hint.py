def train(data, learning_rate=0.1):
    return data
train([1], learning_rat=0.5)
