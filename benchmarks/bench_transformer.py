"""Dev F1 per source and sentences per second: default model vs fine-tuned transformers.

    python benchmarks/bench_transformer.py --model models/minilm [--runtime torch onnx] [--threads 2]

For each model and source it prints speculation precision, recall and F1 of the
local decision (the model alone, at its own threshold) on ``<data-dir>/<source>/dev.jsonl``,
scoring one document at a time as the Analyzer does (the default model, and a
transformer stacked with it, weigh a sentence's domain by its document), then
the throughput of ``predict_proba`` over all those sentences (tokenisation
included, after one warm-up batch). Throughput is given two ways, because a
shared machine makes wall time noisy: sentences per wall-clock second, and
sentences per CPU second of this process. With ``--threads 1`` the second figure
is what one idle core reaches; two worker processes (``Analyzer.pipe(n_jobs=2)``)
reach about twice that on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def _f1(y: list[int], p: list[int]) -> tuple[float, float, float]:
    tp = sum(a and b for a, b in zip(y, p, strict=True))
    precision = tp / sum(p) if sum(p) else 0.0
    recall = tp / sum(y) if sum(y) else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)


def _load(data_dir: Path, source: str) -> tuple[list[str], list[int], list[str]]:
    path = data_dir / source / "dev.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    label = [r.get("local_label") or r["label"] for r in rows]
    docs = [str(r.get("doc") or "") for r in rows]
    return [r["text"] for r in rows], [int(v == "speculation") for v in label], docs


def _by_document(model: Any, texts: list[str], docs: list[str]) -> list[float]:
    out = [0.0] * len(texts)
    groups: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        groups.setdefault(doc, []).append(i)
    for rows in groups.values():
        for i, p in zip(rows, model.predict_proba([texts[i] for i in rows])[:, 1], strict=True):
            out[i] = float(p)
    return out


def _speed(make: Callable[[], Any], sentences: list[str], repeat: int) -> tuple[float, float]:
    """Best of ``repeat`` runs, each on a fresh model, so no cache carries over between runs."""
    best_wall, best_cpu = 0.0, 0.0
    for _ in range(repeat):
        model = make()
        model.predict_proba(["A sentence to warm up the model.", "And another one."])
        wall, cpu = time.perf_counter(), time.process_time()
        model.predict_proba(sentences)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall = max(best_wall, len(sentences) / wall)
        best_cpu = max(best_cpu, len(sentences) / max(cpu, 1e-9))
    return best_wall, best_cpu


def _models(args: argparse.Namespace) -> list[tuple[str, Callable[[], Any]]]:
    from claimcheck import Analyzer

    out: list[tuple[str, Callable[[], Any]]] = [("default", lambda: Analyzer(model="default").model_)]
    if not args.model:
        return out
    from claimcheck.transformer import ONNX_NAME, TransformerClassifier

    for folder in args.model:
        for runtime in args.runtime:
            if runtime == "onnx" and not (Path(folder) / ONNX_NAME).is_file():
                print(f"# {folder}: no {ONNX_NAME}, skipping onnx", file=sys.stderr)
                continue

            def make(folder: str = folder, runtime: str = runtime) -> Any:
                return TransformerClassifier.from_pretrained(
                    folder, runtime=runtime, batch_size=args.batch_size, onnx_threads=args.threads
                )

            stacked = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8")).get("stack")
            out.append((f"{Path(folder).name}/{runtime}{' (stacked)' if stacked else ''}", make))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", nargs="*", default=[], help="fine-tuned model directories")
    p.add_argument("--runtime", nargs="+", default=["torch", "onnx"], choices=["torch", "onnx"])
    p.add_argument("--sources", nargs="+", default=["news_wikinews", "sfu_review_spec"])
    p.add_argument("--data-dir", default=str(DEFAULT_DATA))
    p.add_argument("--threads", type=int, default=2, help="torch and onnxruntime intra-op threads")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--repeat", type=int, default=2)
    args = p.parse_args(argv)

    try:
        import torch

        torch.set_num_threads(args.threads)
    except ImportError:
        pass
    data = {s: _load(Path(args.data_dir), s) for s in args.sources}
    every = [t for texts, _, _ in data.values() for t in texts]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {load:.1f}, "
        f"{args.threads} threads, batch {args.batch_size}; speed over {len(every)} dev sentences"
    )
    header = (
        "| model | "
        + " | ".join(f"{s} P / R / F1" for s in args.sources)
        + " | sent/s wall | sent per CPU-s |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for name, make in _models(args):
        model = make()
        cells = []
        for texts, y, docs in data.values():
            proba = _by_document(model, texts, docs)
            precision, recall, f1 = _f1(y, [int(v >= model.threshold_) for v in proba])
            cells.append(f"{precision:.3f} / {recall:.3f} / **{f1:.3f}**")
        wall, cpu = _speed(make, every, args.repeat)
        print(f"| {name} | " + " | ".join(cells) + f" | {wall:,.0f} | {cpu:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
