"""Frames: speculation a sentence inherits from a scenario set up earlier.

A writer can set up an imagined, supposed or future situation once ("Imagine a
city where …", "in her hypothetical third term", "It is 2035.") and then narrate
it in plain tense. Judged alone those sentences look like facts; in the document
they are speculation. This stage finds the openers and decides, sentence by
sentence, whether the text is still inside the opened frame.

Two small logistic models do the work, read left to right (a greedy
maximum-entropy Markov decoder):

* the **opener model** scores sentences in which an opener pattern fires, so a
  set-up ("Suppose that …") is told apart from a topic ("the hypothetical
  question was dismissed", "alternate history is a genre");
* the **stay model** scores each later sentence from its own features (past
  perfect background, definitions, quotations, meta comments, tense, the local
  label and cues) and from the state (was the previous sentence inside, how far
  back is the opener, does the sentence reuse the frame's words).

Patterns live in ``data/frames_patterns.jsonl``; weights and thresholds are
fitted by ``training/train_frames.py`` and live in ``data/frames_params.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat
from operator import methodcaller, mul
from os import PathLike
from pathlib import Path
from typing import Any, Union

from .cues import _ascii, _folds_safely, _needed_clauses, _needed_words, _plain_ascii, expand_macros
from .document import Claim, Cue, Frame, Kind, Label
from .errors import InputError

__all__ = [
    "FrameDetector",
    "FramePattern",
    "SentenceView",
    "describe",
    "load_frame_params",
    "load_frame_patterns",
]

Source = Union[str, "PathLike[str]", Iterable[Mapping[str, Any]], Mapping[str, Any], None]

_WORD = re.compile(r"[a-z][a-z'’]{3,}")
_CACHE_SIZE = 1 << 14
# a year or decade, with the article before it: a decade after "a" or "an" is a kind of thing
# ("a 2020s commuter", "an 1890s mill"), not a date
_YEAR = re.compile(r"(?:\b(a|an|A|An)\s+)?\b(1[0-9]{3}|20[0-9]{2})(s?)\b")
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL = r"(" + "|".join(_ORDINALS) + r"|[1-9](?:st|nd|rd|th)|1[0-9]th|20th)"
# "the late nineteenth century", "the eighteenth and nineteenth centuries" (both named)
_CENTURY = re.compile(
    r"(?<![\w-])(?:(?:early|late|mid)-?\s*)?" + _ORDINAL
    + r"(?:\s+(?:and|or|to)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?" + _ORDINAL + r")?"
    + r"[\s-]+centur(?:y|ies)\b"
)

_NAME = re.compile(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b")
_NOT_NAMES = frozenset(
    "The A An In On At As But And Or If When While This That These Those It He She They We I You His Her "
    "Their Its Our Mr Mrs Ms Dr President Minister Secretary State".split()
)
_TOKEN = re.compile(r"[a-z][a-z-]*")
_TERMINAL = re.compile(r"[.!?…:][\"'”’)\]]*(?:\[\d+\])*$")
_STOP = frozenset(
    """about above after again against also although among another because been before being below
    between both cannot could does doing down during each either even every from further have having
    here hers herself himself however into itself just many might more most much must neither never
    once only other ours over same shall should since some such than that their theirs them then there
    these they this those though through under until upon very were what when where whether which while
    whom whose will with within without would your yours said says also already still""".split()
)


@dataclass(frozen=True, slots=True)
class FramePattern:
    """One compiled rule of ``frames_patterns.jsonl``."""

    id: str
    feature: str
    kind: Kind | None
    trigger: re.Pattern[str] | None
    pattern: re.Pattern[str]
    guard: re.Pattern[str] | None
    note: str = ""
    words: frozenset[str] = frozenset()
    anchored: bool = False
    literals: frozenset[str] = frozenset()
    # ``pattern`` and ``guard`` compiled to read a lower-cased ASCII sentence (see ``_fold``), or None;
    # False until the first search needs them
    folded: tuple[re.Pattern[str], re.Pattern[str] | None] | bool | None = field(
        default=False, init=False, repr=False, compare=False
    )
    # how the rule reads a sentence of each sort (see ``readers``); None until first needed
    _readers: tuple[_Reader, _Reader, _Reader] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def readers(self) -> tuple[_Reader, _Reader, _Reader]:
        """How the rule reads a sentence of each sort (see ``_sort``): as it is, lower-cased, plain ASCII.

        Each is ``(find, guard, reads_lowered, needs)``: the bound ``match`` or ``search`` of
        the expression to run, the guard's ``search`` (or ``None``), whether both read the
        lower-cased sentence rather than the sentence, and the words (runs of ``[a-z0-9]``, as
        bytes) of which a match holds a word of each clause (see ``_clauses``), or ``None``.
        Sentences that lower-case safely are read by the lower-case twins (``_fold``), plain
        ASCII ones by the twins in ASCII mode, where ``\\w``, ``\\b`` and ``\\s`` are table
        look-ups.
        """
        readers = self._readers
        if readers is None:
            folded = self.folded
            if folded is False:
                folded = _fold(self.pattern, self.guard)
                object.__setattr__(self, "folded", folded)
            plain = self._reader(self.pattern, self.guard, False, needs=False)
            if isinstance(folded, tuple):
                pattern, guard = folded
                ascii_pattern = _ascii((pattern, True))[0]
                ascii_guard = _ascii((guard, True))[0] if guard is not None else None
                lowered = self._reader(pattern, guard, True)
                readers = (plain, lowered, self._reader(ascii_pattern, ascii_guard, True))
            else:  # read as it is, but the words it needs are known on a sentence that folds safely
                safe = self._reader(self.pattern, self.guard, False)
                readers = (plain, safe, safe)
            object.__setattr__(self, "_readers", readers)
        return readers

    def _reader(
        self, pattern: Any, guard: re.Pattern[str] | None, lowered: bool, needs: bool = True
    ) -> _Reader:
        words = None
        # what the whole reading asks (of a pattern read lower-cased), and what each part does;
        # not for an anchored expression, which fails at once where it cannot match
        if needs and not self.anchored:
            whole = _needed_words(pattern) if lowered else None
            parts = {tuple(sorted(c)) for c in _needed_clauses(pattern)}
            clauses = {*(_clauses(whole) if whole else ()), *parts}
            words = tuple(sorted(clauses, key=lambda c: (len(c), c))) or None
        find = pattern.match if self.anchored else pattern.search
        return find, (guard.search if guard is not None else None), lowered, words

    def span(self, m: re.Match[str]) -> tuple[int, int] | None:
        """The span a match of the rule stands for: its ``cue`` group when it has one."""
        span = m.span("cue") if "cue" in m.re.groupindex and m.group("cue") else m.span()
        return span if span[0] < span[1] or not self.feature.startswith("open_") else None

    def search(
        self,
        sentence: str,
        lowered: str,
        tokens: frozenset[str] | None = None,
        present: frozenset[str] | None = None,
    ) -> tuple[int, int] | None:
        """The span of the first match in ``sentence``, or ``None``.

        ``lowered`` is ``sentence.lower()``. ``tokens`` (the sentence's lower-case words)
        and ``present`` (the trigger literals found in it) may be passed when several
        rules read one sentence.
        """
        if self.words:
            if tokens is None:
                tokens = frozenset(_TOKEN.findall(lowered))
            return (0, len(sentence)) if not self.words.isdisjoint(tokens) else None
        if self.trigger is not None:
            if present is not None:
                if present.isdisjoint(self.literals):
                    return None
            elif self.trigger.search(lowered) is None:
                return None
        m = self.match(sentence, lowered, _sort(sentence))
        return self.span(m) if m is not None else None

    def match(self, sentence: str, lowered: str, sort: int) -> re.Match[str] | None:
        """The expression's first match in a sentence of ``sort`` (see ``_sort``) that the guard lets stand.

        Triggers and ``words`` are not read: the caller has found the trigger literals present.
        """
        find, guard, reads_lowered, needs = (self._readers or self.readers())[sort]
        if needs is not None and not _holds(needs, lowered):
            return None  # the expression cannot match without these words
        text = lowered if reads_lowered else sentence
        m = find(text)
        return m if m is not None and (guard is None or guard(text) is None) else None


_Reader = tuple[Any, Any, bool, "tuple[tuple[str, ...], ...] | None"]


def _clauses(needs: tuple[frozenset[str], ...]) -> tuple[tuple[str, ...], ...]:
    """What ``needs`` (a match holds one of these sets of words whole) asks, as cheap tests.

    Each clause is a set of words of which a match holds at least one: the words every set
    shares, one clause each, and the rest of the sets together when none is left empty.
    Weaker than ``needs``, but a sentence is tested against a few clauses, not every set.
    """
    common = frozenset.intersection(*needs)
    clauses: list[tuple[str, ...]] = [(w,) for w in sorted(common)]
    if all(need - common for need in needs):
        clauses.append(tuple(sorted(frozenset().union(*needs) - common)))
    return tuple(clauses)


def _sort(sentence: str) -> int:
    """Which of a rule's ``readers`` reads ``sentence``: 0 as it is, 1 lower-cased, 2 lower-cased plain ASCII.

    A sentence is read lower-cased when lowering keeps its offsets and matching alike
    (``_folds_safely``: ASCII and typographic punctuation such as curly quotes and dashes).
    """
    if sentence.isascii():
        return 2 if _plain_ascii(sentence) else 1
    return 1 if _folds_safely(sentence) else 0


def _holds(clauses: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Whether the lower-cased sentence holds a word of each clause, at least as a substring.

    A substring test is weaker than a test of whole words, so it passes every sentence the
    expression may match; it costs a few substring tests where a set of the sentence's words
    cost more than the expression itself on most sentences.
    """
    for clause in clauses:
        for word in clause:
            if word in lowered:
                break
        else:
            return False
    return True


def _fold(
    pattern: re.Pattern[str], guard: re.Pattern[str] | None
) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """A rule's expressions compiled case-sensitively, to read the lower-cased sentence.

    On ASCII text, a case-insensitive expression whose letters are all lower case
    matches the lower-cased text exactly where it matches the text itself, and
    case-sensitive matching costs about half as much. ``None`` for a case-sensitive
    rule, or one that names an upper-case or non-ASCII cased character or sets flags
    of its own.
    """
    twins: list[re.Pattern[str] | None] = []
    for expression in (pattern, guard):
        if expression is None:
            twins.append(None)
            continue
        if not expression.flags & re.IGNORECASE:
            return None
        try:
            caseless = _caseless(_sre_parse(expression.pattern, expression.flags))
        except Exception:  # a parser that reads otherwise: keep the expressions as they are
            return None
        if not caseless:
            return None
        twins.append(re.compile(expression.pattern, expression.flags & ~re.IGNORECASE))
    return twins[0], twins[1]  # type: ignore[return-value]


def _sre_parse(pattern: str, flags: int) -> Any:
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as _parser  # type: ignore[no-redef]
    return _parser.parse(pattern, flags)


def _caseless_char(code: int) -> bool:
    ch = chr(code)
    return "a" <= ch <= "z" or ch.lower() == ch.upper() == ch.casefold() == ch


def _caseless_range(low: int, high: int) -> bool:
    return all(map(_caseless_char, range(low, high + 1)))


def _caseless(items: Any) -> bool:
    """Whether a parsed expression matches alike with and without IGNORECASE on lower-case ASCII text."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            ok = _caseless_char(av)
        elif name == "IN":
            ok = all(
                (str(o) == "LITERAL" and _caseless_char(a))
                or (str(o) == "RANGE" and a[1] - a[0] < 4096 and _caseless_range(*a))
                or str(o) in ("NEGATE", "CATEGORY")
                for o, a in av
            )
        elif name in ("ANY", "AT", "CATEGORY", "GROUPREF"):
            ok = True
        elif name == "SUBPATTERN":
            ok = not av[1] and not av[2] and _caseless(av[3])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            ok = _caseless(av[2])
        elif name in ("ASSERT", "ASSERT_NOT"):
            ok = _caseless(av[1])
        elif name == "BRANCH":
            ok = all(map(_caseless, av[1]))
        elif name == "ATOMIC_GROUP":
            ok = _caseless(av)
        elif name == "GROUPREF_EXISTS":
            ok = _caseless(av[1]) and (av[2] is None or _caseless(av[2]))
        else:
            ok = False
        if not ok:
            return False
    return True


def _literals(value: Any) -> list[str]:
    values = [value] if isinstance(value, str) else list(value or ())
    return [str(v).lower() for v in values if v]


def _triggers(value: Any) -> re.Pattern[str] | None:
    literals = [re.escape(v) for v in _literals(value)]
    return re.compile("|".join(literals)) if literals else None


_WORDLIKE = re.compile(r"[a-z][a-z-]*")
_OPENING_PUNCT = "\"'“‘«„([{*_-—–"


_PLANS: dict[tuple[bool, tuple[int, ...]], tuple[Any, ...]] = {}


def _gate_plan(patterns: tuple[FramePattern, ...], openers: bool) -> tuple[Any, ...]:
    """The literal index of a rule set, built once per set of rule objects.

    Keyed by the rules' identities (hashing compiled patterns costs about as much as
    building the index); each entry holds its rules, so no identity is reused while cached.
    """
    key = (openers, tuple(map(id, patterns)))
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) >= 16:
            _PLANS.clear()
        plan = _PLANS[key] = (*_build_plan(patterns, openers), patterns)
    return plan[:-1]


def _build_plan(patterns: tuple[FramePattern, ...], openers: bool) -> tuple[Any, ...]:
    rules = tuple(p for p in patterns if (p.kind is not None) is openers)
    literals = {lit for p in rules for lit in p.literals}
    index: dict[str, tuple[str, ...]] = {}
    short: set[str] = set()
    other: list[str] = []
    for lit in sorted(literals):
        if not _WORDLIKE.fullmatch(lit):
            other.append(lit)
        elif len(lit) < 3:
            short.add(lit)
        else:
            index[lit[:3]] = (*index.get(lit[:3], ()), lit)
    always = tuple(i for i, p in enumerate(rules) if p.words or p.trigger is None)
    by_literal: dict[str, list[int]] = {}
    for i, p in enumerate(rules):
        if not p.words and p.trigger is not None:
            for lit in p.literals:
                by_literal.setdefault(lit, []).append(i)
    words = sorted(lit for lits in index.values() for lit in lits)
    scans = (_Scan(words, short, other, whitespace=True), _Scan(words, short, other, whitespace=False))
    return (rules, tuple(sorted(literals)), index, frozenset(short), tuple(other), always,
            {lit: tuple(ids) for lit, ids in by_literal.items()}, scans, _Anywhere(literals))


class _Scan:
    """One regular-expression pass over a sentence's words that finds a gate's literals.

    Words are read one of two ways: ``whitespace`` (the words of ``str.split()`` with
    opening punctuation dropped, as opener rules read them) or as ``_TOKEN`` reads them
    (runs of letters and hyphens). Word literals are found as prefixes of words, short
    ones as whole words. The other literals may sit anywhere, so each needs a substring
    test; one that holds a word start of its own ("in 2", "it is") is tested only when
    the scan finds that word, the rest ("it's", ":") always.

    What each match finds is worked out once, when the expression is built, so that
    reading a sentence keeps nothing: a cache per sentence (or per set of matches) would
    hold containers that outlive the young generations, and each full garbage collection
    of a large process walks them all.
    """

    def __init__(
        self, words: Sequence[str], short: Iterable[str], other: Sequence[str], whitespace: bool
    ) -> None:
        self._source = (tuple(words), frozenset(short), tuple(other), whitespace)
        # the expression, what each match finds, the literals always tested: built on first use
        self._built: tuple[re.Pattern[str] | None, dict[str, Any], tuple[str, ...]] | None = None

    def _build(self) -> tuple[re.Pattern[str] | None, dict[str, Any], tuple[str, ...]]:
        words, short, other, whitespace = self._source
        anchors = {lit: a for lit in other if (a := _anchor(lit, whitespace)) and a not in short}
        always = tuple(lit for lit in other if lit not in anchors)
        prefixes = sorted({*words, *anchors.values()})
        # what a match (the longest literal its word starts with) finds: the word literals it starts
        # with, itself when it is a whole-word literal, and the other literals to test
        found = {
            m: (
                frozenset([w for w in words if m.startswith(w)] + ([m] if m in short else [])),
                tuple(lit for lit, a in anchors.items() if m.startswith(a)),
            )
            for m in (*prefixes, *short)
        }
        if whitespace:
            lead, end = r"\s[" + re.escape(_OPENING_PUNCT) + "]*", r"(?!\S)"
        else:
            lead, end = r"[^a-z-]-*", r"(?![a-z-])"
        pattern = re.compile(lead + "(" + _trie(prefixes, short, end) + ")") if found else None
        self._built = (pattern, found, always)
        return self._built

    @property
    def always(self) -> tuple[str, ...]:
        """The other literals tested in every sentence."""
        return self.parts()[2]

    def parts(self) -> tuple[re.Pattern[str] | None, dict[str, Any], tuple[str, ...]]:
        """The expression, what each string it may find stands for, and the literals always tested."""
        return self._built or self._build()

    def __call__(self, lowered: str) -> frozenset[str]:
        words, tests = self.plan(self.matches(lowered))
        return words.union([lit for lit in tests if lit in lowered]) if tests else words

    def matches(self, lowered: str) -> list[str]:
        """What the scan's expression finds in ``lowered``, in text order."""
        pattern = self.parts()[0]
        return pattern.findall(" " + lowered) if pattern is not None else []

    def plan(self, matches: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
        """The word literals ``matches`` finds, and the other literals still to test as substrings."""
        _, found, always = self.parts()
        matches = sorted(set(matches))
        words = frozenset().union(*(found[m][0] for m in matches))
        anchored = [lit for m in matches for lit in found[m][1]]
        return words, tuple(dict.fromkeys([*always, *anchored]))


class _Anywhere:
    """Which of a set of literals occur anywhere in a sentence, in one regular-expression pass.

    At each position the pass finds the longest literal that starts there (a trie of the
    literals inside a lookahead, so matches may overlap); the literals that are prefixes of
    it start there too. On news sentences one pass costs a third of a substring test per literal.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self._literals = tuple(sorted(set(literals)))
        self._built: tuple[re.Pattern[str], dict[str, frozenset[str]]] | None = None

    def _build(self) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
        lits = self._literals
        pattern = re.compile("(?=(" + _trie(lits, (), "") + "))") if lits else re.compile("(?!)")
        prefixes = {lit: frozenset(p for p in lits if lit.startswith(p)) for lit in lits}
        self._built = (pattern, prefixes)
        return self._built

    def prepare(self) -> None:
        """Build the pass now instead of on first use (its expression takes a third of a second)."""
        if self._built is None:
            self._build()

    def __call__(self, lowered: str) -> frozenset[str]:
        pattern, prefixes = self._built or self._build()
        found = set(pattern.findall(lowered))
        return frozenset().union(*(prefixes[m] for m in found)) if found else frozenset()


def _anchor(literal: str, whitespace: bool) -> str:
    """The longest part of ``literal`` that must start a word wherever ``literal`` occurs ('' if none),
    a function word only where no other part can.

    Reading words at whitespace, that is a piece after a space; reading them as ``_TOKEN``
    does, a run of letters and hyphens after some other character.
    """
    if whitespace:
        pieces = [p for p in re.split(r"\s", literal)[1:] if p and p[0] not in _OPENING_PUNCT]
    else:
        pieces = [m.group(1) for m in re.finditer(r"[^a-z-]([a-z][a-z-]*)", literal)]
    # a function word starts words in most sentences: each would call for a substring test
    return max(pieces, key=lambda p: (len(p) > 2 and p not in _STOP, len(p)), default="")


def _trie(prefixes: Iterable[str], whole: Iterable[str], end: str) -> str:
    """A regular expression for the longest literal a word starts with, where it is tried.

    ``prefixes`` may start a word, ``whole`` must be all of it (``end`` tests the word's
    end). The literals share their prefixes, so a try follows a handful of branches, not
    one per literal.
    """
    tree: dict[str, Any] = {}
    for lit, exact in [*((w, False) for w in prefixes), *((w, True) for w in whole)]:
        node = tree
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = node.get("", True) and exact

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:  # a literal ends here: longer ones first, then this one
            branches.append(end if node[""] else "")
            if branches == [""]:
                return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


def _mask(ids: Iterable[int]) -> int:
    """The bit mask of a set of rule indexes."""
    mask = 0
    for i in ids:
        mask |= 1 << i
    return mask


class _Gate:
    """Which trigger literals of a rule set a sentence holds, in about one pass over its words.

    Literals that look like words are found as prefixes of the sentence's words
    (through an index on their first three letters); the rest as substrings.
    """

    def __init__(self, patterns: Sequence[FramePattern], openers: bool) -> None:
        # ``always``: rules tried whatever a sentence holds; ``by_literal``: the others, by literal
        # ``scans``: all literals in one pass, for each way of reading words (see ``_Scan``)
        (self.rules, self.literals, self.index, self.short, self.other, self.always,
         self.by_literal, self.scans, self._anywhere) = _gate_plan(tuple(patterns), openers)
        # for each scan, once built: the rules each match calls for, and the literals it leaves to test
        self._reads: list[tuple[Any, ...] | None] = [None, None]

    def _read(self, words: bool) -> tuple[Any, ...]:
        """For the scan that reads ``words``: what each string it may find calls for, built once.

        Sets of rules are bit masks (bit ``i``: ``rules[i]``), so a sentence's candidates are
        a few integer ors, in rule order, with nothing allocated per sentence but the mask.
        """
        scan, by_literal = self.scans[words], self.by_literal
        pattern, found, always = scan.parts()
        mask_of = {lit: _mask(ids) for lit, ids in by_literal.items()}
        read_of = {
            m: (_mask(i for lit in lits for i in by_literal.get(lit, ())), tests)
            for m, (lits, tests) in found.items()
        }
        read = self._reads[words] = (pattern, read_of, always, mask_of, _mask(self.always))
        return read

    def prepare(self) -> None:
        """Build both scans, what each of their matches calls for, and the scan for literals anywhere
        (a sentence view's), now, not on first use."""
        for words in (False, True):
            if self._reads[words] is None:
                self._read(words)
        self._anywhere.prepare()

    def in_order(self, mask: int) -> tuple[FramePattern, ...]:
        """The rules of ``mask``, in order."""
        rules, out = self.rules, []
        while mask:
            low = mask & -mask
            out.append(rules[low.bit_length() - 1])
            mask ^= low
        return tuple(out)

    def candidates(self, present: frozenset[str]) -> tuple[FramePattern, ...]:
        """The rules, in order, that may match a sentence holding the literals ``present``."""
        ids = set(self.always)
        for lit in present:
            ids.update(self.by_literal.get(lit, ()))
        return self.in_order(_mask(ids))

    def mask_for(self, lowered: str, words: bool = False) -> int:
        """The rules ``rules_for`` gives, as a bit mask (bit ``i``: ``rules[i]``)."""
        pattern, read_of, always, mask_of, mask = self._reads[words] or self._read(words)
        if pattern is not None:
            for m in pattern.findall(" " + lowered):
                rules, tests = read_of[m]
                mask |= rules
                if tests:
                    for lit in tests:
                        if lit in lowered:
                            mask |= mask_of.get(lit, 0)
        for lit in always:
            if lit in lowered:
                mask |= mask_of.get(lit, 0)
        return mask

    def rules_for(self, lowered: str, words: bool = False) -> tuple[FramePattern, ...]:
        """``candidates(present(lowered))`` (``present_words`` with ``words``), without building ``present``.

        What each string the scan finds calls for is looked up; nothing is kept per sentence.
        """
        return self.in_order(self.mask_for(lowered, words))

    def present(self, lowered: str, tokens: Iterable[str] | None = None) -> frozenset[str]:
        """The literals ``lowered`` holds: word literals as prefixes of its words, the rest anywhere.

        Words are ``tokens`` when given, else the whitespace-separated words of ``lowered``
        with opening punctuation dropped (one regular-expression scan finds those).
        """
        if tokens is None:
            return self.scans[0](lowered)
        found = [lit for lit in self.other if lit in lowered]
        index, short = self.index, self.short
        for tok in tokens:
            if tok[:1] in _OPENING_PUNCT:
                tok = tok.lstrip(_OPENING_PUNCT)
            lits = index.get(tok[:3])
            if lits:
                found.extend(lit for lit in lits if tok.startswith(lit))
            elif tok in short:
                found.append(tok)
        return frozenset(found)

    def present_words(self, lowered: str) -> frozenset[str]:
        """``present(lowered, _TOKEN.findall(lowered))``, in one scan."""
        return self.scans[1](lowered)

    def substrings(self, lowered: str) -> frozenset[str]:
        """The literals found anywhere in ``lowered``: what each rule's own trigger search would find."""
        return self._anywhere(lowered)


def _anchored(pattern: str) -> bool:
    """Whether every branch of ``pattern`` starts at ``^`` (then ``re.match`` does the work of a search)."""
    if not pattern.startswith("^"):
        return False
    depth, escaped = 0, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return True


def _read(source: Source, default: str) -> tuple[Any, str]:
    if source is None:
        return resources.files("claimcheck.data").joinpath(default).read_text("utf-8"), default
    if isinstance(source, (str, PathLike)):
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{str(path)!r} is not a file")
        return path.read_text("utf-8"), str(path)
    return source, "patterns"


def load_frame_patterns(source: Source = None) -> tuple[FramePattern, ...]:
    """Read and compile frame patterns: the bundled file, a JSONL path, or dicts."""
    raw, where = _read(source, "frames_patterns.jsonl")
    if isinstance(raw, str):
        entries = []
        for n, line in enumerate(raw.splitlines(), 1):
            line = line.strip()
            if line and not line.startswith("//"):
                try:
                    entries.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{where}:{n}: not valid JSON ({exc.msg})") from exc
    else:
        entries = [dict(e) for e in raw]
    out = []
    by_id: dict[str, dict[str, Any]] = {}
    macros: dict[str, str] = {}
    for e in entries:
        if "macros" in e:  # {"macros": {"NAME": "…"}}: "{NAME}" in a later pattern or guard expands to it
            macros.update({str(k): str(v) for k, v in dict(e["macros"]).items()})
            continue
        if e.get("same_as") is not None:
            # a rule that feeds another feature with an earlier rule's expression, written once
            base = by_id.get(str(e["same_as"]))
            if base is None:
                raise InputError(f"{where}: bad frame pattern {e.get('id')!r}: 'same_as' names no rule above")
            e = {**{k: base[k] for k in ("pattern", "guard", "case_sensitive") if k in base}, **e}
        by_id[str(e.get("id"))] = e
        flags = 0 if e.get("case_sensitive") else re.IGNORECASE
        try:
            e = {**e, **{k: expand_macros(e[k], macros, f"{where} {e.get('id')!r}")
                         for k in ("pattern", "guard") if e.get(k)}}
            out.append(
                FramePattern(
                    id=str(e["id"]),
                    feature=str(e["feature"]),
                    kind=Kind(e["kind"]) if e.get("kind") else None,
                    trigger=_triggers(e.get("trigger", "")),
                    literals=frozenset(_literals(e.get("trigger", ""))),
                    pattern=re.compile(e.get("pattern") or "(?!)", flags),
                    guard=re.compile(e["guard"], flags) if e.get("guard") else None,
                    note=str(e.get("note", "")),
                    words=frozenset(str(w).lower() for w in e.get("words", ())),
                    anchored=_anchored(e.get("pattern") or ""),
                )
            )
            if not (e.get("pattern") or e.get("words")):
                raise KeyError("pattern")
            if out[-1].feature.startswith("open_") != (out[-1].kind is not None):
                raise ValueError("opener rules (feature 'open_…') and only they carry a 'kind'")
        except (KeyError, ValueError, re.error) as exc:
            raise InputError(f"{where}: bad frame pattern {e.get('id')!r}: {exc}") from exc
    return tuple(out)


def load_frame_params(source: Source = None) -> dict[str, Any]:
    """Read fitted weights: the bundled ``frames_params.json``, a path, or a mapping."""
    if isinstance(source, Mapping):
        params, where = dict(source), "frame parameters"
    else:
        raw, where = _read(source, "frames_params.json")
        try:
            params = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
    for part in ("opener", "stay"):
        if not isinstance(params.get(part), Mapping) or "coef" not in params[part]:
            raise InputError(f"{where}: frame parameters need '{part}' with 'coef' and 'threshold'")
    margin = params["stay"].get("announced_margin", 0.0)
    if isinstance(margin, bool) or not isinstance(margin, (int, float)) or not 0.0 <= margin < 1.0:
        raise InputError(f"{where}: 'stay.announced_margin' must be a number in [0, 1), got {margin!r}")
    return params


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What the decoder knows about one sentence, before any state."""

    hits: frozenset[str]
    opener: tuple[str, Kind, int, int] | None  # feature, kind, start, end (document offsets)
    words: frozenset[str]
    n_words: int
    terminal: bool
    n_open: int = 0  # how many opener families fire (for a candidate)
    names: frozenset[str] = frozenset()  # capitalised words after the first: people and places
    first: str = ""  # the first word when capitalised: a name where the frame has met it
    year: int = 0  # the latest calendar year the sentence names, 0 if none
    tense: str = ""  # "would", "past", "present", "perfect" or "" (see _tense)
    quote: int = 0  # +1: leaves a quotation open, -1: closes one opened earlier, 0: balanced


def _opener(
    text: str,
    lowered: str,
    patterns: Sequence[FramePattern],
    gate: _Gate | None = None,
    anywhere: bool = False,
) -> tuple[str, Kind, int, int] | None:
    """The first opener rule of ``patterns`` that matches, with its span.

    ``gate`` (built on ``patterns``) reads the literals as word prefixes; without one, or with
    ``anywhere``, each rule's trigger is looked for anywhere in the sentence, as
    ``FramePattern.search`` does alone.
    """
    if gate is None:
        gate, anywhere = _Gate(patterns, openers=True), True
    if anywhere:
        return _first(text, lowered, gate.candidates(gate.substrings(lowered)))
    mask = gate.mask_for(lowered)  # each rule holds a trigger literal of the sentence (or needs none)
    return _first(text, lowered, gate.in_order(mask)) if mask else None


def _first(text: str, lowered: str, candidates: Sequence[FramePattern]) -> tuple[str, Kind, int, int] | None:
    """The first of the opener rules ``candidates`` that matches, with its span."""
    sort = _sort(text)
    for p in candidates:
        if p.words:
            span = p.search(text, lowered)
        else:
            m = p.match(text, lowered, sort)
            span = p.span(m) if m is not None else None
        if span is not None:
            return p.feature, p.kind, span[0], span[1]  # type: ignore[return-value]
    return None


def _fire(
    rules: Sequence[FramePattern], text: str, lowered: str, tokens: frozenset[str], fired: set[str],
    sort: int,
) -> None:
    """Add to ``fired`` the feature of each rule of ``rules`` that matches ``text`` (of ``sort``).

    ``rules`` are a gate's candidates for the sentence: a trigger literal of each is present,
    so only the expressions are run, and none of a feature already in ``fired``.
    """
    for p in rules:
        if p.feature in fired:
            continue
        if p.words:
            if not p.words.isdisjoint(tokens):
                fired.add(p.feature)
            continue
        m = p.match(text, lowered, sort)
        if m is not None and (p.kind is None or p.span(m)):
            fired.add(p.feature)


def _view(
    text: str,
    patterns: Sequence[FramePattern],
    opener: Any = False,
    gate: _Gate | None = None,
    open_gate: _Gate | None = None,
) -> SentenceView:
    lowered, sort = text.lower(), _sort(text)
    open_gate = open_gate or _Gate(patterns, openers=True)
    found = _opener(text, lowered, patterns, open_gate, anywhere=True) if opener is False else opener
    hits: set[str] = set()
    words = _TOKEN.findall(lowered)
    tokens = frozenset(words)
    gate = gate or _Gate(patterns, openers=False)
    # the opener scan has run (opener_features() counts the rest); a rule whose
    # trigger literals are all absent cannot match, so only candidates are tried
    _fire(gate.rules_for(lowered, words=True), text, lowered, tokens, hits, sort)
    if text.rstrip("\"'”’) ").endswith("?"):
        hits.add("question")  # a question about the case: an aside, not the story going on
    families: set[str] = set()
    if found is not None:
        # every opener family that fires, each rule's trigger looked for anywhere in the sentence
        # (the candidate's own family fires: its literal is in the sentence, its rule matched)
        families.add(found[0])
        _fire(open_gate.candidates(open_gate.substrings(lowered)), text, lowered, tokens, families, sort)
    return SentenceView(
        hits=frozenset(hits),
        opener=found,
        words=frozenset(_WORD.findall(lowered)) - _STOP,
        n_words=len(text.split()),
        terminal=bool(_TERMINAL.search(text)),
        n_open=len(families),
        names=_names(text),
        first=_first_name(text),
        year=_year_of(text, lowered),
        tense=_tense_of(lowered, tokens),
        quote=_quote_balance(text),
    )


def _year_of(text: str, lowered: str) -> int:
    """The latest calendar year ``text`` names (a past century counts as its middle year), 0 if none."""
    found = _YEAR.findall(text) if "1" in text or "2" in text else []
    years = [int(y) for article, y, decade in found if not (article and decade)]
    if "centur" in lowered:
        for n in chain.from_iterable(_CENTURY.findall(lowered)):
            if n:  # the second of two centuries named together, where there is one
                number = _ORDINALS.index(n) + 1 if n in _ORDINALS else int(n[:-2])
                years.append((number - 1) * 100 + 50)
    return max(years, default=0)


_PAST_AUX = frozenset("was were had did".split())
_PRESENT_AUX = frozenset("is are am does do".split())
_PERFECT_AUX = frozenset(("has", "have"))
# participles that are not also in _IRREGULAR_PAST and do not end in "-ed"
_IRREGULAR_PARTICIPLE = frozenset(
    """been begun become broken chosen done drawn driven eaten fallen flown forgotten given gone
    grown hidden known ridden risen seen shaken shown spoken stolen swum taken thrown worn written""".split()
)
_IRREGULAR_PAST = frozenset(
    """became began bought brought built caught came chose drew drove fell felt flew fought found gave
    got grew held hit kept knew led left lost made meant met paid ran rose sat saw sent set shut sold
    spent spoke stood struck swam took taught thought threw told understood went won wore wrote""".split()
)
_PARTICIPLES = _IRREGULAR_PAST | _IRREGULAR_PARTICIPLE
_ENDS_ED = methodcaller("endswith", "ed")
_NOT_PAST = frozenset("need needed indeed speed seed feed hundred bed red shed breed deed greed".split())


def _has_ed_form(tokens: frozenset[str], longer_than: int) -> bool:
    """Whether a word of more than ``longer_than`` letters ends in "-ed" and is not a known non-verb."""
    return any(len(t) > longer_than and t not in _NOT_PAST for t in filter(_ENDS_ED, tokens))


def _tense(tokens: frozenset[str]) -> str:
    """The sentence's mode, crudely: "would" (unreal or future-in-past), present, perfect, past.

    Only auxiliaries, "-ed" forms and common irregular pasts are read: a present auxiliary
    wins over a participle ("is produced"), so a sentence is "past" only when it has a past
    form and no present auxiliary. "has"/"have" with a participle is "perfect" ("At least 38
    people have died"): news tells the same events in the perfect and in the past, so the
    perfect belongs to either narration.
    """
    if "would" in tokens:
        return "would"
    if not tokens.isdisjoint(_PRESENT_AUX):
        return "present"
    if not tokens.isdisjoint(_PERFECT_AUX):
        participle = not tokens.isdisjoint(_PARTICIPLES) or _has_ed_form(tokens, 3)  # "have died"
        return "perfect" if participle else "present"
    if not tokens.isdisjoint(_PAST_AUX) or not tokens.isdisjoint(_IRREGULAR_PAST):
        return "past"
    if _has_ed_form(tokens, 4):
        return "past"
    return ""


_WOULD_IN_RELATIVE = re.compile(r"\b(?:that|which|who)\s+would(?:\s+have)?\b")


def _tense_of(lowered: str, tokens: frozenset[str]) -> str:
    """``_tense``, read from the main clauses where each "would" opens a relative clause.

    "The wall held back a tide that would have flooded the quay." is told in the past: the
    "would" is the tide's, not the sentence's. It is "would" only where no other tense is left.
    """
    if "would" in tokens:
        main, relative = _WOULD_IN_RELATIVE.subn(" ", lowered)
        rest = frozenset(_TOKEN.findall(main)) if relative else tokens
        if "would" not in rest:
            return _tense(rest) or "would"
    return _tense(tokens)


def _quote_balance(text: str) -> int:
    """+1 when the sentence opens a quotation it does not close, -1 when it closes an earlier one."""
    curly = text.count("“") - text.count("”")
    if curly:
        return 1 if curly > 0 else -1
    if text.count('"') % 2:
        at = text.rindex('"')
        opening = at == 0 or text[at - 1].isspace() or text[at - 1] in "([{—–-"
        return 1 if opening else -1
    return 0


@lru_cache(maxsize=_CACHE_SIZE)
def _names(text: str) -> frozenset[str]:
    """Capitalised words after the first: the people and places a sentence names."""
    names = _NAME.findall(text)
    if names and text.lstrip(_OPENING_PUNCT + " ").startswith(names[0]):
        names = names[1:]  # the sentence's first word is capitalised anyway
    return frozenset(map(_bare, names)) - _NOT_NAMES


def _first_name(text: str) -> str:
    """The sentence's first word when capitalised: a name where the frame has met it ("Lena concludes …")."""
    m = _NAME.match(text.lstrip(_OPENING_PUNCT + " "))
    return _bare(m.group()) if m is not None else ""


def _bare(name: str) -> str:
    """``name`` without a possessive "'s"."""
    return name[:-2] if name[-2:] in ("'s", "’s") else name


class _Views(Sequence[SentenceView]):
    """Sentence views computed on first use: most documents never need more than the opener scan."""

    def __init__(self, claims: Sequence[Claim], view_of: Any) -> None:
        self.claims, self.view_of = claims, view_of
        self._views: list[SentenceView | None] = [None] * len(claims)

    def __len__(self) -> int:
        return len(self.claims)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        views = self._views
        if isinstance(i, slice):
            for j in range(*i.indices(len(views))):
                if views[j] is None:
                    views[j] = self.view_of(self.claims[j].text)
            return views[i]
        view = views[i]
        if view is None:
            view = views[i] = self.view_of(self.claims[i].text)
        return view


# Claim's fields in order: a relabelled claim is built by a direct call, several times cheaper than
# ``replace``, which stands in should the fields ever differ.
_CLAIM_FIELDS = (
    "text", "start", "end", "index", "paragraph", "label", "local_label", "kinds", "score", "cues", "frame",
    "warnings",
)
_DIRECT = tuple(f.name for f in fields(Claim)) == _CLAIM_FIELDS


def _speculation(c: Claim, kinds: frozenset[Kind], cues: tuple[Cue, ...], frame: Frame | None) -> Claim:
    """``c`` labelled speculation, with ``kinds``, ``cues`` and ``frame``."""
    if not _DIRECT:
        return replace(c, label=Label.SPECULATION, kinds=kinds, cues=cues, frame=frame)
    return Claim(
        c.text, c.start, c.end, c.index, c.paragraph, Label.SPECULATION, c.local_label, kinds, c.score, cues,
        frame, c.warnings,
    )


def describe(claims: Sequence[Claim], patterns: Sequence[FramePattern]) -> list[SentenceView]:
    """Static features of each sentence: which pattern features fire, the opener candidate, words."""
    gate, open_gate = _Gate(patterns, openers=False), _Gate(patterns, openers=True)
    return [_view(c.text, patterns, gate=gate, open_gate=open_gate) for c in claims]


def _overlap(words: frozenset[str], vocab: set[str]) -> float:
    return len(words & vocab) / len(words) if words else 0.0


def _says_what_would_happen(claim: Claim) -> bool:
    """A locally hypothetical sentence: what a scenario's narration says under its condition."""
    return claim.local_label is Label.SPECULATION and Kind.HYPOTHETICAL in claim.kinds


def _local(claim: Claim) -> dict[str, float]:
    spec = claim.local_label is Label.SPECULATION
    kinds = claim.kinds if spec else frozenset()
    return {
        "local_spec": float(spec),
        "local_hypothetical": float(Kind.HYPOTHETICAL in kinds),
        "local_prediction": float(Kind.PREDICTION in kinds),
        "local_conditional": float(Kind.CONDITIONAL in kinds),
        "local_hedge": float(Kind.HEDGE in kinds),
    }


_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|told|added|asked|recalled|explained|replied)\b"
)

_PERSONAL_START = re.compile(
    r"\W{0,3}(?:(?:and|but|so|then|yet)\s)?(?P<pronoun>he|she|it|they|his|her|its|their|them)\b",
    re.IGNORECASE,
)
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})

