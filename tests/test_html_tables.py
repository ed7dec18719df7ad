"""Tests of ``exporter.read.html_tables``: small synthetic HTML tables, then real filings.

Real documents come from ``../shared/corpus`` (Inline XBRL 10-Qs stripped to plain HTML with
``../shared/eval/retag.py strip``, and HTML 8-K exhibits); those tests skip when it is absent.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from exporter.read.documents import Document, read_filing
from exporter.read.html_tables import html_tables
from exporter.read.tables import Row, Table
from exporter.understand.periods import parse_column
from exporter.understand.scale import detect_scale
from exporter.understand.statements import classify

SHARED = Path(__file__).resolve().parents[2] / "shared"
IXBRL = SHARED / "corpus" / "ixbrl"
HTML_8K = SHARED / "corpus" / "html-8k"
RETAG = SHARED / "eval" / "retag.py"

needs_corpus = pytest.mark.skipif(
    not (IXBRL.is_dir() and HTML_8K.is_dir() and RETAG.is_file()),
    reason=f"real-document tests need ../shared/corpus and ../shared/eval/retag.py ({SHARED})",
)


def _doc(body: str) -> Document:
    return Document(source=Path("test.htm"), text=f"<html><body>{body}</body></html>", kind="html")


def _tables(body: str) -> list[Table]:
    return html_tables(_doc(body))


def _row(table: Table, label: str) -> Row:
    return next(r for r in table.rows if r.label == label)


def _values(row: Row) -> list[Decimal | None]:
    return [c.printed.value if c is not None else None for c in row.cells]


# --- synthetic tables ---------------------------------------------------------------------------

SPLIT_CELLS = """
<p>ACME CORP</p>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(In thousands, except per share data)</p>
<table>
 <tr><td></td><td colspan="7" align="center">Three Months Ended</td></tr>
 <tr><td></td><td colspan="3">June 28, 2025</td><td></td><td colspan="3">June 29, 2024</td></tr>
 <tr><td>Net sales</td><td>$</td><td>1,234</td><td></td><td></td>
     <td>$</td><td>1,000</td><td></td></tr>
 <tr><td>Cost of sales</td><td>(</td><td>234</td><td>)</td><td></td>
     <td></td><td>(100</td><td>)</td></tr>
 <tr><td>Other</td><td></td><td>&#8212;</td><td></td><td></td><td></td><td>-</td><td></td></tr>
 <tr><td>Margin</td><td></td><td>45.5</td><td>%</td><td></td><td></td><td>(3.2</td><td>)%</td></tr>
