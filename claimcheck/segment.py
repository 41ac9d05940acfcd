"""Sentence splitting with exact character offsets.

Rule-based and pure Python, tuned for news and web text. Text is cut into
paragraphs at line breaks first: a headline, dateline, caption or paragraph
end always ends a sentence. Only a hard wrap inside running prose is joined
(the line runs on past 40 characters without closing punctuation and the next
line starts in lower case). Each paragraph is then cut after ``.``, ``!``,
``?`` and ellipses, unless a rule says the mark does not end the sentence:
abbreviations, initials, list markers, labels such as "Figure 1.", a
three-dot ellipsis, or a quoted question followed by its speaker and a
reporting verb (``"Will it hold?" Putin asked.``). The word lists live in
``claimcheck/data/`` (abbreviations.txt, sbd_*.txt).

Every regex here either matches at once or fails at its first character, so
the time is linear in the length of the text; see docs/segmentation.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import require_str

__all__ = ["split_sentences", "split_paragraphs", "load_abbreviations"]

_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_LINE = re.compile(f"[^{_BREAKS}]+")
# A run of sentence punctuation, taken whole (the look-behind stops a retry in
# the middle of a run), then closing quotes/brackets and citation markers
# ("[12]", "[citation needed]") that belong to the sentence before.
_CANDIDATE = re.compile(
    r"(?<![.!?\u2026])([.!?\u2026]+(?:[ \u00a0][.\u2026]+)*)"
    r"([\"'\u201d\u2019\u00bb)\]]*)"
    r"((?:[ \u00a0]?\[(?:\d{1,4}(?:[,\u2013-] ?\d{1,4})*|[a-z][a-z ]{0,30}|\.\.\.|\u2026)\])*\.?)"
)
_SPACE = re.compile(r"\s+")
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018(\[]*([^\s\"'\u201c\u201d\u2018\u2019(),;:!?\[\]]*)")
_ACRONYM = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
_MARKER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,5})")
_LIST_START = re.compile(r"([\u2022\u2043\u25aa\u25e6*-]?)[ \u00a0]*(\d{1,3}|[a-z])(\.\)|\)|\.)[ \u00a0]")
_BULLETS = " \u00a0\u2022\u2043\u25aa\u25e6*-"
_OPENERS = "\"'\u201c\u2018([{\u00ab"
_QUOTES = "\"'\u201d\u2019\u00bb"
_MIN_WORDS = 4  # a sentence ending at an ambiguous abbreviation has at least this many words
_WRAP_MIN = 40  # a hard-wrapped line is at least this long


@dataclass(frozen=True)
class _Rules:
    abbreviations: dict[str, str]
    lowered: dict[str, str]
    starters: frozenset[str]
    labels: frozenset[str]
    attribution: re.Pattern[str]


def _data_lines(name: str) -> list[str]:
    raw = resources.files("claimcheck.data").joinpath(name).read_text("utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _abbreviation_classes() -> dict[str, str]:
    classes = {}
    for line in _data_lines("abbreviations.txt"):
        name, _, cls = line.partition(" ")
        cls = cls.strip() or "general"
        if cls not in ("title", "number", "general"):
            raise ValueError(f"abbreviations.txt: unknown class {cls!r} for {name!r}")
        classes[name] = cls
    return classes


@lru_cache(maxsize=1)
def load_abbreviations() -> frozenset[str]:
    """The abbreviations in ``claimcheck/data/abbreviations.txt`` (without their class)."""
    return frozenset(_abbreviation_classes())


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    abbreviations = _abbreviation_classes()
    verbs = _data_lines("sbd_speech_verbs.txt")
    attribution = re.compile(
        r"(?:(?:[A-Z][\w'\u2019.-]{0,30}|the|a|his|her|their)\s+){0,4}(?:%s)\b" % "|".join(map(re.escape, verbs))
        + r"|(?:%s)\s" % "|".join(map(re.escape, verbs))
    )
    return _Rules(
        abbreviations=abbreviations,
        lowered={k: v for k, v in abbreviations.items() if k.islower() and len(k) > 2},
        starters=frozenset(_data_lines("sbd_starters.txt")),
        labels=frozenset(_data_lines("sbd_labels.txt")),
        attribution=attribution,
    )


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``, trimmed of surrounding whitespace.

    A paragraph is a non-blank line, or several lines joined by hard wraps
    (a single line break inside running prose: the line before is at least
    40 characters long and ends in a lower-case letter or a comma, and the next
    line starts with a lower-case letter).
    """
    text = require_str(text, "text", "split_paragraphs")
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start >= end:
            continue
        if spans and _is_wrap(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _is_wrap(text: str, previous: tuple[int, int], start: int) -> bool:
    p_start, p_end = previous
    if not text[start].islower() or not (text[p_end - 1].islower() or text[p_end - 1] in ",;"):
        return False
    gap = text[p_end:start]
    if gap.count("\n") + gap.count("\r") - gap.count("\r\n") != 1 or any(c in gap for c in _BREAKS[2:]):
        return False
    line_start = max(text.rfind("\n", p_start, p_end), text.rfind("\r", p_start, p_end)) + 1
    return p_end - max(line_start, p_start) >= _WRAP_MIN and "@" not in text[start : start + 40].split(None, 1)[0]


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
    rules = _rules()
    spans: list[tuple[int, int]] = []
    for p_start, p_end in split_paragraphs(text):
        _split_paragraph(text, p_start, p_end, rules, spans)
    return spans


def _split_paragraph(text: str, p_start: int, p_end: int, rules: _Rules, spans: list[tuple[int, int]]) -> None:
    markers = _list_markers(text, p_start, p_end) if _LIST_START.match(text, p_start) else None
    start = p_start
    for m in _CANDIDATE.finditer(text, p_start, p_end):
        end = m.end()
        if end >= p_end:
            break
        if not text[end].isspace():
            continue
        nxt = _SPACE.match(text, end).end()
        if markers and nxt in markers:
            cut = end
        else:
            cut = _decide(text, m, start, nxt, rules, markers)
            if cut < 0:
                continue
        if markers:
            for pos in [p for p in markers if start < p < cut]:
                _emit(text, start, pos, spans)
                start = pos
        _emit(text, start, cut, spans)
        start = cut
    if markers:
        for pos in sorted(p for p in markers if p > start):
            _emit(text, start, pos, spans)
            start = pos
    _emit(text, start, p_end, spans)


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    start, end = _trim(text, start, end)
    if start < end:
        spans.append((start, end))


def _decide(text: str, m: re.Match[str], start: int, nxt: int, rules: _Rules, markers: set[int] | None) -> int:
    """Where the sentence ends for candidate ``m``, or -1 if it does not end there."""
    c = text[nxt]
    punct, closers = m.group(1), m.group(2)
    p_pos = m.start()
    if c.islower():
        word = _NEXT_WORD.match(text, nxt).group(1)
        if word.islower() or not word.isalpha() or "?" in punct or "!" in punct:
            return -1  # "she said", "Yahoo! in"; but "eBay" and "iPhone" start sentences
    elif c in ",;:)]}\u201d\u2019%-\u2013\u2014":
        return -1
    if c == "(" and text[nxt + 1 : nxt + 2].isdigit():
        return -1  # "Viva Maria! (1965)", "in a bar. (2012)." keep their dates
    quoted = bool(closers) and any(q in closers for q in _QUOTES)
    if "?" in punct or "!" in punct:
        if quoted and rules.attribution.match(text, nxt):
            return -1  # "Will it hold?" Putin asked.
        return m.end()
    dots = punct.count(".") + 3 * punct.count("\u2026")
    if m.group(3).endswith(".") and dots != 1:
        return m.end()  # "(not ...). If", "truth ...". As of"
    if dots >= 3:
        if dots == 3:
            # A three-dot ellipsis marks an omission, not a sentence end, unless
            # a quotation or a bracketed omission closes with it.
            if c.isupper() and ((quoted and not rules.attribution.match(text, nxt)) or closers[:1] == "]"):
                return m.end()
            return -1
        if punct[:2] in (". ", ".\u00a0") and p_pos > start and not text[p_pos - 1].isspace():
            return p_pos + 1  # "compounds. . . . The" ends after the first period
        return m.end()
    # A single period (or two): look at the word before it.
    ws = max(text.rfind(" ", start, p_pos), text.rfind("\u00a0", start, p_pos), text.rfind("\t", start, p_pos))
    token = text[max(ws + 1, start) : p_pos].lstrip(_OPENERS)
    if token and p_pos - start < 8 or markers:
        head = start if not markers else max([start] + [q for q in markers if q < p_pos])
        if _MARKER.fullmatch(text[head:p_pos].lstrip(_BULLETS)):
            return -1  # a list marker or numbered heading: "1. Introduction", "2.1. Data", "a.) x"
    if not token or closers or m.group(3):
        return _footnote(text, m.end(), nxt, rules) if c.isdigit() else m.end()
    cls = rules.abbreviations.get(token) or rules.lowered.get(token.lower())
    if cls is None:
        if len(token) == 1 and token.isalpha():
            cls = "general"  # an initial, "p." or "you and I."
        elif "." in token and _ACRONYM.fullmatch(token):
            cls = "general"  # "U.S.", "a.m.", "Ph.D."
        elif token[0].isdigit():
            if text.count(" ", start, p_pos) == 1 and text[start:p_pos].split()[0] in rules.labels:
                return -1  # "Figure 1. A map of the region."
            return _footnote(text, m.end(), nxt, rules) if c.isdigit() else m.end()
        else:
            return _footnote(text, m.end(), nxt, rules) if c.isdigit() else m.end()
    if cls == "title":
        return -1
    if cls == "number":
        return -1 if c.isdigit() or c == "(" else m.end()
    # general: ends only before a sentence starter, in a sentence of some length
    if not c.isupper():
        return -1
    word = _NEXT_WORD.match(text, nxt).group(1).rstrip(".")
    if word in rules.starters and text.count(" ", start, p_pos) + 1 >= _MIN_WORDS:
        return m.end()
    return -1


def _footnote(text: str, end: int, nxt: int, rules: _Rules) -> int:
    """A small number between two sentences is a footnote mark of the first: "fee. 8 Yet"."""
    i = nxt
    while i < len(text) and i - nxt < 4 and text[i].isdigit():
        i += 1
    if i - nxt <= 3 and text[i : i + 1] == " ":
        word = _NEXT_WORD.match(text, i + 1).group(1)
        if word in rules.starters and word != "I":
            return i
    return end


def _list_markers(text: str, p_start: int, p_end: int) -> set[int]:
    """Offsets where the items of an inline list start: "1. One 2. Two", "a) x b) y", "• 9. x • 10. y"."""
    first = _LIST_START.match(text, p_start)
    assert first is not None
    bullet, value, style = first.groups()
    markers = {p_start}
    if bullet:
        pos = text.find(" " + bullet, p_start + 1, p_end)
        while pos >= 0:
            markers.add(pos + 1)
            pos = text.find(" " + bullet, pos + 2, p_end)
        return markers
    pos = p_start
    while True:
        value = str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)
        pos = text.find(f" {value}{style} ", pos + 1, p_end)
        if pos < 0:
            return markers
        markers.add(pos + 1)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
