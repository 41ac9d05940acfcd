"""Score the cue lexicon alone (``Analyzer(model="lexicon")``) on the shared sets.

Run from a clone with the shared data beside it (``../shared``)::

    PYTHONPATH=$PWD python benchmarks/eval_lexicon.py [--shared PATH] [--errors SET]

For each set it prints speculation precision/recall/F1 and accuracy, per-kind F1
and their macro mean (over the sentences whose gold label is speculation; only
sets with gold kinds), cue recall and precision (a cue counts when it overlaps a
gold cue; only sets with gold cues), and sentences per second of ``classify``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from claimcheck import Analyzer
from claimcheck.document import Kind

ROOT = Path(__file__).resolve().parent.parent
KINDS = [k.value for k in Kind]

# name -> (relative path, label field, kinds field, cue offsets relative to the sentence?)
SETS = {
    "wikinews-dev": ("data/news_wikinews/dev.jsonl", "local_label", "local_kinds", False),
    "wikinews-train": ("data/news_wikinews/train.jsonl", "local_label", "local_kinds", False),
    "voa-train": ("data/news_voa/train.jsonl", "local_label", "local_kinds", False),
    "frames-train": ("data/frames/train.jsonl", "local_label", "local_kinds", False),
    "sfu-dev": ("data/sfu_review_spec/dev.jsonl", "label", None, True),
    "bioscope-abs-dev": ("data/bioscope_abstracts/dev.jsonl", "label", None, True),
    "pei-jurgens-dev": ("data/pei_jurgens_certainty/dev.jsonl", "label", None, True),
}


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _seed(shared: Path) -> list[dict]:
    folder = shared / "seeds"
    text = next(folder.glob("*.txt")).read_text(encoding="utf-8")
    rows = _read(folder / "seed_gold.jsonl")
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]
    return rows


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(
    rows: list[dict], label_key: str, kinds_key: str | None, relative: bool, analyzer: Analyzer
) -> dict:
    texts = [r["text"] for r in rows]
    t0 = time.perf_counter()
    claims = analyzer.classify(texts)
    rate = len(texts) / max(time.perf_counter() - t0, 1e-9)
    gold = [r[label_key] == "speculation" for r in rows]
    pred = [c.local_label.value == "speculation" for c in claims]
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    out: dict = {"n": len(rows), "spec": sum(gold), "rate": rate}
    out["P"], out["R"], out["F1"] = _f1(tp, fp, fn)
    out["acc"] = sum(g == p for g, p in zip(gold, pred, strict=True)) / max(len(rows), 1)
    if kinds_key:
        per = {}
        for k in KINDS:
            ktp = kfp = kfn = 0
            for r, c, g in zip(rows, claims, gold, strict=True):
                if not g:
                    continue
                gk, pk = k in r[kinds_key], k in {x.value for x in c.kinds}
                ktp += gk and pk
                kfp += pk and not gk
                kfn += gk and not pk
            if ktp + kfp + kfn:  # a kind neither in gold nor predicted is left out
                per[k] = _f1(ktp, kfp, kfn)[2]
        out["kinds"] = per
        out["kinds_macro"] = sum(per.values()) / len(per)
    if any(r.get("cues") for r in rows):
        hit = total = good = found = 0
        for r in rows:
            off = 0 if relative else r["start"]
            gspans = {(s - off, e - off) for s, e, *_ in r["cues"]}
            pspans = [(q.start, q.end) for q in analyzer.matcher_.match(r["text"])]
            total += len(gspans)
            hit += sum(any(s < pe and ps < e for ps, pe in pspans) for s, e in gspans)
            found += len(pspans)
            good += sum(any(s < pe and ps < e for s, e in gspans) for ps, pe in pspans)
        out["cue_R"] = hit / max(total, 1)
        out["cue_P"] = good / max(found, 1)
    out["_rows"], out["_claims"], out["_gold"], out["_pred"] = rows, claims, gold, pred
    return out


def _print(name: str, m: dict) -> None:
    line = (
        f"{name:17s} n={m['n']:5d} spec={m['spec']:4d}  P={m['P']:.3f} R={m['R']:.3f} "
        f"F1={m['F1']:.3f} acc={m['acc']:.3f}"
    )
    if "kinds_macro" in m:
        line += (
            f"  kindsF1={m['kinds_macro']:.3f} ("
            + " ".join(f"{k[:4]}={v:.2f}" for k, v in m["kinds"].items())
            + ")"
        )
    if "cue_R" in m:
        line += f"  cueR={m['cue_R']:.3f} cueP={m['cue_P']:.3f}"
    print(line)


def _errors(m: dict, kinds_key: str | None) -> None:
    for r, c, g, p in zip(m["_rows"], m["_claims"], m["_gold"], m["_pred"], strict=True):
        gk = sorted(r.get(kinds_key, []) if kinds_key else [])
        pk = sorted(k.value for k in c.kinds)
        if g != p or (g and kinds_key and gk != pk):
            tag = "FN" if g and not p else "FP" if p and not g else "KD"
            gold_cues = [x[2] + "/" + (x[3] if len(x) > 3 else "?") for x in r.get("cues", [])]
            found = [q.text + "/" + q.kind.value for q in c.cues]
            print(f"{tag} gold={gk} pred={pk} gcues={gold_cues} pcues={found}")
            print("    " + r["text"][:300])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--errors", metavar="SET", help="list the errors of one set (or 'seed')")
    ap.add_argument("--cues", help="a lexicon JSONL to score instead of the bundled one")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"{args.shared} is absent: put the shared data beside the clone", file=sys.stderr)
        return 2
    analyzer = Analyzer(model="lexicon", cues=args.cues, frames=False)
    analyzer.classify(["Warm-up: it may rain."])
    seed = _seed(args.shared)
    m = evaluate(seed, "local_label", "local_kinds", False, analyzer)
    _print("seed", m)
    if args.errors == "seed":
        _errors(m, "local_kinds")
    corpus: list[str] = []
    for name, (rel, lk, kk, relative) in SETS.items():
        path = args.shared / rel
        if not path.is_file():
            print(f"{name:17s} absent ({path})")
            continue
        rows = _read(path)
        m = evaluate(rows, lk, kk, relative, analyzer)
        _print(name, m)
        if args.errors == name:
            _errors(m, kk)
        if name.startswith(("wikinews", "voa")):
            corpus.extend(r["text"] for r in rows)
    if corpus:
        best = 0.0
        for _ in range(3):
            fresh = Analyzer(model="lexicon", cues=args.cues, frames=False)  # no cached matches
            t0 = time.process_time()  # CPU time: other processes on the machine do not count
            fresh.classify(corpus)
            best = max(best, len(corpus) / (time.process_time() - t0))
        print(
            f"speed: classify {best:,.0f} sentences/s on {len(corpus):,} news sentences, "
            "one core, CPU time (best of 3)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