# notes that end the story outright, whatever the stay model weighs (see _State.left_for_good)
_CLOSING = frozenset({"exit_marker", "exit_invented"})
# hits that take a sentence back into the story after a turn to the real world
_RETURNS = frozenset({"stay_marker", "back_in"})
_ASIDES = frozenset(
    {"exit_marker", "exit_reality", "exit_invented", "exit_real", "exit_present", "exit_background",
     "exit_past_perfect", "exit_definition", "exit_general", "exit_conclusion", "exit_stative", "exit_meta",
     "exit_quote", "exit_argument", "reply_that", "veto_open", "question"}
)

_STATIC = (
    "stay_marker", "exit_marker", "exit_reality", "exit_invented", "exit_real", "exit_present",
    "exit_background", "exit_past_perfect", "exit_definition", "exit_general", "exit_meta", "exit_quote",
    "exit_attribution", "exit_argument", "exit_structural", "continuity_pronoun", "year", "person_12",
    "topic", "veto_open", "exercise", "exit_conclusion", "exit_stative", "restate",
)


# hits that make a sentence about a subject rather than inside a story: a topic, a work, a veto
_TOPICAL = frozenset({"topic", "topic_work", "veto_open"})
# hits of a short line handing over the text ("Here you go:", "Sure! Here's the piece.")
_PREFACE = frozenset({"handover", "exit_meta"})
# hits of a line under an opener that hands over the text telling its case
_HANDS_OVER = frozenset({"handover", "puts_case"})

