"""HTML statements whose lines a filing agent sets apart from the statement's table: per-share lines
in a small table of their own right under the income statement (issue 10, HTML layouts)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction

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


# ---------------------------------------------------------------- statements printed as preformatted text

_PRE_BS = """                                                 December 31,
                                               2004          2003
                                             --------      --------
Cash and cash equivalents..................  $ 12,345      $ 10,210
Accounts receivable........................     8,120         7,455
Total current assets.......................    20,465        17,665
Property and equipment, net................    14,200        13,100
Total assets...............................  $ 34,665      $ 30,765
                                             ========      ========
Accounts payable...........................  $  5,310      $  4,880
Long-term debt.............................     9,000         8,000
Common stock...............................     1,200         1,200
Retained earnings..........................    19,155        16,685
Total liabilities and stockholders' equity.  $ 34,665      $ 30,765
"""
_PRE_IS = """                                             Year Ended December 31,
                                               2004          2003
                                             --------      --------
Net sales..................................  $ 98,450      $ 91,230
Cost of sales..............................    61,200        57,800
Selling, general and administrative........    30,100        28,400
Income before income taxes.................     7,150         5,030
Income taxes...............................     2,860         2,012
Net income.................................  $  4,290      $  3,018
"""


def _pre_document(whole: bool) -> str:
    if whole:  # the whole text in one block, titles and all
        return ("<html><body><pre>ACME CORPORATION\n\n          CONSOLIDATED BALANCE SHEETS\n"
                f"          (In thousands)\n\n{_PRE_BS}\n\n"
                f"          CONSOLIDATED STATEMENTS OF INCOME\n          (In thousands)\n\n{_PRE_IS}"
                "</pre></body></html>")
    return ("<html><body><p>ACME CORPORATION</p><p align='center'>CONSOLIDATED BALANCE SHEETS</p>"
            f"<p align='center'>(In thousands)</p><pre>{_PRE_BS}</pre><p>&nbsp;</p>"
            "<p align='center'>CONSOLIDATED STATEMENTS OF INCOME</p><p align='center'>(In thousands)</p>"
            f"<pre>{_PRE_IS}</pre><p>See accompanying notes.</p></body></html>")


@pytest.mark.parametrize("whole", [True, False])
def test_statements_printed_in_pre_blocks_are_read(tmp_path: Path, whole: bool) -> None:
    """An HTML document converted from plain text prints its statements as preformatted text, in
    one ``<pre>`` or one per statement under HTML titles: read as the text reader reads them, each
    figure's place the ``<pre>``'s line and columns."""
    ex = _read(tmp_path, _pre_document(whole))
    got = {(st.code, f.label, f.period.key()): f.value for st in ex.statements for f in st.facts}
    assert got[("bs", "Total assets", "2004-12-31")] == 34_665_000
    assert got[("bs", "Cash and cash equivalents", "2003-12-31")] == 10_210_000
    assert got[("is", "Net income", "2004-01-01/2004-12-31")] == 4_290_000
    assert got[("is", "Net sales", "2003-01-01/2003-12-31")] == 91_230_000
    assert len(got) == 32
    [st] = [st for st in ex.statements if st.code == "is"]
    net = next(f for f in st.facts if f.label == "Net income" and f.period.key().startswith("2004"))
    assert net.where is not None and net.where.element.endswith("pre" if whole else "pre[2]")
    assert net.where.line > 1 and net.where.first > 40 and net.where.last >= net.where.first


def test_statements_in_a_pre_block_are_tagged_where_printed(tmp_path: Path) -> None:
    """The Inline XBRL page renders a ``<pre>`` block's statements as tables, every figure tagged,
    and its other text as paragraphs."""
    from exporter import export

    src = tmp_path / "acme-ex99.htm"
    src.write_text(_pre_document(False))
    result = export(src, tmp_path / "out", validate=False, cik="0000000001")
    page = next((tmp_path / "out").glob("*.htm")).read_text()
    assert page.count("<ix:nonFraction") == len(result.model.facts) == 32
    assert "See accompanying notes." in page


# ---------------------------------------------------------------- lines stacked in one row's cells by <br>

_STACKED_BS = [("Current assets:", None), ("Cash and cash equivalents", ("12,345", "10,210")),
               ("Accounts receivable", ("8,120", "7,455")), ("Total current assets", ("20,465", "17,665")),
               ("Property and equipment, net", ("14,200", "13,100")), ("Total assets", ("34,665", "30,765")),
               ("Accounts payable", ("5,310", "4,880")), ("Long-term debt", ("9,000", "8,000")),
               ("Common stock", ("1,200", "1,200")), ("Retained earnings", ("19,155", "16,685")),
               ("Total liabilities and stockholders' equity", ("34,665", "30,765"))]


def _stacked(groups: list[list[tuple[str, tuple[str, str] | None]]], br: str) -> str:
    """A balance sheet whose lines are stacked in one row's cells, one line per ``br``; a row per group."""
    rows = "".join("<tr><td>" + br.join(label for label, _ in g) + "</td>" + "".join(
        "<td align='right'>" + br.join("&nbsp;" if v is None else v[k] for _, v in g) + "</td>" for k in (0, 1))
        + "</tr>" for g in groups)
    return ("<html><body><p>ACME CORPORATION</p><p>CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p><table>"
            "<tr><td></td><td>December 31, 2004</td><td>December 31, 2003</td></tr>" + rows + "</table></body></html>")


