"""The Analyzer: the one place that wires the stages
``text → sentences → cues → local model → frames → claims``.
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np

from .cues import CueMatcher, LexiconSource
from .document import Claim, Cue, Document, Kind, Label
from .errors import DocumentTooLargeError, InputError, ModelError, require_str
from .frames import FrameDetector
from .segment import split_paragraphs, split_sentences

__all__ = ["Analyzer", "Failure", "analyze", "DEFAULT_MAX_CHARS"]

Splitter = Callable[[str], "list[tuple[int, int]]"]

#: Texts longer than this are refused unless ``max_chars`` is raised (or ``None``).
DEFAULT_MAX_CHARS = 10_000_000

# Sentences per model call; below the cue matcher's cache size.
_CHUNK = 2048
_HEDGE = frozenset({Kind.HEDGE})  # the kind of a speculative sentence nothing else explains
_NO_KINDS: frozenset[Kind] = frozenset()


class Analyzer:
    """Label each sentence of a text as fact or speculation.

    Args:
        model: ``"default"`` (the bundled model), ``"lexicon"`` (cues only), or a
            fitted object with ``predict_proba(sentences)`` and ``threshold_``.
        cues: ``None`` for the bundled cue lexicon, a JSONL path, or rule dicts.
        splitter: any callable ``text -> list[(start, end)]``.
        frames: apply document frames (``True``) or judge sentences alone.
        threshold: overrides the model's decision threshold.
        domain: the text's domain when it is known, one of the model's
            ``domains_`` (the default model: ``"news"``, ``"reviews"``,
            ``"biomed"``, ``"science"``); ``None`` lets the model tell it from
            the text, which needs a few sentences to go on.
        max_chars: longest text accepted; ``None`` for no limit.

    >>> doc = Analyzer(model="lexicon").analyze("It rained. It may rain again.")
    >>> [c.label.value for c in doc.claims]
    ['fact', 'speculation']
    """

    def __init__(
        self,
        model: Any = "default",
        *,
        cues: LexiconSource = None,
        splitter: Splitter = split_sentences,
        frames: bool = True,
        threshold: float | None = None,
        domain: str | None = None,
        max_chars: int | None = DEFAULT_MAX_CHARS,
    ) -> None:
        if not callable(splitter):
            raise TypeError(f"Analyzer() expects splitter as a callable, got {type(splitter).__name__}")
        if not isinstance(frames, bool):
            raise TypeError(f"Analyzer() expects frames as a bool, got {type(frames).__name__}")
        if threshold is not None and (
            isinstance(threshold, bool) or not isinstance(threshold, (int, float, np.floating))
        ):
            raise TypeError(
                f"Analyzer() expects threshold as a float or None, got {type(threshold).__name__}"
            )
        if threshold is not None and not 0.0 <= float(threshold) <= 1.0:
            raise InputError(f"Analyzer() expects threshold in [0, 1], got {threshold!r}")
        if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int)):
            raise TypeError(f"Analyzer() expects max_chars as an int or None, got {type(max_chars).__name__}")
        if max_chars is not None and max_chars <= 0:
            raise InputError(f"Analyzer() expects max_chars as a positive int or None, got {max_chars!r}")
        self.model = model
        self.cues = cues
        self.splitter = splitter
        self.frames = frames
        self.threshold = threshold
        self.domain = domain
        self.max_chars = max_chars
        self.matcher_ = CueMatcher(cues)
        self.model_ = _with_domain(_resolve_model(model, self.matcher_), domain)
        self.matcher_ = _shared_matcher(self.model_, self.matcher_)
        self.frame_detector_ = FrameDetector()

    @property
    def threshold_(self) -> float:
        return float(
            self.threshold if self.threshold is not None else getattr(self.model_, "threshold_", 0.5)
        )

    # -- public API ---------------------------------------------------------

    def analyze(self, text: str) -> Document:
        """Split ``text`` into sentences and label each one."""
        text = require_str(text, "text", "analyze")
        if self.max_chars is not None and len(text) > self.max_chars:
            raise DocumentTooLargeError(
                f"analyze() got a text of {len(text):,} characters, over max_chars={self.max_chars:,}; "
                f"split it, or pass Analyzer(max_chars=None) to lift the limit"
            )
        spans = self._split(text)
        paragraphs = _paragraph_index(text, spans)
        claims: Sequence[Claim] = self._label(text, spans, paragraphs)
        frames: tuple = ()
        if self.frames:
            claims, frames = self.frame_detector_.apply(text, claims)
        return Document(text=text, claims=tuple(claims), frames=tuple(frames))

    def classify(self, sentences: Sequence[str]) -> list[Claim]:
        """Label each string as one sentence: no splitting, no frames.

        Each claim's offsets are relative to its own string.
        """
        if isinstance(sentences, (str, bytes)) or not isinstance(sentences, Sequence):
            raise TypeError(
                f"classify() expects a sequence of str, got {type(sentences).__name__}"
                + ("; wrap a single sentence in a list" if isinstance(sentences, str) else "")
            )
        for i, s in enumerate(sentences):
            require_str(s, f"sentences[{i}]", "classify")
        return self._claims([(s, 0, len(s)) for s in sentences], paragraphs=[0] * len(sentences))

    def pipe(
        self,
        texts: Iterable[str],
        batch_size: int = 64,
        n_jobs: int = 1,
        errors: str = "raise",
    ) -> Iterator[Any]:
        """Analyse many texts, yielding results in input order.

        Texts are read lazily, so a generator over a corpus of any size streams
        through; with ``n_jobs > 1`` (``-1``: all cores) batches of ``batch_size``
        texts go to joblib worker processes, a few batches ahead.

        Args:
            texts: an iterable of ``str``.
            batch_size: texts per task sent to a worker.
            n_jobs: worker processes; ``1`` analyses in this process.
            errors: what a text that cannot be analysed does, and what an
                exception raised by ``texts`` itself does:
                ``"raise"`` re-raises it after yielding every earlier document;
                ``"skip"`` drops it (the output is then shorter than the input);
                ``"collect"`` yields a :class:`Failure` with its index and the
                exception in its place, so output position ``i`` is input ``i``.
                If the iterable itself fails, nothing after it can be read:
                ``"skip"`` and ``"collect"`` stop there, ``"collect"`` after
                yielding a :class:`Failure` whose index is the next position.

        >>> a = Analyzer(model="lexicon")
        >>> [type(r).__name__ for r in a.pipe(["It rained.", None, "It may."], errors="collect")]
        ['Document', 'Failure', 'Document']
        """
        if isinstance(texts, (str, bytes)):
            raise TypeError("pipe() expects an iterable of str, got a single str; use analyze() for one text")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise InputError(f"pipe() expects batch_size as a positive int, got {batch_size!r}")
        if not isinstance(n_jobs, int) or n_jobs == 0:
            raise InputError(f"pipe() expects n_jobs as a non-zero int, got {n_jobs!r}")
        if errors not in _ERROR_POLICIES:
            raise InputError(
                f"pipe() expects errors as one of {', '.join(map(repr, _ERROR_POLICIES))}, got {errors!r}"
            )
        source = _SafeIterator(texts)
        if n_jobs == 1:
            results: Iterator[Any] = (_analyze_one(self, i, t) for i, t in source)
        else:
            results = _pipe_parallel(self, source, batch_size, n_jobs)
        try:
            for result in results:
                if isinstance(result, Failure):
                    if errors == "raise":
                        raise result.error
                    if errors == "skip":
                        continue
                yield result
        finally:
            results.close()  # type: ignore[attr-defined]  # stop the workers now, not at garbage collection
        if source.error is not None:
            if errors == "raise":
                raise source.error
            if errors == "collect":
                yield Failure(source.position, source.error)

    # -- stages -------------------------------------------------------------

    def _split(self, text: str) -> list[tuple[int, int]]:
        spans = self.splitter(text)
        last = 0
        for span in spans:
            if not (isinstance(span, tuple) and len(span) == 2):
                raise InputError(f"the splitter returned {span!r}; expected (start, end) tuples")
            start, end = span
            if not (last <= start < end <= len(text)):
                raise InputError(
                    f"the splitter returned span {span!r}; spans must be in order, non-empty, "
                    f"non-overlapping and inside the text"
                )
            last = end
        return list(spans)

    def _label(self, text: str, spans: Sequence[tuple[int, int]], paragraphs: Sequence[int]) -> list[Claim]:
        return self._claims([(text, s, e) for s, e in spans], paragraphs)

    def _claims(self, pieces: Sequence[tuple[str, int, int]], paragraphs: Sequence[int]) -> list[Claim]:
        # Chunks keep each sentence's cue matches in the matcher's cache between
        # the cue stage and the model's features, so a sentence is matched once.
        claims: list[Claim] = []
        for lo in range(0, len(pieces), _CHUNK):
            claims.extend(self._claims_chunk(pieces[lo : lo + _CHUNK], paragraphs[lo : lo + _CHUNK], lo))
        return claims

    def _claims_chunk(
        self, pieces: Sequence[tuple[str, int, int]], paragraphs: Sequence[int], offset: int
    ) -> list[Claim]:
        sentences = [t[s:e] for t, s, e in pieces]
        proba = np.asarray(self.model_.predict_proba(sentences), dtype=float)
        scores = proba[:, 1] if proba.ndim == 2 else proba
        if scores.shape != (len(sentences),):
            raise ModelError(
                f"the model's predict_proba() returned shape {proba.shape} for {len(sentences)} sentences; "
                f"expected ({len(sentences)}, 2)"
            )
        scores = np.clip(np.where(np.isnan(scores), 0.0, scores), 0.0, 1.0).tolist()
        threshold = self.threshold_
        # Only speculative claims carry cues and kinds, so only they are matched
        # (a model built on the same matcher has already cached their matches).
        cues: dict[int, tuple[Cue, ...]] = {
            i: tuple(self.matcher_.match(*pieces[i])) for i, score in enumerate(scores) if score >= threshold
        }
        unsettled = [i for i, found in cues.items() if not found]
        model_kinds = _model_kinds(self.model_, [sentences[i] for i in unsettled])
        kinds_of = {i: frozenset(c.kind for c in found) for i, found in cues.items()}
        if model_kinds is not None:
            # the kinds model settles what no cue does; cue kinds are more precise
            kinds_of.update(zip(unsettled, model_kinds, strict=True))
        model_warnings = _model_warnings(self.model_, sentences)
        claims = []
        for i, ((_, s, e), sentence) in enumerate(zip(pieces, sentences, strict=True)):
            score = scores[i]
            if i in cues:
                label, sentence_cues, kinds = Label.SPECULATION, cues[i], kinds_of[i] or _HEDGE
            else:
                label, sentence_cues, kinds = Label.FACT, (), _NO_KINDS
            claims.append(
                Claim(
                    text=sentence,
                    start=s,
                    end=e,
                    index=offset + i,
                    paragraph=paragraphs[i],
                    label=label,
                    local_label=label,
                    kinds=kinds,
                    score=score,
                    cues=sentence_cues,
                    warnings=model_warnings[i],
                )
            )
        return claims


_ERROR_POLICIES = ("raise", "skip", "collect")


@dataclass(frozen=True)
class Failure:
    """A text that :meth:`Analyzer.pipe` could not analyse (``errors="collect"``).

    ``index`` is the text's position in the input; ``error`` the exception.
    A failure is falsy, so ``[r for r in results if r]`` keeps the documents.
    """

    index: int
    error: BaseException

    def __bool__(self) -> bool:
        return False

    @property
    def message(self) -> str:
        """One line: the exception's type and message."""
        return f"{type(self.error).__name__}: {self.error}"


