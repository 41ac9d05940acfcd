"""Pathological inputs: each gives a correct, complete result.

Sizes stay moderate here (at most about 200 KB) so that the suite stays fast;
``benchmarks/bench_scaling.py`` runs the same families up to megabytes and
fits the growth of time against size.
"""

from __future__ import annotations

import gc
import tracemalloc

import pytest
from conftest import FIXTURES
from test_invariants import check_document

from claimcheck import Analyzer, DocumentTooLargeError, Label
from claimcheck.analyzer import DEFAULT_MAX_CHARS
from claimcheck.cues import default_matcher

_ANALYZER = Analyzer(max_chars=None)
_ARTICLE = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt")))
KB = 1024


def _analyze(text: str, analyzer: Analyzer = _ANALYZER):
    doc = analyzer.analyze(text)
    check_document(text, doc, analyzer.threshold_)
    return doc


def _shape(doc, shift=None):
    """Claims as (relative text, local label, cue texts), independent of offsets."""
    return [(c.text, c.local_label, tuple(q.text for q in c.cues)) for c in doc.claims]


# -- size ------------------------------------------------------------------------------


def test_long_document_is_the_articles_claims_repeated():
    reps = 100 * KB // len(_ARTICLE)
    long = "\n\n".join([_ARTICLE] * reps)
    doc = _analyze(long)  # frames on: complete and well formed
    assert len(doc.claims) == reps * len(_analyze(_ARTICLE).claims)
    # Sentences, local labels and cues repeat copy by copy. Frames are left out of the
    # comparison: they read the whole text (where a scenario opens in it, which lines it
    # repeats), so the copies after the first are rightly decoded in another context.
    plain = Analyzer(max_chars=None, frames=False)
    assert _shape(_analyze(long, plain)) == _shape(_analyze(_ARTICLE, plain)) * reps