_DEFINITION = re.compile(
    r"\W{0,3}(?!(?:if|when|while|because|as|since|although|though|unless|there|it|this|that|here)\b)"
    r"(?:(?:an?|the)\s)?[\"“'‘]?[\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,4}[\"”'’]?\s(?P<copula>is|are)\s(?:a|an)\b",
    re.IGNORECASE,
)
_NOUN_OPENERS = frozenset(
    {"open_scenario", "open_hypothetical_np", "open_setting", "open_world", "open_fictional", "open_resume"}
)
_CONTENT = re.compile(
    r"[\s,]{0,3}(?:in\s+which|which|where|whereby|when|describing|depicting|imagining|outlining|showing|how|that|of)\b",
    re.IGNORECASE,
)
_CONTENT_END = re.compile(r"\b(?:which|where|whereby|when|describing|depicting|how|that)\W*$", re.IGNORECASE)


_QUOTE_START = re.compile(r"\W{0,3}[\"“‘']")
_SET_UP_VERBS = ("assum", "suppos", "imagin", "envis", "pictur", "pretend", "posit")
# an exercise named: a war game, a simulation, a tabletop exercise, a drill or a numbered inject
_EXERCISE = re.compile(
    r"\b(?:war[\s-]?games?|wargam\w*|simulations?|simulated|tabletop|exercises?|drills?|role[\s-]?plays?|role\s+cards?"
    r"|inject\s+(?:[0-9]{1,2}|[a-h]|one|two|three|four|five))\b"
)

