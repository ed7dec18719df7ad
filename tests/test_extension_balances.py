"""One extension concept, one balance type, whatever statement prints its line (issue 10).

An extension line's balance type is the one that makes its printed total add up with its figures
stored as magnitudes: read from the sign most of its columns print. A filing printing the year's cash
flows and the half year's ("(Increase) decrease in: Receivable from clearing firm", 968 in the
year's columns, (3,495) and 588 in the half year's) named one extension for both lines but stored the
year's decrease and the half year's increase both as positive figures: one concept, two meanings.
The first statement's balance type holds for the line wherever the concept is printed. Synthetic
snippet; needs no ../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet, two_year_caption


def _cash_flows(heading: str, years: tuple[str, str], clearing: tuple[str, str], net: tuple[str, str],
                operating: tuple[str, str]) -> str:
    return two_year_caption("CONSOLIDATED STATEMENTS OF CASH FLOWS", heading, years) + f"""\
Net income..............................................  ${net[0]:>8}     ${net[1]:>8}
Depreciation............................................       100          100
(Increase) decrease in:
  Receivable from clearing firm.........................  {clearing[0]:>9}    {clearing[1]:>9}
                                                          --------     --------
    Net cash provided by operating activities...........  {operating[0]:>9}    {operating[1]:>9}
                                                          ========     ========
</TABLE>

"""


YEAR = _cash_flows("Year Ended December 31,", ("1999", "1998"), ("968", "1,009"), ("2,709", "300"),
                   ("3,777", "1,409"))
HALF = _cash_flows("Six Months Ended June 30,", ("2000", "1999"), ("(3,495)", "588"), ("1,761", "678"),
                   ("(1,634)", "1,366"))


def _clearing(body: str) -> dict[str, object]:
    ex = extract_snippet(body, form="8-K")
    facts = [f for st in ex.statements for f in st.facts if f.label.startswith("Receivable from clearing")]
    assert len({f.concept for f in facts}) == 1 and not facts[0].concept.startswith("us-gaap")
    return {f.period.key(): f.value for f in facts}


def test_one_extension_keeps_one_balance_across_statements() -> None:
    by_period = _clearing(YEAR + HALF)
    # stored as the year's first column prints them: the cash a decrease brings in is positive
    assert by_period["1999-01-01/1999-12-31"] == 968_000 and by_period["1998-01-01/1998-12-31"] == 1_009_000
    assert by_period["2000-01-01/2000-06-30"] == -3_495_000 and by_period["1999-01-01/1999-06-30"] == 588_000


def test_the_first_statement_printed_decides() -> None:
    by_period = _clearing(HALF + YEAR)
    assert by_period["2000-01-01/2000-06-30"] == 3_495_000 and by_period["1999-01-01/1999-12-31"] == -968_000
