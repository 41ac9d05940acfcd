"""Shared fixtures. Hub access is switched off for the whole test session."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

_HF_HOME = tempfile.mkdtemp(prefix="claimcheck-hf-")
for _var, _value in {
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_EVALUATE_OFFLINE": "1",
    "HF_HOME": _HF_HOME,
    "HF_DATASETS_CACHE": os.path.join(_HF_HOME, "datasets"),
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ[_var] = _value

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: shared data sets live beside the clone in ../shared")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def fixture_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed() -> tuple[str, list[dict]]:
    folder = shared_path("seeds")
    text = next(folder.glob("*.txt")).read_text(encoding="utf-8")
    return text, read_jsonl(folder / "seed_gold.jsonl")
