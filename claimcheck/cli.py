"""Command line: ``claimcheck analyze PATH|-``.

A thin layer: it reads input, calls the library and formats the result.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .document import Document, Label
from .errors import ClaimcheckError

__all__ = ["main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck", description="Tell fact from speculation, sentence by sentence."
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse an article and print its claims")
    a.add_argument("path", help="a text file (UTF-8), or - for standard input")
    a.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    a.add_argument("--model", default="default", help="'default', 'lexicon', or a model directory")
    a.add_argument("--no-frames", action="store_true", help="judge each sentence on its own")
    a.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = stdout or sys.stdout
    args = _parser().parse_args(argv)
    try:
        text = _read(args.path)
        from .analyzer import Analyzer

        analyzer = Analyzer(model=args.model, frames=not args.no_frames)
        doc = analyzer.analyze(text)
        _write(doc, args.format, out)
    except (OSError, UnicodeDecodeError, ClaimcheckError, TypeError, ValueError) as exc:
        if args.debug:
            raise
        print(f"claimcheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        source = "standard input"
    else:
        p = Path(path)
        if p.is_dir():
            raise OSError(f"{path} is a directory; give a text file")
        data = p.read_bytes()
        source = path
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{source} is not UTF-8 text (byte {exc.start}: {exc.reason})") from None


def _write(doc: Document, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        out.write(_safe(doc.to_json(indent=2)) + "\n")
    elif fmt == "jsonl":
        for claim in doc.claims:
            out.write(_safe(json.dumps(claim.to_dict(), ensure_ascii=False)) + "\n")
    else:
        out.write(format_table(doc) + "\n")


def _safe(s: str) -> str:
    """Escape lone surrogates so any text can be written as UTF-8."""
    return s.encode("utf-8", "backslashreplace").decode("utf-8")


def format_table(doc: Document, width: int = 100) -> str:
    """A terminal-friendly listing: one block per sentence with label, kinds and cues."""
    import textwrap

    lines = []
    for c in doc.claims:
        mark = "SPEC" if c.label is Label.SPECULATION else "fact"
        kinds = ",".join(sorted(k.value for k in c.kinds)) or "-"
        lines.append(f"[{c.index:>3}] {mark}  p={c.score:.2f}  kinds={kinds}")
        for row in textwrap.wrap(_safe(c.text), width - 6) or [""]:
            lines.append("      " + row)
        if c.cues:
            lines.append("      cues: " + "; ".join(f"{_safe(q.text)!r} ({q.kind.value})" for q in c.cues))
        if c.frame is not None:
            lines.append(
                f"      frame: {c.frame.kind.value}, opened in sentence {c.frame.sentence} "
                f"by {_safe(c.frame.cue.text)!r}"
            )
    n_spec = sum(c.label is Label.SPECULATION for c in doc.claims)
    lines.append(f"{len(doc.claims)} sentences: {n_spec} speculation, {len(doc.claims) - n_spec} fact")
    return "\n".join(lines)
