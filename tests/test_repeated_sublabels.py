"""Repeated sub-labels (issue 10, class 11): the same words printed under two headings of one
statement ("Revenues: / Quuxware services" and "Operating expenses: / Quuxware services") are two
lines, each named from the heading it stands under; the second is no duplicate of the first, and
no conflict is reported between them. A synthetic snippet; needs no ../shared.
"""

from __future__ import annotations

from exporter.understand.extract import Extraction
from tests.text_snippet import extract_snippet

INCOME_STATEMENT = """\
                          SNIPPET WIDGETS INC
                  CONSOLIDATED STATEMENTS OF OPERATIONS
                            (IN THOUSANDS)
<TABLE>
<CAPTION>
                                                    YEAR ENDED DECEMBER 31,
                                                     2001          2000
                                                   -------       -------
<S>                                                <C>           <C>
Revenues:
  Quuxware services                                $ 5,000       $ 4,000
  Zorbic licences                                    3,000         2,500
                                                   -------       -------
Total revenues                                       8,000         6,500
Operating expenses:
  Quuxware services                                  2,000         1,800
  Zorbic licences                                    1,000           900
                                                   -------       -------
Total operating expenses                             3,000         2,700
                                                   -------       -------
Operating income                                     5,000         3,800
                                                   -------       -------
Net income                                         $ 5,000       $ 3,800
                                                   =======       =======
</TABLE>
"""


def _income(ex: Extraction) -> dict[tuple[str, str], int]:
    st = next(s for s in ex.statements if s.code == "is")
    return {(f.concept, f.period.key()): int(f.value) for f in st.facts}


def test_a_sub_label_repeated_under_another_heading_is_its_own_line() -> None:
    ex = extract_snippet(INCOME_STATEMENT)
    facts = _income(ex)
    year = "2001-01-01/2001-12-31"
    quux = {c: v for (c, p), v in facts.items() if p == year and "Quuxware" in c}
    zorb = {c: v for (c, p), v in facts.items() if p == year and "Zorbic" in c}
    # two concepts each, one per heading, holding the figure printed under that heading
    assert sorted(quux.values()) == [2_000_000, 5_000_000], quux
    assert sorted(zorb.values()) == [1_000_000, 3_000_000], zorb
    assert any("Revenue" in c for c in quux) and any("Expense" in c for c in quux), quux
    assert not [f for f in ex.findings if "conflict" in f.code.lower()]
    # the printed label stays as printed
    st = next(s for s in ex.statements if s.code == "is")
    assert [ln.display_label for ln in st.lines].count("Quuxware services") == 2
