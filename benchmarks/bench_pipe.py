"""Throughput and peak memory of ``Analyzer.pipe`` (1 and 2 processes) and of a
Dask LocalCluster (2 worker processes) on a synthetic news corpus.

    python benchmarks/bench_pipe.py [--n 10000] [--model default] [--runs pipe1,pipe2,dask2]

The corpus (``make_corpus.py``, JSON Lines) is streamed from disk in every run:
no run holds all texts or all documents. Each run is a fresh Python process,
so its peak resident memory (``getrusage`` for the driver, ``VmHWM`` for each
worker process) is its own. Times exclude starting Python and the cluster, and
include reading the corpus. Figures vary with the load on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import make_corpus  # noqa: E402

import claimcheck  # noqa: E402

RUNS = ("pipe1", "pipe2", "dask2")


def _texts(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def _peak_mib(pid: int | None = None) -> float:
    """Peak resident memory of this process (``pid=None``) or of another one, in MiB."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _worker_pids() -> list[int]:
    try:
        import psutil
    except ImportError:
        return []
    # joblib's loky workers; its resource trackers are children too but do no work
    return [
        p.pid
        for p in psutil.Process().children(recursive=True)
        if any("LokyProcess" in part for part in p.cmdline())
    ]


def _run_pipe(path: Path, model: str, n_jobs: int, batch_size: int) -> dict:
    analyzer = claimcheck.Analyzer(model=model)
    analyzer.analyze("Warm-up. It may rain.")
    t0 = time.perf_counter()
    docs = sentences = spec = 0
    for doc in analyzer.pipe(_texts(path), batch_size=batch_size, n_jobs=n_jobs):
        docs += 1
        sentences += len(doc.claims)
        spec += len(doc.speculation)
    seconds = time.perf_counter() - t0
    workers = [_peak_mib(pid) for pid in _worker_pids()]
    return {"docs": docs, "sentences": sentences, "speculation": spec, "seconds": seconds, "workers": workers}


def _run_dask(path: Path, model: str, n_workers: int) -> dict:
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from claimcheck.integrations import analyze_bag

    analyzer = claimcheck.Analyzer(model=model)
    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        Client(cluster) as client,
    ):
        t0 = time.perf_counter()
        bag = db.read_text(str(path), blocksize="1MiB").map(json.loads).pluck("text")
        summary = analyze_bag(bag, analyzer, output="summary")
        counts = summary.map(lambda r: (1, r["n_sentences"], r["n_speculation"])).fold(
            lambda a, b: tuple(x + y for x, y in zip(a, b, strict=True)), initial=(0, 0, 0)
        )
        docs, sentences, spec = client.compute(counts).result()
        seconds = time.perf_counter() - t0
        workers = list(client.run(lambda: _peak_mib()).values())
    return {"docs": docs, "sentences": sentences, "speculation": spec, "seconds": seconds, "workers": workers}


def _child(run: str, path: Path, model: str, batch_size: int) -> None:
    if run == "pipe1":
        result = _run_pipe(path, model, 1, batch_size)
    elif run == "pipe2":
        result = _run_pipe(path, model, 2, batch_size)
    elif run == "dask2":
        result = _run_dask(path, model, 2)
    else:
        raise SystemExit(f"unknown run {run!r}; choose from {', '.join(RUNS)}")
    result["driver"] = _peak_mib()
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the corpus")
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus (default: generate one)")
    parser.add_argument("--model", default="default")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--runs", default=",".join(RUNS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    path = args.corpus or make_corpus.default_path(args.n, 0)
    if args.child:
        _child(args.child, path, args.model, args.batch_size)
        return
    if not path.exists():
        make_corpus.write_corpus(path, args.n)
    size = path.stat().st_size
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
        f"Python {platform.python_version()}, claimcheck {claimcheck.__version__}, model={args.model}"
    )
    print(f"corpus: {path} ({size / 2**20:.1f} MiB), batch_size={args.batch_size}")
    print(
        f"{'run':<7} {'docs':>7} {'sentences':>10} {'seconds':>8} {'docs/s':>8} {'sent/s':>8}  peak RSS (MiB)"
    )
    for run in args.runs.split(","):
        cmd = [sys.executable, __file__, "--child", run, "--corpus", str(path), "--model", args.model]
        cmd += ["--batch-size", str(args.batch_size)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"{run:<7} failed: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        workers = r["workers"]
        memory = f"driver {r['driver']:.0f}" + (
            f", workers {' + '.join(f'{w:.0f}' for w in workers)}" if workers else ""
        )
        print(
            f"{run:<7} {r['docs']:>7,} {r['sentences']:>10,} {r['seconds']:>8.1f} "
            f"{r['docs'] / r['seconds']:>8.1f} {r['sentences'] / r['seconds']:>8.0f}  {memory}"
        )


if __name__ == "__main__":
    main()
