"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "2a23a56da1406eabeca94547f36860e5dfe0b48cfef1f12fff94b2e701c07570"
