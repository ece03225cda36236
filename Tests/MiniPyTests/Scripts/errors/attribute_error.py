class Net:
    def __init__(self):
        self.weights = [0.5]
n = Net()
print(n.weights)  # expect: [0.5]
print(n.weight)  # expect error: AttributeError: 'Net' object has no attribute 'weight'
