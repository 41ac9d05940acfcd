"""Frames in invented whole articles: how many sentences sit inside or outside a frame as a reader puts them.

    python benchmarks/probe_articles.py [--model default] [--verbose]

The articles in ``fixtures/probe/`` were written for this check in the styles of text that
sets up imagined scenarios (counterfactual and future news, a hypothetical term, an alternate history
under a dateline, an exercise, a war game and a stress test reported as news, a thought
experiment, a worst-case explainer, a report quoting a rhetorical "imagine"). ``INSIDE``
lists, for each, the sentences a reader puts inside the imagined scenario (its opener
included); every other sentence should be outside. They are not training data: the frame
detector is fitted on ``../shared/data/frames`` and ``fixtures/frame_*.txt`` only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from claimcheck import Analyzer

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "probe"

INSIDE: dict[str, set[int]] = {
    "counterfactual_wall": set(range(0, 11)),
    "counterfactual_second_term": set(range(0, 10)),
    "future_flooded_city": {0, 1, 2, 3, 4, 5, 6, 9, 10, 11},
    "drill_report": {2, 3, 4, 5},
    "alternate_referendum": set(range(0, 10)),
    "thought_experiment_ship": set(range(3, 9)),
    "stress_test_report": {4, 5, 6},
    "war_game_report": {3, 4, 5, 6},
    "hypothetical_first_term": {0, 1, 2, 3, 4, 7, 8, 9},
    "worst_case_explainer": {3, 4, 5, 6},
    "quoted_remark_report": set(),
}


def framed(doc) -> set[int]:  # type: ignore[no-untyped-def]
    """Sentences inside a frame: each frame's opener and the sentences it covers."""
    return {i for f in doc.frames for i in (f.sentence, *f.covers)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--verbose", action="store_true", help="print each sentence placed wrongly")
    args = parser.parse_args()
    analyzer = Analyzer(model=args.model)
    right = total = wrong_in = wrong_out = 0
    for name, inside in INSIDE.items():
        doc = analyzer.analyze((FOLDER / f"{name}.txt").read_text(encoding="utf-8"))
        found = framed(doc)
        for c in doc.claims:
            total += 1
            if (c.index in found) == (c.index in inside):
                right += 1
                continue
            wrong_in += c.index in found
            wrong_out += c.index not in found
            if args.verbose:
                where = "framed, should be outside" if c.index in found else "outside, should be framed"
                print(f"{name} {c.index:2d} {where}: {c.text[:90]}")
    print(f"sentences placed as a reader would: {right} of {total} "
          f"({wrong_in} framed wrongly, {wrong_out} left outside wrongly)")


if __name__ == "__main__":
    main()
