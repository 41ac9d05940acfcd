"""Train a claimcheck model from a config, and optionally bundle it as the default.

    python -m training.train --config training/configs/default.json --output models/cue
    python -m training.train --config training/configs/default.json --bundle
    python -m training.train --config training/configs/default.json --cv 5

``--bundle`` writes the model to ``claimcheck/data/default_model/`` and its
SHA-256 to ``claimcheck/_bundled.py``. The run is seeded: the same data and
config give the same ``model.joblib`` bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from claimcheck.model import CueClassifier, CueFeaturizer, LexiconModel
from claimcheck.persist import save_model

from .config import TrainConfig
from .data import columns, load_source

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_DIR = ROOT / "claimcheck" / "data" / "default_model"
BUNDLED_PY = ROOT / "claimcheck" / "_bundled.py"
CARD_TEMPLATE = ROOT / "claimcheck" / "data" / "model_card.md"

__all__ = ["train", "build_model", "cross_validate", "choose_threshold", "main"]


def _f1(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = float(np.sum((pred == 1) & (y == 1)))
    p = tp / max(1.0, float(np.sum(pred == 1)))
    r = tp / max(1.0, float(np.sum(y == 1)))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def choose_threshold(sets: list[tuple[np.ndarray, np.ndarray, float]]) -> float:
    """The threshold that maximises the weighted mean F1 over ``(y, score, weight)`` sets."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    total = sum(w for *_, w in sets) or 1.0
    best = max(
        grid,
        key=lambda t: (sum(w * _f1(y, (s >= t).astype(int))[2] for y, s, w in sets) / total, -abs(t - 0.5)),
    )
    return float(best)


def _ece(y: np.ndarray, s: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(s, edges[1:-1]), 0, bins - 1)
    return float(
        sum(
            abs(s[idx == b].mean() - y[idx == b].mean()) * np.mean(idx == b)
            for b in range(bins)
            if np.any(idx == b)
        )
    )


def _scores(model: CueClassifier, cols: dict[str, list[Any]]) -> np.ndarray:
    """Scores of a set, one document per call (as the analyzer calls the model)."""
    out = np.zeros(len(cols["text"]))
    groups: dict[str, list[int]] = {}
    for i, doc in enumerate(cols["doc"]):
        groups.setdefault(doc, []).append(i)
    for rows in groups.values():
        out[rows] = model.predict_proba([cols["text"][i] for i in rows])[:, 1]
    return out


def build_model(config: TrainConfig) -> CueClassifier:
    """The unfitted classifier that ``config`` describes."""
    featurizer = CueFeaturizer(
        lexicon=config.lexicon,
        n_features=config.n_features,
        ngram_range=(config.ngram_range[0], config.ngram_range[1]),
        cue_weight=config.cue_weight,
        ngram_weight=config.ngram_weight,
        silent_cues=config.silent_cues,
    )
    return CueClassifier(
        featurizer=featurizer,
        C=config.C,
        kinds_C=config.kinds_C,
        domain_weight=config.domain_weight,
        random_state=config.seed,
        domain_prior=config.domain_prior,
        domain_pooling=config.domain_pooling,
    )


def _calibrate(model: CueClassifier, dev: list[dict[str, list[Any]]], config: TrainConfig) -> None:
    """Calibrate ``model`` on the dev sets' columns together (nothing without dev sets)."""
    if dev:
        model.calibrate(
            sum((c["text"] for c in dev), []),
            sum((c["label"] for c in dev), []),
            domains=sum((c["domain"] for c in dev), []),
            tune=config.tune_per_domain,
        )


