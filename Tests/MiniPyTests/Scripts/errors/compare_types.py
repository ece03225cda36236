print(1 < "2")  # expect error: TypeError: '<' not supported between instances of 'int' and 'str'
