"""A cash-flow purchase line takes the concept naming what its statement's sale and maturity lines
took (feature ``flow_counterpart``, issue 11): issuers buy and sell one kind of security under one
name, and the labels alone split between the names ('Purchases of marketable securities' is
PaymentsToAcquireMarketableSecurities beside 'Sales and maturities of marketable securities', and
PaymentsToAcquireAvailableForSaleSecuritiesDebt beside separate available-for-sale sales and
maturities). None needs ../shared."""

from __future__ import annotations

import pytest

from exporter.map import features
from tests.text_snippet import extract_traced

_HEAD = """\
    CONSOLIDATED STATEMENTS OF CASH FLOWS

        (in thousands)
                                                    Year ended December 31,
                                                      1997        1996
    Operating activities:
    Net income                                     $  4,200    $  3,000
    Depreciation                                      1,000         900
                                                    -------     -------
    Net cash provided by operating activities         5,200       3,900
                                                    -------     -------
    Investing activities:
    Purchases of marketable securities               (9,000)     (8,000)
"""
_TAIL = """\
    Purchases of property and equipment              (1,000)     (1,100)
                                                    -------     -------
    Net cash used in investing activities            (2,000)     (2,100)
                                                    -------     -------
    Net increase in cash                              3,200       1,800
    Cash at beginning of year                         1,000         800
                                                    -------     -------
    Cash at end of year                            $  4,200    $  2,600
                                                    =======     =======
"""
ONE_LINE_BACK = _HEAD + """\
    Sales and maturities of marketable securities     8,000       7,000
""" + _TAIL
TWO_LINES_BACK = _HEAD + """\
    Proceeds from maturities of marketable securities 5,000       4,000
    Proceeds from sales of marketable securities      3,000       3,000
""" + _TAIL


@pytest.mark.parametrize(("body", "sold", "bought"), [
    (ONE_LINE_BACK, "ProceedsFromSaleAndMaturityOfMarketableSecurities", "PaymentsToAcquireMarketableSecurities"),
    (TWO_LINES_BACK, "ProceedsFromSaleOfAvailableForSaleSecuritiesDebt",
     "PaymentsToAcquireAvailableForSaleSecuritiesDebt"),
])
def test_a_purchase_takes_the_counterpart_of_what_the_sales_took(body: str, sold: str, bought: str) -> None:
    ex, tracer = extract_traced(body)
    cf = next(s for s in ex.statements if s.code == "cf")
    concepts = {ln.display_label: ln.choice.concept for ln in cf.lines}
    assert sold in concepts.values()
    purchase = next(ln for ln in cf.lines if ln.display_label == "Purchases of marketable securities")
    assert purchase.choice.concept == bought
    assert "flow_counterpart" in dict(tracer.of(purchase.choice))[bought]


def test_the_thing_a_concept_buys_or_sells_is_read_after_its_flow_words() -> None:
    read = features._flow_object
    assert read("PaymentsToAcquireMarketableSecurities") == read("ProceedsFromSaleAndMaturityOfMarketableSecurities")
    assert read("ProceedsFromMaturitiesPrepaymentsAndCallsOfAvailableForSaleSecurities") == "AvailableForSaleSecurities"
    assert read("ProceedsFromSaleOfAvailableForSaleSecuritiesDebt") == "AvailableForSaleSecuritiesDebt"
    assert read("NetIncomeLoss") == ""
    # the very thing: any available-for-sale securities are not the debt securities among them
    assert not features._counterpart_taken(
        "PaymentsToAcquireAvailableForSaleSecuritiesDebt", "out",
        frozenset({"ProceedsFromMaturitiesPrepaymentsAndCallsOfAvailableForSaleSecurities"}))
    assert features._counterpart_taken("PaymentsToAcquireMarketableSecurities", "out",
                                       frozenset({"ProceedsFromSaleAndMaturityOfMarketableSecurities"}))
    # a concept of both ways is no counterpart of either
    assert not features._counterpart_taken("PaymentsToAcquireInvestments", "out",
                                           frozenset({"PaymentsForProceedsFromInvestments"}))