@pytest.mark.parametrize("br", ["<br>", "<br/>\n"])
@pytest.mark.parametrize("split", [0, 6])
def test_lines_stacked_in_one_rows_cells_by_breaks(tmp_path: Path, br: str, split: int) -> None:
    """A statement whose lines a converter stacked into one row's cells, a ``<br>`` after each (the
    labels in one cell, each column's figures in another, a blank line beside a heading): each line
    of the cells a line of the statement."""
    groups = [_STACKED_BS[:split], _STACKED_BS[split:]] if split else [_STACKED_BS]
    ex = _read(tmp_path, _stacked(groups, br))
    [st] = ex.statements
    got = {(f.label, f.period.key()): f.value for f in st.facts}
    assert got[("Cash and cash equivalents", "2004-12-31")] == 12_345_000
    assert got[("Total assets", "2003-12-31")] == 30_765_000
    assert got[("Total liabilities and stockholders' equity", "2004-12-31")] == 34_665_000
    assert len(got) == 20


# ---------------------------------------------------------------- two statements side by side in one table

_SIDE_IS = [("Net sales", ("98,450", "91,230")), ("Cost of sales", ("61,200", "57,800")),
            ("Selling, general and administrative", ("30,100", "28,400")),
            ("Income before income taxes", ("7,150", "5,030")),
            ("Income taxes", ("2,860", "2,012")), ("Net income", ("4,290", "3,018"))]


def _side_by_side(left_first: bool) -> str:
    """An earnings release's income statement and balance sheet side by side in one table, each
    half under its own title and column headings, a spacer column between."""
    halves = [("CONSOLIDATED STATEMENTS OF INCOME", ("Year Ended", "December 31,"), ("2004", "2003"), _SIDE_IS),
              ("CONSOLIDATED BALANCE SHEETS", ("", "December 31,"), ("2004", "2003"), _STACKED_BS)]
    if not left_first:
        halves.reverse()
    (lt, lh, ly, lrows), (rt, rh, ry, rrows) = halves

    def cells(row: tuple[str, tuple[str, str] | None] | None) -> str:
        if row is None:
            return "<td></td><td></td><td></td>"
        label, v = row
        return f"<td>{label}</td>" + ("<td></td><td></td>" if v is None else f"<td>{v[0]}</td><td>{v[1]}</td>")

    rows = [f"<tr><td>{lt}</td><td></td><td></td><td>&nbsp;</td><td>{rt}</td><td></td><td></td></tr>",
            f"<tr><td></td><td colspan='2'>{lh[0]}</td><td></td><td></td><td colspan='2'>{rh[0]}</td></tr>",
            f"<tr><td></td><td colspan='2'>{lh[1]}</td><td></td><td></td><td colspan='2'>{rh[1]}</td></tr>",
            f"<tr><td></td><td>{ly[0]}</td><td>{ly[1]}</td><td></td><td></td><td>{ry[0]}</td><td>{ry[1]}</td></tr>"]
    for k in range(max(len(lrows), len(rrows))):
        rows.append("<tr>" + cells(lrows[k] if k < len(lrows) else None) + "<td>&nbsp;</td>"
                    + cells(rrows[k] if k < len(rrows) else None) + "</tr>")
    return ("<html><body><p>ACME CORPORATION REPORTS FOURTH QUARTER RESULTS</p><p>(In thousands)</p><table>"
            + "".join(rows) + "</table></body></html>")


