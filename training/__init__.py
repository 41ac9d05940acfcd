"""Scripts that train and evaluate claimcheck's local models (``python -m training.train``)."""
