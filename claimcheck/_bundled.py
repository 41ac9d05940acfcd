"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "11d5d611a6fd5f7a42ff9c6e59e80e548a42e3c6b4bbbca3448454cdf79de684"
