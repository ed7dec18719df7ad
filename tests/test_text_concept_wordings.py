"""Concept choice on old plain-text filings: wordings the Inline XBRL evidence rarely holds as such,
one class per test (issue 11's text-key classes, continued from tests/test_text_concept_classes.py).
None needs ../shared."""

from __future__ import annotations

from exporter.map import mapping


def _pick(statement: str, label: str, *zone: str) -> str | None:
    return mapping.choose(mapping.LineQuery(statement, label, zone=frozenset(zone))).concept


def test_stock_issued_for_an_acquisition_is_stock_issued_in_acquisitions() -> None:
    """'Issuance of common stock for acquisition of <a company>' among a cash-flow statement's
    noncash items, or a statement of equity's 'Common stock issued in business combinations', is
    us-gaap's StockIssuedDuringPeriodValueAcquisitions, not the new issues its other words fit
    (synonyms.csv); plain issuance stays new issues, stock issued for a purchase of assets keeps its
    own concept."""
    assert _pick("cf", "Issuance of common stock for acquisition of Widget Corp.", "supplemental") == (
        "StockIssuedDuringPeriodValueAcquisitions")
    assert _pick("eq", "Common stock issued in business combinations") == "StockIssuedDuringPeriodValueAcquisitions"
    assert _pick("eq", "Shares issued in connection with the merger") == "StockIssuedDuringPeriodValueAcquisitions"
    assert _pick("eq", "Issuance of common stock") == "StockIssuedDuringPeriodValueNewIssues"
    assert _pick("eq", "Shares issued for purchase of assets") == "StockIssuedDuringPeriodValuePurchaseOfAssets"
