"""Cue matching: find the spans that make a sentence speculative, and their kinds.

The words live in ``claimcheck/data/cues.jsonl``; this module holds only the
matcher. The first line may define macros; every other line is one rule::

    {"macros": {"NEG": "\\s+not|n't"}}
    {"id": "may", "kinds": ["hedge"], "triggers": ["may", "might"],
     "pattern": "\\b(?:may|might)\\b{NEG}?",
     "guards": [{"text": "^May$", "case_sensitive": true, "before": "\\S\\s*$",
                 "note": "'May' the month"}],
     "note": "epistemic may"}

``pattern`` is a regular expression (case-insensitive unless the rule sets
``case_sensitive``) in which ``{NAME}`` expands to a macro. The cue is the named
group ``cue`` when the pattern has one, else the whole match. ``kinds`` lists
the kinds the cue signals (``kind``, a single one, is accepted too); a cue with
two kinds ("should appear later": hedge and prediction) is reported once per
kind.

``triggers`` are lower-case ASCII words (``[a-z0-9]+``; "they'll" holds
"they" and "ll"): the rule is tried only on sentences holding at least one of
them, which keeps matching fast. ``trigger`` is a lower-case substring that
must also occur ("?" for questions). A rule with neither is tried on every
sentence. ``"headline": true`` limits a rule to sentences without final
punctuation (headlines: "Firm to build plant").

A match is dropped when any of its ``guards`` holds. A guard holds when all of
its parts hold: ``before`` (searched in the 160 characters before the match;
``^`` still means the start of the sentence), ``after`` (matched at the start
of the 160 characters after it), ``text`` (searched in the matched text) and
``sentence`` (searched in the whole sentence). A guard with ``"require": true``
works the other way round: the match is kept only when it holds (the context a
reading needs). Guards encode the non-speculative uses of a word ("may" the
month, "will" the noun, past-ability "could"); each carries a ``note`` saying
why.

``overrides`` lists rule ids whose overlapping matches this rule's match
removes ("it is reasonable to assume" is a hedge, not the hypothetical
*assume*). Otherwise, when matches overlap, the longest wins; a
nested cue survives only when it adds a kind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any, Union

from .document import Cue, Kind
from .errors import InputError, require_str

# The parsed form of a pattern, read to find the words it needs and to move a
# leading word boundary; private modules, so every use falls back to the plain pattern.
try:  # Python 3.11+
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

__all__ = ["CueRule", "CueMatcher", "load_lexicon", "default_matcher"]

LexiconSource = Union[str, "PathLike[str]", Iterable[Mapping[str, Any]], None]

_MACRO = re.compile(r"\{([A-Z_]+)\}")
_TOKEN = re.compile(r"[a-z0-9]+")
# every byte but [a-z0-9] made a space: the words of ASCII text are then what ``split`` returns
_BLANK = bytes(c if _TOKEN.fullmatch(chr(c)) else 0x20 for c in range(256))
_NOT_HEADLINE_END = frozenset(".!?:;,\"”'’)]…")
_GUARD_PARTS = ("before", "after", "text", "sentence")
_WINDOW = 160  # a guard's ``before`` and ``after`` look this many characters around a match
_CACHE_SIZE = 4096  # the analyzer and the lexicon model both match each sentence


@dataclass(frozen=True, slots=True)
class _Guard:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    text: re.Pattern[str] | None
    sentence: re.Pattern[str] | None
    note: str
    require: bool = False
    _plain: tuple[_Folded, ...] = field(default=(), init=False, repr=False, compare=False)
    _folded: tuple[_Folded, ...] = field(default=(), init=False, repr=False, compare=False)
    _ascii: tuple[_Folded, ...] = field(default=(), init=False, repr=False, compare=False)
    _needs: tuple[tuple[frozenset[str], ...] | None, ...] = field(
        default=(), init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        parts = (self.before, self.after, self.text, self.sentence)
        object.__setattr__(self, "_plain", tuple((p, False) for p in parts))
        object.__setattr__(self, "_folded", tuple(_fold(p) for p in parts))
        object.__setattr__(self, "_ascii", tuple(_ascii(f) for f in self._folded))
        # the words a folded ``before`` or ``sentence`` part cannot match without
        # (``after`` and ``text`` read short slices, cheap to search anyway)
        needs = [_needed_words(p) if p is not None and folds else None for p, folds in self._folded]
        object.__setattr__(self, "_needs", (needs[0], None, None, needs[3]))
        searched = (True, False, False, True)  # the parts searched through a window or the sentence
        for name in ("_folded", "_ascii"):
            parts = getattr(self, name)
            object.__setattr__(
                self, name, tuple(_leading(f) if s else f for f, s in zip(parts, searched, strict=True))
            )

    def holds(
        self,
        sentence: str,
        start: int,
        end: int,
        memo: dict[int, bool],
        folded: str | None = None,
        plain: bool = False,
        found: frozenset[str] | None = None,
    ) -> bool:
        """Whether every part holds around ``sentence[start:end]``.

        ``folded`` is ``sentence.lower()`` when :func:`_folds_safely` allows
        matching it with the lower-cased patterns, else ``None``; ``plain``
        says that the sentence is :func:`_plain_ascii`; ``found`` holds the
        sentence's words among those the guards' parts need, if known.
        """
        if folded is None:
            before, after, text, whole = self._plain
        else:
            before, after, text, whole = self._ascii if plain else self._folded
        # the parts are checked cheapest first (the matched text, then a match at
        # the window's start, then a search through it): all of them must hold
        if text[0] is not None:
            where = folded if text[1] else sentence
            if text[0].search(where[start:end]) is None:  # type: ignore[index]
                return False
        if after[0] is not None:
            where = folded if after[1] else sentence
            if after[0].match(where[end : end + _WINDOW]) is None:  # type: ignore[index]
                return False
        if before[0] is not None:
            where = folded if before[1] else sentence
            needs = self._needs[0]
            if (
                needs is not None
                and found is not None
                and before[1]
                # a word the window cuts at its end is no word of the sentence
                and not (start and where[start - 1] in _ALNUM and where[start] in _ALNUM)  # type: ignore[index]
                and not _has_any(needs, found)
            ):
                return False
            if before[0].search(where, max(0, start - _WINDOW), start) is None:  # type: ignore[arg-type]
                return False
        if whole[0] is not None:
            # the same for every match in the sentence: searched once, so a long
            # sentence with many matches stays linear
            key = id(self)
            if key not in memo:
                needs = self._needs[3]
                if needs is not None and found is not None and whole[1] and not _has_any(needs, found):
                    memo[key] = False
                else:
                    memo[key] = whole[0].search(folded if whole[1] else sentence) is not None  # type: ignore[arg-type]
            if not memo[key]:
                return False
        return True


@dataclass(frozen=True, slots=True)
class CueRule:
    """One compiled lexicon entry."""

    id: str
    kinds: tuple[Kind, ...]
    trigger: str
    pattern: re.Pattern[str]
    guards: tuple[_Guard, ...]
    note: str = ""
    triggers: frozenset[str] = frozenset()
    headline: bool = False
    overrides: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    _group: str | int = field(default=0, init=False, repr=False, compare=False)
    _folded: _Folded = field(default=(None, False), init=False, repr=False, compare=False)
    _ascii: _Folded = field(default=(None, False), init=False, repr=False, compare=False)
    _needs: tuple[frozenset[str], ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def kind(self) -> Kind:
        """The first (main) kind of the rule."""
        return self.kinds[0]

    def __post_init__(self) -> None:
        # read once: ``Pattern.groupindex`` builds a new mapping at each access
        object.__setattr__(self, "_group", "cue" if "cue" in self.pattern.groupindex else 0)
        object.__setattr__(self, "_folded", _fold(self.pattern))
        object.__setattr__(self, "_ascii", _ascii(self._folded))
        # the words the folded pattern cannot match without, to skip a sentence that lacks them
        needs = _needed_words(self._folded[0]) if self._folded[1] else None  # type: ignore[arg-type]
        object.__setattr__(self, "_needs", needs)
        object.__setattr__(self, "_folded", _leading(self._folded))
        object.__setattr__(self, "_ascii", _leading(self._ascii))

    def find(self, sentence: str, lowered: str | None = None) -> list[tuple[int, int]]:
        """Spans of the rule's cues in ``sentence``, guards applied."""
        lowered = sentence.lower() if lowered is None else lowered
        if self.trigger and self.trigger not in lowered:
            # ``trigger`` and ``triggers`` are both prefilters: when a rule has both, both must hold
            return []
        return self._scan(sentence, lowered if _folds_safely(sentence) else None)

    def _scan(
        self,
        sentence: str,
        folded: str | None,
        dropped: list[tuple[int, int]] | None = None,
        plain: bool = False,
        found: frozenset[str] | None = None,
    ) -> list[tuple[int, int]]:
        """Unguarded spans; the spans a guard dropped go to ``dropped`` when it is given.

        ``plain`` says that the sentence is :func:`_plain_ascii` (``folded`` is then its lower
        case); ``found``, its words among the matcher's, lets guards skip searches that must fail.
        """
        pattern: re.Pattern[str] | None
        if folded is None:
            pattern, reads_folded = self.pattern, False
        else:
            pattern, reads_folded = self._ascii if plain else self._folded
        group = self._group
        guards = self.guards
        memo: dict[int, bool] = {}
        spans = []
        for m in pattern.finditer(folded if reads_folded else sentence):  # type: ignore[union-attr,arg-type]
            start, end = m.span(group)
            if start >= end:
                continue
            for g in guards:
                if g.holds(sentence, start, end, memo, folded, plain, found) is not g.require:
                    if dropped is not None:
                        dropped.append((start, end))
                    break
            else:
                spans.append((start, end))
        return spans


