"""A balance-sheet line keeps to its side when its best concepts go to other lines (issue 11's
text-key classes): none needs ../shared."""

from __future__ import annotations

from exporter.understand.extraction import Extraction
from tests.text_snippet import extract_snippet, two_year_caption

TWO_DEFERRED_TAX_ASSETS = two_year_caption("CONSOLIDATED BALANCE SHEETS", "December 31,", ("2004", "2003")) + """\
Current assets:
  Cash and cash equivalents                                    100           90
  Receivables                                                  200          180
  Deferred income taxes                                         50           40
    Total current assets                                       350          310
Property and equipment, net                                    500          480
Deferred income taxes                                           70           60
Other assets                                                    30           20
    Total assets                                               950          870
Current liabilities:
  Accounts payable                                             150          140
    Total current liabilities                                  150          140
Long-term debt                                                 300          280
Stockholders' equity:
  Common stock                                                 100          100
  Retained earnings                                            400          350
    Total stockholders' equity                                 500          450
    Total liabilities and stockholders' equity                 950          870
</TABLE>
"""


def _deferred(ex: Extraction) -> list[tuple[str, int]]:
    """(concept, value) of each 'Deferred income taxes' line's first column, top down."""
    seen: dict[int, tuple[str, int]] = {}
    for s in ex.statements:
        for f in s.facts if s.code == "bs" else ():
            if f.label == "Deferred income taxes":
                seen.setdefault(f.line, (f.concept, int(f.value)))
    return [seen[k] for k in sorted(seen)]


def test_an_asset_whose_concept_another_line_took_is_no_negative_liability() -> None:
    """Two 'Deferred income taxes' among the assets: the noncurrent one is DeferredIncomeTaxAssetsNet;
    the current one, passed over for it, does not take the liability concept most companies give
    the words (DeferredIncomeTaxLiabilitiesNet, its asset stored negative): with no asset concept
    left it is a company extension concept, stored as printed."""
    current, noncurrent = _deferred(extract_snippet(TWO_DEFERRED_TAX_ASSETS))
    assert noncurrent == ("DeferredIncomeTaxAssetsNet", 70_000)
    assert "Liabilit" not in current[0]
    assert current[1] == 50_000
