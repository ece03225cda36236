for x in 5:  # expect error: TypeError: 'int' object is not iterable
    print(x)