_PUZZLE = re.compile(
    r"\b(?:thought\s+experiments?|paradox(?:es)?|puzzles?|dilemmas?|gedankenexperiment|parables?|fables?|"
    r"illustrations?|worked\s+examples?|(?:hypothetical|imaginary|imagined)\s+(?:case|situation|scenario)|"
    r"problem\s+questions?|(?:law|practice|exam|revision|tutorial|homework)\s+problems?|"
    r"(?:role[\s-]?play|problem|moot)\s+briefs?)\b"
)


def _opens_paragraph(claims: Sequence[Claim], i: int) -> bool:
    """Whether sentence ``i`` is the first of its paragraph."""
    return i == 0 or claims[i - 1].paragraph != claims[i].paragraph


def _after_puzzle(claims: Sequence[Claim], i: int) -> bool:
    """Whether one of the five sentences before ``i`` names a puzzle, thought experiment or law problem."""
    return any(_PUZZLE.search(c.text.lower()) is not None for c in claims[max(0, i - 5) : i])


_REPORTED_CUE = re.compile(r"(?:ask|tell|told|invit|want|urg|challeng|bid)", re.IGNORECASE)


def _quoted_remark(text: str, view: SentenceView) -> bool:
    """'"Imagine if the levee had failed," the mayor told reporters.': a remark quoted whole,
    its speaker's figure of speech; the report goes on in the writer's own words."""
    return view.quote == 0 and "exit_attribution" in view.hits and _QUOTE_START.match(text) is not None


def _content_follows(text: str, end: int) -> bool:
    """Whether the opener's span ends in, or is followed by, a clause about the scenario's content."""
    return _CONTENT_END.search(text, 0, end) is not None or _CONTENT.match(text, end) is not None


def opener_features(
    claims: Sequence[Claim], views: Sequence[SentenceView], i: int, patterns: Sequence[FramePattern]
) -> dict[str, float]:
    """Features of sentence ``i`` as a frame opener (it must have a candidate)."""
    v = views[i]
    assert v.opener is not None
    feature, _, start, end = v.opener
    f = {"bias": 1.0, feature: 1.0}
    for name in ("topic", "exit_meta", "exit_quote", "exit_attribution",
                 "exit_past_perfect", "exit_structural", "stay_marker"):
        if name in v.hits:
            f["h_" + name] = 1.0
    if "topic_work" in v.hits:
        f["h_topic"] = 1.0  # a work named is a topic to the opener model
    if _REPORTED_CUE.match(claims[i].text, start):
        f.pop("h_exit_attribution", None)  # "Nozick asked us to imagine …": the report is the set-up
    if _quoted_remark(claims[i].text, v):
        f["quoted_remark"] = 1.0
    if v.quote > 0:
        # A quotation left open: its speaker sets the scenario up and goes on telling it.
        f.pop("h_exit_quote", None)
        f["h_quote_open"] = 1.0
    f["n_open"] = float(max(v.n_open, 1) - 1)
    # A counterfactual that states its own consequent ("Had it rained, the match would have
    # been cancelled") is complete in itself; a set-up leaves the narrating to what follows.
    # A plain conditional always has its consequent: what follows decides for it (next_modal).
    # What a relative clause after a scenario noun says ("a scenario in which the ash would
    # fall", "a Scenario describing how …") is the scenario's content, not a consequent.
    # So is all a text announcing itself says after the announcement ("The annex below is written
    # as a future news item so that staff can picture how a heatwave would affect the service.").
    content = feature == "open_announced" or (
        feature in _NOUN_OPENERS and _content_follows(claims[i].text, end))
    # A set-up verb before the span ("The scenario assumed that the fictional state …") or right
    # after it ("The scenario supposes that Amberley retires …") is the set-up itself, not a
    # consequent.
    base = claims[i].start
    f["consequent"] = float(feature != "open_conditional" and any(
        q.kind in (Kind.HYPOTHETICAL, Kind.CONDITIONAL)
        and (
            (q.end - base <= start and not q.text.lower().startswith(_SET_UP_VERBS))
            or (q.start - base >= end and not content
                and not (q.start - base <= end + 1 and q.text.lower().startswith(_SET_UP_VERBS)))
        )
        for q in claims[i].cues
    ))
    # "A 'dark winter' is a hypothetical scenario in which …": a definition, usually a topic;
    # only what follows (next_modal) makes it the set-up of a scenario. Where the cue names the
    # subject ("The reasonable worst-case scenario is a total shutdown …"), the sentence says what
    # happens in the scenario rather than what a term means.
    defined = _DEFINITION.match(claims[i].text)
    f["definition"] = float(defined is not None and end > defined.start("copula"))
    definition = f["definition"]
    lead = claims[i].text[:start].rstrip()
    f["cue_at_start"] = float(start <= 4 or lead.endswith(("—", "–", "--")))  # after a dateline too
    f["early"] = float(i <= 2)
    if feature == "open_game_lead":
        # "In the game, …" is a war game's story only where the text just named one ("A war game
        # held at the college last month …"); else it is a sports report's.
        # (or the text's title, a few lines up, names it: "Classroom role-play: a hedge school in
        # 1820s Munster" over the history and the teacher's note, then "It is October 1826, …")
        # A puzzle named there sets its scene the same way ("They make a nice setting for a
        # probability puzzle. It is 1824, and Martha Penrose keeps the toll house …").
        named = claims[max(0, i - 3) : i] if i > 6 else claims[:i]
        f["after_war_game"] = float(any(
            _EXERCISE.search(low) is not None or _PUZZLE.search(low) is not None
            for low in (c.text.lower() for c in named)))
    if feature == "open_described":
        # "A hungry donkey stands exactly halfway between two bales of hay." tells a case only
        # where the text has just named a puzzle, paradox or thought experiment; elsewhere it
        # is news
        f["after_puzzle"] = float(_after_puzzle(claims, i))
    f["question"] = float(claims[i].text.rstrip("\"'”’) ").endswith("?"))
    f["headline"] = float(not v.terminal)
    f.update({"l_" + k: x for k, x in _local(claims[i]).items()})
    nxt = views[i + 1 : i + 3]
    if nxt:
        after = claims[i + 1 : i + 1 + len(nxt)]
        f["next_fact"] = sum(c.local_label is Label.FACT for c in after) / len(nxt)
        f["next_overlap"] = sum(_overlap(n.words, set(v.words)) for n in nxt) / len(nxt)
        f["next_topic"] = sum(bool(n.hits & _TOPICAL) for n in nxt) / len(nxt)
        # A scenario goes on under its condition: the next sentences say what "would" happen.
        f["next_modal"] = sum(map(_says_what_would_happen, after)) / len(nxt)
        # "Had the vote passed, the line would have opened in 2020." states its own consequent,
        # yet as the lead of a story told in plain past tense after it, it sets up that world
        # (further down an article, such a sentence is a self-contained aside).
        # (not one quoted whole in a remark: "'Imagine if the levee had failed,' the mayor told
        # reporters." is the speaker's, and the report goes on about the real flood)
        # Right after the text says it turns to a case ("Now the counterfactual.", "This annex asks
        # how …"), or as the first candidate under a title that names a counterfactual, such a
        # sentence leads the story as one at the top does.
        told = f["consequent"] * f["next_fact"] * (1.0 - f.get("quoted_remark", 0.0))
        f["narrated"] = told * float(bool(f["early"]) or (told > 0 and _announced_case(views, i)))
        # A definition followed by what "would" happen in the defined scenario sets it up.
        f["defined_narrated"] = definition * f["next_modal"]
        f["next_marker"] = float(any("stay_marker" in n.hits for n in views[i + 1 : i + 5]))
    else:
        f["last"] = 1.0
    return f


