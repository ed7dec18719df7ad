"""Labels naming two things, and qualifiers that change which concept a line is (issue 11).

A label joining two items ("Restructuring and other charges", "Accounts payable and accrued
expenses") is what issuers tag with the us-gaap concept joining both
(RestructuringSettlementAndImpairmentProvisions), not the concept of one part (RestructuringCharges):
the ranker's feature ``joined_one_named``, read from structure.csv ``label_join``. None of these
snippets needs ../shared.
"""

from __future__ import annotations

from exporter.map import features
from exporter.map.mapping import LineQuery
from tests.text_snippet import extract_snippet

OPERATIONS = """\
                       CONSOLIDATED STATEMENTS OF OPERATIONS
                                 (In millions)
<TABLE>
<CAPTION>
                                                   Years Ended December 31,
                                                    2003           2002
<S>                                               <C>            <C>
Net sales                                           5,000          4,800
Cost of sales                                       3,000          2,900
Selling, general and administrative                   900            850
Restructuring and other charges                       120             40
                                                  -------        -------
     Total costs and expenses                       4,020          3,790
                                                  -------        -------
Operating income                                      980          1,010
Interest expense                                      (80)           (90)
                                                  -------        -------
Income before income taxes                            900            920
Provision for income taxes                            300            310
                                                  -------        -------
Net income                                            600            610
                                                  =======        =======
</TABLE>
"""


def _concept(label: str) -> str | None:
    ex = extract_snippet(OPERATIONS)
    is_ = next(s for s in ex.statements if s.code == "is")
    return next(ln.concept for ln in is_.lines if ln.label == label)


def test_a_label_joining_two_charges_takes_the_concept_joining_both() -> None:
    """'Restructuring and other charges' is the restructuring, settlement and impairment provisions
    issuers tag it with, not the restructuring charges alone (one part's concept)."""
    assert _concept("Restructuring and other charges") == "RestructuringSettlementAndImpairmentProvisions"
    assert _concept("Selling, general and administrative") == "SellingGeneralAndAdministrativeExpense"


def test_a_label_joining_two_things_still_takes_one_parts_concept_over_an_extension() -> None:
    """With no concept of both, one part's concept is still better than a company extension concept:
    the feature ranks the candidates, it does not lower the best one under the threshold."""
    from exporter.map.ranker import choose

    assert choose(LineQuery("is", "Tools and supplies", zone=frozenset({"operating"}))).concept == "SuppliesExpense"


def test_what_joins_two_things_in_a_label() -> None:
    """The join is read in the label's name of its item, up to its qualifiers and amounts: a share
    count's 'issued and outstanding', two years' figures, a per-share line's 'basic and diluted'
    join nothing."""
    def joins(label: str, unit: str = "monetary") -> bool:
        return "joined_one_named" in features.direction("Revenues", frozenset(), LineQuery("is", label, unit), _idx())

    assert joins("Restructuring and impairment charges")
    assert joins("Depreciation, depletion & amortization")
    assert not joins("Treasury stock, at cost - 256,638 and 263,044 shares")
    assert not joins("Common stock, $0.01 par value; 10,000 shares authorized, issued and outstanding")
    assert not joins("Basic and diluted", "perShare")
    assert not joins("Net income")
    # items us-gaap names as one: a fixed asset, cash, a working capital's both sides
    assert not joins("Proceeds from disposition of property, plant and equipment")
    assert not joins("Other changes in operating assets and liabilities")
    assert not joins("Accrued warranty and related")
    assert joins("Purchases of property and equipment and intangible assets")


def _idx():  # type: ignore[no-untyped-def]
    from exporter.map.mapping import index

    return index()

