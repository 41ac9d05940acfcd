"""Render claimcheck's HTML view in headless Chromium: screenshot and DOM.

    python tools/screenshot.py                      # docs/screenshot.png from the fixtures
    python tools/screenshot.py article.txt -o a.png # any article

``tests/test_browser.py`` uses the same functions to check the page in a real
browser. Chromium runs with a throw-away profile and no network features.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claimcheck import Analyzer, Document, Frame, Kind, Label  # noqa: E402
from claimcheck.render import render_html  # noqa: E402

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
)


class _Inventory(HTMLParser):
    """Collects the sentences, cues and frames of a rendered page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sentences: dict[tuple[str, int], str] = {}
        self.cues: set[tuple[str, int, int, str]] = set()
        self.frames: set[tuple[str, str, int, tuple[int, ...], str]] = set()
        self._text_of: list[tuple[str, int] | None] = []  # per open element: sentence whose text it is
        self._article = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if tag == "article":
            self._article = a.get("id", "")
        parent = self._text_of[-1] if self._text_of else None
        if "cc-s" in classes:
            self._current = (self._article, int(a["data-index"]))
        if "cc-text" in classes:
            parent = self._current
            self.sentences[parent] = ""
        if "cc-cue" in classes and "data-start" in a:
            self.cues.add((self._article, int(a["data-start"]), int(a["data-end"]), a["data-kind"]))
        if "cc-frame" in classes:
            covers = tuple(int(i) for i in a["data-covers"].split())
            self.frames.add((self._article, a["data-kind"], int(a["data-sentence"]), covers, a["data-cue"]))
        if tag not in _VOID:
            self._text_of.append(parent)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID and self._text_of:
            self._text_of.pop()

    def handle_data(self, data: str) -> None:
        if self._text_of and self._text_of[-1] is not None:
            self.sentences[self._text_of[-1]] += data


_VOID = {"meta", "br", "img", "hr", "input", "link", "wbr", "col", "area", "base", "source"}


def inventory(page: str) -> _Inventory:
    """What a page shows: ``sentences[(article id, index)] = text``, ``cues`` and ``frames``."""
    parser = _Inventory()
    parser.feed(page)
    parser.close()
    return parser


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(url: str, *args: str, timeout: float = 120.0) -> str:
    """Run headless Chromium once on ``url``; returns its standard output."""
    exe = find_chromium()
    if exe is None:
        raise FileNotFoundError("chromium is not installed (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="claimcheck-chromium-") as profile:
        proc = subprocess.run(
            [exe, *FLAGS, f"--user-data-dir={profile}", *args, url],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"chromium exited with {proc.returncode}: {proc.stderr[-2000:]}")
    return proc.stdout


def dump_dom(html_path: Path) -> str:
    """The DOM as Chromium parsed it, serialised."""
    return run_chromium(Path(html_path).resolve().as_uri(), "--dump-dom")


def screenshot(html_path: Path, png_path: Path, width: int = 1280, height: int = 1600) -> Path:
    """A PNG of the page's first ``width`` x ``height`` pixels."""
    png_path = Path(png_path).resolve()
    png_path.parent.mkdir(parents=True, exist_ok=True)
    run_chromium(
        Path(html_path).resolve().as_uri(), f"--screenshot={png_path}", f"--window-size={width},{height}"
    )
    return png_path


def png_size(png_path: Path) -> tuple[int, int]:
    """(width, height) from a PNG header; raises ``ValueError`` if it is not a PNG."""
    head = Path(png_path).read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{png_path} is not a PNG file")
    return struct.unpack(">II", head[16:24])


def page_height(docs: list[Document]) -> int:
    """A window height that fits the pages of ``docs`` (a rough estimate)."""
    lines = sum(max(1, len(c.text) // 95 + 1) for d in docs for c in d.claims)
    return 330 + 90 * len(docs) + 27 * lines + 8 * sum(len(d.claims) for d in docs)


def with_frame(
    doc: Document, opener: int, covers: tuple[int, ...], kind: Kind = Kind.HYPOTHETICAL
) -> Document:
    """``doc`` with one frame added by hand: opened by the first cue of sentence ``opener``.

    Builds the kind of document the frame stage produces, so that views can be
    checked whatever that stage finds in a given text.
    """
    claims = list(doc.claims)
    opening = claims[opener]
    if not opening.cues:
        raise ValueError(f"sentence {opener} has no cue to open a frame")
    frame = Frame(kind=kind, cue=opening.cues[0], sentence=opener, covers=covers)
    for i in covers:
        c = claims[i]
        claims[i] = replace(c, label=Label.SPECULATION, kinds=c.kinds | {kind}, frame=frame)
    claims[opener] = replace(opening, frame=frame)
    return replace(doc, claims=tuple(claims), frames=(*doc.frames, frame))


def example_documents() -> list[tuple[str, Document]]:
    """The fixture articles as analysed, with a frame added by hand where the analyzer found none."""
    analyzer = Analyzer()
    out = []
    for name in ("hypothetical_premise", "predictions"):
        doc = analyzer.analyze((ROOT / "fixtures" / f"{name}.txt").read_text(encoding="utf-8"))
        if name == "hypothetical_premise" and not doc.frames:
            doc = with_frame(doc, 0, (1, 2, 3))
        out.append((f"fixtures/{name}.txt", doc))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="articles (default: the fixture articles)")
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--width", type=int, default=1100)
    args = parser.parse_args(argv)
    if args.paths:
        analyzer = Analyzer()
        named = [(p, analyzer.analyze(Path(p).read_text(encoding="utf-8"))) for p in args.paths]
    else:
        named = example_documents()
    docs = [d for _, d in named]
    from claimcheck.render import page_end, page_start, render_article

    page = (
        page_start("claimcheck")
        + "".join(render_article(d, title=name, number=i) for i, (name, d) in enumerate(named))
        + page_end()
    )
    if len(named) == 1:
        page = render_html(docs[0], title=named[0][0])
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "page.html"
        html_path.write_text(page, encoding="utf-8")
        png = screenshot(html_path, Path(args.output), width=args.width, height=page_height(docs))
    print(f"wrote {png} ({'x'.join(map(str, png_size(png)))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