def _announced_case(views: Sequence[SentenceView], i: int) -> bool:
    """Whether the text has just said it turns to a case, or its title names a counterfactual (a title
    question "What if …?" or a subtitle under it does too) and sentence ``i`` is the first that may
    open a frame below it."""
    if "announces_case" in views[i - 1].hits:
        return True
    # the title, a title question ("What if the frame had buckled?") or the subtitle under it ("A
    # counterfactual for engineering students")
    for t in range(min(2, i)):
        title = views[t]
        asks = t == 0 and title.opener is not None and title.opener[0] == "open_whatif"  # "What if …?"
        if asks or (not title.terminal and "counterfactual_title" in title.hits):
            # (a thing described in the present, "A telescopic holder rises …", is the real background)
            return all(_described_or_none(views[j].opener) for j in range(t + 1, i))
    return False


def _described_or_none(opener: tuple[str, Kind, int, int] | None) -> bool:
    """Whether a sentence holds no opener, or only a thing described in the present ("A man is …")."""
    return opener is None or opener[0] == "open_described"


def _asks_what_if(text: str, opener: tuple[str, Kind, int, int] | None) -> bool:
    """Whether a sentence is a "What if …?" question (a title's, or the text's own case's)."""
    return opener is not None and opener[0] == "open_whatif" and text.rstrip(" *_\"'”’").endswith("?")


def _hands_over(view: SentenceView) -> bool:
    """Whether a sentence hands over the text that tells the case the sentence above set up.

    "Imagine a world where piano tuners are licensed. Here's a feature from that world." The
    feature is the case's, the line handing it over is the writer's: it sits outside the story.
    So does a line putting the case to the players ("That was the question we put to the room.").
    """
    return bool(view.hits & _HANDS_OVER) or (view.opener is not None and view.opener[0] == "open_announced")


#: The openers a label or an announcement only names: the sentence right under it that sets the
#: scenario up ("Scenario narrative" over "In this scenario, a deep low tracks …", "4.2 Counterfactual: an
#: extended outage" over "Had the fault been in the transformer, …") is the opener proper.
_SET_UP_UNDER: dict[str, frozenset[str]] = {
    "open_label": frozenset({"open_scenario", "open_assumed", "open_imperative", "open_counterfactual"}),
    "open_announced": frozenset({"open_scenario"}),
}


def _sets_up_under(above: SentenceView, below: SentenceView) -> bool:
    """Whether ``below`` sets up the scenario that the line ``above`` only labelled or announced.

    "Example 7.3" over "Consider a water treatment plant that lifts …", "The case below is
    fictional …" over "In this scenario, a 47-year-old man …": the lower line is the frame's
    opener, outside the story as an opener is, and the one its claims point at.
    """
    if above.opener is None or below.opener is None:
        return False
    return below.opener[0] in _SET_UP_UNDER.get(above.opener[0], frozenset())


def _background_under_label(
    views: Sequence[SentenceView], label: int, i: int, assigned: Sequence[int | None]
) -> bool:
    """Whether the lines between a title label and the case set up at ``i`` are the case's background.

    "Realistic Disaster Scenario 7: Atlantic Windstorm" over two lines on the housing stock and its
    past losses, then "Suppose a deep Atlantic depression tracks across …": the title names the
    scenario, the lines under it tell the real setting, and the case starts where it is supposed.
    Only a few lines, each a full sentence read as the label's, between a title line and a
    case set up in the imperative ("Suppose …", "Imagine …") or told from "In this scenario,
    …", none of them saying what would happen.
    """
    above, below = views[label].opener, views[i].opener
    if not 2 <= i - label <= 4 or above is None or above[0] != "open_label" or views[label].terminal:
        return False
    if below is None or below[0] not in ("open_imperative", "open_scenario"):
        return False
    between = range(label + 1, i)
    return all(assigned[j] == label and views[j].terminal and views[j].tense != "would" for j in between)


def _leads(views: Sequence[SentenceView], i: int) -> bool:
    """Whether sentence ``i`` is the text's first full sentence (under a headline, a byline at most).

    Told in the past tense and dated ahead ("On a humid October morning in 2036, engineers …
    switched off …"), such a lead dates the whole report, as a dateline would.
    """
    return all(not views[j].terminal for j in range(i))


def _resumed(
    view: SentenceView,
    state: _State,
    closed: _State | None,
    views: Sequence[SentenceView] = (),
    text: str = "",
) -> _State | None:
    """The frame a lead such as "In this telling, …" or "Back at <a place of the story>, …" goes back into.

    The lead names the account the text has been telling, so it resumes the document's frame
    (the one open but left, or the one left for good by "In reality, …") rather than opening
    another: the sentences after it are that frame's, and so is the frame's setting.
    """
    lead = view.opener[0] if view.opener is not None else None
    if lead == "open_resume":
        return state if state.opener is not None else closed
    # "In the scenario the firm also loses its roller supplier, …" after "Stress tests are not forecasts,
    # …" places the sentence back inside the scenario the text has been telling, not in a new one
    if lead == "open_scenario" and "stay_marker" in view.hits and state.opener is None:
        if closed is not None and closed.told_in:
            return closed
    # "In 2041, the town's fish festival has a new star." after an aside on the real record names the
    # year to come that the frame's story is set in: that story goes on, not a new one
    if lead == "open_future_year" and view.year >= _IMAGINED_YEAR:
        for frame in (state, closed):
            if frame is not None and frame.opener is not None and frame.year == view.year:
                return frame
    # "Back at Halden Valley, …" after an aside goes back to a place the frame's story is set in, the
    # frame still open or the one "In the real world, …" left
    # "Back in 2060, …" goes back to a year to come, that of a frame not set in another one
    # "Back in week nine, …" goes back to a time the frame's story named ("It is week nine of a …")
    if "back_in" in view.hits:
        when = _BACK_TO.match(text.lower()) if text else None
        for frame in (state, closed):
            if frame is not None and frame.opener is not None and (
                (frame.names and view.names & frame.names)
                or (view.year >= _IMAGINED_YEAR and (frame.year < _IMAGINED_YEAR or view.year == frame.year))
                or (when is not None and _goes_back_to(when, frame))
            ):
                return frame
        # "Back at Carrick Point, …" after an aside names a place that only the document's title
        # ("Case vignette 4: The stair at Carrick Point") had named: the frame still open goes on
        if state.opener is not None and views and not views[0].terminal and view.names & views[0].names:
            return state
    return None


# a lead going back to a time of the story by its clock ("Back in week nine, …", "Back on day 3, …") or to
# its world by a word the story used ("Back in the paulownia world, …")
_BACK_TO = re.compile(
    r"^[^a-z0-9]*(?:(?:so|and|now|meanwhile|but|then)\s+)?back\s+(?:in|at|on|to|into)\s+(?:"
    r"(day|week|month|hour|phase|stage|round|move|turn)\s+([0-9]{1,3}|[a-z]+)\s*,"
    r"|(?:the|that|this)\s+([a-z][a-z-]*)\s+world\b)"
)


def _goes_back_to(when: re.Match[str], frame: _State) -> bool:
    """Whether a lead ``_BACK_TO`` matched goes back to a time or a world of ``frame``'s story by words
    the story used."""
    if frame.vocab is None:
        return False
    unit, number, world = when.groups()
    if world is not None:  # the rule that reads the lead leaves out the real and the actual world
        return world in frame.vocab
    return unit in frame.vocab and (number.isdigit() or number in frame.vocab)


def _heads(views: Sequence[SentenceView], state: _State, i: int) -> bool:
    """Whether the frame open at a dateline ``i`` was opened in the header of the article it starts.

    "Alternate history: The Day Britain Voted to Remain" over "LONDON — On the morning of
    …" heads the very article the dateline starts, so the frame goes on into it. So does
    one opened by whatever stands above a text's first dateline, a few lines in: a question
    for a title ("What If the Library Had Never Burned?"), an editor's note.
    """
    if state.opener is None:
        return False
    above = views[i - 1]
    if above.terminal and state.prev_in and "handover" in above.hits:
        return True  # "Here is the match report we would have filed." inside the frame, over "ISTANBUL — …"
    # "Here is how a local paper in that world might report on one forge." under the opener, then the
    # report's headline over "KESTERBY - …": the line handed over the article the dateline starts
    j = i - 1
    while j > state.opener and not views[j].terminal and i - j <= 2:
        j -= 1
    if j > state.opener and j < i - 1 and views[j].terminal and "handover" in views[j].hits:
        return True
    if state.opener == i - 1:
        return not above.terminal or i <= _HEADER
    if not above.terminal:
        # a headline of its own heads the new article, unless the frame was opened just above it
        # at the top of the text, with nothing told yet: a preface handing over the article ("Here's
        # an alternate-history news piece …"), its headline, then "PARIS — …"
        # (a text announcing itself may put a note, a masthead or a byline there too)
        between = range(state.opener + 1, i)
        preface = all(not views[j].terminal or state.announced for j in between)
        top = _HEADER + 2 if state.announced else _HEADER
        return preface and i <= top and not any(
            "new_document" in views[j].hits and views[j].terminal for j in range(i))
    return i <= _HEADER and not any("new_document" in views[j].hits for j in range(i))


# a dateline or an issue line: the date stands before a dash within the line's first words
# ("BRIG, Switzerland, September 3, 2060 — …"), not in a sentence ("It is the spring of 2042, …")
_DATED_LINE = re.compile(r"^[^—–|]{0,90}?(?:—|–|--|\s-\s|\|)")
_HEADER = 3  # sentences above a text's first dateline that can be its header (title, standfirst, note)
_DATELINE_START = re.compile(r"^\W*[^\W\d_a-zß-öø-ÿ]{2,}(?:\s+[^\W\d_a-zß-öø-ÿ]{2,})*,")  # "NEW ORLEANS, …"


