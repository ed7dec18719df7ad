"""Fixed-width tables of the seed, read row by row."""

from __future__ import annotations

from pathlib import Path

from exporter.read.documents import read_filing
from exporter.read.text_tables import text_tables
from exporter.understand.statements import classify
from tests.conftest import SEED


def _tables():  # type: ignore[no-untyped-def]
    return text_tables(read_filing(Path(SEED)).documents[0])


def test_two_statements_found() -> None:
    tables = _tables()
    assert [classify(t).statement for t in tables] == ["bs", "is"]


def test_balance_sheet_rows() -> None:
    bs = _tables()[0]
    assert bs.headers[0].startswith("08/30/03") and bs.headers[1].startswith("11/30/02")
    labels = [r.label for r in bs.value_rows()]
    # a label wrapped over two lines is one row, its footnote-like amounts kept in the label
    assert labels[1].startswith("Accounts receivable, and due from factor net of allowance for")
    assert "Accumulated deficit" in labels
    deficit = next(r for r in bs.value_rows() if r.label == "Accumulated deficit")
    assert [c.printed.value for c in deficit.cells if c] == [-36031, -33507]
    pref = next(r for r in bs.value_rows() if r.label.startswith("8% Redeemable"))
    assert all(c is not None and c.printed.dash for c in pref.cells)
    headings = [r.label for r in bs.rows if r.is_heading]
    assert "CURRENT ASSETS" in headings and "STOCKHOLDERS' EQUITY" in headings


def test_income_statement_columns_and_unlabeled_total() -> None:
    is_ = _tables()[1]
    assert is_.headers == ["Three Months Ended 08/30/03", "Three Months Ended 08/31/02",
                           "Nine Months Ended 08/30/03", "Nine Months Ended 08/31/02"]
    unlabeled = [r for r in is_.value_rows() if not r.label]
    assert len(unlabeled) == 1 and unlabeled[0].section == "OPERATING EXPENSES"
    basic = [r for r in is_.value_rows() if r.label == "Basic"]
    assert basic[0].parent_label.startswith("NET INCOME (LOSS) PER SHARE")


def test_untagged_fixed_width_tables_give_the_same_facts(tmp_path: Path) -> None:
    """1990s filings print column-aligned tables with no <TABLE>/<S>/<C> tags: the same seed
    with its tags blanked out must export the same answer key."""
    import re
    import subprocess
    import sys

    from exporter import export
    from tests.conftest import GOLDEN, SHARED, need

    need(GOLDEN, "the seed's answer key")
    text = Path(SEED).read_text()
    untagged = re.sub(r"</?(TABLE|CAPTION|S|C)>", lambda m: " " * len(m.group()), text)
    assert "<TABLE>" not in untagged
    src = tmp_path / "untagged.txt"
    src.write_text(untagged)
    result = export(src, tmp_path / "out", validate=False)
    assert [st.code for st in result.model.statements] == ["bs", "is"]
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "golden.py"), str(result.instance), str(GOLDEN)],
                          capture_output=True, text=True, check=False)
    assert "required 112/114" in proc.stdout, proc.stdout  # DueToRelatedPartiesCurrent, deprecated: see test_seed
