learning_rate = 0.1
print(learning_rat)  # expect error: NameError: name 'learning_rat' is not defined
