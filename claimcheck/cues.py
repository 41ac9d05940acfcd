"""Cue matching: find the spans that make a sentence speculative, and their kinds.

The words live in ``claimcheck/data/cues.jsonl``; this module holds only the
matcher. Each line of the lexicon is one rule::

    {"id": "may", "kind": "hedge", "trigger": "may", "pattern": "\\bmay\\b",
     "guards": [{"text": "^May$", "case_sensitive": true, "note": "'May' the month"}],
     "note": "epistemic may"}

``pattern`` is a regular expression (case-insensitive unless the rule sets
``case_sensitive``) in which ``{NAME}`` expands to a macro from the lexicon's
first line (``{"macros": {...}}``). ``trigger`` is a lower-case literal that
must occur in the sentence for the rule to be tried at all, which keeps matching
fast. A match is dropped when any of its ``guards`` holds; a guard holds when
all of its parts hold: ``before`` (searched in the sentence text before the
match), ``after`` (matched at the start of the text after it) and ``text``
(searched in the matched text). Guards encode the non-speculative uses of a
word ("may" the month, "will" the noun, past-ability "could"). When matches
overlap, the longest wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any, Union

from .document import Cue, Kind
from .errors import InputError, require_str

__all__ = ["CueRule", "CueMatcher", "load_lexicon", "default_matcher"]

LexiconSource = Union[str, "PathLike[str]", Iterable[Mapping[str, Any]], None]

_MACRO = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True, slots=True)
class _Guard:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    text: re.Pattern[str] | None
    note: str

    def holds(self, sentence: str, start: int, end: int) -> bool:
        if self.before is not None and self.before.search(sentence, 0, start) is None:
            return False
        if self.after is not None and self.after.match(sentence, end) is None:
            return False
        if self.text is not None and self.text.search(sentence[start:end]) is None:
            return False
        return True


@dataclass(frozen=True, slots=True)
class CueRule:
    """One compiled lexicon entry."""

    id: str
    kind: Kind
    trigger: str
    pattern: re.Pattern[str]
    guards: tuple[_Guard, ...]
    note: str = ""

    def find(self, sentence: str, lowered: str) -> list[tuple[int, int]]:
        if self.trigger and self.trigger not in lowered:
            return []
        spans = []
        for m in self.pattern.finditer(sentence):
            start, end = m.span("cue") if "cue" in self.pattern.groupindex else m.span()
            if start == end:
                continue
            if any(g.holds(sentence, start, end) for g in self.guards):
                continue
            spans.append((start, end))
        return spans


def _compile(pattern: str, macros: Mapping[str, str], case_sensitive: bool, where: str) -> re.Pattern[str]:
    def expand(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise InputError(f"{where}: unknown macro {{{name}}}; defined: {', '.join(sorted(macros))}")
        return f"(?:{macros[name]})"

    for _ in range(5):  # macros may use macros
        pattern = _MACRO.sub(expand, pattern)
    try:
        return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise InputError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc


def _rule(entry: Mapping[str, Any], macros: Mapping[str, str], where: str) -> CueRule:
    try:
        rule_id = str(entry["id"])
        kind = Kind(entry["kind"])
        raw = str(entry["pattern"])
    except (KeyError, ValueError) as exc:
        raise InputError(f"{where}: a rule needs 'id', 'kind' and 'pattern' ({exc})") from exc
    case_sensitive = bool(entry.get("case_sensitive", False))
    guards = []
    for g in entry.get("guards", ()):
        gcase = bool(g.get("case_sensitive", case_sensitive))
        parts = {
            key: _compile(g[key], macros, gcase, f"{where} guard") if g.get(key) else None
            for key in ("before", "after", "text")
        }
        guards.append(_Guard(parts["before"], parts["after"], parts["text"], str(g.get("note", ""))))
    return CueRule(
        id=rule_id,
        kind=kind,
        trigger=str(entry.get("trigger", "")).lower(),
        pattern=_compile(raw, macros, case_sensitive, f"{where} rule {rule_id!r}"),
        guards=tuple(guards),
        note=str(entry.get("note", "")),
    )


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
    for n, entry in enumerate(entries, 1):
        if "macros" in entry:
            macros.update(entry["macros"])
            continue
        rules.append(_rule(entry, macros, f"{where}:{n}"))
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

    def __getstate__(self) -> dict[str, Any]:
        return {"lexicon": self.lexicon}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["lexicon"])  # type: ignore[misc]

    def match(self, text: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """Cues in ``text[start:end]`` (one sentence), with offsets into ``text``."""
        text = require_str(text, "text", "CueMatcher.match")
        end = len(text) if end is None else end
        sentence = text[start:end]
        lowered = sentence.lower()
        found: list[tuple[int, int, Kind]] = []
        for rule in self.rules_:
            for s, e in rule.find(sentence, lowered):
                found.append((s, e, rule.kind))
        found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        kept: list[tuple[int, int, Kind]] = []
        for s, e, kind in found:
            # A nested cue survives only when it adds a kind ("will likely test"
            # is a prediction, its "likely" a hedge); same-kind overlaps collapse.
            if any(s < ke and ks < e and (kind is kk or not (ks <= s and e <= ke)) for ks, ke, kk in kept):
                continue
            kept.append((s, e, kind))
        return [Cue(text[start + s : start + e], start + s, start + e, kind) for s, e, kind in kept]

    def match_sentences(self, sentences: Iterable[str]) -> list[list[Cue]]:
        """Cues of each sentence, offsets relative to that sentence."""
        return [self.match(s) for s in sentences]


@lru_cache(maxsize=1)
def default_matcher() -> CueMatcher:
    """The matcher over the bundled lexicon, built once per process."""
    return CueMatcher()
