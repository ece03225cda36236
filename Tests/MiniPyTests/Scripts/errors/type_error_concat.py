x = "total: " + 5  # expect error: can only concatenate str (not "int") to str
