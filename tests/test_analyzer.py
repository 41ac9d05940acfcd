"""End to end on fixtures and on the seed article's local labels."""

from __future__ import annotations

import pytest

from claimcheck import Analyzer, Kind, Label, analyze
from claimcheck.errors import InputError


def test_plain_report_is_all_fact(fixture_texts):
    doc = analyze(fixture_texts["plain_report"])
    assert doc.claims and all(c.local_label is Label.FACT for c in doc.claims)


def test_predictions_are_found(fixture_texts):
    doc = analyze(fixture_texts["predictions"])
    spec = [c for c in doc.claims if c.local_label is Label.SPECULATION]
    assert len(spec) >= 5
    kinds = set().union(*(c.kinds for c in spec))
    assert {Kind.PREDICTION, Kind.HEDGE, Kind.CONDITIONAL} <= kinds
    assert doc.claims[-1].local_label is Label.FACT  # "Last year the region recorded ..."


def test_claims_carry_paragraphs_and_indices(fixture_texts):
    doc = analyze(fixture_texts["plain_report"])
    assert [c.index for c in doc.claims] == list(range(len(doc.claims)))
    assert doc.claims[0].paragraph == 0 and doc.claims[1].paragraph == 1


def test_cue_offsets_point_into_the_document(fixture_texts):
    for text in fixture_texts.values():
        for claim in analyze(text).claims:
            assert text[claim.start : claim.end] == claim.text
            for cue in claim.cues:
                assert text[cue.start : cue.end] == cue.text
                assert claim.start <= cue.start < cue.end <= claim.end


def test_seed_local_labels(seed):
    text, gold = seed
    doc = Analyzer(frames=False).analyze(text)
    assert [(c.start, c.end) for c in doc.claims] == [(g["start"], g["end"]) for g in gold]
    correct = sum(c.local_label.value == g["local_label"] for c, g in zip(doc.claims, gold, strict=True))
    assert correct == 27, f"{correct}/27 local labels"


def test_seed_cue_recall(seed):
    text, gold = seed
    doc = Analyzer(frames=False).analyze(text)
    found = [(q.start, q.end) for c in doc.claims for q in c.cues]
    gold_cues = [(s, e) for g in gold for s, e, *_ in g["cues"]]
    hit = sum(any(s < fe and fs < e for fs, fe in found) for s, e in gold_cues)
    assert hit / len(gold_cues) >= 0.95


def test_custom_splitter_is_used():
    analyzer = Analyzer(model="lexicon", splitter=lambda t: [(0, len(t))] if t.strip() else [])
    doc = analyzer.analyze("One. Two may follow.")
    assert len(doc.claims) == 1 and doc.claims[0].label is Label.SPECULATION


def test_default_model_and_cue_stage_share_one_matcher():
    analyzer = Analyzer()
    assert analyzer.matcher_ is analyzer.model_.featurizer_.matcher_


def test_a_user_lexicon_keeps_its_own_matcher(tmp_path):
    lexicon = tmp_path / "cues.jsonl"
    lexicon.write_text('{"id": "rumour", "kind": "hedge", "pattern": "\\\\brumou?r\\\\b", "note": "test"}\n')
    analyzer = Analyzer(cues=lexicon)
    assert analyzer.matcher_ is not analyzer.model_.featurizer_.matcher_
    claim = analyzer.classify(["A rumour spread."])[0]
    assert [c.text for c in claim.cues] in ([], ["rumour"])


def test_long_inputs_are_labelled_in_chunks_with_running_indices():
    sentences = [f"Item {i} may follow." if i % 3 else f"Item {i} arrived." for i in range(5000)]
    claims = Analyzer().classify(sentences)
    assert [c.index for c in claims] == list(range(5000))
    assert [c.text for c in claims] == sentences


def test_a_known_domain_scores_every_sentence_with_that_domain():
    sentence = "The staff would have been friendlier if they had more help."
    scores = {d: Analyzer(domain=d).classify([sentence])[0].score for d in ("news", "reviews")}
    assert scores["news"] != scores["reviews"]
    # a batch no longer moves a sentence's domain: alone or among others, the same score
    reviews = Analyzer(domain="reviews")
    batch = reviews.classify(["Protein levels rose in the treated mice.", sentence])
    assert batch[1].score == reviews.classify([sentence])[0].score
    assert Analyzer().model_.domain is None  # the shared default model is left as it was


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"domain": "legal"}, InputError, "the model's domains are biomed, news, reviews, science"),
        ({"model": "lexicon", "domain": "news"}, InputError, "LexiconModel has no domains"),
        ({"domain": 3}, TypeError, "domain as a str or None"),
    ],
)
def test_bad_domains_are_refused(kwargs, error, message):
    with pytest.raises(error, match=message):
        Analyzer(**kwargs)
