"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "378576b1f7feab05642936afa5401cbcbc56290305b4bda700c8da39609b7d5a"
