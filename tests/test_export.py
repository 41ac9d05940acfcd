from __future__ import annotations

import io
import json

import pytest
from conftest import FIXTURES

from claimcheck import Analyzer, Document
from claimcheck.export import RECORD_COLUMNS, iter_records, read_jsonl, to_dataframe, to_records, write_jsonl

LEXICON = Analyzer(model="lexicon")

TEXTS = {
    "plain": "The council voted on Tuesday. The depot opened in 1974.",
    "mixed": "Prices rose in March. If rates climb, they may fall next year.",
    "empty": "",
    "unicode": "Zürich’s mayor said “no”. Rents will probably rise — again.",
}


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {name: LEXICON.analyze(text) for name, text in TEXTS.items()}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_records_have_the_stable_schema(docs, name):
    rows = to_records(docs[name], doc_id=name)
    assert len(rows) == len(docs[name].claims)
    for row, claim in zip(rows, docs[name].claims, strict=True):
        assert tuple(row) == RECORD_COLUMNS
        assert row["doc_id"] == name and row["text"] == claim.text and row["index"] == claim.index
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in row.values())
        assert json.loads(row["cues"]) == [c.to_dict() for c in claim.cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained.", [("fact", "")]),
        ("If it rains, it will flood.", [("speculation", "conditional|prediction")]),
    ],
)
def test_record_values(text, expected):
    doc = LEXICON.analyze(text)
    rows = doc.to_records()
    assert [(r["label"], r["kinds"]) for r in rows] == expected
    assert [r["n_cues"] for r in rows] == [len(c.cues) for c in doc.claims]


def test_framed_claims_fill_the_frame_columns():
    from dataclasses import replace

    from claimcheck import Frame, Kind, Label

    doc = LEXICON.analyze("Imagine a city without cars. Buses run every minute.")
    frame = Frame(Kind.HYPOTHETICAL, doc.claims[0].cues[0], 0, (1,))
    framed = replace(doc.claims[1], label=Label.SPECULATION, frame=frame)
    doc = replace(doc, claims=(doc.claims[0], framed), frames=(frame,))
    row = to_records(doc)[1]
    assert (row["framed"], row["frame_kind"], row["frame_sentence"], row["frame_cue"]) == (
        True,
        "hypothetical",
        0,
        "Imagine",
    )
    assert (row["label"], row["local_label"]) == ("speculation", "fact")


def test_records_refuse_other_types():
    with pytest.raises(TypeError, match="expects a Document"):
        to_records({"text": "x"})  # type: ignore[arg-type]


def test_iter_records_numbers_documents_or_uses_ids(docs):
    many = [docs["plain"], docs["mixed"]]
    assert {r["doc_id"] for r in iter_records(many)} == {0, 1}
    assert {r["doc_id"] for r in iter_records(many, ids=["x", "y"])} == {"x", "y"}


def test_dataframe_of_one_and_many(docs):
    pd = pytest.importorskip("pandas")
    one = docs["mixed"].to_dataframe()
    assert list(one.columns) == list(RECORD_COLUMNS) and len(one) == 2
    assert one["doc_id"].isna().all()
    many = to_dataframe(docs.values(), ids=list(docs))
    assert len(many) == sum(len(d.claims) for d in docs.values())
    assert many.groupby("doc_id").size().to_dict() == {"mixed": 2, "plain": 2, "unicode": 2}
    assert (
        many["index"].dtype == "int64" and many["score"].dtype == "float64" and many["framed"].dtype == bool
    )
    assert isinstance(many, pd.DataFrame)


def test_dataframe_of_nothing_keeps_the_columns():
    pytest.importorskip("pandas")
    frame = to_dataframe([])
    assert list(frame.columns) == list(RECORD_COLUMNS) and len(frame) == 0


def test_jsonl_round_trips(tmp_path, docs):
    path = tmp_path / "docs.jsonl"
    assert write_jsonl(docs.values(), path, ids=list(docs)) == len(docs)
    back = list(read_jsonl(path, with_ids=True))
    assert [i for i, _ in back] == list(docs)
    assert [d for _, d in back] == list(docs.values())
    assert list(read_jsonl(path)) == list(docs.values())


def test_jsonl_streams_to_file_objects_and_appends(tmp_path, docs):
    buffer = io.StringIO()
    write_jsonl(docs["plain"], buffer)
    assert list(read_jsonl(io.StringIO(buffer.getvalue()))) == [docs["plain"]]
    path = tmp_path / "a.jsonl"
    write_jsonl(iter([docs["plain"]]), path)
    write_jsonl([docs["mixed"]], path, append=True)
    assert list(read_jsonl(path)) == [docs["plain"], docs["mixed"]]


def test_jsonl_keeps_lone_surrogates(tmp_path):
    doc = LEXICON.analyze("Bad byte \udcff here. It may rain.")
    path = tmp_path / "s.jsonl"
    write_jsonl([doc], path)
    assert list(read_jsonl(path)) == [doc]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "Expecting value"),
        (
            '{"text": "abc", "claims": [{"text": "x", "start": 0, "end": 1, "index": 0, "label": "fact"}]}',
            "does not match",
        ),
        ('{"claims": []}', "text"),
    ],
)
def test_jsonl_reader_names_the_bad_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(Document("ok").to_dict()) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"line 2 of .*bad.jsonl.*{message}"):
        list(read_jsonl(path))


def test_fixture_articles_round_trip(tmp_path):
    docs = [LEXICON.analyze(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))]
    write_jsonl(docs, tmp_path / "f.jsonl")
    assert list(read_jsonl(tmp_path / "f.jsonl")) == docs
