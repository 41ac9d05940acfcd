"""The cascade: the default model decides outside a band, the encoder (or the stack) inside it."""

from __future__ import annotations

import json
import pickle
import shutil
import warnings
from pathlib import Path

import numpy as np
import pytest

from claimcheck import Analyzer, ModelError

pytest.importorskip("torch", reason="the transformer backend needs the [train] extra (torch)")
pytest.importorskip("transformers", reason="the transformer backend needs the [train] extra")
pytest.importorskip("datasets", reason="fitting reads dev data through datasets")

from test_transformer import save_untrained_model, toy_sentences, write_jsonl  # noqa: E402

from claimcheck.persist import load_default  # noqa: E402
from claimcheck.transformer import Cascade, Stack, TransformerClassifier, shift_threshold  # noqa: E402
from training import stack as stacking  # noqa: E402

SENTENCES = [
    "Prices rose today.",
    "Prices may rise again.",
    "The team could win.",
    "Sales fell in march.",
    "It seems the plan has stalled.",
    "If it rains, the match will be moved.",
    "The minister resigned in March.",
    "Analysts expect sales to recover.",
]
STACK = {"weights": {"transformer": 0.7, "default": 1.3}, "bias": -0.2, "threshold": 0.4}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    return save_untrained_model(tmp_path_factory)


def _default(sentences: list[str]) -> np.ndarray:
    return load_default().predict_proba(sentences)[:, 1]


def _middle_band() -> Cascade:
    """A band holding exactly the middle half of SENTENCES by their default probability."""
    d = np.sort(_default(SENTENCES))
    assert len(np.unique(d)) == len(d), "the test needs distinct default probabilities"
    return Cascade(low=float(d[2]), high=float(d[5]))


def _with(model_dir: Path, folder: Path, **entries: object) -> Path:
    shutil.copytree(model_dir, folder)
    config = json.loads((folder / "config.json").read_text()) | entries
    (folder / "config.json").write_text(json.dumps(config))
    return folder


def _counting(clf: TransformerClassifier) -> list[str]:
    """Record every sentence that reaches the encoder."""
    seen: list[str] = []
    inner = clf._logits

    def logits(sentences: list[str]):
        seen.extend(sentences)
        return inner(sentences)

    clf._logits = logits  # type: ignore[method-assign]
    return seen


@pytest.mark.parametrize("stacked", [False, True], ids=["encoder", "stack"])
def test_only_the_band_reaches_the_encoder_and_the_rest_is_the_default_model(model_dir, stacked):
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch")
    stack = Stack.from_config(STACK) if stacked else None
    band = _middle_band()
    inner = TransformerClassifier(plain.model, plain.tokenizer, threshold=0.6, stack=stack)
    clf = TransformerClassifier(plain.model, plain.tokenizer, threshold=0.6, stack=stack, cascade=band)
    seen = _counting(clf)
    got = clf.predict_proba(SENTENCES)
    default = _default(SENTENCES)
    inside = band.band(default)
    assert inside.sum() == 4 and clf.encoder_mask(SENTENCES).tolist() == inside.tolist()
    assert sorted(seen) == sorted(s for s, i in zip(SENTENCES, inside, strict=True) if i)
    assert got.shape == (8, 2) and np.allclose(got.sum(axis=1), 1.0)
    assert got[~inside, 1].tolist() == default[~inside].tolist()
    decided = got[:, 1] >= clf.threshold_
    assert clf.threshold_ == load_default().threshold_
    assert decided[~inside].tolist() == (default[~inside] >= load_default().threshold_).tolist()
    # Inside the band, the stack fuses with the default probability of the whole batch.
    own = inner.predict_proba(SENTENCES)[:, 1]
    assert decided[inside].tolist() == (own[inside] >= inner.threshold_).tolist()
    assert clf.inner_threshold_ == inner.threshold_ == (0.4 if stacked else 0.6)


