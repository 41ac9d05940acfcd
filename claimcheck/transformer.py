"""A transformer backend for the local model: a fine-tuned encoder read from a directory.

It meets the same contract as the default model (``predict_proba`` and
``threshold_``), so ``Analyzer(model=TransformerClassifier.from_pretrained(path))``
keeps cues and frames and only swaps the sentence-level decision.

A model directory is what ``transformers`` writes with ``save_pretrained``, plus
a few keys in its ``config.json``: ``"backend": "transformer"``, ``threshold``,
``max_input_tokens``, ``metrics`` and, optionally, ``stack``: a learned fusion
with the bundled default model (see :class:`Stack`), so that the encoder adds
to the cue model's judgement instead of replacing it, and ``cascade``: a band of
the default model's probability outside which the default model decides alone
(see :class:`Cascade`), so that the encoder runs only on the sentences where the
cue model is unsure. Loading is local only: weights must be
safetensors (pickle files are refused, since unpickling runs code), remote code
is never trusted and the hub is never contacted. An optional ``model.int8.onnx``
beside the weights (see :func:`export_onnx`) runs on CPU through onnxruntime.

torch and transformers are imported only when a model is loaded, so importing
this module costs nothing.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import logging
import math
import os
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import MissingDependencyError, ModelError, UnsafeModelError

__all__ = [
    "TransformerClassifier",
    "Stack",
    "Cascade",
    "export_onnx",
    "cue_hints",
    "BACKEND",
    "CONFIG_NAME",
    "WEIGHTS_NAME",
    "ONNX_NAME",
]

logger = logging.getLogger(__name__)

BACKEND = "transformer"
CONFIG_NAME = "config.json"
WEIGHTS_NAME = "model.safetensors"
WEIGHTS_INDEX_NAME = "model.safetensors.index.json"
ONNX_NAME = "model.int8.onnx"
CARD_NAME = "README.md"
LABELS = ("fact", "speculation")
#: Weight files that would be unpickled on load.
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle", ".joblib", ".h5", ".msgpack")
DEFAULT_MAX_LENGTH = 128
_INSTALL = "pip install 'claimcheck[train]'"


def _require_torch() -> tuple[Any, Any]:
    """Import torch and transformers, or say which extra provides them."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise MissingDependencyError(
            f"the transformer backend needs torch and transformers ({exc.name} is missing); "
            f"install them with: {_INSTALL}"
        ) from exc
    return torch, transformers


def _require_transformers() -> Any:
    try:
        import transformers
    except ImportError as exc:
        raise MissingDependencyError(
            f"the transformer backend needs transformers; install it with: {_INSTALL}"
        ) from exc
    return transformers


