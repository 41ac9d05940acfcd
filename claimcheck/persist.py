"""Model directories: save, load, and check what is loaded.

A model is a directory of named files::

    config.json    backend ("sklearn" or "transformer"), labels, threshold,
                   library versions, the training config and dev metrics
    model.joblib   the fitted scikit-learn estimator (backend "sklearn")
    README.md      the model card

Unpickling a joblib file runs whatever code the file names, so a file is only
loaded when it is the bundled default whose SHA-256, kept in
``claimcheck/_bundled.py`` (not beside the file, where it could be rewritten
with it), matches, or when the caller passes ``trust_pickle=True``.
"""

from __future__ import annotations

import hashlib
import json
import platform
from functools import lru_cache
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

from .errors import ModelError, ModelIntegrityError, UnsafeModelError

__all__ = [
    "CONFIG_NAME",
    "MODEL_NAME",
    "CARD_NAME",
    "DEFAULT_MODEL_DIR",
    "sha256_file",
    "save_model",
    "load_model",
    "load_default",
    "read_config",
    "library_versions",
]

CONFIG_NAME = "config.json"
MODEL_NAME = "model.joblib"
CARD_NAME = "README.md"
#: The bundled model's folder inside the package data.
DEFAULT_MODEL_DIR = "default_model"
LABELS = ("fact", "speculation")

_UNSAFE = (
    "{path} is a pickle: loading it runs any code it contains. Load only files you trust, with "
    "claimcheck.persist.load_model({path_repr}, trust_pickle=True), and pass the model to "
    "Analyzer(model=...)"
)


def sha256_file(path: str | PathLike[str]) -> str:
    """The SHA-256 hex digest of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions of the libraries a pickled model depends on."""
    import joblib
    import numpy
    import scipy
    import sklearn

    from . import __version__

    return {
        "python": platform.python_version(),
        "claimcheck": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "joblib": joblib.__version__,
    }


def save_model(
    model: Any,
    directory: str | PathLike[str],
    *,
    config: dict[str, Any] | None = None,
    card: str | None = None,
) -> str:
    """Write ``model`` as a model directory; returns the SHA-256 of ``model.joblib``.

    The pickle is written with a fixed protocol and zlib compression (no
    timestamps), so the same model gives the same bytes.
    """
    import joblib

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MODEL_NAME
    joblib.dump(model, path, compress=("zlib", 3), protocol=4)
    digest = sha256_file(path)
    full = {
        "backend": "sklearn",
        "labels": list(LABELS),
        "threshold": float(getattr(model, "threshold_", 0.5)),
        "model_file": MODEL_NAME,
        "sha256": digest,
        "versions": library_versions(),
        **(config or {}),
    }
    (folder / CONFIG_NAME).write_text(json.dumps(full, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if card is not None:
        (folder / CARD_NAME).write_text(card, encoding="utf-8")
    return digest


def read_config(directory: str | PathLike[str]) -> dict[str, Any]:
    """The ``config.json`` of a model directory."""
    path = Path(directory) / CONFIG_NAME
    if not path.is_file():
        raise ModelError(f"{directory} is not a model directory: it has no {CONFIG_NAME}")
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path} is not valid JSON ({exc.msg})") from exc
    if not isinstance(config, dict) or "backend" not in config:
        raise ModelError(f"{path} must be a JSON object with a 'backend' ('sklearn' or 'transformer')")
    return config


def _bundled_dir() -> Path:
    return Path(str(resources.files("claimcheck.data").joinpath(DEFAULT_MODEL_DIR)))


def _unpickle(path: Path, *, trust_pickle: bool) -> Any:
    import joblib

    from ._bundled import SHA256

    if not path.is_file():
        raise ModelError(f"model file {path} does not exist")
    digest = sha256_file(path)
    bundled = path.resolve() == (_bundled_dir() / MODEL_NAME).resolve()
    if bundled and digest != SHA256:
        raise ModelIntegrityError(
            f"the bundled model {path} does not match the SHA-256 recorded in claimcheck._bundled "
            f"(file {digest[:12]}…, expected {SHA256[:12]}…): it was modified or truncated and was "
            f"not loaded; reinstall claimcheck, or retrain with "
            f"`python -m training.train --config training/configs/default.json --bundle`"
        )
    if digest != SHA256 and not trust_pickle:
        raise UnsafeModelError(_UNSAFE.format(path=path, path_repr=repr(str(path))))
    try:
        model = joblib.load(path)
    except Exception as exc:  # a truncated or foreign file: say which
        raise ModelError(f"could not load {path}: {type(exc).__name__}: {exc}") from exc
    if not hasattr(model, "predict_proba"):
        raise ModelError(f"{path} holds a {type(model).__name__}, which has no predict_proba()")
    return model


def load_model(path: str | PathLike[str], *, trust_pickle: bool = False) -> Any:
    """Load a model directory (any backend) or a joblib file.

    Args:
        path: a model directory, or a ``.joblib`` file.
        trust_pickle: allow unpickling a file that is not the bundled model.
            Pickles run code: pass ``True`` only for files you trust.

    Raises:
        ModelError: the directory or file cannot be used.
        ModelIntegrityError: the bundled file does not match its recorded hash.
        UnsafeModelError: the file is a pickle and ``trust_pickle`` is false.
    """
    target = Path(path)
    if target.is_file():
        return _unpickle(target, trust_pickle=trust_pickle)
    if not target.is_dir():
        raise ModelError(f"model path {str(target)!r} is neither a model directory nor a file")
    config = read_config(target)
    backend = config["backend"]
    if backend == "transformer":
        from .transformer import TransformerClassifier  # type: ignore[import-not-found]

        return TransformerClassifier.from_pretrained(target)
    if backend != "sklearn":
        raise ModelError(
            f"{target / CONFIG_NAME}: unknown backend {backend!r}; expected 'sklearn' or 'transformer'"
        )
    model = _unpickle(target / str(config.get("model_file", MODEL_NAME)), trust_pickle=trust_pickle)
    if "threshold" in config and hasattr(model, "set_params") and "threshold" in model.get_params():
        model.set_params(threshold=float(config["threshold"]))
    return model


@lru_cache(maxsize=1)
def load_default() -> Any:
    """The bundled default model, verified against its recorded SHA-256 (loaded once)."""
    folder = _bundled_dir()
    if not (folder / MODEL_NAME).is_file():
        raise ModelError(
            f"the bundled model is missing from {folder}; reinstall claimcheck, "
            "or use Analyzer(model='lexicon')"
        )
    return load_model(folder)
