"""Dask and Hugging Face datasets helpers, run against a real LocalCluster and Dataset.map."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimcheck import Analyzer, Document
from claimcheck.analyzer import Failure
from claimcheck.export import RECORD_COLUMNS
from claimcheck.integrations import (
    SUMMARY_COLUMNS,
    add_claim_columns,
    analyze_bag,
    analyze_dask_dataframe,
    claim_records_dask,
)

LEXICON = Analyzer(model="lexicon")

ARTICLES = [
    "The council voted on Tuesday. The depot opened in 1974.",
    "Prices rose in March. They may fall next year.",
    "",
    "If rates climb, the plant will close. Workers are worried.",
    "Imagine a city without cars. Buses would run every minute.",
]


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None, silence_logs=40
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def _expected(texts):
    return [LEXICON.analyze(t) for t in texts]


def test_bag_on_a_local_cluster_keeps_order_and_documents(client):
    import dask.bag as db

    bag = db.from_sequence(ARTICLES, npartitions=3)
    docs = client.compute(analyze_bag(bag, LEXICON)).result()
    assert docs == _expected(ARTICLES)


def test_bag_collects_failures_in_place(client):
    import dask.bag as db

    bag = db.from_sequence(["It rained.", None, "It may rain."], npartitions=2)
    results = client.compute(analyze_bag(bag, LEXICON)).result()
    assert [type(r) for r in results] == [Document, Failure, Document]
    dicts = client.compute(analyze_bag(bag, LEXICON, output="dict")).result()
    assert [d["error"] is None for d in dicts] == [True, False, True]
    assert Document.from_dict(dicts[2]) == results[2]


@pytest.mark.parametrize("output", ["summary", "dict"])
def test_bag_outputs_plain_data(client, output):
    import dask.bag as db

    rows = client.compute(
        analyze_bag(db.from_sequence(ARTICLES, npartitions=2), LEXICON, output=output)
    ).result()
    assert len(rows) == len(ARTICLES) and all(isinstance(r, dict) for r in rows)
    if output == "summary":
        assert [r["n_speculation"] for r in rows] == [len(d.speculation) for d in _expected(ARTICLES)]


def test_bag_refuses_an_unknown_output():
    import dask.bag as db

    with pytest.raises(ValueError, match="output"):
        analyze_bag(db.from_sequence(["x"]), LEXICON, output="arrow")


def test_dataframe_gets_summary_columns(client):
    pd = pytest.importorskip("pandas")
    import dask.dataframe as dd

    frame = pd.DataFrame({"text": ARTICLES, "source": list("abcde")}, index=[10, 11, 12, 13, 14])
    ddf = dd.from_pandas(frame, npartitions=2)
    lazy = analyze_dask_dataframe(ddf, analyzer=LEXICON)
    assert list(lazy.columns) == ["text", "source", *SUMMARY_COLUMNS]
    out = client.compute(lazy).result()
    assert out.index.tolist() == [10, 11, 12, 13, 14]
    assert out["n_sentences"].tolist() == [len(d.claims) for d in _expected(ARTICLES)]
    assert out.loc[11, "labels"] == ["fact", "speculation"] and out["error"].isna().all()


def test_dataframe_claim_records(client):
    pd = pytest.importorskip("pandas")
    import dask.dataframe as dd

    ddf = dd.from_pandas(pd.DataFrame({"text": ARTICLES, "id": list("abcde")}), npartitions=2)
    records = client.compute(claim_records_dask(ddf, analyzer=LEXICON, id_column="id")).result()
    assert list(records.columns) == list(RECORD_COLUMNS)
    sizes = {i: len(d.claims) for i, d in zip("abcde", _expected(ARTICLES), strict=True) if d.claims}
    assert records.groupby("doc_id").size().to_dict() == sizes


def test_dataframe_needs_the_text_column():
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    with pytest.raises(KeyError, match="body"):
        analyze_dask_dataframe(dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1), "body")


@pytest.mark.parametrize("num_proc", [None, 2])
def test_datasets_map_adds_claim_columns(num_proc, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path))
    ds = datasets.Dataset.from_dict({"text": ARTICLES, "id": list(range(len(ARTICLES)))})
    out = add_claim_columns(ds, LEXICON, num_proc=num_proc, batch_size=2, prefix="cc_")
    assert out.column_names == ["text", "id", *("cc_" + c for c in SUMMARY_COLUMNS)]
    assert out["cc_labels"] == [[c.label.value for c in d.claims] for d in _expected(ARTICLES)]
    assert out["cc_n_speculation"] == [len(d.speculation) for d in _expected(ARTICLES)]
    assert out.features["cc_speculation_share"].dtype == "float64"


def test_datasets_records_failures_as_errors():
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"text": ["It may rain.", "x" * 100]})
    out = add_claim_columns(ds, Analyzer(model="lexicon", max_chars=50))
    assert out["error"][0] is None and out["error"][1].startswith("DocumentTooLargeError")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda ds: add_claim_columns(ds, LEXICON, column="body"), KeyError),
        (lambda ds: add_claim_columns({"text": ["x"]}, LEXICON), TypeError),
    ],
)
def test_datasets_argument_errors(call, error):
    datasets = pytest.importorskip("datasets")
    with pytest.raises(error):
        call(datasets.Dataset.from_dict({"text": ["x"]}))


def test_import_claimcheck_loads_none_of_them():
    code = (
        "import sys, claimcheck, claimcheck.integrations, claimcheck.export, claimcheck.render;"
        "print(sorted(m for m in ('dask', 'datasets', 'pandas', 'distributed', 'tqdm') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