@dataclass
class _State:
    """The decoder's memory inside a document."""

    opener: int | None = None
    prev_in: bool = False
    last_in: int = -1
    vocab: set[str] | None = None
    out_vocab: set[str] | None = None
    plain_out: int = 0
    names: set[str] | None = None
    year: int = 0  # the latest year the opener names (the imagined present), 0 if none
    modes: dict[str, int] | None = None  # tenses of the sentences inside so far
    quoted: bool = False  # the last sentence inside left a quotation open
    told: bool = False  # the frame was opened inside a quotation (a speaker's scenario)
    last_tense: str = ""  # the tense of the last sentence inside that has one
    case: bool = False  # the opener sets up a case ("Consider …", "Imagine …"), not a setting
    drill: bool = False  # the opener names the exercise or war game whose scenario it sets up
    told_in: int = 0  # sentences placed inside so far, the opener's own line not counted
    announced: bool = False  # the opener is the text announcing itself ("This report belongs to …")
    dated: bool = False  # a dateline dates the text ahead ("BRIG, Switzerland, September 3, 2060 — …")
    named: bool = False  # its dateline names its imagined world ("PARIS, … (in this imagined timeline) —")
    aside: int = -1  # a paragraph opened by a turn to the real world ("In reality, …"), left outside

    @classmethod
    def opened(cls, i: int, view: SentenceView, text: str, lead: bool = False) -> _State:
        """The state right after sentence ``i`` (``text``) opens a frame.

        A scenario set up in a quotation is its speaker's: told inside a quotation left open,
        or quoted whole in a remark, it ends with the quotation.
        """
        return cls(opener=i, prev_in=True, last_in=i, vocab=set(view.words), out_vocab=set(),
                   names=set(view.names), year=view.year or _undated_future(view), modes={},
                   quoted=view.quote > 0,
                   told=view.quote > 0 or _quoted_remark(text, view),
                   case=view.opener is not None and view.opener[0] == "open_imperative",
                   announced=view.opener is not None and (
                       view.opener[0] == "open_announced" or "handover" in view.hits),
                   named=view.opener is not None and view.opener[0] == "open_setting"
                   and _DATELINE_START.match(text) is not None,
                   drill=_EXERCISE.search(text.lower()) is not None,
                   dated=view.opener is not None and view.opener[0] == "open_future_date"
                   and (_DATED_LINE.match(text) is not None or (lead and view.tense in ("past", "perfect"))))

    @property
    def setting(self) -> bool:
        """Whether the frame is the article's setting: set up in its first lines, not an exercise's.

        A text announcing itself ("This dispatch is machine-written: …") or naming the imagined
        world its report is set in ("NEW ORLEANS, 20 December 1803 (in this imagined timeline,
        …) — …") may do so under its headline, dateline and lead, a line or two further down.
        """
        if self.opener is None or self.drill:
            return False
        return self.opener <= 2 or ((self.announced or self.named) and self.opener <= _HEADER + 1)

    @property
    def whole_text(self) -> bool:
        """Whether the frame is the whole text below its header: announced by it, or dated ahead in its lead.

        "Here's a hypothetical Bloomberg-style article." hands over an article that is imagined down
        to its closing lines; so does a dateline no report could carry yet ("BRIG, Switzerland,
        September 3, 2060 — …") under a headline, a standfirst and a byline.
        """
        if self.announced:
            return True
        return self.dated and not self.drill and self.opener is not None and self.opener <= _HEADER + 1

    def announcing(self, i: int) -> bool:
        """Whether sentence ``i`` still belongs to the text's announcement of itself.

        Under "Here's a scenario-style news report for your newsletter." a label line
        ("PREPAREDNESS SCENARIO: THIS EVENT HAS NOT HAPPENED") a line or two below says again
        what the text is: it opens no frame of its own, and the article below stays the
        announced one.
        """
        return self.announced and self.opener is not None and i - self.opener <= _HEADER

    def left_for_good(self, view: SentenceView) -> bool:
        """Whether a sentence left outside ends the frame for good.

        A closing note ("None of this happened.") always does; so does a note that the story's
        people are invented, once some of the story was told. A turn to the real world ("In
        reality, both airlines had withdrawn the type in 2003.") does where a case was set up
        further down a text or by the reader's imagining ("Imagine a city that kept its trams"),
        or where the premise was named and nothing told yet (a review); counterfactual news,
        whose whole article is the imagined world, goes on with its story after it.
        """
        if "exit_marker" in view.hits:
            # under a preface announcing the story, before any of it is told ("Below is a
            # hypothetical analysis …", "No such invasion has taken place."), a disclaimer of the
            # preface: the story below is the announced one
            return not (self.announced and self.told_in == 0)
        if "exit_invented" in view.hits:
            # "Joan is an invention, but …" after her day was told; under the opener, before
            # any of it ("The farmer and her neighbours are invented; …"), an editor's aside
            return self.told_in >= 2
        return "exit_reality" in view.hits and not (self.setting and not self.case and self.told_in >= 2)

    def dated_before(self, view: SentenceView) -> bool:
        """Whether the sentence is dated in the real past, before the year the scenario is set in.

        A year between now and a future scenario's own ("stopped in 2035" in a story set in
        2040) is the imagined world's history, not real background.
        """
        return bool(self.year and view.year and view.year < min(self.year, _REAL_PAST_END))

    def mode(self) -> str:
        """The tense the frame is narrated in so far ("" before any sentence with one).

        The perfect, which goes with a past or a present narration alike, is the mode only
        while no sentence inside has had another tense.
        """
        if not self.modes:
            return ""
        plain = {k: n for k, n in self.modes.items() if k != "perfect"} or self.modes
        return max(sorted(plain), key=lambda k: plain[k])

    def update(self, i: int, view: SentenceView, inside: bool) -> None:
        """Record the decision on sentence ``i``."""
        assert self.vocab is not None and self.out_vocab is not None
        if inside:
            self.last_in, self.plain_out = i, 0
            self.told_in += 1
            self.vocab |= view.words
            if self.names is not None:
                self.names |= view.names
            if view.tense and self.modes is not None:
                self.modes[view.tense] = self.modes.get(view.tense, 0) + 1
                self.last_tense = view.tense
            self.quoted = (self.quoted and view.quote == 0) or view.quote > 0
        else:
            self.out_vocab |= view.words
            if not (view.hits & _ASIDES or self.dated_before(view)):
                self.plain_out += 1
            self.quoted = False
        self.prev_in = inside


# The horizon of the future-dated opener rules ("In 2040, …"): a year from here on is not yet real.
_IMAGINED_YEAR = 2030
# The first year after this release's: no real background is dated in it or later, so in a story set
# beyond it such a year is the imagined world's own history ("the referendum of 2029" told from 2031).
_REAL_PAST_END = 2027


def _undated_future(view: SentenceView) -> int:
    """The year a future frame that names none is set in: past the horizon, so no past year is its own.

    "Some night, decades from now, you will be the astronomer on shift …": a year named later
    ("In December 2004 the asteroid Apophis …") is real background.
    """
    return _IMAGINED_YEAR if view.opener is not None and view.opener[1] is Kind.PREDICTION else 0


def stay_features(
    claims: Sequence[Claim], views: Sequence[SentenceView], i: int, state: _State
) -> dict[str, float]:
    """Features of sentence ``i`` for staying in the active frame, given the decoder state."""
    v, c = views[i], claims[i]
    assert state.opener is not None
    f = dict(_static_features(v.hits))
    if "reply_that" in v.hits and not (state.names and v.first in state.names):
        # "Searle replies that …": a writer answering the case; "Ferrow replies that …", one of the
        # case's own people, goes on with it
        f["exit_argument"] = 1.0
    if "topic_work" in v.hits and not state.whole_text:
        # a book, a film or a game named is a topic, except in a text that announced itself as a
        # story (or dated its lead ahead): there it is what the story is about
        f["topic"] = 1.0
    if c.local_label is Label.SPECULATION:
        f["local_spec"] = 1.0
        if Kind.HYPOTHETICAL in c.kinds:
            f["local_hypothetical"] = 1.0
    f["prev_in"] = float(state.prev_in)
    # Sentences left out for a stated reason (background, a definition, a quotation) are asides;
    # sentences left out for none mean the story has faded.
    f["gap"] = min(state.plain_out, 4) / 4.0
    f["gap_aside"] = min(i - 1 - state.last_in - state.plain_out, 4) / 4.0
    f["new_para"] = float(i > 0 and _opens_paragraph(claims, i))
    f["overlap_in"] = _overlap(v.words, state.vocab or set())
    f["overlap_out"] = _overlap(v.words, state.out_vocab or set())
    known = bool(state.names is not None and (v.names & state.names or v.first in state.names))
    f["names_in"] = float(known)
    if "exit_quote" in v.hits or "exit_attribution" in v.hits:
        # A speaker of the imagined story talks about its people and places; "she told the
        # crowd" right after the story names her speaks inside it too.
        f["quote_overlap"] = f["overlap_in"]
        # A quotation that also names people the frame has never met is a real speaker's.
        only_known = known and not v.names - (state.names or set())
        speaker = state.prev_in and _PRONOUN_SPEAKER.search(c.text) is not None
        f["quote_names_in"] = float(only_known or speaker)
        # Someone the frame has never met, speaking about a scenario told in "would" (nobody
        # is quoted inside a conditional projection): a real commentator on it. A story told
        # in plain tense quotes its own new characters.
        if state.mode() in ("would", ""):
            f["speaker_new"] = float(bool(v.names) and not known and not speaker)
            if f["speaker_new"]:
                f.pop("stay_marker", None)  # "in this scenario" is then the commentator's topic
        else:
            f["story_quote"] = float(state.prev_in)
            # after an aside too, where the story is the article's setting: its people go on talking
            f["article_quote"] = float(bool(state.setting and not state.case))
    # A year before the one the scenario is set in dates real background ("Had the vote passed
    # in 2016, …" / "The vote had been called in 2015").
    f["year_before"] = float(state.dated_before(v))
    if "baseline_year" in v.hits:
        # "31 centimetres above its 2020 level": a year a figure is measured against dates nothing
        f.pop("year", None)
        f["year_before"] = 0.0
    # In a scenario set in the future, a year still to come is the imagined world's time: its
    # present named again, even after an aside ("Back in 2041, …"), or, told straight on, its own
    # history ("Insurers left in 2035"). Once the text has turned to the real world, a year to
    # come is a real forecast's ("to grow until 2030"). A past year is as often the real
    # background of a counterfactual ("the 2000 election").
    # A year to come told in the past tense ("released free of licence in 2041") is no real
    # forecast's: it is the imagined world's own history, after an aside too.
    f["year_imagined"] = float(
        state.year >= _IMAGINED_YEAR and v.year >= _IMAGINED_YEAR
        and (v.year == state.year or state.prev_in or v.tense == "past")
    )
    if f["year_imagined"]:
        f.pop("year", None)  # the imagined world's date, not the real background a year usually is
    # A year after it, in a story told in plain tense, dates the story's own next events ("By the
    # early 1980s, commuters travelled …" after "the tunnel was completed in 1974").
    f["year_after"] = float(
        bool(state.year and v.year > state.year and state.mode() in ("past", "present", "perfect")))
    f["opener_like"] = float(v.opener is not None)
    # A scenario set up in a text's first lines is the setting of the whole article (the
    # hypothetical term, the imagined world): it goes on after an aside or a stretch the model
    # doubted, where a case set up further down an explainer has faded. A case set up there
    # ("Consider …", "Imagine …") is weighed apart: explainers tell it among general truths.
    # An exercise's scenario is not the article's setting: the report goes on about the
    # exercise itself (who took part, what the debrief found).
    if state.setting:
        f["article"] = 1.0
        f["article_gap"] = f["gap"]
        f["article_after_out"] = float(not state.prev_in)
        if state.case:
            f["article_case"] = 1.0
    f["question"] = float(c.text.rstrip("\"'”’) ").endswith("?"))
    f["short"] = float(v.n_words <= 5)
    f["headline"] = float(not v.terminal)
    # A pronoun right after a sentence left outside refers to what that sentence was about;
    # "he" or "she" after one that named nobody the frame has not met is the story's person
    # again ("Eko Atlantic was built on sand …" about a place of the story, then "She …").
    pronoun = None if state.prev_in else _PERSONAL_START.match(c.text)
    f["pronoun_after_out"] = float(pronoun is not None and (
        pronoun.group("pronoun").lower() not in _PERSON_PRONOUNS
        or bool(views[i - 1].names - (state.names or set()))
    ))
    # People and places the frame has never met, and none it has.
    f["names_new"] = float(bool(v.names) and not known)
    # A speaker of the frame still talking: the quotation opened inside is not closed yet.
    f["quote_goes_on"] = float(state.quoted and state.prev_in)
    # A scenario a speaker set up in a quotation ends with the quotation: the narrator is back.
    f["quote_over"] = float(state.told and not state.quoted and "exit_quote" not in v.hits)
    f["opener_new_para"] = f["opener_like"] * f["new_para"]
    # Tense and mood against the frame's: a story told in the past does not slip into
    # the present for no reason, nor one told in "would" into plain statements or hedges.
    mode = state.mode()
    tenses = ("past", "present")
    # (a direct quotation is in its speaker's tense, not the narrator's)
    shift = mode in tenses and v.tense in tenses and v.tense != mode
    f["tense_shift"] = float(shift and "exit_quote" not in v.hits)
    if mode == "would" and v.tense != "would":
        if c.local_label is Label.SPECULATION and Kind.HYPOTHETICAL not in c.kinds:
            f["would_to_hedge"] = 1.0
        elif c.local_label is not Label.SPECULATION:
            f["would_to_plain"] = 1.0
        settled = state.last_tense == "would" and (state.modes or {}).get("would", 0) >= 2
        if settled and Kind.HYPOTHETICAL not in c.kinds:
            # a scenario told in "would" up to here, for two sentences or more, does not go on in
            # plain statements (one told in the present after "In this scenario, …" may)
            f["would_settled"] = 1.0
    return f


