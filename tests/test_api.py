"""The public surface: names, laziness, bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimcheck
from claimcheck import Analyzer, Document, Label, analyze


def test_all_lists_exactly_the_public_names():
    public = {n for n in dir(claimcheck) if not n.startswith("_") and n not in {"annotations"}}
    modules = {n for n in public if type(getattr(claimcheck, n)).__name__ == "module"}
    assert set(claimcheck.__all__) - {"__version__"} == public - modules


def test_import_is_light():
    code = (
        "import sys, claimcheck\n"
        "heavy = {'torch','transformers','datasets','evaluate','pandas','sklearn'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("bad", [b"bytes", None, 3, 4.5, ["a list"]])
def test_analyze_rejects_non_str(bad):
    with pytest.raises(TypeError, match="expects text as str"):
        analyze(bad)


def test_bytes_error_suggests_decoding():
    with pytest.raises(TypeError, match="decode"):
        analyze(b"It rained.")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \r\n"])
def test_empty_text_gives_no_claims(text):
    doc = analyze(text)
    assert isinstance(doc, Document) and doc.claims == () and doc.text == text


def test_classify_gives_one_claim_per_input_in_order():
    sentences = ["It rained. Then it stopped.", "Prices may rise.", "", "Will it hold?"]
    claims = Analyzer(model="lexicon").classify(sentences)
    assert [c.text for c in claims] == sentences
    assert [c.index for c in claims] == [0, 1, 2, 3]
    assert [c.label for c in claims] == [Label.FACT, Label.SPECULATION, Label.FACT, Label.SPECULATION]


def test_classify_rejects_a_bare_string():
    with pytest.raises(TypeError, match="wrap a single sentence"):
        Analyzer(model="lexicon").classify("Prices may rise.")


def test_pipe_preserves_order(fixture_texts):
    texts = list(fixture_texts.values()) * 3
    analyzer = Analyzer()
    docs = list(analyzer.pipe(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    assert docs == [analyzer.analyze(t) for t in texts]


def test_pipe_with_processes_matches_serial(fixture_texts):
    texts = list(fixture_texts.values()) * 2
    analyzer = Analyzer()
    assert list(analyzer.pipe(texts, batch_size=1, n_jobs=2)) == list(analyzer.pipe(texts))


def test_max_chars_is_enforced():
    with pytest.raises(claimcheck.DocumentTooLargeError, match="max_chars"):
        Analyzer(max_chars=10).analyze("This text is longer than ten characters.")


def test_bad_model_argument_is_explained():
    with pytest.raises(ValueError, match="model="):
        Analyzer(model="no-such-model")
