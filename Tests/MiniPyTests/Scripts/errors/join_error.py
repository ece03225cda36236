",".join([1, 2])  # expect error: TypeError: sequence item 0: expected str instance, int found
