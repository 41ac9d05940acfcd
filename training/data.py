"""Load training and evaluation data through ``datasets``, from any source.

Every source becomes a :class:`datasets.Dataset` with the same columns:
``text``, ``label`` (1 speculation, 0 fact), ``kinds`` (kind names; empty when
unknown), ``has_kinds``, ``domain``, ``weight``, ``source`` and ``doc`` (the
document a sentence belongs to, or ``""``). Named sources
read ``<data_root>/<name>/<split>.jsonl``; a user's own JSONL or CSV file or
any ``datasets`` builder works the same way. Nothing reaches a hub unless a
source names one and ``HF_HUB_OFFLINE`` is unset.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import Source

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

__all__ = ["load_source", "load_mixture", "parse_label", "columns", "by_source", "COLUMNS"]

COLUMNS = ("text", "label", "kinds", "has_kinds", "domain", "weight", "source", "doc")

_TRUE = {"speculation", "1", "true", "yes", "spec", "uncertain"}
_FALSE = {"fact", "0", "false", "no", "certain"}


def parse_label(value: Any) -> int:
    """1 for speculation, 0 for fact, from the spellings datasets use."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)) and value in (0, 1):
        return int(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return 1
    if text in _FALSE:
        return 0
    raise ValueError(f"cannot read {value!r} as a label; use 'speculation'/'fact', 1/0 or true/false")


def _raw(source: Source, data_root: str | Path) -> Any:
    import datasets
    from datasets import load_dataset

    datasets.disable_progress_bars()

    if source.dataset:
        return load_dataset(source.dataset, data_files=source.data_files, split=source.split)
    path = Path(source.path) if source.path else Path(data_root) / source.name
    if path.is_dir():
        path = path / f"{source.split}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(
            f"source {source.name!r}: {path} not found; set 'path' to a JSONL/CSV file, or data_root "
            f"(--data-root) to the folder that holds {source.name}/{source.split}.jsonl"
        )
    builder = "csv" if path.suffix.lower() in (".csv", ".tsv") else "json"
    kwargs = {"delimiter": "\t"} if path.suffix.lower() == ".tsv" else {}
    return load_dataset(builder, data_files=str(path), split="train", **kwargs)


def load_source(source: Source, data_root: str | Path = "../shared/data", seed: int = 0) -> Any:
    """One source as a ``datasets.Dataset`` with the columns in ``COLUMNS``.

    A source with a ``limit`` keeps a sample of that many rows, in file order,
    drawn with ``seed`` and the source's name (the same rows on every run).
    """
    raw = _raw(source, data_root)
    if source.limit is not None and source.limit < len(raw):
        rng = random.Random(f"{seed}:{source.name}")
        raw = raw.select(sorted(rng.sample(range(len(raw)), source.limit)))
    columns = set(raw.column_names)
    if source.text_field not in columns:
        raise ValueError(
            f"source {source.name!r} has no {source.text_field!r} column; columns: {sorted(columns)}"
        )
    label_fields = [f for f in source.label_fields if f in columns]
    if not label_fields:
        raise ValueError(
            f"source {source.name!r} has none of the label columns {list(source.label_fields)}; "
            f"columns: {sorted(columns)}"
        )
    label_field = label_fields[0]
    kinds_field = (
        next((f for f in (source.kinds_field, "kinds") if f in columns), None) if source.kinds_field else None
    )
    domain_field = source.domain_field if source.domain_field in columns else None

    def convert(batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        texts = batch[source.text_field]
        raw_kinds = batch[kinds_field] if kinds_field else [None] * len(texts)
        kinds = [k.replace(";", ",").split(",") if isinstance(k, str) else k for k in raw_kinds]
        return {
            "text": [str(t) for t in texts],
            "label": [parse_label(v) for v in batch[label_field]],
            "kinds": [sorted(str(k).strip() for k in (ks or []) if str(k).strip()) for ks in kinds],
            "has_kinds": [ks is not None for ks in kinds],
            "domain": [str(d) for d in batch[domain_field]]
            if domain_field
            else [source.domain_name] * len(texts),
            "weight": [float(source.weight)] * len(texts),
            "source": [source.name] * len(texts),
            "doc": [str(d) if d is not None else "" for d in batch.get("doc", [None] * len(texts))],
        }

    from datasets import Features, Sequence, Value

    features = Features(
        {
            "text": Value("string"),
            "label": Value("int64"),
            "kinds": Sequence(Value("string")),
            "has_kinds": Value("bool"),
            "domain": Value("string"),
            "weight": Value("float64"),
            "source": Value("string"),
            "doc": Value("string"),
        }
    )
    return raw.map(
        convert, batched=True, remove_columns=raw.column_names, load_from_cache_file=False, features=features
    )


def load_mixture(sources: Iterable[Source], data_root: str | Path = "../shared/data", seed: int = 0) -> Any:
    """Several sources concatenated in order (weights stay per row)."""
    from datasets import concatenate_datasets

    parts = [load_source(s, data_root, seed) for s in sources if s.weight > 0 or s.split != "train"]
    if not parts:
        raise ValueError("no source to load (all weights are 0)")
    return concatenate_datasets(parts) if len(parts) > 1 else parts[0]


def columns(data: Any) -> dict[str, list[Any]]:
    """The dataset as plain Python lists, one per column."""
    return {c: list(data[c]) for c in COLUMNS}


def by_source(data: Any) -> dict[str, list[int]]:
    """Row indices per source name, in first-seen order."""
    out: dict[str, list[int]] = {}
    for i, name in enumerate(data["source"]):
        out.setdefault(name, []).append(i)
    return out
