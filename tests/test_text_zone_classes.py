"""A balance sheet's sides read from its layout (which rows are assets, liabilities, equity): the
unlabelled net of an item is no total assets, and a block printed after the total of liabilities and
equity is of neither side (issue 11); none needs ../shared."""

from __future__ import annotations

from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.read.text_tables import text_tables
from exporter.understand import line_zones
from tests.text_snippet import submission

NET_OF_AN_ITEM_UNLABELLED = """\
                         CONSOLIDATED BALANCE SHEETS
                               (In thousands)
<TABLE>
<CAPTION>
                                          August 2,     February 1,
                                               2003            2003
<S>                                            <C>             <C>
CURRENT ASSETS:
Cash and cash equivalents                   110,559          98,120
Inventory                                    97,455          80,213
                                            -------         -------
Total current assets                        208,014         178,333
                                            -------         -------
PROPERTY AND EQUIPMENT                      207,221         200,876
Less accumulated depreciation              (118,403)       (110,154)
                                            -------         -------
                                             88,818          90,722
                                            -------         -------
LONG-TERM INVESTMENTS                        55,316          61,001
OTHER ASSETS                                  3,950           3,411
                                            -------         -------
Total assets                                356,098         333,467
                                            =======         =======
LIABILITIES AND STOCKHOLDERS' EQUITY
CURRENT LIABILITIES:
Accounts payable                             20,211          17,456
                                            -------         -------
Total current liabilities                    20,211          17,456
STOCKHOLDERS' EQUITY:
Retained earnings                           335,887         316,011
                                            -------         -------
Total stockholders' equity                  335,887         316,011
                                            -------         -------
Total liabilities and stockholders' equity  356,098         333,467
                                            =======         =======
</TABLE>
"""

MEMO_AFTER_THE_CLAIMS = """\
                         CONSOLIDATED BALANCE SHEETS
                               (In thousands)
<TABLE>
<CAPTION>
                                           March 31,       March 31,
                                               2008            2007
<S>                                            <C>             <C>
Assets:
Cash and due from banks                      20,000          18,000
Loans receivable                            900,000         850,000
Other assets                                 10,000           9,000
                                            -------         -------
Total assets                                930,000         877,000
                                            =======         =======
Liabilities:
Deposits                                    800,000         760,000
                                            -------         -------
Total liabilities                           800,000         760,000
Stockholders' equity:
Retained earnings                           130,000         117,000
                                            -------         -------
Total stockholders' equity                  130,000         117,000
                                            -------         -------
Total liabilities and stockholders' equity  930,000         877,000
                                            =======         =======
Intangible assets:
Goodwill                                     13,000          13,000
Mortgage servicing asset                      1,000           1,100
                                            -------         -------
Total intangible assets                      14,000          14,100
</TABLE>
"""


def _zones(body: str) -> dict[str, frozenset[str]]:
    filing = parse_filing(submission(body, form="10-Q"), Path("snippet.txt"))
    (table,) = text_tables(filing.documents[0])
    zones = line_zones.zones(table, "bs")
    return {r.label: zones[r.index] for r in table.value_rows()}


def test_the_unlabelled_net_of_an_item_does_not_close_the_assets() -> None:
    """An unlabelled total after an item less its accumulated depreciation is the item's net: the
    lines after it, up to "Total assets", are still assets."""
    zones = _zones(NET_OF_AN_ITEM_UNLABELLED)
    for label in ("LONG-TERM INVESTMENTS", "OTHER ASSETS", "Total assets"):
        assert "assets" in zones[label] and "liabilities" not in zones[label], (label, zones[label])
    assert "liabilities" in zones["Accounts payable"]


def test_a_block_after_the_total_of_liabilities_and_equity_is_of_neither_side() -> None:
    """Lines printed below the balance sheet's last total ("Intangible assets:" with its goodwill)
    are no liabilities or equity."""
    zones = _zones(MEMO_AFTER_THE_CLAIMS)
    for label in ("Goodwill", "Mortgage servicing asset", "Total intangible assets"):
        assert not zones[label] & {"liabilities", "equity"}, (label, zones[label])
    assert zones["Retained earnings"] >= {"equity"}
    assert "liabilities" in zones["Deposits"]


def test_a_side_the_printed_total_assets_bears_out_is_marked() -> None:
    """Asset lines above "Total assets" and claim lines below it are ``sided``; lines of a memo block
    below the balance sheet, of no side, are not."""
    zones = _zones(NET_OF_AN_ITEM_UNLABELLED)
    assert all(line_zones.SIDED in zones[label] for label in ("Inventory", "OTHER ASSETS", "Accounts payable",
                                                         "Retained earnings"))
    assert line_zones.SIDED not in zones["Total assets"]
    assert line_zones.SIDED not in _zones(MEMO_AFTER_THE_CLAIMS)["Goodwill"]