def cross_validate(
    config: TrainConfig, folds: int = 5, *, loose: str = "sentence", log: Any = print
) -> dict[str, float]:
    """Speculation F1 per train source, each sentence scored by a model that did not see its document.

    The same pipeline as :func:`train` (fit, then calibrate on the dev sets),
    once per fold; documents (or sentences without one) go to folds by a
    hash of their source and id, so the split is reproducible. Each document
    is scored in one call, as the analyzer makes. ``loose`` says how sentences
    without a document are scored: ``"sentence"``, one call each (a lone
    sentence, whose domain the router must guess from it alone), or
    ``"corpus"``, one call for all of a source's held-out sentences (a user
    scoring a corpus, whose domain the router reads from the whole batch).
    """
    if loose not in ("sentence", "corpus"):
        raise ValueError(f"loose must be 'sentence' or 'corpus', not {loose!r}")
    import zlib

    sources = [s for s in config.train if s.weight > 0]
    rows: dict[str, list[Any]] = {k: [] for k in ("text", "label", "domain", "weight", "doc")}
    names: list[str] = []
    for source in sources:
        cols = columns(load_source(source, config.data_root, config.seed))
        for k in rows:
            rows[k].extend(cols[k])
        names += [source.name] * len(cols["text"])
    keys = [f"{n}|{d or f'#{i}'}" for i, (n, d) in enumerate(zip(names, rows["doc"], strict=True))]
    fold = np.array([zlib.crc32(k.encode()) % folds for k in keys])
    dev = [columns(load_source(s, config.data_root, config.seed)) for s in config.dev]
    y, pred = np.array(rows["label"]), np.zeros(len(keys), dtype=int)
    for f in range(folds):
        fit, held = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        model = build_model(config).fit(
            [rows["text"][i] for i in fit],
            y[fit],
            sample_weight=np.asarray(rows["weight"], dtype=float)[fit],
            domains=[rows["domain"][i] for i in fit],
        )
        _calibrate(model, dev, config)
        if config.threshold is not None:
            model.set_params(threshold=float(config.threshold))
        groups: dict[tuple[str, str], list[int]] = {}
        for i in held:  # one call per document, as the analyzer makes
            doc = rows["doc"][i]  # "" where the sentence has no document
            key = doc if doc else ("" if loose == "corpus" else f"#{i}")
            groups.setdefault((names[i], key), []).append(i)
        for idx in groups.values():
            pred[idx] = model.predict([rows["text"][i] for i in idx])
        log(f"fold {f + 1}/{folds} done")
    out = {}
    for source in sources:
        idx = np.array([i for i, n in enumerate(names) if n == source.name])
        out[source.name] = round(_f1(y[idx], pred[idx])[2], 4)
        log(f"cv {source.name:24s} n={len(idx):5d} F1={out[source.name]:.3f}")
    return out


def train(config: TrainConfig, *, log: Any = print) -> tuple[CueClassifier, dict[str, Any]]:
    """Fit, calibrate and tune a model; returns it with a report of the dev figures."""
    t0 = time.perf_counter()
    parts = [load_source(s, config.data_root, config.seed) for s in config.train if s.weight > 0]
    rows: dict[str, list[Any]] = {
        k: [] for k in ("text", "label", "kinds", "has_kinds", "domain", "weight", "source")
    }
    np.random.seed(config.seed)
    data_rows = []
    for source, part in zip([s for s in config.train if s.weight > 0], parts, strict=True):
        cols = columns(part)
        for k in rows:
            rows[k].extend(cols[k])
        data_rows.append((source, "train", len(cols["label"]), int(sum(cols["label"]))))
    log(f"train: {len(rows['text']):,} sentences from {len(parts)} sources ({time.perf_counter() - t0:.1f}s)")
    model = build_model(config)
    kinds = [k if has else None for k, has in zip(rows["kinds"], rows["has_kinds"], strict=True)]
    model.fit(rows["text"], rows["label"], sample_weight=rows["weight"], domains=rows["domain"], kinds=kinds)
    log(f"fit: domains {list(model.domains_)}, kinds {list(model.kinds_)} ({time.perf_counter() - t0:.1f}s)")

    dev = []
    for source in config.dev:
        cols = columns(load_source(source, config.data_root, config.seed))
        dev.append((source, cols))
        data_rows.append((source, source.split, len(cols["label"]), int(sum(cols["label"]))))
    _calibrate(model, [c for _, c in dev], config)
    scores = {s.name: _scores(model, c) for s, c in dev}
    if config.threshold is not None:
        threshold = float(config.threshold)
    elif dev and not config.tune_per_domain:
        threshold = choose_threshold([(np.array(c["label"]), scores[s.name], s.weight) for s, c in dev])
    else:
        threshold = 0.5  # each domain's dev-chosen threshold was moved to 0.5 by calibrate()
    model.set_params(threshold=threshold)
    from claimcheck.cues import CueMatcher

    lexicon = LexiconModel(CueMatcher(config.lexicon))
    metrics = {}
    for source, cols in dev:
        y = np.array(cols["label"])
        p, r, f = _f1(y, (scores[source.name] >= threshold).astype(int))
        lex = _f1(y, lexicon.predict(cols["text"]))[2]
        metrics[f"{source.name}:{source.split}"] = {
            "n": len(y),
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "lexicon_f1": round(lex, 4),
            "accuracy": round(float(np.mean((scores[source.name] >= threshold) == y)), 4),
            "ece": round(_ece(y, scores[source.name]), 4),
        }
        log(f"dev {source.name:24s} n={len(y):5d} P={p:.3f} R={r:.3f} F1={f:.3f} (lexicon {lex:.3f})")
    log(f"threshold {threshold:.2f}; total {time.perf_counter() - t0:.1f}s")
    return model, {"threshold": threshold, "metrics": metrics, "data": data_rows}


