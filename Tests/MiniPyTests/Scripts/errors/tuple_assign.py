t = (1, 2)
t[0] = 5  # expect error: TypeError: 'tuple' object does not support item assignment
