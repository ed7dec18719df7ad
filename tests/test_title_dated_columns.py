"""A statement whose one column of figures is headed by nothing, its date printed only in the title
lines ("BALANCE SHEET / December 31, 2007" over the lines; a small company's 10-KSB): the column is
that date's (issue 10, periods from every clue). The balance sheet was dropped, "a bs table whose
columns name no dates". Synthetic snippets; need no ../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet

BALANCE_SHEET = """\
                                 SNIPPET SHELL INC.
                                  BALANCE SHEET
                                December 31, 2007

                                     ASSETS

Current Assets
     Cash and cash equivalents                                 $      28,604
                                                              ------------------
     Total current Assets                                             28,604
                                                              ------------------
     TOTAL ASSETS                                              $      28,604
                                                              ==================

                   LIABILITIES AND SHAREHOLDERS' EQUITY

Current Liabilities
     Accrued expenses                                          $      18,149
                                                              ------------------
     TOTAL LIABILITIES                                                18,149

SHAREHOLDERS' EQUITY
Common stock                                                           1,245
Additional paid-in capital                                        10,687,358
Accumulated deficit                                              (10,678,148)
                                                              ------------------
        TOTAL SHAREHOLDERS' EQUITY                                    10,455
                                                              ------------------
TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY                     $      28,604
                                                              ==================
"""


def _facts(body: str) -> dict[tuple[str, str], int]:
    ex = extract_snippet(body, form="10-KSB")
    st = next(s for s in ex.statements if s.code == "bs")
    return {(f.concept or "", f.period.key()): int(f.value) for f in st.facts}


def test_an_unheaded_column_takes_the_one_date_its_title_prints() -> None:
    got = _facts(BALANCE_SHEET)
    assert got[("Assets", "2007-12-31")] == 28_604
    assert got[("StockholdersEquity", "2007-12-31")] == 10_455
    assert got[("RetainedEarningsAccumulatedDeficit", "2007-12-31")] == -10_678_148
    assert {p for _, p in got} == {"2007-12-31"}


def test_an_unheaded_column_under_a_title_of_no_date_is_not_guessed() -> None:
    body = BALANCE_SHEET.replace("                                December 31, 2007\n", "")
    ex = extract_snippet(body, form="10-KSB")
    assert not any(s.code == "bs" for s in ex.statements)