_Folded = tuple["re.Pattern[str] | None", bool]
_Hits = tuple[tuple[CueRule, int, int], ...]
# Characters whose lower case is themselves and that case-insensitive matching
# equates with nothing else: ASCII and typographic punctuation (quotes, dashes,
# spaces, currency signs). A sentence made only of these may be lower-cased once
# and matched case-sensitively, which is several times faster than IGNORECASE.
_FOLD_SAFE = re.compile("[\x00-\x7f\u00a0-\u00b4\u00b6-\u00bf\u2000-\u206f\u20a0-\u20cf]*")


def _folds_safely(sentence: str) -> bool:
    """Whether ``sentence.lower()`` keeps every offset and matches as the original does ignoring case."""
    return sentence.isascii() or _FOLD_SAFE.fullmatch(sentence) is not None


def _plain_ascii(sentence: str) -> bool:
    r"""Whether ``sentence`` reads the same to a pattern in ASCII mode as in Unicode mode.

    On ASCII text, ``\w``, ``\b``, ``\d`` and ``\s`` of ``re.ASCII`` agree
    with the Unicode ones, save for four control characters that Unicode calls
    whitespace (\x1c to \x1f); the ASCII ones are table look-ups, several times cheaper.
    """
    # four substring tests run at memory speed, where a search for the class steps through the text
    return (sentence.isascii() and "\x1c" not in sentence and "\x1d" not in sentence
            and "\x1e" not in sentence and "\x1f" not in sentence)


