"""The local model: how likely a sentence, read on its own, is speculation.

Any object with ``predict_proba(sentences) -> ndarray of shape (n, 2)`` (column 1
is speculation) and a ``threshold_`` can serve; :class:`LocalModel` states that
contract. :class:`LexiconModel` is the rule baseline: a sentence is speculation
when a cue fires.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .cues import CueMatcher, default_matcher

__all__ = ["LocalModel", "LexiconModel"]


@runtime_checkable
class LocalModel(Protocol):
    """What the :class:`~claimcheck.Analyzer` needs from a local model."""

    threshold_: float

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray: ...


class LexiconModel:
    """Speculation iff the cue lexicon fires.

    Args:
        matcher: the cue matcher; the bundled lexicon by default.
        cue_score: probability given to a sentence with at least one cue.
        base_score: probability given to a sentence with none.
    """

    def __init__(
        self, matcher: CueMatcher | None = None, *, cue_score: float = 0.9, base_score: float = 0.05
    ) -> None:
        self.matcher = matcher
        self.cue_score = cue_score
        self.base_score = base_score
        self.threshold_ = 0.5

    def fit(self, X: Sequence[str], y: Any = None) -> LexiconModel:
        return self

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray:
        matcher = self.matcher or default_matcher()
        p = np.array(
            [self.cue_score if matcher.match(s) else self.base_score for s in sentences], dtype=float
        )
        return np.column_stack([1.0 - p, p]) if len(p) else np.zeros((0, 2))

    def predict(self, sentences: Sequence[str]) -> np.ndarray:
        return (self.predict_proba(sentences)[:, 1] >= self.threshold_).astype(int)
