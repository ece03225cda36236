loss = 0.9
assert loss < 0.5, f"loss too high: {loss}"  # expect error: AssertionError: loss too high: 0.9
