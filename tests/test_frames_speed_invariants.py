"""Frames: the cheap scans and shortcuts decide exactly as the plain computations they stand for."""

from __future__ import annotations

import gc
import random
import re
from dataclasses import replace

import pytest
from conftest import FIXTURES, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Analyzer, Kind, Label
from claimcheck.cues import _plain_ascii
from claimcheck.document import Claim, Cue, Frame
from claimcheck.frames import (
    _OPENING_PUNCT,
    _TOKEN,
    FrameDetector,
    _anchor,
    _Anywhere,
    _clauses,
    _fire,
    _fold,
    _Gate,
    _holds,
    _Scan,
    _sort,
    _speculation,
    _trie,
    _Views,
    load_frame_patterns,
)

PATTERNS = load_frame_patterns()

# Rules made up to reach the corners of the scans: a whole-word literal, one literal the
# prefix of another, literals with spaces, digits, apostrophes and punctuation, a literal
# whose word start is a whole-word literal ("so if"), and a hyphenated one.
ODD_RULES = [
    {"id": "a", "feature": "open_a", "kind": "hypothetical", "trigger": ["if", "ifs", "imagin", "imagine"],
     "pattern": r"\bif\b"},
    {"id": "b", "feature": "open_b", "kind": "prediction",
     "trigger": ["in 2", "it's", "so if", "made-up", "(x"], "pattern": r"\bin 2"},
    {"id": "c", "feature": "exit_c", "trigger": ["the ", ":", "a-b c-d", " is a", "'ll call", "ab"],
     "pattern": r"\bthe\b"},
    {"id": "d", "feature": "exit_d", "trigger": ["well", "we ", "-x", "x"], "pattern": "well"},
]
ODD_PATTERNS = load_frame_patterns(ODD_RULES)


def _pieces(patterns) -> list[str]:
    literals = sorted({lit for p in patterns for lit in p.literals})
    separators = [" ", "  ", "\t", "\n", "\u00a0", "\x1c", "-", "--", "'", "’", ",", ".", "(", "“", "x", "2"]
    separators += ["İ", "A"]
    return literals + [lit.upper() for lit in literals[:20]] + list(_OPENING_PUNCT) + separators


def _texts(patterns, n: int = 3000, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    pieces = _pieces(patterns)
    texts = ["", " ", "if", "If,", "(imagine", "re-imagine", "x-if", "--if", "in 2040", "so if it's"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]
    for path in sorted(FIXTURES.glob("*.txt")):
        texts += path.read_text(encoding="utf-8").splitlines()
    return texts


def _gates(patterns) -> list[_Gate]:
    return [_Gate(patterns, openers=True), _Gate(patterns, openers=False)]


@pytest.mark.parametrize("patterns", [PATTERNS, ODD_PATTERNS], ids=["bundled", "odd"])
def test_scans_find_what_the_word_loop_finds(patterns):
    for gate in _gates(patterns):
        for text in _texts(patterns):
            lowered = text.lower()
            assert gate.present(lowered) == gate.present(lowered, lowered.split()), text
            tokens = frozenset(_TOKEN.findall(lowered))
            assert gate.present_words(lowered) == gate.present(lowered, tokens), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_pieces(ODD_PATTERNS) + _pieces(PATTERNS)), max_size=14).map("".join))
def test_scans_find_what_the_word_loop_finds_on_any_mix(text):
    lowered = text.lower()
    for gate in _gates(ODD_PATTERNS) + _gates(PATTERNS):
        assert gate.present(lowered) == gate.present(lowered, lowered.split())
        assert gate.present_words(lowered) == gate.present(lowered, frozenset(_TOKEN.findall(lowered)))


TRIE = [
    # (prefixes, whole words, text, longest literal the word starts with)
    (["imagin", "imagine"], [], "imagined", "imagine"),
    (["imagin", "imagine"], [], "imagining", "imagin"),
    (["ifs"], ["if"], "if", "if"),
    (["ifs"], ["if"], "iffy", None),
    (["ifs"], ["if"], "ifsy", "ifs"),
    (["i"], ["if"], "if", "if"),
    (["i"], ["if"], "ifx", "i"),
    (["a-b", "a"], [], "a-bc", "a-b"),
    (["it's"], [], "it's", "it's"),
]


