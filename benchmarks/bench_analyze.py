"""Throughput of ``analyze`` and ``classify`` on a long text, one process.

    python benchmarks/bench_analyze.py [--model default|lexicon|DIR] [--repeat 3]

The long text is a run of generated news articles (``make_corpus.py``) of about
20,000 sentences, so that per-sentence caches do not flatter the figures; each
run uses a fresh analyzer, and figures are the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
from pathlib import Path

import claimcheck
from claimcheck import Analyzer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_time  # noqa: E402
from make_corpus import make_article  # noqa: E402


def _long_text(target_sentences: int) -> str:
    rng = random.Random(0)
    articles: list[str] = []
    n = 0
    while n < target_sentences:
        articles.append(make_article(rng))
        n += len(claimcheck.split_sentences(articles[-1]))
    return "\n\n".join(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    text = _long_text(args.sentences)
    doc = Analyzer(model=args.model).analyze(text)
    n = len(doc.claims)
    sentences = [c.text for c in doc.claims]
    unique = len(set(sentences))

    def fresh(**kwargs):
        analyzer = Analyzer(model=args.model, **kwargs)
        analyzer.classify(["Warm-up: the model loads before the clock starts."])
        analyzer.matcher_.clear_cache()  # the bundled model (and its matcher) is loaded once per process
        return analyzer

    def timed(step, **kwargs) -> float:
        return best_time(step, args.repeat, lambda: fresh(**kwargs))

    t_split = best_time(lambda _: claimcheck.split_sentences(text), args.repeat)
    t_classify = timed(lambda a: a.classify(sentences))
    t_local = timed(lambda a: a.analyze(text), frames=False)
    t_full = timed(lambda a: a.analyze(text))

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, claimcheck {claimcheck.__version__}, model={args.model}"
    )
    print(f"text: {len(text):,} chars, {n:,} sentences ({unique:,} distinct)")
    print("| step | seconds | sentences/s | MB/s |")
    print("| --- | --- | --- | --- |")
    for name, t in [
        ("split_sentences", t_split),
        ("classify (no split, no frames)", t_classify),
        ("analyze, frames off", t_local),
        ("analyze (default)", t_full),
    ]:
        print(f"| {name} | {t:.3f} | {n / t:,.0f} | {len(text) / t / 1e6:.2f} |")
    print(f"frames overhead: {100 * (t_full - t_local) / t_local:+.1f} % of analyze time")


if __name__ == "__main__":
    main()