@lru_cache(maxsize=1024)
def _static_features(hits: frozenset[str]) -> tuple[tuple[str, float], ...]:
    """The stay features a sentence's rule hits give, in ``_STATIC`` order after the bias (a
    document repeats few combinations of hits, so each is worked out once)."""
    return (("bias", 1.0), *((name, 1.0) for name in _STATIC if name in hits))


def repeated_lines(claims: Sequence[Claim]) -> frozenset[str]:
    """Sentences a document repeats word for word: message headers and recurring labels, no narration."""
    seen: set[str] = set()
    twice: set[str] = set()
    for c in claims:
        (twice if c.text in seen else seen).add(c.text)
    return frozenset(twice)


def _prob(coef: Mapping[str, float], features: Mapping[str, float]) -> float:
    # the same products summed in the same order as a loop over the features, at C speed
    z = sum(map(mul, map(coef.get, features, repeat(0.0)), features.values()))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def rank_openers(patterns: Sequence[FramePattern], coef: Mapping[str, float]) -> tuple[FramePattern, ...]:
    """Opener rules strongest first, so a sentence's candidate is its most telling cue."""

    def strength(p: FramePattern) -> float:
        return -coef.get(p.feature, 0.0) if p.feature.startswith("open_") else 0.0

    return tuple(sorted(patterns, key=strength))


@lru_cache(maxsize=1)
def _default_patterns() -> tuple[FramePattern, ...]:
    return load_frame_patterns()


@lru_cache(maxsize=1)
def _default_params() -> dict[str, Any]:
    return load_frame_params()


# an announcement that speaks of the text after it, not of the lines above ("What follows is …",
# "This report looks at how London would be affected …", "Let me tell you a parable I made up.")
_FORWARD = re.compile(
    r"\b(?:follows?|following|below|next|ahead|coming|describes|looks\s+at|examines|explores|sketches"
    r"|let\s+me\s+tell|i['’]ll\s+tell|here(?:['’]s|\s+is)\s+how)\b"
)

# An item of a list: "1. …", "2) …", "- …", "• …" (claims are stripped, so it starts the text).
# Under a heading left outside ("What we learned:", "Lessons") the items stay outside with it.
_LIST_ITEM = re.compile(r"(?:[0-9]{1,2}[.)]|[-•*–])\s")
_LIST_MARKS = frozenset("0123456789-•*–")  # the characters an item can start with (a cheap test first)

# What keeps a sentence out of an account a closing note confirms: a stated reason. A quotation
# or a question above such a note is the account's own.
_CONFIRMED_OUT = (_ASIDES - {"exit_quote", "question"}) | {"exit_structural"}


def _confirm(
    views: Sequence[SentenceView], first: int, stop: int, opener: int, assigned: list[int | None], year: int
) -> None:
    """Put sentences ``first`` up to ``stop`` into the frame of ``opener``, except those kept out.

    A closing note says the whole text above it is imagined, so a line the stay model
    doubted (a stretch with no name the frame had met) is inside after all; real background
    (past perfect, a year before the story's ``year``, a general truth) stays out; a quotation
    dated earlier is a character remembering, inside.
    """
    state = _State(opener=opener, year=year)
    for i in range(first, stop):
        w = views[i]
        before = state.dated_before(w) and "exit_quote" not in w.hits
        if assigned[i] is None and not (w.hits & _CONFIRMED_OUT or before):
            assigned[i] = opener


