"""Evaluate any model on any labelled set; write a JSON report and a readable one.

    python -m training.evaluate_model --model default --data news_wikinews:dev --data sfu_review_spec:dev
    python -m training.evaluate_model --model models/cue --data my_sentences.jsonl --out reports/mine

``--model`` is ``default``, ``lexicon``, a model directory, or a joblib file
(with ``--trust-pickle``). ``--data`` is ``<name>:<split>`` of a set under
``--data-root``, or a JSONL/CSV file with ``text`` and ``label`` columns.
Sentences go through ``Analyzer(frames=False).classify`` one document at a
time (where the set has a ``doc`` column), so the figures are those of the
library's local labels; kinds are the analyzer's (cues plus kinds model).
Metrics come from the project's ``evaluate`` module in
``training/metrics/claimcheck_metric``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from claimcheck import Analyzer
from claimcheck.model import KINDS

from .config import Source
from .data import columns, load_source

METRIC_DIR = Path(__file__).resolve().parent / "metrics" / "claimcheck_metric"

__all__ = ["evaluate_set", "load_metric", "parse_data", "main"]


def load_metric() -> Any:
    """The project's metric module, loaded from its folder (no hub)."""
    import evaluate

    return evaluate.load(str(METRIC_DIR))


def parse_data(spec: str) -> Source:
    """``name:split`` of a named set, or a path to a JSONL/CSV file."""
    path = Path(spec)
    if path.suffix.lower() in (".jsonl", ".json", ".csv", ".tsv") or path.is_file():
        return Source(name=path.stem, path=str(path), split="train")
    name, _, split = spec.partition(":")
    return Source(name=name, split=split or "dev")


def _batches(cols: dict[str, list[Any]]) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for i, doc in enumerate(cols["doc"]):
        groups.setdefault(doc, []).append(i)
    return list(groups.values())


def evaluate_set(analyzer: Analyzer, cols: dict[str, list[Any]], metric: Any) -> dict[str, Any]:
    """Label one set and score it: speculation metrics, calibration, per-kind F1 where kinds exist."""
    n = len(cols["text"])
    labels, scores, kinds = [0] * n, [0.0] * n, [set()] * n
    t0 = time.perf_counter()
    for rows in _batches(cols):
        for i, claim in zip(rows, analyzer.classify([cols["text"][i] for i in rows]), strict=True):
            labels[i] = int(claim.local_label.value == "speculation")
            scores[i] = claim.score
            kinds[i] = {k.value for k in claim.kinds} if labels[i] else set()
    seconds = time.perf_counter() - t0
    result = metric.compute(predictions=labels, references=cols["label"], scores=scores)
    result["n"] = n
    result["sentences_per_second"] = round(n / seconds, 1) if seconds else None
    rows = [i for i in range(n) if cols["has_kinds"][i]]
    if rows and any(cols["kinds"][i] for i in rows):
        per_kind = {}
        for kind in KINDS:
            pred = [int(kind in kinds[i]) for i in rows]
            gold = [int(kind in cols["kinds"][i]) for i in rows]
            if sum(gold):
                per_kind[kind] = metric.compute(predictions=pred, references=gold, scores=pred)["f1"]
        result["kinds_f1"] = per_kind
        result["kinds_macro_f1"] = sum(per_kind.values()) / len(per_kind) if per_kind else None
    return result


def _report(model: str, results: dict[str, dict[str, Any]]) -> str:
    lines = [
        f"# Evaluation of model `{model}`",
        "",
        "| set | n | P | R | F1 | accuracy | ECE | kinds macro-F1 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in results.items():
        macro = r.get("kinds_macro_f1")
        lines.append(
            f"| {name} | {r['n']:,} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
            f"{r['accuracy']:.3f} | {r['ece']:.3f} | {'' if macro is None else f'{macro:.3f}'} |"
        )
    for name, r in results.items():
        (tn, fp), (fn, tp) = r["confusion_matrix"]
        lines += [
            "",
            f"## {name}",
            "",
            "Confusion matrix (rows gold, columns predicted):",
            "",
            "| | fact | speculation |",
            "| --- | --- | --- |",
            f"| fact | {tn} | {fp} |",
            f"| speculation | {fn} | {tp} |",
            "",
        ]
        if r.get("kinds_f1"):
            lines.append("Per-kind F1: " + ", ".join(f"{k} {v:.3f}" for k, v in r["kinds_f1"].items()))
            lines.append("")
        lines += [
            "Reliability (score bin, count, mean score, share speculative):",
            "",
            "| bin | count | mean score | speculative |",
            "| --- | --- | --- | --- |",
        ]
        for b in r["reliability"]:
            if b["count"]:
                lines.append(
                    f"| {b['low']:.1f}–{b['high']:.1f} | {b['count']} | {b['mean_score']:.3f} | "
                    f"{b['positive_rate']:.3f} |"
                )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.evaluate_model", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--model", default="default", help="default, lexicon, a model directory or a joblib file"
    )
    parser.add_argument(
        "--data", action="append", required=True, help="name:split, or a JSONL/CSV file (repeatable)"
    )
    parser.add_argument("--data-root", default="../shared/data")
    parser.add_argument(
        "--trust-pickle", action="store_true", help="allow loading a joblib file (pickles run code)"
    )
    parser.add_argument("--out", help="folder for report.json and report.md (default: print only)")
    args = parser.parse_args(argv)

    model: Any = args.model
    if args.model not in ("default", "lexicon"):
        from claimcheck.persist import load_model

        model = load_model(args.model, trust_pickle=args.trust_pickle)
    analyzer = Analyzer(model=model, frames=False)
    metric = load_metric()
    results = {}
    for spec in args.data:
        source = parse_data(spec)
        results[f"{source.name}:{source.split}"] = evaluate_set(
            analyzer, columns(load_source(source, args.data_root)), metric
        )
    report = _report(args.model, results)
    print(report)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "report.json").write_text(
            json.dumps({"model": args.model, "sets": results}, indent=2) + "\n", encoding="utf-8"
        )
        (out / "report.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
