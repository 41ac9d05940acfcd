"""Sentence splitting with exact character offsets.

Rule-based and pure Python, tuned for news and web text. A line break ends a
sentence (headlines, datelines, captions and paragraph ends), except a hard
wrap inside running prose. Within a line, a sentence ends after ``.``, ``!``,
``?`` or an ellipsis unless a rule says otherwise: abbreviations, initials,
list markers, labels such as "Figure 1.", a three-dot ellipsis, or a quoted
question followed by its speaker and a reporting verb (``"Will it hold?"
Putin asked.``). The word lists are data files in ``claimcheck/data/``
(abbreviations.txt, sbd_*.txt).

One regex scans the text and cannot backtrack; the other patterns are anchored
and bounded, and every look-back reads a bounded window, so the time is linear
in the length of the text (docs/segmentation.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import require_str

__all__ = ["split_sentences", "split_paragraphs", "load_abbreviations"]

_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_BREAK_SET = frozenset(_BREAKS)
_LINE_BREAK = re.compile(f"[{_BREAKS}]")
# One pass finds line breaks and runs of sentence punctuation. A run is taken
# whole, with the closing quotes/brackets and citation marks ("[12]",
# "[citation needed]") that belong to the sentence before. Everything after the
# first character is optional, so a match never fails; it can only back off an
# unclosed citation mark, whose content is bounded.
_SCAN = re.compile(
    f"[{_BREAKS}.!?\u2026]"
    r"(?:(?<=[.!?\u2026])([.!?\u2026]*(?:[ \u00a0][.\u2026]+)*)"
    r"([\"'\u201d\u2019\u00bb)\]]*)"
    r"((?:[ \u00a0]?\[(?:\d{1,4}(?:[,\u2013-] ?\d{1,4}){0,20}|[a-z][a-z ]{0,30}|\.\.\.|\u2026)\])*\.?))?"
)
_SPACE = re.compile(r"\s*")
_NON_SPACE = re.compile(r"\S")
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018(\[]{0,3}([^\s\"'\u201c\u201d\u2018\u2019(),;:!?\[\]]{0,40})")
_ACRONYM = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
_MARKER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,5})")
_BULLET_CHARS = "\u2022\u2043\u25aa\u25e6*-"
_LIST_START = re.compile(
    f"[ \\t\\u00a0]*(?:([{_BULLET_CHARS}])[ \\u00a0]*)?(\\d{{1,3}}|[a-z])(\\.\\)|\\)|\\.)[ \\u00a0]"
)
_BULLETS = " \u00a0" + _BULLET_CHARS
_OPENERS = "\"'\u201c\u2018([{\u00ab"
_QUOTES = "\"'\u201d\u2019\u00bb"
_MIN_WORDS = 4  # a sentence ending at an ambiguous abbreviation has at least this many words
_WRAP_MIN = 40  # a hard-wrapped line is at least this long
_WINDOW = 40  # how far back to look for the word before a period


@dataclass(frozen=True)
class _Rules:
    abbreviations: dict[str, str]
    lowered: dict[str, str]
    starters: frozenset[str]
    labels: frozenset[str]
    attribution: re.Pattern[str]
    fast_block: frozenset[str]  # words the fast path must leave to the rules


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
    verb = "(?:" + "|".join(map(re.escape, verbs)) + ")"
    # Up to four words of a speaker, then the verb and at most four more words up to
    # a comma or period ("Putin asked.", "the minister told reporters on Monday,");
    # or the verb first ("asked Putin"). "Wilson said if confirmed, ..." starts a sentence:
    # no word after the verb may open a clause.
    speaker = r"(?:(?:[A-Z][\w'\u2019.-]{0,30}|the|a|his|her|their)[ \u00a0]{1,3}){0,4}"
    clause = r"(?!(?:that|if|when|whether|because|although|it|he|she|they|we|I|you|there|this|these)\b)"
    rest = r"(?:[ \u00a0]{1,3}" + clause + r"[\w'\u2019-]{1,30}){0,4}[ \u00a0]{0,3}[.,;:!?\u2014(]"
    attribution = re.compile(speaker + verb + rest + "|" + verb + r"[ \u00a0]")
    return _Rules(
        abbreviations=abbreviations,
        lowered={k: v for k, v in abbreviations.items() if k.islower() and len(k) > 2},
        starters=frozenset(_data_lines("sbd_starters.txt")),
        labels=frozenset(_data_lines("sbd_labels.txt")),
        attribution=attribution,
        fast_block=frozenset(abbreviations) | {k.capitalize() for k in abbreviations if k.islower()},
    )


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``, trimmed of surrounding whitespace.

    A paragraph is a non-blank line, or several lines joined at hard wraps (see
    ``split_sentences``); no sentence crosses a paragraph boundary.
    """
    text = require_str(text, "text", "split_paragraphs")
    rules = _rules()
    spans: list[tuple[int, int]] = []
    start = line_start = 0
    for m in _LINE_BREAK.finditer(text):
        i = m.start()
        if text[i] == "\n" and text[i - 1 : i] == "\r":
            continue  # the second half of "\r\n"
        if _is_wrap(text, line_start, i, rules):
            line_start = i + 1
            continue
        _push(text, start, i, spans)
        start = line_start = i + 1
    _push(text, start, len(text), spans)
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` into sentences.

    A line break always ends a sentence, except a hard wrap inside running
    prose: the line is at least 40 characters long, the next line starts with
    a lower-case word, and the line does not end with sentence punctuation
    (a period after an abbreviation or initial does not count).

    Returns:
        ``(start, end)`` spans in order, non-overlapping, trimmed of surrounding
        whitespace; together they cover every non-whitespace character.

    >>> text = "Mr. Smith left. He said it may rain."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Mr. Smith left.', 'He said it may rain.']
    """
    text = require_str(text, "text", "split_sentences")
    rules = _rules()
    fast_block = rules.fast_block
    spans: list[tuple[int, int]] = []
    append = spans.append
    n = len(text)
    start = line_start = 0
    markers = _list_markers(text, 0, rules)
    for m in _SCAN.finditer(text):
        i = m.start()
        if text[i] in _BREAK_SET:
            if text[i] == "\n" and text[i - 1 : i] == "\r":
                continue  # the second half of "\r\n"
            k = i + 2 if text[i] == "\r" and text[i + 1 : i + 2] == "\n" else i + 1  # past "\r\n" whole
            after = text[k : k + 1]
            if not (after.isupper() or after in _BREAK_SET) and _is_wrap(text, line_start, i, rules):
                line_start = k
                continue
            if markers:
                start = _push_markers(text, start, i, markers, spans)
            if start < i and not text[start].isspace() and not text[i - 1].isspace():
                append((start, i))
            else:
                _push(text, start, i, spans)
            start = line_start = k
            markers = None if after.isupper() or after in _BREAK_SET else _list_markers(text, start, rules)
            continue
        pe = m.end()
        if pe >= n:
            break
        c = text[pe]
        if c == " ":
            nxt = pe + 1
            if nxt >= n:
                break
            if text[nxt].isspace():
                nxt = _skip_space(text, nxt)
                if nxt >= n or _has_break(text, pe, nxt):
                    continue
        elif c.isspace() and c not in _BREAK_SET:
            nxt = _skip_space(text, pe)
            if nxt >= n or _has_break(text, pe, nxt):
                continue
        else:
            continue
        c = text[nxt]
        if markers and markers[-1] < i:
            start = _push_markers(text, start, i, markers, spans)
        # Fast path: "word. Next" where the word is no abbreviation and not the first.
        if c.isupper() and pe == i + 1 and text[i] == "." and not markers:
            lo = i - 40 if i - 40 > start else start
            ws = text.rfind(" ", lo, i)
            if ws >= 0:
                token = text[ws + 1 : i]
                if token.isalpha() and len(token) > 1 and token not in fast_block:
                    append((start, pe) if not text[start].isspace() else _trim(text, start, pe))
                    start = nxt
                    continue
        if markers and nxt == markers[-1]:
            cut = pe
        else:
            cut = _decide(text, m, start, nxt, rules)
            if cut < 0:
                continue
        if markers:
            start = _push_markers(text, start, cut, markers, spans)
        _push(text, start, cut, spans)
        start = cut
    if markers:
        start = _push_markers(text, start, n, markers, spans)
    _push(text, start, n, spans)
    return spans


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    start, end = _trim(text, start, end)
    if start < end:
        spans.append((start, end))


def _push_markers(text: str, start: int, end: int, markers: list[int], spans: list[tuple[int, int]]) -> int:
    """Emit the list items that start between ``start`` and ``end``; drop used markers.

    ``markers`` is in descending order, the next item last.
    """
    while markers and markers[-1] < end:
        pos = markers.pop()
        if pos > start:
            _push(text, start, pos, spans)
            start = pos
    return start


def _has_break(text: str, start: int, end: int) -> bool:
    if end - start == 1:
        return text[start] in _BREAK_SET
    return any(text.find(b, start, end) >= 0 for b in _BREAKS)


def _is_wrap(text: str, line_start: int, i: int, rules: _Rules) -> bool:
    """Whether the line break at ``i`` is a hard wrap inside running prose."""
    j = i + 1
    if text[i] == "\r" and text[j : j + 1] == "\n":
        j += 1
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    if j >= len(text) or not text[j].islower() or i - line_start < _WRAP_MIN:
        return False
    word = _next_word(text, j)
    if not word.islower() or "@" in word:
        return False  # "wikiHow is", "jane@example.com"
    e = i
    while e > line_start and text[e - 1] in " \t\u00a0":
        e -= 1
    last = text[e - 1]
    if last.isalnum() or last in ",;-\u2013\u2014(/&":
        return True
    if last != ".":
        return False
    ws = text.rfind(" ", max(line_start, e - 40), e)
    token = text[ws + 1 : e - 1].lstrip(_OPENERS)
    return _abbreviation_class(token, rules) is not None


def _abbreviation_class(token: str, rules: _Rules) -> str | None:
    cls = rules.abbreviations.get(token) or rules.lowered.get(token.lower())
    if cls is None and token:
        if len(token) == 1 and token.isalpha():
            return "general"  # an initial, "p." or "you and I."
        if "." in token and _ACRONYM.fullmatch(token):
            return "general"  # "U.S.", "a.m.", "Ph.D."
    return cls


def _decide(text: str, m: re.Match[str], start: int, nxt: int, rules: _Rules) -> int:
    """Where the sentence ends for candidate ``m``, or -1 if it does not end there."""
    c = text[nxt]
    p_pos = m.start()
    punct, closers = text[p_pos : m.end(1)], m.group(2)
    if c.islower():
        word = _next_word(text, nxt)
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
            bracketed = closers[:1] in ("]", ")")  # "[...] The", "(...) \"The"
            if (c.isupper() or c in "\"'\u201c\u2018") and (
                bracketed or (quoted and not rules.attribution.match(text, nxt))
            ):
                return m.end()
            return -1
        if punct[:2] in (". ", ".\u00a0") and p_pos > start and not text[p_pos - 1].isspace():
            return p_pos + 1  # "compounds. . . . The" ends after the first period
        return m.end()
    # A single period (or two): look at the word before it.
    lo = max(start, p_pos - _WINDOW)
    ws = max(text.rfind(" ", lo, p_pos), text.rfind("\u00a0", lo, p_pos), text.rfind("\t", lo, p_pos))
    token = text[max(ws + 1, lo) : p_pos].lstrip(_OPENERS)
    if token and p_pos - start < 12 and _MARKER.fullmatch(text[start:p_pos].lstrip(_BULLETS)):
        return -1  # a list marker or numbered heading: "1. Introduction", "2.1. Data", "a.) x"
    if not token or closers or m.group(3):
        return _footnote(text, m.end(), nxt, rules) if c.isdigit() else m.end()
    cls = _abbreviation_class(token.rpartition("-")[2], rules)  # "then-U.S."
    if cls is None:
        if token[0].isdigit() and ws >= start and text.count(" ", start, ws) == 0:
            if text[start:ws].lstrip(_OPENERS) in rules.labels:
                return -1  # "Figure 1. A map of the region."
        return _footnote(text, m.end(), nxt, rules) if c.isdigit() else m.end()
    if cls == "title":
        return -1
    if cls == "number":
        return -1 if c.isdigit() or c == "(" else m.end()
    # general: ends only before a sentence starter, in a sentence of some length
    # (not before a quotation mark: 'the U.S. "Star Wars" plan', 'James E. "Jimmy" Carter')
    if not c.isupper() or _next_word(text, nxt).rstrip(".") not in rules.starters:
        return -1
    return m.end() if text.count(" ", max(start, p_pos - 200), p_pos) + 1 >= _MIN_WORDS else -1


def _skip_space(text: str, i: int) -> int:
    m = _SPACE.match(text, i)
    return m.end() if m else i


def _next_word(text: str, i: int) -> str:
    """The word that starts at ``i``, after any opening quotes or brackets (at most 40 characters)."""
    m = _NEXT_WORD.match(text, i)
    return m.group(1) if m else ""


def _footnote(text: str, end: int, nxt: int, rules: _Rules) -> int:
    """A small number between two sentences is a footnote mark of the first: "fee. 8 Yet"."""
    i = nxt
    while i < len(text) and i - nxt < 4 and text[i].isdigit():
        i += 1
    if i - nxt <= 3 and text[i : i + 1] == " ":
        word = _next_word(text, i + 1)
        if word in rules.starters and word != "I":
            return i
    return end


def _list_markers(text: str, start: int, rules: _Rules) -> list[int] | None:
    """Offsets where the items of an inline list start: "1. One 2. Two", "a) x b) y", "• 9. x • 10. y".

    Only a paragraph that starts with a list marker is searched, up to its end.
    """
    first = _LIST_START.match(text, start)
    if first is None:
        return None
    end = line_start = start
    while True:  # the end of the paragraph
        b = _LINE_BREAK.search(text, end)
        if b is None:
            end = len(text)
            break
        end = b.start()
        if not _is_wrap(text, line_start, end, rules):
            break
        end = line_start = end + 1
    bullet, value, style = first.groups()
    markers = [first.start(1) if bullet else first.start(2)]
    if bullet and bullet in "-*":
        return markers  # a hyphen or asterisk also serves as a dash or a footnote mark
    if bullet:
        pos = text.find(" " + bullet, markers[0] + 1, end)
        while pos >= 0:
            markers.append(pos + 1)
            pos = text.find(" " + bullet, pos + 2, end)
        return markers[::-1]
    pos = markers[0]
    while True:
        value = str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)
        pos = text.find(f" {value}{style} ", pos + 1, end)
        if pos < 0:
            return markers[::-1]
        markers.append(pos + 1)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and text[start].isspace():
        found = _NON_SPACE.search(text, start, end)
        start = found.start() if found else end
    if end > start and text[end - 1].isspace():
        end = start + len(text[start:end].rstrip())
    return start, end
