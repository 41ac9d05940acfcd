"""Model directories: save, load, hashes, and refusing what was not opted into."""

from __future__ import annotations

import json
import shutil
import sys
import types

import numpy as np
import pytest

from claimcheck import Analyzer, ModelError, ModelIntegrityError, UnsafeModelError, persist
from claimcheck._bundled import SHA256
from claimcheck.model import CueClassifier, CueFeaturizer

SENTENCES = [
    "The council will vote next week.",
    "The council voted last week.",
    "Prices may rise.",
    "Prices rose.",
    "If it rains, the match could be cancelled.",
    "The match was cancelled.",
]
LABELS = [1, 0, 1, 0, 1, 0]


@pytest.fixture(scope="module")
def small_model() -> CueClassifier:
    return CueClassifier(featurizer=CueFeaturizer(n_features=2**10), threshold=0.4).fit(SENTENCES, LABELS)


@pytest.fixture()
def saved(tmp_path, small_model):
    folder = tmp_path / "model"
    persist.save_model(small_model, folder, config={"name": "small"}, card="# small\n")
    return folder


@pytest.fixture()
def bundled_copy(tmp_path, monkeypatch):
    """A copy of the bundled model directory that the package treats as the bundled one."""
    folder = tmp_path / "default_model"
    shutil.copytree(persist._bundled_dir(), folder)
    monkeypatch.setattr(persist, "_bundled_dir", lambda: folder)
    persist.load_default.cache_clear()
    yield folder
    persist.load_default.cache_clear()


def test_save_writes_named_files_and_config(saved, small_model):
    assert {p.name for p in saved.iterdir()} == {persist.CONFIG_NAME, persist.MODEL_NAME, persist.CARD_NAME}
    config = json.loads((saved / persist.CONFIG_NAME).read_text())
    assert config["backend"] == "sklearn" and config["labels"] == ["fact", "speculation"]
    assert config["threshold"] == 0.4 and config["name"] == "small"
    assert {"scikit-learn", "numpy", "joblib", "python"} <= set(config["versions"])
    assert config["sha256"] == persist.sha256_file(saved / persist.MODEL_NAME)


def test_round_trip_with_opt_in(saved, small_model):
    model = persist.load_model(saved, trust_pickle=True)
    assert np.allclose(model.predict_proba(SENTENCES), small_model.predict_proba(SENTENCES))
    assert model.threshold_ == 0.4


def test_saving_twice_gives_the_same_bytes(tmp_path, small_model):
    a = persist.save_model(small_model, tmp_path / "a")
    b = persist.save_model(small_model, tmp_path / "b")
    assert a == b


@pytest.mark.parametrize("target", ["dir", "file"])
def test_user_pickle_needs_opt_in(saved, target):
    path = saved if target == "dir" else saved / persist.MODEL_NAME
    with pytest.raises(UnsafeModelError, match="runs any code") as info:
        persist.load_model(path)
    assert "trust_pickle=True" in str(info.value)
    with pytest.raises(UnsafeModelError):
        Analyzer(model=str(path))


def test_analyzer_takes_a_loaded_user_model(saved):
    analyzer = Analyzer(model=persist.load_model(saved, trust_pickle=True))
    assert analyzer.threshold_ == 0.4


def test_bundled_model_matches_its_recorded_hash():
    folder = persist._bundled_dir()
    assert len(SHA256) == 64
    assert persist.sha256_file(folder / persist.MODEL_NAME) == SHA256
    config = json.loads((folder / persist.CONFIG_NAME).read_text())
    assert config["backend"] == "sklearn" and config["sha256"] == SHA256
    assert (folder / persist.CARD_NAME).read_text().startswith("# ")


def test_a_copy_of_the_bundled_file_loads_without_opt_in(tmp_path):
    shutil.copytree(persist._bundled_dir(), tmp_path / "copy")
    assert hasattr(persist.load_model(tmp_path / "copy"), "predict_proba")


@pytest.mark.parametrize("damage", ["flip", "truncate", "append"])
def test_tampered_bundled_model_is_refused_before_unpickling(bundled_copy, monkeypatch, damage):
    path = bundled_copy / persist.MODEL_NAME
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    elif damage == "truncate":
        data = data[: len(data) // 3]
    else:
        data += b"\x00"
    path.write_bytes(bytes(data))

    import joblib

    def never(*args, **kwargs):
        raise AssertionError("a tampered file was unpickled")

    monkeypatch.setattr(joblib, "load", never)
    with pytest.raises(ModelIntegrityError, match="SHA-256"):
        persist.load_default()
    with pytest.raises(ModelIntegrityError):
        Analyzer()


def test_missing_bundled_model_says_what_to_do(bundled_copy):
    (bundled_copy / persist.MODEL_NAME).unlink()
    with pytest.raises(ModelError, match="lexicon"):
        persist.load_default()


@pytest.mark.parametrize(
    "config, message",
    [
        (None, "no config.json"),
        ("{not json", "not valid JSON"),
        ('{"labels": []}', "backend"),
        ('{"backend": "onnx"}', "unknown backend"),
    ],
)
def test_bad_model_directories(tmp_path, config, message):
    if config is not None:
        (tmp_path / persist.CONFIG_NAME).write_text(config)
    with pytest.raises(ModelError, match=message):
        persist.load_model(tmp_path)


def test_missing_path_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="neither"):
        persist.load_model(tmp_path / "nowhere")


def test_a_pickle_without_predict_proba_is_refused(tmp_path):
    import joblib

    joblib.dump({"not": "a model"}, tmp_path / "x.joblib")
    with pytest.raises(ModelError, match="predict_proba"):
        persist.load_model(tmp_path / "x.joblib", trust_pickle=True)


def test_transformer_directories_go_to_the_transformer_backend(tmp_path, monkeypatch):
    (tmp_path / persist.CONFIG_NAME).write_text('{"backend": "transformer"}')
    seen = []

    class FakeTransformer:
        threshold_ = 0.5

        @classmethod
        def from_pretrained(cls, path):
            seen.append(path)
            return cls()

        def predict_proba(self, sentences):
            return np.tile([0.8, 0.2], (len(sentences), 1))

    module = types.ModuleType("claimcheck.transformer")
    module.TransformerClassifier = FakeTransformer
    monkeypatch.setitem(sys.modules, "claimcheck.transformer", module)
    analyzer = Analyzer(model=tmp_path)
    assert isinstance(analyzer.model_, FakeTransformer) and seen == [tmp_path]
    assert analyzer.classify(["It may rain."])[0].score == pytest.approx(0.2)