def _optional(name: str) -> Any:
    """The module, or ``None`` when it is not installed (or blocked)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _auto_device(torch: Any) -> str:
    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def _read_config(path: Path) -> dict[str, Any]:
    """Check ``path`` is a claimcheck transformer directory that is safe to load."""
    if not path.is_dir():
        raise ModelError(f"TransformerClassifier.from_pretrained() expects a directory, got {str(path)!r}")
    config_file = path / CONFIG_NAME
    if not config_file.is_file():
        raise ModelError(f"{str(path)!r} has no {CONFIG_NAME}; is it a model directory?")
    try:
        config = json.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{config_file} is not valid JSON: {exc}") from exc
    if not isinstance(config, dict):
        raise ModelError(f"{config_file} must hold a JSON object")
    backend = config.get("backend", BACKEND)
    if backend != BACKEND:
        raise ModelError(
            f"{config_file} says backend={backend!r}, not {BACKEND!r}; load it with Analyzer(model=path)"
        )
    if "auto_map" in config:
        raise UnsafeModelError(
            f"{config_file} names custom model code (auto_map); claimcheck never runs code "
            f"shipped in a model directory"
        )
    if not ((path / WEIGHTS_NAME).is_file() or (path / WEIGHTS_INDEX_NAME).is_file()):
        pickles = sorted(p.name for p in path.iterdir() if p.suffix in PICKLE_SUFFIXES)
        if pickles:
            raise UnsafeModelError(
                f"{str(path)!r} holds weights only as {', '.join(pickles)}, a pickle format that runs "
                f"code when loaded; convert them to {WEIGHTS_NAME} (model.save_pretrained() writes it)"
            )
        raise ModelError(f"{str(path)!r} has no {WEIGHTS_NAME}")
    labels = {str(v).lower() for v in (config.get("id2label") or {}).values()}
    if labels != set(LABELS):
        raise ModelError(
            f"{config_file} labels are {sorted(labels)}; expected exactly {list(LABELS)} in id2label"
        )
    return config


@dataclass(frozen=True)
class Stack:
    """Fusion of the encoder with the bundled default model, fitted on dev by ``training/stack.py``.

    ``p = sigmoid(transformer * logit_transformer + default * logit_default + bias)``,
    where each logit is a model's log-odds of speculation; a sentence is
    speculation when ``p >= threshold``. The default model judges the same batch
    of sentences it would judge alone (one document, as the Analyzer passes it).
    Stored in ``config.json`` as ``{"weights": {"transformer": a, "default": b},
    "bias": c, "threshold": t, "default_model_sha256": ..., "info": {...}}``.
    """

    transformer: float
    default: float
    bias: float
    threshold: float
    default_model_sha256: str | None = None
    info: Mapping[str, Any] = field(default_factory=dict, compare=False)

    _KEYS = frozenset({"weights", "bias", "threshold", "default_model_sha256", "info"})

    def __post_init__(self) -> None:
        for name in ("transformer", "default", "bias", "threshold"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ModelError(f"stack: {name} must be a finite number, got {value!r}")
            object.__setattr__(self, name, float(value))
        if not 0.0 < self.threshold < 1.0:
            raise ModelError(f"stack: threshold must be in (0, 1), got {self.threshold!r}")

    @classmethod
    def from_config(cls, entry: Any, where: str = "config.json") -> Stack:
        """Read and check the ``stack`` entry of a ``config.json``."""
        fix = "refit it with training/stack.py or remove the entry"
        info = _checked_entry(entry, "stack", ("weights", "bias", "threshold"), cls._KEYS, where, fix)
        weights = entry.get("weights")
        if not isinstance(weights, Mapping) or set(weights) != {"transformer", "default"}:
            raise ModelError(
                f"{where}: 'stack.weights' must map exactly 'transformer' and 'default' to numbers, "
                f"got {weights!r}; {fix}"
            )
        try:
            return cls(
                transformer=weights["transformer"],
                default=weights["default"],
                bias=entry["bias"],
                threshold=entry["threshold"],
                default_model_sha256=entry.get("default_model_sha256"),
                info=info,
            )
        except ModelError as exc:
            raise ModelError(f"{where}: {exc}; {fix}") from None

    def to_config(self) -> dict[str, Any]:
        return {
            "weights": {"transformer": self.transformer, "default": self.default},
            "bias": self.bias,
            "threshold": self.threshold,
            "default_model_sha256": self.default_model_sha256,
            "info": dict(self.info),
        }

    def combine(self, transformer_logit: np.ndarray, default_proba: np.ndarray) -> np.ndarray:
        """The fused probability of speculation."""
        z = self.transformer * transformer_logit + self.default * logit(default_proba) + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))


@dataclass(frozen=True)
class Cascade:
    """The default model decides alone where it is sure; the encoder only inside a band.

    A sentence whose default P(speculation) lies in ``[low, high]`` is judged by
    the encoder (or by the :class:`Stack`, when one is configured); every other
    sentence keeps the default model's probability and decision. Since most
    sentences of a text are clear-cut, the encoder reads only a share of them and
    throughput stays near the default model's. Fitted on dev by
    ``training/stack.py --cascade``. Stored in ``config.json`` as ``{"low": l,
    "high": h, "default_model_sha256": ..., "info": {...}}``.
    """

    low: float
    high: float
    default_model_sha256: str | None = None
    info: Mapping[str, Any] = field(default_factory=dict, compare=False)

    _KEYS = frozenset({"low", "high", "default_model_sha256", "info"})

    def __post_init__(self) -> None:
        for name in ("low", "high"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ModelError(f"cascade: {name} must be a finite number, got {value!r}")
            object.__setattr__(self, name, float(value))
        if not 0.0 <= self.low <= self.high <= 1.0:
            raise ModelError(f"cascade: expected 0 <= low <= high <= 1, got low={self.low}, high={self.high}")

    @classmethod
    def from_config(cls, entry: Any, where: str = "config.json") -> Cascade:
        """Read and check the ``cascade`` entry of a ``config.json``."""
        fix = "refit it with training/stack.py --cascade or remove the entry"
        info = _checked_entry(entry, "cascade", ("low", "high"), cls._KEYS, where, fix)
        try:
            return cls(
                low=entry["low"],
                high=entry["high"],
                default_model_sha256=entry.get("default_model_sha256"),
                info=info,
            )
        except ModelError as exc:
            raise ModelError(f"{where}: {exc}; {fix}") from None

    def to_config(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "default_model_sha256": self.default_model_sha256,
            "info": dict(self.info),
        }

    def band(self, default_proba: Any) -> np.ndarray:
        """Which sentences, by their default P(speculation), go to the encoder."""
        p = np.asarray(default_proba, dtype=float)
        return (p >= self.low) & (p <= self.high)


def _checked_entry(
    entry: Any, name: str, required: tuple[str, ...], keys: frozenset[str], where: str, fix: str
) -> dict[str, Any]:
    """Check that a ``config.json`` entry is an object with ``required`` and only ``keys``; its ``info``."""
    if not isinstance(entry, Mapping):
        raise ModelError(f"{where}: '{name}' must be a JSON object, got {type(entry).__name__}; {fix}")
    unknown = set(entry) - keys
    missing = set(required) - set(entry)
    if unknown or missing:
        raise ModelError(
            f"{where}: '{name}' has {f'unknown keys {sorted(unknown)}' if unknown else ''}"
            f"{' and ' if unknown and missing else ''}{f'no {sorted(missing)}' if missing else ''}; "
            f"expected {', '.join(required)} (and default_model_sha256, info); {fix}"
        )
    info = entry.get("info") or {}
    return dict(info) if isinstance(info, Mapping) else {}


def shift_threshold(proba: Any, source: float, target: float) -> np.ndarray:
    """Move probabilities in log-odds so that ``source`` lands on ``target``.

    Order is kept, and a sentence is at or above ``target`` afterwards exactly
    when it was at or above ``source`` before (rounding and clipping included).
    """
    p = np.asarray(proba, dtype=float)
    z = logit(p) - logit(source) + logit(target)
    moved = 1.0 / (1.0 + np.exp(-z))
    return np.where(p >= source, np.maximum(moved, target), np.minimum(moved, np.nextafter(target, 0.0)))


def logit(proba: Any) -> np.ndarray:
    """Log-odds of probabilities, clipped away from 0 and 1."""
    p = np.clip(np.asarray(proba, dtype=float), 1e-6, 1.0 - 1e-6)
    return np.log(p / (1.0 - p))


def _default_proba(sentences: list[str]) -> np.ndarray:
    """The bundled default model's probability of speculation (loaded once, hash-checked)."""
    from .persist import load_default

    if not sentences:
        return np.zeros(0)
    return np.asarray(load_default().predict_proba(sentences), dtype=float)[:, 1]


