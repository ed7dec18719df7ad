"""HTML statements whose lines a filing agent sets apart from the statement's table: per-share lines
in a small table of their own right under the income statement (issue 10, HTML layouts)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from exporter.read.documents import parse_filing
from exporter.understand.extract import Extraction, extract

_HEAD = ("<p>ACME CORPORATION</p><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
         "<p>(In thousands, except per share amounts)</p>")
_YEARS = "<tr><td></td><td>2024</td><td>2023</td></tr>"
_TOP = [("Net sales", "5,000", "4,000"), ("Cost of sales", "(3,000)", "(2,400)"), ("Gross profit", "2,000", "1,600"),
        ("Operating expenses", "(1,300)", "(1,000)"), ("Income before income taxes", "700", "600"),
        ("Provision for income taxes", "(200)", "(200)"), ("Net income", "500", "400")]
_GROUP = "<tr><td></td><td colspan='2'>Year Ended December 31,</td></tr>"
_YEAR = ("2024-01-01/2024-12-31", "2023-01-01/2023-12-31")
_EPS = [("Basic earnings per share", "1.25", "1.00"), ("Diluted earnings per share", "1.20", "0.95")]


def _table(rows: list[tuple[str, str, str]], head: str = "") -> str:
    return f"<table>{head}" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>"


def _read(tmp_path: Path, html: str) -> Extraction:
    return extract(parse_filing(f"<html><body>{html}</body></html>", tmp_path / "acme-ex99.htm"))


def _income(ex: Extraction) -> dict[tuple[str, str], Decimal]:
    [st] = [st for st in ex.statements if st.code == "is"]
    return {(f.label, f.period.key()): f.value for f in st.facts}


@pytest.mark.parametrize("counts", [False, True])
@pytest.mark.parametrize("over", ["", "<p>Per share data:</p>", "<p>Earnings per share:</p>"])
@pytest.mark.parametrize("head", ["", _YEARS])
def test_per_share_lines_in_a_small_table_under_the_income_statement(
        tmp_path: Path, over: str, head: str, counts: bool) -> None:
    """The per-share lines and share counts printed in a table of their own right under the
    statement, under the years again or no headings, titled by nothing or by a per-share heading:
    the statement's lines, each in its year's column."""
    html = _HEAD + _table(_TOP, _GROUP + _YEARS) + over \
        + _table([*_EPS, *([("Weighted average shares outstanding", "400", "400")] if counts else [])], head)
    got = _income(_read(tmp_path, html))
    assert got[("Net income", _YEAR[0])] == 500_000
    per_share = {k: v for k, v in got.items() if "per share" in k[0]}
    assert sorted(per_share.values()) == [Decimal("0.95"), Decimal("1.00"), Decimal("1.20"), Decimal("1.25")]
    assert per_share[(next(k for k, _ in per_share if k.startswith("Basic")), _YEAR[0])] == Decimal("1.25")
    assert sorted(v for (label, _), v in got.items() if label.startswith("Weighted")) == [400_000, 400_000] * counts


def test_a_small_untitled_table_under_the_income_statement_of_other_lines_is_not_its_part(tmp_path: Path) -> None:
    html = _HEAD + _table(_TOP, _GROUP + _YEARS) + _table([("Backlog", "1,250", "1,000"), ("Employees", "120", "95")])
    got = _income(_read(tmp_path, html))
    assert not any(label in ("Backlog", "Employees") for label, _ in got)

