class TrainingError(Exception):
    pass
raise TrainingError("diverged")  # expect error: TrainingError: diverged