def _ascii(folded: _Folded) -> _Folded:
    """The case-sensitive pattern of ``folded`` in ASCII mode, for :func:`_plain_ascii` text.

    A case-insensitive pattern is kept as it is: ignoring case, a non-ASCII
    letter of the pattern may match an ASCII one of the text.
    """
    pattern, reads_folded = folded
    if pattern is None or pattern.flags & (re.IGNORECASE | re.ASCII):
        return folded
    try:
        return re.compile(pattern.pattern, pattern.flags & ~re.UNICODE | re.ASCII), reads_folded
    except re.error:  # pragma: no cover - a pattern Python accepts in one mode and not the other
        return folded


def _leading(folded: _Folded) -> _Folded:
    r"""``folded`` with a leading ``\b`` moved behind the first character, for a faster search.

    ``\bm`` and ``m(?<!\w\w)`` match the same (``m`` is a word character,
    so the boundary before it is the absence of a word character before it),
    but only the second begins with a literal, which the regular-expression
    engine searches for instead of trying the pattern at every position.
    Done on the parsed pattern, when it starts with ``\b`` and then a word
    character or alternatives that each do; otherwise ``folded`` is kept.
    """
    pattern, reads_folded = folded
    if pattern is None or pattern.flags & re.IGNORECASE:
        return folded
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)
        data = list(parsed.data)
        if len(data) < 2 or data[0] != (_sre.AT, _sre.AT_BOUNDARY):
            return folded
        behind = _sre.parse(r"(?<!\w\w)", pattern.flags).data[0]
        op, av = data[1]
        if op is _sre.LITERAL and _is_word_char(av):
            parsed.data = [data[1], behind, *data[2:]]
        elif op is _sre.BRANCH and all(
            len(alt) and alt[0][0] is _sre.LITERAL and _is_word_char(alt[0][1]) for alt in av[1]
        ):
            for alt in av[1]:
                alt.data.insert(1, behind)
            parsed.data = data[1:]
        else:
            return folded
        return _sre_compile.compile(parsed, pattern.flags), reads_folded
    except Exception:  # noqa: BLE001 - an internal the rewrite does not know: keep the pattern
        return folded


def _is_word_char(code: int) -> bool:
    r"""Whether the character is ``\w`` in both ASCII and Unicode mode."""
    c = chr(code)
    return c.isascii() and (c.isalnum() or c == "_")


def _fold(pattern: re.Pattern[str] | None) -> _Folded:
    """The pattern to run on a safely lower-cased sentence, and whether it reads that text.

    A case-insensitive pattern is rewritten in lower case and compiled
    case-sensitively; a case-sensitive one, or one whose source holds escapes
    or flags that could name upper-case letters, keeps reading the original.
    """
    if pattern is None or not pattern.flags & re.IGNORECASE:
        return pattern, False
    source = _lower_source(pattern.pattern)
    if source is None:
        return pattern, False
    try:
        return re.compile(source, pattern.flags & ~re.IGNORECASE), True
    except re.error:  # a range such as [Z-a] that lower-casing reverses
        return pattern, False


