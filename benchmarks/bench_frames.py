"""What frames add to ``analyze`` time, per document, and where the frame stage spends it.

    PYTHONPATH=$PWD python benchmarks/bench_frames.py [--model lexicon] [--repeat 3] [--generated N] [--cpu]

Three workloads, each analysed document by document with ``frames=True`` and
``frames=False``: ordinary news (the news sets' articles under ``../shared``,
else the fixtures), frame-heavy texts (``../shared/data/frames`` articles and
the ``frame_*`` fixtures) and one long text of generated news articles
(``make_corpus.py``, ``--generated`` sentences; 0 leaves it out). "cold" runs
use a fresh analyzer each time; "unseen" runs use a fresh analyzer whose frame
rules are all compiled (``FrameDetector.prepare()``) and that has first read
2,000 other generated sentences, as a long-running analyzer meets new text (its
rule indexes are built, none of these sentences is cached); "warm" runs repeat
the texts through one analyzer, so the per-sentence caches of the cue matcher
and the frame detector hit. Figures are the best of ``--repeat`` runs, in
wall-clock time, or with ``--cpu`` in this process's CPU time (steadier on a
busy machine).

Under each workload, the cold frame stage is split into the opener scan of every
sentence, the sentence views the decoder asks for, and the decisions themselves
(the stage run again once scans and views are cached).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from claimcheck import Analyzer, split_sentences
from claimcheck.frames import FrameDetector

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_time as _best_wall  # noqa: E402
from make_corpus import make_article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _articles(folder: Path) -> list[str]:
    path = folder / "articles.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]


def _generated(sentences: int, seed: int = 0) -> list[str]:
    if sentences <= 0:
        return []
    rng = random.Random(seed)
    articles: list[str] = []
    n = 0
    while n < sentences:
        articles.append(make_article(rng))
        n += len(split_sentences(articles[-1]))
    return ["\n\n".join(articles)]


_CLOCK = time.perf_counter


def best_time(run: Callable[[Any], object], repeat: int, prepare: Callable[[], Any] = lambda: None) -> float:
    """``_timing.best_time``, on this script's clock."""
    if _CLOCK is time.perf_counter:
        return _best_wall(run, repeat, prepare)
    best = float("inf")
    for _ in range(repeat):
        state = prepare()
        t0 = _CLOCK()
        run(state)
        best = min(best, _CLOCK() - t0)
    return best


def _analyze_all(analyzer: Analyzer, texts: list[str]) -> None:
    for t in texts:
        analyzer.analyze(t)


def _best_cold(model: str, frames: bool, texts: list[str], repeat: int) -> float:
    """Best time over fresh analyzers: nothing cached from an earlier run."""
    return best_time(lambda a: _analyze_all(a, texts), repeat, lambda: Analyzer(model=model, frames=frames))


def _best_unseen(model: str, frames: bool, texts: list[str], repeat: int, warm_up: str = "") -> float:
    """Best time over analyzers that have read ``warm_up`` first: set up, but no sentence seen before."""

    def prepare() -> Analyzer:
        analyzer = Analyzer(model=model, frames=frames)
        if frames:
            analyzer.frame_detector_.prepare()
        analyzer.analyze(warm_up)
        return analyzer

    return best_time(lambda a: _analyze_all(a, texts), repeat, prepare)


def _best_warm(model: str, frames: bool, texts: list[str], repeat: int) -> float:
    """Best time over repeated runs of one analyzer: sentences seen before hit the caches."""
    analyzer = Analyzer(model=model, frames=frames)
    return best_time(lambda a: _analyze_all(a, texts), repeat + 1, lambda: analyzer)


def _best_stage(docs: list, repeat: int, mode: str, warm_up: list) -> float:
    """Best time of the frame stage alone on already labelled claims, in ``mode`` as ``analyze`` is timed."""
    warm = FrameDetector()

    def stage(detector: FrameDetector) -> None:
        for d in docs:
            detector.apply(d.text, d.claims)

    def prepare() -> FrameDetector:
        if mode == "warm":
            return warm
        detector = FrameDetector()
        if mode == "unseen":
            detector.prepare()
            for d in warm_up:
                detector.apply(d.text, d.claims)
        return detector

    return best_time(stage, repeat + 1, prepare)


def _stage_parts(docs: list, repeat: int) -> tuple[float, float, float]:
    """Best times of a cold stage's parts: the opener scan, the views, the decisions."""
    best = [float("inf")] * 3
    for _ in range(repeat):
        detector = FrameDetector()
        t0 = _CLOCK()
        for d in docs:
            for c in d.claims:
                detector._opener_of(c.text)
        t1 = _CLOCK()
        for d in docs:
            detector.apply(d.text, d.claims)
        t2 = _CLOCK()
        for d in docs:
            detector.apply(d.text, d.claims)
        t3 = _CLOCK()
        parts = (t1 - t0, (t2 - t1) - (t3 - t2), t3 - t2)
        best = [min(b, p) for b, p in zip(best, parts, strict=True)]
    return best[0], max(best[1], 0.0), best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="lexicon")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--generated", type=int, default=5000, help="sentences of generated news (0: none)")
    parser.add_argument("--cpu", action="store_true", help="time in CPU time of this process, not wall time")
    args = parser.parse_args()
    global _CLOCK
    _CLOCK = time.process_time if args.cpu else time.perf_counter
    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    news = _articles(SHARED / "news_wikinews") + _articles(SHARED / "news_voa")
    if not news:
        news = [p.read_text(encoding="utf-8") for p in fixtures if not p.stem.startswith("frame_")]
    framed = _articles(SHARED / "frames") + [
        p.read_text(encoding="utf-8") for p in fixtures if p.stem.startswith("frame_")
    ]
    warm_up_text = _generated(2000, seed=1)[0]
    counter = Analyzer(model=args.model, frames=False)
    warm_up = [counter.analyze(warm_up_text)]
    workloads = (("ordinary news", news), ("frame-heavy", framed), ("generated", _generated(args.generated)))
    for name, texts in workloads:
        if not texts:
            continue
        docs = [counter.analyze(t) for t in texts]
        n = sum(len(d) for d in docs)
        unseen = partial(_best_unseen, warm_up=warm_up_text)
        for mode, best in (("cold", _best_cold), ("unseen", unseen), ("warm", _best_warm)):
            off = best(args.model, False, texts, args.repeat)
            on = best(args.model, True, texts, args.repeat)
            stage = _best_stage(docs, args.repeat, mode, warm_up)
            print(
                f"{name:14s} {mode:6s} {len(texts):4d} docs {n:6d} sentences | analyze without frames "
                f"{1e6 * off / n:6.1f} us/sentence, with {1e6 * on / n:6.1f} "
                f"({100 * (on - off) / off:+.0f}%) "
                f"| frame stage alone {1e6 * stage / n:5.1f} us/sentence ({100 * stage / off:.0f}%)"
            )
        scan, views, decisions = _stage_parts(docs, args.repeat)
        print(
            f"{'':14s} cold frame stage: opener scan {1e6 * scan / n:5.1f} us/sentence, "
            f"views {1e6 * views / n:5.1f}, decisions {1e6 * decisions / n:5.1f}"
        )


if __name__ == "__main__":
    main()
