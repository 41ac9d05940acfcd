"""Analyzer.pipe: order, processes, error policies; Analyzer pickling."""

from __future__ import annotations

import pickle

import pytest

from claimcheck import Analyzer, Document
from claimcheck.analyzer import Failure
from claimcheck.errors import DocumentTooLargeError, InputError

TEXTS = [f"Report {i} was filed. Prices may rise by {i} percent." for i in range(23)]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(model="lexicon")


def _texts(docs):
    return [d.text for d in docs]


@pytest.mark.parametrize(("n_jobs", "batch_size"), [(1, 64), (2, 1), (2, 5), (-1, 64)])
def test_pipe_keeps_order_and_matches_analyze(analyzer, n_jobs, batch_size):
    docs = list(analyzer.pipe(iter(TEXTS), batch_size=batch_size, n_jobs=n_jobs))
    assert docs == [analyzer.analyze(t) for t in TEXTS]


BAD = ["It rained.", None, "It may rain.", b"bytes", "x" * 50, "Rates will rise."]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_collect_yields_failures_in_place(n_jobs):
    small = Analyzer(model="lexicon", max_chars=40)
    results = list(small.pipe(BAD, batch_size=2, n_jobs=n_jobs, errors="collect"))
    assert [type(r).__name__ for r in results] == [
        "Document",
        "Failure",
        "Document",
        "Failure",
        "Failure",
        "Document",
    ]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.index for f in failures] == [1, 3, 4]
    assert [type(f.error) for f in failures] == [TypeError, TypeError, DocumentTooLargeError]
    assert not failures[0] and "NoneType" in failures[0].message
    assert [r.text for r in results if r] == ["It rained.", "It may rain.", "Rates will rise."]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_skip_drops_failures(analyzer, n_jobs):
    docs = list(analyzer.pipe(BAD, n_jobs=n_jobs, errors="skip"))
    assert _texts(docs) == ["It rained.", "It may rain.", "x" * 50, "Rates will rise."]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_raise_yields_what_came_before(analyzer, n_jobs):
    seen = []
    with pytest.raises(TypeError, match="NoneType"):
        for doc in analyzer.pipe(BAD, batch_size=1, n_jobs=n_jobs):
            seen.append(doc.text)
    assert seen == ["It rained."]


def _failing_source(n: int):
    for i in range(n):
        yield f"Sentence {i} may matter."
    raise OSError("the source broke")


@pytest.mark.parametrize("n_jobs", [1, 2])
@pytest.mark.parametrize(
    ("errors", "expect_tail"),
    [("skip", []), ("collect", ["Failure(3)"]), ("raise", ["OSError"])],
)
def test_a_failing_input_iterator(analyzer, n_jobs, errors, expect_tail):
    got = []
    try:
        for r in analyzer.pipe(_failing_source(3), batch_size=2, n_jobs=n_jobs, errors=errors):
            got.append(f"Failure({r.index})" if isinstance(r, Failure) else r.text)
    except OSError:
        got.append("OSError")
    assert got[:3] == [f"Sentence {i} may matter." for i in range(3)]
    assert got[3:] == expect_tail


def test_unpicklable_errors_come_back_as_text():
    class Local(Exception):  # a local class cannot be pickled
        pass

    def splitter(text):
        if "boom" in text:
            raise Local("boom!")
        return [(0, len(text))] if text.strip() else []

    a = Analyzer(model="lexicon")
    from claimcheck.analyzer import _analyze_batch

    a.splitter = splitter
    out = _analyze_batch(a, [(0, "fine"), (1, "boom")])
    assert isinstance(out[0], Document) and isinstance(out[1], Failure)
    assert isinstance(out[1].error, RuntimeError) and "Local: boom!" in str(out[1].error)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"batch_size": 0}, InputError),
        ({"n_jobs": 0}, InputError),
        ({"errors": "ignore"}, InputError),
    ],
)
def test_bad_arguments(analyzer, kwargs, error):
    with pytest.raises(error):
        list(analyzer.pipe(TEXTS, **kwargs))


def test_single_string_is_refused(analyzer):
    with pytest.raises(TypeError, match="single str"):
        list(analyzer.pipe("one text"))


def test_pipe_is_lazy(analyzer):
    consumed = []

    def source():
        for t in TEXTS:
            consumed.append(t)
            yield t

    results = analyzer.pipe(source())
    next(results)
    assert len(consumed) == 1


@pytest.mark.parametrize("model", ["default", "lexicon"])
def test_analyzer_pickles(model):
    a = Analyzer(model=model, max_chars=1000, threshold=0.4)
    b = pickle.loads(pickle.dumps(a))
    assert (b.model, b.max_chars, b.threshold, b.frames) == ("" + model, 1000, 0.4, True)
    assert all(b.analyze(t) == a.analyze(t) for t in TEXTS[:3])


def test_failure_is_plain_data():
    f = Failure(4, ValueError("bad"))
    assert (f.index, f.message, bool(f)) == (4, "ValueError: bad", False)
    assert pickle.loads(pickle.dumps(f)).index == 4


def test_worker_processes_rebuild_a_default_analyzer_from_its_recipe():
    from claimcheck.analyzer import _recipe

    assert _recipe(Analyzer()) == ("default", None, True, None, None, 10_000_000)
    assert _recipe(Analyzer(model="lexicon", frames=False)) == (
        "lexicon",
        None,
        False,
        None,
        None,
        10_000_000,
    )
    assert _recipe(Analyzer(domain="reviews"))[4] == "reviews"
    assert _recipe(Analyzer(splitter=lambda t: [(0, len(t))] if t.strip() else [])) is None
    texts = ["It may rain. It rained.", "Imagine a town. Its mayor resigns."] * 3
    assert list(Analyzer().pipe(texts, batch_size=2, n_jobs=2)) == [Analyzer().analyze(t) for t in texts]
    reviews = Analyzer(domain="reviews")
    assert list(reviews.pipe(texts, batch_size=2, n_jobs=2)) == [reviews.analyze(t) for t in texts]
