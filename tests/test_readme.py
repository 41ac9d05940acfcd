"""The README's examples print what the README shows, with the bundled model."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import ROOT

from claimcheck.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.S)


def _blocks() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _BLOCK.finditer(README)]


def _output_after(code: str) -> str:
    """The plain block that follows the first code block containing ``code``."""
    blocks = _blocks()
    for i, (_, body) in enumerate(blocks[:-1]):
        if code in body and blocks[i + 1][0] == "":
            return blocks[i + 1][1]
    raise AssertionError(f"README has no output block after a block with {code!r}")


def test_quick_start_output_is_what_the_cli_prints(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    assert main(["analyze", "fixtures/hypothetical_premise.txt"], stdout=out) == 0
    assert out.getvalue() == _output_after("claimcheck analyze fixtures/hypothetical_premise.txt")


def test_api_example_output_is_what_the_code_prints():
    code = next(body for lang, body in _blocks() if lang == "python" and "claimcheck.analyze(" in body)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})  # the README's own example, run as a user would
    assert out.getvalue() == _output_after("claimcheck.analyze(")
