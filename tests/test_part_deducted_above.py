"""A printed total from which one of its parts is deducted is the amount after that part: where
us-gaap's calculation tree deducts the part only in a total above a candidate concept, the
candidate is the amount before it and counts against the line (feature ``part_deducted_above``,
issue 11). An old income statement deducting "Minority interest" before "Income before cumulative
effect of change in accounting principle" prints the parent's IncomeLossFromContinuingOperations,
not the total including the minority's share. None needs ../shared."""

from __future__ import annotations

from exporter.map import features, mapping
from exporter.map.mapping import LineQuery
from tests.text_snippet import extract_snippet

MINORITY_FIRST = """\
    CONSOLIDATED STATEMENTS OF INCOME

        (millions)
                                                     Year Ended December 31,
                                                       1999        1998
    Revenues                                        $ 8,781     $10,196
    Costs and expenses                                8,692       9,694
                                                    -------     -------
    Income before income taxes and minority
     interest                                            89         502
    Income tax expense                                  (32)       (186)
    Minority interest                                    (4)         (7)
                                                    -------     -------
    Income before cumulative effect of change in
     accounting principle                                53         309
    Cumulative effect of change in accounting
     principle                                           (10)          -
                                                    -------     -------
    Net income                                      $    43     $   309
                                                    =======     =======
"""

_NCI = "NetIncomeLossAttributableToNoncontrollingInterest"
_PRETAX = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
_WITH_NCI = "IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest"


def _total(parts: frozenset[str]) -> LineQuery:
    return LineQuery("is", "Income before cumulative effect", zone=frozenset({"after tax"}), is_total=True,
                     parts=parts)


def test_a_part_deducted_above_the_concept_counts_against_it() -> None:
    idx = mapping.index()
    with_minority = frozenset({_PRETAX, "IncomeTaxExpenseBenefit", _NCI})
    assert features.deducted_above(_WITH_NCI, _total(with_minority), idx).get("part_deducted_above") == 1.0
    assert features.deducted_above("ProfitLoss", _total(with_minority), idx).get("part_deducted_above") == 1.0
    # the parent's amount is after the minority's share; the whole, when its parts leave the share out
    assert "part_deducted_above" not in features.deducted_above("IncomeLossFromContinuingOperations",
                                                            _total(with_minority), idx)
    assert "part_deducted_above" not in features.deducted_above(
        _WITH_NCI, _total(frozenset({_PRETAX, "IncomeTaxExpenseBenefit"})), idx)
    # a total after the income taxes is no income before them
    assert features.deducted_above(_PRETAX, _total(frozenset({"OperatingIncomeLoss", "IncomeTaxExpenseBenefit"})),
                               idx).get("part_deducted_above") == 1.0
    assert "part_deducted_above" in features.possible(_total(with_minority), frozenset())


def test_income_after_the_minority_interest_is_the_parents() -> None:
    st = next(s for s in extract_snippet(MINORITY_FIRST).statements if s.code == "is")
    got = {f.concept for f in st.facts if f.label.startswith("Income before cumulative effect")}
    assert got == {"IncomeLossFromContinuingOperations"}
