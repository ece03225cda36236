len(5)  # expect error: TypeError: object of type 'int' has no len()
