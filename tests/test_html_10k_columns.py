"""A 10-K's HTML statements with the columns and neighbours 2005-2025 filing agents print beside
the figures (the layout bed's third HTML round, tests/layout_bed_html10k.py): one synthetic snippet
per class."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction

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
    forma column, the same date as a reported one): the reported column keeps its date, the pro
    forma figures are not exported. A prior year "As Adjusted" (recast for a standard adopted
    retrospectively) is a reported column."""
    for words in ("Pro Forma", "Pro Forma As Adjusted"):
        rows = [(label, now, PRO_FORMA.get(label, now), then) for label, now, then in BALANCE_ROWS]
        body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p>"
                + _table(rows, ["December 31, 2024", f"{words} December 31, 2024 (unaudited)", "December 31, 2023"]))
        ex = _extract(tmp_path, body)
        assert _values(ex, "bs", "Long-term debt") == {"2024-12-31": Decimal(900_000), "2023-12-31": Decimal(800_000)}
        assert _values(ex, "bs", "Cash") == {"2024-12-31": Decimal(1_250_000), "2023-12-31": Decimal(1_000_000)}
    body = ("<p>CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p>"
            + _table(BALANCE_ROWS, ["December 31, 2024", "December 31, 2023 As Adjusted"]))
    assert _values(_extract(tmp_path, body), "bs", "Cash") == {
        "2024-12-31": Decimal(1_250_000), "2023-12-31": Decimal(1_000_000)}



def _css_grid(rows: list[tuple[str, ...]], headers: list[str], template: str) -> str:
    """A statement as a ``<div>`` laid out as a CSS grid: a label column and one per figure column."""
    cells = ["<div></div>"] + [f"<div style='text-align:center'>{h}</div>" for h in headers]
    for label, *figures in rows:
        if not any(figures):
            cells.append(f"<div style='grid-column: span {len(headers) + 1}'>{label}</div>")
            continue
        cells += [f"<div>{label}</div>"] + [f"<div style='text-align:right'>{f}</div>" for f in figures]
    return f"<div style='display: grid; grid-template-columns: {template}'>{''.join(cells)}</div>"


def test_a_statement_laid_out_as_a_css_grid_of_divs(tmp_path: Path) -> None:
    """No ``<table>``: the statement's cells are ``<div>``s of a CSS grid, headings spanning the row by
    ``grid-column: span N`` (class: a table built of divs)."""
    head = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    for template in ("60% 20% 20%", "60% repeat(2, minmax(0, 1fr))"):
        body = ("<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(In thousands)</p>"
                + _css_grid(CASH_ROWS, head, template) + "<p>See accompanying notes.</p>")
        ex = _extract(tmp_path, body)
        assert _values(ex, "cf", "Net income") == {YEARS["2024"]: Decimal(500_000), YEARS["2023"]: Decimal(400_000)}
        assert _values(ex, "cf", "Capital expenditures") == {
            YEARS["2024"]: Decimal(300_000), YEARS["2023"]: Decimal(250_000)}


def test_successor_and_predecessor_columns_headed_by_their_dates_alone(tmp_path: Path) -> None:
    """"Successor" over "March 1, 2024 through December 31, 2024", "Predecessor" over "January 1
    through February 29, 2024" (no "Period from"; the start's year left to the end's) and over the
    year before (class: a column headed by the two dates of its range)."""
    for after, before in (("March 1, 2024 through December 31, 2024", "January 1, 2024 through February 29, 2024"),
                          ("March 1 through December 31, 2024", "January 1 to February 29, 2024")):
        rows = [(label, now, "100", then) for label, now, then in
                [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"),
                 ("Operating expenses", "1,300", "1,000"), ("Net income", "500", "400")]]
        head = [f"Successor {after}", f"Predecessor {before}", "Predecessor Year Ended December 31, 2023"]
        ex = _extract(tmp_path, "<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>" + _table(rows, head))
        assert _values(ex, "is", "Net income") == {
            "2024-03-01/2024-12-31": Decimal(500_000), "2024-01-01/2024-02-29": Decimal(100_000),
            YEARS["2023"]: Decimal(400_000)}, (after, before)


def test_css_grid_rows_wrapped_stacked_or_placed_by_column_lines(tmp_path: Path) -> None:
    """The other ways a CSS grid of ``<div>``s lays out a statement's rows (class: a table built of
    divs): each row's cells in a ``display: contents`` wrapper, each row a grid of its own, the cells
    placed by their column lines (``grid-column: 2 / span 1``, a heading ``1 / -1``)."""
    head = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    grid = "display: grid; grid-template-columns: 60% 20% 20%"

    def cells(label: str, figures: list[str], lines: bool) -> str:
        if not any(figures):
            return f"<div style='grid-column: {'1 / -1' if lines else 'span 3'}'>{label}</div>"
        return f"<div>{label}</div>" + "".join(
            f"<div style='grid-column: {k + 2} / {k + 3}'>{f}</div>" if lines else f"<div>{f}</div>"
            for k, f in enumerate(figures))

    rows = [("", *head), *CASH_ROWS]
    forms = {
        "contents": f"<div style='{grid}'>" + "".join(
            f"<div style='display:contents'>{cells(r[0], list(r[1:]), False)}</div>" for r in rows) + "</div>",
        "stacked": "<div>" + "".join(f"<div style='{grid}'>{cells(r[0], list(r[1:]), False)}</div>"
                                     for r in rows) + "</div>",
        "lines": f"<div style='{grid}'>" + "".join(cells(r[0], list(r[1:]), True) for r in rows) + "</div>",
    }
    for form, html in forms.items():
        ex = _extract(tmp_path, "<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(In thousands)</p>" + html)
        assert _values(ex, "cf", "Net income") == {
            YEARS["2024"]: Decimal(500_000), YEARS["2023"]: Decimal(400_000)}, form