@pytest.mark.parametrize(("prefixes", "whole", "text", "expected"), TRIE)
def test_trie_matches_the_longest_literal_a_word_starts_with(prefixes, whole, text, expected):
    import re

    pattern = re.compile("(" + _trie(prefixes, whole, r"(?!\S)") + ")")
    m = pattern.match(text)
    assert (m.group(1) if m else None) == expected


ANCHORS = [
    # (literal, reading words at whitespace, as _TOKEN does)
    ("in 2", "2", ""),
    ("it is", "is", "is"),
    ("it's", "", "s"),
    ("the ", "", ""),
    (" is a", "is", "is"),
    ("in the year", "year", "year"),
    ("to (x", "", "x"),
    (":", "", ""),
    ("a-b c-d", "c-d", "c-d"),
    # a function word anchors a literal only where no other part can: it starts words everywhere
    ("of this kind", "kind", "kind"),
    ("looks at what", "what", "what"),
    ("letter from a", "from", "from"),
]


@pytest.mark.parametrize(("literal", "at_whitespace", "as_tokens"), ANCHORS)
def test_anchors_are_word_starts_every_occurrence_holds(literal, at_whitespace, as_tokens):
    assert _anchor(literal, True) == at_whitespace
    assert _anchor(literal, False) == as_tokens


def test_a_literal_whose_word_start_is_a_whole_word_literal_is_always_tested():
    scan = _Scan(["imagin"], ["if"], ["so if"], whitespace=True)
    assert scan.always == ("so if",)
    assert scan("also iffy") == frozenset({"so if"})  # anywhere, not only where "if" is a whole word
    assert scan("so-if") == frozenset()
    assert scan("so if") == frozenset({"if", "so if"})


def test_the_bundled_rules_test_few_literals_in_every_sentence():
    # A trigger literal with no word start of its own ("game's", "you're") is looked for in
    # every sentence; the bundled rules keep such literals to punctuation and rare phrases.
    detector = FrameDetector().prepare()
    for gate in detector._gates:
        for scan in gate.scans:
            worded = [lit for lit in scan.always if lit[:1].isalpha()]
            assert all(" " in lit and not set("'’") & set(lit) for lit in worded), worded
            assert len(scan.always) <= 20, scan.always


def test_the_bundled_opener_rules_test_a_handful_of_literals_in_every_sentence():
    # each is a substring test in every sentence the detector reads; words of their own
    # ("presents", "inject") are found by the scan instead
    scan = FrameDetector().prepare()._gates[0].scans[0]
    assert len(scan.always) <= 5, scan.always


def test_the_bundled_opener_scan_stops_at_no_common_word_for_a_substring_test_alone():
    # "version of", "built to", "written as": such a literal anchored on its common word would
    # send the scan to a substring test at most words of every sentence; the rule's own
    # distinctive word ("version", "built", "written") is its trigger instead
    _, found, _ = FrameDetector().prepare()._gates[0].scans[0].parts()
    common = {"of", "to", "as", "with", "that", "at", "in", "on", "for", "and", "the", "is", "was", "by"}
    assert not [(m, tests) for m, (words, tests) in found.items() if m in common and tests and not words]


@pytest.mark.parametrize("patterns", [PATTERNS, ODD_PATTERNS], ids=["bundled", "odd"])
def test_rules_for_a_sentence_are_the_candidates_of_the_literals_it_holds(patterns):
    for gate in _gates(patterns):
        for text in _texts(patterns, n=1000):
            lowered = text.lower()
            for _ in range(2):  # worked out, then looked up
                assert gate.rules_for(lowered) == gate.candidates(gate.present(lowered)), text
                words = gate.candidates(gate.present_words(lowered))
                assert gate.rules_for(lowered, words=True) == words, text


@pytest.mark.parametrize("patterns", [PATTERNS, ODD_PATTERNS], ids=["bundled", "odd"])
def test_one_pass_finds_the_literals_each_substring_test_finds(patterns):
    for gate in _gates(patterns):
        for text in _texts(patterns, n=1000):
            lowered = text.lower()
            assert gate.substrings(lowered) == frozenset(lit for lit in gate.literals if lit in lowered), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="imagnes -", max_size=30))
def test_one_pass_finds_overlapping_literals(text):
    literals = ["imagin", "imagine", "magine", "gin", "in", "e ", " -", "-"]
    assert _Anywhere(literals)(text) == frozenset(lit for lit in literals if lit in text)
    assert _Anywhere([])(text) == frozenset()


