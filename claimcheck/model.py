"""The local model: how likely a sentence, read on its own, is speculation.

Any object with ``predict_proba(sentences) -> ndarray of shape (n, 2)`` (column 1
is speculation) and a ``threshold_`` can serve; :class:`LocalModel` states that
contract. :class:`LexiconModel` is the rule baseline: a sentence is speculation
when a cue fires. :class:`CueClassifier` is the trained default: a calibrated
linear model over :class:`CueFeaturizer` features, which describe each sentence
by the cue rules that fire, the words around each cue and the sentence's words
with cues masked by their kind. A bag of words alone loses to a plain lexicon on
news; these features let the model learn when a cue misleads, and which
wordings the lexicon lacks, while keeping the lexicon's reach.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Sequence
from itertools import chain, repeat
from typing import Any, Protocol, runtime_checkable

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin

from .cues import CueMatcher, CueRule, LexiconSource, default_matcher
from .document import Kind

__all__ = ["LocalModel", "LexiconModel", "CueFeaturizer", "CueClassifier", "KINDS"]

#: The kinds a kinds model predicts, in column order.
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)

_WORD = re.compile(r"[a-z0-9]+")  # the matcher's trigger words
_NOT_HEADLINE_END = frozenset(".!?:;,\"”'’)]…")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[^\w\s]")
# The same tokens on ASCII text, where the letters and digits are ASCII ones:
# plain ranges match faster than Unicode classes.
_ASCII_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|[0-9]+|[^A-Za-z0-9_\s]")
_DIGITS = re.compile(r"\d")
# The same tokens on lower-cased ASCII text, the featurizer's case: no capitals to
# allow for, and runs that never need to give back a character (possessive
# where the Python has it) fail faster between the tokens.
_LOWER_ASCII_TOKEN = re.compile(
    r"[a-z]++(?:'[a-z]++)?|[0-9]++|[^a-z0-9_\s]"
    if sys.version_info >= (3, 11)
    else r"[a-z]+(?:'[a-z]+)?|[0-9]+|[^a-z0-9_\s]"
)
_ZEROS = bytes(0x30 if 0x30 <= c <= 0x39 else c for c in range(256))  # every ASCII digit made "0"
_N_CUES = tuple(f"n_cues={k}" for k in range(4))
_LENGTHS = tuple(f"len={k}" for k in range(7))


@runtime_checkable
class LocalModel(Protocol):
    """What the :class:`~claimcheck.Analyzer` needs from a local model."""

    threshold_: float

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray: ...


class LexiconModel:
    """Speculation iff the cue lexicon fires.

    Args:
        matcher: the cue matcher; the bundled lexicon by default.
        cue_score: probability given to a sentence with at least one cue.
        base_score: probability given to a sentence with none.
    """

    def __init__(
        self, matcher: CueMatcher | None = None, *, cue_score: float = 0.9, base_score: float = 0.05
    ) -> None:
        self.matcher = matcher
        self.cue_score = cue_score
        self.base_score = base_score
        self.threshold_ = 0.5

    def fit(self, X: Sequence[str], y: Any = None) -> LexiconModel:
        return self

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray:
        matcher = self.matcher or default_matcher()
        p = np.array(
            [self.cue_score if matcher.match(s) else self.base_score for s in sentences], dtype=float
        )
        return np.column_stack([1.0 - p, p]) if len(p) else np.zeros((0, 2))

    def predict(self, sentences: Sequence[str]) -> np.ndarray:
        return (self.predict_proba(sentences)[:, 1] >= self.threshold_).astype(int)

    def predict_kinds(self, sentences: Sequence[str]) -> list[set[str]]:
        matcher = self.matcher or default_matcher()
        return [{c.kind.value for c in matcher.match(s)} for s in sentences]


def _sentences(X: Any, where: str) -> list[str]:
    if isinstance(X, (str, bytes)):
        raise TypeError(
            f"{where} expects a sequence of str, got a single {type(X).__name__}; wrap it in a list"
        )
    if isinstance(X, np.ndarray):
        X = X.ravel().tolist()
    try:
        out = list(X)
    except TypeError:
        raise TypeError(f"{where} expects a sequence of str, got {type(X).__name__}") from None
    for i, s in enumerate(out):
        if not isinstance(s, str):
            raise TypeError(f"{where} expects a sequence of str; item {i} is {type(s).__name__}")
    return out


class CueFeaturizer(TransformerMixin, BaseEstimator):
    """Turn sentences into hashed sparse features built around the cue lexicon.

    For each sentence: one indicator per cue rule and per kind that fires, the
    number of cues, the cue's own words and the word before and after each cue
    (so a rule's misleading uses can be told apart), and word n-grams of the
    sentence with each cue replaced by a token of its kind (so the model learns
    contexts that generalise across cue words), plus a sentence-length bucket.
    The rules are read from the lexicon at :meth:`fit` and kept in the fitted
    featurizer, so a trained model does not change when the lexicon file does.

    Args:
        lexicon: ``None`` for the bundled lexicon, a JSONL path, or rule dicts.
        n_features: size of the hashed feature space.
        ngram_range: word n-gram sizes of the masked sentence.
        mask_cues: replace cue spans by kind tokens in the n-grams.
        cue_context: add the words around each cue.
        cue_weight: value given to each cue feature.
        ngram_weight: value given to each n-gram; the ratio of the two sets how
            much more the model may lean on cues than on plain words.
        silent_cues: add the rule (and words) of each match that is no cue in
            general text (a guard dropped it, or its rule is meant for some
            domains), so the model learns where that reading misleads ("may
            participate" is permission in a notice, a hedge in an abstract).

    >>> f = CueFeaturizer(n_features=2**10).fit(["It may rain."])
    >>> f.transform(["It may rain.", "It rained."]).shape
    (2, 1024)
    """

    def __init__(
        self,
        *,
        lexicon: LexiconSource = None,
        n_features: int = 2**18,
        ngram_range: tuple[int, int] = (1, 2),
        mask_cues: bool = True,
        cue_context: bool = True,
        cue_weight: float = 1.0,
        ngram_weight: float = 1.0,
        silent_cues: bool = False,
    ) -> None:
        self.lexicon = lexicon
        self.n_features = n_features
        self.ngram_range = ngram_range
        self.mask_cues = mask_cues
        self.cue_context = cue_context
        self.cue_weight = cue_weight
        self.ngram_weight = ngram_weight
        self.silent_cues = silent_cues

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = True
        return tags

    def __getstate__(self) -> dict[str, Any]:
        # The rules are stored as the lexicon entries they came from (one JSON
        # string): loading recompiles them, and equal featurizers pickle to equal
        # bytes whatever regex and string objects the process happens to share.
        state = dict(super().__getstate__())  # a copy: the base may return __dict__ itself
        for name in ("hasher_", "rules_", "matcher_"):  # rebuilt on load
            state.pop(name, None)
        return _canonical(state)

    def __setstate__(self, state: dict[str, Any]) -> None:
        state.setdefault("silent_cues", False)  # featurizers saved before the option existed
        super().__setstate__(state)
        if "entries_" in state:
            self._compile()

    def _compile(self) -> None:
        self.matcher_ = CueMatcher(json.loads(self.entries_))
        self.rules_: tuple[CueRule, ...] = self.matcher_.rules_
        self.rule_ids_ = tuple(r.id for r in self.rules_)
        self.hasher_ = self._hasher()

    def _hasher(self) -> Any:
        from sklearn.feature_extraction import FeatureHasher

        return FeatureHasher(self.n_features, input_type="pair", alternate_sign=False)

    def _validate(self) -> None:
        if not isinstance(self.n_features, (int, np.integer)) or not 1 <= self.n_features <= 2**31 - 1:
            raise ValueError(
                f"CueFeaturizer expects n_features as an int in [1, 2**31-1], got {self.n_features!r}"
            )
        lo, hi = self.ngram_range
        if not (isinstance(lo, int) and isinstance(hi, int) and 1 <= lo <= hi):
            raise ValueError(
                f"CueFeaturizer expects ngram_range as (min, max) with 1 <= min <= max, "
                f"got {self.ngram_range!r}"
            )

    def fit(self, X: Sequence[str], y: Any = None) -> CueFeaturizer:
        """Compile the lexicon and record its rules; ``X`` and ``y`` are not used."""
        self._validate()
        _sentences(X, "CueFeaturizer.fit()")
        self.entries_ = json.dumps(_lexicon_entries(self.lexicon), sort_keys=True)
        self._compile()
        return self

    def cue_hits(self, sentence: str) -> list[tuple[CueRule, int, int]]:
        """Every unguarded match of the rules, in text order (overlaps kept).

        The fitted matcher caches them per sentence, so an analyzer that shares
        it finds a sentence's cues and features with one match.
        """
        return list(self.matcher_.rule_hits(sentence))

    def features(self, sentence: str) -> list[tuple[str, float]]:
        """The named features of one sentence with their values, before hashing."""
        cues, words = self._names(sentence)
        w, g = float(self.cue_weight), float(self.ngram_weight)
        return [(n, w) for n in cues] + [(n, g) for n in words]

    def _names(self, sentence: str) -> tuple[list[str], list[str]]:
        """Names of the cue features and of the word features of one sentence."""
        if not sentence.isascii():  # lone surrogates cannot be hashed as UTF-8
            sentence = sentence.encode("utf-8", "replace").decode("utf-8")
        hits = self.cue_hits(sentence)
        cues = [_N_CUES[min(len(hits), 3)]]
        pieces, last = [], 0
        for rule, s, e in hits:
            cues.append("rule=" + rule.id)
            cues.extend("kind=" + k.value for k in getattr(rule, "kinds", (rule.kind,)))
            if self.cue_context:
                before = _tokens(sentence[max(0, s - 40) : s].lower())
                after = _tokens(sentence[e : e + 40].lower())
                cues.append(f"rule={rule.id}|cue={sentence[s:e].lower()}")
                cues.append(f"rule={rule.id}|prev={before[-1] if before else '^'}")
                cues.append(f"rule={rule.id}|next={after[0] if after else '$'}")
            if self.mask_cues and s >= last:
                pieces.append(sentence[last:s])
                pieces.append(f" cue{rule.kind.value} ")
                last = e
        if self.silent_cues:
            for rule, s, e in self.matcher_.silent_hits(sentence):
                cues.append("silent=" + rule.id)
                if self.cue_context:
                    cues.append(f"silent={rule.id}|cue={sentence[s:e].lower()}")
        if pieces:
            pieces.append(sentence[last:])
            sentence = "".join(pieces)
        tokens = _lower_tokens(sentence.lower())
        words = [_LENGTHS[min(len(tokens) // 8, 6)]]
        lo, hi = self.ngram_range
        for n in range(lo, hi + 1):
            if n == 1:
                words += ["w=" + t for t in tokens]
            elif n == 2:
                words += [f"w={a} {b}" for a, b in zip(tokens, tokens[1:])]  # noqa: B905
            else:
                words += ["w=" + " ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return cues, words

    def transform(self, X: Sequence[str]) -> Any:
        """A sparse matrix of shape ``(len(X), n_features)``."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self)
        sentences = _sentences(X, "CueFeaturizer.transform()")
        if not sentences:
            import scipy.sparse as sp

            return sp.csr_matrix((0, self.n_features))
        w, g = repeat(float(self.cue_weight)), repeat(float(self.ngram_weight))
        # one hashing pass over (name, weight) pairs: per-document calls are
        # dominated by fixed costs, so no second pass and no sparse arithmetic
        return self.hasher_.transform(
            chain(zip(cues, w, strict=False), zip(words, g, strict=False))
            for cues, words in map(self._names, sentences)
        )


def _tokens(text: str) -> list[str]:
    """Words (with one inner apostrophe), digit runs and single symbols."""
    return (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text)


def _lower_tokens(text: str) -> list[str]:
    """:func:`_tokens` of lower-cased text with its digits made zeros."""
    # No token spans a space, and a run of letters is one token: the regular
    # expression is only needed for the few space-separated chunks that hold
    # something else, which makes this several times cheaper than one findall.
    if text.isascii():
        text, find = text.encode().translate(_ZEROS).decode(), _LOWER_ASCII_TOKEN.findall
    else:
        text, find = _DIGITS.sub("0", text), _TOKEN.findall
    tokens: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            tokens.append(chunk)
        else:
            tokens += find(chunk)
    return tokens


def _sigmoid(z: np.ndarray) -> np.ndarray:
    from scipy.special import expit

    return np.asarray(expit(z))


def _canonical(value: Any) -> Any:
    """``value`` with every str interned, so equal states pickle to equal bytes.

    Pickle writes a second reference to a string it has seen by identity;
    interning makes identity follow equality, whatever the process did before.
    """
    if type(value) is str:
        return sys.intern(value)
    if isinstance(value, dict):
        return {_canonical(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
        return type(value)(_canonical(v) for v in value)
    return value


def _lexicon_entries(source: LexiconSource) -> list[dict[str, Any]]:
    """The raw entries of a lexicon (macros line included), as ``load_lexicon`` reads them."""
    from importlib import resources
    from os import PathLike
    from pathlib import Path

    if source is None:
        raw = resources.files("claimcheck.data").joinpath("cues.jsonl").read_text("utf-8")
    elif isinstance(source, (str, PathLike)):
        raw = Path(source).read_text("utf-8")
    else:
        return [dict(e) for e in source]
    lines = (line.strip() for line in raw.splitlines())
    return [json.loads(line) for line in lines if line and not line.startswith("//")]


class CueClassifier(ClassifierMixin, BaseEstimator):
    """Speculation classifier over cue features, aware of the text's domain.

    Cues do not mean the same in every domain: a review's "would" or a
    biomedical "suggest" differ from a news report's. So when :meth:`fit` gets
    each sentence's domain, the logistic model learns weights shared by all
    domains plus a correction per domain (feature augmentation, Daumé 2007),
    and a router learns to tell the domains apart; a new sentence's score mixes
    the domains' scores by the router's probabilities. Without domains it is a
    plain logistic regression. :meth:`calibrate` fits Platt scaling per domain
    on held-out data, and ``threshold`` is meant to be chosen there too
    (``set_params(threshold=...)`` needs no refit). When :meth:`fit` gets
    ``kinds``, one logistic model per kind learns the kinds of speculative
    sentences, for wordings whose kind no cue settles.

    Args:
        featurizer: a :class:`CueFeaturizer` (cloned at fit); the default one if ``None``.
        C: inverse regularisation strength of the speculation model.
        kinds_C: the same for the kinds model.
        domain_weight: value of each feature's per-domain copy relative to its
            shared one: above 1 lets the domains' weights depart further from
            the shared ones for the same penalty. A dict gives it per domain
            (unnamed domains: 1).
        router_alpha: regularisation of the domain router (an SGD logistic model).
        domain_prior: multiplies the router's probability of each named domain
            (``{"news": 3.0}`` leans ambiguous sentences towards news).
        domain_pooling: how much each sentence's domain comes from the whole
            batch rather than from itself (0 to 1). Sentences passed together
            are taken as one text's, as ``Analyzer.analyze`` passes them, so the
            batch's pooled evidence settles its domain; use 0 to make each
            sentence's score independent of the others.
        domain: one of ``domains_`` to score every sentence with, instead of
            the router, when the text's domain is known (a corpus of reviews).
        threshold: decision threshold on the speculation probability.
        kinds_threshold: probability above which the kinds model predicts a kind.
        random_state: seed of the router's SGD.
    """

    def __init__(
        self,
        *,
        featurizer: CueFeaturizer | None = None,
        C: float = 1.0,
        kinds_C: float = 1.0,
        domain_weight: float | dict[str, float] = 1.0,
        router_alpha: float = 1e-5,
        domain_prior: dict[str, float] | None = None,
        domain_pooling: float = 0.8,
        domain: str | None = None,
        threshold: float = 0.5,
        kinds_threshold: float = 0.5,
        random_state: int = 0,
    ) -> None:
        self.featurizer = featurizer
        self.C = C
        self.kinds_C = kinds_C
        self.domain_weight = domain_weight
        self.router_alpha = router_alpha
        self.domain_prior = domain_prior
        self.domain_pooling = domain_pooling
        self.domain = domain
        self.threshold = threshold
        self.kinds_threshold = kinds_threshold
        self.random_state = random_state

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags

    @property
    def threshold_(self) -> float:
        """The decision threshold (the ``threshold`` parameter, which needs no refit)."""
        return float(self.threshold)

    def __getstate__(self) -> dict[str, Any]:
        # Weights are stored as float16: a third of the size, far below their noise.
        state = dict(super().__getstate__())  # a copy: the base may return __dict__ itself
        state.pop("_cache", None)
        for name in _WEIGHTS:
            if state.get(name) is not None:
                state[name] = state[name].astype(np.float16)
        return _canonical(state)

    def __setstate__(self, state: dict[str, Any]) -> None:
        state.setdefault("domain", None)  # models saved before the option existed
        state.setdefault("domain_weight", 1.0)
        for name in _WEIGHTS:
            if state.get(name) is not None:
                # float64 and C order: the sparse product then uses the weights as
                # they are instead of copying them on every call
                state[name] = np.ascontiguousarray(state[name], dtype=np.float64)
        super().__setstate__(state)

    def fit(
        self,
        X: Sequence[str],
        y: Any,
        sample_weight: Any = None,
        domains: Sequence[str] | None = None,
        kinds: Sequence[Any] | None = None,
    ) -> CueClassifier:
        """Fit on sentences ``X`` and labels ``y`` (1 or ``"speculation"`` is speculation).

        Args:
            sample_weight: a weight per sentence (how much each source counts).
            domains: a domain name per sentence, or ``None`` for one domain.
            kinds: per sentence, its kinds (kind names) or ``None`` where unknown;
                speculative sentences with known kinds train the kinds model.
        """
        from sklearn.base import clone
        from sklearn.linear_model import LogisticRegression

        sentences = _sentences(X, "CueClassifier.fit()")
        target = _binary(y, len(sentences))
        n = len(sentences)
        weights = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        names = ["all"] * n if domains is None else [str(d) for d in domains]
        if len(names) != n or len(weights) != n:
            raise ValueError(
                f"CueClassifier.fit() got {n} sentences but {len(weights)} weights and {len(names)} domains"
            )
        self.classes_ = np.array([0, 1])
        self.domains_ = tuple(sorted(set(names)))
        dom = np.array([self.domains_.index(d) for d in names])
        self.featurizer_ = clone(self.featurizer) if self.featurizer is not None else CueFeaturizer()
        features = self.featurizer_.fit(sentences).transform(sentences).tocsr()
        n_feat, n_dom = features.shape[1], len(self.domains_)
        model = LogisticRegression(
            C=self.C, solver="liblinear", max_iter=2000, random_state=self.random_state
        )
        if isinstance(self.domain_weight, dict):
            scale = np.array([float(self.domain_weight.get(d, 1.0)) for d in self.domains_])
        else:
            scale = np.full(n_dom, float(self.domain_weight))
        model.fit(_augment(features, dom, n_dom, scale), target, sample_weight=weights)
        w = model.coef_[0]
        if n_dom == 1:
            self.coef_ = w[:n_feat, None].astype(np.float32)
            self.intercept_ = model.intercept_.astype(np.float32)
        else:
            shared = w[:n_feat]
            self.coef_ = np.column_stack(
                [shared + scale[d] * w[n_feat * (d + 1) : n_feat * (d + 2)] for d in range(n_dom)]
            ).astype(np.float32)
            self.intercept_ = (model.intercept_[0] + w[n_feat * (n_dom + 1) :]).astype(np.float32)
        self.calibration_ = np.tile(np.array([[1.0, 0.0]]), (n_dom, 1))
        self.router_coef_: np.ndarray | None = None
        self.router_intercept_: np.ndarray | None = None
        if n_dom > 1:
            from sklearn.linear_model import SGDClassifier

            seen = features
            if getattr(self.featurizer_, "silent_cues", False):
                # Silent matches mark a domain's annotation conventions, not its
                # wording: a router that learned them would send a lone news
                # sentence with "or" or "can" to the reviews. Left out here, their
                # router weights stay zero (hash collisions aside), so prediction
                # needs no second pass. A shallow copy shares the fitted matcher.
                quiet = copy.copy(self.featurizer_).set_params(silent_cues=False)
                seen = quiet.transform(sentences).tocsr()
            router = SGDClassifier(
                loss="log_loss",
                alpha=self.router_alpha,
                max_iter=50,
                tol=1e-4,
                random_state=self.random_state,
                class_weight="balanced",
            ).fit(seen, dom)
            coef, intercept = router.coef_, router.intercept_
            if n_dom == 2:  # a binary SGD model has one row: the second domain against the first
                coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
            self.router_coef_ = coef.T.astype(np.float32)
            self.router_intercept_ = intercept.astype(np.float32)
        self.kinds_coef_: np.ndarray | None = None
        self.kinds_intercept_: np.ndarray | None = None
        self.kinds_: tuple[str, ...] = ()
        if kinds is not None:
            self._fit_kinds(features, target, weights, kinds)
        for name in _WEIGHTS:  # what is saved (float16) is what is measured
            if getattr(self, name) is not None:
                weights = getattr(self, name).astype(np.float16)
                setattr(self, name, np.ascontiguousarray(weights, dtype=np.float64))
        return self

    def calibrate(
        self, X: Sequence[str], y: Any, domains: Sequence[str] | None = None, *, tune: bool = True
    ) -> CueClassifier:
        """Fit Platt scaling per domain on held-out sentences; returns ``self``.

        With ``tune``, each domain's logit is then shifted so that the
        threshold maximising its held-out F1 (smoothed over neighbouring
        thresholds) falls at 0.5: domains differ in how much recall pays.
        A domain without held-out sentences of both labels keeps raw scores.
        """
        from sklearn.linear_model import LogisticRegression

        sentences = _sentences(X, "CueClassifier.calibrate()")
        target = _binary(y, len(sentences))
        names = [self.domains_[0]] * len(sentences) if domains is None else [str(d) for d in domains]
        logits = self._logits(self.featurizer_.transform(sentences))
        for d, name in enumerate(self.domains_):
            rows = [i for i, g in enumerate(names) if g == name]
            if len(set(target[rows].tolist())) < 2:
                continue
            platt = LogisticRegression(C=1e4, solver="lbfgs").fit(logits[rows, d : d + 1], target[rows])
            a, c = float(platt.coef_[0, 0]), float(platt.intercept_[0])
            if tune:
                best = _best_threshold(target[rows], _sigmoid(a * logits[rows, d] + c))
                c -= float(np.log(best / (1.0 - best)))
            self.calibration_[d] = (a, c)
        self._cache: tuple[list[str], Any] | None = None
        return self

    def _fit_kinds(self, features: Any, target: np.ndarray, weights: Any, kinds: Sequence[Any]) -> None:
        from sklearn.linear_model import LogisticRegression

        rows = [i for i, k in enumerate(kinds) if k is not None and target[i] == 1 and len(k)]
        Y = np.array([[k in set(kinds[i]) for k in KINDS] for i in rows], dtype=int).reshape(len(rows), -1)
        heads, names = [], []
        for j, kind in enumerate(KINDS):
            if rows and 0 < Y[:, j].sum() < len(rows):
                head = LogisticRegression(
                    C=self.kinds_C, solver="liblinear", max_iter=1000, random_state=self.random_state
                )
                heads.append(head.fit(features[rows], Y[:, j], sample_weight=weights[rows]))
                names.append(kind)
        if heads:
            self.kinds_coef_ = np.column_stack([h.coef_[0] for h in heads]).astype(np.float32)
            self.kinds_intercept_ = np.array([h.intercept_[0] for h in heads], dtype=np.float32)
            self.kinds_ = tuple(names)

    def _features(self, X: Sequence[str], where: str) -> Any:
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self)
        sentences = _sentences(X, where)
        cache = getattr(self, "_cache", None)
        if cache is not None:
            # predict_kinds right after predict_proba, on all of its sentences or
            # some of them, reuses their features
            if cache[0] == sentences:
                return cache[1]
            if len(sentences) <= len(cache[0]):
                rows = {s: i for i, s in enumerate(cache[0])}
                if all(s in rows for s in sentences):
                    return cache[1][[rows[s] for s in sentences]]
        features = self.featurizer_.transform(sentences)
        self._cache = (sentences, features)
        return features

    def _logits(self, features: Any) -> np.ndarray:
        return np.asarray(features @ self.coef_, dtype=float) + self.intercept_

    def predict_domains(self, X: Sequence[str]) -> np.ndarray:
        """The probability of each domain (columns: ``domains_``), after prior and pooling."""
        return self._domains(self._features(X, "CueClassifier.predict_domains()"))

    def _domains(self, features: Any) -> np.ndarray:
        n = features.shape[0]
        if self.domain is not None:
            if self.domain not in self.domains_:
                raise ValueError(
                    f"CueClassifier has no domain {self.domain!r}; its domains are {', '.join(self.domains_)}"
                )
            p = np.zeros((n, len(self.domains_)))
            p[:, self.domains_.index(self.domain)] = 1.0
            return p
        if self.router_coef_ is None:
            return np.ones((n, 1))
        z = np.asarray(features @ self.router_coef_, dtype=float) + self.router_intercept_
        p = _sigmoid(z)
        prior = self.domain_prior or {}
        p *= np.array([float(prior.get(d, 1.0)) for d in self.domains_])
        p /= np.maximum(p.sum(axis=1, keepdims=True), 1e-12)
        lam = float(self.domain_pooling)
        if lam > 0 and n > 1:
            pooled = np.log(np.clip(p, 1e-6, 1.0)).sum(axis=0)
            pooled = np.exp(pooled - pooled.max())
            p = (1.0 - lam) * p + lam * pooled / pooled.sum()
        return p

    def predict_proba(self, X: Sequence[str]) -> np.ndarray:
        """Probabilities of shape ``(n, 2)``; column 1 is speculation."""
        features = self._features(X, "CueClassifier.predict_proba()")
        if features.shape[0] == 0:
            return np.zeros((0, 2))
        z = self._logits(features) * self.calibration_[:, 0] + self.calibration_[:, 1]
        p = (self._domains(features) * _sigmoid(z)).sum(axis=1)
        return np.column_stack([1.0 - p, p])

    def decision_function(self, X: Sequence[str]) -> np.ndarray:
        return self.predict_proba(X)[:, 1] - self.threshold_

    def predict(self, X: Sequence[str]) -> np.ndarray:
        """1 for speculation, 0 for fact, at ``threshold``."""
        return (self.predict_proba(X)[:, 1] >= self.threshold_).astype(int)

    def predict_kinds(self, X: Sequence[str]) -> list[set[str]]:
        """The kinds the kinds model gives each sentence (empty without one).

        Meant for speculative sentences: the analyzer unions these with the
        kinds of the cues found.
        """
        features = self._features(X, "CueClassifier.predict_kinds()")
        if self.kinds_coef_ is None or features.shape[0] == 0:
            return [set() for _ in range(features.shape[0])]
        z = np.asarray(features @ self.kinds_coef_, dtype=float) + self.kinds_intercept_
        proba = _sigmoid(z)
        cut = self.kinds_threshold
        return [{k for k, p in zip(self.kinds_, row, strict=True) if p >= cut} for row in proba]


_WEIGHTS = ("coef_", "router_coef_", "kinds_coef_")


def _f1_curve(y: np.ndarray, scores: np.ndarray, grid: np.ndarray) -> np.ndarray:
    pred = scores[None, :] >= grid[:, None]
    tp = (pred & (y[None, :] == 1)).sum(axis=1)
    return 2 * tp / np.maximum(pred.sum(axis=1) + (y == 1).sum(), 1)


def _best_threshold(y: np.ndarray, scores: np.ndarray, window: int = 7) -> float:
    """The F1-maximising threshold, on F1 smoothed over ``window`` neighbouring thresholds."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    smooth = np.convolve(
        np.pad(_f1_curve(y, scores, grid), window // 2, mode="edge"), np.ones(window) / window, mode="valid"
    )
    best = np.flatnonzero(smooth >= smooth.max() - 1e-12)
    return float(grid[best[len(best) // 2]])


def _augment(features: Any, dom: np.ndarray, n_dom: int, scale: Any = 1.0) -> Any:
    """``[X, scale[d] * X in its domain d's block, one-hot domain]``: shared plus per-domain weights."""
    import scipy.sparse as sp

    if n_dom == 1:
        return features
    n, n_feat = features.shape
    entry_dom = np.repeat(dom, np.diff(features.indptr))  # the domain of each stored entry's row
    indices = (features.indices + n_feat * (1 + entry_dom)).astype(features.indices.dtype)
    scale = np.broadcast_to(np.asarray(scale, dtype=float), (n_dom,))
    data = features.data * scale[entry_dom]
    shifted = sp.csr_matrix((data, indices, features.indptr.copy()), shape=(n, n_feat * (n_dom + 1)))
    onehot = sp.csr_matrix((np.ones(n), dom, np.arange(n + 1)), shape=(n, n_dom))
    wide = sp.csr_matrix((features.data, features.indices, features.indptr), shape=(n, n_feat * (n_dom + 1)))
    return sp.hstack([wide + shifted, onehot]).tocsr()


def _binary(y: Any, n: int) -> np.ndarray:
    values = list(y)
    if len(values) != n:
        raise ValueError(f"got {n} sentences but {len(values)} labels")
    out = np.empty(n, dtype=int)
    for i, v in enumerate(values):
        if isinstance(v, str):
            if v not in ("fact", "speculation"):
                raise ValueError(f"label {i} is {v!r}; expected 'fact' or 'speculation' (or 0/1)")
            out[i] = v == "speculation"
        elif v in (0, 1):
            out[i] = int(v)
        else:
            raise ValueError(f"label {i} is {v!r}; expected 'fact' or 'speculation' (or 0/1)")
    if len(set(out.tolist())) < 2:
        raise ValueError("CueClassifier.fit() needs both fact and speculation sentences")
    return out
