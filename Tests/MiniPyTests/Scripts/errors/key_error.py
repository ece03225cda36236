d = {"a": 1}
print(d["b"])  # expect error: KeyError: 'b'
