"""Frames in whole articles: how many sentences sit inside or outside a frame as a reader puts them.

    python benchmarks/probe_articles.py [--model default] [--verbose]

Two sets of articles, neither used to fit the frame detector (it is fitted on
``../shared/data/frames``, ``fixtures/frame_*.txt`` and ``fixtures/frames/``):

- ``fixtures/probe/``: eleven articles in the styles of text that sets up imagined
  scenarios (counterfactual and future news, a hypothetical term, an alternate history
  under a dateline, an exercise, a war game and a stress test reported as news, a thought
  experiment, a worst-case explainer, a report quoting a rhetorical "imagine"). ``INSIDE``
  lists, for each, the sentences a reader puts inside the imagined scenario (its opener
  included); every other sentence should be outside.
- ``fixtures/frames_eval/``: articles labelled sentence by sentence under the
  guidelines (``gold.jsonl``: ``framed`` as in the shared data, openers not counted):
  hypothetical and counterfactual news as language models write it, future-dated reportage,
  institutional scenarios, worked examples, exercise reports and negatives that mention
  hypotheticals.
  Scored as the frames goal is: framed sentences found, sentences framed wrongly.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from claimcheck import Analyzer

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "probe"
EVAL = FOLDER.parent / "frames_eval"

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


def labelled(folder: Path = EVAL) -> dict[str, dict[int, bool]]:
    """``gold.jsonl`` of ``folder``: for each article, whether each sentence is framed."""
    gold: dict[str, dict[int, bool]] = defaultdict(dict)
    for line in (folder / "gold.jsonl").open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            gold[row["doc"]][row["index"]] = bool(row["framed"])
    return dict(gold)


def _show(name: str, claim, framed_here: bool) -> None:  # type: ignore[no-untyped-def]
    where = "framed, should be outside" if framed_here else "outside, should be framed"
    print(f"{name} {claim.index:2d} {where}: {claim.text[:90]}")


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
                _show(name, c, c.index in found)
    print(f"fixtures/probe: sentences placed as a reader would: {right} of {total} "
          f"({wrong_in} framed wrongly, {wrong_out} left outside wrongly)")
    found_framed = gold_framed = wrong = total = 0
    gold = labelled()
    for name, rows in gold.items():
        doc = analyzer.analyze((EVAL / f"{name}.txt").read_text(encoding="utf-8"))
        if len(doc.claims) != len(rows):
            raise SystemExit(f"{name}: {len(doc.claims)} sentences, the gold has {len(rows)}")
        for c in doc.claims:
            total += 1
            gold_framed += rows[c.index]
            found_framed += rows[c.index] and c.frame is not None
            wrong += c.frame is not None and not rows[c.index]
            if args.verbose and (c.frame is not None) != rows[c.index]:
                _show(name, c, c.frame is not None)
    print(f"fixtures/frames_eval: {len(gold)} articles, {total} sentences: framed sentences found "
          f"{found_framed} of {gold_framed} ({found_framed / max(1, gold_framed):.3f}), "
          f"{wrong} framed wrongly")


if __name__ == "__main__":
    main()