class _SafeIterator:
    """Numbers the texts, and records (rather than raises) an error of the input iterator."""

    def __init__(self, texts: Iterable[Any]) -> None:
        self._it = iter(texts)
        self.position = 0
        self.error: BaseException | None = None

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        while True:
            try:
                text = next(self._it)
            except StopIteration:
                return
            except Exception as exc:
                self.error = exc
                return
            yield self.position, text
            self.position += 1


def _analyze_one(analyzer: Analyzer, index: int, text: Any) -> Document | Failure:
    try:
        return analyzer.analyze(text)
    except Exception as exc:
        return Failure(index, exc)


def _analyze_batch(analyzer: Analyzer, batch: Sequence[tuple[int, Any]]) -> list[Document | Failure]:
    out = [_analyze_one(analyzer, i, t) for i, t in batch]
    for k, result in enumerate(out):
        if isinstance(result, Failure) and not _picklable(result.error):
            out[k] = Failure(result.index, RuntimeError(result.message))
    return out


# Analyzers rebuilt in a worker process from their recipe, so that a batch
# carries a few constructor arguments instead of the pickled model.
_WORKER_ANALYZERS: dict[tuple[Any, ...], Analyzer] = {}


def _recipe(analyzer: Analyzer) -> tuple[Any, ...] | None:
    """Constructor arguments that rebuild ``analyzer`` exactly, or ``None`` if it holds objects."""
    if not (isinstance(analyzer.model, str) and analyzer.model in ("default", "lexicon")):
        return None
    if analyzer.splitter is not split_sentences:
        return None
    if analyzer.cues is not None and not isinstance(analyzer.cues, (str, PathLike)):
        return None
    return (
        analyzer.model,
        analyzer.cues,
        analyzer.frames,
        analyzer.threshold,
        analyzer.domain,
        analyzer.max_chars,
    )


