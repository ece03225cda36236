def inner():
    raise ValueError("deep")  # expect error: ValueError: deep
def outer():
    inner()
print("before")  # expect: before
outer()
