"""A balance-sheet line's side: a line printed among the assets (before total assets) taking a
concept us-gaap sums only into liabilities and equity, or a claim line one it sums only into assets,
counts against the concept (feature ``other_side``, issue 11); none needs ../shared."""

from __future__ import annotations

from exporter.map import features, mapping, ranker
from exporter.understand import line_zones
from tests.text_snippet import extract_snippet

ONE_DEFERRED_TAX_LINE = """\
    CONSOLIDATED BALANCE SHEET

        (millions)
                                            July 3,   June 28,  January 3,
                                             2004       2003       2004
    Assets
      Current assets
        Cash and cash equivalents          $ 3,100    $ 2,900    $ 9,000
        Credit card receivables              1,800      1,850      2,000
        Other receivables                      550        730        730
        Merchandise inventories, net         5,500      5,400      5,300
        Prepaid expenses, deferred charges
         and other current assets              890        620        400
        Deferred income taxes                  580        830        700
          Total current assets              12,420     12,330     18,130

      Property and equipment, net            6,740      7,520      7,070
      Goodwill                                 940        940        940
      Other assets                             540      1,260        700
          Total assets                     $20,640    $22,050    $26,840

    Liabilities
      Current liabilities
        Short-term borrowings              $   770    $ 5,460    $ 1,030
        Merchandise payables                 3,010      2,870      3,100
        Other liabilities                    2,490      3,230      3,020
          Total current liabilities          6,270     11,560      7,150

      Long-term debt                         4,520      1,760      4,560
          Total liabilities                 10,790     13,320     11,710

    Shareholders' Equity
      Common shares                            320        320        320
      Retained earnings                      9,530      8,410     14,810
          Total shareholders' equity         9,850      8,730     15,130
          Total liabilities and
           shareholders' equity            $20,640    $22,050    $26,840
"""


def _side(concept: str | None) -> str:
    """'assets', 'claims' or '' (both or neither) by the us-gaap totals ``concept`` sums into."""
    anc = mapping.index().ancestors.get(concept or "", frozenset())
    sides = {s for s in ("assets", "claims") if features.side_total(s) in anc}
    return sides.pop() if len(sides) == 1 else ""


def _q(label: str, *zone: str, negative: bool = False, sided: bool = True) -> mapping.LineQuery:
    """A balance-sheet line in ``zone``; ``sided``: the printed total assets bears its side out."""
    z = frozenset(zone) | ({line_zones.SIDED} if sided else frozenset())
    return mapping.LineQuery("bs", label, zone=z, period_type="instant", negative_shown=negative)


def test_a_concept_of_the_other_side_counts_against_it() -> None:
    idx = mapping.index()
    assets, claims = _q("Deferred income taxes", "assets", "current"), _q("Deferred income taxes", "liabilities")
    assert features.other_side("DeferredIncomeTaxLiabilitiesNet", assets, idx) == {"other_side": 1.0}
    assert features.other_side("DeferredIncomeTaxAssetsNet", assets, idx) == {}
    assert features.other_side("DeferredIncomeTaxAssetsNet", claims, idx) == {"other_side": 1.0}
    assert features.other_side("DeferredIncomeTaxLiabilitiesNet", claims, idx) == {}
    assert features.other_side("DeferredIncomeTaxAssetsNet", _q("Deferred income taxes", "equity"), idx) \
        == {"other_side": 1.0}


def test_a_line_shown_negative_or_outside_a_side_is_left_to_the_ranker() -> None:
    """A line in parentheses among the assets may be deducted from them; a line of no side, or of a
    side no printed total bears out, says nothing."""
    idx = mapping.index()
    assert features.other_side("DeferredIncomeTaxLiabilitiesNet",
                               _q("Deferred income taxes", "assets", negative=True), idx) == {}
    assert features.other_side("DeferredIncomeTaxLiabilitiesNet", _q("Deferred income taxes"), idx) == {}
    # a side read from headings alone, no printed total assets bearing it out, may be read wrong
    assert features.other_side("DeferredIncomeTaxLiabilitiesNet",
                               _q("Deferred income taxes", "assets", sided=False), idx) == {}
    cf = mapping.LineQuery("cf", "Deferred income taxes", zone=frozenset({"assets"}))
    assert features.other_side("DeferredIncomeTaxLiabilitiesNet", cf, idx) == {}


def test_a_line_among_the_assets_takes_a_concept_of_its_side() -> None:
    """'Deferred income taxes' among the current assets (most companies writing the label print it
    among the liabilities) takes the asset, and among the current liabilities the liability."""
    for zone, want in ((("assets", "current"), "assets"), (("liabilities", "current"), "claims")):
        ch = ranker.choose(_q("Deferred income taxes", *zone))
        assert _side(ch.concept) == want, (zone, ch.concept)
        assert "other_side" in features.possible(_q("Deferred income taxes", *zone), frozenset())


def test_the_one_deferred_tax_line_among_the_assets_is_an_asset() -> None:
    """The whole statement: its one 'Deferred income taxes' line, among the current assets, takes a
    concept of the assets' side, stored as printed (positive), not the liability most companies
    writing the label chose, stored negative."""
    ex = extract_snippet(ONE_DEFERRED_TAX_LINE)
    bs = next(s for s in ex.statements if s.code == "bs")
    got = [(f.concept, int(f.value)) for f in bs.facts if f.label == "Deferred income taxes"]
    assert len(got) == 3, got  # three balance dates
    for concept, value in got:
        assert _side(concept) == "assets" and value > 0, (concept, value)
