count = 0
def inc():
    count += 1  # expect error: UnboundLocalError: cannot access local variable 'count'
inc()
