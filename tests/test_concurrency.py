"""One analyzer, many threads or processes: the same results as serial use, nothing lost."""

from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from test_invariants import _WORDS, _fixture_texts, mutate

import claimcheck
from claimcheck import Analyzer

_THREADS = 8


def _corpus(n: int = 48, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    texts = _fixture_texts()
    out = list(texts)
    while len(out) < n:
        if len(out) % 2:
            out.append(mutate(rng.choice(texts), rng, rng.randrange(15)))
        else:
            out.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randrange(5, 120))))
    return out


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return _corpus()


@pytest.mark.parametrize("model", ["default", "lexicon"])
def test_shared_analyzer_in_threads_matches_serial(corpus, model):
    analyzer = Analyzer(model=model)
    serial = [analyzer.analyze(t) for t in corpus]
    work = corpus * 4
    barrier = threading.Barrier(_THREADS)

    def run(i: int):
        if i < _THREADS:
            barrier.wait()  # start the first wave together
        return analyzer.analyze(work[i])

    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        threaded = list(pool.map(run, range(len(work))))
    assert threaded == serial * 4


def test_first_use_of_a_fresh_analyzer_from_many_threads(corpus):
    # Lazy state (caches, the default analyzer) is built by whichever thread comes first.
    analyzer = Analyzer()
    barrier = threading.Barrier(_THREADS)

    def run(i: int):
        barrier.wait()
        return analyzer.analyze(corpus[i]), claimcheck.analyze(corpus[i])

    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        results = list(pool.map(run, range(_THREADS)))
    for i, (mine, default) in enumerate(results):
        assert mine == default == Analyzer().analyze(corpus[i])


def test_analyze_classify_and_pipe_mixed_across_threads(corpus):
    analyzer = Analyzer()
    sentences = [c.text for t in corpus[:10] for c in analyzer.analyze(t).claims]
    expected = {
        "analyze": [analyzer.analyze(t) for t in corpus],
        "classify": analyzer.classify(sentences),
        "pipe": list(analyzer.pipe(corpus, batch_size=5)),
    }
    jobs = {
        "analyze": lambda: [analyzer.analyze(t) for t in corpus],
        "classify": lambda: analyzer.classify(sentences),
        "pipe": lambda: list(analyzer.pipe(corpus, batch_size=5)),
    }
    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        futures = [(name, pool.submit(job)) for _ in range(3) for name, job in jobs.items()]
        for name, future in futures:
            assert future.result() == expected[name], name


def test_pipe_with_processes_matches_serial(corpus):
    analyzer = Analyzer()
    serial = [analyzer.analyze(t) for t in corpus]
    assert list(analyzer.pipe(iter(corpus), batch_size=3, n_jobs=2)) == serial


def test_pipe_reads_a_generator_lazily():
    analyzer = Analyzer(model="lexicon")
    consumed = []

    def texts():
        for i in range(10_000):
            consumed.append(i)
            yield f"Sentence {i} may matter."

    stream = analyzer.pipe(texts(), batch_size=4)
    first = [next(stream) for _ in range(3)]
    assert [d.text for d in first] == [f"Sentence {i} may matter." for i in range(3)]
    assert len(consumed) < 1000


class _Boom(RuntimeError):
    pass


def _failing_after(texts: list[str], n: int):
    yield from texts[:n]
    raise _Boom(f"the source failed after {n} texts")


def test_serial_pipe_yields_everything_before_a_failing_text(corpus):
    analyzer = Analyzer()
    texts = corpus[:7] + [None] + corpus[7:10]
    got = []
    with pytest.raises(TypeError, match="expects text as str"):
        for doc in analyzer.pipe(texts):
            got.append(doc)
    assert got == [analyzer.analyze(t) for t in corpus[:7]]


def test_serial_pipe_yields_everything_before_the_input_fails(corpus):
    analyzer = Analyzer()
    got = []
    with pytest.raises(_Boom):
        for doc in analyzer.pipe(_failing_after(corpus, 9)):
            got.append(doc)
    assert got == [analyzer.analyze(t) for t in corpus[:9]]


def test_process_pipe_raises_the_workers_error_itself(corpus):
    analyzer = Analyzer()
    texts = corpus[:5] + [123] + corpus[5:8]
    with pytest.raises(TypeError, match="expects text as str"):
        list(analyzer.pipe(texts, batch_size=2, n_jobs=2))


def test_process_pipe_raises_the_inputs_error_itself(corpus):
    analyzer = Analyzer()
    with pytest.raises(_Boom):
        list(analyzer.pipe(_failing_after(corpus, 9), batch_size=2, n_jobs=2))


# -- error policies with worker processes -------------------------------------------------


def _mixed_stream(corpus: list[str], n: int = 60, seed: int = 3) -> tuple[list[object], dict[int, type]]:
    """Texts with bad items at random places: non-str values and texts over the size limit."""
    rng = random.Random(seed)
    items: list[object] = []
    bad: dict[int, type] = {}
    for i in range(n):
        r = rng.random()
        if r < 0.15:
            items.append(rng.choice([None, 42, b"bytes", ["list"]]))
            bad[i] = TypeError
        elif r < 0.25:
            items.append("It may rain. " * 300)  # over max_chars below
            bad[i] = claimcheck.DocumentTooLargeError
        else:
            items.append(rng.choice(corpus))
    return items, bad


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_collect_accounts_for_every_input_exactly_once(corpus, n_jobs):
    from claimcheck.analyzer import Failure

    analyzer = Analyzer(max_chars=2000)
    items, bad = _mixed_stream([t for t in corpus if len(t) <= 2000])
    results = list(analyzer.pipe(iter(items), batch_size=4, n_jobs=n_jobs, errors="collect"))
    assert len(results) == len(items)
    for i, (item, result) in enumerate(zip(items, results, strict=True)):
        if i in bad:
            assert isinstance(result, Failure) and result.index == i
            assert isinstance(result.error, bad[i]), (i, result.error)
        else:
            assert result == analyzer.analyze(item)


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_skip_keeps_every_good_document_in_order(corpus, n_jobs):
    analyzer = Analyzer(max_chars=2000)
    items, bad = _mixed_stream([t for t in corpus if len(t) <= 2000], seed=4)
    results = list(analyzer.pipe(items, batch_size=3, n_jobs=n_jobs, errors="skip"))
    assert results == [analyzer.analyze(t) for i, t in enumerate(items) if i not in bad]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_collect_keeps_everything_read_before_the_input_fails(corpus, n_jobs):
    from claimcheck.analyzer import Failure

    analyzer = Analyzer()
    results = list(analyzer.pipe(_failing_after(corpus, 11), batch_size=4, n_jobs=n_jobs, errors="collect"))
    assert results[:-1] == [analyzer.analyze(t) for t in corpus[:11]]
    assert isinstance(results[-1], Failure) and results[-1].index == 11
    assert isinstance(results[-1].error, _Boom)


def test_raise_with_processes_yields_everything_before_the_first_failure(corpus):
    analyzer = Analyzer()
    texts = corpus[:9] + [None] + corpus[9:20]
    got = []
    with pytest.raises(TypeError, match="expects text as str"):
        for doc in analyzer.pipe(texts, batch_size=2, n_jobs=2):
            got.append(doc)
    assert got == [analyzer.analyze(t) for t in corpus[:9]]
