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

With ``--cascade`` it also fits a band ``[low, high]`` of the default model's
probability around its threshold: outside it the default model decides alone,
inside it the stack (or, with ``--inner encoder``, the encoder alone) does. The
band has the best weighted mean F1 of the sources among those that send at most
``--max-share`` of each source's sentences to the encoder; the share and a
cross-validated F1 (band and stack fitted on k-1 folds) are reported too.
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

__all__ = [
    "collect",
    "fit",
    "cross_validate",
    "weighted_f1",
    "inner_decisions",
    "fit_cascade",
    "cross_validate_cascade",
    "stack_model",
    "main",
]
#: Candidate band edges: this many quantiles of the default model's dev probabilities.
BAND_GRID = 401


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


# -- cascade -----------------------------------------------------------------


def _binary_f1(tp: Any, predicted: Any, positive: int) -> np.ndarray:
    """Speculation F1 from true positives and predicted positives (0 where there is no true positive)."""
    tp, predicted = np.asarray(tp, dtype=float), np.asarray(predicted, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(tp > 0, 2.0 * tp / (predicted + positive), 0.0)


def weighted_f1(data: dict[str, Any], pred: np.ndarray, rows: np.ndarray | None = None) -> float:
    """The mean speculation F1 of the sources, each weighted by its weight (as the threshold is chosen)."""
    rows = np.arange(len(data["y"])) if rows is None else rows
    y, names, pred = data["y"][rows], data["source"][rows], np.asarray(pred)[rows].astype(int)
    total, score = 0.0, 0.0
    for name, weight in data["weights"].items():
        mine = names == name
        if mine.any():
            tp = int((y[mine] & pred[mine]).sum())
            score += weight * float(_binary_f1(tp, pred[mine].sum(), int(y[mine].sum())))
            total += weight
    return score / (total or 1.0)


def inner_decisions(
    data: dict[str, Any],
    inner: str,
    threshold: float,
    params: dict[str, float] | None = None,
) -> np.ndarray:
    """What judges the band's sentences decides: the stack (``params``) or the encoder alone."""
    if inner == "encoder":
        return 1.0 / (1.0 + np.exp(-data["transformer"])) >= threshold
    if params is None:
        raise ValueError("inner='stack' needs the stack's params")
    return _stack(params, threshold).combine(data["transformer"], data["default"]) >= threshold


def fit_cascade(
    data: dict[str, Any],
    inner: np.ndarray,
    default_threshold: float,
    max_share: float,
    rows: np.ndarray | None = None,
) -> tuple[float, float, dict[str, float]]:
    """The band ``[low, high]`` around ``default_threshold`` with the best weighted mean F1.

    Outside the band a sentence takes the default model's decision, inside it
    ``inner``'s. Only bands that hold at most ``max_share`` of each source's
    sentences count; among equally good bands the one with the smallest share
    wins (it is the fastest). Returns low, high and each source's share in it.
    Every (low, high) pair of the grid is scored at once from running sums over
    the sentences sorted by their default probability.
    """
    rows = np.arange(len(data["y"])) if rows is None else rows
    d, y, names = data["default"][rows], data["y"][rows], data["source"][rows]
    own = np.asarray(inner)[rows].astype(int)
    alone = (d >= default_threshold).astype(int)
    edges = np.unique(np.quantile(d, np.linspace(0.0, 1.0, BAND_GRID)))
    lows = np.unique(np.append(edges[edges <= default_threshold], default_threshold))
    highs = np.unique(np.append(edges[edges >= default_threshold], default_threshold))
    total = sum(w for n, w in data["weights"].items() if (names == n).any()) or 1.0
    score = np.zeros((len(lows), len(highs)))
    worst = np.zeros((len(lows), len(highs)))
    for name, weight in data["weights"].items():
        mine = names == name
        if not mine.any():
            continue
        order = np.argsort(d[mine], kind="stable")
        ds, ys, os_, al = d[mine][order], y[mine][order], own[mine][order], alone[mine][order]
        gain_tp = np.concatenate([[0], np.cumsum(ys * (os_ - al))])
        gain_pp = np.concatenate([[0], np.cumsum(os_ - al)])
        a = np.searchsorted(ds, lows, side="left")[:, None]
        b = np.searchsorted(ds, highs, side="right")[None, :]
        tp = int((ys & al).sum()) + gain_tp[b] - gain_tp[a]
        pp = int(al.sum()) + gain_pp[b] - gain_pp[a]
        score += weight * _binary_f1(tp, pp, int(ys.sum()))
        worst = np.maximum(worst, (b - a) / len(ds))
    score = np.round(score / total, 12).astype(float)
    allowed = worst <= max_share + 1e-12
    if not allowed.any():
        raise ValueError(f"no band holds at most {max_share:.0%} of each source's sentences")
    candidates = np.flatnonzero(allowed)
    best = candidates[np.lexsort((worst.flat[candidates], -score.flat[candidates]))[0]]
    i, j = np.unravel_index(best, score.shape)
    low, high = float(lows[i]), float(highs[j])
    band = (d >= low) & (d <= high)
    share = {n: float(band[names == n].mean()) for n in data["weights"] if (names == n).any()}
    return low, high, share


def cross_validate_cascade(
    data: dict[str, Any],
    inner: str,
    base_threshold: float,
    max_share: float,
    folds: int = 5,
    seed: int = 0,
    default_threshold: float | None = None,
) -> tuple[np.ndarray, float]:
    """Held-out decisions of the cascade (band, and stack when ``inner='stack'``, fitted on the other folds).

    Returns them and the share of all sentences that fell in their fold's band.
    """
    from sklearn.model_selection import StratifiedKFold

    if default_threshold is None:
        from claimcheck.persist import load_default

        default_threshold = float(load_default().threshold_)
    strata = np.char.add(data["source"].astype(str), data["y"].astype(str))
    out = np.zeros(len(strata), dtype=int)
    encoded = 0
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, held in splitter.split(np.zeros(len(strata)), strata):
        if inner == "stack":
            params, threshold = fit(data, train)
            own = inner_decisions(data, inner, threshold, params)
        else:
            own = inner_decisions(data, inner, base_threshold)
        low, high, _ = fit_cascade(data, own, default_threshold, max_share, train)
        d = data["default"][held]
        band = (d >= low) & (d <= high)
        out[held] = np.where(band, own[held], d >= default_threshold).astype(int)
        encoded += int(band.sum())
    return out, encoded / max(len(out), 1)


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
    cascade: bool = False,
    max_share: float = 0.2,
    inner: str = "stack",
) -> dict[str, Any]:
    """Fit the stack of ``model`` on ``sources``, write it, and return the report.

    ``also`` names sets only reported on (the stack is not fitted on them, so
    their figures are out of sample). With ``cascade``, also fit the band in
    which ``inner`` (``"stack"`` or ``"encoder"``) judges instead of the default
    model; with ``inner="encoder"`` the model is written without a stack.
    """
    from claimcheck.transformer import (
        CONFIG_NAME,
        Cascade,
        Stack,
        TransformerClassifier,
        _bundled_sha256,
    )
    from training.finetune import load_metric

    if not sources:
        raise ValueError("stacking needs at least one dev source")
    if inner not in ("stack", "encoder"):
        raise ValueError(f"inner must be 'stack' or 'encoder', got {inner!r}")
    if not 0.0 < max_share <= 1.0:
        raise ValueError(f"max_share must be in (0, 1], got {max_share!r}")
    clf = TransformerClassifier.from_pretrained(model, runtime=runtime)
    scored_on = clf.runtime  # recorded with the fit: "auto" loads the model on the same scores
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
    band: dict[str, Any] | None = None
    if cascade:
        inner_threshold = threshold if inner == "stack" else clf.base_threshold_
        own = inner_decisions(data, inner, inner_threshold, params)
        low, high, share = fit_cascade(data, own, default_threshold, max_share)
        band = {"low": low, "high": high, "inner": inner, "max_share": max_share, "share": share}
        inside = (data["default"] >= low) & (data["default"] <= high)
        band["share_all"] = float(inside.mean())
        pred = np.where(inside, own, data["default"] >= default_threshold).astype(int)
        band_cv = None
        if folds >= 2:
            band_cv, band["share_cv"] = cross_validate_cascade(
                data, inner, clf.base_threshold_, max_share, folds, seed, default_threshold
            )
        for name in data["weights"]:
            rows = data["source"] == name
            by_source[name]["cascade"] = _f1(metric, data["y"][rows], pred[rows], pred[rows].astype(float))
            by_source[name]["cascade_share"] = round(share[name], 4)
            if band_cv is not None:
                by_source[name]["cascade_cv"] = _f1(
                    metric, data["y"][rows], band_cv[rows], band_cv[rows].astype(float)
                )
    also_by_source: dict[str, Any] = {}
    if also:
        other = collect(clf, also, data_root, seed)
        other_fused = stack.combine(other["transformer"], other["default"])
        also_by_source = {name: scored(other, name, other_fused) for name in other["weights"]}
        if band is not None:
            own = inner_decisions(other, inner, inner_threshold, params)
            inside = (other["default"] >= band["low"]) & (other["default"] <= band["high"])
            pred = np.where(inside, own, other["default"] >= default_threshold).astype(int)
            for name in other["weights"]:
                rows = other["source"] == name
                also_by_source[name]["cascade"] = _f1(
                    metric, other["y"][rows], pred[rows], pred[rows].astype(float)
                )
                also_by_source[name]["cascade_share"] = round(float(inside[rows].mean()), 4)
    report = {
        "weights": params,
        "threshold": threshold,
        "folds": folds if held_out is not None else None,
        "seed": seed,
        "sources": [{"name": s.name, "weight": s.weight, "split": s.split} for s in sources],
        "by_source": by_source,
        "out_of_sample": also_by_source,
        "cascade": band,
        "runtime": scored_on,
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
            "runtime": scored_on,
            "by_source": by_source,
            "out_of_sample": also_by_source,
        },
    ).to_config()
    config["stack"] = entry if band is None or inner == "stack" else None
    if band is not None:
        config["cascade"] = Cascade(
            low=band["low"],
            high=band["high"],
            default_model_sha256=_bundled_sha256(),
            info={k: v for k, v in band.items() if k not in ("low", "high")}
            | {"fitted_on": report["sources"], "folds": report["folds"], "runtime": scored_on},
        ).to_config()
    else:
        config.pop("cascade", None)
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
    unused = (report.get("cascade") or {}).get("inner") == "encoder"
    where = "for comparison only: not written" if unused else "the `stack` entry of `config.json`"
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
`training/stack.py` ({where}) on the encoder's {report.get("runtime", "torch")} scores, the
runtime `from_pretrained(runtime="auto")` then uses. Speculation F1 of each model
alone at its own threshold, of the stack on the data it was fitted on, and of the stack
cross-validated ({report["folds"]}-fold: fitted on the other folds, scored on each held-out fold):

