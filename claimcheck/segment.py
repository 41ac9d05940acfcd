"""Sentence splitting with exact character offsets.

Text is cut into paragraphs at line breaks first (a headline, dateline or
paragraph end always ends a sentence), then each paragraph is cut at sentence
punctuation unless the word before it is a known abbreviation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .errors import require_str

__all__ = ["split_sentences", "split_paragraphs", "load_abbreviations"]

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\S+)$")


@lru_cache(maxsize=1)
def load_abbreviations() -> frozenset[str]:
    """The abbreviation list shipped in ``claimcheck/data/abbreviations.txt``."""
    raw = resources.files("claimcheck.data").joinpath("abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, trimmed of surrounding whitespace."""
    text = require_str(text, "text", "split_paragraphs")
    spans = []
    for m in _LINE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start < end:
            spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` into sentences.

    Returns:
        ``(start, end)`` spans in order, non-overlapping, trimmed of surrounding
        whitespace; together they cover every non-whitespace character.

    >>> text = "Mr. Smith left. He said it may rain."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Mr. Smith left.', 'He said it may rain.']
    """
    text = require_str(text, "text", "split_sentences")
    abbreviations = load_abbreviations()
    spans: list[tuple[int, int]] = []
    for p_start, p_end in split_paragraphs(text):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            word = _WORD_BEFORE.search(text, max(start, m.start() - 40), m.start() + 1)
            if word is not None and m.group().startswith(".") and _is_abbreviation(
                word.group(1), abbreviations
            ):
                continue
            s, e = _trim(text, start, m.end())
            if s < e:
                spans.append((s, e))
            start = m.end()
        s, e = _trim(text, start, p_end)
        if s < e:
            spans.append((s, e))
    return spans


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    token = word.rstrip(".").lstrip("\"'(\u201c\u2018[")
    if token in abbreviations:
        return True
    # Single initials ("J. K. Rowling") and dotted acronyms ("U.S.A.").
    return bool(re.fullmatch(r"(?:[A-Z]\.?)+", token)) and len(token.replace(".", "")) <= 3


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