def _analyze_batch_from_recipe(
    recipe: tuple[Any, ...], batch: Sequence[tuple[int, Any]]
) -> list[Document | Failure]:
    analyzer = _WORKER_ANALYZERS.get(recipe)
    if analyzer is None:
        model, cues, frames, threshold, domain, max_chars = recipe
        analyzer = Analyzer(
            model, cues=cues, frames=frames, threshold=threshold, domain=domain, max_chars=max_chars
        )
        _WORKER_ANALYZERS.clear()
        _WORKER_ANALYZERS[recipe] = analyzer
    return _analyze_batch(analyzer, batch)


def _picklable(obj: object) -> bool:
    import pickle

    try:
        pickle.loads(pickle.dumps(obj))
    except Exception:
        return False
    return True


def _pipe_parallel(
    analyzer: Analyzer, source: Iterable[tuple[int, Any]], batch_size: int, n_jobs: int
) -> Iterator[Document | Failure]:
    from joblib import Parallel, delayed

    def batches() -> Iterator[list[tuple[int, Any]]]:
        it = iter(source)
        while batch := list(islice(it, batch_size)):
            yield batch

    # return_as="generator" keeps order and dispatches lazily (pre_dispatch
    # batches ahead), so neither input nor output is held whole in memory.
    parallel = Parallel(n_jobs=n_jobs, return_as="generator", pre_dispatch="2*n_jobs")
    recipe = _recipe(analyzer)
    if recipe is not None:
        results = parallel(delayed(_analyze_batch_from_recipe)(recipe, b) for b in batches())
    else:
        results = parallel(delayed(_analyze_batch)(analyzer, b) for b in batches())
    try:
        for docs in results:
            yield from docs
    finally:
        # Stopping early (a raised error, a consumer that breaks off) leaves
        # dispatched batches unused; that is expected here, not worth a warning.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", r"\d+ tasks (have been|which were)", UserWarning)
            results.close()


