"""Properties that hold for every input string.

The budget comes from a hypothesis profile: ``ci`` by default, ``fuzz`` (many
more examples) when the environment sets ``CLAIMCHECK_FUZZ=1``. For a budget of
100,000 documents and more, run ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys

from conftest import FIXTURES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import Analyzer, Document, Label, split_sentences

sys.path.insert(0, str(ROOT / "benchmarks"))
from fuzz import mutate  # noqa: E402  (the fuzzer's own edits, so the two test the same inputs)

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz",
    max_examples=5_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("fuzz" if os.environ.get("CLAIMCHECK_FUZZ") == "1" else "ci")

_ANALYZER = Analyzer()
_LEXICON = Analyzer(model="lexicon")

# -- strategies -------------------------------------------------------------------

#: Characters that have broken text tools before: line and paragraph separators,
#: NUL and other controls, BOM, zero-width and bidi controls, combining marks,
#: lone surrogates, characters whose case mapping changes length.
HOSTILE_CHARS = (
    "\r\n\x00\x07\x0b\x0c\x1c\x1d\x1e\x1f\x7f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000"
    "\ufeff\u200b\u200c\u200d\u2060\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u0301\u0308\ud800\udbff\udc00\udfff\ufffd\uffff\u0130\u1e9e\ufb00\u0149"
    ".!?\u2026\"'\u201c\u201d\u2018\u2019()[]{}\u00ab\u00bb\u2014-;:,"
)
_surrogates = st.integers(0xD800, 0xDFFF).map(chr)
_chars = st.one_of(st.characters(), _surrogates, st.sampled_from(HOSTILE_CHARS))
any_text = st.text(alphabet=_chars, max_size=300)

_WORDS = [
    "The", "minister", "said", "may", "May", "will", "Will", "would", "could", "might", "if", "If",
    "unless", "Mr.", "Dr.", "U.S.", "U.S.A.", "e.g.", "No.", "3.5", "$1.2", "rose", "fell", "expected",
    "is", "set", "to", "going", "hypothetical", "Imagine", "suppose", "reportedly", "likely", "perhaps",
    "Should", "Had", "what", "\u201cWhy?\u201d", "\u201cIt", "may.\u201d", "(", ")", "[", "]", "\u2014",
    ".", "?", "!", "...", "\u2026", ",", ";", ":", "\n", "\n\n", "\r\n", "\r", "\t", "\u2028",
    "\u00e9t\u00e9",
    "\u041c\u043e\u0441\u043a\u0432\u0430", "\u6771\u4eac", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
    "\U0001f600", "\u200b", "\ufeff", "\u202e", "\x00",
]  # fmt: skip
news_like = st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join)


def _fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


mutated_fixture = st.builds(
    lambda index, seed, steps: mutate(_fixture_texts()[index], random.Random(seed), steps),
    st.integers(0, len(_fixture_texts()) - 1),
    st.integers(0, 2**32 - 1),
    st.integers(0, 25),
)


# -- the properties ---------------------------------------------------------------------


def check_document(text: str, doc: Document, threshold: float = 0.5) -> None:
    """Everything that must hold for any analysed text."""
    assert doc.text is text or doc.text == text
    last = 0
    covered = 0
    paragraph = 0
    for i, claim in enumerate(doc.claims):
        assert claim.index == i
        assert last <= claim.start < claim.end <= len(text), (last, claim.start, claim.end)
        assert text[claim.start : claim.end] == claim.text
        assert not claim.text[0].isspace() and not claim.text[-1].isspace()
        assert text[last : claim.start].isspace() or last == claim.start
        assert claim.paragraph >= paragraph
        paragraph = claim.paragraph
        assert math.isfinite(claim.score) and 0.0 <= claim.score <= 1.0
        assert (claim.local_label is Label.SPECULATION) == (claim.score >= threshold)
        assert bool(claim.kinds) == (claim.label is Label.SPECULATION)
        if claim.label is Label.FACT:
            assert claim.cues == () and claim.frame is None
        if claim.frame is not None:
            assert claim.frame in doc.frames and claim.index in claim.frame.covers
        starts = [cue.start for cue in claim.cues]
        assert starts == sorted(starts)
        for cue in claim.cues:
            assert claim.start <= cue.start < cue.end <= claim.end
            assert text[cue.start : cue.end] == cue.text
        covered += claim.end - claim.start - sum(ch.isspace() for ch in claim.text)
        last = claim.end
    assert text[last:].isspace() or last == len(text)
    # Every non-whitespace character lies in exactly one claim: spans are disjoint and
    # ordered, the gaps between them are whitespace, and the counts agree.
    assert covered == sum(not ch.isspace() for ch in text)
    for frame in doc.frames:
        assert 0 <= frame.sentence < len(doc.claims)
        assert list(frame.covers) == sorted(set(frame.covers))
        assert all(0 <= k < len(doc.claims) and k != frame.sentence for k in frame.covers)
        assert all(doc.claims[k].frame == frame for k in frame.covers)
        assert text[frame.cue.start : frame.cue.end] == frame.cue.text


def _check(text: str, analyzer: Analyzer = _ANALYZER) -> Document:
    doc = analyzer.analyze(text)
    check_document(text, doc, analyzer.threshold_)
    if analyzer.splitter is split_sentences:
        assert [(c.start, c.end) for c in doc.claims] == split_sentences(text)
    assert doc == analyzer.analyze(text)  # same input, same output
    assert Document.from_json(doc.to_json()) == doc
    return doc


@PROFILE
@given(any_text)
def test_invariants_on_arbitrary_unicode(text):
    _check(text)


@PROFILE
@given(news_like)
def test_invariants_on_news_like_text(text):
    _check(text)


@PROFILE
@given(mutated_fixture)
def test_invariants_on_mutated_fixtures(text):
    _check(text)


@PROFILE
@given(st.one_of(news_like, mutated_fixture))
def test_invariants_without_frames_and_with_the_lexicon(text):
    _check(text, _LEXICON)
    _check(text, Analyzer(frames=False))


@PROFILE
@given(any_text)
def test_split_sentences_spans_are_trimmed_and_ordered(text):
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[last:start].strip() == ""
        last = end
    assert text[last:].strip() == ""


def test_mutation_is_reproducible():
    text = _fixture_texts()[0]
    assert mutate(text, random.Random(7), 20) == mutate(text, random.Random(7), 20)


def _corpus(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = list(_fixture_texts())
    alphabet = HOSTILE_CHARS + "abcdefghij ABCDEFGHIJ     0123456789"
    while len(out) < n:
        kind = len(out) % 3
        if kind == 0:
            out.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randrange(80))))
        elif kind == 1:
            out.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(200))))
        else:
            out.append(mutate(rng.choice(_fixture_texts()), rng, rng.randrange(20)))
    return out


_CHILD = """
import json, sys
from claimcheck import Analyzer
texts = ["".join(map(chr, t)) for t in json.load(open(sys.argv[1], encoding="utf-8"))]
for model in ("default", "lexicon"):
    analyzer = Analyzer(model=model)
    sys.stdout.write(json.dumps([analyzer.analyze(t).to_dict() for t in texts]) + "\\n")
"""


def test_output_is_identical_across_processes_and_hash_seeds(tmp_path):
    texts = _corpus(150)
    path = tmp_path / "texts.json"
    # Code points, not strings: JSON would join two escaped lone surrogates into one character.
    path.write_text(json.dumps([[ord(c) for c in t] for t in texts]), encoding="utf-8")
    outputs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, env=env, check=True
        )
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    here = [
        json.dumps([Analyzer(model=m).analyze(t).to_dict() for t in texts]) for m in ("default", "lexicon")
    ]
    assert outputs[0].splitlines() == here


def test_lone_surrogates_and_controls_do_not_crash():
    for text in [
        "\ud800 may rain.",
        "a\x00b. c\x1fd?",
        "\u202eReversed may. \u200bZero width.",
        "\ufeffBOM.",
    ]:
        _check(text)