def test_case_insensitive_rules_read_the_lower_cased_sentence():
    # An upper-case letter in a case-insensitive rule ("[A-Z]", "I") would keep it reading the
    # sentence as it is, several times slower; only a part read case-sensitively, "(?-i:…)", may.
    for p in PATTERNS:
        sources = [p.pattern.pattern] + ([p.guard.pattern] if p.guard is not None else [])
        if p.pattern.flags & re.IGNORECASE and not any("(?-i:" in source for source in sources):
            assert p.readers()[1][2], p.id


@pytest.mark.parametrize("text, plain", [
    ("plain words, and 2 digits.", True), ("tab\tand\nnewline", True), ("", True),
    *((f"a{chr(c)}b", False) for c in range(0x1c, 0x20)), ("café", False), ("“quoted”", False),
])
def test_plain_ascii_is_ascii_without_the_separators_unicode_calls_whitespace(text, plain):
    assert _plain_ascii(text) is plain


def test_candidates_are_the_rules_of_the_literals_present():
    gate = _Gate(PATTERNS, openers=True)
    for present in map(frozenset, [(), ("had",), ("had", "if", "world"), ("nothing",)]):
        ids = set(gate.always) | {i for lit in present for i in gate.by_literal.get(lit, ())}
        expected = tuple(gate.rules[i] for i in sorted(ids))
        assert gate.candidates(present) == expected


def test_reading_new_sentences_keeps_no_containers_per_sentence():
    # Each container kept per sentence is walked by every full garbage collection of the process
    # (with scikit-learn loaded, a hundred thousand objects): the gates keep nothing per sentence, and
    # the detector's own cache keeps at most a small tuple for a sentence an opener rule matches.
    detector = FrameDetector().prepare()
    rng = random.Random(0)
    words = sorted({w for p in PATTERNS for lit in p.literals for w in lit.split() if w.isalpha()})
    texts = [" ".join(rng.choice(words) for _ in range(12)) + f" {i}." for i in range(3000)]
    for text in texts[:100]:
        detector._opener_of(text)
        detector._gates[1].rules_for(text, words=True)
    gc.collect()
    before = len(gc.get_objects())
    for text in texts[100:]:
        for gate in detector._gates:
            gate.rules_for(text)
            gate.rules_for(text, words=True)
    gc.collect()
    assert len(gc.get_objects()) - before < 50
    matched = sum(detector._opener_of(text) is not None for text in texts[100:])
    gc.collect()
    assert len(gc.get_objects()) - before <= matched + 50


def _claims() -> list[Claim]:
    text = (FIXTURES / "frame_2040.txt").read_text(encoding="utf-8")
    return list(Analyzer(model="lexicon", frames=False).analyze(text).claims)


def test_views_computed_on_demand_equal_the_views():
    claims = _claims()
    detector = FrameDetector()
    views = _Views(claims, detector._view_of)
    n = len(claims)
    assert views[n - 1] == detector._view_of(claims[-1].text)
    assert views[-1] is views[n - 1]
    assert views[2:5] == [detector._view_of(c.text) for c in claims[2:5]]
    assert views[n - 2 : n + 5] == [detector._view_of(c.text) for c in claims[n - 2 :]]
    assert views[::3] == [detector._view_of(c.text) for c in claims[::3]]
    with pytest.raises(IndexError):
        views[n]


def test_relabelled_claims_equal_replaced_ones():
    cue = Cue("imagine", 0, 7, Kind.HYPOTHETICAL)
    frame = Frame(Kind.HYPOTHETICAL, cue, 0, (1,))
    for claim in _claims()[:6] + [replace(_claims()[0], frame=frame, warnings=("truncated",))]:
        kinds = claim.kinds | {Kind.HYPOTHETICAL}
        for cues, framed in [(claim.cues, frame), ((*claim.cues, cue), claim.frame)]:
            expected = replace(claim, label=Label.SPECULATION, kinds=kinds, cues=cues, frame=framed)
            assert _speculation(claim, kinds, cues, framed) == expected


def _plain_scan(self, lowered):
    """What a scan stands for: the word loop of ``_Gate.present`` over the same words."""
    gate = self._gate
    tokens = lowered.split() if self._whitespace else frozenset(_TOKEN.findall(lowered))
    return gate.present(lowered, tokens)


