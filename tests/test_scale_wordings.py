"""Scale phrases as filings word them (issue 10, scale): table-driven, synthetic."""

from __future__ import annotations

import pytest

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
])
def test_scale_wordings(text: str, money: int, shares: int) -> None:
    scale = detect_scale(text)
    assert (scale.money, scale.shares, scale.stated) == (money, shares, True)


@pytest.mark.parametrize("text", [
    "CONSOLIDATED BALANCE SHEETS",
    "Thousands of customers rely on us",
    "Units sold in the millions",
    "Width (mm)",
])
def test_no_scale_stated(text: str) -> None:
    assert not detect_scale(text).stated
