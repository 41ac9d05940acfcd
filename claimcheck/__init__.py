"""claimcheck: tell, sentence by sentence, what a news article presents as fact
and what is speculation.

>>> import claimcheck
>>> doc = claimcheck.analyze("Prices rose in March. They may fall next year.")
>>> [(c.text, c.label.value) for c in doc.claims]
[('Prices rose in March.', 'fact'), ('They may fall next year.', 'speculation')]
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from .document import Claim, Cue, Document, Frame, Kind, Label
from .errors import (
    ClaimcheckError,
    DocumentTooLargeError,
    InputError,
    MissingDependencyError,
    ModelError,
    ModelIntegrityError,
    UnsafeModelError,
)
from .segment import split_sentences

if _typing.TYPE_CHECKING:
    from .analyzer import Analyzer, Failure, analyze
    from .frames import FrameDetector
    from .model import CueClassifier, LexiconModel
    from .persist import load_model
    from .render import render_html, to_displacy
    from .transformer import TransformerClassifier

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "Analyzer",
    "split_sentences",
    "render_html",
    "to_displacy",
    "Failure",
    "FrameDetector",
    "TransformerClassifier",
    "CueClassifier",
    "LexiconModel",
    "load_model",
    "Document",
    "Claim",
    "Cue",
    "Frame",
    "Label",
    "Kind",
    "ClaimcheckError",
    "InputError",
    "DocumentTooLargeError",
    "ModelError",
    "ModelIntegrityError",
    "UnsafeModelError",
    "MissingDependencyError",
    "__version__",
]

# Names resolved on first access, so that `import claimcheck` stays light
# (numpy and scikit-learn load only once a model is used).
_LAZY = {
    "Analyzer": ".analyzer",
    "analyze": ".analyzer",
    "Failure": ".analyzer",
    "FrameDetector": ".frames",
    "TransformerClassifier": ".transformer",
    "CueClassifier": ".model",
    "LexiconModel": ".model",
    "load_model": ".persist",
    "render_html": ".render",
    "to_displacy": ".render",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


for _obj in (Claim, Cue, Document, Frame, Kind, Label, split_sentences):
    _obj.__module__ = __name__
del _obj
