"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "a30fe72dd8d0b49cf597284af40b847c240d23ee25005ca82c39cedd3efb4452"
