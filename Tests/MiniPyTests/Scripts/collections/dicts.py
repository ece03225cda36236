d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))  # expect: {'a': 1, 'b': 2, 'c': 3} 3 1 None 0
print(list(d.keys()), list(d.values()), list(d.items()))  # expect: ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
print(d.keys(), d.values())  # expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3])
print(d.items())  # expect: dict_items([('a', 1), ('b', 2), ('c', 3)])
for k, v in d.items():
    print(k, v)
# expect: a 1
# expect: b 2
# expect: c 3
print("a" in d, "z" in d, 1 in d)  # expect: True False False
del d["a"]
print(d, d.pop("b"), d, d.pop("q", None))  # expect: {'c': 3} 2 {'c': 3} None
d.update({"x": 10, "y": 20})
d.update(z=30)
print(d)  # expect: {'c': 3, 'x': 10, 'y': 20, 'z': 30}
print(d.setdefault("x", 0), d.setdefault("new", []), d)  # expect: 10 [] {'c': 3, 'x': 10, 'y': 20, 'z': 30, 'new': []}
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)  # expect: {'the': 3, 'cat': 1, 'hat': 1, 'end': 1}
print(sorted(counts.items(), key=lambda kv: -kv[1])[0])  # expect: ('the', 3)
e = dict(a=1, b=2)
f = dict([("x", 1), ("y", 2)])
print(e, f, dict(e), dict(zip("ab", [1, 2])))  # expect: {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'a': 1, 'b': 2} {'a': 1, 'b': 2}
print({1: "int", 1.0: "float"}, {True: 1, 1: 2})  # expect: {1: 'float'} {True: 2}
print({(1, 2): "tuple key"}[(1, 2)])  # expect: tuple key
g = {k: k * k for k in range(4)}
print(g, {v: k for k, v in g.items()})  # expect: {0: 0, 1: 1, 2: 4, 3: 9} {0: 0, 1: 1, 4: 2, 9: 3}
print(d.popitem(), len(d))  # expect: ('new', []) 4
h = e.copy()
h["a"] = 100
print(e["a"], h["a"], e == {"b": 2, "a": 1}, e != h)  # expect: 1 100 True True
print({**e, "c": 3}, {**e, **{"a": 0}})  # expect: {'a': 1, 'b': 2, 'c': 3} {'a': 0, 'b': 2}
print(dict.fromkeys(["p", "q"], 0))  # expect: {'p': 0, 'q': 0}
nested = {"layer": {"units": 4, "act": "relu"}}
nested["layer"]["units"] += 1
print(nested)  # expect: {'layer': {'units': 5, 'act': 'relu'}}
print(list(reversed(list(e))), {})  # expect: ['b', 'a'] {}
