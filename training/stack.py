"""Fit the fusion of a fine-tuned transformer with the bundled default model, on dev.

    python training/stack.py --model models/mine --dev news_wikinews sfu_review_spec
    python training/stack.py --model models/mine --dev my_dev.jsonl --output models/mine_stack

A transformer fine-tuned on a few thousand sentences should add to the cue
model, not replace it. This script scores the dev sentences with both models
(the default model one document at a time, as the Analyzer calls it), fits
``p = sigmoid(a * logit_transformer + b * logit_default + c)`` by weighted
logistic regression (each dev source weighs by its ``@W`` weight, whatever its
size), picks the threshold with the best weighted mean F1 of the sources, and
writes the result as the ``stack`` entry of the model's ``config.json`` (in
place, or in a copy with ``--output``). Since the three weights and the
threshold are fitted on dev, it also reports k-fold cross-validated F1 (fit on
k-1 folds, score the held-out fold) next to the in-sample figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

for _var in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_EVALUATE_OFFLINE"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from training.config import Source  # noqa: E402
from training.data import load_mixture  # noqa: E402

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
REPORT_FILE = "stack_report.json"
CARD_HEADING = "## Stacked with the default model"

__all__ = ["collect", "fit", "cross_validate", "stack_model", "main"]


def collect(clf: Any, sources: Sequence[Source], data_root: str | Path, seed: int = 0) -> dict[str, Any]:
    """Labels, source names, the encoder's logits and the default model's probabilities of dev."""
    from claimcheck.transformer import _default_proba

    data = load_mixture(sources, data_root, seed)
    texts, names, docs = list(data["text"]), list(data["source"]), list(data["doc"])
    default = np.zeros(len(texts))
    groups: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(zip(names, docs, strict=True)):
        groups.setdefault(key, []).append(i)
    for rows in groups.values():
        default[rows] = _default_proba([texts[i] for i in rows])
    return {
        "y": np.asarray(data["label"], dtype=int),
        "source": np.asarray(names),
        "transformer": clf.transformer_logits(texts),
        "default": default,
        "weights": {s.name: float(s.weight) for s in sources},
    }


def _row_weights(names: np.ndarray, weights: dict[str, float]) -> np.ndarray:
    """Each source's rows share its weight, whatever its size; scaled to a mean of 1."""
    out = np.zeros(len(names))
    for name, weight in weights.items():
        rows = names == name
        if rows.any():
            out[rows] = weight / rows.sum()
    return out * len(out) / (out.sum() or 1.0)


def _stack(params: dict[str, float], threshold: float) -> Any:
    from claimcheck.transformer import Stack

    return Stack(params["transformer"], params["default"], params["bias"], threshold)


def fit(data: dict[str, Any], rows: np.ndarray | None = None) -> tuple[dict[str, float], float]:
    """Fusion weights and threshold fitted on ``rows`` (default: all)."""
    from sklearn.linear_model import LogisticRegression

    from claimcheck.transformer import logit
    from training.train import choose_threshold

    rows = np.arange(len(data["y"])) if rows is None else rows
    X = np.column_stack([data["transformer"][rows], logit(data["default"][rows])])
    y, names = data["y"][rows], data["source"][rows]
    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(X, y, sample_weight=_row_weights(names, data["weights"]))
    params = {
        "transformer": float(model.coef_[0, 0]),
        "default": float(model.coef_[0, 1]),
        "bias": float(model.intercept_[0]),
    }
    stack = _stack(params, 0.5)
    p = stack.combine(data["transformer"][rows], data["default"][rows])
    sets = [(y[names == n], p[names == n], w) for n, w in data["weights"].items() if (names == n).any()]
    return params, choose_threshold(sets)


