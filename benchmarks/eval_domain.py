"""Speculation F1 with and without a known domain, one sentence per call and whole sets.

    python benchmarks/eval_domain.py [--limit 600]

Reads the dev splits in ``../shared/data``. One sentence per ``classify`` call
gives the router nothing to pool, which is where ``Analyzer(domain=...)`` helps.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimcheck import Analyzer

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SETS = {"news_wikinews": "news", "sfu_review_spec": "reviews", "bioscope_abstracts": "biomed",
        "pei_jurgens_certainty": "science"}  # fmt: skip


def _f1(gold: list[bool], pred: list[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    return 2 * tp / max(1, 2 * tp + fp + fn)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600, help="sentences per set (0: all)")
    args = parser.parse_args()
    print("| dev set | domain | whole set in one call | one sentence per call |")
    print("| --- | --- | --- | --- |")
    for name, domain in SETS.items():
        path = SHARED / name / "dev.jsonl"
        if not path.is_file():
            print(f"| {name} | (absent: {path}) | | |")
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        rows = rows[: args.limit] if args.limit else rows
        texts = [r["text"] for r in rows]
        gold = [(r.get("local_label") or r["label"]) == "speculation" for r in rows]
        for known in (None, domain):
            analyzer = Analyzer(domain=known)
            whole = [c.label.value == "speculation" for c in analyzer.classify(texts)]
            single = [analyzer.classify([t])[0].label.value == "speculation" for t in texts]
            print(f"| {name} | {known or 'router'} | {_f1(gold, whole):.3f} | {_f1(gold, single):.3f} |")


if __name__ == "__main__":
    main()