| source | sentences | transformer | default | stacked | stacked, CV |
|---|---|---|---|---|---|
{rows}
"""
    band = report.get("cascade")
    if band:
        inner = "the stack" if band["inner"] == "stack" else "the encoder alone"
        rows = "\n".join(
            f"| {name} | {m['cascade_share']:.1%} | {m['cascade']['f1']:.3f} | "
            f"{m['cascade_cv']['f1'] if 'cascade_cv' in m else float('nan'):.3f} |"
            for name, m in report["by_source"].items()
        )
        card += f"""
Cascade (the `cascade` entry of `config.json`): the default model decides alone
where its probability of speculation lies outside [{band["low"]:.3f}, {band["high"]:.3f}];
{inner} judges the sentences inside, at most {band["max_share"]:.0%} of each source's.
Share of sentences encoded and speculation F1, fitted on dev and cross-validated:

| source | encoded | cascade | cascade, CV |
|---|---|---|---|
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
    p.add_argument(
        "--cascade",
        action="store_true",
        help="also fit the band of the default model's probability inside which the encoder judges",
    )
    p.add_argument(
        "--max-share", type=float, default=0.2, help="most of each source's sentences the band may hold"
    )
    p.add_argument(
        "--inner",
        default="stack",
        choices=("stack", "encoder"),
        help="what judges the band: the stack, or the encoder alone (then no stack is written)",
    )
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
        cascade=a.cascade,
        max_share=a.max_share,
        inner=a.inner,
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
    band = report["cascade"]
    if band:
        print(
            f"cascade: {band['inner']} inside [{band['low']:.4f}, {band['high']:.4f}] of the default "
            f"probability; {band['share_all']:.1%} of dev encoded"
            + (f" ({band['share_cv']:.1%} cross-validated)" if "share_cv" in band else "")
        )
        print(f"{'source':28s} {'n':>5s} {'encoded':>8s} {'cascade':>8s} {'CV':>6s}")
        for name, m in [*report["by_source"].items(), *report["out_of_sample"].items()]:
            cv = m.get("cascade_cv", {}).get("f1", float("nan"))
            print(f"{name:28s} {m['n']:5d} {m['cascade_share']:8.1%} {m['cascade']['f1']:8.3f} {cv:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
