from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import FIXTURES

from claimcheck import Document, __version__
from claimcheck.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from claimcheck.export import RECORD_COLUMNS, read_jsonl


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdout=out)
    return code, out.getvalue()


@pytest.fixture
def corpus(tmp_path):
    """A folder tree: two articles at two depths, one file of another type."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Prices rose in March. They may fall next year.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(
        "The plant will open in May.\n\nIt employs 40 people.", encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("Not an article.", encoding="utf-8")
    return tmp_path


def test_table_shows_labels_kinds_and_cues():
    code, out = _run("analyze", str(FIXTURES / "predictions.txt"))
    assert code == EXIT_OK
    assert "SPEC" in out and "fact" in out and "kinds=prediction" in out and "cues:" in out
    assert out.strip().splitlines()[-1].endswith("fact")


def test_json_of_one_file_round_trips():
    code, out = _run("analyze", str(FIXTURES / "plain_report.txt"), "--format", "json")
    assert code == EXIT_OK
    doc = Document.from_json(out)
    assert doc.text == (FIXTURES / "plain_report.txt").read_text(encoding="utf-8")


def test_folder_is_searched_recursively_with_the_glob(corpus):
    code, out = _run("analyze", str(corpus), "--format", "json")
    items = json.loads(out)
    assert code == EXIT_OK
    assert [i["source"].replace("\\", "/").split("/")[-2:] for i in items] == [
        [corpus.name, "a.txt"],
        ["sub", "b.txt"],
    ]
    assert all(Document.from_dict(i).claims for i in items)


@pytest.mark.parametrize(("glob", "expected"), [("*.txt", 2), ("*.md", 1), ("b.*", 1), ("*.csv", 0)])
def test_glob_selects_files(corpus, glob, expected, capsys):
    code, out = _run("analyze", str(corpus), "--glob", glob, "--format", "jsonl")
    assert len(out.splitlines()) == expected
    assert code == (EXIT_OK if expected else EXIT_USAGE)


def test_jsonl_is_one_document_per_line_and_reads_back(corpus, tmp_path):
    target = tmp_path / "out.jsonl"
    code, out = _run("analyze", str(corpus), "--format", "jsonl", "--output", str(target))
    assert code == EXIT_OK and out == ""
    pairs = list(read_jsonl(target, with_ids=True))
    assert [p[0].endswith(name) for p, name in zip(pairs, ("a.txt", "b.txt"), strict=True)] == [True, True]
    assert pairs[0][1].text == (corpus / "a.txt").read_text(encoding="utf-8")


def test_csv_has_the_record_columns_and_one_row_per_claim(corpus):
    code, out = _run("analyze", str(corpus), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == EXIT_OK
    assert list(rows[0]) == list(RECORD_COLUMNS)
    assert [(r["doc_id"].endswith("a.txt"), r["index"], r["label"]) for r in rows[:2]] == [
        (True, "0", "fact"),
        (True, "1", "speculation"),
    ]
    assert len(rows) == 4


def test_html_is_one_page_for_many_documents(corpus):
    code, out = _run("analyze", str(corpus), "--format", "html")
    assert code == EXIT_OK
    assert out.count("<!DOCTYPE html>") == 1 and out.count("<article") == 2
    assert out.rstrip().endswith("</html>")


def test_multiple_paths_and_stdin_mix(corpus, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"It could rain.")))
    code, out = _run("analyze", str(corpus / "a.txt"), "-", "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert code == EXIT_OK and ids[1] == "<stdin>" and ids[0].endswith("a.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file"),
        (b"\xff\xfe\xfa not utf-8", "not UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_the_batch_goes_on(corpus, content, message, capsys):
    bad = corpus / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    code, out = _run(
        "analyze", str(corpus / "a.txt"), str(bad), str(corpus / "sub" / "b.txt"), "--format", "jsonl"
    )
    err = capsys.readouterr().err
    assert code == EXIT_FAILED
    assert len(out.splitlines()) == 2
    assert (
        err.count("\n") == 1 and err.startswith("claimcheck: error:") and "bad.txt" in err and message in err
    )
    assert "Traceback" not in err


def test_missing_file_alone_is_a_one_line_error(capsys):
    code, _ = _run("analyze", "no/such/file.txt")
    err = capsys.readouterr().err
    assert code == EXIT_FAILED and err.startswith("claimcheck: error:") and err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ("analyze",),
        ("analyze", "x.txt", "--format", "xml"),
        ("frobnicate",),
        (),
        ("analyze", "x.txt", "--jobs", "0"),
        ("analyze", "x.txt", "--model", "no-such-model-name"),
    ],
)
def test_usage_errors_exit_2(argv, capsys, tmp_path):
    argv = tuple(str(tmp_path / "x.txt") if a == "x.txt" else a for a in argv)
    (tmp_path / "x.txt").write_text("It rained.", encoding="utf-8")
    code, _ = _run(*argv)
    assert code == EXIT_USAGE
    assert "claimcheck: error:" in capsys.readouterr().err


def test_unwritable_output_is_a_usage_error(tmp_path, capsys):
    code, _ = _run("analyze", str(FIXTURES / "predictions.txt"), "-o", str(tmp_path / "no" / "dir" / "x"))
    assert code == EXIT_USAGE and "cannot write" in capsys.readouterr().err


def test_version():
    assert _run("--version") == (EXIT_OK, f"claimcheck {__version__}\n")


@pytest.mark.parametrize("model", ["default", "lexicon"])
def test_model_names(model):
    code, out = _run("analyze", str(FIXTURES / "predictions.txt"), "--model", model, "--format", "json")
    assert code == EXIT_OK and Document.from_json(out).claims


def test_jobs_keep_order(corpus):
    _, one = _run("analyze", str(corpus), "--format", "jsonl")
    _, two = _run("analyze", str(corpus), "--format", "jsonl", "--jobs", "2")
    assert one == two


def test_no_progress_bar_without_a_terminal(corpus, capsys):
    _run("analyze", str(corpus), "--format", "jsonl")
    assert capsys.readouterr().err == ""


def test_stdin_and_module_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "analyze", "-", "--format", "jsonl"],
        input=b"Prices may rise.\nThey rose.",
        capture_output=True,
        check=True,
    )
    (row,) = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [c["label"] for c in row["claims"]] == ["speculation", "fact"]


def test_lone_surrogates_are_written(tmp_path):
    # undecodable bytes never reach here (they are reported), but a Document made in Python may hold them
    from claimcheck.cli import _safe

    assert _safe("a\udcffb") == "a\\udcffb"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("extra", "shown"), [((), True), (("--no-progress",), False)])
def test_progress_bar_on_a_terminal(corpus, monkeypatch, extra, shown):
    pytest.importorskip("tqdm")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out = _run("analyze", str(corpus), "--format", "jsonl", *extra)
    assert code == EXIT_OK and len(out.splitlines()) == 2
    assert ("2/2" in terminal.getvalue()) is shown


def test_one_document_gets_no_progress_bar(monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _run("analyze", str(FIXTURES / "predictions.txt"))
    assert terminal.getvalue() == ""


class _ClosedPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_stops_quietly(corpus, capsys):
    code = main(["analyze", str(corpus), "--format", "jsonl"], stdout=_ClosedPipe())
    assert code == EXIT_FAILED and capsys.readouterr().err == ""


def test_an_unexpected_error_is_one_line(corpus, capsys, monkeypatch):
    from claimcheck import Analyzer

    def broken(self, *args, **kwargs):
        raise RuntimeError("worker pool died")

    monkeypatch.setattr(Analyzer, "pipe", broken)
    code, _ = _run("analyze", str(corpus))
    err = capsys.readouterr().err
    assert code == EXIT_FAILED and err == "claimcheck: error: RuntimeError: worker pool died\n"
    with pytest.raises(RuntimeError):
        _run("analyze", str(corpus), "--debug")


def test_domain_option_reaches_the_model():
    path = str(FIXTURES / "predictions.txt")
    runs = {d: _run("analyze", path, "--format", "jsonl", "--domain", d) for d in ("news", "reviews")}
    assert all(code == EXIT_OK for code, _ in runs.values())
    assert runs["news"][1] != runs["reviews"][1]
    code, _ = _run("analyze", path, "--domain", "legal")
    assert code == EXIT_USAGE