def _fitted_runtime(config: Mapping[str, Any]) -> str | None:
    """The runtime whose scores the stack or cascade of ``config`` was fitted on (``None``: not recorded)."""
    for part in ("cascade", "stack"):
        entry = config.get(part)
        info = entry.get("info") if isinstance(entry, Mapping) else None
        runtime = info.get("runtime") if isinstance(info, Mapping) else None
        if runtime in ("torch", "onnx"):
            return str(runtime)
    return None


def _bundled_sha256() -> str:
    from ._bundled import SHA256

    return SHA256


class TransformerClassifier:
    """Speculation probability from a fine-tuned sequence-classification encoder.

    Build one with :meth:`from_pretrained`; the constructor takes already loaded
    objects (a ``transformers`` model and tokenizer) so tests and the training
    script can wrap what they have in memory.

    Args:
        model: a ``*ForSequenceClassification`` model whose ``config.id2label``
            names ``fact`` and ``speculation``.
        tokenizer: the matching tokenizer.
        threshold: probability of speculation at or above which a sentence is
            speculation.
        max_length: longest input in tokens; longer sentences are truncated and
            :meth:`sentence_warnings` says so.
        batch_size: sentences per forward pass.
        device: ``"cpu"``, ``"cuda"``, ...; ``None`` picks CUDA when present.
        stack: a :class:`Stack` (or its ``config.json`` entry) fusing the
            encoder with the default model; :attr:`threshold_` is then the
            stack's threshold and ``threshold`` the encoder's own.
        cascade: a :class:`Cascade` (or its ``config.json`` entry): the
            default model decides alone outside its band. :attr:`threshold_`
            is then the default model's threshold, and the probabilities of the
            band's sentences are moved in log-odds so that the encoder's (or the
            stack's) threshold lands on it.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        threshold: float = 0.5,
        max_length: int = DEFAULT_MAX_LENGTH,
        batch_size: int = 32,
        device: str | None = None,
        metrics: dict[str, Any] | None = None,
        cue_hints: bool = False,
        stack: Stack | Mapping[str, Any] | None = None,
        cascade: Cascade | Mapping[str, Any] | None = None,
    ) -> None:
        if not 0.0 <= float(threshold) <= 1.0:
            raise ModelError(f"TransformerClassifier() expects threshold in [0, 1], got {threshold!r}")
        if not isinstance(max_length, int) or max_length < 2:
            raise ModelError(f"TransformerClassifier() expects max_length as an int >= 2, got {max_length!r}")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ModelError(
                f"TransformerClassifier() expects batch_size as a positive int, got {batch_size!r}"
            )
        self.model = model
        self.tokenizer = tokenizer
        self.stack_ = stack if isinstance(stack, Stack) or stack is None else Stack.from_config(stack)
        self.cascade_ = (
            cascade if isinstance(cascade, Cascade) or cascade is None else Cascade.from_config(cascade)
        )
        self.base_threshold_ = float(threshold)
        self.threshold_ = self.stack_.threshold if self.stack_ is not None else float(threshold)
        if self.cascade_ is not None:
            from .persist import load_default

            self.threshold_ = float(load_default().threshold_)
        self.max_length = max_length
        self.batch_size = batch_size
        self.metrics_ = dict(metrics or {})
        self.cue_hints = bool(cue_hints)
        self._onnx: Any = None
        self._last_cut: tuple[tuple[str, ...], list[bool | None]] | None = None
        id2label = {int(k): str(v).lower() for k, v in model.config.id2label.items()}
        label2id = {v: k for k, v in id2label.items()}
        if set(label2id) != set(LABELS):
            raise ModelError(f"the model's id2label is {id2label}; expected the labels {list(LABELS)}")
        self.columns_ = [label2id[label] for label in LABELS]
        if model is not None and hasattr(model, "to"):
            torch, _ = _require_torch()
            self.device = device or _auto_device(torch)
            self.model = model.to(self.device).eval()
        else:
            self.device = device or "cpu"

    # -- loading and saving --------------------------------------------------

    @classmethod
    def from_pretrained(
        cls,
        path: str | os.PathLike[str],
        *,
        device: str | None = None,
        batch_size: int = 32,
        max_length: int | None = None,
        runtime: str = "auto",
        onnx_threads: int | None = None,
    ) -> TransformerClassifier:
        """Load a model directory written by :meth:`save_pretrained`.

        Args:
            path: the directory.
            device: as in the constructor.
            batch_size: sentences per forward pass.
            max_length: overrides the ``max_input_tokens`` saved in ``config.json``.
            runtime: ``"torch"``, ``"onnx"`` (needs ``model.int8.onnx`` and
                onnxruntime) or ``"auto"``: ONNX on CPU when both are there,
                else torch.
            onnx_threads: onnxruntime's intra-op threads (default: all cores).

        Raises:
            ModelError: the directory is missing, malformed or of another backend.
            UnsafeModelError: the weights are pickle files, or the config names
                custom code.
            MissingDependencyError: torch or transformers is not installed.
        """
        if runtime not in ("auto", "torch", "onnx"):
            raise ModelError(f"from_pretrained() expects runtime 'auto', 'torch' or 'onnx', got {runtime!r}")
        path = Path(path)
        config = _read_config(path)
        onnx_file = path / ONNX_NAME
        torch = _optional("torch")
        device = device or (_auto_device(torch) if torch is not None else "cpu")
        onnx_ready = device == "cpu" and onnx_file.is_file() and _optional("onnxruntime") is not None
        fitted = _fitted_runtime(config)
        if runtime == "auto" and fitted == "torch" and torch is not None:
            use_onnx = False  # int8 scores move the borderline decisions a band or stack was fitted on
        elif runtime == "auto" and fitted == "onnx" and onnx_file.is_file():
            use_onnx = _optional("onnxruntime") is not None
        else:
            use_onnx = runtime == "onnx" or (runtime == "auto" and onnx_ready)
        if use_onnx and not onnx_file.is_file():
            raise ModelError(f"{str(path)!r} has no {ONNX_NAME}; write one with export_onnx(path)")
        chosen = "onnx" if use_onnx else "torch"
        if fitted and chosen != fitted:
            warnings.warn(
                f"{str(path)!r} had its stack or cascade fitted on {fitted} scores but runs on {chosen}; "
                f"decisions near the band's edges and the threshold may differ: refit it with "
                f"training/stack.py --runtime {chosen}",
                UserWarning,
                stacklevel=2,
            )
        # The ONNX runtime needs transformers for the tokenizer, but not torch.
        transformers = _require_transformers() if use_onnx else _require_torch()[1]
        trained_on = config.get("cue_lexicon_sha256")
        if config.get("cue_hints") and trained_on and trained_on != _lexicon_sha256():
            warnings.warn(
                f"{str(path)!r} was fine-tuned with cue hints from another version of the bundled cue "
                f"lexicon; its scores may drift: fine-tune it again with this version",
                UserWarning,
                stacklevel=2,
            )
        stack = config.get("stack")
        if stack is not None:
            stack = Stack.from_config(stack, str(path / CONFIG_NAME))
            if stack.default_model_sha256 and stack.default_model_sha256 != _bundled_sha256():
                warnings.warn(
                    f"{str(path)!r} was stacked on another version of the bundled default model; its "
                    f"fusion weights may not fit this one: refit them with training/stack.py",
                    UserWarning,
                    stacklevel=2,
                )
        cascade = config.get("cascade")
        if cascade is not None:
            cascade = Cascade.from_config(cascade, str(path / CONFIG_NAME))
            if cascade.default_model_sha256 and cascade.default_model_sha256 != _bundled_sha256():
                warnings.warn(
                    f"{str(path)!r} has a cascade band fitted on another version of the bundled default "
                    f"model; it may not fit this one: refit it with training/stack.py --cascade",
                    UserWarning,
                    stacklevel=2,
                )
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(path), local_files_only=True, trust_remote_code=False
        )
        options: dict[str, Any] = dict(
            stack=stack,
            cascade=cascade,
            threshold=float(config.get("threshold", 0.5)),
            max_length=int(max_length or config.get("max_input_tokens") or DEFAULT_MAX_LENGTH),
            batch_size=batch_size,
            metrics=config.get("metrics"),
            cue_hints=bool(config.get("cue_hints", False)),
        )
        if use_onnx:
            self = cls(
                _ConfigOnly(transformers.AutoConfig.from_pretrained(str(path), local_files_only=True)),
                tokenizer,
                device="cpu",
                **options,
            )
            self._onnx = _OnnxSession(onnx_file, onnx_threads)
            self.model = None
            return self
        model = transformers.AutoModelForSequenceClassification.from_pretrained(
            str(path), local_files_only=True, trust_remote_code=False, use_safetensors=True
        )
        return cls(model, tokenizer, device=device, **options)

    def save_pretrained(self, path: str | os.PathLike[str], *, card: str | None = None) -> Path:
        """Write weights (safetensors), tokenizer, config and a model card to ``path``."""
        if self.model is None:
            raise ModelError("this classifier runs from ONNX only; save the directory it was loaded from")
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        config = self.model.config
        config.backend = BACKEND
        # With a cascade, threshold_ is the default model's: the saved thresholds are the inner ones.
        inner = self.inner_threshold_
        if self.stack_ is not None:
            config.threshold = self.base_threshold_
            config.stack = {**self.stack_.to_config(), "threshold": inner}
        else:
            config.threshold = inner
            config.stack = None
        config.cascade = self.cascade_.to_config() if self.cascade_ is not None else None
        config.max_input_tokens = self.max_length
        config.metrics = self.metrics_
        config.cue_hints = self.cue_hints
        config.cue_lexicon_sha256 = _lexicon_sha256() if self.cue_hints else None
        config.id2label = {i: label for i, label in enumerate(self._labels_by_id())}
        config.label2id = {label: i for i, label in config.id2label.items()}
        self.model.save_pretrained(str(path))
        self.tokenizer.save_pretrained(str(path))
        card_file = path / CARD_NAME
        if card is not None:
            card_file.write_text(card, encoding="utf-8")
        elif not card_file.exists():
            card_file.write_text(_minimal_card(self), encoding="utf-8")
        return path

    def _labels_by_id(self) -> list[str]:
        out = [""] * len(self.columns_)
        for label, column in zip(LABELS, self.columns_, strict=True):
            out[column] = label
        return out

    # -- prediction ----------------------------------------------------------

    @property
    def inner_threshold_(self) -> float:
        """The threshold of what judges the encoder's sentences: the stack's, or the encoder's own.

        Without a cascade it is :attr:`threshold_`.
        """
        if self.cascade_ is None:
            return self.threshold_
        return self.stack_.threshold if self.stack_ is not None else self.base_threshold_

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray:
        """Return an ``(n, 2)`` array: P(fact), P(speculation) for each sentence.

        With a :attr:`stack_`, P(speculation) is the fusion of the encoder and
        the default model; otherwise the encoder's own. With a :attr:`cascade_`,
        sentences outside its band get the default model's probability, and only
        the band's sentences are encoded.
        """
        sentences = _as_list(sentences)
        if not sentences:
            return np.zeros((0, 2))
        if self.cascade_ is None:
            p = self._inner_proba(sentences, _default_proba(sentences) if self.stack_ is not None else None)
            return np.column_stack([1.0 - p, p])
        default = _default_proba(sentences)
        p = default.copy()
        rows = np.flatnonzero(self.cascade_.band(default))
        cut: list[bool | None] = [False] * len(sentences)
        if len(rows):
            inner = self._inner_proba([sentences[i] for i in rows], default[rows])
            p[rows] = shift_threshold(inner, self.inner_threshold_, self.threshold_)
            band_cut = self._last_cut[1] if self._last_cut is not None else [None] * len(rows)
            for i, flag in zip(rows, band_cut, strict=True):
                cut[i] = flag
        self._last_cut = (tuple(sentences), cut) if None not in cut else None
        return np.column_stack([1.0 - p, p])

    def _inner_proba(self, sentences: list[str], default: np.ndarray | None) -> np.ndarray:
        """P(speculation) of the encoder, fused with ``default`` when there is a stack."""
        margin = self.transformer_logits(sentences)
        if self.stack_ is not None and default is not None:
            return self.stack_.combine(margin, default)
        return 1.0 / (1.0 + np.exp(-margin))

    def encoder_mask(self, sentences: Sequence[str]) -> np.ndarray:
        """Which sentences :meth:`predict_proba` sends to the encoder (all, without a cascade)."""
        sentences = _as_list(sentences)
        if self.cascade_ is None:
            return np.ones(len(sentences), dtype=bool)
        return self.cascade_.band(_default_proba(sentences))

    def transformer_logits(self, sentences: Sequence[str]) -> np.ndarray:
        """The encoder's own log-odds of speculation for each sentence (no stack, no cascade)."""
        sentences = _as_list(sentences)
        out = np.zeros(len(sentences), dtype=float)
        cut: list[bool | None] = [None] * len(sentences)
        # Sorting by length keeps the padding of each batch small.
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        fact, speculation = self.columns_
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            logits, flags = self._logits([sentences[i] for i in chunk])
            for i, flag in zip(chunk, flags, strict=True):
                cut[i] = flag
            out[chunk] = logits[:, speculation] - logits[:, fact]
        # The Analyzer asks for the warnings of the same sentences next: keep them.
        self._last_cut = (tuple(sentences), cut) if None not in cut else None
        return out

    def predict(self, sentences: Sequence[str]) -> np.ndarray:
        """Return 1 for speculation, 0 for fact, at :attr:`threshold_`."""
        return (self.predict_proba(sentences)[:, 1] >= self.threshold_).astype(int)

    def truncated(self, sentences: Sequence[str]) -> list[bool]:
        """Whether each sentence is longer than :attr:`max_length` tokens (and so is cut)."""
        sentences = _as_list(sentences)
        if not sentences:
            return []
        last = self._last_cut
        if last is not None and last[0] == tuple(sentences):
            return [bool(flag) for flag in last[1]]
        # Only what the encoder reads can be cut.
        rows = np.flatnonzero(self.encoder_mask(sentences)).tolist()
        out = [False] * len(sentences)
        if not rows:
            return out
        read = [sentences[i] for i in rows]
        pair = cue_hints(read) if self.cue_hints else None
        ids = self.tokenizer(read, pair, add_special_tokens=True, truncation=False)["input_ids"]
        for i, x in zip(rows, ids, strict=True):
            out[i] = len(x) > self.max_length
        return out

    def sentence_warnings(self, sentences: Sequence[str]) -> list[tuple[str, ...]]:
        """Per sentence, what the backend had to do to it (recorded in ``Claim.warnings``)."""
        note = f"truncated to {self.max_length} tokens"
        return [(note,) if cut else () for cut in self.truncated(sentences)]

    def _encode(self, sentences: list[str], tensors: str) -> Any:
        if self.cue_hints:
            return self.tokenizer(
                sentences,
                cue_hints(sentences),
                padding=True,
                truncation="only_first",
                max_length=self.max_length,
                return_tensors=tensors,
            )
        return self.tokenizer(
            sentences, padding=True, truncation=True, max_length=self.max_length, return_tensors=tensors
        )

    def _logits(self, sentences: list[str]) -> tuple[np.ndarray, list[bool | None]]:
        """Logits, and per sentence whether it was truncated (``None`` if the tokenizer cannot tell)."""
        encoded = self._encode(sentences, "np" if self._onnx is not None else "pt")
        # Fast tokenizers keep what truncation cut off; slow ones do not say.
        encodings = getattr(encoded, "encodings", None) or [None] * len(sentences)
        flags = [None if e is None else bool(e.overflowing) for e in encodings]
        if self._onnx is not None:
            return self._onnx.run(encoded), flags
        torch, _ = _require_torch()
        batch = {k: v.to(self.device) for k, v in encoded.items()}
        with torch.inference_mode():
            logits = self.model(**batch).logits
        return logits.float().cpu().numpy().astype(float), flags

    @property
    def runtime(self) -> str:
        """What computes the encoder's scores: ``"onnx"`` (the int8 graph) or ``"torch"``."""
        return "onnx" if self._onnx is not None else "torch"

    def __repr__(self) -> str:
        runtime = "onnx" if self._onnx is not None else self.device
        stacked = ", stacked" if self.stack_ is not None else ""
        if self.cascade_ is not None:
            stacked += f", cascade [{self.cascade_.low:.3f}, {self.cascade_.high:.3f}]"
        return (
            f"TransformerClassifier(threshold={self.threshold_:.3f}, max_length={self.max_length}, "
            f"{runtime}{stacked})"
        )


