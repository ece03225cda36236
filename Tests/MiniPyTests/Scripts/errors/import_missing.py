import tensorflow  # expect error: ModuleNotFoundError: No module named 'tensorflow'