def test_documents_come_out_as_with_the_plain_word_loop(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    analyzer = Analyzer(model="lexicon")
    fast = [analyzer.analyze(t).to_dict() for t in texts]

    original = _Gate.__init__

    def plain_init(self, patterns, openers):
        original(self, patterns, openers)
        scans = []
        for whitespace, scan in zip((True, False), self.scans, strict=True):
            plain = object.__new__(type(scan))
            plain.__dict__.update(scan.__dict__, _gate=self, _whitespace=whitespace)
            scans.append(plain)
        self.scans = tuple(scans)

    monkeypatch.setattr(_Gate, "__init__", plain_init)
    monkeypatch.setattr(_Scan, "__call__", _plain_scan)
    plain = [Analyzer(model="lexicon").analyze(t).to_dict() for t in texts]
    assert plain == fast
    assert any(d["frames"] for d in fast)


FOLDS = [
    # (pattern, case_sensitive, guard, has a lower-case twin)
    (r"\bthe\s+(?:image|figure)\b", False, None, True),
    (r"^\W*(?:so|but)\s+(\w+)\s+\1", False, r"\bnot\b", True),
    (r"[a-z’“-]+\s*[^.;]{0,60}(?=x)(?<!y)", False, None, True),
    (r"\bthe\b", True, None, False),  # case-sensitive: it tells "The" from "the"
    (r"[A-Z][a-z]+", False, None, False),
    (r"\b(?:we|I)\s+imagine", False, None, False),
    (r"(?-i:the)", False, None, False),
    ("\u212aelvin", False, None, False),  # folds to "k" when case is ignored
    (r"\bthe\b", False, r"[A-Z]{2}", False),
    (r"\bthe\b", False, r"(?-i:x)", False),
]


@pytest.mark.parametrize(("pattern", "case_sensitive", "guard", "folds"), FOLDS)
def test_rules_get_a_lower_case_twin_only_when_it_matches_alike(pattern, case_sensitive, guard, folds):
    rule = {"id": "r", "feature": "exit_x", "pattern": pattern, "case_sensitive": case_sensitive}
    if guard:
        rule["guard"] = guard
    (p,) = load_frame_patterns([rule])
    assert (_fold(p.pattern, p.guard) is not None) == folds


def _unfolded(p):
    plain = replace(p)
    object.__setattr__(plain, "folded", None)
    return plain


def _ascii_sentences() -> list[str]:
    texts = [t for t in _texts(PATTERNS, n=500, seed=2) if t.isascii()]
    words = sorted({w for p in PATTERNS for w in p.literals | p.words})
    rng = random.Random(3)
    for _ in range(1500):
        ws = [rng.choice(words) for _ in range(rng.randint(1, 10))]
        ws = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.3 else w for w in ws]
        texts.append(rng.choice(["", "The ", "\"", "-- "]) + " ".join(ws) + rng.choice(["", ".", "?", ":"]))
    return texts


