"""Time and memory against input size, for each family of hostile input.

    python benchmarks/bench_scaling.py [--min-kb 64] [--max-kb 4096] [--budget 30] [--family NAME ...]

For each family it analyses inputs of doubling size (from ``--start-kb``) and
fits the slope of log(time) against log(size) over the sizes from ``--min-kb``
up: about 1 is linear, about 2 quadratic. Sizes stop growing once one run takes
longer than ``--budget`` seconds, so a super-linear family ends early and is
fitted on the last three sizes it reached. Memory is the
tracemalloc peak at the smallest size, per input character.
"""

from __future__ import annotations

import argparse
import gc
import math
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from claimcheck import Analyzer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLE = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt")))


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


def _article(newline: str = "\n", prefix: str = "") -> Callable[[int], str]:
    text = ARTICLE.replace("\n", newline)
    return lambda n: prefix + (text * (n // len(text) + 1))[:n]


def _nested(opening: str, closing: str, middle: str) -> Callable[[int], str]:
    return lambda n: opening * (n // 2 // len(opening)) + middle + closing * (n // 2 // len(closing))


FAMILIES: dict[str, Callable[[int], str]] = {
    "article": _article(),
    "article-crlf": _article("\r\n"),
    "article-cr": _article("\r"),
    "article-bom": _article(prefix="\ufeff"),
    "one-sentence": _repeat("the quick brown fox jumps over the lazy dog and "),
    "one-word": _repeat("a"),
    "line-breaks": _repeat("\n"),
    "short-lines": _repeat("line\n"),
    "many-sentences": _repeat("It rained. It may rain. "),
    "nested-brackets": _nested("([{", "}])", "It may rain."),
    "nested-quotes": _nested("\u201c\u2018\"'", "'\"\u2019\u201d", "It may rain."),
    "abbreviations": _repeat("U.S. "),
    "initials": _repeat("A. "),
    "abbrev-sentences": _repeat("The U.S. economy grew. "),
    "mixed-scripts": _repeat("It may rain. \u041c\u043e\u0441\u043a\u0432\u0430 \u6771\u4eac \U0001f600 "),
    "controls": _repeat("".join(map(chr, range(0, 32))) + "\x7f\x80\x9f It rained. "),
    "nul": _repeat("It\x00 rained.\x00 "),
    "surrogates": _repeat("\ud800It may\udfff rain. "),
    "zero-width-bidi": _repeat("It\u200b may\u202e rain\u2066.\u2069\u200d "),
    "whitespace": _repeat(" \t\u00a0\u3000"),
    "dots": _repeat("."),
    "question-marks": _repeat("?"),
    "cues-one-sentence": _repeat("it may rain and "),
    "will-one-sentence": _repeat("they will go and "),
    "if-one-sentence": _repeat("if so "),
    "dashes-then-label": lambda n: "-" * n + " scenario: x",
    "colons-after-say": lambda n: "They say" + ": " * (n // 2) + "x.",
}  # fmt: skip


def _time(analyzer: Analyzer, text: str) -> float:
    gc.collect()
    t0 = time.perf_counter()
    analyzer.analyze(text)
    return time.perf_counter() - t0


def _peak(analyzer: Analyzer, text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        analyzer.analyze(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _slope(points: list[tuple[int, float]]) -> float:
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start-kb", type=int, default=4, help="first size; sizes double from here")
    parser.add_argument("--min-kb", type=int, default=64, help="smallest size used in the fit")
    parser.add_argument("--max-kb", type=int, default=4096)
    parser.add_argument("--budget", type=float, default=30.0, help="stop a family once one run exceeds this")
    parser.add_argument("--memory-kb", type=int, default=16, help="input size for the memory peak")
    parser.add_argument("--model", default="default")
    parser.add_argument("--family", nargs="*", default=None, choices=sorted(FAMILIES))
    args = parser.parse_args(argv)

    analyzer = Analyzer(model=args.model, max_chars=None)
    analyzer.analyze(ARTICLE)  # warm up
    print(f"claimcheck bench_scaling: model={args.model} python={platform.python_version()}")
    print(
        f"{'family':<20} {'exponent':>8} {'sizes':>16} {'s at largest':>12} {'KB/s':>7} {'peak B/char':>11}"
    )
    worst = 0.0
    for name in args.family or FAMILIES:
        make = FAMILIES[name]
        points: list[tuple[int, float]] = []
        size = args.start_kb * 1024
        while size <= args.max_kb * 1024:
            text = make(size)
            seconds = _time(analyzer, text)
            points.append((len(text), seconds))
            if seconds > args.budget:
                break
            size *= 2
        # Fit on the sizes from --min-kb up; a family too slow to get there is
        # fitted on its last three sizes.
        fitted = [p for p in points if p[0] >= args.min_kb * 1024 * 0.9]
        if len(fitted) < 3:
            fitted = points[-3:]
        peak = _peak(analyzer, make(args.memory_kb * 1024)) / max(1, len(make(args.memory_kb * 1024)))
        slope = _slope(fitted)
        worst = max(worst, slope)
        largest, seconds = fitted[-1]
        sizes = f"{fitted[0][0] // 1024}K..{largest // 1024}K"
        print(
            f"{name:<20} {slope:>8.2f} {sizes:>16} {seconds:>12.2f} "
            f"{largest / seconds / 1e3:>7.0f} {peak:>11.1f}",
            flush=True,
        )
    print(f"largest exponent: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
