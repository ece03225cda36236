def check(loss):
    assert loss < 0.5, f"loss {loss:.3f} is too high; try a smaller learning rate"
check(0.25)
check(0.75)
