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

__all__ = ["Source", "TrainConfig"]


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

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a Source needs a name")
        if not self.weight >= 0:
            raise ValueError(f"Source {self.name!r}: weight must be >= 0, got {self.weight!r}")
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


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a trained model.

    Args:
        train: sources to fit on.
        dev: sources to calibrate and choose the threshold on (and to report).
        data_root: where named sources live; relative to the working directory.
        seed: the random seed.
        n_features: hashed feature space of the featurizer.
        ngram_range: word n-grams of the cue-masked sentence.
        C: inverse regularisation of the speculation model.
        kinds_C: inverse regularisation of the kinds model.
        cue_weight: value of each cue feature; higher trusts cues more.
        ngram_weight: value of each word n-gram.
        domain_prior: multiplies the router's probability of named domains.
        domain_pooling: how much a sentence's domain comes from its batch (0 to 1).
        threshold: a fixed decision threshold, or ``None`` to choose it on dev.
        tune_per_domain: move each domain's dev-optimal threshold to 0.5 when
            calibrating (otherwise one threshold for all, chosen on dev).
        lexicon: a cue lexicon path, or ``None`` for the bundled one.
    """

    train: tuple[Source, ...]
    dev: tuple[Source, ...] = ()
    data_root: str = "../shared/data"
    seed: int = 0
    n_features: int = 2**18
    ngram_range: tuple[int, int] = (1, 2)
    C: float = 1.0
    kinds_C: float = 1.0
    cue_weight: float = 1.0
    ngram_weight: float = 1.0
    domain_prior: dict[str, float] | None = None
    domain_pooling: float = 0.8
    threshold: float | None = None
    tune_per_domain: bool = True
    lexicon: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "train", tuple(Source.from_dict(s) if not isinstance(s, Source) else s for s in self.train)
        )
        object.__setattr__(
            self, "dev", tuple(Source.from_dict(s) if not isinstance(s, Source) else s for s in self.dev)
        )
        object.__setattr__(self, "ngram_range", tuple(self.ngram_range))
        if not self.train:
            raise ValueError("a TrainConfig needs at least one train source")
        if self.threshold is not None and not 0.0 < self.threshold < 1.0:
            raise ValueError(f"threshold must be in (0, 1) or null, got {self.threshold!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown TrainConfig keys {sorted(unknown)}; expected some of {sorted(known)}")
        return cls(**data)

    @classmethod
    def from_json(cls, path: str | Path) -> TrainConfig:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
