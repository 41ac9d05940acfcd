"""The local models: lexicon baseline, cue featurizer and the trained classifier."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from claimcheck import Analyzer, Kind, Label
from claimcheck import model as model_mod
from claimcheck.document import Kind as _Kind
from claimcheck.model import KINDS, CueClassifier, CueFeaturizer, LexiconModel, LocalModel

EXAMPLES = Path(__file__).resolve().parent.parent / "training" / "examples"

RULES = [
    {"id": "may", "kind": "hedge", "trigger": "may", "pattern": r"\bmay\b"},
    {"id": "will", "kind": "prediction", "trigger": "will", "pattern": r"\bwill\b"},
]


def _tiny() -> tuple[list[str], list[str], list[list[str]], list[str]]:
    import json

    rows = [json.loads(line) for line in (EXAMPLES / "tiny_train.jsonl").read_text("utf-8").splitlines()]
    return (
        [r["text"] for r in rows],
        [r["label"] for r in rows],
        [r["kinds"] for r in rows],
        [r["domain"] for r in rows],
    )


@pytest.fixture(scope="session")
def tiny_model() -> CueClassifier:
    """A small two-domain model trained on the in-repo example sentences."""
    texts, labels, kinds, domains = _tiny()
    model = CueClassifier(featurizer=CueFeaturizer(n_features=2**12), C=10.0, domain_pooling=0.0)
    return model.fit(texts, labels, domains=domains, kinds=kinds)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_the_ascii_tokenizer_finds_the_unicode_tokenizers_tokens(text):
    assert model_mod._ASCII_TOKEN.findall(text) == model_mod._TOKEN.findall(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("it's 2024: costs rose 3.5%", ["it's", "0000", ":", "costs", "rose", "0", ".", "0", "%"]),
        ("l’été s’annonce", ["l’été", "s’annonce"]),
        ("snake_case x_1", ["snake", "case", "x", "0"]),  # "_" is a word character, not a symbol
    ],
)
def test_tokens_of_ascii_and_other_text(text, tokens):
    assert model_mod._tokens(model_mod._DIGITS.sub("0", text)) == tokens


# -- CueFeaturizer ---------------------------------------------------------------


@pytest.mark.parametrize(
    "check",
    [
        check_get_params_invariance,
        check_set_params,
        check_parameters_default_constructible,
        check_no_attributes_set_in_init,
    ],
    ids=lambda c: c.__name__,
)
@pytest.mark.parametrize("estimator", [CueFeaturizer(), CueClassifier()], ids=lambda e: type(e).__name__)
def test_estimator_api_checks(estimator, check):
    # parametrize_with_checks yields nothing for estimators whose input is a list of
    # strings (tags.input_tags.two_d_array is False), so the API checks that need no
    # numeric input run here; fitting behaviour is tested below.
    check(type(estimator).__name__, estimator)


def test_featurizer_tags_declare_string_input():
    tags = CueFeaturizer().__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array


def test_featurizer_needs_fit():
    with pytest.raises(NotFittedError):
        CueFeaturizer().transform(["It may rain."])


def test_featurizer_fit_returns_self_and_reads_rules_from_lexicon():
    f = CueFeaturizer(lexicon=RULES, n_features=2**10)
    assert f.fit(["x"]) is f
    assert f.rule_ids_ == ("may", "will")
    names = [n for n, _ in f.features("It may rain and it will snow.")]
    assert {"rule=may", "rule=will", "kind=hedge", "kind=prediction", "rule=may|next=rain"} <= set(names)
    assert "w=it cuehedge" in names and "w=may" not in names  # cues are masked by kind


def test_featurizer_can_leave_cues_unmasked():
    f = CueFeaturizer(lexicon=RULES, mask_cues=False, cue_context=False).fit(["x"])
    names = [n for n, _ in f.features("It may rain.")]
    assert "w=may" in names and not any("|" in n for n in names)


GUARDED = [
    {
        "id": "may",
        "kind": "hedge",
        "trigger": "may",
        "pattern": r"\bmay\s+\w+",
        "guards": [{"text": r"^may\s+participate$", "note": "permission"}],
    }
]


@pytest.mark.parametrize(
    ("silent_cues", "sentence", "expected", "absent"),
    [
        (True, "It may participate in it.", {"silent=may", "silent=may|cue=may participate"}, {"rule=may"}),
        (True, "It may rain.", {"rule=may"}, {"silent=may"}),
        (False, "It may participate in it.", set(), {"silent=may", "rule=may"}),
    ],
)
def test_featurizer_describes_guarded_matches_on_request(silent_cues, sentence, expected, absent):
    f = CueFeaturizer(lexicon=GUARDED, n_features=2**10, silent_cues=silent_cues).fit(["x"])
    names = {n for n, _ in f.features(sentence)}
    assert expected <= names and not absent & names
    assert "w=may" in names or "rule=may" in names  # a guarded cue keeps its words


def test_featurizers_saved_before_the_guarded_option_load_without_it():
    f = CueFeaturizer(n_features=2**8).fit(["x"])
    state = f.__getstate__()
    del state["silent_cues"]
    g = CueFeaturizer.__new__(CueFeaturizer)
    g.__setstate__(state)
    assert g.get_params()["silent_cues"] is False


@pytest.mark.parametrize(
    "params",
    [{"n_features": 0}, {"n_features": 1.5}, {"ngram_range": (2, 1)}, {"ngram_range": (0, 1)}],
)
def test_featurizer_rejects_bad_params(params):
    with pytest.raises(ValueError):
        CueFeaturizer(**params).fit(["x"])


@pytest.mark.parametrize("bad", ["one string", [b"bytes"], [1, 2]])
def test_featurizer_rejects_non_string_input(bad):
    f = CueFeaturizer(n_features=16).fit(["x"])
    with pytest.raises(TypeError):
        f.transform(bad)


def test_featurizer_is_deterministic_and_row_independent():
    f = CueFeaturizer(n_features=2**10).fit(["x"])
    a = f.transform(["It may rain.", "The bridge opened."]).toarray()
    b = f.transform(["The bridge opened.", "It may rain."]).toarray()
    assert np.array_equal(a, b[::-1])


def test_fitted_featurizer_keeps_its_rules_after_pickling():
    f = CueFeaturizer(lexicon=RULES, n_features=2**8).fit(["x"])
    g = pickle.loads(pickle.dumps(f))
    assert g.rule_ids_ == f.rule_ids_
    assert np.array_equal(g.transform(["It may rain."]).toarray(), f.transform(["It may rain."]).toarray())


# -- CueClassifier ---------------------------------------------------------------


def test_classifier_needs_fit():
    with pytest.raises(NotFittedError):
        CueClassifier().predict_proba(["It may rain."])


def test_classifier_meets_the_local_model_protocol(tiny_model):
    assert isinstance(tiny_model, LocalModel)
    proba = tiny_model.predict_proba(["The bridge opened in May.", "The bridge may open next year."])
    assert proba.shape == (2, 2)
    assert np.allclose(proba.sum(axis=1), 1.0) and ((proba >= 0) & (proba <= 1)).all()
    assert tiny_model.predict_proba([]).shape == (0, 2)


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("The museum will open a new wing next year.", 1),
        ("The museum may raise its prices.", 1),
        ("The museum opened a new wing in March.", 0),
        ("The museum published its report on Friday.", 0),
    ],
)
def test_tiny_model_learns_the_task(tiny_model, sentence, label):
    assert tiny_model.predict([sentence])[0] == label


def test_threshold_is_a_parameter_that_needs_no_refit(tiny_model):
    model = clone(tiny_model).set_params(threshold=0.5)
    assert model.threshold_ == 0.5
    model = pickle.loads(pickle.dumps(tiny_model))
    model.set_params(threshold=0.99)
    assert model.threshold_ == 0.99 and model.predict(["The team will win."])[0] == 0


def test_domains_and_router(tiny_model):
    assert tiny_model.domains_ == ("news", "reviews")
    p = tiny_model.predict_domains(["i think the pan is good .", "The council met on Tuesday."])
    assert p.shape == (2, 2) and np.allclose(p.sum(axis=1), 1.0)


def test_without_pooling_scores_do_not_depend_on_the_batch(tiny_model):
    a = tiny_model.predict_proba(["The team may win.", "The city hired workers."])[:, 1]
    b = [tiny_model.predict_proba([s])[0, 1] for s in ["The team may win.", "The city hired workers."]]
    assert np.allclose(a, b)


def test_pooling_shares_domain_evidence_across_a_batch(tiny_model):
    model = pickle.loads(pickle.dumps(tiny_model)).set_params(domain_pooling=1.0)
    p = model.predict_domains(["i think it is good .", "the room was clean .", "The council met."])
    assert np.allclose(p, p[0])  # one domain mixture for the whole batch


def test_domain_prior_leans_towards_a_domain(tiny_model):
    model = pickle.loads(pickle.dumps(tiny_model)).set_params(domain_prior={"reviews": 100.0})
    base = tiny_model.predict_domains(["The council met."])[0, 1]
    assert model.predict_domains(["The council met."])[0, 1] > base


def test_predict_kinds_returns_valid_kind_sets(tiny_model):
    kinds = tiny_model.predict_kinds(["The school board will open a site next year.", "It rained."])
    assert len(kinds) == 2 and all(isinstance(k, set) and k <= set(KINDS) for k in kinds)
    assert "prediction" in kinds[0]
    assert set(KINDS) == {k.value for k in _Kind}


def test_the_feature_cache_does_not_leak_between_inputs(tiny_model):
    model = pickle.loads(pickle.dumps(tiny_model))
    first = model.predict_proba(["The team will win."])[0, 1]
    model.predict_proba(["The team won."])
    assert model.predict_proba(["The team will win."])[0, 1] == first


def test_kinds_of_some_sentences_reuse_the_features_of_all(tiny_model):
    texts = ["The school board will open a site next year.", "It rained.", "If it rains, we stay."]
    fresh = [pickle.loads(pickle.dumps(tiny_model)).predict_kinds([t]) for t in texts]
    model = pickle.loads(pickle.dumps(tiny_model))
    model.predict_proba(texts)
    subset = model.predict_kinds([texts[2], texts[0]])
    assert subset == [fresh[2][0], fresh[0][0]]
    assert model.predict_kinds(["It may snow."]) == pickle.loads(pickle.dumps(tiny_model)).predict_kinds(
        ["It may snow."]
    )


def test_a_known_domain_replaces_the_router(tiny_model):
    texts = ["The room would have been nicer with a view.", "The council met on Monday."]
    for domain in tiny_model.domains_:
        model = pickle.loads(pickle.dumps(tiny_model)).set_params(domain=domain)
        expected = np.zeros((2, len(tiny_model.domains_)))
        expected[:, tiny_model.domains_.index(domain)] = 1.0
        assert np.array_equal(model.predict_domains(texts), expected)
    scores = {
        d: pickle.loads(pickle.dumps(tiny_model)).set_params(domain=d).predict_proba(texts)[:, 1]
        for d in tiny_model.domains_
    }
    assert not np.allclose(*scores.values())  # the domains' weights differ
    with pytest.raises(ValueError, match="has no domain 'legal'; its domains are"):
        pickle.loads(pickle.dumps(tiny_model)).set_params(domain="legal").predict_proba(texts)


def test_models_saved_before_the_domain_option_load_without_it(tiny_model):
    state = tiny_model.__getstate__()
    del state["domain"]
    model = CueClassifier.__new__(CueClassifier)
    model.__setstate__(state)
    assert model.domain is None and model.get_params()["domain"] is None


def test_pickle_round_trip_keeps_predictions(tiny_model):
    texts = _tiny()[0][:10]
    again = pickle.loads(pickle.dumps(tiny_model))
    assert np.allclose(again.predict_proba(texts), tiny_model.predict_proba(texts))
    assert again.predict_kinds(texts) == tiny_model.predict_kinds(texts)


def test_pickling_leaves_the_model_untouched(tiny_model):
    before = tiny_model.coef_.copy()
    pickle.dumps(tiny_model)
    assert (
        tiny_model.coef_.dtype == np.float64
        and tiny_model.coef_.flags["C_CONTIGUOUS"]
        and np.array_equal(tiny_model.coef_, before)
    )
    assert isinstance(pickle.loads(pickle.dumps(tiny_model)).featurizer_.rules_[0].pattern.pattern, str)


def test_fit_is_reproducible():
    texts, labels, kinds, domains = _tiny()
    a = CueClassifier(featurizer=CueFeaturizer(n_features=2**10)).fit(
        texts, labels, domains=domains, kinds=kinds
    )
    b = CueClassifier(featurizer=CueFeaturizer(n_features=2**10)).fit(
        texts, labels, domains=domains, kinds=kinds
    )
    assert pickle.dumps(a) == pickle.dumps(b)


def test_the_router_does_not_learn_silent_matches():
    texts, labels, _, domains = _tiny()
    texts = texts + ["You can return it or swap it.", "It can fold or stand."]
    labels, domains = labels + ["speculation", "speculation"], domains + ["reviews", "reviews"]
    rules = RULES + [{"id": "alt", "kind": "hedge", "pattern": r"\bor\b", "domains": ["reviews"]}]
    model = CueClassifier(featurizer=CueFeaturizer(lexicon=rules, n_features=2**14, silent_cues=True))
    model.fit(texts, labels, domains=domains)
    hashed = model.featurizer_.hasher_.transform([[("silent=alt", 1.0)]])
    column = hashed.indices[0]
    assert np.all(model.router_coef_[column] == 0) and np.any(model.coef_[column] != 0)
    assert model.featurizer_.silent_cues is True


@pytest.mark.parametrize("domain_weight", [0.5, 1.0, 3.0, {"news": 2.0}])
def test_domain_weight_scales_the_per_domain_copy(domain_weight):
    texts, labels, kinds, domains = _tiny()
    model = CueClassifier(
        featurizer=CueFeaturizer(n_features=2**10), domain_weight=domain_weight, domain_pooling=0.0
    ).fit(texts, labels, domains=domains)
    X = model.featurizer_.transform(texts)
    dom = np.array([model.domains_.index(d) for d in domains])
    if isinstance(domain_weight, dict):
        scale = np.array([domain_weight.get(d, 1.0) for d in model.domains_])
    else:
        scale = np.full(len(model.domains_), domain_weight)
    wide = model_mod._augment(X, dom, len(model.domains_), scale).toarray()
    n_feat = X.shape[1]
    for i in range(len(texts)):
        block = wide[i, n_feat * (1 + dom[i]) : n_feat * (2 + dom[i])]
        assert np.allclose(block, scale[dom[i]] * X[i].toarray()[0])
        assert np.allclose(wide[i, :n_feat], X[i].toarray()[0])
    assert model.coef_.shape == (n_feat, len(model.domains_))


@pytest.mark.parametrize(
    "labels, message",
    [(["fact", "fact"], "both"), (["fact", "maybe"], "maybe"), ([0], "labels"), ([0, 2], "2")],
)
def test_fit_rejects_bad_labels(labels, message):
    with pytest.raises(ValueError, match=message):
        CueClassifier().fit(["It rained.", "It may rain."], labels)


def test_calibrate_fits_platt_per_domain(tiny_model):
    import json

    rows = [json.loads(line) for line in (EXAMPLES / "tiny_dev.jsonl").read_text("utf-8").splitlines()]
    model = pickle.loads(pickle.dumps(tiny_model))
    model.calibrate(
        [r["text"] for r in rows], [r["label"] for r in rows], domains=[r["domain"] for r in rows]
    )
    assert model.calibration_.shape == (2, 2)
    assert not np.allclose(model.calibration_[0], [1.0, 0.0])  # news has both labels in dev


# -- in the Analyzer --------------------------------------------------------------


def test_analyzer_scores_are_the_model_probabilities(tiny_model):
    sentences = ["The hospital will open a clinic next year.", "The hospital hired forty workers."]
    claims = Analyzer(model=tiny_model).classify(sentences)
    assert [c.score for c in claims] == pytest.approx(tiny_model.predict_proba(sentences)[:, 1].tolist())
    assert claims[0].label is Label.SPECULATION and Kind.PREDICTION in claims[0].kinds
    assert claims[1].label is Label.FACT and not claims[1].kinds


def test_lexicon_model_predicts_cue_kinds():
    model = LexiconModel()
    assert model.predict_kinds(["It may rain.", "It rained."]) == [{"hedge"}, set()]


def test_default_model_is_the_trained_classifier():
    analyzer = Analyzer()
    assert isinstance(analyzer.model_, CueClassifier)
    claims = analyzer.classify(["The summit will open on Monday.", "The summit opened on Monday."])
    assert [c.label for c in claims] == [Label.SPECULATION, Label.FACT]
    assert 0.0 <= claims[1].score < claims[0].score <= 1.0


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80) | st.text(max_size=80))
def test_the_lower_case_tokenizer_finds_the_tokenizers_tokens(text):
    text = text.lower()
    assert model_mod._lower_tokens(text) == model_mod._tokens(model_mod._DIGITS.sub("0", text))


@pytest.mark.parametrize(
    "text", ["it's 2024: costs rose 3.5%", "rock'n'roll__x 12a", "٣ ١٢", "l’été s’annonce", "a'b' 'c"]
)
def test_the_lower_case_tokenizer_on_cases(text):
    assert model_mod._lower_tokens(text) == model_mod._tokens(model_mod._DIGITS.sub("0", text))
