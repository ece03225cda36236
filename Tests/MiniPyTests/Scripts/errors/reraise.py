try:
    1 / 0  # expect error: ZeroDivisionError: division by zero
except ZeroDivisionError:
    print("handling")
    raise
# expect: handling
