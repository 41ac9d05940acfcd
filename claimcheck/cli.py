"""Command line: ``claimcheck analyze PATH... [--format ...] [--output FILE]``.

A thin layer: it finds the inputs, calls the library and formats each result as
soon as it is ready, so a folder of any size streams through in constant memory.

Exit status: 0 every document was analysed; 1 at least one document failed (it
is reported on standard error and the others are still written) or the run
stopped early; 2 usage error (bad arguments, no input found, a model or output
that cannot be opened); 130 interrupted.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .document import Document, Label
from .errors import ClaimcheckError

__all__ = ["main", "format_table", "EXIT_OK", "EXIT_FAILED", "EXIT_USAGE"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

FORMATS = ("table", "json", "jsonl", "csv", "html")


class _UsageError(Exception):
    """Raised for a problem with the command line itself (exit status 2)."""


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # type: ignore[override]
        raise _UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> Any:  # type: ignore[override]
        if message:
            print(message, file=sys.stderr, end="")
        raise SystemExit(status)


def _parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="claimcheck",
        description="Tell fact from speculation, sentence by sentence.",
        epilog="Exit status: 0 all documents analysed, 1 some documents failed, 2 usage error.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_ArgumentParser)
    a = sub.add_parser(
        "analyze",
        help="analyse articles and print their claims",
        description="Analyse text files, folders of them, or standard input.",
        epilog="Exit status: 0 all documents analysed, 1 some documents failed, 2 usage error.",
    )
    a.add_argument("paths", nargs="+", metavar="PATH", help="a UTF-8 text file, a folder, or - for stdin")
    a.add_argument("--glob", default="*.txt", help="files to take from folders, recursively (default: *.txt)")
    a.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    a.add_argument("-o", "--output", metavar="PATH", help="write here instead of standard output")
    a.add_argument("--model", default="default", help="'default', 'lexicon', or a model directory")
    a.add_argument("--no-frames", action="store_true", help="judge each sentence on its own")
    a.add_argument(
        "--domain", default=None, help="the texts' domain when known: news, reviews, biomed or science"
    )
    a.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (-1: all cores)")
    a.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    a.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    try:
        args = _parser().parse_args(argv)
    except _UsageError as exc:
        _parser().print_usage(sys.stderr)
        print(f"claimcheck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    out = stdout or sys.stdout
    if args.version:
        out.write(f"claimcheck {__version__}\n")
        return EXIT_OK
    if args.command != "analyze":
        _parser().print_usage(sys.stderr)
        print("claimcheck: error: give a command, e.g. claimcheck analyze article.txt", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _analyze(args, out)
    except _UsageError as exc:
        if args.debug:
            raise
        print(f"claimcheck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); stop quietly
        _silence_stdout()
        return EXIT_FAILED
    except Exception as exc:  # one line, as promised, for anything that stops the whole run
        if args.debug:
            raise
        print(f"claimcheck: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _silence_stdout() -> None:
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# -- inputs ---------------------------------------------------------------


def _find_inputs(paths: Sequence[str], pattern: str) -> list[str]:
    """Expand folders; only names are held, texts are read one at a time later."""
    found: list[str] = []
    for path in paths:
        if path == "-":
            found.append("-")
            continue
        p = Path(path)
        if p.is_dir():
            matches = sorted(str(f) for f in p.rglob(pattern) if not f.is_dir())
            if not matches:
                print(f"claimcheck: warning: no files match {pattern!r} in {path}", file=sys.stderr)
            found.extend(matches)
        else:
            found.append(path)  # a missing file is reported when it is read
    if not found:
        raise _UsageError("no input files found")
    return found


def _read(path: str) -> tuple[str, str | None]:
    """The text of ``path`` (``-``: standard input), or ``("", why)`` when it cannot be had."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        return "", exc.strerror or str(exc)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return "", f"not UTF-8 text (byte {exc.start}: {exc.reason})"


# -- the run --------------------------------------------------------------


