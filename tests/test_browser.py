"""The HTML view in a real browser: headless Chromium parses the page, the DOM
it builds holds every sentence, cue and frame, and a screenshot comes out.

Chromium is Debian's ``chromium``; when it is missing the session installs it
(as root, with apt-get) or the tests skip and say why.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess

import pytest
from conftest import ROOT

from claimcheck import Analyzer
from claimcheck.render import render_html

spec = importlib.util.spec_from_file_location("screenshot_tool", ROOT / "tools" / "screenshot.py")
TOOL = importlib.util.module_from_spec(spec)
spec.loader.exec_module(TOOL)


@pytest.fixture(scope="session")
def chromium() -> str:
    exe = TOOL.find_chromium()
    if exe is not None:
        return exe
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("chromium is not installed and cannot be installed here (needs root and apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"]

    def run(cmd: list[str]) -> bool:
        try:
            return subprocess.run(cmd, env=env, capture_output=True, timeout=900, check=False).returncode == 0
        except (subprocess.SubprocessError, OSError):
            return False

    # a fresh image has no package lists yet: update once, then try again
    if not run(install) and not (run(["apt-get", "update", "-q"]) and run(install)):
        pytest.skip("chromium is not installed and `apt-get install chromium` failed")
    exe = TOOL.find_chromium()
    if exe is None:
        pytest.skip("apt-get installed chromium but no chromium binary is on PATH")
    return exe


def _check_in_browser(tmp_path, docs, name):
    page = render_html(docs) if len(docs) > 1 else render_html(docs[0], title=name)
    html_path = tmp_path / f"{name}.html"
    html_path.write_text(page, encoding="utf-8")
    dom = TOOL.dump_dom(html_path)
    seen = TOOL.inventory(dom)
    for number, doc in enumerate(docs):
        article = f"doc-{number}"
        assert {i: t for (a, i), t in seen.sentences.items() if a == article} == {
            c.index: c.text.replace("\r\n", "\n").replace("\r", "\n") for c in doc.claims
        }
        expected_cues = {(c.start, c.end, c.kind.value) for claim in doc.claims for c in claim.cues}
        expected_cues |= {(f.cue.start, f.cue.end, f.kind.value) for f in doc.frames}
        assert {(s, e, k) for a, s, e, k in seen.cues if a == article} == expected_cues
        assert {(k, s, cov) for a, k, s, cov, _ in seen.frames if a == article} == {
            (f.kind.value, f.sentence, f.covers) for f in doc.frames
        }
    png = TOOL.screenshot(html_path, tmp_path / f"{name}.png", width=1000, height=TOOL.page_height(docs))
    width, height = TOOL.png_size(png)
    assert width == 1000 and height > 300
    return seen


def test_seed_article_in_chromium(chromium, tmp_path, seed):
    text, gold = seed
    doc = Analyzer().analyze(text)
    seen = _check_in_browser(tmp_path, [doc], "seed")
    assert len(seen.sentences) == len(gold)


def test_framed_fixtures_in_chromium(chromium, tmp_path):
    docs = [doc for _, doc in TOOL.example_documents()]
    assert any(doc.frames for doc in docs)
    seen = _check_in_browser(tmp_path, docs, "fixtures")
    assert seen.frames
