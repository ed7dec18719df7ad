"""A 10-K's HTML statements with the columns and neighbours 2005-2025 filing agents print beside
the figures (the layout bed's third HTML round, tests/layout_bed_html10k.py): one synthetic snippet
per class."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.extract import Extraction, extract

CASH_ROWS = [
    ("Operating activities:", "", ""),
    ("Net income", "500", "400"),
    ("Depreciation", "150", "140"),
    ("Net cash provided by operating activities", "650", "540"),
    ("Capital expenditures", "(300)", "(250)"),
    ("Dividends paid", "(100)", "(90)"),
    ("Net increase in cash", "250", "200"),
    ("Cash at beginning of year", "1,000", "800"),
    ("Cash at end of year", "1,250", "1,000"),
]
def _table(rows: list[tuple[str, ...]], headers: list[str] | None = None) -> str:
    head = "<tr><td></td>" + "".join(f"<td>{h}</td>" for h in headers) + "</tr>" if headers else ""
    return "<table>" + head + "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows) + "</table>"


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme.htm"))


def _values(ex: Extraction, code: str, label: str) -> dict[str, Decimal]:
    return {f.period.key(): f.value for st in ex.statements if st.code == code for f in st.facts if f.label == label}


YEARS = {"2024": "2024-01-01/2024-12-31", "2023": "2023-01-01/2023-12-31"}


BALANCE_ROWS = [
    ("Cash", "1,250", "1,000"),
    ("Total assets", "5,000", "4,400"),
    ("Long-term debt", "900", "800"),
    ("Common stock", "100", "100"),
    ("Retained earnings", "4,000", "3,500"),
    ("Total liabilities and stockholders' equity", "5,000", "4,400"),
]
PRO_FORMA = {"Long-term debt": "400", "Common stock": "600"}


def test_a_pro_forma_column_beside_the_balance_sheet_dates_is_not_exported(tmp_path: Path) -> None:
    """"Pro Forma December 31, 2024 (unaudited)" beside the same date as reported (class: a pro
    forma or as-adjusted column, the same date as a reported one): the reported column keeps its
    date, the pro forma figures are not exported."""
    for words in ("Pro Forma", "As Adjusted"):
        rows = [(label, now, PRO_FORMA.get(label, now), then) for label, now, then in BALANCE_ROWS]
        body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p>"
                + _table(rows, ["December 31, 2024", f"{words} December 31, 2024 (unaudited)", "December 31, 2023"]))
        ex = _extract(tmp_path, body)
        assert _values(ex, "bs", "Long-term debt") == {"2024-12-31": Decimal(900_000), "2023-12-31": Decimal(800_000)}
        assert _values(ex, "bs", "Cash") == {"2024-12-31": Decimal(1_250_000), "2023-12-31": Decimal(1_000_000)}

