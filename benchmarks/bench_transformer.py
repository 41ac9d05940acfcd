"""Dev F1 per source and sentences per second: default model vs fine-tuned transformers.

    python benchmarks/bench_transformer.py --model models/minilm [--runtime torch onnx] [--threads 2]
    python benchmarks/bench_transformer.py --model models/minilm_cascade --runtime onnx --by-document

For each model and source it prints speculation precision, recall and F1 of the
local decision (the model alone, at its own threshold) on ``<data-dir>/<source>/dev.jsonl``,
scoring one document at a time as the Analyzer does (the default model, and a
transformer stacked with it, weigh a sentence's domain by its document), then
the throughput of ``predict_proba`` over all those sentences (tokenisation
included, after one warm-up batch). Throughput is given two ways, because a
shared machine makes wall time noisy: sentences per wall-clock second, and
sentences per CPU second of this process. With ``--threads 1`` the second figure
is what one idle core reaches; two worker processes (``Analyzer.pipe(n_jobs=2)``)
reach about twice that on two cores. For a model with a cascade it also prints
the share of sentences that reached the encoder (one document at a time, as
scored); ``--by-document`` times ``predict_proba`` one document at a time too,
as the Analyzer calls it, which is what a cascade's band is fitted for.
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


def _encoded(model: Any, texts: list[str], docs: list[str]) -> float | None:
    """Share of sentences a cascade sends to the encoder, one document at a time (None: no cascade)."""
    if getattr(model, "cascade_", None) is None:
        return None
    groups: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        groups.setdefault(doc, []).append(i)
    inside = sum(int(model.encoder_mask([texts[i] for i in rows]).sum()) for rows in groups.values())
    return inside / max(len(texts), 1)


def _speed(make: Callable[[], Any], batches: list[list[str]], repeat: int) -> tuple[float, float]:
    """Best of ``repeat`` runs, each on a fresh model, so no cache carries over between runs."""
    best_wall, best_cpu = 0.0, 0.0
    n = sum(len(b) for b in batches)
    for _ in range(repeat):
        model = make()
        model.predict_proba(["A sentence to warm up the model.", "And another one."])
        wall, cpu = time.perf_counter(), time.process_time()
        for batch in batches:
            model.predict_proba(batch)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall = max(best_wall, n / wall)
        best_cpu = max(best_cpu, n / max(cpu, 1e-9))
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

            config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
            how = "+".join(k for k in ("stack", "cascade") if config.get(k))
            out.append((f"{Path(folder).name}/{runtime}{f' ({how})' if how else ''}", make))
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
    p.add_argument(
        "--by-document",
        action="store_true",
        help="time predict_proba one document at a time (as the Analyzer calls it), not all at once",
    )
    args = p.parse_args(argv)

    try:
        import torch

        torch.set_num_threads(args.threads)
    except ImportError:
        pass
    data = {s: _load(Path(args.data_dir), s) for s in args.sources}
    every = [t for texts, _, _ in data.values() for t in texts]
    batches = [every]
    if args.by_document:
        batches = []
        for texts, _, docs in data.values():
            groups: dict[str, list[str]] = {}
            for text, doc in zip(texts, docs, strict=True):
                groups.setdefault(doc, []).append(text)
            batches.extend(groups.values())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {load:.1f}, "
        f"{args.threads} threads, batch {args.batch_size}; speed over {len(every)} dev sentences"
        f"{f' in {len(batches)} documents' if args.by_document else ' in one call'}"
    )
    header = (
        "| model | "
        + " | ".join(f"{s} P / R / F1" for s in args.sources)
        + " | encoded | sent/s wall | sent per CPU-s |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for name, make in _models(args):
        model = make()
        cells, encoded = [], []
        for texts, y, docs in data.values():
            proba = _by_document(model, texts, docs)
            precision, recall, f1 = _f1(y, [int(v >= model.threshold_) for v in proba])
            cells.append(f"{precision:.3f} / {recall:.3f} / **{f1:.3f}**")
            encoded.append(_encoded(model, texts, docs))
        share = "" if None in encoded else " / ".join(f"{v:.1%}" for v in encoded if v is not None)
        wall, cpu = _speed(make, batches, args.repeat)
        print(f"| {name} | " + " | ".join(cells) + f" | {share} | {wall:,.0f} | {cpu:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
