"""Properties that hold for every input string."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Analyzer, split_sentences

_ANALYZER = Analyzer()
_news_words = st.sampled_from(
    ["The", "minister", "said", "may", "will", "if", "Mr.", "U.S.", "3.5", "rose", "\u201cWhy?\u201d",
     "hypothetical", "could", "reportedly", "\n", "\n\n", ".", "?", "!", "...", "\u2014", "(", ")", "May"]
)
news_like = st.lists(_news_words, max_size=60).map(" ".join)
any_text = st.text(max_size=300)


def _check(text: str) -> None:
    doc = _ANALYZER.analyze(text)
    covered = []
    last = 0
    for i, claim in enumerate(doc.claims):
        assert claim.index == i
        assert claim.start >= last and claim.end > claim.start
        assert text[claim.start : claim.end] == claim.text
        assert claim.text == claim.text.strip()
        assert 0.0 <= claim.score <= 1.0
        for cue in claim.cues:
            assert text[cue.start : cue.end] == cue.text
        covered.extend(range(claim.start, claim.end))
        last = claim.end
    non_space = [i for i, ch in enumerate(text) if not ch.isspace()]
    assert set(non_space) <= set(covered)
    assert doc == _ANALYZER.analyze(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_invariants_on_arbitrary_unicode(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(news_like)
def test_invariants_on_news_like_text(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_split_sentences_spans_are_trimmed_and_ordered(text):
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end
        assert not text[start].isspace() and not text[end - 1].isspace()
        last = end


def test_lone_surrogates_and_controls_do_not_crash():
    for text in ["\ud800 may rain.", "a\x00b. c\x1fd?", "\u202eReversed may. \u200bZero width.", "\ufeffBOM."]:
        _check(text)
