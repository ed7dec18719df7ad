"""Reading classes of 10-Q HTML tables as filing agents set them (issue 10, the layout bed's HTML
round): one synthetic snippet per class."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from exporter.read.documents import parse_filing
from exporter.read.tables import PARENTHETICAL
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction

INCOME = [("Net sales", "5,000", "4,000"), ("Cost of sales", "3,000", "2,400"), ("Gross profit", "2,000", "1,600"),
          ("Operating expenses", "1,300", "1,000"), ("Income before income taxes", "700", "600"),
          ("Provision for income taxes", "200", "200"), ("Net income", "500", "400")]


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme.htm"))


HEAD = "<tr><td></td><td colspan='2'>Three Months Ended June 30,</td></tr><tr><td></td><td>2024</td><td>2023</td></tr>"


def _body_rows(rows: list[tuple[str, str, str]]) -> str:
    return "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)


@pytest.mark.parametrize("stated", ["(In thousands)", "(Unaudited)", "(Dollars in thousands, except per share data)",
                                    "In thousands"])
def test_a_row_saying_how_the_table_is_stated_is_not_a_heading_of_its_lines(tmp_path: Path, stated: str) -> None:
    head = HEAD
    scale = "(In thousands)" if stated in ("(Unaudited)",) else ""
    table = (f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>{scale}</p><table>{head}"
             f"<tr><td colspan='3'>{stated}</td></tr>{_body_rows(INCOME)}</table>")
    st = next(st for st in _extract(tmp_path, table).statements if st.code == "is")
    sales = next(f for f in st.facts if f.label == "Net sales" and f.period.key() == "2024-04-01/2024-06-30")
    assert sales.value == Decimal(5_000_000)
    assert all(line.row.section != stated for line in st.lines)


@pytest.mark.parametrize("more", ["", " (continued)"])
def test_a_statements_last_lines_on_a_page_of_their_own_under_its_title_repeated(tmp_path: Path, more: str) -> None:
    head = HEAD
    title = "<p>ACME CORPORATION</p><p>CONDENSED STATEMENTS OF OPERATIONS{}</p><p>(In thousands)</p>"
    body = (f"{title.format('')}<table>{head}{_body_rows(INCOME[:5])}</table>"
            f"<div style='page-break-before:always'></div>"
            f"{title.format(more)}<table>{head}{_body_rows(INCOME[5:])}</table>")
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "is")
    net = {f.period.key(): f.value for f in st.facts if f.label == "Net income"}
    assert net == {"2024-04-01/2024-06-30": Decimal(500_000), "2023-04-01/2023-06-30": Decimal(400_000)}


def test_a_short_table_under_a_finished_statements_title_does_not_continue_it(tmp_path: Path) -> None:
    title = "<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p>"
    extra = [("Depreciation included above", "90", "80"), ("Stock compensation included above", "40", "30")]
    body = (f"{title}<table>{HEAD}{_body_rows(INCOME)}</table>"
            f"<div style='page-break-before:always'></div>{title}<table>{HEAD}{_body_rows(extra)}</table>")
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "is")
    assert [line.row.label for line in st.lines][-1] == "Net income"


BALANCE = [("Current assets:", "", ""), ("Cash and cash equivalents", "1,200", "1,000"),
           ("Accounts receivable", "800", "700"), ("Total current assets", "2,000", "1,700"),
           ("Property and equipment, net", "3,000", "2,800"), ("Total assets", "5,000", "4,500"),
           ("Current liabilities:", "", ""), ("Accounts payable", "600", "500"), ("Accrued expenses", "400", "300"),
           ("Total current liabilities", "1,000", "800"), ("Long-term debt", "1,500", "1,500"),
           ("Stockholders' equity:", "", ""), ("Common stock", "100", "100"), ("Retained earnings", "2,400", "2,100"),
           ("Total stockholders' equity", "2,500", "2,200"),
           ("Total liabilities and stockholders' equity", "5,000", "4,500")]


def test_an_unlabelled_current_total_closes_the_current_lines_as_a_labelled_one_does(tmp_path: Path) -> None:
    head = "<tr><td></td><td>June 30, 2024</td><td>December 31, 2023</td></tr>"

    def concepts(rows: list[tuple[str, str, str]], name: str) -> list[str | None]:
        body = f"<p>CONDENSED BALANCE SHEETS</p><p>(In thousands)</p><table>{head}{_body_rows(rows)}</table>"
        (tmp_path / name).mkdir()
        st = next(st for st in _extract(tmp_path / name, body).statements if st.code == "bs")
        return [line.choice.concept for line in st.lines if line.row.cells[0] is not None]

    blank = [("" if a.startswith("Total current") else a, b, c) for a, b, c in BALANCE]
    assert concepts(blank, "blank") == concepts(BALANCE, "labelled")


@pytest.mark.parametrize("half", ["First Half", "First half-year", "Semi-annual"])
def test_a_half_is_six_months_not_a_first_quarter(tmp_path: Path, half: str) -> None:
    head = (f"<tr><td></td><td colspan='2'>Second Quarter</td><td colspan='2'>{half}</td></tr>"
            "<tr><td></td><td colspan='2'>June 30,</td><td colspan='2'>June 30,</td></tr>"
            "<tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>")
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{b}0</td><td>{c}0</td></tr>" for a, b, c in INCOME)
    body = f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>{head}{rows}</table>"
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "is")
    assert [p.key() if p else None for p in st.periods] == [
        "2024-04-01/2024-06-30", "2023-04-01/2023-06-30", "2024-01-01/2024-06-30", "2023-01-01/2023-06-30"]


def test_a_statements_last_lines_run_on_into_a_table_under_no_title_and_no_headings(tmp_path: Path) -> None:
    body = (f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>{HEAD}{_body_rows(INCOME[:5])}"
            f"</table><p>&#160;</p><table>{_body_rows(INCOME[5:])}</table>")
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "is")
    net = {f.period.key(): f.value for f in st.facts if f.label == "Net income"}
    assert net == {"2024-04-01/2024-06-30": Decimal(500_000), "2023-04-01/2023-06-30": Decimal(400_000)}


def test_a_bare_table_after_a_finished_statement_does_not_continue_it(tmp_path: Path) -> None:
    extra = [("Net income attributable to the parent", "450", "380"), ("Net income", "500", "400")]
    body = (f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>{HEAD}{_body_rows(INCOME)}"
            f"</table><p>&#160;</p><table>{_body_rows(extra)}</table>")
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "is")
    assert [line.row.label for line in st.lines][-1] == "Net income"
    assert len(st.lines) == len(INCOME)


def test_a_balance_sheets_halves_side_by_side_read_as_one_column(tmp_path: Path) -> None:
    split = 6  # the liabilities start at "Current liabilities:"
    left, right = BALANCE[:split], BALANCE[split:]
    left += [("", "", "")] * (len(right) - len(left))
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td></td><td>{d}</td><td>{e}</td><td>{f}</td></tr>"
                   for (a, b, c), (d, e, f) in zip(left, right, strict=True))
    head = ("<tr><td>ASSETS</td><td>June 30, 2024</td><td>December 31, 2023</td><td></td>"
            "<td>LIABILITIES AND EQUITY</td><td>June 30, 2024</td><td>December 31, 2023</td></tr>")
    body = f"<p>CONDENSED BALANCE SHEETS</p><p>(In thousands)</p><table>{head}{rows}</table>"
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "bs")
    assert [p.key() if p else None for p in st.periods] == ["2024-06-30", "2023-12-31"]
    values = {line.row.label: line.row.cells[0].printed.value if line.row.cells[0] else None for line in st.lines}
    assert values["Total assets"] == values["Total liabilities and stockholders' equity"] == Decimal(5000)
    assert values["Accounts payable"] == Decimal(600)


def test_column_headings_in_a_table_of_their_own_head_the_figures_below(tmp_path: Path) -> None:
    body = (f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>{HEAD}</table>"
            f"<table>{_body_rows(INCOME)}</table>")
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "is")
    assert [p.key() if p else None for p in st.periods] == ["2024-04-01/2024-06-30", "2023-04-01/2023-06-30"]
    assert {f.value for f in st.facts if f.label == "Net sales"} == {Decimal(5_000_000), Decimal(4_000_000)}


def test_a_line_whose_figures_look_like_other_years_is_a_line(tmp_path: Path) -> None:
    rows = [(a, b.replace(",", ""), c.replace(",", "")) for a, b, c in INCOME]
    rows.insert(1, ("Other revenue", "2012", "2005"))  # no thousands separators: like years
    body = f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>{HEAD}{_body_rows(rows)}</table>"
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "is")
    assert {f.value for f in st.facts if f.label == "Other revenue"} == {Decimal(2_012_000), Decimal(2_005_000)}


def test_a_parenthetical_table_under_the_balance_sheets_headings_is_no_part_of_its_lines(tmp_path: Path) -> None:
    head = "<tr><td></td><td>June 30, 2024</td><td>December 31, 2023</td></tr>"
    aside = [("Common stock, par value (in dollars per share)", "$0.01", "$0.01"),
             ("Common stock, shares authorized", "10,000", "10,000"), ("Common stock, shares issued", "3,500", "3,480")]
    body = (f"<p>CONDENSED BALANCE SHEETS</p><p>(In thousands)</p><table>{head}{_body_rows(BALANCE)}</table>"
            f"<p>CONDENSED BALANCE SHEETS (Parenthetical)</p><p>(In thousands, except par value)</p>"
            f"<table>{head}{_body_rows(aside)}</table>")
    st = next(st for st in _extract(tmp_path, body).statements if st.code == "bs")
    assert [line.row.label for line in st.lines][-1] == "Total liabilities and stockholders' equity"
    assert not [f for f in st.facts if "par value" in f.label and f.unit == "USD"]


_PAREN_HEAD = "<tr><td></td><td>June 30, 2024</td><td>December 31, 2023</td></tr>"
_ASIDE = [("Allowance for doubtful accounts", "$ 12", "$ 10"),
          ("Common stock, par value (in dollars per share)", "$ 0.01", "$ 0.01"),
          ("Common stock, shares authorized", "1,000,000", "1,000,000"),
          ("Common stock, shares issued", "350,000", "348,000"),
          ("Common stock, shares outstanding", "340,000", "338,000"),
          ("Treasury stock, shares", "10,000", "10,000")]


def _with_aside(tmp_path: Path, scale: str, aside: list[tuple[str, str, str]], balance: list[tuple[str, str, str]],
                balance_scale: str = "(In thousands)") -> Extraction:
    body = (f"<p>CONDENSED BALANCE SHEETS</p><p>{balance_scale}</p><table>{_PAREN_HEAD}{_body_rows(balance)}</table>"
            f"<p>CONDENSED BALANCE SHEETS (Parenthetical)</p><p>{scale}</p>"
            f"<table>{_PAREN_HEAD}{_body_rows(aside)}</table>")
    return _extract(tmp_path, body)


@pytest.mark.parametrize(("scale", "power"), [("(In thousands, except par value)", 3), ("(In thousands, except par "
                                              "value and share data)", 0), ("", 0)])
def test_a_parenthetical_tables_lines_are_balance_sheet_facts_in_their_own_units(
        tmp_path: Path, scale: str, power: int) -> None:
    ex = _with_aside(tmp_path, scale, _ASIDE, BALANCE)
    got = {(f.concept, f.period.key(), f.unit, f.value) for f in ex.facts}
    money = 1000 if scale else 1  # the allowance at the table's own money scale
    shares = 10 ** power
    assert {(p, u, v) for c, p, u, v in got if c.startswith("AllowanceForDoubtfulAccountsReceivable")} \
        == {("2024-06-30", "USD", Decimal(12 * money)), ("2023-12-31", "USD", Decimal(10 * money))}
    for want in [("CommonStockParOrStatedValuePerShare", "2023-12-31", "USD/shares", Decimal("0.01")),
                 ("CommonStockSharesAuthorized", "2024-06-30", "shares", Decimal(1_000_000 * shares)),
                 ("CommonStockSharesIssued", "2024-06-30", "shares", Decimal(350_000 * shares)),
                 ("CommonStockSharesOutstanding", "2023-12-31", "shares", Decimal(338_000 * shares)),
                 # worded as TreasuryStockShares, split in us-gaap 2023: the common class's successor
                 ("TreasuryStockCommonShares", "2024-06-30", "shares", Decimal(10_000 * shares))]:
        assert want in got
    # the balance sheet's own lines keep their concepts and are read once
    bs = [st for st in ex.statements if st.code == "bs"]
    assert [line.row.label for line in bs[0].lines][-1] == "Total liabilities and stockholders' equity"
    assert len([f for f in ex.facts if f.concept == "Assets"]) == 2


def test_a_parenthetical_fact_the_balance_sheets_label_states_too_is_one_fact(tmp_path: Path) -> None:
    balance = [(("Common stock, $0.01 par value; 1,000,000 shares authorized" if a == "Common stock" else a), b, c)
               for a, b, c in BALANCE]
    ex = _with_aside(tmp_path, "(In thousands, except par value and share data)", _ASIDE, balance,
                     "(In thousands, except share data)")
    authorized = [f for f in ex.facts if f.concept == "CommonStockSharesAuthorized"]
    assert sorted(f.period.key() for f in authorized) == ["2023-12-31", "2024-06-30"]
    assert {f.value for f in authorized} == {Decimal(1_000_000)}


def test_a_short_parenthetical_table_is_read_beside_its_statement_never_as_it(tmp_path: Path) -> None:
    aside = [("Cash dividends declared per common share", "$ 0.25", "$ 0.20")]
    body = (f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>{HEAD}{_body_rows(INCOME)}</table>"
            f"<p>CONDENSED STATEMENTS OF OPERATIONS (Parenthetical)</p><table>{HEAD}{_body_rows(aside)}</table>"
            f"<p>CONDENSED BALANCE SHEETS</p><p>(In thousands)</p><table>{_PAREN_HEAD}{_body_rows(BALANCE)}</table>"
            f"<p>CONDENSED BALANCE SHEETS (Parenthetical)</p>"
            f"<table>{_PAREN_HEAD}{_body_rows([('Common stock, par value', '$ 0.001', '$ 0.001')])}</table>")
    ex = _extract(tmp_path, body)
    got = {(f.concept, f.period.key(), f.unit, f.value) for f in ex.facts}
    assert ("CommonStockDividendsPerShareDeclared", "2024-04-01/2024-06-30", "USD/shares", Decimal("0.25")) in got
    assert ("CommonStockParOrStatedValuePerShare", "2023-12-31", "USD/shares", Decimal("0.001")) in got
    main = [st for st in ex.statements if not st.aside]
    assert sorted(st.code for st in main) == ["bs", "is"]
    assert all(not PARENTHETICAL.search(" ".join(st.table.title)) for st in main)


_STACKED_HEADINGS = {
    # the period over the figures, the years in a row of their own
    "over": "<tr><td></td><td colspan='2'>{} Months Ended September 30,</td></tr>"
            "<tr><td></td><td>2024</td><td>2023</td></tr>",
    # the period across the whole table, the label column too
    "across": "<tr><td colspan='3'>{} Months Ended September 30,</td></tr><tr><td></td><td>2024</td><td>2023</td></tr>",
    # the period in the label cell of the year row
    "label": "<tr><td>{} months ended September 30,</td><td>2024</td><td>2023</td></tr>",
    # the dates in full under the period
    "dates": "<tr><td></td><td colspan='2'>{} Months Ended</td></tr>"
             "<tr><td></td><td>September 30, 2024</td><td>September 30, 2023</td></tr>",
}


@pytest.mark.parametrize("gap", ["", "<tr><td>&nbsp;</td></tr>"], ids=["close", "blank_row"])
@pytest.mark.parametrize("heading", sorted(_STACKED_HEADINGS))
def test_a_year_to_date_stacked_under_the_quarter_in_one_table_is_its_own_periods(
        tmp_path: Path, heading: str, gap: str) -> None:
    """An earnings release's income statement in one <table>: the quarter's lines under "Three Months
    Ended", then, under a heading of its own over the same columns, the year to date's lines. The
    second heading starts the statement of the nine months, where its lines were read as more lines
    of the quarter (each a conflicting second value of the quarter's facts)."""
    head = _STACKED_HEADINGS[heading]
    ytd = [(label, f"{int(a.replace(',', '')) * 3:,}", f"{int(b.replace(',', '')) * 3:,}") for label, a, b in INCOME]
    body = (f"<p>CONDENSED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>{head.format('Three')}"
            f"{_body_rows(INCOME)}{gap}{head.format('Nine')}{_body_rows(ytd)}</table>")
    net: dict[str, set[Decimal]] = {}
    for st in _extract(tmp_path, body).statements:
        if st.code == "is":
            for f in st.facts:
                if f.label == "Net income":
                    net.setdefault(f.period.key(), set()).add(f.value)
    assert net == {"2024-07-01/2024-09-30": {Decimal(500_000)}, "2023-07-01/2023-09-30": {Decimal(400_000)},
                   "2024-01-01/2024-09-30": {Decimal(1_500_000)}, "2023-01-01/2023-09-30": {Decimal(1_200_000)}}
