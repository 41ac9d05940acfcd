"""Run an :class:`~claimcheck.Analyzer` where the articles already live: Dask
bags and data frames, and Hugging Face ``datasets``.

Nothing here is imported by ``import claimcheck``; each helper imports its
library when called and says which extra to install when it is missing. Every
helper ships the analyzer to the workers once per partition (it pickles
cleanly) and analyses a partition with :meth:`Analyzer.pipe`, so a text that
fails becomes an ``error`` value instead of killing the partition.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .analyzer import Analyzer, Failure
from .errors import MissingDependencyError
from .export import RECORD_COLUMNS

__all__ = [
    "analyze_bag",
    "analyze_dask_dataframe",
    "claim_records_dask",
    "add_claim_columns",
    "SUMMARY_COLUMNS",
]

#: Columns that :func:`analyze_dask_dataframe` and :func:`add_claim_columns` add.
SUMMARY_COLUMNS: tuple[str, ...] = (
    "n_sentences",  # int
    "n_speculation",  # int
    "speculation_share",  # float in [0, 1]; 0.0 for an empty text
    "labels",  # one "fact"/"speculation" per sentence
    "scores",  # one float per sentence
    "kinds",  # per sentence, its kinds joined by "|"
    "error",  # None, or "ExceptionType: message" when the text could not be analysed
)


def _need(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(
            f"this helper needs {module.split('.')[0]}; install it with: pip install 'claimcheck[{extra}]'"
        ) from None


def _analyzer(analyzer: Analyzer | None) -> Analyzer:
    return Analyzer() if analyzer is None else analyzer


def _summary(result: Any) -> dict[str, Any]:
    if isinstance(result, Failure):
        return {
            "n_sentences": 0,
            "n_speculation": 0,
            "speculation_share": 0.0,
            "labels": [],
            "scores": [],
            "kinds": [],
            "error": result.message,
        }
    n = len(result.claims)
    n_spec = sum(c.is_speculation for c in result.claims)
    return {
        "n_sentences": n,
        "n_speculation": n_spec,
        "speculation_share": n_spec / n if n else 0.0,
        "labels": [c.label.value for c in result.claims],
        "scores": [float(c.score) for c in result.claims],
        "kinds": ["|".join(sorted(k.value for k in c.kinds)) for c in result.claims],
        "error": None,
    }


# -- Dask -----------------------------------------------------------------


def _analyze_partition(texts: Iterable[str], analyzer: Analyzer, output: str) -> list[Any]:
    out = []
    for result in analyzer.pipe(list(texts), errors="collect"):
        if output == "summary":
            out.append(_summary(result))
        elif output == "dict":
            out.append(
                {"error": result.message}
                if isinstance(result, Failure)
                else {"error": None, **result.to_dict()}
            )
        else:
            out.append(result)
    return out


def analyze_bag(bag: Any, analyzer: Analyzer | None = None, *, output: str = "document") -> Any:
    """Map ``analyzer`` over a :class:`dask.bag.Bag` of texts, keeping order.

    Args:
        bag: a bag of ``str``.
        analyzer: the analyzer to ship to the workers (default: ``Analyzer()``).
        output: ``"document"`` (a :class:`~claimcheck.Document`, or a
            :class:`~claimcheck.analyzer.Failure` for a text that failed),
            ``"dict"`` (``Document.to_dict()`` plus an ``error`` key: plain data
            for ``bag.to_textfiles`` or ``to_dataframe``), or ``"summary"``
            (the :data:`SUMMARY_COLUMNS` per text).

    Returns:
        a lazy bag; call ``.compute()`` or write it out.
    """
    if output not in ("document", "dict", "summary"):
        raise ValueError(f"analyze_bag() expects output 'document', 'dict' or 'summary', got {output!r}")
    _need("dask.bag", "dask")
    return bag.map_partitions(_analyze_partition, _analyzer(analyzer), output)


def _summary_frame(part: Any, column: str, analyzer: Analyzer) -> Any:
    import pandas as pd

    rows = _analyze_partition(part[column].tolist(), analyzer, "summary")
    summary = pd.DataFrame.from_records(rows, columns=list(SUMMARY_COLUMNS), index=part.index)
    return pd.concat([part, summary.astype({"n_sentences": "int64", "n_speculation": "int64"})], axis=1)


def analyze_dask_dataframe(ddf: Any, column: str = "text", analyzer: Analyzer | None = None) -> Any:
    """Add the :data:`SUMMARY_COLUMNS` to a :class:`dask.dataframe.DataFrame` with a text column.

    One row per article in, one row out, index and other columns kept.
    """
    _need("dask.dataframe", "dask")
    import pandas as pd

    if column not in ddf.columns:
        raise KeyError(f"analyze_dask_dataframe(): no column {column!r}; columns are {list(ddf.columns)}")
    meta = pd.concat(
        [
            ddf._meta,
            pd.DataFrame(
                {
                    "n_sentences": pd.Series(dtype="int64"),
                    "n_speculation": pd.Series(dtype="int64"),
                    "speculation_share": pd.Series(dtype="float64"),
                    "labels": pd.Series(dtype="object"),
                    "scores": pd.Series(dtype="object"),
                    "kinds": pd.Series(dtype="object"),
                    "error": pd.Series(dtype="object"),
                },
                index=ddf._meta.index,
            ),
        ],
        axis=1,
    )
    return ddf.map_partitions(_summary_frame, column, _analyzer(analyzer), meta=meta)


def _records_frame(part: Any, column: str, id_column: str | None, analyzer: Analyzer) -> Any:
    import pandas as pd

    from .export import to_dataframe

    ids = part.index.tolist() if id_column is None else part[id_column].tolist()
    docs = []
    keep = []
    for doc_id, result in zip(ids, analyzer.pipe(part[column].tolist(), errors="collect"), strict=True):
        if not isinstance(result, Failure):
            docs.append(result)
            keep.append(doc_id)
    frame = to_dataframe(docs, ids=keep)
    return frame if len(frame) else pd.DataFrame(columns=list(RECORD_COLUMNS)).astype(frame.dtypes)


def claim_records_dask(
    ddf: Any, column: str = "text", analyzer: Analyzer | None = None, *, id_column: str | None = None
) -> Any:
    """One row per claim (:data:`claimcheck.export.RECORD_COLUMNS`) from a Dask data frame of articles.

    ``doc_id`` is the value of ``id_column``, or the row's index label. Texts
    that fail are left out; use :func:`analyze_dask_dataframe` to see why.
    """
    _need("dask.dataframe", "dask")
    from .document import Document
    from .export import to_dataframe

    meta = to_dataframe([Document("")])
    return ddf.map_partitions(_records_frame, column, id_column, _analyzer(analyzer), meta=meta)


# -- Hugging Face datasets ------------------------------------------------


class _BatchAnnotator:
    """The function given to ``Dataset.map(batched=True)``; a class so it pickles for ``num_proc``."""

    def __init__(self, analyzer: Analyzer, column: str, prefix: str) -> None:
        self.analyzer, self.column, self.prefix = analyzer, column, prefix

    def __call__(self, batch: dict[str, Sequence[Any]]) -> dict[str, list[Any]]:
        rows = _analyze_partition(batch[self.column], self.analyzer, "summary")
        return {self.prefix + name: [r[name] for r in rows] for name in SUMMARY_COLUMNS}


def add_claim_columns(
    dataset: Any,
    analyzer: Analyzer | None = None,
    *,
    column: str = "text",
    prefix: str = "",
    batch_size: int = 64,
    num_proc: int | None = None,
    **map_kwargs: Any,
) -> Any:
    """A copy of a :class:`datasets.Dataset` with the :data:`SUMMARY_COLUMNS` added.

    Runs ``dataset.map(batched=True, num_proc=num_proc)``; ``prefix`` is put in
    front of each new column name; other keyword arguments go to ``map``.
    """
    datasets = _need("datasets", "datasets")
    if not isinstance(dataset, datasets.Dataset):
        raise TypeError(f"add_claim_columns() expects a datasets.Dataset, got {type(dataset).__name__}")
    if column not in dataset.column_names:
        raise KeyError(f"add_claim_columns(): no column {column!r}; columns are {dataset.column_names}")
    features = dataset.features.copy()
    v = datasets.Value
    new = {
        "n_sentences": v("int64"),
        "n_speculation": v("int64"),
        "speculation_share": v("float64"),
        "labels": datasets.Sequence(v("string")),
        "scores": datasets.Sequence(v("float64")),
        "kinds": datasets.Sequence(v("string")),
        "error": v("string"),
    }
    for name in SUMMARY_COLUMNS:
        features[prefix + name] = new[name]
    return dataset.map(
        _BatchAnnotator(_analyzer(analyzer), column, prefix),
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        features=features,
        **map_kwargs,
    )
