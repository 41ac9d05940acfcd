"""What frames add to ``analyze`` time, per document.

    PYTHONPATH=$PWD python benchmarks/bench_frames.py [--model lexicon] [--repeat 3]

Two workloads, each analysed document by document with ``frames=True`` and
``frames=False``: ordinary news (the news sets' articles under ``../shared``,
else the fixtures) and frame-heavy texts (``../shared/data/frames`` articles and
the ``frame_*`` fixtures). "cold" runs use a fresh analyzer each time (no
sentence seen before); "warm" runs repeat the texts through one analyzer, so the
per-sentence caches of the cue matcher and the frame detector hit. Figures are
the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claimcheck import Analyzer
from claimcheck.frames import FrameDetector

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_time  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _articles(folder: Path) -> list[str]:
    path = folder / "articles.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]


def _analyze_all(analyzer: Analyzer, texts: list[str]) -> None:
    for t in texts:
        analyzer.analyze(t)


def _best_cold(model: str, frames: bool, texts: list[str], repeat: int) -> float:
    """Best time over fresh analyzers: nothing cached from an earlier run."""
    return best_time(lambda a: _analyze_all(a, texts), repeat, lambda: Analyzer(model=model, frames=frames))


def _best_warm(model: str, frames: bool, texts: list[str], repeat: int) -> float:
    """Best time over repeated runs of one analyzer: sentences seen before hit the caches."""
    analyzer = Analyzer(model=model, frames=frames)
    return best_time(lambda a: _analyze_all(a, texts), repeat + 1, lambda: analyzer)


def _best_stage(docs: list, repeat: int, cold: bool) -> float:
    """Best time of the frame stage alone on already labelled claims."""
    warm = FrameDetector()

    def stage(detector: FrameDetector) -> None:
        for d in docs:
            detector.apply(d.text, d.claims)

    return best_time(stage, repeat + 1, lambda: FrameDetector() if cold else warm)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="lexicon")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    news = _articles(SHARED / "news_wikinews") + _articles(SHARED / "news_voa")
    if not news:
        news = [p.read_text(encoding="utf-8") for p in fixtures if not p.stem.startswith("frame_")]
    framed = _articles(SHARED / "frames") + [
        p.read_text(encoding="utf-8") for p in fixtures if p.stem.startswith("frame_")
    ]
    counter = Analyzer(model=args.model, frames=False)
    for name, texts in (("ordinary news", news), ("frame-heavy", framed)):
        docs = [counter.analyze(t) for t in texts]
        n = sum(len(d) for d in docs)
        for mode, best in (("cold", _best_cold), ("warm", _best_warm)):
            off = best(args.model, False, texts, args.repeat)
            on = best(args.model, True, texts, args.repeat)
            stage = _best_stage(docs, args.repeat, cold=mode == "cold")
            print(
                f"{name:14s} {mode} {len(texts):4d} docs {n:6d} sentences | analyze without frames "
                f"{1e6 * off / n:6.1f} us/sentence, with {1e6 * on / n:6.1f} "
                f"({100 * (on - off) / off:+.0f}%) "
                f"| frame stage alone {1e6 * stage / n:5.1f} us/sentence ({100 * stage / off:.0f}%)"
            )


if __name__ == "__main__":
    main()
