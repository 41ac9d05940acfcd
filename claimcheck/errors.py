"""Errors raised by claimcheck.

Each error is also a built-in exception where one fits, so ``except ValueError``
written before claimcheck existed still catches it::

    ClaimcheckError
    ├── InputError (ValueError)          the text or an argument cannot be used
    │   └── DocumentTooLargeError        the text is over the configured limit
    ├── ModelError (ValueError)          a model directory or file cannot be used
    │   ├── ModelIntegrityError          a bundled file does not match its hash
    │   └── UnsafeModelError             loading would run code the user did not opt into
    └── MissingDependencyError (ImportError)  an optional extra is not installed
"""

from __future__ import annotations

__all__ = [
    "ClaimcheckError",
    "InputError",
    "DocumentTooLargeError",
    "ModelError",
    "ModelIntegrityError",
    "UnsafeModelError",
    "MissingDependencyError",
]


class ClaimcheckError(Exception):
    """Base class of every error claimcheck raises on purpose."""


class InputError(ClaimcheckError, ValueError):
    """The text or an argument has the right type but cannot be used."""


class DocumentTooLargeError(InputError):
    """The text is longer than the analyzer's ``max_chars``."""


class ModelError(ClaimcheckError, ValueError):
    """A model directory or file is missing, malformed or of the wrong kind."""


class ModelIntegrityError(ModelError):
    """A bundled model file does not match the SHA-256 recorded in the package."""


class UnsafeModelError(ModelError):
    """Loading the file would unpickle code that the user did not opt into."""


class MissingDependencyError(ClaimcheckError, ImportError):
    """An optional extra is needed; the message names the pip command."""


def require_str(value: object, name: str, func: str) -> str:
    """Return ``value`` if it is a ``str``, else raise a ``TypeError`` that says what to do."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{func}() expects {name} as str, got {type(value).__name__}; "
            f"decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{func}() expects {name} as str, got {type(value).__name__}")
