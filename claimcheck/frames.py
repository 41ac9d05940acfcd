"""Frames: speculation a sentence inherits from a scenario set up earlier.

This stage receives the locally labelled claims of one document and returns new
claims (via ``dataclasses.replace``) plus the frames it found.
"""

from __future__ import annotations

from collections.abc import Sequence

from .document import Claim, Frame

__all__ = ["FrameDetector"]


class FrameDetector:
    """Find frame openers and propagate their frame to the sentences that narrate it."""

    def apply(self, text: str, claims: Sequence[Claim]) -> tuple[tuple[Claim, ...], tuple[Frame, ...]]:
        """Return the claims with frames applied, and the frames."""
        return tuple(claims), ()
