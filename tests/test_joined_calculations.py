"""A statement printed in two tables of other periods whose lines differ (a transition period's 39
weeks, then the 52-week years before it, "(continued)"): one statement role holds one summation of
a total, so the calculation linkbase sums every part either table prints, once, when that adds up
in every period (XBRL Calculations 1.1: a part with no value in a period counts for nothing); the
second table's summation was left out, and Arelle found the first's inconsistent in the second's
periods. A synthetic snippet; needs no ../shared.
"""

from __future__ import annotations

from exporter.understand.calculations import Dropped, _joined, _values, decide_calculations
from tests.text_snippet import extract_snippet

_HEAD = """\
                        SNIPPET SMILE, INC.
             CONSOLIDATED STATEMENTS OF CASH FLOWS{cont}
                           (In Thousands)
<TABLE>
<CAPTION>
                                                          {a:<13}{b}
                                                           Ended        Ended
                                                        {c:<13}{d}
                                                           2000         {y}
<S>                                                     <C>          <C>
"""

FIRST = _HEAD.format(cont="", a="39 Weeks", b="39 Weeks", c="December 30", d="December 30", y="1999") + """\
Net loss                                                 (44,008)     (16,408)
Depreciation and amortization                              3,830          774
Amortization of discount on debt                             198            -
Increase in accounts payable                               6,565          801
                                                         --------     --------
Net cash used in operating activities                    (33,415)     (14,833)
                                                         ========     ========
</TABLE>
"""

SECOND = _HEAD.format(cont=" (continued)", a="52 Weeks", b="52 Weeks", c="April 1,", d="March 31,",
                      y="1999") + """\
Net loss                                                 (23,516)     (11,767)
Depreciation and amortization                              1,457          171
Gain on sale of assets                                         -         (101)
Increase in accounts payable                                (168)         722
                                                         --------     --------
Net cash used in operating activities                    (22,227)     (10,975)
                                                         ========     ========
</TABLE>
"""


def test_two_tables_of_other_periods_sum_their_total_once_from_every_part() -> None:
    ex = extract_snippet(FIRST + "\n\n" + SECOND, form="10-K", fye="1230", period="20001230")
    assert len([s for s in ex.statements if s.code == "cf"]) == 2
    # the tables' third lines share no word: two lines, not one repeated (repeats._may_be_one)
    concepts = {f.label: f.concept for s in ex.statements for f in s.facts}
    assert concepts["Gain on sale of assets"] != concepts["Amortization of discount on debt"]
    kept, dropped = decide_calculations(ex.statements)
    (total,) = [c for c in kept if c.total.concept == "NetCashProvidedByUsedInOperatingActivities" and not c.repeat]
    parts = {p.label for p, _ in total.parts}
    assert {"Amortization of discount on debt", "Gain on sale of assets", "Net loss"} <= parts
    assert not [d for d in dropped if d.reason is Dropped.SUMMED_IN_OTHER_TABLE]


def test_parts_that_would_not_add_up_are_not_joined() -> None:
    # the union of the two tables' parts, checked against the facts: joined while every period adds
    # up; a total off by more than its rounding in one period (a misprint) leaves the two apart
    ex = extract_snippet(FIRST + "\n\n" + SECOND, form="10-K", fye="1230", period="20001230")
    first, second = (next(c for c in decide_calculations([st])[0]
                          if c.total.concept == "NetCashProvidedByUsedInOperatingActivities")
                     for st in ex.statements if st.code == "cf")
    values = _values(ex.statements)
    assert _joined(first, second, {}, values) is not None
    total = first.total.concept
    period = next(p for c, p in values if c == total and p.end.year == 1999 and p.end.month == 3)
    value, places = values[(total, period)]
    assert _joined(first, second, {}, values | {(total, period): (value + 1_000_000, places)}) is None
