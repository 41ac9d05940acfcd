"""The training configuration: data sources with mixing weights, model settings.

A config is a JSON file (``training/configs/default.json``) read into
:class:`TrainConfig`; the config a model was trained with is saved in its
``config.json``, so the model can be rebuilt.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

__all__ = ["Source", "DataConfig", "TrainConfig"]


@dataclass(frozen=True)
class Source:
    """One data source.

    Args:
        name: a label for reports; also the folder under ``data_root`` when
            ``path`` and ``dataset`` are unset (``news_wikinews`` reads
            ``<data_root>/news_wikinews/<split>.jsonl``).
        path: a JSONL or CSV file, or a folder holding ``<split>.jsonl``.
        dataset: any ``datasets.load_dataset`` name (``"json"``, ``"csv"``, a
            local dataset folder); ``data_files`` goes with it.
        data_files: passed to ``load_dataset`` with ``dataset``.
        split: which split to read.
        weight: sample weight of each of its sentences (mixing weight); for a
            dev source, its weight in the threshold choice.
        domain: the domain the model learns it as (defaults to ``name``);
            sources that share a domain share its weights.
        domain_field: a column that gives each row's domain instead.
        text_field: the column with the sentence.
        label_fields: the columns tried in order for the label: ``speculation``
            / ``fact``, 1 / 0 or true / false.
        licence: the data's licence, for the model card.
        kinds_field: the column with the kinds of a speculative sentence
            (``kinds`` is tried when it is absent); ``None`` for none.
        limit: keep a seeded sample of at most this many sentences.
    """

    name: str
    path: str | None = None
    dataset: str | None = None
    data_files: Any = None
    split: str = "train"
    weight: float = 1.0
    domain: str | None = None
    domain_field: str | None = None
    text_field: str = "text"
    label_fields: tuple[str, ...] = ("local_label", "label")
    kinds_field: str | None = "local_kinds"
    licence: str = ""
    limit: int | None = None

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a Source needs a name")
        if not self.weight >= 0:
            raise ValueError(f"Source {self.name!r}: weight must be >= 0, got {self.weight!r}")
        if self.limit is not None and not (isinstance(self.limit, int) and self.limit >= 1):
            raise ValueError(f"Source {self.name!r}: limit must be a positive int, got {self.limit!r}")
        object.__setattr__(self, "label_fields", tuple(self.label_fields))

    @property
    def domain_name(self) -> str:
        return self.domain or self.name

    @classmethod
    def from_dict(cls, data: dict[str, Any] | str) -> Source:
        if isinstance(data, str):
            return cls(name=data)
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown Source keys {sorted(unknown)}; expected some of {sorted(known)}")
        return cls(**data)

    @classmethod
    def parse(cls, spec: str, split: str = "train") -> Source:
        """A source from its command-line form ``NAME_OR_FILE[:N][@WEIGHT]``.

        ``news_wikinews`` is a named set (its ``<split>.jsonl`` under the data
        root); ``mine.jsonl``, ``mine.csv`` or an existing folder is one's own
        data (a folder reads its ``<split>.jsonl``). ``:N`` keeps a seeded
        sample of N sentences and ``@W`` sets the mixing weight.
        """
        head, weight = spec, 1.0
        at = spec.rfind("@")
        if at > 0:
            try:
                weight = float(spec[at + 1 :])
                head = spec[:at]
            except ValueError:
                pass
        limit = None
        base, colon, tail = head.rpartition(":")
        if colon and tail.isdigit():
            head, limit = base, int(tail)
        if not head:
            raise ValueError(f"cannot read a source from {spec!r}; expected NAME_OR_FILE[:N][@WEIGHT]")
        is_file = Path(head).suffix.lower() in (".jsonl", ".json", ".csv", ".tsv") or Path(head).exists()
        path = head if is_file else None
        return cls(name=head, path=path, split=split, weight=weight, limit=limit)


def _sources(values: Any, split: str) -> tuple[Source, ...]:
    return tuple(
        v if isinstance(v, Source) else Source.parse(v, split) if isinstance(v, str) else Source.from_dict(v)
        for v in values
    )


@dataclass(frozen=True)
class DataConfig:
    """Which data a model learns from and is tuned on; shared by every trainer.

    Args:
        train: sources to fit on (a string is read by :meth:`Source.parse`).
        dev: sources to tune and report on (strings read with split ``dev``).
        data_root: where named sources live; relative to the working directory.
        seed: the random seed.
    """

    train: tuple[Source, ...]
    dev: tuple[Source, ...] = ()
    data_root: str = "../shared/data"
    seed: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "train", _sources(self.train, "train"))
        object.__setattr__(self, "dev", _sources(self.dev, "dev"))
        if not self.train:
            raise ValueError(f"a {type(self).__name__} needs at least one train source")

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values (tuples as lists), so a saved config compares equal to a fresh one."""
        return json.loads(json.dumps(asdict(self)))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(
                f"unknown {cls.__name__} keys {sorted(unknown)}; expected some of {sorted(known)}"
            )
        return cls(**data)

    @classmethod
    def from_json(cls, path: str | Path) -> Any:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class TrainConfig(DataConfig):
    """Everything that decides a trained linear model.

    Args:
        train, dev, data_root, seed: as in :class:`DataConfig`.
        n_features: hashed feature space of the featurizer.
        ngram_range: word n-grams of the cue-masked sentence.
        C: inverse regularisation of the speculation model.
        kinds_C: inverse regularisation of the kinds model.
        cue_weight: value of each cue feature; higher trusts cues more.
        ngram_weight: value of each word n-gram.
        silent_cues: also describe the cue matches that a guard dropped.
        domain_weight: value of each feature's per-domain copy (above 1: the
            domains depart further from the shared weights); a dict gives it
            per domain.
        domain_prior: multiplies the router's probability of named domains.
        domain_pooling: how much a sentence's domain comes from its batch (0 to 1).
        threshold: a fixed decision threshold, or ``None`` to choose it on dev.
        tune_per_domain: move each domain's dev-optimal threshold to 0.5 when
            calibrating (otherwise one threshold for all, chosen on dev).
        lexicon: a cue lexicon path, or ``None`` for the bundled one.
    """

    n_features: int = 2**18
    ngram_range: tuple[int, int] = (1, 2)
    C: float = 1.0
    kinds_C: float = 1.0
    cue_weight: float = 1.0
    ngram_weight: float = 1.0
    silent_cues: bool = False
    domain_weight: float | dict[str, float] = 1.0
    domain_prior: dict[str, float] | None = None
    domain_pooling: float = 0.8
    threshold: float | None = None
    tune_per_domain: bool = True
    lexicon: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "ngram_range", tuple(self.ngram_range))
        if self.threshold is not None and not 0.0 < self.threshold < 1.0:
            raise ValueError(f"threshold must be in (0, 1) or null, got {self.threshold!r}")
