"""What frames add to ``analyze`` time, per document.

    PYTHONPATH=$PWD python benchmarks/bench_frames.py [--model lexicon] [--repeat 3]

Two workloads, each analysed document by document with ``frames=True`` and
``frames=False``: ordinary news (the news sets' articles under ``../shared``,
else the fixtures) and frame-heavy texts (``../shared/data/frames`` articles and
the ``frame_*`` fixtures). Figures are the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from claimcheck import Analyzer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _articles(folder: Path) -> list[str]:
    path = folder / "articles.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


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
    on, off = Analyzer(model=args.model), Analyzer(model=args.model, frames=False)
    for name, texts in (("ordinary news", news), ("frame-heavy", framed)):
        n = sum(len(off.analyze(t)) for t in texts)
        t_on = _best(lambda texts=texts: [on.analyze(t) for t in texts], args.repeat)
        t_off = _best(lambda texts=texts: [off.analyze(t) for t in texts], args.repeat)
        docs = [off.analyze(t) for t in texts]
        detector = on.frame_detector_
        t_stage = _best(
            lambda docs=docs, detector=detector: [detector.apply(d.text, d.claims) for d in docs], args.repeat
        )
        print(
            f"{name:14s} {len(texts):4d} docs {n:6d} sentences | frames off {t_off:.3f}s, on {t_on:.3f}s "
            f"(+{100 * (t_on - t_off) / t_off:.1f}%) | frame stage alone {t_stage:.3f}s "
            f"({100 * t_stage / t_off:.1f}% of analyze)"
        )


if __name__ == "__main__":
    main()
