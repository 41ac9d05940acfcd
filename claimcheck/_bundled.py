"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "8dcb9cb11b39f528e4db7e29f5fe6a10463acd1837d8b5be9c03e1eda7b86346"
