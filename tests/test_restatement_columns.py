"""A restatement's columns: the prior year printed twice, as restated and as first reported
(exporter/understand/restatements.py, words in taxonomy_map/reader_words.csv). Synthetic snippets;
none needs ../shared."""

from __future__ import annotations

from datetime import date

from exporter.understand.periods import Period
from exporter.understand.restatements import superseded_columns
from tests.text_snippet import extract_snippet

YEAR = Period(date(1996, 12, 31), date(1996, 1, 1))

RESTATED_BESIDE_PREVIOUSLY_REPORTED = """
                     CONSOLIDATED STATEMENTS OF INCOME
                   (In thousands, except per share data)

<TABLE>
<CAPTION>
                                                         Year Ended December 31,
                                                  ------------------------------------
                                                                    1996          1996
                                                      1997   (As restated)  (As previously
                                                                               reported)
                                                  --------  -------------  -------------
<S>                                               <C>       <C>            <C>
Net sales.......................................  $ 98,450     $ 91,230       $ 91,230
Cost of sales...................................    61,200       57,800         57,100
Selling, general and administrative.............    30,100       28,400         28,400
                                                  --------     --------       --------
Income before income taxes......................     7,150        5,030          5,730
Income taxes....................................     2,860        2,012          2,292
                                                  --------     --------       --------
Net income......................................  $  4,290     $  3,018       $  3,438
                                                  ========     ========       ========
</TABLE>
"""


def test_the_restated_column_gives_the_prior_year_and_the_first_reported_one_is_left_out() -> None:
    """"1996 (As restated)" beside "1996 (As previously reported)": both columns name 1996, but they
    are no entity columns (of which, with no consolidated one, none would be exported): the restated
    figures are the prior year's facts, the superseded ones are not exported, and the report says
    why."""
    ex = extract_snippet(RESTATED_BESIDE_PREVIOUSLY_REPORTED)
    prior = {f.label: int(f.value) for f in ex.facts if f.period.key() == "1996-01-01/1996-12-31"}
    assert prior["Cost of sales"] == 57_800_000 and prior["Net income"] == 3_018_000
    assert len(prior) == 6 and not {57_100_000, 3_438_000, 2_292_000} & {abs(v) for v in prior.values()}
    assert any("supersedes" in w and "previously" in w for w in ex.warnings)


def test_a_restatement_with_an_adjustments_column_keeps_the_restated_one() -> None:
    """"As originally reported | Adjustments | As restated", all of one year: the restated column."""
    headers = ["1996 As originally reported", "1996 Adjustments", "1996 As restated"]
    assert superseded_columns(headers, [YEAR] * 3) == {0: 2, 1: 2}


def test_a_non_gaap_table_says_no_restatement_and_is_left_as_it_is() -> None:
    """"As reported | Adjustments | As adjusted" (a release's non-GAAP reconciliation), or entity
    columns: no column says a restatement is printed, so none is read as superseded."""
    assert superseded_columns(["1996 As reported", "1996 Adjustments", "1996 As adjusted"], [YEAR] * 3) == {}
    assert superseded_columns(["1996 Parent", "1996 Subsidiaries", "1996 Consolidated"], [YEAR] * 3) == {}
    assert superseded_columns(["1996 As restated"], [YEAR]) == {}
