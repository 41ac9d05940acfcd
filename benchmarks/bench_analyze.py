"""Throughput of ``analyze`` and ``classify`` on a long text, one process.

    python benchmarks/bench_analyze.py [--model default|lexicon|DIR] [--repeat 3]

The long text is the fixture articles repeated until it holds about 20,000
sentences; figures are the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

import claimcheck
from claimcheck import Analyzer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _long_text(target_sentences: int) -> str:
    articles = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    unit = "\n\n".join(articles)
    n = len(claimcheck.split_sentences(unit))
    return "\n\n".join([unit] * max(1, target_sentences // n))


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    text = _long_text(args.sentences)
    analyzer = Analyzer(model=args.model)
    analyzer.analyze("Warm-up. It may rain.")
    doc = analyzer.analyze(text)
    n = len(doc.claims)
    sentences = [c.text for c in doc.claims]
    no_frames = Analyzer(model=args.model, frames=False)
    t_split = _best(lambda: claimcheck.split_sentences(text), args.repeat)
    t_classify = _best(lambda: analyzer.classify(sentences), args.repeat)
    t_local = _best(lambda: no_frames.analyze(text), args.repeat)
    t_full = _best(lambda: analyzer.analyze(text), args.repeat)

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, claimcheck {claimcheck.__version__}, model={args.model}")
    print(f"text: {len(text):,} chars, {n:,} sentences")
    print("| step | seconds | sentences/s | MB/s |")
    print("| --- | --- | --- | --- |")
    for name, t in [("split_sentences", t_split), ("classify (no split, no frames)", t_classify),
                    ("analyze, frames off", t_local), ("analyze (default)", t_full)]:
        print(f"| {name} | {t:.3f} | {n / t:,.0f} | {len(text) / t / 1e6:.2f} |")
    print(f"frames overhead: {100 * (t_full - t_local) / t_local:+.1f} % of analyze time")


if __name__ == "__main__":
    main()
