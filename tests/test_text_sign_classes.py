"""Old plain-text filings: signs a loss company prints (issue 10), from small synthetic snippets;
none needs ../shared."""

from __future__ import annotations

from tests.text_snippet import extract_snippet

LOSSES_PRINTED_PLAIN = """\
                              SNIPPET CORP.
                        STATEMENTS OF OPERATIONS
                  YEARS ENDED DECEMBER 31, 1997 AND 1996
<TABLE>
<CAPTION>
                                                            1997          1996
<S>                                                     <C>           <C>
REVENUES:
  License                                               $   985,495   $   410,000
  Services                                                  230,860        20,000
                                                        -----------   -----------
     Total net revenues                                   1,216,355       430,000
                                                        -----------   -----------
OPERATING EXPENSES:
  Cost of revenues                                          578,887       100,000
  Research and development                                2,580,795       439,469
  General and administrative                              2,378,685       312,597
                                                        -----------   -----------
LOSS FROM OPERATIONS                                      4,322,012       422,066
                                                        -----------   -----------
OTHER INCOME (EXPENSE):
  Interest income                                           156,436        19,367
  Interest expense                                          (34,527)       (9,712)
                                                        -----------   -----------
     Total other income - net                               121,909         9,655
                                                        -----------   -----------
NET LOSS                                                $ 4,200,103   $   412,411
                                                        ===========   ===========
</TABLE>
"""


def test_losses_printed_without_parentheses() -> None:
    """A loss company prints its operating loss and net loss as plain figures under labels that say
    "LOSS": they are losses (stored negative under the income-or-loss concepts), and the expenses
    that make them stay positive."""
    ex = extract_snippet(LOSSES_PRINTED_PLAIN)
    (st,) = [s for s in ex.statements if s.code == "is"]
    values = {(f.label, f.period.key()): int(f.value) for f in st.facts}
    assert values[("NET LOSS", "1997-01-01/1997-12-31")] == -4_200_103
    assert values[("NET LOSS", "1996-01-01/1996-12-31")] == -412_411
    assert values[("LOSS FROM OPERATIONS", "1997-01-01/1997-12-31")] == -4_322_012
    assert values[("Research and development", "1997-01-01/1997-12-31")] == 2_580_795
    assert values[("Interest expense", "1997-01-01/1997-12-31")] == 34_527
    assert values[("Interest income", "1997-01-01/1997-12-31")] == 156_436
    assert not [f for f in ex.findings if f.severity == "error"], [f.message for f in ex.findings]