def test_one_long_sentence_is_one_claim():
    text = "the quick brown fox jumps over the lazy dog and " * (100 * KB // 48) + "stops."
    doc = _analyze(text)
    assert len(doc.claims) == 1 and doc.claims[0].text == text and doc.claims[0].label is Label.FACT


def test_one_long_word_is_one_claim():
    doc = _analyze("a" * 200 * KB)
    assert len(doc.claims) == 1 and doc.claims[0].end == 200 * KB


def test_one_long_sentence_with_a_cue_at_each_end():
    text = "It may rain " + "and the wind blows " * (100 * KB // 19) + "but it will pass."
    doc = _analyze(text)
    assert len(doc.claims) == 1
    cues = [c.text for c in default_matcher().match(doc.claims[0].text)]
    assert cues[0].startswith("may") and cues[-1].startswith("will")


def test_the_size_limit_is_checked_before_any_work():
    with pytest.raises(DocumentTooLargeError, match="max_chars"):
        Analyzer(model="lexicon").analyze("x" * (DEFAULT_MAX_CHARS + 1))


def test_the_size_limit_is_configurable():
    small = Analyzer(model="lexicon", max_chars=1000)
    assert len(small.analyze("It rained. " * 90).claims) == 90
    with pytest.raises(DocumentTooLargeError):
        small.analyze("It rained. " * 91)


# -- line breaks -------------------------------------------------------------------------


def test_a_hundred_thousand_line_breaks_give_no_claims():
    for text in ["\n" * 100_000, "\r\n" * 100_000, "\r" * 100_000, " \n\t" * 50_000, "\u2028" * 100_000]:
        assert _analyze(text).claims == ()


def test_many_short_lines_are_one_claim_each():
    doc = _analyze("line\n" * 10_000)
    assert len(doc.claims) == 10_000 and {c.text for c in doc.claims} == {"line"}
    assert [c.paragraph for c in doc.claims[:3]] == [0, 1, 2]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\x85", "\x0c", "\n\r"], ids=repr)
def test_other_line_endings_give_the_same_claims_and_right_offsets(newline):
    reference = _analyze(_ARTICLE)
    text = _ARTICLE.replace("\n", newline)
    doc = _analyze(text)
    assert _shape(doc) == _shape(reference)
    extra = len(newline) - 1
    for mine, ref in zip(doc.claims, reference.claims, strict=True):
        shift = extra * _ARTICLE.count("\n", 0, ref.start)
        assert (mine.start, mine.end) == (ref.start + shift, ref.end + shift)
        assert mine.paragraph == ref.paragraph
        for cue, ref_cue in zip(mine.cues, ref.cues, strict=True):
            assert cue.start - mine.start == ref_cue.start - ref.start


def test_crlf_document_labels_match_the_lf_document():
    lf, crlf = _analyze(_ARTICLE), _analyze(_ARTICLE.replace("\n", "\r\n"))
    assert [c.label for c in crlf.claims] == [c.label for c in lf.claims]
    assert [c.kinds for c in crlf.claims] == [c.kinds for c in lf.claims]


# -- nesting and repetition ---------------------------------------------------------------


@pytest.mark.parametrize(
    "opening, closing",
    [("(", ")"), ("[", "]"), ("\u201c", "\u201d"), ('"', '"'), ("\u201c\u2018([{'\"", "\"'}])\u2019\u201d")],
    ids=["parens", "brackets", "curly-quotes", "straight-quotes", "mixed"],
)
def test_deep_nesting_of_quotes_and_brackets(opening, closing):
    depth = 50 * KB // len(opening)
    text = opening * depth + "Officials said prices may rise." + closing * depth
    doc = _analyze(text)
    assert len(doc.claims) == 1
    assert any(c.text.startswith("may") for c in default_matcher().match(doc.claims[0].text))


def test_unbalanced_brackets_and_quotes():
    for text in ["(" * 100_000, ")" * 100_000, "\u201c" * 50_000 + "It may.", '"' * 100_001]:
        doc = _analyze(text)
        assert len(doc.claims) == 1


@pytest.mark.parametrize("unit", ["U.S. ", "Mr. ", "e.g. ", "U.S.A. ", "No. 5 "], ids=str.strip)
def test_repeated_abbreviations_do_not_split(unit):
    doc = _analyze(unit * (50 * KB // len(unit)))
    assert len(doc.claims) == 1


def test_repeated_abbreviations_inside_real_sentences():
    doc = _analyze("The U.S. economy grew. " * 2000)
    assert len(doc.claims) == 2000 and {c.text for c in doc.claims} == {"The U.S. economy grew."}


def test_many_sentences_in_one_paragraph():
    doc = _analyze("It rained. It may rain. " * 2000)
    assert [c.local_label for c in doc.claims] == [Label.FACT, Label.SPECULATION] * 2000


@pytest.mark.parametrize("unit", [".", "!", "?", "\u2026", "?!", ".\u201d", "!)"], ids=repr)
def test_runs_of_sentence_punctuation(unit):
    doc = _analyze(unit * (50 * KB // len(unit)))
    assert len(doc.claims) == 1


@pytest.mark.parametrize("unit", [". ", "! ", "? ", ". . . ", "?! "], ids=repr)
def test_spaced_runs_of_sentence_punctuation(unit):
    _analyze(unit * (50 * KB // len(unit)))


@pytest.mark.parametrize(
    "unit", ["it may rain ", "they will go ", "prices could fall ", "if so "], ids=str.strip
)
def test_one_sentence_packed_with_cues(unit):
    doc = _analyze(unit * (20 * KB // len(unit)))
    assert len(doc.claims) == 1


# -- characters ----------------------------------------------------------------------------

_MIXED = (
    "Prices may rise. \u041c\u043e\u0441\u043a\u0432\u0430 \u0440\u0430\u0441\u0442\u0451\u0442. "
    "\u6771\u4eac\u306f\u6674\u308c\u3002 "
    "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0643\u0628\u064a\u0631\u0629. "
    "\u05e9\u05dc\u05d5\u05dd. \u0939\u093f\u0928\u094d\u0926\u0940. "
    "\U0001f600\U0001f1fa\U0001f1f8 It rained.\n"
)


def test_mixed_scripts():
    doc = _analyze(_MIXED * 500)
    assert sum(len(c.cues) for c in doc.claims) >= 500
    assert all(q.text.startswith("may") for c in doc.claims for q in c.cues)


@pytest.mark.parametrize(
    "char",
    [
        "\x00",
        "\x01",
        "\x07",
        "\x08",
        "\x1b",
        "\x7f",
        "\x80",
        "\x9f",
        "\ufffe",
        "\uffff",
        "\U0010ffff",
    ],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_control_and_non_characters(char):
    text = f"It rained.{char} It may rain{char}. {char * 1000}\n{char}Prices{char}will{char}rise."
    _analyze(text)
    assert _analyze(char * 50 * KB).claims[0].text == char * 50 * KB


def test_nul_bytes_do_not_end_or_hide_text():
    text = "It rained.\x00\x00 Prices may rise.\x00"
    doc = _analyze(text)
    joined = "".join(c.text for c in doc.claims).replace("\x00", "").replace(" ", "")
    assert joined == "It rained.Prices may rise.".replace(" ", "")
    assert any(c.label is Label.SPECULATION for c in doc.claims)


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff", "\udbff\udc00"], ids=ascii)
def test_lone_surrogates_survive_analysis_and_json(surrogate):
    text = f"{surrogate}It may rain.{surrogate} Prices{surrogate} rose. {surrogate * 1000}"
    doc = _analyze(text)
    from claimcheck import Document

    assert Document.from_json(doc.to_json()) == doc


def test_byte_order_mark():
    reference = _analyze(_ARTICLE)
    doc = _analyze("\ufeff" + _ARTICLE)
    assert doc.claims[0].text == "\ufeff" + reference.claims[0].text
    assert [c.local_label for c in doc.claims] == [c.local_label for c in reference.claims]
    assert _analyze("\ufeff" * 1000).claims[0].text == "\ufeff" * 1000


@pytest.mark.parametrize(
    "char",
    [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u2060",
        "\u00ad",
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202e",
        "\u2066",
        "\u2069",
    ],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_zero_width_and_bidi_controls(char):
    text = _ARTICLE.replace(" ", " " + char).replace(".", "." + char)
    doc = _analyze(text)
    assert len(doc.claims) >= 1
    wrapped = _analyze(f"{char}It may rain.{char}")
    assert wrapped.claims[0].label is Label.SPECULATION


def test_unicode_whitespace_is_trimmed_and_never_a_claim():
    spaces = "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
    assert _analyze(spaces * 5000).claims == ()
    doc = _analyze(f"{spaces}It may rain.{spaces}It rained.{spaces}")
    assert [c.text for c in doc.claims] == ["It may rain.", "It rained."]


def test_case_mappings_that_change_length():
    # "\u0130".lower() is two characters, "\ufb00".upper() is two: offsets must not drift.
    text = "The \u0130STANBUL office MAY CLOSE. The stra\u00dfe \ufb00 will open. " * 500
    doc = _analyze(text)
    assert len(doc.claims) == 1000
    assert [q.text for q in doc.claims[-2].cues] == ["MAY CLOSE"]
    assert [q.text for q in doc.claims[-1].cues] == ["will open"]


# -- memory ------------------------------------------------------------------------------------


def _peak(text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        _ANALYZER.analyze(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    "make",
    [
        lambda n: (_ARTICLE * (n // len(_ARTICLE) + 1))[:n],
        lambda n: "word " * (n // 5),
        lambda n: "a\n" * (n // 2),
        lambda n: "U.S. " * (n // 5),
    ],
    ids=["article", "one-sentence", "short-lines", "abbreviations"],
)
def test_memory_grows_linearly(make):
    _ANALYZER.analyze(make(1000))  # warm caches
    small, large = _peak(make(2 * KB)), _peak(make(8 * KB))
    assert large < 6 * small + 1_000_000, (small, large)  # 4x the input: at most ~6x the memory
    assert large < 4_000 * 8 * KB  # and a bounded cost per character


# -- hostile model files ------------------------------------------------------------------------


class _Payload:
    """Unpickling this creates a file: proof that code ran."""

    def __init__(self, sentinel: str) -> None:
        self.sentinel = sentinel

    def __reduce__(self):
        return (open, (self.sentinel, "w"))


def _write_payload(folder, sentinel) -> None:
    import json

    import joblib

    from claimcheck import persist

    folder.mkdir(parents=True, exist_ok=True)
    joblib.dump(_Payload(str(sentinel)), folder / persist.MODEL_NAME)
    (folder / persist.CONFIG_NAME).write_text(json.dumps({"backend": "sklearn"}), encoding="utf-8")


def test_a_malicious_user_pickle_runs_nothing_without_opt_in(tmp_path):
    from claimcheck import persist
    from claimcheck.errors import UnsafeModelError

    sentinel = tmp_path / "code-ran"
    _write_payload(tmp_path / "model", sentinel)
    for target in (tmp_path / "model", tmp_path / "model" / persist.MODEL_NAME):
        with pytest.raises(UnsafeModelError):
            persist.load_model(target)
        with pytest.raises(UnsafeModelError):
            Analyzer(model=str(target))
    assert not sentinel.exists()


def test_a_malicious_file_in_place_of_the_bundled_model_runs_nothing(tmp_path, monkeypatch):
    from claimcheck import persist
    from claimcheck.errors import ModelIntegrityError

    sentinel = tmp_path / "code-ran"
    _write_payload(tmp_path / "default_model", sentinel)
    monkeypatch.setattr(persist, "_bundled_dir", lambda: tmp_path / "default_model")
    persist.load_default.cache_clear()
    try:
        with pytest.raises(ModelIntegrityError):
            persist.load_default()
    finally:
        persist.load_default.cache_clear()
    assert not sentinel.exists()