def _model_kinds(model: Any, sentences: Sequence[str]) -> list[frozenset[Kind]] | None:
    predict_kinds = getattr(model, "predict_kinds", None)
    if predict_kinds is None:
        return None
    if not sentences:
        return []
    return [frozenset(Kind(k) for k in ks) for ks in predict_kinds(sentences)]


def _model_warnings(model: Any, sentences: Sequence[str]) -> list[tuple[str, ...]]:
    sentence_warnings = getattr(model, "sentence_warnings", None)
    if sentence_warnings is None:
        return [()] * len(sentences)
    return [tuple(str(w) for w in ws) for ws in sentence_warnings(sentences)]


def _paragraph_index(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    paragraphs = split_paragraphs(text)
    out, p = [], 0
    for start, _ in spans:
        while p + 1 < len(paragraphs) and paragraphs[p + 1][0] <= start:
            p += 1
        out.append(p)
    return out


def _resolve_model(model: Any, matcher: CueMatcher) -> Any:
    from .model import LexiconModel

    if isinstance(model, str) and model == "default":
        from .persist import load_default

        return load_default()
    if isinstance(model, str) and model == "lexicon":
        return LexiconModel(matcher)
    if isinstance(model, (str, PathLike)) and Path(model).exists():
        from .persist import load_model

        return load_model(model)
    if hasattr(model, "predict_proba"):
        return model
    raise InputError(
        f"Analyzer() got model={model!r}; expected 'default', 'lexicon', an existing model directory, "
        f"or a fitted object with predict_proba()"
    )


def _with_domain(model: Any, domain: str | None) -> Any:
    """A copy of ``model`` that scores every sentence as ``domain`` (the shared default stays as it is)."""
    if domain is None:
        return model
    if not isinstance(domain, str):
        raise TypeError(f"Analyzer() expects domain as a str or None, got {type(domain).__name__}")
    domains = getattr(model, "domains_", None)
    if domains is None or not hasattr(model, "set_params"):
        raise InputError(f"Analyzer(domain={domain!r}): the model {type(model).__name__} has no domains")
    if domain not in domains:
        raise InputError(f"Analyzer(domain={domain!r}): the model's domains are {', '.join(domains)}")
    return copy.copy(model).set_params(domain=domain)


def _shared_matcher(model: Any, matcher: CueMatcher) -> CueMatcher:
    """The model's own matcher when it holds the same rules, so each sentence is matched once."""
    model_matcher = getattr(getattr(model, "featurizer_", None), "matcher_", None)
    if isinstance(model_matcher, CueMatcher) and _same_rules(model_matcher, matcher):
        return model_matcher
    return matcher


def _same_rules(a: CueMatcher, b: CueMatcher) -> bool:
    # Rules are frozen dataclasses; compiled patterns compare by pattern and flags.
    return a.rules_ is b.rules_ or a.rules_ == b.rules_


_DEFAULT: Analyzer | None = None


def analyze(text: str) -> Document:
    """Analyse ``text`` with the bundled default analyzer.

    >>> doc = analyze("The summit will open on Monday.")
    >>> doc.claims[0].label.value, sorted(k.value for k in doc.claims[0].kinds)
    ('speculation', ['prediction'])
    """
    global _DEFAULT
    text = require_str(text, "text", "analyze")
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT.analyze(text)
