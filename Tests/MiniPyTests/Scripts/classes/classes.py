class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def speak(self):
        return super().speak() + "!"
a = Animal("cat", "meow")
d = Dog("rex")
d.add_trick("sit").add_trick("roll")
print(a.speak(), d.speak(), d.tricks, Animal.count)  # expect: cat says meow rex says woof! ['sit', 'roll'] 2
print(a.kind, d.kind, Dog.kind, a, [d])  # expect: animal dog dog Animal('cat') [Animal('rex')]
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal))  # expect: True True False True
print(type(d).__name__, type(d) is Dog, d.__class__.__name__)  # expect: Dog True Dog
a.age = 3
print(a.age, hasattr(a, "age"), hasattr(a, "zzz"), getattr(a, "zzz", "default"))  # expect: 3 True False default
setattr(a, "color", "grey")
print(a.color)  # expect: grey
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __call__(self, s):
        return Vec(self.x * s, self.y * s)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __lt__(self, o):
        return self.x < o.x
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, -v, len(v), v[0], v[-1], list(v), v(10))  # expect: <4, 6> <8, 12> <12, 18> <-4, -6> 2 4 6 [4, 6] <40, 60>
print(Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(2, 1), sorted([Vec(3, 0), Vec(1, 0)])[0])  # expect: True True <1, 0>
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return iter(range(self.n))
    @property
    def double(self):
        return self.n * 2
    @staticmethod
    def helper(x):
        return x + 1
    @classmethod
    def make(cls, n):
        c = cls()
        c.n = n
        return c
c = Counter.make(3)
print(list(c), c.double, Counter.helper(1), c.helper(2))  # expect: [0, 1, 2] 6 2 3
class Base:
    def hello(self):
        return "base " + self.name()
    def name(self):
        return "Base"
class Child(Base):
    def name(self):
        return "Child"
print(Child().hello(), Base().hello())  # expect: base Child base Base
class Account:
    def __init__(self, balance=0):
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
acct = Account()
acct.deposit(50)
try:
    acct.deposit(-1)
except ValueError as e:
    print("error:", e)
# expect: error: amount must be positive
print(acct.balance)  # expect: 50
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
p = Point(y=5)
print(p.x, p.y, vars(p))  # expect: 0 5 {'x': 0, 'y': 5}
class Empty:
    pass
e = Empty()
e.field = [1]
print(e.field, isinstance(e, object))  # expect: [1] True