class FrameDetector:
    """Find frame openers and propagate their frame to the sentences that narrate it.

    Args:
        patterns: ``None`` for the bundled ``frames_patterns.jsonl``, a JSONL path, or dicts.
        params: ``None`` for the bundled fitted ``frames_params.json``, a path, or a mapping
            with ``opener`` and ``stay`` parts (``coef`` and ``threshold`` each; ``stay`` may
            add ``announced_margin``, how much lower the stay threshold is in a frame the text
            announced itself, "Here's a hypothetical … article").
        open_threshold, stay_threshold: override the fitted thresholds.
        frame_back: let a closing note that declares the text above it imagined ("Editor's
            note: This is a piece of alternate history.") frame that text when nothing above was
            framed. Off by default: the labelling convention frames only narration that follows
            its marker, and an account told as real is read as it is told. A note always
            confirms a frame set up in the text's first lines.

    >>> from claimcheck import Analyzer
    >>> doc = Analyzer(model="lexicon").analyze(
    ...     "Imagine a town where nobody owns a car. Buses run every minute. The streets are quiet.")
    >>> [(c.label.value, c.frame is not None) for c in doc.claims]
    [('speculation', False), ('speculation', True), ('speculation', True)]
    """

    def __init__(
        self,
        patterns: Source = None,
        params: Source = None,
        *,
        open_threshold: float | None = None,
        stay_threshold: float | None = None,
        frame_back: bool = False,
    ) -> None:
        self.patterns = patterns
        self.params = params
        self.open_threshold = open_threshold
        self.stay_threshold = stay_threshold
        if not isinstance(frame_back, bool):
            raise TypeError(f"FrameDetector() expects frame_back as a bool, got {type(frame_back).__name__}")
        self.frame_back = frame_back
        patterns_ = _default_patterns() if patterns is None else load_frame_patterns(patterns)
        self.params_ = _default_params() if params is None else load_frame_params(params)
        self.patterns_ = rank_openers(patterns_, self.params_["opener"]["coef"])
        openers = tuple(p for p in self.patterns_ if p.kind is not None)
        open_gate, gate = _Gate(openers, openers=True), _Gate(self.patterns_, openers=False)
        self._gates = (open_gate, gate)
        # the trigger literals of the rules that name a place going back into a story ("Back at …"):
        # after a frame was left for good, only a sentence holding one is worth a view
        back = [p for p in patterns_ if p.feature == "back_in"]
        literals = sorted({lit for p in back for lit in p.literals})
        self._back_literals = None if any(p.trigger is None for p in back) else tuple(literals)
        # Per-sentence work depends on the sentence text alone: cache it like the cue matcher does.
        self._opener_of = lru_cache(maxsize=_CACHE_SIZE)(
            lambda text: _opener(text, text.lower(), openers, open_gate)
        )
        self._view_of = lru_cache(maxsize=_CACHE_SIZE)(
            lambda text: _view(text, self.patterns_, self._opener_of(text), gate, open_gate)
        )

    def __getstate__(self) -> dict[str, Any]:
        keys = ("patterns", "params", "open_threshold", "stay_threshold", "frame_back")
        return {k: getattr(self, k) for k in keys}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["patterns"], state["params"], open_threshold=state["open_threshold"],  # type: ignore[misc]
                      stay_threshold=state["stay_threshold"], frame_back=state.get("frame_back", False))

    def prepare(self) -> FrameDetector:
        """Compile every rule and trigger scan now instead of on first use; return ``self``.

        Rules are compiled lazily so that a short script pays only for those its text
        needs. A service that runs for hours can pay for all of them at start, before it
        forks workers (which then share them) or takes its first request.
        """
        for pattern in self.patterns_:
            pattern.readers()
        for gate in self._gates:
            gate.prepare()
        return self

    def _threshold(self, part: str) -> float:
        own = self.open_threshold if part == "opener" else self.stay_threshold
        return float(own if own is not None else self.params_[part]["threshold"])

    # -- decoding -------------------------------------------------------------

    def decode(
        self, claims: Sequence[Claim], trace: list[tuple[int, int, dict[str, float]]] | None = None
    ) -> tuple[list[int | None], dict[int, tuple[Kind, int, int]]]:
        """Which opener each sentence inherits from (``None``: no frame), and the openers.

        Openers map a sentence index to the frame's kind and cue span. ``trace``, when
        given, receives ``(sentence, opener, stay features)`` for every stay decision
        (training uses it to learn from the states the decoder itself reaches).
        """
        candidates = [self._opener_of(c.text) is not None for c in claims]
        if not any(candidates):
            return [None] * len(claims), {}
        views = _Views(claims, self._view_of)
        open_coef = self.params_["opener"]["coef"]
        stay_coef = self.params_["stay"]["coef"]
        t_open, t_stay = self._threshold("opener"), self._threshold("stay")
        # a text that announced itself ("Here's a hypothetical Bloomberg-style article.") or dated its
        # lead ahead is that story down to its closing lines: the stay model is given more benefit of
        # the doubt
        t_announced = t_stay - float(self.params_["stay"].get("announced_margin", 0.0))
        assigned: list[int | None] = [None] * len(claims)
        openers: dict[int, tuple[Kind, int, int]] = {}
        repeats: frozenset[str] | None = None

        def repeated(text: str) -> bool:
            nonlocal repeats
            if repeats is None:
                repeats = repeated_lines(claims)
            return text in repeats

        state = _State()
        closed: _State | None = None  # the document's last frame, left for good ("In reality, …")
        handovers: list[int] = []  # lines under an opener that hand over the text telling its case
        listing = False  # the sentence is an item of a list under a heading left outside
        for i in range(candidates.index(True), len(claims)):
            # "What we learned:" (or a heading line, "Lessons") left outside, then "- We don't have a
            # named person …": the list's items are the heading's, not the story's
            line = claims[i].text
            listing = bool(
                line[:1] in _LIST_MARKS and i and assigned[i - 1] is None and _LIST_ITEM.match(line)
                and (listing or claims[i - 1].text.rstrip().endswith(":") or not views[i - 1].terminal)
            )
            if state.opener is None and not (candidates[i] and self._may_open(claims, i)):
                # only "Back on Carrick Head, …" may go back into a frame left for good
                if closed is None or not self._may_go_back(claims[i].text) or "back_in" not in views[i].hits:
                    continue
            v = views[i]
            if "reset" in v.hits:
                if not state.announcing(i):  # a rule under a preface ("Here's …", then "---") is no new text
                    state, closed = _State(), None
                continue
            if "new_document" in v.hits and not _heads(views, state, i):
                state, closed = _State(), None
                j = i - 1  # the new article's headline came before its dateline
                while j >= 0 and assigned[j] is not None and not views[j].terminal:
                    assigned[j] = None
                    j -= 1
            if state.opener is not None and not candidates[i] and (
                "exit_structural" in v.hits or (not v.terminal and repeated(claims[i].text))
            ):
                continue  # headers, bylines, list numbers and recurring labels sit outside the story
            if state.opener == i - 1 and _hands_over(v):
                # "Imagine a world where … Here's a feature from that world.": the line is the writer's,
                # and the text it hands over is the case's down to its closing lines
                # (an exercise's question put to its players announces no story: findings follow it)
                state.announced = state.announced or "puts_case" not in v.hits
                handovers.append(i)
                continue
            if state.announcing(i) and state.told_in == 0 and v.hits & _CLOSING and not candidates[i]:
                # "The hospital, the trust and everyone quoted are invented." under "Here's a realistic
                # but fictional news report …": the preface's own disclaimer, and the announced story
                # follows it as if nothing had come between
                handovers.append(i)
                continue
            if state.opener is not None and "play_resumes" in v.hits and not candidates[i]:
                # "Play then resumed.": the writer's line after the players' discussion; the story goes on
                # below it as if nothing had come between
                state.prev_in, state.plain_out, state.last_in, state.aside = True, 0, i, -1
                continue
            label = state.opener
            if label is not None and label in openers and _sets_up_under(views[label], v) and (
                label == i - 1 or _background_under_label(views, label, i, assigned)
            ):
                # the line under a label or an announcement that sets the scenario up is the opener
                # proper: the frame moves to it, and it stays outside the story as an opener does
                assert v.opener is not None
                _, kind, start, end = v.opener
                del openers[label]
                openers[i] = (kind, claims[i].start + start, claims[i].start + end)
                announced = state.announced
                state = _State.opened(i, v, claims[i].text, _leads(views, i))
                state.announced = state.announced or announced
                for j in range(i):  # a headline framed under the label is the story's, under its opener
                    if assigned[j] == label:
                        # the lines between a label and the case it sets up are the case's background
                        assigned[j] = i if j < label else None
                continue
            stays = False
            # a label line ("Case 2 (Footbridge).", "Scenario B:") starts the next case, not more of this one
            relabel = v.opener is not None and v.opener[0] == "open_label" and not state.announcing(i)
            if state.opener is not None and not relabel:
                features = stay_features(claims, views, i, state)
                stays = _prob(stay_coef, features) >= (t_announced if state.whole_text else t_stay)
                if stays and v.hits & _CLOSING and state.left_for_good(v):
                    stays = False  # "None of this happened.", "Joan is an invention, …": the story is over
                if state.aside == claims[i].paragraph:
                    # a paragraph that opens "In reality, …" is the real world's to its end, unless the
                    # writer goes back ("Back in the alternative timeline, …")
                    if v.hits & _RETURNS:
                        state.aside = -1
                    else:
                        stays = False
                if listing:
                    stays = False
                if trace is not None:
                    trace.append((i, state.opener, features))
            resumed = None if stays else _resumed(v, state, closed, views, claims[i].text)
            if resumed is not None:
                # "In this version of events, …" after an aside: the frame the text opened goes on
                state, closed = resumed, None
                state.aside = -1
                assigned[i] = state.opener
                state.update(i, v, True)
                continue
            # a sentence that stays inside opens nothing, so the opener model is asked only otherwise
            opens = (
                not stays
                and candidates[i]
                and "veto_open" not in v.hits
                and not state.announcing(i)
                and _prob(open_coef, opener_features(claims, views, i, self.patterns_)) >= t_open
            )
            if opens:
                assert v.opener is not None
                _, kind, start, end = v.opener
                openers[i] = (kind, claims[i].start + start, claims[i].start + end)
                state = _State.opened(i, v, claims[i].text, _leads(views, i))
                self._frame_headline(claims, views, i, state, assigned)
                forward = "handover" in v.hits or _FORWARD.search(claims[i].text.lower())
                if state.setting and state.announced and len(openers) == 1 and not forward:
                    # "This report belongs to a made-up timeline, …" under the story's headline and
                    # lead speaks of the whole text, the lines above it too ("What follows is …"
                    # and a line handing over the text, "Here is the setup.", speak of what comes after)
                    _confirm(views, 0, i, i, assigned, 0)
                continue
            if state.opener is None:
                continue
            if stays:
                assigned[i] = state.opener
            elif state.left_for_good(v):
                # "In reality, …": the writer has left the frame for good, unless the text says
                # it goes back ("In this telling, …")
                state.update(i, v, False)
                state, closed = _State(), state
                continue
            if not stays and "exit_reality" in v.hits and _opens_paragraph(claims, i):
                state.aside = claims[i].paragraph
            state.update(i, v, stays)
        self._closing_note(claims, views, candidates, assigned, openers)
        for i in handovers:
            assigned[i] = None  # a closing note confirms the story, not the line that handed it over
        return assigned, openers

    def _closing_note(
        self, claims: Sequence[Claim], views: Sequence[SentenceView], candidates: Sequence[bool],
        assigned: list[int | None], openers: dict[int, tuple[Kind, int, int]],
    ) -> None:
        """Confirm the frame of an account a closing note declares imagined.

        Counterfactual news is sometimes told straight, as if real, and only a note in its
        second half says so ("The events in this report are imagined", "the researchers and
        results described above are invented"). Where one frame was set up in the text's first
        lines, the note confirms it. Where nothing above the note was framed, the account was
        told as real and stays so, unless ``frame_back`` is set: then the text above is a frame
        pointing at the note, and the account is over after it. Either way a sentence above
        is inside unless it was left out for a stated reason.
        """
        n = len(claims)
        for r in range(n // 2, n):
            # such a note announces the text ("This article is …"): other candidates are passed
            # over before their view is built
            found = self._opener_of(claims[r].text) if candidates[r] else None
            if found is None or found[0] != "open_announced" or "retro" not in views[r].hits:
                continue
            assigned[r] = None  # the note speaks about the text, from outside its story
            before = [o for o in openers if o < r]
            if not before and any(a is not None for a in assigned[:r]):
                return  # the note opened the text's frame and took in the lines above it itself
            # the note speaks of the text above it: what follows it ("In reality, …", "The USGS says …")
            # is not its frame
            for j in range(r + 1, n):
                if assigned[j] == r:
                    assigned[j] = None
            openers.pop(r, None)
            if before:
                # it confirms the frame set up in the text's first lines
                if len(before) == 1 and before[0] <= 2:
                    _confirm(views, before[0] + 1, r, before[0], assigned, views[before[0]].year)
                return
            if not self.frame_back:
                return
            _, kind, start, end = found
            openers[r] = (kind, claims[r].start + start, claims[r].start + end)
            # the story's own date is its lead's ("SYDNEY, 20 October 1973 — …"): years before it
            # date real background ("Uruguay won the first World Cup in 1930")
            lead = next((views[j].year for j in range(min(_HEADER, r)) if views[j].year), 0)
            _confirm(views, 0, r, r, assigned, lead)
            return

    def _may_go_back(self, text: str) -> bool:
        """Whether ``text`` holds a trigger literal of a rule that goes back to a place of the story.

        A necessary condition for the ``back_in`` hit, tested before the sentence's view is built.
        """
        if self._back_literals is None:  # a rule with no trigger: any sentence may
            return True
        lowered = text.lower()
        return any(lit in lowered for lit in self._back_literals)

    def _may_open(self, claims: Sequence[Claim], i: int) -> bool:
        """Whether candidate ``i`` is worth weighing when no frame is open.

        A plain conditional is a scenario only when the text goes on to say what
        would happen in it: one of the next two sentences is locally
        hypothetical. Without that the opener model never reaches its threshold
        (on the frames data, the fixtures and the benchmark corpus), and news is
        full of conditionals, so they are passed over before any view is built.
        """
        opener = self._opener_of(claims[i].text)
        if opener is None:
            return True
        whatif = _asks_what_if(claims[i].text, opener)
        if whatif and i + 1 < len(claims) and _opens_paragraph(claims, i + 1):
            # a title "What would happen if the Gulf Stream shut down?" over "The Gulf Stream is a
            # fast, warm ocean current.": an explainer's question, answered by the facts first
            after = self._view_of(claims[i + 1].text).hits
            if after & {"exit_definition", "exit_general"}:
                return False
            # "What if the Moon vanished?" over "… imagine it gone. Suppose that tonight …": the
            # title asks the question; the text sets its case up itself a few lines below
            below = (self._opener_of(c.text) for c in claims[i + 1 : i + 4])
            if any(o is not None and o[0] == "open_imperative" for o in below):
                return False

        if whatif and i <= 1 and i + 3 < len(claims):
            # "What if the guide frame had buckled?" as the title, over the real history, then "Had the
            # frame … buckled in that gale, …": the text tells its counterfactual from there
            # (or "What happens when a fog signal fails?" over the method, then "What if the compressor
            # … stopped during a night of thick fog?": the text asks its own case's question there)
            lead = (self._opener_of(c.text) for c in claims[i + 1 : i + 3])
            later = ((c.text, self._opener_of(c.text)) for c in claims[i + 3 : i + 8])
            sets_up = any(
                (o is not None and o[0] == "open_counterfactual") or _asks_what_if(t, o) for t, o in later
            )
            if sets_up and all(o is None for o in lead):
                return False
        if opener[0] == "open_described":
            # "A man is …" is news unless a puzzle was just named (see opener_features)
            return _after_puzzle(claims, i)
        if opener[0] != "open_conditional":
            return True
        return any(map(_says_what_would_happen, claims[i + 1 : i + 3]))

    def _frame_headline(
        self, claims: Sequence[Claim], views: Sequence[SentenceView], i: int, state: _State,
        assigned: list[int | None],
    ) -> None:
        """A headline just before an early opener states what happens in the imagined world.

        The headline is the text's first line, or the line under an assistant's preface ("Here
        you go:") where the lead opener comes right after it.
        """
        h = 0
        if 2 <= i <= 3 and all(views[j].hits & _PREFACE and views[j].n_words <= 12 for j in range(i - 1)):
            h = i - 1
        head = views[h]
        if not h + 1 <= i <= h + 2 or head.terminal or head.opener is not None or head.n_words < 3:
            return
        outside = {"exit_meta", "exit_structural", "veto_open", "stay_marker", "about_exercise", *_TOPICAL}
        if head.hits & outside or _PUZZLE.search(claims[h].text.lower()) is not None:
            return  # a headline about the exercise, the study or the puzzle, not inside its story
        if not _opens_paragraph(claims, h + 1):
            return
        if i == h + 2 and views[h + 1].terminal and claims[h + 1].local_label is Label.FACT:
            return  # a report's own lead came between: the headline is the report's
        ahead = replace(state, year=0, quoted=False, told=False)  # the frame just opened at i, undated
        features = stay_features(claims, views, h, ahead)
        features["dist"] = math.log1p(i - h)
        if _prob(self.params_["stay"]["coef"], features) >= self._threshold("stay"):
            assigned[h] = i

    def apply(self, text: str, claims: Sequence[Claim]) -> tuple[tuple[Claim, ...], tuple[Frame, ...]]:
        """Return the claims with frames applied, and the frames.

        Openers keep their own label, gain the frame's kind and cue; covered
        sentences become speculation with the frame's kind and ``frame`` set.
        ``local_label``, ``score`` and ``cues`` of covered sentences are kept.
        """
        claims = tuple(claims)
        assigned, openers = self.decode(claims)
        if not openers:
            return claims, ()
        frames: dict[int, Frame] = {}
        by_opener: dict[int, list[int]] = {}
        for j, a in enumerate(assigned):
            if a is not None:
                by_opener.setdefault(a, []).append(j)
        for o, (kind, start, end) in openers.items():
            covers = tuple(by_opener.get(o, ()))
            if not covers:
                continue
            cue = next(
                (q for q in claims[o].cues if q.start < end and start < q.end and q.kind is kind),
                Cue(text[start:end], start, end, kind),
            )
            frames[o] = Frame(kind, cue, o, covers)
        out = list(claims)
        for o, frame in frames.items():
            opener = out[o]
            cues = opener.cues if frame.cue in opener.cues else tuple(sorted((*opener.cues, frame.cue),
                                                                              key=lambda q: q.start))
            out[o] = _speculation(opener, opener.kinds | {frame.kind}, cues, opener.frame)
            for j in frame.covers:
                c = out[j]
                out[j] = _speculation(c, c.kinds | {frame.kind}, c.cues, frame)
        return tuple(out), tuple(frames[o] for o in sorted(frames))