@pytest.mark.parametrize(
    "low, high, encoded",
    [(0.0, 1.0, 8), (1.0, 1.0, 0), (0.0, 0.0, 0)],
    ids=["everything", "nothing-high", "nothing-low"],
)
def test_band_edges(model_dir, low, high, encoded):
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch")
    clf = TransformerClassifier(plain.model, plain.tokenizer, cascade={"low": low, "high": high})
    seen = _counting(clf)
    got = clf.predict_proba(SENTENCES)[:, 1]
    assert len(seen) == encoded
    if encoded == 0:
        assert got.tolist() == _default(SENTENCES).tolist()
    else:
        own = plain.predict_proba(SENTENCES)[:, 1]
        assert ((got >= clf.threshold_) == (own >= plain.threshold_)).all()
        assert np.argsort(got, kind="stable").tolist() == np.argsort(own, kind="stable").tolist()
    assert clf.predict_proba([]).shape == (0, 2)


@pytest.mark.parametrize(
    "source, target",
    [(0.6, 0.5), (0.26, 0.5), (0.5, 0.5), (0.9, 0.1), (1.0, 0.5), (0.0, 0.5)],
)
def test_shift_threshold_keeps_every_decision_and_the_order(source, target):
    p = np.concatenate([np.linspace(0, 1, 101), [source, np.nextafter(source, 0.0)]])
    moved = shift_threshold(p, source, target)
    assert ((moved >= target) == (p >= source)).all()
    assert (np.diff(moved[:101]) >= 0).all() and ((moved >= 0) & (moved <= 1)).all()


def test_save_pretrained_round_trips_the_cascade(model_dir, tmp_path):
    band = {"low": 0.2, "high": 0.7, "info": {"share": 0.3}}
    clf = TransformerClassifier.from_pretrained(
        _with(model_dir, tmp_path / "m", stack=STACK, cascade=band), runtime="torch"
    )
    assert clf.cascade_ == Cascade(0.2, 0.7) and clf.cascade_.info == {"share": 0.3}
    assert clf.threshold_ == load_default().threshold_ and clf.inner_threshold_ == 0.4
    assert "cascade [0.200, 0.700]" in repr(clf)
    clf.save_pretrained(tmp_path / "copy")
    config = json.loads((tmp_path / "copy" / "config.json").read_text())
    assert config["threshold"] == 0.6 and config["stack"]["threshold"] == 0.4
    assert config["cascade"]["low"] == 0.2 and config["cascade"]["high"] == 0.7
    again = TransformerClassifier.from_pretrained(tmp_path / "copy", runtime="torch")
    assert again.cascade_ == clf.cascade_ and again.stack_ == clf.stack_
    assert np.allclose(again.predict_proba(SENTENCES), clf.predict_proba(SENTENCES), atol=1e-6)
    unstacked = TransformerClassifier.from_pretrained(
        _with(model_dir, tmp_path / "n", cascade=band), runtime="torch"
    )
    unstacked.save_pretrained(tmp_path / "copy2")
    config = json.loads((tmp_path / "copy2" / "config.json").read_text())
    assert config["threshold"] == 0.6 and config["stack"] is None and config["cascade"]["high"] == 0.7
    TransformerClassifier.from_pretrained(model_dir, runtime="torch").save_pretrained(tmp_path / "plain")
    assert json.loads((tmp_path / "plain" / "config.json").read_text()).get("cascade") is None


@pytest.mark.parametrize(
    "entry, message",
    [
        ([0.2, 0.8], "must be a JSON object"),
        ({"low": 0.2}, r"no \['high'\]"),
        ({"low": 0.2, "high": 0.8, "width": 1}, r"unknown keys \['width'\]"),
        ({"low": "0.2", "high": 0.8}, "low must be a finite number"),
        ({"low": 0.2, "high": float("inf")}, "high must be a finite number"),
        ({"low": True, "high": 0.8}, "low must be a finite number"),
        ({"low": 0.8, "high": 0.2}, "low <= high"),
        ({"low": -0.1, "high": 0.2}, "0 <= low"),
        ({"low": 0.1, "high": 1.2}, "high <= 1"),
    ],
)
def test_a_malformed_cascade_is_refused(model_dir, tmp_path, entry, message):
    folder = _with(model_dir, tmp_path / "m", cascade=entry)
    with pytest.raises(ModelError, match=message) as info:
        TransformerClassifier.from_pretrained(folder, runtime="torch")
    assert "config.json" in str(info.value) and "training/stack.py --cascade" in str(info.value)
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch")
    with pytest.raises(ModelError, match=message):
        TransformerClassifier(plain.model, plain.tokenizer, cascade=entry)


