print(5 // 0)  # expect error: integer division or modulo by zero
