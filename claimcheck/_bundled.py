"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""

SHA256 = "1b58b7f77b6eb8f6fc23d1cd777095b6ea39400bbce99bc643324c62f63c3eee"
