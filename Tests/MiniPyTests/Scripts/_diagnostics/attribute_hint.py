class Model:
    def __init__(self):
        self.weights = [1, 2]
    def predict(self, x):
        return x
m = Model()
m.predcit(3)
