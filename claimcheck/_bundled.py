"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "2111ea6cc422e4fc17b1ed13edc6ae876ff09f36f84acd5cd423e92e1dcc8e23"
