"""Long-running fuzz: analyse many generated documents and check every invariant.

    python benchmarks/fuzz.py [--docs 100000] [--seed 0] [--model default] [--out fuzz-failures.jsonl]

Three families, in turn: arbitrary Unicode (lone surrogates, controls, bidi and
zero-width characters included), news-like word salad, and mutated fixture
articles. For each document it checks that ``analyze`` raises nothing, that the
claims cover every non-whitespace character exactly once and in order, that
every claim and cue matches ``text[start:end]``, that labels, kinds and scores
are consistent, and (every ``--repeat-every`` documents) that a second run and a
JSON round trip give the same document. Failures are written, as code points so
that lone surrogates survive, to ``--out``; the counts are printed at the end.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from claimcheck import Analyzer, Document, Label, split_sentences

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

HOSTILE = (
    "\r\n\x00\x07\x0b\x0c\x1c\x1d\x1e\x1f\x7f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000"
    "\ufeff\u200b\u200c\u200d\u2060\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u0301\u0308\ud800\udbff\udc00\udfff\ufffd\uffff\u0130\u1e9e\ufb00\u0149"
    ".!?\u2026\"'\u201c\u201d\u2018\u2019()[]{}\u00ab\u00bb\u2014-;:,"
)
WORDS = (
    "The minister said may May will Will would could might if If unless Mr. Dr. U.S. U.S.A. e.g. No. "
    "3.5 $1.2 rose fell expected is set to going hypothetical Imagine suppose reportedly likely perhaps "
    "Should Had what \u201cWhy?\u201d \u201cIt may.\u201d ( ) [ ] \u2014 . ? ! ... \u2026 , ; : "
    "\u00e9t\u00e9 \u041c\u043e\u0441\u043a\u0432\u0430 \u6771\u4eac \U0001f600 \u200b \ufeff \u202e \x00"
).split(" ") + ["\n", "\n\n", "\r\n", "\r", "\t", "\u2028"]


def random_unicode(rng: random.Random) -> str:
    n = rng.randrange(400)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.35:
            out.append(rng.choice(HOSTILE))
        elif r < 0.6:
            out.append(rng.choice("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789     "))
        elif r < 0.9:
            out.append(chr(rng.randrange(0x20, 0x3000)))
        else:
            out.append(chr(rng.randrange(0x110000)))
    return "".join(out)


def news_like(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(120)))


def mutate(text: str, rng: random.Random, steps: int) -> str:
    for _ in range(steps):
        n = len(text)
        i = rng.randrange(n + 1)
        j = min(n, i + rng.randrange(1, 40))
        op = rng.randrange(7)
        if op == 0:
            text = text[:i] + text[j:]
        elif op == 1:
            text = text[:j] + text[i:j] + text[j:]
        elif op == 2:
            text = text[:i] + rng.choice(HOSTILE) * rng.randrange(1, 4) + text[i:]
        elif op == 3:
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 4:
            sep = rng.choice(["\n", "\r\n", "\r", "  ", "\u2028"])
            text = text[:i] + text[i:j].replace(" ", sep) + text[j:]
        elif op == 5:
            piece, rest = text[i:j], text[:i] + text[j:]
            k = rng.randrange(len(rest) + 1)
            text = rest[:k] + piece + rest[k:]
        else:
            text = text[:i] + rng.choice(WORDS) + text[i:]
    return text


def check(text: str, doc: Document, threshold: float) -> None:
    last = covered = 0
    for i, c in enumerate(doc.claims):
        assert c.index == i, "index"
        assert last <= c.start < c.end <= len(text), "order"
        assert text[c.start : c.end] == c.text, "claim offsets"
        assert not c.text[0].isspace() and not c.text[-1].isspace(), "trimmed"
        assert last == c.start or text[last : c.start].isspace(), "gap is whitespace"
        assert math.isfinite(c.score) and 0.0 <= c.score <= 1.0, "score range"
        assert (c.local_label is Label.SPECULATION) == (c.score >= threshold), "label vs score"
        assert bool(c.kinds) == (c.label is Label.SPECULATION), "kinds vs label"
        if c.label is Label.FACT:
            assert c.cues == () and c.frame is None, "fact without cues or frame"
        if c.frame is not None:
            assert c.frame in doc.frames and c.index in c.frame.covers, "frame membership"
        for cue in c.cues:
            assert c.start <= cue.start < cue.end <= c.end, "cue inside claim"
            assert text[cue.start : cue.end] == cue.text, "cue offsets"
        covered += sum(not ch.isspace() for ch in c.text)
        last = c.end
    assert last == len(text) or text[last:].isspace(), "tail is whitespace"
    assert covered == sum(not ch.isspace() for ch in text), "coverage"
    for f in doc.frames:
        assert text[f.cue.start : f.cue.end] == f.cue.text, "frame cue offsets"
        assert all(
            0 <= k < len(doc.claims) and k != f.sentence and doc.claims[k].frame == f for k in f.covers
        ), "frame covers"
    assert [(c.start, c.end) for c in doc.claims] == split_sentences(text), "splitter agreement"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default="default")
    parser.add_argument(
        "--repeat-every", type=int, default=10, help="re-run and round-trip every Nth document"
    )
    parser.add_argument("--out", default="fuzz-failures.jsonl")
    parser.add_argument("--progress", type=int, default=10_000)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    fixtures = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    analyzers = [Analyzer(model=args.model), Analyzer(model=args.model, frames=False)]
    families = {
        "unicode": random_unicode,
        "news": news_like,
        "mutated": lambda r: mutate(r.choice(fixtures), r, r.randrange(30)),
    }
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    out = Path(args.out)
    failed_examples = []
    t0 = time.perf_counter()
    names = list(families)
    for n in range(args.docs):
        family = names[n % len(names)]
        text = families[family](rng)
        analyzer = analyzers[(n // len(names)) % len(analyzers)]
        counts[f"docs:{family}"] += 1
        counts["chars"] += len(text)
        try:
            doc = analyzer.analyze(text)
            check(text, doc, analyzer.threshold_)
            if args.repeat_every and n % args.repeat_every == 0:
                assert analyzer.analyze(text) == doc, "deterministic"
                assert Document.from_json(doc.to_json()) == doc, "json round trip"
                counts["repeated"] += 1
        except Exception as exc:  # noqa: BLE001 - every failure is recorded
            key = f"{type(exc).__name__}: {exc}"[:120]
            failures[key] += 1
            if len(failed_examples) < 200:
                failed_examples.append(
                    {"family": family, "error": key, "codepoints": [ord(c) for c in text],
                     "traceback": traceback.format_exc(limit=4)}
                )  # fmt: skip
            continue
        counts["claims"] += len(doc.claims)
        counts["speculation"] += len(doc.speculation)
        counts["cues"] += sum(len(c.cues) for c in doc.claims)
        counts["frames"] += len(doc.frames)
        if args.progress and (n + 1) % args.progress == 0:
            print(f"  {n + 1:,} documents, {sum(failures.values())} failures, "
                  f"{time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)  # fmt: skip
    elapsed = time.perf_counter() - t0
    docs = sum(v for k, v in counts.items() if k.startswith("docs:"))
    print(f"claimcheck fuzz: seed={args.seed} model={args.model} python={sys.version.split()[0]}")
    per_family = ", ".join(f"{k[5:]} {v:,}" for k, v in counts.items() if k.startswith("docs:"))
    print(f"documents     {docs:>12,}  ({per_family})")
    for key in ("chars", "claims", "speculation", "cues", "frames", "repeated"):
        print(f"{key:<13} {counts[key]:>12,}")
    print(f"failures      {sum(failures.values()):>12,}")
    for key, value in failures.most_common():
        print(f"  {value:>8,}  {key}")
    print(f"elapsed       {elapsed:>12.1f} s  ({docs / elapsed:,.0f} documents/s)")
    if failed_examples:
        with out.open("w", encoding="utf-8") as f:
            for example in failed_examples:
                f.write(json.dumps(example) + "\n")
        print(f"first {len(failed_examples)} failures written to {out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
