"""Every regular expression in the package, run against inputs built to make it backtrack.

Each group runs in a child process with a timeout. The inputs are long enough
(tens of thousands of characters) that a pattern whose cost grows with the
square of its input, or worse, needs minutes and so runs past the timeout;
a linear pattern finishes in well under a second per input. No time is
measured: only "finished" or "did not finish".
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

TIMEOUT_S = 120

_CHILD = r'''
import ast, importlib, json, pkgutil, re, sys
from importlib import resources
from pathlib import Path

import claimcheck

N_RUN = int(sys.argv[2])    # length of single-character runs
N_WORDS = int(sys.argv[3])  # length of word-built inputs
group = sys.argv[1]
RUN_CHARS = " a.?'\")\n-,"
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"}
KEYS = {"pattern", "regex", "before", "after"}


def code_patterns():
    """Literal patterns passed to re.* anywhere in the package's code."""
    root = Path(claimcheck.__file__).parent
    out = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in RE_FUNCTIONS and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                flags = 0
                for arg in list(node.args[1:]) + [k.value for k in node.keywords if k.arg == "flags"]:
                    try:
                        flags |= eval(compile(ast.Expression(arg), "<flags>", "eval"), {"re": re})
                    except Exception:
                        pass
                out.append((f"{path.name}:{node.lineno}", re.compile(node.args[0].value, flags)))
    return out


def lexicon_patterns(guards):
    from claimcheck import cues
    from claimcheck.cues import load_lexicon
    # The matcher runs "before" and "after" guards on a bounded window around a
    # match, so their cost is bounded whatever the pattern; the "matcher" group
    # exercises them in place. Without such a window they are audited here too.
    windowed = {"before", "after"} if isinstance(getattr(cues, "_WINDOW", None), int) else set()
    out = []
    for rule in load_lexicon():
        if not guards:
            out.append((f"cues.jsonl {rule.id}", rule.pattern))
            continue
        for g, guard in enumerate(rule.guards):
            for slot in getattr(guard, "__slots__", ()) or vars(guard):
                value = getattr(guard, slot)
                if isinstance(value, re.Pattern) and slot not in windowed:
                    out.append((f"cues.jsonl {rule.id} guard {g} {slot}", value))
    return out


def data_patterns():
    """Patterns under a 'pattern' or 'regex' key in the package's other data files."""
    out = []
    data = resources.files("claimcheck.data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name == "cues.jsonl" or not entry.name.endswith((".jsonl", ".json")):
            continue
        for n, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                item = json.loads(line)
            except ValueError:
                continue
            stack = [item]
            while stack:
                x = stack.pop()
                if isinstance(x, dict):
                    for k, v in x.items():
                        if isinstance(v, str) and (k in KEYS or k.endswith("_pattern")):
                            try:
                                out.append((f"{entry.name}:{n} {k}", re.compile(v, re.IGNORECASE)))
                            except re.error:
                                pass  # uses macros the loader expands; its loader's group covers it
                        else:
                            stack.append(v)
                elif isinstance(x, list):
                    stack.extend(x)
    return out


def words_of(pattern):
    words = sorted(set(re.findall(r"[a-z]{2,}", pattern.pattern.lower())))
    if len(words) > 3:
        step = len(words) / 3
        words = [words[int(i * step)] for i in range(3)]
    return words


def inputs_for(pattern):
    for ch in RUN_CHARS:
        yield f"run of {ch!r}", ch * N_RUN
    words = words_of(pattern)
    for w in words:
        yield f"{w!r} repeated", (w + " ") * (N_WORDS // (len(w) + 1))
        yield f"{w!r} then spaces", w + " " * N_WORDS + "x"
        yield f"{w!r} then adverbs", w + " really" * (N_WORDS // 7) + " x"
    if words:
        unit = " ".join(words) + " "
        yield "all its words", unit * (N_WORDS // len(unit))


def audit(patterns):
    unique = {}
    for name, pattern in patterns:
        unique.setdefault((pattern.pattern, pattern.flags), (name, pattern))
    patterns = list(unique.values())
    for name, pattern in patterns:
        for what, text in inputs_for(pattern):
            print(f"{name} :: {what}", flush=True)
            for _ in pattern.finditer(text):
                pass
            pattern.match(text, len(text) // 2)
    print(f"DONE {len(patterns)} patterns", flush=True)


def end_to_end_inputs():
    units = ["it may rain ", "they will go ", "if so ", "prices could fall ", "he would not comment ",
             "U.S. ", "A. ", "Mr. ", "e.g. ", "No. 1 ", "said the plan would ", "Had it been ",
             "Should talks fail, ", "imagine ", "expected to ", "\u201cWill it?\u201d ", "may May ",
             "in the coming weeks ", "hypothetically speaking ", "It rained. ", "... ", "?! ", ". . ",
             "(may) ", "'ll go "]
    for unit in units:
        yield repr(unit), unit * (N_WORDS // len(unit))
    for ch in RUN_CHARS:
        yield f"run of {ch!r}", ch * N_RUN


if group == "code":
    audit(code_patterns())
elif group == "lexicon-rules":
    audit(lexicon_patterns(guards=False))
elif group == "lexicon-guards":
    audit(lexicon_patterns(guards=True))
elif group == "data-files":
    audit(data_patterns())
elif group == "splitter":
    from claimcheck import split_sentences
    for what, text in end_to_end_inputs():
        print(f"split_sentences :: {what}", flush=True)
        split_sentences(text)
    print("DONE", flush=True)
elif group == "matcher":
    from claimcheck.cues import default_matcher
    matcher = default_matcher()
    for what, text in end_to_end_inputs():
        print(f"CueMatcher.match :: {what}", flush=True)
        matcher.match(text)
    print("DONE", flush=True)
else:
    raise SystemExit(f"unknown group {group}")
'''

# Runs of one character are cheap for a linear pattern, so they can be longer.
N_RUN, N_WORDS = 100_000, 50_000


def _audit(group: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-c", _CHILD, group, str(N_RUN), str(N_WORDS)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        last = out.strip().splitlines()[-1] if out.strip() else "(before the first input)"
        pytest.fail(f"{group}: did not finish within {TIMEOUT_S} s; stuck on {last}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "DONE" in proc.stdout
    return proc.stdout


#: The child knows six groups: "code" (every literal pattern passed to ``re`` in the
#: package), "lexicon-rules", "lexicon-guards", "data-files", and the end-to-end
#: "splitter" and "matcher" runs.
GROUPS = ["code", "data-files", "lexicon-rules", "lexicon-guards", "splitter", "matcher"]


@pytest.mark.parametrize("group", GROUPS)
def test_no_pattern_backtracks_catastrophically(group):
    out = _audit(group)
    if group in {"code", "lexicon-rules", "lexicon-guards"}:
        assert int(out.split("DONE ")[1].split()[0]) > 0, "no patterns found: the audit would prove nothing"