def _lower_source(source: str) -> str | None:
    """``source`` with its literal letters lower-cased, or ``None`` where that is unsafe."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            if source[i + 1 : i + 2] in ("x", "u", "U", "N"):
                return None  # a code point that may be an upper-case letter
            out.append(source[i : i + 2])
            i += 2
            continue
        if source.startswith(("(?P<", "(?P="), i):
            close = source.find(">" if source[i + 3] == "<" else ")", i)
            if close < 0:
                return None
            out.append(source[i : close + 1])  # group names keep their case
            i = close + 1
            continue
        if source.startswith("(?", i) and source[i + 2 : i + 3] not in (":", "=", "!", "<", "#"):
            return None  # inline flags
        lower = c.lower()
        if len(lower) != 1:
            return None
        out.append(lower)
        i += 1
    return "".join(out)


# --- the words a pattern cannot match without --------------------------------

_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_SEP, _UNKNOWN, _EDGE = "sep", "unknown", "edge"  # atoms besides literal characters
_MAX_PATHS = 256  # readings of a pattern followed before a part of it counts as unknown
_ZERO_WIDTH = frozenset({_sre.ASSERT, _sre.ASSERT_NOT})
_EDGES = frozenset(
    getattr(_sre, name)
    for name in ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING", "AT_END", "AT_END_STRING")
)
_REPEATS = frozenset(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)
_KNOWN_OPS = frozenset(
    getattr(_sre, name) for name in ("LITERAL", "NOT_LITERAL", "IN", "ANY", "AT", "BRANCH", "SUBPATTERN",
                                     "CATEGORY", "ASSERT", "ASSERT_NOT", "MAX_REPEAT", "MIN_REPEAT",
                                     "POSSESSIVE_REPEAT", "ATOMIC_GROUP")
    if hasattr(_sre, name)
)
_CATEGORIES = {  # which of [a-z0-9] a class category holds
    "CATEGORY_SPACE": lambda c: False,
    "CATEGORY_NOT_SPACE": lambda c: True,
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_NOT_DIGIT": lambda c: not c.isdigit(),
    "CATEGORY_WORD": lambda c: True,
    "CATEGORY_NOT_WORD": lambda c: False,
    "CATEGORY_LINEBREAK": lambda c: False,
    "CATEGORY_NOT_LINEBREAK": lambda c: True,
}


def _needed_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Sets of words of which a match of ``pattern`` holds at least one set whole; ``None`` if unknown.

    A word here is a run of ``[a-z0-9]`` that a match holds between two
    characters outside that set (or an edge), so it is one of the sentence's
    trigger tokens. Read from the parsed pattern: each reading (a choice of
    alternatives and of optional parts, up to a bound) gives the literal words
    it spells out in full; the pattern needs the words of one of its readings.
    Only for a pattern that matches case-sensitively.
    """
    return _needed_words_of(pattern.pattern, pattern.flags)


@lru_cache(maxsize=4096)  # matchers over the same lexicon share the analysis
def _needed_words_of(source: str, flags: int) -> tuple[frozenset[str], ...] | None:
    if flags & re.IGNORECASE:
        return None
    try:
        paths = _paths(list(_sre.parse(source, flags)))
    except Exception:  # noqa: BLE001 - a pattern the analysis does not follow is simply not prefiltered
        return None
    needs: set[frozenset[str]] = set()
    for path in paths:
        words = _words_of(path)
        if not words:
            return None  # a reading that spells no whole word: nothing to require
        needs.add(words)
    minimal = {n for n in needs if not any(o < n for o in needs)}
    return tuple(sorted(minimal, key=sorted))