def cross_validate(data: dict[str, Any], folds: int = 5, seed: int = 0) -> np.ndarray:
    """Held-out decisions: each fold labelled by weights and threshold fitted on the other folds."""
    from sklearn.model_selection import StratifiedKFold

    strata = np.char.add(data["source"].astype(str), data["y"].astype(str))
    out = np.zeros(len(strata), dtype=int)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, held in splitter.split(np.zeros(len(strata)), strata):
        params, threshold = fit(data, train)
        p = _stack(params, threshold).combine(data["transformer"][held], data["default"][held])
        out[held] = (p >= threshold).astype(int)
    return out


def _f1(metric: Any, y: np.ndarray, pred: np.ndarray, score: np.ndarray) -> dict[str, float]:
    r = metric.compute(predictions=pred.tolist(), references=y.tolist(), scores=score.tolist())
    return {k: round(float(r[k]), 4) for k in ("precision", "recall", "f1")}


def stack_model(
    model: str | Path,
    sources: Sequence[Source],
    *,
    data_root: str | Path = DEFAULT_DATA_DIR,
    output: str | Path | None = None,
    folds: int = 5,
    seed: int = 0,
    runtime: str = "auto",
    also: Sequence[Source] = (),
) -> dict[str, Any]:
    """Fit the stack of ``model`` on ``sources``, write it, and return the report.

    ``also`` names sets only reported on (the stack is not fitted on them, so
    their figures are out of sample).
    """
    from claimcheck.transformer import CONFIG_NAME, Stack, TransformerClassifier, _bundled_sha256
    from training.finetune import load_metric

    if not sources:
        raise ValueError("stacking needs at least one dev source")
    clf = TransformerClassifier.from_pretrained(model, runtime=runtime)
    data = collect(clf, sources, data_root, seed)
    params, threshold = fit(data)
    stack = _stack(params, threshold)
    fused = stack.combine(data["transformer"], data["default"])
    held_out = cross_validate(data, folds, seed) if folds >= 2 else None
    from claimcheck.persist import load_default

    default_threshold = float(load_default().threshold_)
    metric = load_metric()

    def scored(d: dict[str, Any], name: str, fused: np.ndarray) -> dict[str, Any]:
        rows = d["source"] == name
        y, own, default = d["y"][rows], 1.0 / (1.0 + np.exp(-d["transformer"][rows])), d["default"][rows]
        return {
            "n": int(rows.sum()),
            "transformer": _f1(metric, y, (own >= clf.base_threshold_).astype(int), own),
            "default": _f1(metric, y, (default >= default_threshold).astype(int), default),
            "stacked": _f1(metric, y, (fused[rows] >= threshold).astype(int), fused[rows]),
        }

    by_source: dict[str, Any] = {}
    for name in data["weights"]:
        by_source[name] = scored(data, name, fused)
        if held_out is not None:
            rows = data["source"] == name
            by_source[name]["stacked_cv"] = _f1(
                metric, data["y"][rows], held_out[rows], held_out[rows].astype(float)
            )
    also_by_source: dict[str, Any] = {}
    if also:
        other = collect(clf, also, data_root, seed)
        other_fused = stack.combine(other["transformer"], other["default"])
        also_by_source = {name: scored(other, name, other_fused) for name in other["weights"]}
    report = {
        "weights": params,
        "threshold": threshold,
        "folds": folds if held_out is not None else None,
        "seed": seed,
        "sources": [{"name": s.name, "weight": s.weight, "split": s.split} for s in sources],
        "by_source": by_source,
        "out_of_sample": also_by_source,
    }
    target = Path(output) if output else Path(model)
    if output:
        if target.exists():
            raise SystemExit(f"{target} exists; choose another --output or remove it")
        shutil.copytree(model, target, ignore=shutil.ignore_patterns("checkpoints"))
    config_file = target / CONFIG_NAME
    config = json.loads(config_file.read_text(encoding="utf-8"))
    entry = Stack(
        transformer=params["transformer"],
        default=params["default"],
        bias=params["bias"],
        threshold=threshold,
        default_model_sha256=_bundled_sha256(),
        info={
            "fitted_on": report["sources"],
            "folds": report["folds"],
            "by_source": by_source,
            "out_of_sample": also_by_source,
        },
    ).to_config()
    config["stack"] = entry
    config_file.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (target / REPORT_FILE).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    _update_card(target, report)
    return report


