"""Exports: flat records, pandas data frames and JSON Lines.

A record is one claim as a flat row of plain values (``str``, ``int``, ``float``,
``bool`` or ``None``) under a fixed schema, :data:`RECORD_COLUMNS`, so the same
rows feed CSV, pandas, Arrow or a database table without a conversion step. The
JSON Lines files hold one whole :class:`~claimcheck.Document` per line and read
back to equal documents, offsets checked.

>>> from claimcheck import Analyzer
>>> doc = Analyzer(model="lexicon").analyze("It rained. It may rain again.")
>>> [(r["index"], r["label"], r["kinds"]) for r in to_records(doc)]
[(0, 'fact', ''), (1, 'speculation', 'hedge')]
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Union

from .document import Claim, Document
from .errors import MissingDependencyError

__all__ = [
    "RECORD_COLUMNS",
    "SEPARATOR",
    "to_records",
    "iter_records",
    "to_dataframe",
    "write_jsonl",
    "read_jsonl",
]

PathOrFile = Union[str, "os.PathLike[str]", IO[str]]

#: Joins the values of multi-valued columns (``kinds``, ``warnings``).
SEPARATOR = "|"

#: The columns of a record, in order. New columns are only ever appended.
RECORD_COLUMNS: tuple[str, ...] = (
    "doc_id",  # the caller's document id (file name, row key), or None
    "index",  # sentence number in the document, from 0
    "paragraph",  # paragraph number, from 0
    "start",  # character offsets into the document text
    "end",
    "text",
    "label",  # "fact" or "speculation", frames included
    "local_label",  # the label of the sentence read on its own
    "score",  # calibrated probability of speculation, sentence alone
    "kinds",  # sorted kinds joined by SEPARATOR; "" for a fact
    "n_cues",
    "cues",  # JSON list of {"text", "start", "end", "kind"}
    "framed",  # True when a frame set up earlier makes the sentence speculation
    "frame_kind",  # None unless framed
    "frame_sentence",  # index of the sentence that opened the frame
    "frame_cue",  # text of the cue that opened the frame
    "warnings",  # joined by SEPARATOR
)


def _record(claim: Claim, doc_id: Any) -> dict[str, Any]:
    frame = claim.frame
    return {
        "doc_id": doc_id,
        "index": claim.index,
        "paragraph": claim.paragraph,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "label": claim.label.value,
        "local_label": claim.local_label.value,
        "score": float(claim.score),
        "kinds": SEPARATOR.join(sorted(k.value for k in claim.kinds)),
        "n_cues": len(claim.cues),
        "cues": json.dumps([c.to_dict() for c in claim.cues], ensure_ascii=False),
        "framed": frame is not None,
        "frame_kind": None if frame is None else frame.kind.value,
        "frame_sentence": None if frame is None else frame.sentence,
        "frame_cue": None if frame is None else frame.cue.text,
        "warnings": SEPARATOR.join(claim.warnings),
    }


def to_records(doc: Document, doc_id: Any = None) -> list[dict[str, Any]]:
    """One flat row per claim, keys in :data:`RECORD_COLUMNS` order.

    Args:
        doc: the analysed document.
        doc_id: written to every row's ``doc_id`` column (a file name, a key).
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_records() expects a Document, got {type(doc).__name__}")
    return [_record(c, doc_id) for c in doc.claims]


def iter_records(docs: Iterable[Document], ids: Iterable[Any] | None = None) -> Iterator[dict[str, Any]]:
    """Stream the records of many documents; ``doc_id`` is the matching id, else the position."""
    id_iter = iter(ids) if ids is not None else None
    for position, doc in enumerate(docs):
        doc_id = next(id_iter, position) if id_iter is not None else position
        yield from to_records(doc, doc_id)


def to_dataframe(docs: Document | Iterable[Document], ids: Iterable[Any] | None = None) -> Any:
    """A :class:`pandas.DataFrame` of claim records, one row per claim.

    ``docs`` is one document (``doc_id`` left empty unless ``ids`` names it) or
    an iterable of them (``doc_id`` is the position unless ``ids`` is given).
    Needs the ``pandas`` extra.
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "to_dataframe() needs pandas; install it with: pip install 'claimcheck[pandas]'"
        ) from None
    if isinstance(docs, Document):
        doc_id = next(iter(ids), None) if ids is not None else None
        rows: Iterable[dict[str, Any]] = to_records(docs, doc_id)
    else:
        rows = iter_records(docs, ids)
    frame = pd.DataFrame.from_records(list(rows), columns=list(RECORD_COLUMNS))
    return frame.astype(
        {
            "index": "int64",
            "paragraph": "int64",
            "start": "int64",
            "end": "int64",
            "score": "float64",
            "n_cues": "int64",
            "framed": "bool",
            "frame_sentence": "Int64",
        }
    )


@contextmanager
def _open(target: PathOrFile, mode: str) -> Iterator[IO[str]]:
    if isinstance(target, (str, os.PathLike)):
        with open(target, mode, encoding="utf-8", newline="\n" if "w" in mode or "a" in mode else None) as f:
            yield f
    elif hasattr(target, "write" if "w" in mode or "a" in mode else "read"):
        yield target  # type: ignore[misc]
    else:
        raise TypeError(f"expected a path or a text file object, got {type(target).__name__}")


def write_jsonl(
    docs: Document | Iterable[Document],
    target: PathOrFile,
    ids: Iterable[Any] | None = None,
    *,
    append: bool = False,
) -> int:
    """Write one document per line as JSON; returns the number of lines written.

    ``ids`` (optional, one per document) is stored under the key ``"id"`` and
    comes back from ``read_jsonl(..., with_ids=True)``. Documents are written as
    they come, so a generator of any length streams through.
    """
    if isinstance(docs, Document):
        docs = [docs]
    id_iter = iter(ids) if ids is not None else None
    n = 0
    with _open(target, "a" if append else "w") as f:
        for doc in docs:
            if not isinstance(doc, Document):
                raise TypeError(f"write_jsonl() expects Documents, got {type(doc).__name__} at line {n + 1}")
            data: dict[str, Any] = {}
            if id_iter is not None:
                data["id"] = next(id_iter)
            data.update(doc.to_dict())
            f.write(_dump_line(data))
            n += 1
    return n


def _dump_line(data: dict[str, Any]) -> str:
    # Lone surrogates (from undecodable input) cannot be written as UTF-8; escape them.
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(data, ensure_ascii=True)
    return line + "\n"


def read_jsonl(source: PathOrFile, *, with_ids: bool = False) -> Iterator[Any]:
    """Yield the documents of a file written by :func:`write_jsonl`, one at a time.

    With ``with_ids=True`` yields ``(id, document)`` pairs (``id`` is ``None``
    where none was stored). A malformed line raises ``ValueError`` naming it.
    """
    with _open(source, "r") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                doc = Document.from_dict(data)
            except (ValueError, KeyError, TypeError) as exc:
                name = getattr(f, "name", "<stream>")
                raise ValueError(f"read_jsonl(): line {number} of {name} is not a document: {exc}") from exc
            yield (data.get("id"), doc) if with_ids else doc
