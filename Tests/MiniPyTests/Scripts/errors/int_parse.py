n = int("12a")  # expect error: ValueError: invalid literal for int() with base 10: '12a'
