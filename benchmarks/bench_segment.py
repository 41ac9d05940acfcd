"""Compare claimcheck's sentence splitter with other splitters; print one table.

Columns: the 48 English Golden Rules (exact match), boundary F1 on GUM train+dev
with whole documents ("doc") and one paragraph at a time ("para"), and speed in
MB/s on one core (wall clock and CPU time). Scoring is done by the harness
``shared/research/sbd_bench.py`` beside the clone, so the figures compare with
the anchors in ``shared/research/sbd.md``. Peers are measured when installed
(``pip install 'claimcheck[bench]'``); missing ones are listed and skipped.

    PYTHONPATH=. python benchmarks/bench_segment.py                 # table
    PYTHONPATH=. python benchmarks/bench_segment.py --only claimcheck --speed-mb 5
    PYTHONPATH=. python benchmarks/bench_segment.py --pathological  # time per input size

``--pathological`` needs no data: it times adversarial inputs at two sizes and
prints the ratio (about 2 means linear time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PEERS = ["pysbd", "sentencex", "blingfire", "sentence_splitter", "nltk_punkt", "naive_regex"]


def _harness():
    sys.path.insert(0, str(SHARED / "research"))
    try:
        import sbd_bench  # type: ignore[import-not-found]
    except ImportError:
        return None
    finally:
        sys.path.pop(0)
    return sbd_bench


def _load(bench, name):
    if name == "claimcheck":
        from claimcheck import split_sentences

        return split_sentences, "spans"
    fn, kind, _ = bench.load_splitter(name)
    return fn, kind


def _speed(fn, texts, total, runs):
    fn(texts[0])
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        for text in texts:
            fn(text)
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return total / statistics.median(wall) / 1e6, total / statistics.median(cpu) / 1e6


def table(args) -> int:
    bench = _harness()
    if bench is None:
        print(f"{SHARED / 'research' / 'sbd_bench.py'} is absent: it scores the splitters", file=sys.stderr)
        return 1
    golden = bench.load_jsonl(str(args.data / "sbd_golden_rules" / "golden_rules_en.jsonl"))
    docs = bench.load_jsonl(
        "+".join(str(args.data / "gum_sbd" / f) for f in ("gum_train.jsonl", "gum_dev.jsonl"))
    )
    texts, total = bench.build_speed_corpus(docs, args.speed_mb)
    names = args.only.split(",") if args.only else ["claimcheck", *PEERS]
    rows, missing = [], []
    for name in names:
        try:
            fn, kind = _load(bench, name)
        except ImportError as exc:
            missing.append(f"{name} ({exc.name or exc})")
            continue
        g = bench.eval_golden(fn, kind, golden)
        d = bench.eval_docs(fn, kind, docs)
        wall, cpu = _speed(fn, texts, total, args.runs) if args.speed_mb > 0 else (float("nan"),) * 2
        rows.append((name, g["correct"], g["n"], d["doc"]["f1"], d["para"]["f1"], wall, cpu))
        print(f"done: {name}", file=sys.stderr, flush=True)
    print(
        f"\nGUM train+dev ({len(docs)} documents); speed on {total / 1e6:.1f} MB, median of {args.runs} runs"
    )
    print()
    print("| splitter | golden rules | F1 doc | F1 para | MB/s wall | MB/s cpu |")
    print("|---|---|---|---|---|---|")
    for name, ok, n, f_doc, f_para, wall, cpu in rows:
        print(f"| {name} | {ok}/{n} | {f_doc:.3f} | {f_para:.3f} | {wall:.2f} | {cpu:.2f} |")
    if missing:
        print(f"\nnot installed: {', '.join(missing)}")
    return 0


PATHOLOGICAL = {
    "no punctuation": "word ",
    "no whitespace": "x",
    "titles": "Mr. ",
    "acronyms": "U.S. ",
    "abbreviation+starter": "Co. The ",
    "dots": ".",
    "spaced dots": ". ",
    "line breaks": "\n",
    "crlf lines": "a\r\n",
    "wrapped lines": "word word word word word word word word word and\n",
    "spaces": " ",
    "bullet items": "\u2022 9. x ",
    "quotes": '"Why?" Putin asked. ',
    "open brackets": "x. [",
    "nbsp": "x.\u00a0",
    "ellipses": "a \u2026 ",
    "initials": "J. ",
}


def pathological(args) -> int:
    from claimcheck import split_sentences

    print("| input | 0.5 MB s | 1 MB s | ratio |")
    print("|---|---|---|---|")
    for name, unit in PATHOLOGICAL.items():
        times = []
        for size in (500_000, 1_000_000):
            text = unit * (size // len(unit))
            t = time.process_time()
            split_sentences(text)
            times.append(time.process_time() - t)
        print(f"| {name} | {times[0]:.3f} | {times[1]:.3f} | {times[1] / max(times[0], 1e-6):.1f} |")
    numbered = "".join(f"{i}. item " for i in range(1, 60_000))
    t = time.process_time()
    split_sentences(numbered)
    print(f"| numbered list, {len(numbered) / 1e6:.1f} MB | | {time.process_time() - t:.3f} | |")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=SHARED / "data", help="folder with sbd_golden_rules/ and gum_sbd/"
    )
    ap.add_argument("--only", default="", help="comma-separated splitters (claimcheck and sbd_bench names)")
    ap.add_argument("--speed-mb", type=float, default=2.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pathological", action="store_true", help="time adversarial inputs instead")
    args = ap.parse_args(argv)
    return pathological(args) if args.pathological else table(args)


if __name__ == "__main__":
    raise SystemExit(main())