class _ConfigOnly:
    """Stands in for a torch model when only the ONNX graph is run."""

    def __init__(self, config: Any) -> None:
        self.config = config


class _OnnxSession:
    """One onnxruntime session; feeds it only the inputs the graph declares."""

    def __init__(self, path: Path, threads: int | None = None) -> None:
        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise MissingDependencyError(
                f"running {path.name} needs onnxruntime; install it with: pip install onnxruntime"
            ) from exc
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.path, self.threads = path, threads
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]

    # A session cannot be pickled; worker processes (Analyzer.pipe(n_jobs=...)) reopen the file.
    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "threads": self.threads}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state["threads"])  # type: ignore[misc]

    def run(self, encoded: Any) -> np.ndarray:
        feed = {name: np.asarray(encoded[name], dtype=np.int64) for name in self.inputs}
        return np.asarray(self.session.run(None, feed)[0], dtype=float)


def export_onnx(
    path: str | os.PathLike[str], *, quantize: bool = True, sentences: Sequence[str] | None = None
) -> dict[str, Any]:
    """Write ``model.int8.onnx`` (or fp32 when ``quantize=False``) into a model directory.

    The graph comes from ``torch.onnx.export`` with dynamic batch and sequence
    axes; int8 is onnxruntime's dynamic quantisation (weights only), about 4x
    smaller and 1.5-2.5x faster on CPU. When ``sentences`` are given, returns how
    often the ONNX decision agrees with torch on them.
    """
    torch, _ = _require_torch()
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise MissingDependencyError(
            "export_onnx() needs onnxruntime and onnx: pip install onnxruntime onnx"
        ) from exc
    path = Path(path)
    clf = TransformerClassifier.from_pretrained(path, device="cpu", runtime="torch")
    model = clf.model
    sample = clf._encode(["An example sentence.", "Another one, a little longer than that."], "pt")
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]
    fp32 = path / "model.fp32.onnx"
    target = path / ONNX_NAME

    module: Any = torch.nn.Module

    class _Logits(module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, *args: Any) -> Any:
            return self.inner(**dict(zip(names, args, strict=True))).logits

    axes = {n: {0: "batch", 1: "sequence"} for n in names} | {"logits": {0: "batch"}}
    with torch.no_grad(), warnings.catch_warnings():
        # The tracer warns about shape checks it freezes; none depends on batch or length here.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            _Logits(model).eval(),
            tuple(sample[n] for n in names),
            str(fp32),
            input_names=names,
            output_names=["logits"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    if quantize:
        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8)
        fp32.unlink()
    else:
        fp32.replace(target)
    report: dict[str, Any] = {"file": target.name, "bytes": target.stat().st_size, "quantized": quantize}
    if sentences:
        sentences = _as_list(sentences)
        onnx = TransformerClassifier.from_pretrained(path, runtime="onnx")
        a, b = clf.predict_proba(sentences)[:, 1], onnx.predict_proba(sentences)[:, 1]
        report["agreement"] = float(np.mean((a >= clf.threshold_) == (b >= clf.threshold_)))
        report["max_abs_diff"] = float(np.max(np.abs(a - b)))
    return report


