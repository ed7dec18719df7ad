"""Company extension concept names a person can read: the label's words naming the item, without
its figures, counts by year, dates and par values, cut by whole words, unique, valid LC3 NCNames."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import cast

import pytest

from exporter.read.tables import Row
from exporter.understand.naming import extension_name, readable_name
from exporter.understand.records import Statement
from exporter.write.taxonomy import headings

_NCNAME_LC3 = re.compile(r"[A-Z][A-Za-z0-9]*")  # EFM 6.8.5: a capital first, no disallowed character


@pytest.mark.parametrize(("label", "name"), [
    # counts by year after a colon: the counts and the years go, the series letter stays
    ("Series B: 2,000,000 shares designated; shares issued and outstanding: 1997, 1,943,666; 1996, 1,191,666",
     "SeriesBSharesDesignatedSharesIssuedAndOutstanding"),
    # 'none' printed where a year's count would be is no word of the name
    ("Series C: 2,000,000 shares designated: shares issued and outstanding: 1998, 1,016,787; 1997, none",
     "SeriesCSharesDesignatedSharesIssuedAndOutstanding"),
    ("Common stock, $0.01 par value; 50,000,000 shares authorized; 9,350,000 shares issued", "CommonStock"),
    ("Convertible notes, 9,350,000 shares reserved", "ConvertibleNotesSharesReserved"),
    ("Balance at December 31, 1997", "Balance"),
    ("Shares outstanding as of June 30, 1998", "SharesOutstanding"),
    ("Deferred rent, Dec. 1998", "DeferredRent"),
    ("Series 1 convertible preferred stock", "Series1ConvertiblePreferredStock"),
    ("Class A common stock, 12,000 shares", "ClassACommonStockShares"),
    ("Proceeds from the sale of a building", "ProceedsFromSaleOfBuilding"),
    ("Stockholders' note receivable", "StockholdersNoteReceivable"),
    ("Revenues (Note 9)", "Revenues"),
    # a note's number goes with its reference; a note that is the item stays
    ("Commitments and contingencies - see Note 11", "CommitmentsAndContingencies"),
    ("Convertible note, 12,000 shares", "ConvertibleNoteShares"),
    # figures written into a word name the item (a company, a model); a figure standing alone does not
    ("3M Company shareholders' equity", "3mCompanyShareholdersEquity"),
    ("777X and 767 reach-forward losses", "777xAndReachForwardLosses"),
    ("Weighted average shares outstanding (in 000s)", "WeightedAverageSharesOutstanding"),
    ("1997", ""),
])
def test_readable_name_drops_figures_dates_and_par_values(label: str, name: str) -> None:
    assert readable_name(label) == name


def test_a_long_label_is_cut_by_whole_words_and_ends_on_a_word_that_names() -> None:
    label = ("Proceeds from the sale of a building and the equipment held for sale in the western region "
             "of the United States of America during the year")
    name = readable_name(label)
    assert len(name) <= 80
    assert name.startswith("ProceedsFromSaleOfBuildingAndEquipmentHeldForSale")
    assert not name.endswith(("Of", "And", "In", "For"))
    assert label.replace(" ", "").lower().startswith("proceedsfromthesaleofabuilding")  # whole words, in order


def test_two_labels_alike_without_their_figures_take_two_names() -> None:
    used: set[str] = {"CommonStock"}  # a us-gaap name is taken
    a = extension_name("Series B: 2,000,000 shares designated; shares issued and outstanding: 1997, 1,943,666", used)
    b = extension_name("Series B: 2,000,000 shares designated: shares issued and outstanding: 1998, 1,949,726", used)
    c = extension_name("Common stock, $.01 par value", used)
    assert a == "SeriesBSharesDesignatedSharesIssuedAndOutstanding"
    assert b == a + "2"
    assert c == "CommonStock2"
    assert {a, b, c} <= used


def test_a_label_of_figures_alone_still_gets_a_valid_name() -> None:
    used: set[str] = set()
    names = [extension_name(label, used) for label in ("1997", "$1,234", "December 31, 1997")]
    assert names == ["Item", "Item2", "Item3"]


@pytest.mark.parametrize("label", [
    "Series B: 2,000,000 shares designated; shares issued and outstanding: 1997, 1,943,666",
    "401(k) plan contributions", "10-K405 filing costs", "Company's share, at 12/31/97", "$.01 par value",
    "Other (income) expense, net", "Écarts de conversion", "x" * 300, "3M Company shareholders' equity",
])
def test_every_name_is_an_lc3_ncname_within_the_length(label: str) -> None:
    name = extension_name(label, set())
    assert _NCNAME_LC3.fullmatch(name), name
    assert len(name) <= 80


def test_a_heading_abstract_is_named_the_same_way() -> None:
    # a heading row (no figures in its columns) naming a class of stock with its count designated,
    # a heading us-gaap names, a heading ending on a word that names nothing once the article goes
    labels = ["Series B convertible preferred stock, 2,000,000 shares designated:", "Stockholders' equity:",
              "Cash paid during the year for:"]
    rows = [Row(label, [None, None], i + 1, index=i) for i, label in enumerate(labels)]
    st = cast(Statement, SimpleNamespace(table=SimpleNamespace(rows=rows)))
    assert headings(st) == {
        0: ("", "SeriesBConvertiblePreferredStockSharesDesignatedAbstract", labels[0].rstrip(":")),
        1: ("us-gaap", "StockholdersEquityAbstract", "Stockholders' equity"),
        2: ("", "CashPaidDuringYearAbstract", "Cash paid during the year for"),
    }
