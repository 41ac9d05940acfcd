"""Training scripts: config, data loading, metric module, train and evaluate on tiny data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("datasets")

from conftest import ROOT, shared_path  # noqa: E402

from training.config import Source, TrainConfig  # noqa: E402
from training.data import COLUMNS, columns, load_mixture, load_source, parse_label  # noqa: E402
from training.train import choose_threshold  # noqa: E402
from training.train import main as train_main

TINY = ROOT / "training" / "configs" / "tiny.json"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("speculation", 1),
        ("fact", 0),
        ("Speculation ", 1),
        (1, 1),
        (0, 0),
        (True, 1),
        (False, 0),
        ("true", 1),
        ("0", 0),
    ],
)
def test_parse_label(value, expected):
    assert parse_label(value) == expected


@pytest.mark.parametrize("value", ["maybe", 2, None])
def test_parse_label_refuses_unknown_values(value):
    with pytest.raises(ValueError, match="label"):
        parse_label(value)


def test_config_round_trip_and_checks():
    config = TrainConfig.from_json(ROOT / "training" / "configs" / "default.json")
    assert TrainConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config
    assert config.train[0].name == "news_wikinews" and config.train[0].domain_name == "news"
    with pytest.raises(ValueError, match="unknown TrainConfig keys"):
        TrainConfig.from_dict({"train": ["x"], "epochs": 3})
    with pytest.raises(ValueError, match="unknown Source keys"):
        Source.from_dict({"name": "x", "wieght": 2})
    with pytest.raises(ValueError, match="weight"):
        Source(name="x", weight=-1)
    with pytest.raises(ValueError, match="at least one"):
        TrainConfig(train=())


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_load_a_users_own_file(tmp_path, fmt):
    rows = [("It may rain.", "speculation"), ("It rained.", "fact")]
    path = tmp_path / f"mine.{fmt}"
    if fmt == "jsonl":
        path.write_text("".join(json.dumps({"text": t, "label": y}) + "\n" for t, y in rows))
    else:
        path.write_text("text,label\n" + "".join(f'"{t}",{y}\n' for t, y in rows))
    data = load_source(Source(name="mine", path=str(path), weight=2.0, domain="news"))
    cols = columns(data)
    assert tuple(data.column_names) == COLUMNS
    assert cols["text"] == ["It may rain.", "It rained."] and cols["label"] == [1, 0]
    assert cols["weight"] == [2.0, 2.0] and cols["domain"] == ["news", "news"]
    assert cols["has_kinds"] == [False, False] and cols["doc"] == ["", ""]


def test_load_any_datasets_builder(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"sentence": "Sales will grow.", "gold": True}) + "\n")
    source = Source(
        name="d", dataset="json", data_files=str(path), text_field="sentence", label_fields=("gold",)
    )
    assert columns(load_source(source))["label"] == [1]


def test_mixture_keeps_per_source_weights_and_domains():
    config = TrainConfig.from_json(TINY)
    data = load_mixture([*config.train, Source(name="again", path=config.train[0].path, weight=3.0)], ".")
    cols = columns(data)
    assert set(cols["weight"]) == {1.0, 3.0} and {"news", "reviews", "again"} <= set(cols["domain"])


def test_missing_source_says_where_it_looked(tmp_path):
    with pytest.raises(FileNotFoundError, match="data_root"):
        load_source(Source(name="nothing"), tmp_path)


def test_shared_sets_load_with_local_labels():
    shared_path("data", "news_wikinews", "dev.jsonl")
    cols = columns(load_source(Source(name="news_wikinews", split="dev"), ROOT.parent / "shared" / "data"))
    assert len(cols["text"]) > 100 and set(cols["label"]) == {0, 1}
    assert all(cols["has_kinds"]) and any(cols["kinds"])


@pytest.mark.parametrize(
    "sets, expected",
    [
        ([(np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.6, 0.9]), 1.0)], (0.21, 0.6)),
        ([(np.array([0, 1]), np.array([0.7, 0.8]), 1.0)], (0.71, 0.8)),
    ],
)
def test_choose_threshold(sets, expected):
    low, high = expected
    assert low <= choose_threshold(sets) <= high


def test_metric_module_loads_from_its_folder():
    from training.evaluate_model import load_metric

    metric = load_metric()
    r = metric.compute(predictions=[1, 1, 0, 0], references=[1, 0, 0, 1], scores=[0.9, 0.6, 0.2, 0.4])
    assert r["precision"] == 0.5 and r["recall"] == 0.5 and r["f1"] == 0.5 and r["accuracy"] == 0.5
    assert r["confusion_matrix"] == [[1, 1], [1, 1]]
    assert sum(b["count"] for b in r["reliability"]) == 4
    perfect = metric.compute(predictions=[0, 1], references=[0, 1], scores=[0.0, 1.0])
    assert perfect["ece"] == 0.0 and perfect["f1"] == 1.0


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny") / "model"
    assert train_main(["--config", str(TINY), "--output", str(folder), "--data-root", str(ROOT)]) == 0
    return folder


def test_train_writes_a_loadable_model_directory(trained):
    from claimcheck.persist import load_model

    config = json.loads((trained / "config.json").read_text())
    assert config["backend"] == "sklearn" and 0 < config["threshold"] < 1
    assert config["training_config"]["train"][0]["name"] == "tiny"
    assert config["training_config"]["silent_cues"] is True
    assert config["training_config"]["domain_weight"] == {"reviews": 2.0}
    assert "tiny:train" in (trained / "README.md").read_text()
    model = load_model(trained, trust_pickle=True)
    assert model.predict(
        ["The airline will open a route next year.", "The airline hired forty workers."]
    ).tolist() == [1, 0]


def _train_in_subprocess(folder: Path, hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "training.train", "--config", str(TINY), "--output", str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("sha256=")[1].split()[0]


def test_training_is_reproducible_across_processes(tmp_path, trained):
    a = _train_in_subprocess(tmp_path / "a", "1")
    b = _train_in_subprocess(tmp_path / "b", "2")
    assert a == b == json.loads((trained / "config.json").read_text())["sha256"]


def test_evaluate_model_writes_json_and_markdown(tmp_path, trained):
    from training.evaluate_model import main as evaluate_main

    out = tmp_path / "report"
    data = str(ROOT / "training" / "examples" / "tiny_dev.jsonl")
    assert evaluate_main(["--model", str(trained), "--trust-pickle", "--data", data, "--out", str(out)]) == 0
    report = json.loads((out / "report.json").read_text())
    result = report["sets"]["tiny_dev:train"]
    assert {"precision", "recall", "f1", "accuracy", "ece", "reliability", "confusion_matrix"} <= set(result)
    assert set(result["kinds_f1"]) <= {"hypothetical", "prediction", "hedge", "conditional"}
    assert "Confusion matrix" in (out / "report.md").read_text()


def test_evaluate_model_refuses_a_user_pickle_without_opt_in(trained):
    from claimcheck import UnsafeModelError
    from training.evaluate_model import main as evaluate_main

    with pytest.raises(UnsafeModelError):
        evaluate_main(["--model", str(trained), "--data", "x.jsonl"])


def test_cross_validation_scores_every_train_source_and_writes_nothing(tmp_path, capsys):
    from dataclasses import replace

    from training.train import cross_validate

    config = replace(TrainConfig.from_json(TINY), data_root=str(ROOT))
    figures = cross_validate(config, 3, log=lambda m: None)
    assert set(figures) == {"tiny"} and 0.0 <= figures["tiny"] <= 1.0
    assert cross_validate(config, 3, log=lambda m: None) == figures  # the folds are fixed
    assert train_main(["--config", str(TINY), "--data-root", str(ROOT), "--cv", "3"]) == 0
    assert json.loads(capsys.readouterr().out) == figures
    with pytest.raises(SystemExit):
        train_main(["--config", str(TINY), "--cv", "1"])


def test_cross_validation_scores_loose_sentences_alone_or_as_one_corpus(tmp_path, monkeypatch):
    from dataclasses import replace

    from claimcheck.model import CueClassifier
    from training.train import cross_validate

    rows = [json.loads(line) for line in (ROOT / "training" / "examples" / "tiny_train.jsonl").open()]
    loose = tmp_path / "loose.jsonl"
    loose.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "doc"}) + "\n" for r in rows))
    config = TrainConfig.from_json(TINY)
    config = replace(config, data_root=str(ROOT), train=[replace(config.train[0], path=str(loose))])
    calls: list[int] = []
    predict = CueClassifier.predict
    monkeypatch.setattr(CueClassifier, "predict", lambda self, X: calls.append(len(X)) or predict(self, X))
    cross_validate(config, 3, log=lambda m: None)
    assert calls == [1] * len(rows)  # one call per sentence
    calls.clear()
    cross_validate(config, 3, loose="corpus", log=lambda m: None)
    assert len(calls) == 3 and sum(calls) == len(rows)  # one call per fold, every fold used
    with pytest.raises(ValueError, match="loose"):
        cross_validate(config, 3, loose="batch", log=lambda m: None)
