"""Throughput of the local models alone and inside ``Analyzer.classify``, one process.

    python benchmarks/bench_model.py [--model default|lexicon|DIR] [--sentences 20000] [--repeat 3]
    python benchmarks/bench_model.py --baseline ../other-checkout [--sentences 10000] [--repeat 7]

Sentences are the fixture articles' sentences repeated; figures are the best
of ``--repeat`` runs, in sentences per second, on one core (the BLAS thread
pools are limited to one thread).

``--baseline`` compares ``Analyzer.classify`` (cold caches) of this checkout
with another one's: one worker process per checkout, runs interleaved (the
order alternating), so that a change in machine load hits both alike. It
prints the range of each side's speed and of the per-run speed-up.
"""

from __future__ import annotations

import argparse
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import claimcheck  # noqa: E402
from claimcheck import Analyzer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_time  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _sentences(n: int) -> list[str]:
    """``n`` distinct sentences (the cue matcher caches repeated ones): news and
    review dev sentences from ../shared when present, else numbered fixture sentences."""
    import json

    shared = FIXTURES.parent.parent / "shared" / "data"
    unit = [
        json.loads(line)["text"]
        for name in ("news_wikinews", "sfu_review_spec", "bioscope_abstracts", "pei_jurgens_certainty")
        if (shared / name / "dev.jsonl").is_file()
        for line in (shared / name / "dev.jsonl").read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]
    if not unit:
        texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
        unit = [t[s:e] for t in texts for s, e in claimcheck.split_sentences(t)]
    return [
        s if i < len(unit) else f"{s} ({i // len(unit)})" for i, s in enumerate(unit * (n // len(unit) + 1))
    ][:n]


def _cold(model: object, matcher: object) -> None:
    """Forget every sentence seen, so each run matches and featurizes from scratch."""
    if hasattr(model, "_cache"):
        model._cache = None  # the model reuses the features of a repeated call
    featurizer = getattr(model, "featurizer_", None)
    for m in (matcher, getattr(model, "matcher", None), getattr(featurizer, "matcher_", None)):
        if hasattr(m, "clear_cache"):
            m.clear_cache()  # the matchers cache sentences they have seen


def _worker(model: str, n: int) -> None:
    """Serve timed cold ``classify`` runs: one line in, CPU seconds and wall seconds out."""
    analyzer = Analyzer(model=model)
    sentences = _sentences(n)
    analyzer.classify(sentences[:10])
    print("ready", flush=True)
    for _ in sys.stdin:
        _cold(analyzer.model_, analyzer.matcher_)
        c0, t0 = time.process_time(), time.perf_counter()
        analyzer.classify(sentences)
        print(time.process_time() - c0, time.perf_counter() - t0, flush=True)


def _compare(args: argparse.Namespace) -> None:
    import subprocess

    here = Path(__file__).resolve().parent.parent
    roots = {"this": here, "baseline": Path(args.baseline).resolve()}
    if not (roots["baseline"] / "claimcheck" / "__init__.py").is_file():
        raise SystemExit(f"--baseline {args.baseline}: no claimcheck package there")
    workers = {}
    for name, root in roots.items():
        env = dict(os.environ, PYTHONPATH=str(root))
        command = [
            sys.executable,
            __file__,
            "--worker",
            "--model",
            args.model,
            "--sentences",
            str(args.sentences),
        ]
        workers[name] = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
    for worker in workers.values():
        if worker.stdout.readline().strip() != "ready":  # type: ignore[union-attr]
            raise SystemExit("a worker failed to start")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in workers}
    for run in range(args.repeat):
        for name in list(workers)[:: 1 if run % 2 == 0 else -1]:
            workers[name].stdin.write("run\n")  # type: ignore[union-attr]
            workers[name].stdin.flush()  # type: ignore[union-attr]
            cpu, wall = map(float, workers[name].stdout.readline().split())  # type: ignore[union-attr]
            times[name].append((cpu, wall))
    for worker in workers.values():
        worker.stdin.close()  # type: ignore[union-attr]
        worker.wait()
    n = args.sentences
    print(f"Analyzer.classify, {n:,} sentences, cold caches, {args.repeat} interleaved runs per checkout")
    print("| checkout | sentences/s (CPU time) | sentences/s (wall) |")
    print("| --- | --- | --- |")
    for name, root in roots.items():
        cpu = sorted(n / c for c, _ in times[name])
        wall = sorted(n / w for _, w in times[name])
        print(f"| {name} ({root}) | {cpu[0]:,.0f}–{cpu[-1]:,.0f} | {wall[0]:,.0f}–{wall[-1]:,.0f} |")
    ratios = sorted(b[0] / t[0] for t, b in zip(times["this"], times["baseline"], strict=True))
    median = ratios[len(ratios) // 2]
    spread = f"{ratios[0]:.2f}–{ratios[-1]:.2f}, median {median:.2f}"
    print(f"speed-up per run (baseline CPU time / this): {spread}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument(
        "--batch", type=int, default=0, help="classify in batches of this size (0: all at once)"
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", help="another checkout to compare classify with, interleaved")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return _worker(args.model, args.sentences)
    if args.baseline:
        return _compare(args)

    t0 = time.perf_counter()
    analyzer = Analyzer(model=args.model)
    load = time.perf_counter() - t0
    model = analyzer.model_
    sentences = _sentences(args.sentences)
    analyzer.classify(sentences[:10])
    batches = (
        [sentences]
        if not args.batch
        else [sentences[i : i + args.batch] for i in range(0, len(sentences), args.batch)]
    )
    rows = [
        ("model.predict_proba", lambda: [model.predict_proba(b) for b in batches]),
        ("cue matcher alone", lambda: [analyzer.matcher_.match(s) for s in sentences]),
        ("Analyzer.classify", lambda: [analyzer.classify(b) for b in batches]),
    ]
    if hasattr(model, "featurizer_"):
        rows.insert(1, ("featurizer.transform", lambda: [model.featurizer_.transform(b) for b in batches]))
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, claimcheck {claimcheck.__version__}, model={args.model} "
        f"({type(model).__name__}, loaded in {load:.2f}s)"
    )
    print(
        f"{len(sentences):,} sentences, mean {sum(map(len, sentences)) / len(sentences):.0f} chars, "
        f"batch {args.batch or 'all'}"
    )
    print("| step | seconds | sentences/s |")
    print("| --- | --- | --- |")
    for name, fn in rows:
        t = best_time(lambda _, fn=fn: fn(), args.repeat, lambda: _cold(model, analyzer.matcher_))
        print(f"| {name} | {t:.3f} | {len(sentences) / t:,.0f} |")
    bundled = Path(claimcheck.__file__).parent / "data" / "default_model" / "model.joblib"
    if bundled.is_file():
        print(f"bundled artefact: {bundled.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
