from __future__ import annotations

import io
import json
import subprocess
import sys

from claimcheck import Document
from claimcheck.cli import main
from conftest import FIXTURES


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdout=out)
    return code, out.getvalue()


def test_table_shows_labels_kinds_and_cues():
    code, out = _run("analyze", str(FIXTURES / "predictions.txt"))
    assert code == 0
    assert "SPEC" in out and "fact" in out and "kinds=prediction" in out and "cues:" in out
    assert out.strip().splitlines()[-1].endswith("fact")


def test_json_round_trips():
    code, out = _run("analyze", str(FIXTURES / "plain_report.txt"), "--format", "json")
    assert code == 0
    doc = Document.from_json(out)
    assert doc.text == (FIXTURES / "plain_report.txt").read_text(encoding="utf-8")


def test_jsonl_gives_one_line_per_claim():
    code, out = _run("analyze", str(FIXTURES / "predictions.txt"), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["index"] for r in rows] == list(range(len(rows)))


def test_missing_file_is_a_one_line_error(capsys):
    code, _ = _run("analyze", "no/such/file.txt")
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("claimcheck: error:") and err.count("\n") == 1


def test_stdin_and_module_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "analyze", "-", "--format", "jsonl"],
        input="Prices may rise.\nThey rose.".encode(),
        capture_output=True,
        check=True,
    )
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["label"] for r in rows] == ["speculation", "fact"]


def test_undecodable_input_is_reported(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    code, _ = _run("analyze", str(bad))
    assert code == 1 and "not UTF-8" in capsys.readouterr().err