def test_lower_case_twins_find_what_the_rules_find():
    rules = [p for p in PATTERNS if _fold(p.pattern, p.guard) is not None]
    assert len(rules) > len(PATTERNS) // 2
    plain = [_unfolded(p) for p in rules]
    for text in _ascii_sentences():
        lowered = text.lower()
        for p, q in zip(rules, plain, strict=True):
            assert p.search(text, lowered) == q.search(text, lowered), (p.id, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_lower_case_twins_find_what_the_rules_find_on_any_ascii(text):
    lowered = text.lower()
    for p in PATTERNS:
        if _fold(p.pattern, p.guard) is not None:
            assert p.search(text, lowered) == _unfolded(p).search(text, lowered), p.id


def test_non_ascii_sentences_are_read_as_they_are():
    (p,) = load_frame_patterns([{"id": "r", "feature": "exit_x", "pattern": r"\bk\w+"}])
    assert p.search("\u212aelvin", "\u212aelvin".lower()) == (0, 6)  # the sign matches "k" case-blind
    assert isinstance(p.folded, tuple)  # the twin is there, and left unused on non-ASCII text


def _sorted_sentences() -> list[str]:
    """ASCII sentences, and twins with curly quotes and dashes, a control character or a Kelvin sign."""
    ascii_ = _ascii_sentences()
    swaps = [("'", "’"), ('"', "“"), ("-- ", "— "), (" ", "\x1c"), ("k", "\u212a"), ("e", "é")]
    return ascii_ + [t.replace(a, b) for t in ascii_[::3] for a, b in swaps if a in t]


def test_each_sort_of_sentence_is_read_by_a_reader_that_finds_what_the_rule_finds():
    # a plain ASCII sentence, another ASCII one, one that lower-cases safely, one that does not
    assert [_sort(t) for t in ("The end.", "The\x1cend.", "“The end.”", "The \u212aelvin.")] == [2, 1, 1, 0]
    rules = [p for p in PATTERNS if not p.words]
    plain = [_unfolded(p) for p in rules]
    sorts = set()
    for text in _sorted_sentences():
        lowered = text.lower()
        sorts.add(_sort(text))
        for p, q in zip(rules, plain, strict=True):
            assert p.search(text, lowered) == q.search(text, lowered), (p.id, text)
    assert sorts == {0, 1, 2}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdeiklmnorstuwy ABEIT'\"’“”—-.,:;?\x1c\u212aé0129"), max_size=80))
def test_readers_find_what_the_rules_find_on_any_mix(text):
    lowered = text.lower()
    for p in PATTERNS:
        if not p.words:
            assert p.search(text, lowered) == _unfolded(p).search(text, lowered), p.id


def test_needed_words_pass_every_sentence_a_rule_matches():
    needy = [p for p in PATTERNS if any(r[3] for r in p.readers())]
    assert len(needy) > 10
    for text in _sorted_sentences():
        if _sort(text) == 0:
            continue
        lowered = text.lower()
        for p in needy:
            find, guard, reads_lowered, needs = p.readers()[_sort(text)]
            if needs is not None and find(lowered if reads_lowered else text) is not None:
                assert _holds(needs, lowered), (p.id, text)


CLAUSES = [
    # (sets of words a match holds one of, the clauses tested)
    ([{"the", "image"}, {"the", "figure"}], [{"the"}, {"image", "figure"}]),
    ([{"in", "this", "case"}, {"hypothetically"}], [{"in", "this", "case", "hypothetically"}]),
    ([{"had"}], [{"had"}]),
    ([{"to", "imagine"}, {"to"}], [{"to"}]),  # "to" alone may do: nothing more is asked
]


@pytest.mark.parametrize(("needs", "clauses"), CLAUSES)
def test_needed_words_become_a_few_clauses(needs, clauses):
    got = _clauses(tuple(map(frozenset, needs)))
    assert [set(c) for c in got] == clauses
    for need in needs:  # every set of words a match may hold passes
        assert _holds(got, " ".join([*need, "zz"]))
    assert not _holds(got, "zz")
    if len(got) > 1:  # a word of one clause is not enough
        assert not _holds(got, min(got[0]))


def test_fired_features_are_the_rules_that_search_finds():
    gate = _Gate(PATTERNS, openers=False)
    for text in _sorted_sentences()[::4]:
        lowered = text.lower()
        tokens = frozenset(_TOKEN.findall(lowered))
        present = gate.present_words(lowered)
        expected = set()
        for p in gate.candidates(present):
            if p.feature not in expected and p.search(text, lowered, tokens, present) is not None:
                expected.add(p.feature)
        fired: set[str] = set()
        _fire(gate.candidates(present), text, lowered, tokens, fired, _sort(text))
        assert fired == expected, text


def test_prepare_compiles_every_rule_up_front_and_changes_no_result():
    bundled = ROOT / "claimcheck" / "data" / "frames_patterns.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("frame_*.txt"))]
    lazy = Analyzer()
    lazy.frame_detector_ = FrameDetector(patterns=bundled)  # rules of its own, compiled on first use
    assert not any(p._readers is not None for p in lazy.frame_detector_.patterns_)
    expected = [lazy.analyze(text).to_dict() for text in texts]
    prepared = Analyzer()
    prepared.frame_detector_ = FrameDetector(patterns=bundled)
    assert prepared.frame_detector_.prepare() is prepared.frame_detector_
    assert all(p._readers is not None for p in prepared.frame_detector_.patterns_)
    # the scans too, that for trigger literals anywhere in a sentence (a view's) among them
    assert all(g._anywhere._built is not None for g in prepared.frame_detector_._gates)
    assert [prepared.analyze(text).to_dict() for text in texts] == expected