def test_a_cascade_fitted_on_another_default_model_warns(model_dir, tmp_path):
    folder = _with(
        model_dir, tmp_path / "m", cascade={"low": 0.2, "high": 0.8, "default_model_sha256": "0" * 64}
    )
    with pytest.warns(UserWarning, match="cascade band fitted on another version"):
        TransformerClassifier.from_pretrained(folder, runtime="torch")
    from claimcheck._bundled import SHA256

    folder = _with(
        model_dir, tmp_path / "n", cascade={"low": 0.2, "high": 0.8, "default_model_sha256": SHA256}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        TransformerClassifier.from_pretrained(folder, runtime="torch")


def test_only_encoded_sentences_can_be_truncated(model_dir):
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch", max_length=8)
    long = "Prices may rise again and again and again, the team could win on monday again."
    sentences = ["Prices rose today.", long, "The minister resigned in March and then again in may."]
    d = _default(sentences)
    for band, want in [((0.0, 1.0), [False, True, True]), ((1.0, 1.0), [False, False, False])]:
        clf = TransformerClassifier(plain.model, plain.tokenizer, max_length=8, cascade=Cascade(*band))
        assert clf.truncated(sentences) == want  # before any prediction: from the tokenizer
        clf.predict_proba(sentences)
        assert clf.truncated(sentences) == want  # after: kept from the prediction
    only_long = Cascade(float(d[1]), float(d[1]))
    clf = TransformerClassifier(plain.model, plain.tokenizer, max_length=8, cascade=only_long)
    if d[2] != d[1]:
        clf.predict_proba(sentences)
        assert clf.truncated(sentences) == [False, True, False]
        assert clf.sentence_warnings(sentences)[1] == ("truncated to 8 tokens",)


def test_the_analyzer_keeps_the_default_decisions_outside_the_band(model_dir):
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch")
    clf = TransformerClassifier(plain.model, plain.tokenizer, cascade=Cascade(1.0, 1.0))
    text = "The council met on Monday. Prices may rise again. If it rains, the match will be moved."
    cascaded = Analyzer(model=clf).analyze(text)
    default = Analyzer().analyze(text)
    assert [c.label for c in cascaded.claims] == [c.label for c in default.claims]
    assert [c.cues for c in cascaded.claims] == [c.cues for c in default.claims]
    assert [c.score for c in cascaded.claims] == pytest.approx([c.score for c in default.claims])


def test_a_cascaded_classifier_pickles(model_dir):
    plain = TransformerClassifier.from_pretrained(model_dir, runtime="torch")
    clf = TransformerClassifier(plain.model, plain.tokenizer, stack=STACK, cascade=_middle_band())
    copy = pickle.loads(pickle.dumps(clf))
    assert copy.cascade_ == clf.cascade_ and copy.threshold_ == clf.threshold_
    assert np.allclose(copy.predict_proba(SENTENCES), clf.predict_proba(SENTENCES))


# -- fitting ---------------------------------------------------------------------


def _synthetic(n: int = 3000, seed: int = 0) -> dict:
    """The default model is right far from 0.5 and at chance near it; the encoder is right near it."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    d = np.clip(np.where(y == 1, rng.normal(0.75, 0.25, n), rng.normal(0.25, 0.25, n)), 0.001, 0.999)
    near = np.abs(d - 0.5) < 0.15
    d[near] = rng.uniform(0.35, 0.65, near.sum())
    lt = np.where(y == 1, 3.0, -3.0) + rng.normal(0, 1.0, n)
    names = np.where(np.arange(n) % 3 == 0, "a", "b")
    return {"y": y, "source": names, "transformer": lt, "default": d, "weights": {"a": 1.0, "b": 1.0}}


@pytest.mark.parametrize("max_share", [1.0, 0.3, 0.1])
def test_fit_cascade_finds_the_uncertain_band_within_its_share(max_share):
    data = _synthetic()
    inner = stacking.inner_decisions(data, "encoder", 0.5)
    low, high, share = stacking.fit_cascade(data, inner, 0.5, max_share)
    band = (data["default"] >= low) & (data["default"] <= high)
    assert low <= 0.5 <= high and max(share.values()) <= max_share + 1e-9
    for name, value in share.items():
        assert value == pytest.approx(band[data["source"] == name].mean())
    pred = np.where(band, inner, data["default"] >= 0.5)
    alone = stacking.weighted_f1(data, data["default"] >= 0.5)
    assert stacking.weighted_f1(data, pred) > alone
    held_out, held_share = stacking.cross_validate_cascade(data, "encoder", 0.5, max_share, folds=3)
    assert held_out.shape == (len(data["y"]),) and stacking.weighted_f1(data, held_out) > alone
    assert 0 < held_share <= 1.0


@pytest.mark.parametrize("inner", ["stack", "encoder"])
def test_stack_script_writes_a_cascade(model_dir, tmp_path, inner):
    dev = write_jsonl(tmp_path / "dev.jsonl", toy_sentences(60, seed=11))
    out = tmp_path / "cascaded"
    args = ["--model", str(model_dir), "--dev", str(dev), "--cascade", "--max-share", "0.5"]
    assert stacking.main([*args, "--inner", inner, "--output", str(out)]) == 0
    config = json.loads((out / "config.json").read_text())
    report = json.loads((out / stacking.REPORT_FILE).read_text())
    entry = config["cascade"]
    assert entry["low"] == report["cascade"]["low"] and entry["high"] == report["cascade"]["high"]
    assert report["cascade"]["inner"] == inner and (config["stack"] is not None) == (inner == "stack")
    row = report["by_source"][str(dev)]
    assert {"cascade", "cascade_cv", "cascade_share"} <= set(row) and row["cascade_share"] <= 0.5
    assert report["runtime"] == entry["info"]["runtime"] == "torch"  # the runtime that scored dev
    clf = TransformerClassifier.from_pretrained(out, runtime="torch")
    assert clf.cascade_ is not None and clf.cascade_.low == entry["low"]
    assert (clf.stack_ is not None) == (inner == "stack")
    card = (out / "README.md").read_text()
    assert "Cascade" in card and ("for comparison only" in card) == (inner == "encoder")
    # Fitted again without --cascade, in place: the band goes.
    assert stacking.main(["--model", str(out), "--dev", str(dev), "--folds", "0"]) == 0
    assert json.loads((out / "config.json").read_text()).get("cascade") is None


@pytest.mark.parametrize(
    "options, message",
    [
        ({"inner": "other"}, "inner must be"),
        ({"max_share": 0.0}, "max_share"),
        ({"max_share": 1.5}, "max_share"),
    ],
)
def test_stack_model_refuses_bad_cascade_options(model_dir, options, message):
    from training.config import Source

    with pytest.raises(ValueError, match=message):
        stacking.stack_model(model_dir, [Source.parse("x.jsonl", "dev")], cascade=True, **options)


def test_auto_runtime_follows_the_scores_the_band_was_fitted_on(model_dir, tmp_path):
    pytest.importorskip("onnxruntime", reason="ONNX export needs onnxruntime")
    pytest.importorskip("onnx", reason="ONNX export needs onnx")
    from claimcheck.transformer import export_onnx

    folder = tmp_path / "m"
    shutil.copytree(model_dir, folder)
    export_onnx(folder)
    band = {"low": 0.2, "high": 0.8}

    def load(fitted: str | None, runtime: str = "auto") -> TransformerClassifier:
        info = {} if fitted is None else {"info": {"runtime": fitted}}
        config = json.loads((folder / "config.json").read_text())
        (folder / "config.json").write_text(json.dumps(config | {"cascade": band | info}))
        return TransformerClassifier.from_pretrained(folder, device="cpu", runtime=runtime)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load(None).runtime == "onnx"  # nothing recorded: int8 on CPU, as before
        assert load("torch").runtime == "torch"  # int8 would move the band's borderline decisions
        assert load("onnx").runtime == "onnx"
    with pytest.warns(UserWarning, match="fitted on torch scores but runs on onnx"):
        assert load("torch", runtime="onnx").runtime == "onnx"
    with pytest.warns(UserWarning, match="fitted on onnx scores but runs on torch"):
        assert load("onnx", runtime="torch").runtime == "torch"
