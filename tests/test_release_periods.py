"""An earnings release's columns dated by the period its text says it reports (issue 10, periods
from every clue): "THREE MONTHS" over "1994", "SECOND QUARTER" over "2000" name no month or day, an
8-K's SEC header's period of report is the day of the event, and a retailer's fiscal year end in
January dates no quarter by itself; the release's words "for the fourth quarter ended December 31,
1994" do. Synthetic snippets; need no ../shared.
"""

from __future__ import annotations

from datetime import date

from exporter.read.documents import SecHeader
from exporter.understand.column_periods import quarterly_report, release_period, reported_period_end
from exporter.understand.extraction import Extraction
from exporter.understand.periods import release_period_end
from tests.text_snippet import extract_snippet

_TABLE = """\
                         SNIPPET HEALTH CORPORATION
                   CONSOLIDATED STATEMENTS OF OPERATIONS
             (In thousands, except per share data) (Unaudited)

                              {first:^18}      {second:^22}
                              ------------------      ----------------------
                               {y1}       {y0}          {y1}         {y0}
                              -------   -------       --------    --------
Revenues                     $ 900,000  $800,000    $3,500,000  $3,000,000
Medical costs                  700,000   600,000     2,700,000   2,300,000
Selling, general and
  administrative expenses      100,000    90,000       400,000     350,000
                              -------   -------       --------    --------
Earnings from operations       100,000   110,000       400,000     350,000
Interest income                 10,000     8,000        40,000      30,000
                              -------   -------       --------    --------
Earnings before income taxes   110,000   118,000       440,000     380,000
Provision for income taxes      44,000    47,000       176,000     152,000
                              -------   -------       --------    --------
Net earnings                  $ 66,000  $ 71,000    $  264,000  $  228,000
                              =======   =======       ========    ========
"""


def _release(said: str, first: str, second: str, y1: str, y0: str) -> str:
    return (f"     MINNEAPOLIS -- Snippet Health Corporation today reported net earnings\n{said}\n\n"
            + _TABLE.format(first=first, second=second, y1=y1, y0=y0))


def _revenues(ex: Extraction) -> dict[str, int]:
    st = next(s for s in ex.statements if s.code == "is")
    return {f.period.key(): int(f.value) for f in st.facts if f.label == "Revenues"}


def test_the_release_period_phrase_is_read_from_its_text() -> None:
    assert release_period_end("earned $330 million in the second quarter ended August 12, 2000.") == date(2000, 8, 12)
    assert release_period_end("for the twelve weeks ended\nMay 20, 2000") == date(2000, 5, 20)
    assert release_period_end("for the year ended December 31, 1994") is None  # the cover's words, read before


def test_three_months_over_a_year_is_the_quarter_the_release_says() -> None:
    body = _release("of $66 million for the fourth quarter ended December 31, 1994.",
                    "THREE MONTHS", "TWELVE MONTHS", "1994", "1993")
    assert _revenues(extract_snippet(body, form="8-K")) == {
        "1994-10-01/1994-12-31": 900_000_000, "1993-10-01/1993-12-31": 800_000_000,
        "1994-01-01/1994-12-31": 3_500_000_000, "1993-01-01/1993-12-31": 3_000_000_000}


def test_a_january_year_ends_second_quarter_is_dated_by_the_release() -> None:
    # a retailer's fiscal year ends in January: "SECOND QUARTER" over "2000" ends in August 2000
    body = _release("of $66 million for the second quarter ended August 12, 2000.",
                    "SECOND QUARTER", "TWO QUARTERS", "2000", "1999")
    got = _revenues(extract_snippet(body, form="8-K", fye="0131"))
    assert got["2000-05-14/2000-08-12"] == 900_000_000
    assert {k.split("/")[1] for k in got} == {"2000-08-12", "1999-08-12"}
    assert sorted(got.values()) == [800_000_000, 900_000_000, 3_000_000_000, 3_500_000_000]


def test_a_release_that_says_no_period_leaves_its_quarters_undated() -> None:
    # the header's fiscal year end dates the whole years; which quarter "THREE MONTHS" is, nothing says
    body = _release("for the period.", "THREE MONTHS", "TWELVE MONTHS", "1994", "1993")
    assert _revenues(extract_snippet(body, form="8-K")) == {
        "1994-01-01/1994-12-31": 3_500_000_000, "1993-01-01/1993-12-31": 3_000_000_000}


def test_a_periodic_reports_header_period_comes_before_a_quarter_phrase() -> None:
    # a 10-Q's period is its SEC header's; a "quarter ended" in its text does not replace it
    body = _release("compared with the quarter ended December 31, 1993.", "THREE MONTHS", "NINE MONTHS",
                    "1994", "1993")
    got = _revenues(extract_snippet(body, form="10-Q", period="19940930"))
    assert "1994-07-01/1994-09-30" in got and "1994-01-01/1994-09-30" in got


def test_an_amended_periodic_report_is_one() -> None:
    """A 10-K/A or 10-Q/A is a periodic report: its SEC header's period of report is its period,
    no release's words replace it, and a 10-Q/A's columns are quarters (reader_words.csv form_word)."""
    end = date(1997, 6, 30)
    assert reported_period_end(SecHeader(form_type="10-K/A", period_of_report=end)) == end
    assert reported_period_end(SecHeader(form_type="10-K405", period_of_report=end)) == end
    assert quarterly_report(SecHeader(form_type="10-Q/A"))
    assert reported_period_end(SecHeader(form_type="8-K", period_of_report=end)) is None  # the event's day
    assert release_period(SecHeader(form_type="10-Q/A"), ["for the quarter ended June 30, 1997"]) is None