def _card(config: TrainConfig, model: CueClassifier, report: dict[str, Any], name: str, sha: str) -> str:
    data_rows = "\n".join(
        f"| {s.name} | {split} | {n:,} | {k:,} | {s.weight:g} | {s.domain_name} | "
        f"{s.licence or 'see its README'} |"
        for s, split, n, k in report["data"]
    )
    metric_rows = "\n".join(
        f"| {k} | {m['n']:,} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
        f"{m['lexicon_f1']:.3f} | {m['accuracy']:.3f} | {m['ece']:.3f} |"
        for k, m in report["metrics"].items()
    )
    return CARD_TEMPLATE.read_text(encoding="utf-8").format(
        name=name,
        sha256=sha,
        ngram_range=(config.ngram_range[0], config.ngram_range[1]),
        n_features=f"{config.n_features:,}",
        domains=", ".join(model.domains_),
        threshold=report["threshold"],
        dev_weights=", ".join(f"{s.name} {s.weight:g}" for s in config.dev) or "none",
        kinds=", ".join(model.kinds_) or "none",
        seed=config.seed,
        data_rows=data_rows,
        metric_rows=metric_rows,
    )


def write_bundled_hash(sha: str, path: Path = BUNDLED_PY) -> None:
    path.write_text(
        '"""The SHA-256 of the bundled model file, written by ``python -m training.train --bundle``."""\n\n'
        f'SHA256 = "{sha}"\n',
        encoding="utf-8",
    )


def save(model: CueClassifier, report: dict[str, Any], config: TrainConfig, folder: Path, name: str) -> str:
    """Write the model directory; the card names the file's hash, so it is written second."""
    extra = {
        "name": name,
        "training_config": config.to_dict(),
        "dev_metrics": report["metrics"],
        "domains": list(model.domains_),
        "kinds": list(model.kinds_),
    }
    sha = save_model(model, folder, config=extra)
    save_model(model, folder, config=extra, card=_card(config, model, report, name, sha))
    return sha


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.train", description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(ROOT / "training" / "configs" / "default.json"))
    parser.add_argument("--output", help="model directory to write (default: models/<config name>)")
    parser.add_argument(
        "--bundle",
        action="store_true",
        help="write to claimcheck/data/default_model and record its SHA-256 in claimcheck/_bundled.py",
    )
    parser.add_argument("--data-root", help="folder holding the named data sets (overrides the config)")
    parser.add_argument("--seed", type=int, help="overrides the config's seed")
    parser.add_argument("--report", help="also write the dev report as JSON here")
    parser.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="only cross-validate on the train sources in K folds; writes no model",
    )
    parser.add_argument(
        "--cv-loose",
        choices=("sentence", "corpus"),
        default="sentence",
        help="with --cv, score sentences that have no document one call each (default) or "
        "one call per source and fold",
    )
    args = parser.parse_args(argv)

    config = TrainConfig.from_json(args.config)
    if args.data_root:
        config = replace(config, data_root=args.data_root)
    if args.seed is not None:
        config = replace(config, seed=args.seed)
    if args.cv:
        if args.cv < 2:
            parser.error("--cv needs at least 2 folds")
        figures = cross_validate(
            config, args.cv, loose=args.cv_loose, log=lambda m: print(m, file=sys.stderr, flush=True)
        )
        print(json.dumps(figures, sort_keys=True))
        return 0
    name = "claimcheck-cue-" + Path(args.config).stem
    folder = BUNDLE_DIR if args.bundle else Path(args.output or Path("models") / Path(args.config).stem)
    model, report = train(config, log=lambda m: print(m, file=sys.stderr, flush=True))
    sha = save(model, report, config, folder, name)
    if args.bundle:
        write_bundled_hash(sha)
    if args.report:
        Path(args.report).write_text(
            json.dumps(report["metrics"], indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
    print(f"{folder / 'model.joblib'} sha256={sha} size={(folder / 'model.joblib').stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
