"""The amounts a label states for each column of a second balance sheet whose year-end column an
earlier balance sheet already exports (issue 10): an 8-K printing the audited year ends and then the
interim balance sheet beside the last year end ("less accumulated depreciation of $4,089 and $3,594,
respectively"). The year-end column is not exported twice, but it still takes the second amount:
the first is the interim date's, where the label's two amounts against one exported column were
read as no amount at all. Synthetic snippet; needs no ../shared.
"""

from __future__ import annotations

from decimal import Decimal

from tests.text_snippet import extract_snippet, two_year_caption


def _balance(heading: str, years: tuple[str, str], label_amounts: str, equipment: tuple[str, str],
             cash: tuple[str, str]) -> str:
    total = tuple(f"{int(c.replace(',', '')) + int(e.replace(',', '')):,}"
                  for c, e in zip(cash, equipment, strict=True))
    return two_year_caption("CONSOLIDATED BALANCE SHEETS", heading, years) + f"""\
Cash and cash equivalents...............................  ${cash[0]:>8}     ${cash[1]:>8}
Office equipment at cost, less accumulated depreciation of
  {label_amounts:<54}  {equipment[0]:>8}     {equipment[1]:>8}
                                                          --------     --------
    Total assets........................................  ${total[0]:>8}     ${total[1]:>8}
                                                          ========     ========
Accounts payable........................................  $    500     $    400
Retained earnings.......................................  {int(total[0].replace(',', '')) - 500:>9,}    \
{int(total[1].replace(',', '')) - 400:>9,}
                                                          --------     --------
    Total liabilities and shareholders' equity..........  ${total[0]:>8}     ${total[1]:>8}
                                                          ========     ========
</TABLE>

"""


YEAR_ENDS = _balance("December 31,", ("1998", "1999"), "$2,540 and $3,594, respectively.....",
                     ("1,888", "1,247"), ("2,689", "8,018"))
INTERIM = _balance("June 30,     December 31,", ("2000", "1999"), "$4,089 and $3,594, respectively.....",
                   ("989", "1,247"), ("10,263", "8,018"))


def test_a_label_amount_of_an_interim_balance_sheet_is_read_beside_a_year_end_read_before() -> None:
    ex = extract_snippet(YEAR_ENDS + INTERIM, form="8-K")
    depreciation = {f.period.key(): f.value for st in ex.statements for f in st.facts
                    if f.concept == "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment"}
    assert depreciation == {"1998-12-31": Decimal(2_540_000), "1999-12-31": Decimal(3_594_000),
                            "2000-06-30": Decimal(4_089_000)}
