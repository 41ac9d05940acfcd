"""Data and metric helpers for the transformer fine-tuning script.

Examples come from local JSONL or CSV files with a ``text`` field and a label in
``local_label`` (preferred: the sentence judged on its own, which is what the
local model predicts) or ``label``, valued ``fact``/``speculation`` or 0/1.
A source is a file path or the name of a folder under the data directory
(``news_wikinews`` means ``<data_dir>/news_wikinews/<split>.jsonl``); ``NAME:N``
keeps a seeded sample of at most N sentences of it.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

LABELS = ("fact", "speculation")

__all__ = ["Example", "SourceSpec", "parse_source", "load_source", "load_sources", "scores", "best_threshold"]


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: int  # 1 = speculation
    source: str


@dataclass(frozen=True, slots=True)
class SourceSpec:
    name: str
    limit: int | None = None


def parse_source(spec: str) -> SourceSpec:
    """``"news_wikinews"``, ``"path/to/file.jsonl:500"`` -> name and optional cap."""
    head, sep, tail = spec.rpartition(":")
    if sep and tail.isdigit() and head:
        return SourceSpec(head, int(tail))
    return SourceSpec(spec)


def _label(value: object, where: str) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and value in (0, 1):
        return value
    text = str(value).strip().lower()
    if text in LABELS:
        return LABELS.index(text)
    if text in ("0", "1"):
        return int(text)
    raise ValueError(f"{where}: label {value!r} is not one of {list(LABELS)} or 0/1")


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def resolve(name: str, split: str, data_dir: Path) -> Path:
    """The file a source name stands for: a path as given, else ``data_dir/name/split.jsonl``."""
    path = Path(name)
    if path.is_file():
        return path
    candidate = data_dir / name / f"{split}.jsonl"
    if candidate.is_file():
        return candidate
    raise FileNotFoundError(f"source {name!r}: neither a file nor {candidate}")


def load_source(spec: SourceSpec, split: str, data_dir: Path, seed: int) -> list[Example]:
    """Read one source, keeping a seeded sample of ``spec.limit`` sentences when set."""
    path = resolve(spec.name, split, data_dir)
    out = []
    for i, row in enumerate(_rows(path)):
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        value = row.get("local_label") if row.get("local_label") not in (None, "") else row.get("label")
        out.append(Example(text, _label(value, f"{path}:{i + 1}"), spec.name))
    if not out:
        raise ValueError(f"{path} holds no labelled sentences (fields 'text' and 'label' or 'local_label')")
    if spec.limit is not None and spec.limit < len(out):
        out = random.Random(f"{seed}:{spec.name}").sample(out, spec.limit)
    return out


def load_sources(specs: Sequence[str], split: str, data_dir: Path, seed: int) -> list[Example]:
    """All sources of one split, concatenated in the order given."""
    examples: list[Example] = []
    for spec in specs:
        examples.extend(load_source(parse_source(spec), split, data_dir, seed))
    return examples


def scores(y_true: Sequence[int], y_pred: Sequence[int]) -> dict[str, float]:
    """Precision, recall and F1 of the speculation class, and accuracy."""
    tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t and p)
    fp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if p and not t)
    fn = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t and not p)
    correct = sum(1 for t, p in zip(y_true, y_pred, strict=True) if bool(t) == bool(p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(y_true)
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": correct / n if n else 0.0, "n": n}


def best_threshold(y_true: Sequence[int], proba: Sequence[float]) -> tuple[float, float]:
    """The threshold in 0.05..0.95 with the best speculation F1 (ties: closest to 0.5)."""
    grid = [round(0.05 * k, 2) for k in range(1, 20)]
    ranked = [(scores(y_true, [int(p >= t) for p in proba])["f1"], -abs(t - 0.5), t) for t in grid]
    f1, _, t = max(ranked)
    return t, f1
