"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "ac68b2bb6ef947cede53f036a1c980106e4e9f1cce96dd984fc74d799dc238ca"
