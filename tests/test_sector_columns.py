"""A statement printed in sector columns only (each year's "Automotive" and "Financial Services"
side by side), its consolidated line in a table of its own under it (issue 10); synthetic
snippets, no ../shared."""

from __future__ import annotations

from tests.text_snippet import extract_snippet

SECTOR_CASH_FLOWS = """\
                       SNIPPET MOTOR COMPANY AND SUBSIDIARIES
                      CONSOLIDATED STATEMENT OF CASH FLOWS
                For the Years Ended December 31, 1995 and 1994
                                 (in millions)
<TABLE>
<CAPTION>
                                                1995                      1994
                                       -----------------------  -----------------------
                                                    Financial                Financial
                                       Automotive   Services    Automotive   Services
<S>                                     <C>         <C>         <C>          <C>
Cash and cash equivalents at
 January 1                             $  3,504     $  3,182    $  4,958     $  3,175

Cash flows from operating
 activities                               6,862        7,145       5,753        5,762
Cash flows from investing activities
 Capital expenditures                    (6,714)        (100)     (5,697)         (93)
 Other                                    2,015       (7,672)       (510)      (5,668)
                                         ------       ------      ------       ------
   Net cash used in investing
    activities                           (4,699)      (7,772)     (6,207)      (5,761)
                                         ------       ------      ------       ------
   Net increase/(decrease) in
    cash and cash equivalents             2,163         (627)     (1,454)           1
                                       --------     --------     -------       ------
Cash and cash equivalents at
December 31                            $  5,667     $  2,555    $  3,504     $  3,176
                                       ========     ========     ========     ========
</TABLE>

<TABLE>
<CAPTION>
<S>                                            <C>                           <C>
Total cash and cash equivalents                $8,222                        $6,680
                                               ======                        ======
</TABLE>
"""


def test_the_consolidated_line_under_sector_columns_is_read_as_their_balance() -> None:
    """The sector columns give no plain facts; the line printed under them, one figure a year that
    adds up the sectors' cash at December 31, is the consolidated cash at each year's end (not the
    opening balance: "at January 1" is printed above it)."""
    ex = extract_snippet(SECTOR_CASH_FLOWS)
    (cf,) = [s for s in ex.statements if s.code == "cf"]
    values = {(f.period.key(), int(f.value)) for f in cf.facts}
    assert values == {("1995-12-31", 8_222_000_000), ("1994-12-31", 6_680_000_000)}
    assert {f.concept for f in cf.facts} <= {"CashAndCashEquivalentsAtCarryingValue",
                                              "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"}


def test_sector_columns_without_a_consolidated_line_give_no_facts() -> None:
    """Without the line under them, the sector columns still give no plain facts."""
    body = SECTOR_CASH_FLOWS[:SECTOR_CASH_FLOWS.rindex("<TABLE>")]
    ex = extract_snippet(body)
    assert not [f for s in ex.statements if s.code == "cf" for f in s.facts]


def test_a_total_under_sector_columns_that_sums_no_line_is_a_line_of_its_own() -> None:
    """A consolidated line whose figures add up no line's sector figures is its own last line,
    exported in the consolidated columns under its own label."""
    body = SECTOR_CASH_FLOWS.replace("$8,222", "$9,100").replace("$6,680", "$7,010")
    ex = extract_snippet(body)
    (cf,) = [s for s in ex.statements if s.code == "cf"]
    values = {(f.label, int(f.value)) for f in cf.facts}
    assert values == {("Total cash and cash equivalents", 9_100_000_000),
                      ("Total cash and cash equivalents", 7_010_000_000)}


def test_sector_columns_are_said_to_be_entity_columns_not_undated() -> None:
    """Each sector column has its year: the report says they are entity columns, not that they
    have no period."""
    body = SECTOR_CASH_FLOWS[:SECTOR_CASH_FLOWS.rindex("<TABLE>")]
    ex = extract_snippet(body)
    assert [w for w in ex.warnings if "entity columns" in w]
    assert not [w for w in ex.warnings if "has no period" in w]