def _analyze(args: argparse.Namespace, out: TextIO) -> int:
    sources = _find_inputs(args.paths, args.glob)
    if args.jobs == 0:
        raise _UsageError("--jobs must be a non-zero number")
    from .analyzer import Analyzer

    try:
        analyzer = Analyzer(model=args.model, frames=not args.no_frames, domain=args.domain)
    except (ClaimcheckError, OSError, TypeError, ValueError) as exc:
        if args.debug:
            raise
        raise _UsageError(f"cannot load model {args.model!r}: {exc}") from None

    many = len(sources) > 1 or any(s != "-" and Path(s).is_dir() for s in args.paths)
    failed = 0
    with ExitStack() as stack:
        if args.output:
            try:
                newline = "" if args.format == "csv" else None
                out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=newline))
            except OSError as exc:
                raise _UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        writer = _WRITERS[args.format](out, many)
        unreadable: dict[int, str] = {}

        def texts() -> Iterator[str]:
            for i, source in enumerate(sources):
                text, why = _read(source)
                if why is not None:
                    unreadable[i] = why  # the empty placeholder's result is dropped below
                yield text

        results = analyzer.pipe(texts(), batch_size=8, n_jobs=args.jobs, errors="collect")
        progress = _progress(len(sources), disabled=args.no_progress)
        say = progress.write if progress is not None else (lambda m: print(m, file=sys.stderr))
        for i, (source, result) in enumerate(zip(sources, results, strict=True)):
            name = _safe("<stdin>" if source == "-" else source)
            why = unreadable.pop(i, None)
            if why is not None:
                failed += 1
                say(f"claimcheck: error: {name}: {why}")
            elif isinstance(result, Document):
                writer.write(name, result)
            else:
                failed += 1
                if args.debug:
                    error = result.error
                    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
                say(f"claimcheck: error: {name}: {result.message}")
            if progress is not None:
                progress.update(1)
        writer.close()
        if progress is not None:
            progress.close()
    return EXIT_FAILED if failed else EXIT_OK


def _progress(total: int, disabled: bool) -> Any:
    if disabled or total < 2 or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


# -- writers --------------------------------------------------------------


class _Writer:
    def __init__(self, out: TextIO, many: bool) -> None:
        self.out, self.many, self.count = out, many, 0

    def write(self, name: str, doc: Document) -> None:
        self._write(name, doc)
        self.count += 1
        self.out.flush()

    def _write(self, name: str, doc: Document) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _TableWriter(_Writer):
    def _write(self, name: str, doc: Document) -> None:
        if self.many:
            self.out.write(("\n" if self.count else "") + f"== {_safe(name)} ==\n")
        self.out.write(format_table(doc) + "\n")


class _JsonWriter(_Writer):
    """One file: the document object. Several: an array of them, each with its ``source``."""

    def _write(self, name: str, doc: Document) -> None:
        if not self.many:
            self.out.write(_safe(doc.to_json(indent=2)) + "\n")
            return
        body = json.dumps({"source": name, **doc.to_dict()}, ensure_ascii=False, indent=2)
        self.out.write(("[\n" if not self.count else ",\n") + _safe(body))

    def close(self) -> None:
        if self.many:
            self.out.write("\n]\n" if self.count else "[]\n")


class _JsonlWriter(_Writer):
    """One document per line, with its ``source``; ``claimcheck.export.read_jsonl`` reads it back."""

    def _write(self, name: str, doc: Document) -> None:
        line = json.dumps({"id": name, **doc.to_dict()}, ensure_ascii=False)
        self.out.write(_safe(line) + "\n")


class _CsvWriter(_Writer):
    """One row per claim, in :data:`claimcheck.export.RECORD_COLUMNS`."""

    def __init__(self, out: TextIO, many: bool) -> None:
        from .export import RECORD_COLUMNS

        super().__init__(out, many)
        self.rows = csv.DictWriter(out, fieldnames=list(RECORD_COLUMNS), lineterminator="\n")
        self.rows.writeheader()

    def _write(self, name: str, doc: Document) -> None:
        from .export import to_records

        for row in to_records(doc, name):
            self.rows.writerow({k: _safe(v) if isinstance(v, str) else v for k, v in row.items()})


class _HtmlWriter(_Writer):
    """One standalone page; several documents become sections of it."""

    def __init__(self, out: TextIO, many: bool) -> None:
        from . import render

        super().__init__(out, many)
        self.render = render
        self.out.write(render.page_start("claimcheck" if many else None))

    def _write(self, name: str, doc: Document) -> None:
        self.out.write(_safe(self.render.render_article(doc, title=name, number=self.count)))

    def close(self) -> None:
        self.out.write(self.render.page_end())


_WRITERS = {
    "table": _TableWriter,
    "json": _JsonWriter,
    "jsonl": _JsonlWriter,
    "csv": _CsvWriter,
    "html": _HtmlWriter,
}


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