def _needed_clauses(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of words of the lower-cased sentence of which a match holds one word each (none: unknown).

    Weaker than ``_needed_words`` where that one is known, and known where it is not:
    read part by part, so a pattern of too many readings to follow whole (a
    choice of words, then of a second word, then of a third) still needs a word
    of each choice that stands between separators. The pattern may ignore case
    or not: it is read as matching the sentence, whose letters, lower-cased, are
    those of the words. That holds where lower-casing keeps the sentence's
    characters apart from ``[a-z0-9]`` as they were (``_folds_safely``).
    """
    return _clauses_of(pattern.pattern, pattern.flags)


@lru_cache(maxsize=4096)
def _clauses_of(source: str, flags: int) -> tuple[frozenset[str], ...]:
    try:
        items = _lowered_items(list(_sre.parse(source, flags)), bool(flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a pattern the analysis does not follow is simply not prefiltered
        return ()
    return tuple(sorted(_sequence_clauses(items, bounded=False), key=sorted))


def _lowered_items(items: list[Any], ignorecase: bool) -> list[Any]:
    """A parsed pattern as it reads the lower-cased sentence: letters lower-cased, classes widened.

    A class that excludes upper-case letters excludes their lower-case twins only where case is ignored.
    """
    out = []
    for op, av in items:
        if op is _sre.LITERAL and (chr(av).isascii() or not chr(av).isalnum()):
            av = ord(chr(av).lower())  # (a curly quote or a dash stays what it is: no word's letter)
        elif op is _sre.IN:
            if ignorecase or (_sre.NEGATE, None) not in av:
                av = [*av, *_lowered_members(av)]
        elif op is _sre.BRANCH:
            av = (av[0], [_lowered_items(list(b), ignorecase) for b in av[1]])
        elif op is _sre.SUBPATTERN:
            inner_case = (ignorecase or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
            av = (*av[:3], _lowered_items(list(av[3]), inner_case))
        elif op in _REPEATS:
            av = (av[0], av[1], _lowered_items(list(av[2]), ignorecase))
        elif op in _ZERO_WIDTH:
            av = (av[0], _lowered_items(list(av[1]), ignorecase))
        elif op is _sre.LITERAL or op not in _KNOWN_OPS:
            raise ValueError(f"not followed: {op}")
        out.append((op, av))
    return out


def _lowered_members(members: list[Any]) -> list[Any]:
    """The lower-case twins of a class's upper-case ASCII letters."""
    extra = []
    for op, av in members:
        if op is _sre.LITERAL and 65 <= av <= 90:
            extra.append((_sre.LITERAL, av + 32))
        elif op is _sre.RANGE and av[0] <= 90 and av[1] >= 65:
            extra.append((_sre.RANGE, (max(av[0], 65) + 32, min(av[1], 90) + 32)))
    return extra


def _is_separator(op: Any, av: Any) -> bool:
    """Whether an item always matches characters outside ``[a-z0-9]`` (or a word's edge), at least one."""
    if op is _sre.LITERAL:
        return chr(av) not in _ALNUM
    if op is _sre.AT:
        return av in _EDGES
    if op is _sre.IN:
        return not _may_be_alnum(av)
    if op in _REPEATS:
        lo, _hi, inner = av
        return lo >= 1 and len(inner) == 1 and _is_separator(*list(inner)[0])
    return False


def _sequence_clauses(items: list[Any], bounded: bool) -> set[frozenset[str]]:
    """The clauses of a sequence: those of each run of items between separators.

    ``bounded``: whether what comes before the sequence is a separator. A run
    at the sequence's end counts only when the caller says it is bounded there too,
    which it does by passing the sequence with a separator after it.
    """
    clauses: set[frozenset[str]] = set()
    run: list[Any] = []
    for op, av in items:
        if _is_separator(op, av):
            if run and bounded:
                clauses |= _run_clauses(run)
            run, bounded = [], True
        else:
            run.append((op, av))
    return clauses


def _run_clauses(run: list[Any]) -> set[frozenset[str]]:
    """The clauses of items that stand between two separators."""
    if len(run) == 1:
        op, av = run[0]
        if op is _sre.SUBPATTERN and not (av[1] or av[2]):
            return _run_clauses(list(av[3]))
        if op is _sre.BRANCH:
            chosen: set[str] = set()
            for branch in av[1]:
                edge = (_sre.AT, _sre.AT_BOUNDARY)
                inner = _sequence_clauses([edge, *branch, edge], bounded=False)
                if not inner:
                    return set()
                chosen |= min(inner, key=lambda c: (len(c), -min(map(len, c))))  # the longer, the rarer
            return {frozenset(chosen)}
        body = list(av[2]) if op in _REPEATS else []
        # a body that repeats runs into itself ("(?:ha)+" matches "haha") unless separators end it
        if body and av[0] >= 1 and (av[1] == 1 or (_is_separator(*body[0]) and _is_separator(*body[-1]))):
            edge = (_sre.AT, _sre.AT_BOUNDARY)
            return _sequence_clauses([edge, *body, edge], bounded=False)
    paths = _paths(run)
    readings = [_words_of([_SEP, *p, _SEP]) for p in paths]
    if not readings or not all(readings):
        return set()
    common = frozenset.intersection(*readings)
    if common:
        return {frozenset([w]) for w in common}
    hits: set[str] = set()  # a few words that meet every reading, taken greedily (the longer, the rarer)
    left = readings
    while left:
        word = max(sorted(frozenset().union(*left)), key=lambda w: (sum(w in r for r in left), len(w)))
        hits.add(word)
        left = [r for r in left if word not in r]
    return {frozenset(hits)}


def _has_any(needs: tuple[frozenset[str], ...], found: frozenset[str]) -> bool:
    """Whether ``found`` holds one of the sets of ``needs`` whole."""
    for need in needs:
        if need <= found:
            return True
    return False


def _words_of(path: list[str]) -> frozenset[str]:
    """The whole ``[a-z0-9]`` runs of one reading: literal letters between separators or edges."""
    words = set()
    run: list[str] = []
    bounded = False  # whether the current run starts after a separator or an edge
    for atom in [_UNKNOWN, *path, _UNKNOWN]:
        if len(atom) == 1 and atom in _ALNUM:
            run.append(atom)
            continue
        closes = atom not in (_UNKNOWN,)
        if run and bounded and closes:
            words.add("".join(run))
        run = []
        bounded = closes
    return frozenset(words)


def _paths(items: list[Any]) -> list[list[str]]:
    """The readings of a parsed sequence, each a list of atoms."""
    paths: list[list[str]] = [[]]
    for op, av in items:
        options = _options(op, av)
        if len(paths) * len(options) > _MAX_PATHS:
            options = [[_UNKNOWN]]
        paths = [p + o for p in paths for o in options]
    return paths


def _options(op: Any, av: Any) -> list[list[str]]:
    """The readings of one parsed item."""
    if op is _sre.LITERAL:
        c = chr(av)
        return [[c if c in _ALNUM else _SEP]]
    if op is _sre.AT:
        return [[_EDGE]] if av in _EDGES else [[]]
    if op in _ZERO_WIDTH:
        return [[]]
    if op is _sre.IN:
        return [[_UNKNOWN if _may_be_alnum(av) else _SEP]]
    if op is _sre.BRANCH:
        out = []
        for branch in av[1]:
            out.extend(_paths(list(branch)))
        return out if len(out) <= _MAX_PATHS else [[_UNKNOWN]]
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return [[_UNKNOWN]] if add_flags or del_flags else _paths(list(inner))
    if op in _REPEATS:
        lo, hi, inner = av
        once = _paths(list(inner))
        if all(p == [_SEP] for p in once):
            some = [[_SEP]]  # any number of separators is a separator
        else:
            some = once if hi == 1 else [p + [_UNKNOWN] for p in once]
        return some if lo >= 1 else [[], *some]
    return [[_UNKNOWN]]


def _is_code(code: int, c: str) -> bool:
    return ord(c) == code


def _in_range(low: int, high: int, c: str) -> bool:
    return low <= ord(c) <= high


def _may_be_alnum(items: list[Any]) -> bool:
    """Whether a character class may match one of ``[a-z0-9]``."""
    negate = False
    tests: list[Callable[[str], bool]] = []
    for op, av in items:
        if op is _sre.NEGATE:
            negate = True
        elif op is _sre.LITERAL:
            tests.append(partial(_is_code, av))
        elif op is _sre.RANGE:
            tests.append(partial(_in_range, av[0], av[1]))
        elif op is _sre.CATEGORY and str(av) in _CATEGORIES:
            tests.append(_CATEGORIES[str(av)])
        else:
            return True
    listed = [any(t(c) for t in tests) for c in _ALNUM]
    return not all(listed) if negate else any(listed)


def expand_macros(pattern: str, macros: Mapping[str, str], where: str) -> str:
    """``pattern`` with each ``{NAME}`` replaced by its macro, grouped (data files share phrasings)."""

    def expand(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise InputError(f"{where}: unknown macro {{{name}}}; defined: {', '.join(sorted(macros))}")
        return f"(?:{macros[name]})"

    for _ in range(5):  # macros may use macros
        pattern = _MACRO.sub(expand, pattern)
    return pattern


def _compile(pattern: str, macros: Mapping[str, str], case_sensitive: bool, where: str) -> re.Pattern[str]:
    pattern = expand_macros(pattern, macros, where)
    try:
        return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise InputError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc


def _kinds_of(entry: Mapping[str, Any], where: str) -> tuple[Kind, ...]:
    raw = entry.get("kinds", [entry["kind"]] if "kind" in entry else [])
    if isinstance(raw, str):
        raw = [raw]
    kinds = tuple(Kind(k) for k in raw)
    if not kinds:
        raise InputError(f"{where}: a rule needs 'kinds' (or 'kind')")
    return kinds


def _triggers_of(entry: Mapping[str, Any], where: str) -> frozenset[str]:
    raw = entry.get("triggers", ())
    if isinstance(raw, str):
        raw = [raw]
    out = set()
    for word in raw:
        word = str(word).lower()
        if _TOKEN.fullmatch(word) is None:
            raise InputError(f"{where}: trigger {word!r} is not one word of ASCII letters or digits")
        out.add(word)
    return frozenset(out)


def _rule(entry: Mapping[str, Any], macros: Mapping[str, str], where: str) -> CueRule:
    try:
        rule_id = str(entry["id"])
        raw = str(entry["pattern"])
        kinds = _kinds_of(entry, where)
    except (KeyError, ValueError) as exc:
        raise InputError(f"{where}: a rule needs 'id', 'kinds' and 'pattern' ({exc})") from exc
    where = f"{where} rule {rule_id!r}"
    case_sensitive = bool(entry.get("case_sensitive", False))
    guards = []
    for g in entry.get("guards", ()):
        unknown = set(g) - {*_GUARD_PARTS, "note", "case_sensitive", "require"}
        if unknown or not any(g.get(k) for k in _GUARD_PARTS):
            raise InputError(f"{where}: a guard needs one of {', '.join(_GUARD_PARTS)} (got {sorted(g)})")
        gcase = bool(g.get("case_sensitive", case_sensitive))
        parts = {
            key: _compile(g[key], macros, gcase, f"{where} guard") if g.get(key) else None
            for key in _GUARD_PARTS
        }
        guards.append(_Guard(**parts, note=str(g.get("note", "")), require=bool(g.get("require", False))))
    return CueRule(
        id=rule_id,
        kinds=kinds,
        trigger=str(entry.get("trigger", "")).lower(),
        pattern=_compile(raw, macros, case_sensitive, where),
        guards=tuple(guards),
        note=str(entry.get("note", "")),
        triggers=_triggers_of(entry, where),
        headline=bool(entry.get("headline", False)),
        overrides=frozenset(str(x) for x in entry.get("overrides", ())),
        domains=_domains_of(entry, where),
    )


def _domains_of(entry: Mapping[str, Any], where: str) -> frozenset[str]:
    raw = entry.get("domains", ())
    if isinstance(raw, str) or not all(isinstance(d, str) and d for d in raw):
        raise InputError(f"{where}: 'domains' must be a list of domain names, got {raw!r}")
    return frozenset(raw)


def load_lexicon(source: LexiconSource = None) -> tuple[CueRule, ...]:
    """Read and compile a lexicon: the bundled one, a JSONL path, or an iterable of dicts."""
    if source is None:
        raw = resources.files("claimcheck.data").joinpath("cues.jsonl").read_text("utf-8")
        entries, where = _parse_jsonl(raw, "cues.jsonl"), "cues.jsonl"
    elif isinstance(source, (str, PathLike)):
        path = Path(source)
        if not path.is_file():
            raise InputError(f"cue lexicon {str(path)!r} is not a file")
        entries, where = _parse_jsonl(path.read_text("utf-8"), str(path)), str(path)
    else:
        entries, where = [dict(e) for e in source], "lexicon"
    macros: dict[str, str] = {}
    rules = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        if "macros" in entry:
            macros.update(entry["macros"])
            continue
        rule = _rule(entry, macros, f"{where}:{n}")
        if rule.id in seen:
            raise InputError(f"{where}:{n}: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        rules.append(rule)
    for rule in rules:
        unknown = rule.overrides - seen
        if unknown:
            raise InputError(f"{where}: rule {rule.id!r} overrides unknown rule(s) {sorted(unknown)}")
    return tuple(rules)


def _parse_jsonl(raw: str, where: str) -> list[dict[str, Any]]:
    entries = []
    for n, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}:{n}: not valid JSON ({exc.msg})") from exc
    return entries


class CueMatcher:
    """Find speculation cues in sentences.

    Args:
        lexicon: ``None`` for the bundled lexicon, a path to a JSONL file in the
            same format, or an iterable of rule dicts.
    """

    def __init__(self, lexicon: LexiconSource = None) -> None:
        self.lexicon = lexicon
        self.rules_ = load_lexicon(lexicon)
        always: list[int] = []
        index: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules_):
            if not rule.triggers:
                always.append(i)
            for word in rule.triggers:
                index.setdefault(word, []).append(i)
        self._always = frozenset(always)
        self._index = {w: frozenset(ids) for w, ids in index.items()}
        self._words = frozenset(self._index)
        needs = [rule._needs for rule in self.rules_]
        needs += [n for rule in self.rules_ for g in rule.guards for n in g._needs]
        self._vocab = self._words.union(w for dnf in needs for need in dnf or () for w in need)
        self._vocab_bytes = {w.encode("ascii"): w for w in self._vocab}
        self._all_hits = lru_cache(maxsize=_CACHE_SIZE)(self._rule_hits)
        self._spans = lru_cache(maxsize=_CACHE_SIZE)(self._find)

    def __getstate__(self) -> dict[str, Any]:
        return {"lexicon": self.lexicon}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["lexicon"])  # type: ignore[misc]

    def _rule_hits(self, sentence: str) -> tuple[_Hits, _Hits]:
        lowered = sentence.lower()
        # the words _TOKEN would find, several times faster: any other character,
        # a non-ASCII one made "?" first, splits them
        vocab = self._vocab_bytes
        tokens = lowered.encode("ascii", "replace").translate(_BLANK).split()
        found = frozenset(map(vocab.__getitem__, vocab.keys() & tokens))
        chosen = set(self._always)
        index = self._index
        for token in self._words.intersection(found):
            chosen |= index[token]
        headline = sentence.rstrip()[-1:] not in _NOT_HEADLINE_END
        folded = lowered if _folds_safely(sentence) else None
        plain = folded is not None and _plain_ascii(sentence)
        hits: list[tuple[CueRule, int, int]] = []
        guarded: list[tuple[CueRule, int, int]] = []
        dropped: list[tuple[int, int]] = []
        for i in sorted(chosen):
            rule = self.rules_[i]
            if (rule.headline and not headline) or (rule.trigger and rule.trigger not in lowered):
                continue
            needs = rule._needs
            if needs is not None and folded is not None and not _has_any(needs, found):
                continue  # the folded pattern cannot match without these words
            spans = rule._scan(sentence, folded, dropped, plain, found)
            if rule.domains:  # a cue only in its domains' text: the matcher cannot tell
                dropped.extend(spans)
            else:
                hits.extend((rule, s, e) for s, e in spans)
            if dropped:
                guarded.extend((rule, s, e) for s, e in dropped)
                dropped.clear()
        winners = [(o, os, oe) for o, os, oe in hits if o.overrides]
        if winners:
            # a more specific reading wins over a general one on the same words
            # ("said it would open" is a reported future, not a hypothetical)
            hits = [
                (r, s, e)
                for r, s, e in hits
                if not any(r.id in o.overrides and s < oe and os < e for o, os, oe in winners)
            ]
        hits.sort(key=lambda h: (h[1], -h[2]))
        return tuple(hits), tuple(guarded)

    def clear_cache(self) -> None:
        """Forget the sentences seen so far (benchmarks time cold matching with it)."""
        self._all_hits.cache_clear()
        self._spans.cache_clear()

    def rule_hits(self, sentence: str) -> tuple[tuple[CueRule, int, int], ...]:
        """Every unguarded rule match in ``sentence``, in text order, overlaps kept.

        A rule is tried only when one of its trigger words occurs, headline-only
        rules only on headlines, and a match is dropped where a rule that
        overrides it matched the same words. Cached per sentence, so a model that
        builds features from the same matcher does not match twice.
        """
        return self._all_hits(sentence)[0]

    def silent_hits(self, sentence: str) -> tuple[tuple[CueRule, int, int], ...]:
        """Matches that are no cue here, in rule order (cached with :meth:`rule_hits`).

        They are the matches a guard dropped and those of rules meant for other
        domains (``domains``). A guard encodes a reading that is not
        speculative in news ("may participate" as permission); a trained model
        sees these matches and learns where that reading misleads, as in a
        biomedical "may participate in the pathogenesis".
        """
        return self._all_hits(sentence)[1]

    def _find(self, sentence: str) -> tuple[tuple[int, int, Kind], ...]:
        hits = self.rule_hits(sentence)
        found = [(s, e, kind) for rule, s, e in hits for kind in rule.kinds]
        found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        kept: list[tuple[int, int, Kind]] = []
        open_: list[tuple[int, int, Kind]] = []  # kept cues that may still overlap (sorted by start)
        for s, e, kind in found:
            open_ = [k for k in open_ if k[1] > s]
            # A nested cue survives only when it adds a kind ("will likely test"
            # is a prediction, its "likely" a hedge); same-kind overlaps collapse.
            if any(ks < e and (kind is kk or not (ks <= s and e <= ke)) for ks, ke, kk in open_):
                continue
            kept.append((s, e, kind))
            open_.append((s, e, kind))
        return tuple(kept)

    def match(self, text: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """Cues in ``text[start:end]`` (one sentence), with offsets into ``text``."""
        text = require_str(text, "text", "CueMatcher.match")
        end = len(text) if end is None else end
        return [
            Cue(text[start + s : start + e], start + s, start + e, kind)
            for s, e, kind in self._spans(text[start:end])
        ]

    def match_sentences(self, sentences: Iterable[str]) -> list[list[Cue]]:
        """Cues of each sentence, offsets relative to that sentence."""
        return [self.match(s) for s in sentences]


@lru_cache(maxsize=1)
def default_matcher() -> CueMatcher:
    """The matcher over the bundled lexicon, built once per process."""
    return CueMatcher()