</table>
"""


def test_split_cells_merge_into_one_value_per_column() -> None:
    [table] = _tables(SPLIT_CELLS)
    assert table.ncols == 2
    net = _row(table, "Net sales")
    assert [c.text for c in net.cells if c] == ["$1,234", "$1,000"]
    assert _values(net) == [Decimal(1234), Decimal(1000)]
    cost = _row(table, "Cost of sales")
    assert [c.text for c in cost.cells if c] == ["(234)", "(100)"]
    assert _values(cost) == [Decimal(-234), Decimal(-100)]
    assert all(c is not None and c.printed.negative_shown for c in cost.cells)


def test_dash_and_percent_cells() -> None:
    [table] = _tables(SPLIT_CELLS)
    other = _row(table, "Other")
    assert all(c is not None and c.printed.dash and c.printed.value == 0 for c in other.cells)
    margin = _row(table, "Margin")
    assert [c.text for c in margin.cells if c] == ["45.5%", "(3.2)%"]
    assert all(c is not None and c.printed.percent for c in margin.cells)
    assert _values(margin) == [Decimal("45.5"), Decimal("-3.2")]


def test_colspan_headers_and_title() -> None:
    [table] = _tables(SPLIT_CELLS)
    assert table.headers == ["Three Months Ended June 28, 2025", "Three Months Ended June 29, 2024"]
    col = parse_column(table.headers[0], " ".join(table.title))
    assert (col.end, col.months) == (date(2025, 6, 28), 3)
    assert table.title[-3:] == [
        "ACME CORP",
        "CONSOLIDATED STATEMENTS OF OPERATIONS",
        "(In thousands, except per share data)",
    ]
    assert detect_scale(" ".join(table.title)).money == 3


def test_rowspan_and_year_header_row() -> None:
    body = """
    <table>
     <tr><td rowspan="2">(In millions)</td><td colspan="3">Year Ended December 31,</td>
         <td rowspan="2">% Change</td></tr>
     <tr><td>2024</td><td></td><td>2023</td></tr>
     <tr><td>Revenue</td><td>500</td><td></td><td>400</td><td>25%</td></tr>
     <tr><td>Costs</td><td>300</td><td></td><td>280</td><td>7%</td></tr>
    </table>
    """
    [table] = _tables(body)
    assert table.headers == [
        "Year Ended December 31, 2024",
        "Year Ended December 31, 2023",
        "% Change",
    ]
    assert "(In millions)" in table.title
    assert _values(_row(table, "Revenue")) == [Decimal(500), Decimal(400), Decimal(25)]
    assert [r.label for r in table.rows] == ["Revenue", "Costs"]


def test_label_area_period_text_reaches_every_header() -> None:
    body = """
    <table>
     <tr><td>Year Ended December 31,</td><td>2024</td><td>2023</td></tr>
     <tr><td>Revenue</td><td>500</td><td>400</td></tr>
     <tr><td>Costs</td><td>300</td><td>280</td></tr>
    </table>
    """
    [table] = _tables(body)
    assert table.headers == ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]


def test_headings_sections_indent_and_rules() -> None:
    body = """
    <table>
     <tr><td></td><td>2025</td><td>2024</td></tr>
     <tr><td>Current assets:</td><td></td><td></td></tr>
     <tr><td style="padding-left:10pt">Cash</td><td>10</td><td>8</td></tr>
     <tr><td>&#160;&#160;&#160;&#160;Receivables</td><td>5</td><td>4</td></tr>
     <tr><td style="padding:0 0 0 20pt">Total current assets</td>
         <td style="border-top:1px solid #000">15</td><td style="border-top:1px solid #000">12</td>
     </tr>
     <tr><td>Goodwill</td><td>3</td><td>3</td></tr>
    </table>
    """
    [table] = _tables(body)
    heading = table.rows[0]
    assert heading.is_heading and heading.label == "Current assets:"
    cash, rec, total, goodwill = table.rows[1:]
    assert (cash.section, cash.parent_label) == ("Current assets:", "Current assets:")
    assert cash.indent == 2 and rec.indent == 4 and total.indent == 4 and goodwill.indent == 0
    assert total.rule_above and not cash.rule_above and not goodwill.rule_above
    assert goodwill.section == ""  # a total closes its section
    assert [r.index for r in table.rows] == list(range(len(table.rows)))


def test_layout_and_tiny_tables_are_skipped_nested_tables_kept() -> None:
    body = """
    <table><tr><td>Item 2.02</td><td>Results of Operations</td></tr></table>
    <table><tr><td>Exhibit</td><td>99.1</td></tr></table>
    <table><tr><td>
      <table>
        <tr><td></td><td>2025</td><td>2024</td></tr>
        <tr><td>Sales</td><td>7</td><td>6</td></tr>
        <tr><td>Costs</td><td>(2)</td><td>(1)</td></tr>
      </table>
    </td></tr></table>
    """
    [table] = _tables(body)
    assert [r.label for r in table.rows] == ["Sales", "Costs"]
    assert table.headers == ["2025", "2024"]


def test_broken_html_and_footnote_marks() -> None:
    body = """
    <table>
     <tr><td><font>Net income<sup>(1)</sup><td>$<td>1,000<td><td>$<td>900
     <tr><td>Per share <sup>2</sup><td><td>1.50<td><td><td>1.35
    </table>
    """
    [table] = _tables(body)
    assert [r.label for r in table.rows] == ["Net income (1)", "Per share 2"]
    assert _values(table.rows[1]) == [Decimal("1.50"), Decimal("1.35")]


def test_number_cells_with_footnote_superscripts_parse() -> None:
    body = """
    <table>
     <tr><td>A</td><td>1,000<sup>(a)</sup></td><td>900</td></tr>
     <tr><td>B</td><td>10</td><td>9</td></tr>
    </table>
    """
    [table] = _tables(body)
    assert _values(table.rows[0]) == [Decimal(1000), Decimal(900)]


def test_empty_and_garbage_documents() -> None:
    assert html_tables(Document(Path("x.htm"), "", "html")) == []
    assert html_tables(Document(Path("x.htm"), "<<<>>>&&&", "html")) == []
    assert _tables("<p>no tables here</p>") == []
    xml_decl = '<?xml version="1.0" encoding="windows-1252"?>' + SPLIT_CELLS
    assert len(html_tables(Document(Path("x.htm"), xml_decl, "html"))) == 1


# --- real documents -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def aapl_10q(tmp_path_factory: pytest.TempPathFactory) -> list[Table]:
    if not (IXBRL.is_dir() and RETAG.is_file()):
        pytest.skip(f"needs ../shared/corpus/ixbrl and ../shared/eval/retag.py ({SHARED})")
    out = tmp_path_factory.mktemp("aapl") / "aapl-plain.htm"
    subprocess.run(
        [sys.executable, str(RETAG), "strip", str(IXBRL / "aapl-10-q-2025-05-02.html"), str(out)],
        check=True,
    )
    [doc] = read_filing(out).documents
    return html_tables(doc)


def _statement(tables: list[Table], code: str) -> Table:
    return next(t for t in tables if classify(t).statement == code)


@needs_corpus
def test_apple_10q_income_statement(aapl_10q: list[Table]) -> None:
    table = _statement(aapl_10q, "is")
    assert "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)" in table.title
    assert table.headers == [
        "Three Months Ended March 29, 2025",
        "Three Months Ended March 30, 2024",
        "Six Months Ended March 29, 2025",
        "Six Months Ended March 30, 2024",
    ]
    assert [parse_column(h).months for h in table.headers] == [3, 3, 6, 6]
    products = table.rows[1]
    assert (products.label, products.section) == ("Products", "Net sales:")
    assert [c.text for c in products.cells if c] == ["$68,714", "$66,886", "$166,674", "$163,344"]
    assert _values(_row(table, "Total net sales")) == [
        Decimal(95359), Decimal(90753), Decimal(219659), Decimal(210328)
    ]
    other = _row(table, "Other income/(expense), net")
    assert [c.text for c in other.cells if c] == ["(279)", "158", "(527)", "108"]
    assert _values(other)[0] == Decimal(-279)
    assert _row(table, "Total net sales").rule_above
    assert detect_scale(" ".join(table.title)).money == 6


@needs_corpus
def test_apple_10q_balance_sheet_and_cash_flows(aapl_10q: list[Table]) -> None:
    bs = _statement(aapl_10q, "bs")
    assert bs.headers == ["March 29, 2025", "September 28, 2024"]
    assert _values(_row(bs, "Total assets")) == [Decimal(331233), Decimal(364980)]
    assert _values(_row(bs, "Accumulated deficit")) == [Decimal(-15552), Decimal(-19154)]
    cf = _statement(aapl_10q, "cf")
    assert cf.headers == ["Six Months Ended March 29, 2025", "Six Months Ended March 30, 2024"]
    assert _values(_row(cf, "Repurchases of common stock")) == [Decimal(-49504), Decimal(-43344)]
    assert _row(cf, "Repurchases of common stock").section == "Financing activities:"


@needs_corpus
def test_buckle_ex99_weeks_headers() -> None:
    filing = read_filing(HTML_8K / "edgartools__data__html__BuckleInc.8-K.EX99.1.html")
    tables = [t for d in filing.documents for t in html_tables(d)]
    income = _statement(tables, "is")
    assert income.headers[0] == "Thirteen Weeks Ended November 2, 2024"
    assert parse_column(income.headers[2]).weeks == 39
    assert _values(_row(income, "NET INCOME"))[0] == Decimal(44172)
    bs = _statement(tables, "bs")
    assert bs.ncols == 3
    assert _values(_row(bs, "Less accumulated depreciation and amortization"))[0] == Decimal(
        -365241
    )


@needs_corpus
def test_apple_2004_submission_old_html() -> None:
    path = HTML_8K / "sec_cover_page_parser__320193__0001104659-04-019574__0001104659-04-019574.txt"
    ex99 = next(d for d in read_filing(path).documents if d.doc_type == "EX-99.1")
    tables = html_tables(ex99)
    income = _statement(tables, "is")
    assert "UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS" in income.title
    assert [parse_column(h).months for h in income.headers] == [3, 3, 9, 9]
    assert _values(_row(income, "Operating income (loss)"))[3] == Decimal(-32)
    assert income.first_line > 1  # source lines of the document


@needs_corpus
def test_every_table_of_a_large_10k_is_read(tmp_path: Path) -> None:
    """The whole of a 3.9 MB 10-K is read (its speed is bench/speed.py's, not a test's)."""
    out = tmp_path / "ko.htm"
    subprocess.run(
        [sys.executable, str(RETAG), "strip", str(IXBRL / "ko-10-k-2025-02-20.html"), str(out)],
        check=True,
    )
    [doc] = read_filing(out).documents
    tables = html_tables(doc)
    assert len(tables) > 50