def cue_hints(sentences: Sequence[str]) -> list[str]:
    """The bundled lexicon's cues of each sentence as a second input segment.

    A model fine-tuned with hints reads "may hedge; if conditional" beside the
    sentence, so it learns when a cue is used speculatively rather than having
    to rediscover the lexicon from a few thousand examples.
    """
    matcher = _matcher()
    return [
        "; ".join(f"{c.text.lower()} {c.kind.value}" for c in matcher.match(s)) or "none" for s in sentences
    ]


@functools.lru_cache(maxsize=1)
def _matcher() -> Any:
    from .cues import default_matcher

    return default_matcher()


@functools.lru_cache(maxsize=1)
def _lexicon_sha256() -> str:
    """Hash of the bundled cue lexicon, recorded by models that read cue hints."""
    from importlib.resources import files

    return hashlib.sha256(files("claimcheck.data").joinpath("cues.jsonl").read_bytes()).hexdigest()


def _as_list(sentences: Sequence[str]) -> list[str]:
    if isinstance(sentences, str):
        raise TypeError("expected a sequence of sentences, got a single str; wrap it in a list")
    return [str(s) for s in sentences]


def _minimal_card(clf: TransformerClassifier) -> str:
    metrics = json.dumps(clf.metrics_, indent=2, sort_keys=True)
    return (
        "# claimcheck transformer model\n\n"
        "Labels each sentence `fact` or `speculation`; load with\n"
        "`claimcheck.transformer.TransformerClassifier.from_pretrained(path)`.\n\n"
        f"- threshold: {clf.threshold_:.3f}\n- max_length: {clf.max_length}\n\n"
        f"## Metrics\n\n```json\n{metrics}\n```\n"
    )
