"""What frames add to ``analyze`` in a long-running process, garbage collection included.

    python benchmarks/bench_stream.py [--model default] [--sentences 26000] [--per-doc 20]

A service reads document after document with one analyzer. Its per-sentence caches
fill, then turn over, and every container they keep is walked by each full garbage
collection, whose cost grows with the whole process (scikit-learn alone brings about a
hundred thousand objects). This reads real sentences from the training splits under
``../shared/data`` (reviews, biomedical abstracts and papers, news, certainty-rated
science sentences: many more than the caches hold), in documents of ``--per-doc``
sentences, once with frames off and once on, each in a fresh process so that one run's
heap does not weigh on the other. It prints CPU time a sentence, the garbage collections
that ran (young, middle, full) and the time spent in them, and the tracked objects kept
per sentence.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SOURCES = (
    "sfu_review_spec/train.jsonl", "bioscope_abstracts/train.jsonl", "news_wikinews/train.jsonl",
    "news_voa/train.jsonl", "bioscope_full/train.jsonl", "pei_jurgens_certainty/train.jsonl",
    "sfu_review_spec/dev.jsonl",
)


def _documents(sentences: int, per_doc: int) -> list[str]:
    texts: list[str] = []
    for source in SOURCES:
        path = SHARED / source
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    texts = texts[:sentences]
    return [" ".join(texts[i : i + per_doc]) for i in range(0, len(texts), per_doc)]


def _run(model: str, frames: bool, sentences: int, per_doc: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from claimcheck import Analyzer

    docs = _documents(sentences, per_doc)
    if not docs:
        raise SystemExit(f"no sentences under {SHARED}")
    analyzer = Analyzer(model=model, frames=frames)
    if frames:
        analyzer.frame_detector_.prepare()
    warm_up, docs = docs[:50], docs[50:]
    for doc in warm_up:
        analyzer.analyze(doc)
    counts = [0, 0, 0]  # collections of each generation
    spent = {"total": 0.0, "started": 0.0}  # seconds in collections, and when the current one began

    def timer(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            spent["started"] = time.perf_counter()
        else:
            counts[info["generation"]] += 1
            spent["total"] += time.perf_counter() - spent["started"]

    gc.collect()
    before = len(gc.get_objects())
    gc.callbacks.append(timer)
    n = 0
    t0 = time.process_time()
    for doc in docs:
        n += len(analyzer.analyze(doc))
    elapsed = time.process_time() - t0
    gc.callbacks.remove(timer)
    gc.collect()
    kept = len(gc.get_objects()) - before
    return {"sentences": n, "us": 1e6 * elapsed / n, "gc_us": 1e6 * spent["total"] / n,
            "young": counts[0], "middle": counts[1], "full": counts[2], "kept": kept / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--sentences", type=int, default=26000)
    parser.add_argument("--per-doc", type=int, default=20)
    parser.add_argument("--child", choices=["on", "off"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_run(args.model, args.child == "on", args.sentences, args.per_doc)))
        return
    results = {}
    for frames in ("off", "on"):
        command = [sys.executable, __file__, "--child", frames, "--model", args.model,
                   "--sentences", str(args.sentences), "--per-doc", str(args.per_doc)]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results[frames] = r = json.loads(out.strip().splitlines()[-1])
        print(f"frames {frames:3s} {r['sentences']:6d} sentences | {r['us']:6.1f} us/sentence, of which "
              f"garbage collection {r['gc_us']:4.1f} (collections {r['young']}/{r['middle']}/{r['full']}) "
              f"| tracked objects kept {r['kept']:.2f} a sentence")
    off, on = results["off"]["us"], results["on"]["us"]
    print(f"frames add {100 * (on - off) / off:+.0f}% ({on - off:.1f} us a sentence)")


if __name__ == "__main__":
    main()
