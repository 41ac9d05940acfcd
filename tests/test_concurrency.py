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