@pytest.mark.parametrize("left_first", [True, False])
def test_two_statements_side_by_side_in_one_table(tmp_path: Path, left_first: bool) -> None:
    """An earnings release prints its income statement and balance sheet side by side in one
    table, each half titled and headed on its own: two statements, each with its own periods."""
    ex = _read(tmp_path, _side_by_side(left_first))
    got = {(st.code, f.label, f.period.key()): f.value for st in ex.statements for f in st.facts}
    assert got[("is", "Net income", "2004-01-01/2004-12-31")] == 4_290_000
    assert got[("is", "Net sales", "2003-01-01/2003-12-31")] == 91_230_000
    assert got[("bs", "Total assets", "2004-12-31")] == 34_665_000
    assert got[("bs", "Retained earnings", "2003-12-31")] == 16_685_000
    assert len(got) == 32


def test_two_statements_side_by_side_are_tagged_in_their_table(tmp_path: Path) -> None:
    """The Inline XBRL page renders both statements of the table where it stands, every figure tagged."""
    from exporter import export

    src = tmp_path / "acme-ex99.htm"
    src.write_text(_side_by_side(True))
    result = export(src, tmp_path / "out", validate=False, cik="0000000001")
    page = next((tmp_path / "out").glob("*.htm")).read_text()
    assert page.count("<ix:nonFraction") == len(result.model.facts) == 32
    assert page.index("Net sales") < page.index("Total assets")


# ---------------------------------------------------------------- each line a table of its own


def _line_tables() -> str:
    rows = ["<tr><td></td><td>December 31, 2004</td><td>December 31, 2003</td></tr>"] + [
        f"<tr><td>{label}</td><td></td><td></td></tr>" if v is None else
        f"<tr><td>{label}</td><td>{v[0]}</td><td>{v[1]}</td></tr>" for label, v in _STACKED_BS]
    return ("<html><body><p>ACME CORPORATION</p><p>CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p>"
            + "\n".join(f"<table>{r}</table>" for r in rows) + "<p>See accompanying notes.</p></body></html>")


def test_each_line_a_table_of_its_own(tmp_path: Path) -> None:
    """A converter sets each line of a statement, its headings too, as a ``<table>`` of its own, one
    right after another: read as one table, rendered once on the Inline XBRL page, every figure tagged."""
    from exporter import export

    ex = _read(tmp_path, _line_tables())
    [st] = ex.statements
    got = {(f.label, f.period.key()): f.value for f in st.facts}
    assert got[("Total assets", "2004-12-31")] == 34_665_000 and len(got) == 20
    src = tmp_path / "acme-10k.htm"
    src.write_text(_line_tables())
    result = export(src, tmp_path / "out", validate=False, cik="0000000001")
    page = next((tmp_path / "out").glob("*.htm")).read_text()
    assert page.count("<ix:nonFraction") == len(result.model.facts) == 20
    assert page.count("Retained earnings") == 1


def test_one_line_tables_of_other_widths_are_not_joined(tmp_path: Path) -> None:
    """Three one-line tables are page furniture, not a statement's lines."""
    html = ("<html><body><p>CONSOLIDATED BALANCE SHEETS</p>"
            "<table><tr><td>Cash</td><td>1,200</td><td>1,000</td></tr></table>"
            "<table><tr><td>Receivables</td><td>800</td><td>700</td></tr></table>"
            "<table><tr><td>Total assets</td><td>2,000</td><td>1,700</td></tr></table></body></html>")
    assert _read(tmp_path, html).statements == []