def _update_card(folder: Path, report: dict[str, Any]) -> None:
    card_file = folder / "README.md"
    card = (
        card_file.read_text(encoding="utf-8") if card_file.is_file() else "# claimcheck transformer model\n"
    )
    card = card.split(f"\n{CARD_HEADING}\n")[0].rstrip("\n") + "\n"
    w = report["weights"]
    rows = "\n".join(
        f"| {name} | {m['n']} | {m['transformer']['f1']:.3f} | {m['default']['f1']:.3f} | "
        f"{m['stacked']['f1']:.3f} | {m['stacked_cv']['f1']:.3f} |"
        if "stacked_cv" in m
        else f"| {name} | {m['n']} | {m['transformer']['f1']:.3f} | {m['default']['f1']:.3f} | "
        f"{m['stacked']['f1']:.3f} | |"
        for name, m in report["by_source"].items()
    )
    rows += "".join(
        f"\n| {name} (not fitted on) | {m['n']} | {m['transformer']['f1']:.3f} | {m['default']['f1']:.3f} | "
        f"{m['stacked']['f1']:.3f} | |"
        for name, m in report.get("out_of_sample", {}).items()
    )
    card += f"""
{CARD_HEADING}

`p = sigmoid({w["transformer"]:.3f} * logit_transformer + {w["default"]:.3f} * logit_default
{w["bias"]:+.3f})`, threshold {report["threshold"]:.2f}, fitted on the dev sets below by
`training/stack.py` (the `stack` entry of `config.json`). Speculation F1 of each model
alone at its own threshold, of the stack on the data it was fitted on, and of the stack
cross-validated ({report["folds"]}-fold: fitted on the other folds, scored on each held-out fold):

| source | sentences | transformer | default | stacked | stacked, CV |
|---|---|---|---|---|---|
{rows}
"""
    card_file.write_text(card, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", required=True, help="a transformer model directory")
    p.add_argument(
        "--dev", nargs="+", required=True, help="dev sources: NAME|FILE.jsonl|FILE.csv[:N][@WEIGHT]"
    )
    p.add_argument("--data-dir", "--data-root", dest="data_root", default=str(DEFAULT_DATA_DIR))
    p.add_argument(
        "--also", nargs="*", default=[], help="sources only reported on (out of sample), not fitted on"
    )
    p.add_argument("--output", help="write a stacked copy here instead of editing --model in place")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--runtime", default="auto", choices=("auto", "torch", "onnx"))
    a = p.parse_args(argv)
    report = stack_model(
        a.model,
        [Source.parse(s, "dev") for s in a.dev],
        data_root=a.data_root,
        output=a.output,
        folds=a.folds,
        seed=a.seed,
        runtime=a.runtime,
        also=[Source.parse(s, "dev") for s in a.also],
    )
    w = report["weights"]
    print(
        f"stack: {w['transformer']:.3f} * transformer + {w['default']:.3f} * default {w['bias']:+.3f}, "
        f"threshold {report['threshold']:.2f}"
    )
    print(f"{'source':28s} {'n':>5s} {'transformer':>11s} {'default':>8s} {'stacked':>8s} {'CV':>6s}")
    for name, m in [*report["by_source"].items(), *report["out_of_sample"].items()]:
        cv = m.get("stacked_cv", {}).get("f1", float("nan"))
        print(
            f"{name:28s} {m['n']:5d} {m['transformer']['f1']:11.3f} {m['default']['f1']:8.3f} "
            f"{m['stacked']['f1']:8.3f} {cv:6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
