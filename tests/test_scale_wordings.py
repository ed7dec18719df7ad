"""Scale phrases as filings word them (issue 10, scale): table-driven, synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.scale import detect_scale


@pytest.mark.parametrize(("text", "money", "shares"), [
    ("(In thousands)", 3, 3),
    ("($000's omitted)", 3, 3),
    ("(Dollars in millions, except per share data)", 6, 6),
    # bare words, no "in" and no parentheses: a title line or an HTML header cell
    ("THOUSANDS OF DOLLARS", 3, 3),
    ("Thousands of U.S. Dollars", 3, 3),
    ("Millions, Except Per Share Amounts", 6, 6),
    ("Thousands of Dollars, Except Per Share Amounts", 3, 3),
    ("Thousands, except share and per share data", 3, 0),
    # share data among other things excepted: a parenthetical table's scale line
    ("(In thousands, except par value and share data)", 3, 0),
    ("(In thousands, except share and par value data)", 3, 0),
    ("(In millions, except per share, par value and share amounts)", 6, 0),
    ("(In thousands, except par value)", 3, 3),
    ("(In thousands, except par value per share)", 3, 3),
    # one rule for every list of exceptions (taxonomy_map/reader_words.csv, scale_except)
    ("(In thousands, except share data)", 3, 0),
    ("(In thousands, except for share data)", 3, 0),
    ("(In thousands, except number of shares)", 3, 0),
    ("(In thousands, except shares and per share amounts)", 3, 0),
    ("(In thousands, except share and per-share data)", 3, 0),
    ("(In thousands, except per share and share amounts)", 3, 0),
    ("(In thousands, except per share data and number of shares)", 3, 0),
    ("(In thousands, except percentages, shares and per share amounts)", 3, 0),
    ("(In thousands, except common share data)", 3, 0),
    ("(In thousands, except for per share data)", 3, 3),
    ("(In thousands, except share amounts per share)", 3, 3),
    ("(In thousands, except share-per-share data)", 3, 3),
    ("(In millions, except per share data; shares in thousands)", 6, 3),
    # thousands of dollars written "$000": in parentheses or not, with or without "'s"
    ("($000)", 3, 3),
    ("$000's", 3, 3),
    ("$000", 3, 3),
    ("Amounts in $000s", 3, 3),
])
def test_scale_wordings(text: str, money: int, shares: int) -> None:
    scale = detect_scale(text)
    assert (scale.money, scale.shares, scale.stated) == (money, shares, True)


@pytest.mark.parametrize("text", [
    "CONSOLIDATED BALANCE SHEETS",
    "Thousands of customers rely on us",
    "Units sold in the millions",
    "Width (mm)",
    "a prize of $000,000 is a misprint",
])
def test_no_scale_stated(text: str) -> None:
    assert not detect_scale(text).stated


@pytest.mark.parametrize("scale", ["($000)", "$000", "$000's"])
def test_a_scale_written_as_dollar_000_in_a_cell_is_no_figure(tmp_path: Path, scale: str) -> None:
    """An HTML statement whose scale is printed "($000)" in a row of its own over the column
    headings: the scale, not a zero that makes the row the first line of figures."""
    html = ("<html><body><p>ACME CORPORATION</p><p>CONSOLIDATED BALANCE SHEETS</p><table>"
            f"<tr><td>{scale}</td><td></td><td></td></tr>"
            "<tr><td></td><td>December 31, 2004</td><td>December 31, 2003</td></tr>"
            "<tr><td>Cash</td><td>1,200</td><td>1,000</td></tr><tr><td>Receivables</td><td>800</td><td>700</td></tr>"
            "<tr><td>Total assets</td><td>2,000</td><td>1,700</td></tr>"
            "<tr><td>Accounts payable</td><td>900</td><td>800</td></tr>"
            "<tr><td>Equity</td><td>1,100</td><td>900</td></tr>"
            "<tr><td>Total liabilities and equity</td><td>2,000</td><td>1,700</td></tr></table></body></html>")
    ex = extract(parse_filing(html, tmp_path / "acme.htm"))
    [st] = ex.statements
    got = {(f.label, f.period.key()): f.value for f in st.facts}
    assert got[("Total assets", "2004-12-31")] == 2_000_000 and got[("Cash", "2003-12-31")] == 1_000_000
    assert len(got) == 12
