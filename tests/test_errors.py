"""Every public entry point rejects wrong input with an error that names the argument."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import FIXTURES

import claimcheck
from claimcheck import Analyzer, Document, analyze, split_sentences
from claimcheck.cli import main
from claimcheck.cues import CueMatcher
from claimcheck.errors import (
    ClaimcheckError,
    DocumentTooLargeError,
    InputError,
    MissingDependencyError,
    ModelError,
    ModelIntegrityError,
    UnsafeModelError,
    require_str,
)

_LEX = Analyzer(model="lexicon")


# -- the hierarchy --------------------------------------------------------------


@pytest.mark.parametrize(
    "error, bases",
    [
        (InputError, (ClaimcheckError, ValueError)),
        (DocumentTooLargeError, (InputError, ValueError)),
        (ModelError, (ClaimcheckError, ValueError)),
        (ModelIntegrityError, (ModelError, ValueError)),
        (UnsafeModelError, (ModelError, ValueError)),
        (MissingDependencyError, (ClaimcheckError, ImportError)),
    ],
)
def test_errors_are_also_builtin_exceptions(error, bases):
    for base in bases:
        assert issubclass(error, base)
    assert getattr(claimcheck, error.__name__) is error


@pytest.mark.parametrize(
    "value, match",
    [
        (b"x", "decode"),
        (bytearray(b"x"), "decode"),
        (memoryview(b"x"), "decode"),
        (None, "NoneType"),
        (1, "int"),
    ],
)
def test_require_str_names_the_argument_and_type(value, match):
    with pytest.raises(TypeError, match=f"f\\(\\) expects arg as str, got .*{match}"):
        require_str(value, "arg", "f")


# -- analyze, split_sentences -----------------------------------------------------

_NOT_STR = [
    None,
    1,
    2.5,
    b"It rained.",
    bytearray(b"x"),
    ["It rained."],
    ("It rained.",),
    {"text": "x"},
    object(),
]


@pytest.mark.parametrize("bad", _NOT_STR, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize(
    "func", [analyze, _LEX.analyze, split_sentences], ids=["analyze", "Analyzer.analyze", "split_sentences"]
)
def test_text_functions_reject_non_str(func, bad):
    with pytest.raises(TypeError, match="expects text as str"):
        func(bad)


def test_str_subclass_is_accepted():
    class Text(str):
        pass

    assert [c.text for c in _LEX.analyze(Text("It rained. It may rain."))] == ["It rained.", "It may rain."]


# -- Analyzer(...) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"model": 3}, ValueError, "model="),
        ({"model": "no-such-model"}, ValueError, "model="),
        ({"model": None}, ValueError, "model="),
        ({"splitter": "split"}, TypeError, "splitter"),
        ({"splitter": None}, TypeError, "splitter"),
        ({"frames": "no"}, TypeError, "frames"),
        ({"frames": None}, TypeError, "frames"),
        ({"threshold": "0.5"}, TypeError, "threshold"),
        ({"threshold": True}, TypeError, "threshold"),
        ({"threshold": 1.5}, ValueError, "threshold"),
        ({"threshold": -0.1}, ValueError, "threshold"),
        ({"threshold": float("nan")}, ValueError, "threshold"),
        ({"max_chars": 0}, ValueError, "max_chars"),
        ({"max_chars": -5}, ValueError, "max_chars"),
        ({"max_chars": 1.5}, TypeError, "max_chars"),
        ({"max_chars": "100"}, TypeError, "max_chars"),
        ({"max_chars": True}, TypeError, "max_chars"),
    ],
    ids=lambda v: repr(v) if isinstance(v, dict) else "",
)
def test_analyzer_rejects_bad_arguments(kwargs, error, match):
    with pytest.raises(error, match=match):
        Analyzer(**{"model": "lexicon", **kwargs})


@pytest.mark.parametrize(
    "kwargs", [{"threshold": 0}, {"threshold": 1}, {"threshold": 0.3}, {"max_chars": None}]
)
def test_analyzer_accepts_edge_values(kwargs):
    Analyzer(model="lexicon", **kwargs).analyze("It may rain.")


def test_bad_splitter_output_is_explained():
    cases = [
        lambda t: [(0, 1, 2)],
        lambda t: [(2, 1)],
        lambda t: [(0, len(t) + 5)],
        lambda t: [(3, 5), (0, 2)],
    ]
    for splitter in cases:
        with pytest.raises(ValueError, match="splitter returned"):
            Analyzer(model="lexicon", splitter=splitter).analyze("It rained today.")


def test_bad_model_output_shape_is_an_error_not_a_wrong_answer():
    class Short:
        threshold_ = 0.5

        def predict_proba(self, sentences):
            return [[0.5, 0.5]]  # always one row

    with pytest.raises(ModelError, match=r"predict_proba\(\) returned shape \(1, 2\) for 3 sentences"):
        Analyzer(model=Short()).analyze("One. Two. Three.")


def test_scores_outside_zero_one_are_clipped_and_nan_is_fact():
    class Wild:
        threshold_ = 0.5

        def predict_proba(self, sentences):
            return np.array([[0.0, float("nan")], [0.0, 1.7], [0.0, -0.2], [0.0, 0.6]])

    claims = Analyzer(model=Wild(), frames=False).analyze("One. Two. Three. Four.").claims
    assert [c.score for c in claims] == [0.0, 1.0, 0.0, 0.6]
    assert [c.label.value for c in claims] == ["fact", "speculation", "fact", "speculation"]


# -- size limit -----------------------------------------------------------------------


def test_document_too_large_is_an_input_error_with_advice():
    analyzer = Analyzer(model="lexicon", max_chars=100)
    analyzer.analyze("x" * 100)  # exactly the limit is fine
    with pytest.raises(DocumentTooLargeError, match=r"101 characters, over max_chars=100.*max_chars=None"):
        analyzer.analyze("x" * 101)
    with pytest.raises(ValueError):
        analyzer.analyze("x" * 101)


def test_default_limit_is_documented_and_large():
    from claimcheck.analyzer import DEFAULT_MAX_CHARS

    assert Analyzer(model="lexicon").max_chars == DEFAULT_MAX_CHARS >= 1_000_000


# -- classify ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad, error, match",
    [
        ("It may rain.", TypeError, "wrap a single sentence"),
        (b"It may rain.", TypeError, "sequence of str"),
        (None, TypeError, "sequence of str"),
        (5, TypeError, "sequence of str"),
        ((s for s in ["a"]), TypeError, "sequence of str"),
        (["ok", 3], TypeError, r"sentences\[1\] as str"),
        (["ok", b"bytes"], TypeError, r"sentences\[1\] as str.*decode"),
        ([None], TypeError, r"sentences\[0\] as str"),
    ],
    ids=["str", "bytes", "None", "int", "generator", "int-item", "bytes-item", "None-item"],
)
def test_classify_rejects_bad_input(bad, error, match):
    with pytest.raises(error, match=match):
        _LEX.classify(bad)


def test_classify_accepts_empty_sequences():
    assert _LEX.classify([]) == [] and _LEX.classify(()) == []


# -- pipe --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, kwargs, error, match",
    [
        (("It rained.",), {}, TypeError, "single str"),
        ((b"It rained.",), {}, TypeError, "single str"),
        ((["a"],), {"batch_size": 0}, ValueError, "batch_size"),
        ((["a"],), {"batch_size": "8"}, ValueError, "batch_size"),
        ((["a"],), {"n_jobs": 0}, ValueError, "n_jobs"),
        ((["a"],), {"n_jobs": 1.5}, ValueError, "n_jobs"),
        (([3],), {}, TypeError, "expects text as str"),
        (([None],), {}, TypeError, "expects text as str"),
    ],
    ids=["str", "bytes", "batch0", "batch-str", "jobs0", "jobs-float", "int-item", "None-item"],
)
def test_pipe_rejects_bad_input(args, kwargs, error, match):
    with pytest.raises(error, match=match):
        list(_LEX.pipe(*args, **kwargs))


def test_pipe_rejects_a_non_iterable():
    with pytest.raises(TypeError):
        list(_LEX.pipe(5))


# -- Document.from_dict / from_json ----------------------------------------------------------


def _good() -> dict:
    return _LEX.analyze("Prices rose. They may fall next year.").to_dict()


def _with(path: tuple, value: object) -> dict:
    data = _good()
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    "data, error, match",
    [
        ("not a mapping", TypeError, "expects a mapping"),
        ([1, 2], TypeError, "expects a mapping"),
        ({}, ValueError, "no 'text'"),
        ({"text": 5}, TypeError, "'text' must be str"),
        (_with(("claims",), 5), TypeError, "'claims' must be a list"),
        (_with(("claims",), "abc"), TypeError, "'claims' must be a list"),
        (_with(("frames",), {"a": 1}), TypeError, "'frames' must be a list"),
        (_with(("claims", 1), 7), ValueError, r"claims\[1\] is malformed"),
        (_with(("claims", 0, "label"), "maybe"), ValueError, r"claims\[0\].*'fact', 'speculation'"),
        (_with(("claims", 1, "kinds"), ["guess"]), ValueError, r"claims\[1\].*'hedge'"),
        (_with(("claims", 0, "start"), "zero"), ValueError, r"claims\[0\] is malformed"),
        (_with(("claims", 0, "text"), _DELETE), ValueError, r"claims\[0\] is malformed: missing key 'text'"),
        (_with(("claims", 1, "cues", 0, "kind"), _DELETE), ValueError, r"claims\[1\].*missing key 'kind'"),
        (_with(("claims", 0, "start"), 1), ValueError, "does not match"),
        (_with(("claims", 0, "start"), -5), ValueError, "does not match"),
        (_with(("claims", 1, "cues", 0, "end"), 10_000), ValueError, "does not match"),
        (
            {"text": "abc", "claims": [{**_good()["claims"][0], "text": "", "start": 3, "end": 1}]},
            ValueError,
            "does not match",
        ),
        (_with(("frames",), [{"kind": "hedge"}]), ValueError, r"frames\[0\] is malformed"),
    ],
    ids=lambda v: "" if not isinstance(v, str) else v[:30],
)
def test_from_dict_rejects_malformed_data(data, error, match):
    with pytest.raises(error, match=match):
        Document.from_dict(data)


def test_from_dict_round_trips_good_data():
    doc = _LEX.analyze("Prices rose. They may fall next year.")
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert Document.from_json(doc.to_json().encode("utf-8")) == doc


@pytest.mark.parametrize(
    "data, error, match",
    [
        (None, TypeError, "expects data as str or bytes"),
        (5, TypeError, "expects data as str or bytes"),
        ({"text": ""}, TypeError, "expects data as str or bytes"),
        ("{not json", ValueError, "Expecting"),
        ("[1, 2]", TypeError, "expects a mapping"),
        (json.dumps({"claims": []}), ValueError, "no 'text'"),
    ],
)
def test_from_json_rejects_bad_input(data, error, match):
    with pytest.raises(error, match=match):
        Document.from_json(data)


# -- CueMatcher ------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 3, b"may"], ids=["None", "int", "bytes"])
def test_cue_matcher_match_rejects_non_str(bad):
    with pytest.raises(TypeError, match="expects text as str"):
        CueMatcher().match(bad)


@pytest.mark.parametrize(
    "lexicon, match",
    [
        ("/no/such/lexicon.jsonl", "is not a file"),
        ([{"id": "x", "kind": "hedge", "pattern": "("}], "bad regular expression"),
        ([{"id": "x", "kind": "guess", "pattern": "x"}], "'guess' is not a valid Kind"),
        ([{"kind": "hedge", "pattern": "x"}], "'id'"),
        ([{"id": "x", "kind": "hedge", "pattern": "{NOPE}"}], "unknown macro"),
    ],
)
def test_cue_matcher_rejects_bad_lexicons(lexicon, match):
    with pytest.raises(ValueError, match=match):
        CueMatcher(lexicon)


def test_cue_matcher_reports_the_line_of_bad_json(tmp_path):
    path = tmp_path / "cues.jsonl"
    path.write_text('{"id": "x", "kind": "hedge", "pattern": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"cues.jsonl:2: not valid JSON"):
        CueMatcher(path)


# -- CLI ---------------------------------------------------------------------------------------


def _cli(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_missing_file_is_one_line_and_non_zero(tmp_path, capsys):
    code, out, err = _cli(["analyze", str(tmp_path / "missing.txt")], capsys)
    assert code != 0 and out == ""
    assert err.startswith("claimcheck: error:") and err.count("\n") == 1 and "Traceback" not in err


def test_cli_undecodable_bytes_are_one_line(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 prices may rise.".encode("latin-1"))
    code, _, err = _cli(["analyze", str(path)], capsys)
    assert code != 0 and "not UTF-8" in err and err.count("\n") == 1


def test_cli_directory_without_texts_is_a_usage_error(tmp_path, capsys):
    code, _, err = _cli(["analyze", str(tmp_path)], capsys)
    assert code == 2 and err.splitlines()[-1] == "claimcheck: error: no input files found"
    assert "Traceback" not in err


def test_cli_reports_each_bad_file_and_goes_on(tmp_path, capsys):
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 prices may rise.".encode("latin-1"))
    good = FIXTURES / "predictions.txt"
    argv = [
        "analyze",
        str(tmp_path / "missing.txt"),
        str(tmp_path / "latin1.txt"),
        str(good),
        "--format",
        "json",
    ]
    code, out, err = _cli(argv, capsys)
    assert code == 1 and "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("claimcheck: error:")]
    assert len(errors) == 2
    assert "missing.txt" in errors[0] and "latin1.txt" in errors[1] and "not UTF-8" in errors[1]
    first_sentence = Analyzer(model="lexicon").analyze(good.read_text(encoding="utf-8")).claims[0].text
    assert first_sentence in out
