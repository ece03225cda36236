print(1 + [2])  # expect error: unsupported operand type(s) for +: 'int' and 'list'
