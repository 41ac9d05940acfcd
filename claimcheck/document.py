"""The data model: one :class:`Document` owns the text; claims, cues and frames are
light, immutable views holding character offsets into it.

Every value here is a frozen dataclass, so a later pipeline stage can only derive
new objects (``dataclasses.replace``) and never corrupt what an earlier stage made.
Closed vocabularies are ``str`` enums, so JSON stays plain strings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

__all__ = ["Label", "Kind", "Cue", "Frame", "Claim", "Document"]


class _StrEnum(str, Enum):
    """A ``str`` enum whose error on a bad value lists the valid ones."""

    @classmethod
    def _missing_(cls, value: object) -> None:
        valid = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not a valid {cls.__name__}; expected one of {valid}")

    def __str__(self) -> str:
        return str(self.value)


class Label(_StrEnum):
    """How the writer presents a sentence (GUIDELINES.md, "Label")."""

    FACT = "fact"
    SPECULATION = "speculation"


class Kind(_StrEnum):
    """Why a sentence is speculation; a sentence may have several kinds."""

    HYPOTHETICAL = "hypothetical"
    PREDICTION = "prediction"
    HEDGE = "hedge"
    CONDITIONAL = "conditional"


def _kinds(values: Any) -> frozenset[Kind]:
    return frozenset(Kind(v) for v in values)


def _sorted_kinds(kinds: frozenset[Kind]) -> list[str]:
    return sorted(k.value for k in kinds)


@dataclass(frozen=True, slots=True)
class Cue:
    """A span of the document that carries speculation, with the kind it signals."""

    text: str
    start: int
    end: int
    kind: Kind

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        return cls(str(data["text"]), int(data["start"]), int(data["end"]), Kind(data["kind"]))


@dataclass(frozen=True, slots=True)
class Frame:
    """A hypothetical or predicted scenario that later sentences narrate.

    ``sentence`` is the index of the sentence whose ``cue`` opened the frame;
    ``covers`` lists the indices of the sentences that inherit it.
    """

    kind: Kind
    cue: Cue
    sentence: int
    covers: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "cue": self.cue.to_dict(),
            "sentence": self.sentence,
            "covers": list(self.covers),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Frame:
        return cls(
            Kind(data["kind"]),
            Cue.from_dict(data["cue"]),
            int(data["sentence"]),
            tuple(int(i) for i in data.get("covers", ())),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence of the document with its label.

    ``local_label`` judges the sentence on its own; ``label`` also takes frames
    into account. ``score`` is the calibrated probability of speculation from the
    sentence alone. ``warnings`` records anything a backend had to do to the
    sentence (for example truncation).
    """

    text: str
    start: int
    end: int
    index: int
    paragraph: int
    label: Label
    local_label: Label
    kinds: frozenset[Kind] = frozenset()
    score: float = 0.0
    cues: tuple[Cue, ...] = ()
    frame: Frame | None = None
    warnings: tuple[str, ...] = ()

    @property
    def is_speculation(self) -> bool:
        return self.label is Label.SPECULATION

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "index": self.index,
            "paragraph": self.paragraph,
            "label": self.label.value,
            "local_label": self.local_label.value,
            "kinds": _sorted_kinds(self.kinds),
            "score": self.score,
            "cues": [c.to_dict() for c in self.cues],
            "frame": None if self.frame is None else self.frame.to_dict(),
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        frame = data.get("frame")
        return cls(
            text=str(data["text"]),
            start=int(data["start"]),
            end=int(data["end"]),
            index=int(data["index"]),
            paragraph=int(data.get("paragraph", 0)),
            label=Label(data["label"]),
            local_label=Label(data.get("local_label", data["label"])),
            kinds=_kinds(data.get("kinds", ())),
            score=float(data.get("score", 0.0)),
            cues=tuple(Cue.from_dict(c) for c in data.get("cues", ())),
            frame=None if frame is None else Frame.from_dict(frame),
            warnings=tuple(str(w) for w in data.get("warnings", ())),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """An analysed text: the text itself, its claims in order, and its frames."""

    text: str
    claims: tuple[Claim, ...] = ()
    frames: tuple[Frame, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.claims)

    @property
    def speculation(self) -> tuple[Claim, ...]:
        """The claims labelled speculation, in order."""
        return tuple(c for c in self.claims if c.label is Label.SPECULATION)

    @property
    def facts(self) -> tuple[Claim, ...]:
        """The claims labelled fact, in order."""
        return tuple(c for c in self.claims if c.label is Label.FACT)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "claims": [c.to_dict() for c in self.claims],
            "frames": [f.to_dict() for f in self.frames],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict`, checking every offset."""
        if not isinstance(data, Mapping):
            raise TypeError(f"Document.from_dict() expects a mapping, got {type(data).__name__}")
        if "text" not in data:
            raise ValueError("Document.from_dict(): the mapping has no 'text'")
        text = data["text"]
        if not isinstance(text, str):
            raise TypeError(f"Document.from_dict(): 'text' must be str, got {type(text).__name__}")
        claims = _parse_all(Claim.from_dict, data, "claims")
        frames = _parse_all(Frame.from_dict, data, "frames")
        for claim in claims:
            spans = [claim, *claim.cues]
            for span in spans:
                if not 0 <= span.start <= span.end <= len(text) or text[span.start : span.end] != span.text:
                    raise ValueError(
                        f"Document.from_dict(): span {span.start}:{span.end} does not match its text "
                        f"{span.text!r}; the offsets do not belong to this document"
                    )
        return cls(text=text, claims=claims, frames=frames)

    def to_json(self, **kwargs: Any) -> str:
        """Serialise to JSON; keyword arguments go to :func:`json.dumps`."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        if not isinstance(data, (str, bytes, bytearray)):
            raise TypeError(f"Document.from_json() expects data as str or bytes, got {type(data).__name__}")
        return cls.from_dict(json.loads(data))

    def to_records(self, doc_id: Any = None) -> list[dict[str, Any]]:
        """One flat row per claim (see :data:`claimcheck.export.RECORD_COLUMNS`)."""
        from .export import to_records

        return to_records(self, doc_id)

    def to_dataframe(self, doc_id: Any = None) -> Any:
        """The claims as a :class:`pandas.DataFrame`; needs the ``pandas`` extra."""
        from .export import to_dataframe

        return to_dataframe(self, None if doc_id is None else [doc_id])


def _parse_all(parse: Any, data: Mapping[str, Any], key: str) -> tuple[Any, ...]:
    """Parse ``data[key]`` item by item; an error names the item that failed."""
    items = data.get(key, ())
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, (list, tuple)):
        raise TypeError(f"Document.from_dict(): {key!r} must be a list, got {type(items).__name__}")
    out = []
    for i, item in enumerate(items):
        try:
            out.append(parse(item))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            detail = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
            raise ValueError(f"Document.from_dict(): {key}[{i}] is malformed: {detail}") from exc
    return tuple(out)
