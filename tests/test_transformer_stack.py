"""The stack: a transformer fused with the bundled default model, applied on load and fitted on dev."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import numpy as np
import pytest

from claimcheck import Analyzer, ModelError

pytest.importorskip("torch", reason="the transformer backend needs the [train] extra (torch)")
pytest.importorskip("transformers", reason="the transformer backend needs the [train] extra")
pytest.importorskip("datasets", reason="stacking reads dev data through datasets")

from test_transformer import save_untrained_model, toy_sentences, write_jsonl  # noqa: E402

from claimcheck.persist import load_default  # noqa: E402
from claimcheck.transformer import Stack, TransformerClassifier, logit  # noqa: E402
from training import stack as stacking  # noqa: E402
from training.config import Source  # noqa: E402

SENTENCES = ["Prices rose today.", "Prices may rise again.", "The team could win.", "Sales fell in march."]
ENTRY = {"weights": {"transformer": 0.7, "default": 1.3}, "bias": -0.2, "threshold": 0.4}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    return save_untrained_model(tmp_path_factory)


def _with_stack(model_dir: Path, folder: Path, entry: object) -> Path:
    shutil.copytree(model_dir, folder)
    config = json.loads((folder / "config.json").read_text()) | {"stack": entry}
    (folder / "config.json").write_text(json.dumps(config))
    return folder


def _default(sentences: list[str]) -> np.ndarray:
    return load_default().predict_proba(sentences)[:, 1]


@pytest.mark.parametrize(
    "weights, bias, expected",
    [
        ((1.0, 0.0), 0.0, "transformer"),
        ((0.0, 1.0), 0.0, "default"),
        ((0.7, 1.3), -0.2, "formula"),
    ],
)
def test_the_stack_fuses_both_models(model_dir, weights, bias, expected):
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch")
    stack = Stack(transformer=weights[0], default=weights[1], bias=bias, threshold=0.5)
    stacked = TransformerClassifier(plain.model, plain.tokenizer, stack=stack)
    got = stacked.predict_proba(SENTENCES)
    own = plain.predict_proba(SENTENCES)[:, 1]
    want = {
        "transformer": own,
        "default": _default(SENTENCES),
        "formula": 1 / (1 + np.exp(-(0.7 * logit(own) + 1.3 * logit(_default(SENTENCES)) - 0.2))),
    }[expected]
    assert got.shape == (4, 2) and np.allclose(got.sum(axis=1), 1.0)
    assert np.allclose(got[:, 1], want, atol=1e-5)


def test_a_stacked_directory_loads_with_the_stack_threshold(model_dir, tmp_path):
    folder = _with_stack(model_dir, tmp_path / "m", ENTRY)
    clf = TransformerClassifier.from_pretrained(folder, runtime="torch")
    assert clf.stack_ == Stack(transformer=0.7, default=1.3, bias=-0.2, threshold=0.4)
    assert clf.threshold_ == 0.4 and clf.base_threshold_ == 0.6 and "stacked" in repr(clf)
    assert clf.predict(SENTENCES).tolist() == (clf.predict_proba(SENTENCES)[:, 1] >= 0.4).astype(int).tolist()
    assert clf.predict_proba([]).shape == (0, 2)


def test_save_pretrained_round_trips_the_stack(model_dir, tmp_path):
    clf = TransformerClassifier.from_pretrained(
        _with_stack(model_dir, tmp_path / "m", ENTRY), runtime="torch"
    )
    clf.threshold_ = 0.45
    clf.save_pretrained(tmp_path / "copy")
    config = json.loads((tmp_path / "copy" / "config.json").read_text())
    assert config["threshold"] == 0.6 and config["stack"]["threshold"] == 0.45
    again = TransformerClassifier.from_pretrained(tmp_path / "copy", runtime="torch")
    assert again.threshold_ == 0.45 and again.stack_.default == 1.3
    assert np.allclose(again.predict_proba(SENTENCES), clf.predict_proba(SENTENCES), atol=1e-6)
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch")
    plain.save_pretrained(tmp_path / "plain")
    assert json.loads((tmp_path / "plain" / "config.json").read_text()).get("stack") is None


@pytest.mark.parametrize(
    "entry, message",
    [
        ([1, 2, 3], "must be a JSON object"),
        ({"weights": {"transformer": 1.0}, "bias": 0.0, "threshold": 0.5}, "stack.weights"),
        ({"weights": {"transformer": 1.0, "default": "x"}, "bias": 0.0, "threshold": 0.5}, "finite number"),
        ({"weights": {"transformer": 1.0, "default": 1.0}, "bias": float("nan"), "threshold": 0.5}, "finite"),
        ({"weights": {"transformer": 1.0, "default": 1.0}, "bias": 0.0, "threshold": 1.5}, r"in \(0, 1\)"),
        ({"weights": {"transformer": 1.0, "default": 1.0}, "bias": 0.0}, "no \\['threshold'\\]"),
        (ENTRY | {"alpha": 1}, "unknown keys \\['alpha'\\]"),
    ],
)
def test_a_malformed_stack_is_refused(model_dir, tmp_path, entry, message):
    folder = _with_stack(model_dir, tmp_path / "m", entry)
    with pytest.raises(ModelError, match=message) as info:
        TransformerClassifier.from_pretrained(folder, runtime="torch")
    assert "config.json" in str(info.value) and "training/stack.py" in str(info.value)


def test_a_stack_fitted_on_another_default_model_warns(model_dir, tmp_path):
    folder = _with_stack(model_dir, tmp_path / "m", ENTRY | {"default_model_sha256": "0" * 64})
    with pytest.warns(UserWarning, match="another version of the bundled default model"):
        TransformerClassifier.from_pretrained(folder, runtime="torch")
    from claimcheck._bundled import SHA256

    folder = _with_stack(model_dir, tmp_path / "n", ENTRY | {"default_model_sha256": SHA256})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        TransformerClassifier.from_pretrained(folder, runtime="torch")


def test_the_analyzer_keeps_cues_with_a_stack(model_dir, tmp_path):
    only_default = {"weights": {"transformer": 0.0, "default": 1.0}, "bias": 0.0, "threshold": 0.5}
    clf = TransformerClassifier.from_pretrained(
        _with_stack(model_dir, tmp_path / "m", only_default), runtime="torch"
    )
    text = "The council met on Monday. Prices may rise again. If it rains, the match will be moved."
    stacked = Analyzer(model=clf).analyze(text)
    default = Analyzer().analyze(text)
    assert [c.label for c in stacked.claims] == [c.label for c in default.claims]
    assert [c.cues for c in stacked.claims] == [c.cues for c in default.claims]
    assert any(c.cues for c in stacked.claims)
    proba = clf.predict_proba([c.text for c in stacked.claims])[:, 1]
    assert [c.score for c in stacked.claims] == pytest.approx(proba.tolist())


# -- fitting ---------------------------------------------------------------------


def test_fit_recovers_known_fusion_weights():
    rng = np.random.default_rng(0)
    n = 4000
    lt, ld = rng.normal(0, 2, n), rng.normal(0, 2, n)
    y = (rng.random(n) < 1 / (1 + np.exp(-(0.5 * lt + 1.5 * ld - 1.0)))).astype(int)
    data = {
        "y": y,
        "source": np.array(["a"] * n),
        "transformer": lt,
        "default": 1 / (1 + np.exp(-ld)),
        "weights": {"a": 1.0},
    }
    params, threshold = stacking.fit(data)
    assert params["transformer"] == pytest.approx(0.5, abs=0.1)
    assert params["default"] == pytest.approx(1.5, abs=0.15)
    assert params["bias"] == pytest.approx(-1.0, abs=0.15)
    assert 0.05 <= threshold <= 0.95
    held_out = stacking.cross_validate(data, folds=4)
    assert held_out.shape == (n,) and set(np.unique(held_out)) == {0, 1}


@pytest.mark.parametrize(
    "sizes, weights, expected",
    [
        ({"a": 3, "b": 1}, {"a": 1.0, "b": 1.0}, {"a": 2 / 3, "b": 2.0}),
        ({"a": 2, "b": 2}, {"a": 3.0, "b": 1.0}, {"a": 1.5, "b": 0.5}),
    ],
)
def test_each_dev_source_weighs_by_its_weight_not_its_size(sizes, weights, expected):
    names = np.array([n for n, k in sizes.items() for _ in range(k)])
    got = stacking._row_weights(names, weights)
    assert got.tolist() == pytest.approx([expected[n] for n in names])


def test_stack_script_writes_a_stacked_copy(model_dir, tmp_path):
    dev = write_jsonl(tmp_path / "dev.jsonl", toy_sentences(60, seed=11))
    other = write_jsonl(tmp_path / "other.jsonl", toy_sentences(20, seed=12))
    out = tmp_path / "stacked"
    code = stacking.main(
        ["--model", str(model_dir), "--dev", f"{dev}@2", "--also", str(other), "--output", str(out)]
    )
    assert code == 0
    assert json.loads((model_dir / "config.json").read_text()).get("stack") is None
    config = json.loads((out / "config.json").read_text())
    report = json.loads((out / stacking.REPORT_FILE).read_text())
    assert config["stack"]["threshold"] == report["threshold"] and config["threshold"] == 0.6
    assert config["stack"]["info"]["fitted_on"] == [{"name": str(dev), "weight": 2.0, "split": "dev"}]
    row = report["by_source"][str(dev)]
    assert row["n"] == 60 and {"transformer", "default", "stacked", "stacked_cv"} <= set(row)
    assert set(report["out_of_sample"]) == {str(other)}
    assert stacking.CARD_HEADING in (out / "README.md").read_text()
    clf = TransformerClassifier.from_pretrained(out, runtime="torch")
    assert clf.stack_ is not None and clf.threshold_ == report["threshold"]
    with pytest.raises(SystemExit, match="exists"):
        stacking.main(["--model", str(model_dir), "--dev", str(dev), "--output", str(out)])


def test_stack_refuses_no_dev(model_dir):
    with pytest.raises(ValueError, match="at least one dev source"):
        stacking.stack_model(model_dir, [])
    assert Source.parse("x.jsonl", "dev").split == "dev"


def test_a_stacked_classifier_pickles_for_worker_processes(model_dir, tmp_path):
    import pickle

    clf = TransformerClassifier.from_pretrained(
        _with_stack(model_dir, tmp_path / "m", ENTRY), runtime="torch"
    )
    copy = pickle.loads(pickle.dumps(clf))
    assert copy.stack_ == clf.stack_ and copy.threshold_ == clf.threshold_
    assert np.allclose(copy.predict_proba(SENTENCES), clf.predict_proba(SENTENCES))
