"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "def039148f880e7fc27bd94cc3cebfcf1965c0f10b858101a6f06519ef0594c6"
