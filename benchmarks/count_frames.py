"""What frames add to ``analyze``, counted in CPU instructions, which a busy machine does not change.

    python benchmarks/count_frames.py [--model default] [--workload news frame-heavy generated] [--lazy]

Timed figures on a shared machine drift by a third between runs; instruction
counts do not. For each workload (as in ``bench_frames.py``), four processes
run under ``valgrind --tool=callgrind`` (``PYTHONHASHSEED=0``): an analyzer with
frames off and one with frames on (its rules compiled by ``FrameDetector.prepare()``,
as a long-running service does at start) each read other text first (the other
workloads but the generated one, and 2,000 generated sentences of another seed),
as a long-running analyzer has, so rule indexes are built (``--lazy`` leaves
the rules to compile on first use, so rules that only the workload needs are
compiled inside the count, as in a short script); two more
do the same, then analyze the workload once. The differences are the
instructions of ``analyze`` on sentences it has not seen, without and with
frames. Needs valgrind; each workload takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

WORKLOADS = ("news", "frame-heavy", "generated")


def _texts(workload: str) -> list[str]:
    from bench_frames import ROOT, SHARED, _articles, _generated

    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    if workload == "news":
        news = _articles(SHARED / "news_wikinews") + _articles(SHARED / "news_voa")
        return news or [p.read_text(encoding="utf-8") for p in fixtures if not p.stem.startswith("frame_")]
    if workload == "frame-heavy":
        return _articles(SHARED / "frames") + [
            p.read_text(encoding="utf-8") for p in fixtures if p.stem.startswith("frame_")
        ]
    return _generated(5000)


def _child(model: str, workload: str, frames: bool, run: bool, prepare: bool = True) -> None:
    from bench_frames import _generated

    from claimcheck import Analyzer

    texts = _texts(workload)
    analyzer = Analyzer(model=model, frames=frames)
    if frames and prepare:
        analyzer.frame_detector_.prepare()
    for other in [w for w in WORKLOADS if w not in (workload, "generated")]:
        for text in _texts(other):
            analyzer.analyze(text)
    analyzer.analyze(_generated(2000, seed=1)[0])
    if run:
        n = sum(len(analyzer.analyze(t)) for t in texts)
        print(f"sentences {n}")


def _count(model: str, workload: str, frames: bool, run: bool, prepare: bool) -> tuple[int, int]:
    """Instructions of one child process, and the sentences it analyzed."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
            sys.executable, __file__, "--child", model, workload, str(int(frames)), str(int(run)),
            str(int(prepare)),
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    collected = re.search(r"Collected : (\d+)", done.stderr)
    sentences = re.search(r"sentences (\d+)", done.stdout)
    if collected is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(collected.group(1)), int(sentences.group(1)) if sentences else 0


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        model, workload, frames, run, prepare = sys.argv[2:7]
        _child(model, workload, frames == "1", run == "1", prepare == "1")
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--workload", nargs="+", choices=WORKLOADS, default=list(WORKLOADS))
    parser.add_argument("--jobs", type=int, default=2, help="valgrind processes at once")
    parser.add_argument("--lazy", action="store_true", help="do not compile the frame rules up front")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    for workload in args.workload:
        runs = [(frames, run) for frames in (False, True) for run in (False, True)]
        with ThreadPoolExecutor(args.jobs) as pool:
            jobs = [(args.model, workload, *r, not args.lazy) for r in runs]
            found = pool.map(_count, *zip(*jobs, strict=True))
            counts = dict(zip(runs, found, strict=True))
        n = counts[False, True][1]
        off = counts[False, True][0] - counts[False, False][0]
        on = counts[True, True][0] - counts[True, False][0]
        print(
            f"{workload:12s} {n:6d} sentences | analyze, frames off {off / n:9,.0f} instructions/sentence, "
            f"frames on {on / n:9,.0f} | frames add {100 * (on - off) / off:+.1f} %"
        )


if __name__ == "__main__":
    main()
