"""Batch exports: INPUTs expanded (files, folders, patterns, @lists), worker processes, index.csv."""

from __future__ import annotations

import csv
import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from exporter import batch
from exporter.map import mapping
from tests.conftest import ROOT, SEED

LETTER = "Dear shareholders,\n\nWe had a fine year and thank you for your support.\n"


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "filings"
    folder.mkdir()
    a, b = folder / "a.txt", folder / "b.htm"
    a.write_text("a")
    b.write_text("b")
    (folder / ".hidden").write_text("x")
    (folder / "sub").mkdir()
    return folder, a, b


def test_expand_folder_pattern_list_and_missing(tmp_path: Path) -> None:
    folder, a, b = _files(tmp_path)
    assert batch.expand_inputs([folder]) == [a, b]  # sorted files, no hidden file, no sub-folder
    assert batch.expand_inputs([str(folder / "*.txt")]) == [a]
    listing = tmp_path / "list.txt"
    listing.write_text("# the filings\nfilings/b.htm\n\n" + str(a) + "\n")
    assert batch.expand_inputs([f"@{listing}"]) == [b, a]
    # each input once, in first-named order; a missing name is kept (its export says so)
    missing = tmp_path / "nope.txt"
    assert batch.expand_inputs([str(a), str(folder), str(missing)]) == [a, b, missing]
    assert batch.expand_inputs([str(folder / "*.pdf")]) == []


def test_index_rows_and_summary(tmp_path: Path) -> None:
    ok = batch.Outcome("x.txt", "ok", row={"input": "x.txt", "status": "ok", "facts": "3"})
    bad = batch.Outcome("y.txt", "error", row={"input": "y.txt", "status": "error", "message": "no, really"})
    index = batch.write_index([ok, bad], tmp_path / "out")
    rows = list(csv.DictReader(index.open(encoding="utf-8")))
    assert [r["input"] for r in rows] == ["x.txt", "y.txt"]
    assert list(rows[0]) == list(batch.INDEX_COLUMNS)
    assert rows[1]["message"] == "no, really" and rows[0]["facts"] == "3"
    assert batch.summary([ok, bad], 30.0).startswith("batch: 1 of 2 exported, 1 failed in 30.0 s, 4 filings/min")


def test_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER)
    options = batch.Options(tmp_path / "out", validate=False)
    outcomes = batch.run([letter, SEED, tmp_path / "nope.txt"], options, jobs=2)
    assert [o.status for o in outcomes] == ["error", "ok", "error"]
    assert "no financial statements found" in outcomes[0].row["message"]
    assert int(outcomes[1].row["facts"]) > 0 and outcomes[1].row["instance"].endswith(".xml")


def test_largest_inputs_are_submitted_first(tmp_path: Path) -> None:
    small, big, middle = (tmp_path / n for n in ("small.txt", "big.htm", "middle.txt"))
    small.write_text("x")
    big.write_text("x" * 300)
    middle.write_text("x" * 20)
    twin = tmp_path / "twin.txt"
    twin.write_text("x" * 20)
    # by size, largest first; equal sizes keep input order; a missing name counts as empty
    inputs = [small, tmp_path / "nope.txt", middle, big, twin]
    assert batch.largest_first(inputs) == [3, 2, 4, 0, 1]


def test_forked_workers_share_what_the_parent_loaded(tmp_path: Path) -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("worker processes are not forked on this platform")
    mapping.index.cache_clear()
    outcomes = batch.run([SEED, tmp_path / "nope.txt"], batch.Options(tmp_path / "out", validate=False), jobs=2)
    assert [o.status for o in outcomes] == ["ok", "error"]  # input order whatever the submission order
    assert mapping.index.cache_info().currsize == 1  # loaded once in the parent, before the workers forked


def test_cli_batch_same_files_as_one_by_one(tmp_path: Path) -> None:
    """Two worker processes write the same files byte for byte as a single in-process export;
    without a terminal there is no progress bar, only the plain lines, a summary and the index."""
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER)
    single, many = tmp_path / "single", tmp_path / "many"
    cmd = [sys.executable, "-m", "exporter", "--no-validate"]
    one = subprocess.run([*cmd, str(SEED), "-o", str(single)], capture_output=True, text=True, cwd=ROOT)
    assert one.returncode == 0, one.stderr
    assert not (single / batch.INDEX_NAME).exists()
    proc = subprocess.run([*cmd, str(letter), str(SEED), "-o", str(many), "--jobs", "2"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert "batch: 1 of 2 exported, 1 failed" in proc.stdout
    assert "no financial statements found" in proc.stderr and "Traceback" not in proc.stderr
    assert "\r" not in proc.stderr  # no progress bar when stderr is not a terminal
    rows = list(csv.DictReader((many / batch.INDEX_NAME).open(encoding="utf-8")))
    assert [(r["input"], r["status"]) for r in rows] == [(str(letter), "error"), (str(SEED), "ok")]
    for f in single.iterdir():
        assert (many / f.name).read_bytes() == f.read_bytes(), f.name


def test_jobs_must_be_positive() -> None:
    proc = subprocess.run([sys.executable, "-m", "exporter", "--jobs", "0", str(SEED)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "at least 1" in proc.stderr
