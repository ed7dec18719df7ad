"""Repeated sub-labels (issue 10, class 11): the same words printed under two headings of one
statement ("Revenues: / Quuxware services" and "Operating expenses: / Quuxware services") are two
lines, each named from the heading it stands under; the second is no duplicate of the first, and
no conflict is reported between them. A synthetic snippet; needs no ../shared.
"""

from __future__ import annotations

from exporter.understand.extraction import Extraction
from taxonomy_map import concepts
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


def _by_label(ex: Extraction, label: str, period: str) -> dict[int, str]:
    """The year's figures printed on the lines of ``label``, each with its concept."""
    st = next(s for s in ex.statements if s.code == "is")
    return {int(f.value): f.concept for f in st.facts if f.label.strip() == label and f.period.key() == period}


def _sides(ex: Extraction) -> dict[str, str]:
    """credit (revenue) or debit (expense) by concept: a us-gaap concept's balance, an extension's
    as its line declares it."""
    st = next(s for s in ex.statements if s.code == "is")
    out = {ln.concept: ln.balance for ln in st.lines}
    return out | {name: c.balance for name in out if (c := concepts().get(name)) is not None}


def test_a_sub_label_repeated_under_another_heading_is_its_own_line() -> None:
    ex = extract_snippet(INCOME_STATEMENT)
    year = "2001-01-01/2001-12-31"
    quux = _by_label(ex, "Quuxware services", year)
    zorb = _by_label(ex, "Zorbic licences", year)
    # two lines each, one per heading, holding the figure printed under that heading, each with a
    # concept of its heading's side (a revenue under "Revenues:", an expense under "Operating expenses:")
    assert sorted(quux) == [2_000_000, 5_000_000], quux
    assert sorted(zorb) == [1_000_000, 3_000_000], zorb
    for lines in (quux, zorb):
        assert len(set(lines.values())) == 2, lines
        side = _sides(ex)
        assert side[lines[max(lines)]] == "credit" and side[lines[min(lines)]] == "debit", lines
    assert not [f for f in ex.findings if "conflict" in f.code.lower()]
    # the printed label stays as printed
    st = next(s for s in ex.statements if s.code == "is")
    assert [ln.display_label for ln in st.lines].count("Quuxware services") == 2
