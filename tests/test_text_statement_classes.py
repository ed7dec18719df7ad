"""Old plain-text filings: more layout classes of issue 10, each from a small synthetic snippet
(a miscounted year-to-date heading, sector sections of one statement, values wrapped onto the
line below their label). None needs ../shared.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exporter import export
from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from exporter.understand.periods import ColumnDate, year_to_date_months
from exporter.write.report import arithmetic_findings


def _extract(text: str) -> Extraction:
    return extract(parse_filing(text, Path("snippet.txt")))


def _values(ex: Extraction, code: str) -> dict[tuple[str, str], int]:
    return {(f.label, f.period.key()): int(f.value) for s in ex.statements if s.code == code for f in s.facts}


def _header(fye: str) -> str:
    return f"""<SEC-DOCUMENT>
<SEC-HEADER>
CONFORMED SUBMISSION TYPE:\t8-K
COMPANY DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\tSNIPPET CLINICS LTD
\t\tFISCAL YEAR END:\t\t\t{fye}
</SEC-HEADER>
<DOCUMENT>
<TYPE>EX-99
<TEXT>
"""


IS_MISCOUNTED = """\
                           SNIPPET CLINICS LTD
                   CONSOLIDATED STATEMENTS OF OPERATIONS
                   (IN THOUSANDS, EXCEPT PER SHARE DATA)
<TABLE>
<CAPTION>
                                          THREE MONTHS ENDED  NINE MONTHS ENDED
                                                JULY 31,           JULY 31,
                                            2000       1999     2000      1999
                                            -----     -----    -----      ----
<S>                                     <C>          <C>      <C>       <C>
Net revenues                              $ 25,794     49,852   51,448   110,516
Operating expenses                          37,667     77,242   69,272   146,422
                                            ------     ------   ------    ------
Net loss                                  $(11,873)  $(27,390) (17,824)  (35,906)
</TABLE>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_year_to_date_months_against_the_fiscal_year_end() -> None:
    assert year_to_date_months(ColumnDate(date(2000, 7, 31), 9), (1, 31)) == 6
    assert year_to_date_months(ColumnDate(date(2000, 10, 31), 9), (1, 31)) is None  # right as headed
    assert year_to_date_months(ColumnDate(date(2000, 9, 30), 6), (12, 31)) == 9
    assert year_to_date_months(ColumnDate(date(2000, 7, 31), 3), (1, 31)) is None  # a quarter is a quarter
    assert year_to_date_months(ColumnDate(date(2000, 7, 31), 9), None) is None  # no declared year end
    assert year_to_date_months(ColumnDate(date(2000, 7, 15), 9), (1, 31)) is None  # not whole months


def test_nine_months_heading_over_six_months_of_the_fiscal_year() -> None:
    """A "NINE MONTHS ENDED JULY 31" heading of a company whose fiscal year ends January 31 (SEC
    header) is the six months from February 1; the quarter columns are untouched; a warning says so."""
    ex = _extract(_header("0131") + IS_MISCOUNTED)
    values = _values(ex, "is")
    assert values[("Net revenues", "2000-02-01/2000-07-31")] == 51_448_000
    assert values[("Net revenues", "1999-02-01/1999-07-31")] == 110_516_000
    assert values[("Net revenues", "2000-05-01/2000-07-31")] == 25_794_000
    assert not any(k[1].startswith("1999-11") for k in values)
    assert any("headed 9 months" in w and "read as the 6 months" in w for w in ex.warnings)


def test_nine_months_heading_kept_without_a_declared_fiscal_year_end() -> None:
    """No SEC header: nothing says the heading is wrong, so it is read as printed."""
    ex = _extract(IS_MISCOUNTED)
    values = _values(ex, "is")
    assert values[("Net revenues", "1999-11-01/2000-07-31")] == 51_448_000


BS_SECTORS = """\
                        SNIPPET INDUSTRIES AND SUBSIDIARIES
                            CONSOLIDATED BALANCE SHEET
                                  (in millions)
<TABLE>
<CAPTION>
                                                      December 31,  December 31,
                                                          1993          1992
                                                     -------------  -----------
<S>                                                  <C>            <C>
ASSETS
Machinery
Cash and cash equivalents                            $  5,000       $  3,000
Receivables                                             2,000          2,000
                                                     --------       --------
   Total Machinery assets                               7,000          5,000

Leasing
Cash and cash equivalents                               1,000          1,500
Net investment in leases                                9,000          8,500
                                                     --------       --------
   Total Leasing assets                                10,000         10,000
                                                     --------       --------
   Total assets                                      $ 17,000       $ 15,000
                                                     ========       ========

LIABILITIES AND STOCKHOLDERS' EQUITY
Machinery
Trade payables                                       $  4,000       $  3,000
   Total Machinery liabilities                          4,000          3,000

Leasing
Debt                                                    8,000          7,000
   Total Leasing liabilities                            8,000          7,000

Stockholders' equity
Common stock                                            1,000          1,000
Earnings retained                                       4,000          4,000
   Total stockholders' equity                           5,000          5,000

   Total liabilities and stockholders' equity        $ 17,000       $ 15,000
</TABLE>
"""


def test_sector_sections_are_not_consolidated_facts() -> None:
    """Class 5: a statement printed in sector sections (each business's lines closed by its own
    total, "Total Machinery assets"), then consolidated lines: only the consolidated lines are
    plain facts; each section left out is reported."""
    ex = _extract(BS_SECTORS)
    values = _values(ex, "bs")
    assert values[("Total assets", "1993-12-31")] == 17_000_000_000
    assert values[("Total stockholders' equity", "1992-12-31")] == 5_000_000_000
    assert values[("Total liabilities and stockholders' equity", "1993-12-31")] == 17_000_000_000
    labels = {label for label, _ in values}
    assert not labels & {"Cash and cash equivalents", "Receivables", "Debt", "Trade payables",
                         "Total Machinery assets", "Total Leasing liabilities"}
    assert sum("section" in w and "not exported" in w for w in ex.warnings) == 4


def test_headings_closed_by_a_plain_total_are_not_sectors() -> None:
    """'Current assets' closed by 'Total current assets' is part of the statement, not a sector."""
    text = BS_SECTORS.replace("Machinery\n", "Current assets\n").replace("Total Machinery assets",
                                                                      "Total current assets  ")
    text = text.replace("Leasing\n", "Other:\n").replace("Total Leasing assets", "Total other        ")
    text = text.replace("Total Machinery liabilities", "Total current liabilities  ")
    text = text.replace("Total Leasing liabilities", "Total other liabilities  ")
    values = _values(_extract(text), "bs")
    assert values[("Receivables", "1993-12-31")] == 2_000_000_000
    assert values[("Net investment in leases", "1992-12-31")] == 8_500_000_000


IS_WRAPPED = """\
                           SNIPPET CLINICS LTD
                   CONSOLIDATED STATEMENTS OF OPERATIONS
                   (IN THOUSANDS, EXCEPT PER SHARE DATA)
<TABLE>
<CAPTION>
                                                      THREE MONTHS ENDED
                                                            JULY 31,
                                                        2000       1999
                                                        -----     -----
<S>                                                 <C>          <C>
Net revenues                                        $ 25,794   $ 49,852
Operating expenses                                    37,667     77,242
Loss before provision for income taxes and          (11,873)
extraordinary item                                               (27,390)
Net income (loss) per share - basic
Loss before extraordinary item                      $ (0.38)   $
                                                                 (0.89)
Extraordinary item, net of tax                             -     (1.49)
</TABLE>
"""

BS_VALUES_ABOVE_LABEL = """\
                    SNIPPET CLINICS LTD CONSOLIDATED BALANCE SHEETS
                                 (IN THOUSANDS)

                                                     JULY 31,   JANUARY 31,
                                                       2000        2000
                                                     -------      -------
Cash and cash equivalents                               $8,973   $
                                                                   25,558
Accounts receivable, net                                13,895     16,193
Total current assets                                    22,868     41,751

CURRENT LIABILITIES
                                                      $4,317    $ 11,718
Current portion of debt and capital leases
Accounts payable                                         8,268     11,859
Total current liabilities                               12,585     23,577
"""


def test_values_wrapped_onto_the_line_below_their_label() -> None:
    """A number pushed onto the next line (under a dangling "$", or beside the run-on of a wrapped
    label) belongs to the row above; the per-share lines keep their heading's unit."""
    ex = _extract(IS_WRAPPED)
    values = {(label, period): v for (label, period), v in _values(ex, "is").items()}
    q99 = "1999-05-01/1999-07-31"
    assert values[("Loss before provision for income taxes and extraordinary item", q99)] == -27_390_000
    eps = {f.label: f for s in ex.statements for f in s.facts if f.period.key() == q99 and f.unit == "USD/shares"}
    assert {str(f.value) for f in eps.values()} >= {"-0.89", "-1.49"}


def test_values_printed_above_their_label() -> None:
    """An unlabelled line of values right above a label-only line is that line's values."""
    values = _values(_extract(BS_VALUES_ABOVE_LABEL), "bs")
    assert values[("Cash and cash equivalents", "2000-01-31")] == 25_558_000
    assert values[("Current portion of debt and capital leases", "2000-07-31")] == 4_317_000
    assert values[("Current portion of debt and capital leases", "2000-01-31")] == 11_718_000
    assert values[("Accounts payable", "2000-07-31")] == 8_268_000


def test_a_hyphenated_word_does_not_close_a_heading_as_a_sector() -> None:
    """'Other non-current assets' ends in '-current assets' but its hyphen is part of a word: the
    'Current assets' and 'Current liabilities' headings of an ordinary balance sheet are no sectors."""
    from exporter.read.numbers import parse_number
    from exporter.read.tables import Cell, Row
    from exporter.understand.sectors import sector_sections

    def row(label: str, *values: str) -> Row:
        cells = [Cell(v, parse_number(v), 0) for v in values] if values else [None, None]
        return Row(label, cells, 0)  # type: ignore[arg-type]

    rows = [row("Current assets:"), row("Cash", "10", "9"), row("Other non-current assets", "5", "4"),
            row("Current liabilities:"), row("Payables", "3", "2"),
            row("Other non-current liabilities", "1", "1")]
    assert sector_sections(rows) == []
    rows[2] = row("Total Current assets assets", "15", "13")  # sanity: a naming total does close it
    rows[5] = row("Other - Current liabilities", "4", "3")
    assert [s.name for s in sector_sections(rows)] == ["Current assets", "Current liabilities"]


IS_SUB_LABELS = """\
                          SNIPPET SAVINGS BANK
                    CONSOLIDATED STATEMENTS OF INCOME
<TABLE>
<CAPTION>
                                             Three Months Ended
                                                  March 31,
                                            2008             2007
                                            ----             ----
<S>                                     <C>              <C>
 Net Income                             $     3,772      $     4,913
 Earnings per common and common
  equivalent share                     $      0.32      $      0.40

 Weighted average shares
  outstanding:
   Basic                                11,943,021       12,258,580
   Common stock equivalents                 81,437          121,981
                                       -----------      -----------
   Diluted                              12,024,458       12,380,561
</TABLE>
"""


def test_sub_labels_under_a_heading_wrapped_over_two_lines() -> None:
    """Class 11: "Basic" / "Common stock equivalents" / "Diluted" under a heading wrapped over two
    lines ("Weighted average shares" / "outstanding:") are share counts named by heading + label;
    "per common and common equivalent share" is an amount per share."""
    ex = _extract(IS_SUB_LABELS)
    facts = {f.label: f for s in ex.statements for f in s.facts if f.period.key() == "2008-01-01/2008-03-31"}
    basic = next(f for label, f in facts.items() if label.endswith("Basic"))
    assert basic.unit == "shares" and int(basic.value) == 11_943_021
    assert basic.concept == "WeightedAverageNumberOfSharesOutstandingBasic"  # named from heading + label
    eps = facts["Earnings per common and common equivalent share"]
    assert eps.unit == "USD/shares" and str(eps.value) == "0.32"


IS_CENTRED_DASHES = """\
                               SNIPPET FUNDING, INC.
                     CONSOLIDATED STATEMENTS OF OPERATIONS DATA
<TABLE>
<CAPTION>
                                              Three Months Ended          Year Ended
                                                 September 30,           September 30,
                                              2005          2004       2005          2004
                                              ----          ----       ----          ----
<S>                                        <C>           <C>        <C>           <C>
Interest revenue                           $19,959,000   $14,806,000 $69,479,000  $51,175,000
General and administrative expenses          4,218,000     3,260,000  15,340,000   11,258,000
Provisions for credit losses                     -           300,000      -            300,000
Third-party servicing expenses                   -             -          -          1,316,000
                                           -----------   ----------- -----------  -----------
Total expenses                               4,218,000     3,560,000  15,340,000   12,874,000
</TABLE>
"""


def test_nil_dashes_centred_under_their_column() -> None:
    """A "-" printed in the middle of a column (not right-aligned with its figures) is that
    column's nil value; the figures after it keep their own columns."""
    values = _values(_extract(IS_CENTRED_DASHES), "is")
    assert values[("Provisions for credit losses", "2004-07-01/2004-09-30")] == 300_000
    assert values[("Provisions for credit losses", "2004-10-01/2005-09-30")] == 0
    assert values[("Third-party servicing expenses", "2004-07-01/2004-09-30")] == 0
    assert values[("Third-party servicing expenses", "2003-10-01/2004-09-30")] == 1_316_000
    assert values[("Third-party servicing expenses", "2005-07-01/2005-09-30")] == 0


def test_share_counts_printed_in_full_under_a_thousands_phrase() -> None:
    """Class 12/7: "(in 000s, except per share data)" over share counts printed in full: basic EPS x
    the count as printed is net income, at thousands it is not, so the counts are read as printed
    (and said so); the money keeps the stated scale."""
    text = IS_SUB_LABELS.replace("                    CONSOLIDATED STATEMENTS OF INCOME\n",
                                 "                    CONSOLIDATED STATEMENTS OF INCOME\n"
                                 "                   (in 000s, except per share data)\n")
    text = text.replace(" Earnings per common and common\n  equivalent share                     ",
                        " Earnings per share:\n   Basic earnings per share            ")
    ex = _extract(text)
    facts = {f.label: f for s in ex.statements for f in s.facts if f.period.key() == "2008-01-01/2008-03-31"}
    assert int(facts["Net Income"].value) == 3_772_000
    basic = next(f for label, f in facts.items() if label.endswith("Basic"))
    assert int(basic.value) == 11_943_021
    assert any("share counts read as printed" in w for w in ex.warnings)
    assert not [f for f in ex.findings if f.code == "EXP.cross.EPS"]


def test_totals_of_sector_sections_left_out_are_no_arithmetic_warning(tmp_path: Path) -> None:
    """'Total assets' adds up the sectors' own totals, which are left out of the plain facts: no
    exported lines sum to it, and the report says why as information, not as a misreading."""
    source = tmp_path / "snippet.txt"
    source.write_text(_header("1231") + BS_SECTORS + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n", encoding="utf-8")
    result = export(source, tmp_path / "out", validate=False)
    findings = [f for f in arithmetic_findings(result.model)]
    assert not [f for f in findings if f.severity != "info"], [f.message for f in findings]
    assert sum("sector sections left out" in f.message for f in findings) == 2


WIDE_UNTAGGED = """\
                      SNIPPET TOOLS INC
              CONSOLIDATED STATEMENTS OF INCOME

                            THREE MONTHS ENDED DECEMBER 31,                    YEAR ENDED DECEMBER 31,
                                1998            1997        % Change            1998            1997        % Change
                      --------------  --------------  --------------  --------------  --------------  --------------
Net sales...........   $  26,100,000   $  24,050,000            8.5%   $  98,450,000   $  91,230,000            7.9%
                      --------------  --------------  --------------  --------------  --------------  --------------
Cost of sales.......      16,250,000      15,300,000            6.2%      61,200,000      57,800,000            5.9%
Selling and admin...       7,700,000       7,250,000            6.2%      30,100,000      28,400,000            6.0%
                      --------------  --------------  --------------  --------------  --------------  --------------
Pretax income.......       2,150,000       1,500,000           43.3%       7,150,000       5,030,000           42.1%
Income taxes........         860,000         600,000           43.3%       2,860,000       2,012,000           42.1%
                      --------------  --------------  --------------  --------------  --------------  --------------
Net income..........   $   1,290,000   $     900,000           43.3%   $   4,290,000   $   3,018,000           42.1%
                      ==============  ==============  ==============  ==============  ==============  ==============
"""


def test_a_wide_untagged_statement_whose_rules_are_longer_than_a_line_of_prose() -> None:
    """Six columns of whole dollars: the rules between the lines and the group headings run past 90
    characters, but they are short phrases set far apart, not prose: they do not end the table."""
    ex = _extract(_header("1231") + WIDE_UNTAGGED + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    values = _values(ex, "is")
    assert values[("Net income", "1997-01-01/1997-12-31")] == 3_018_000
    assert values[("Income taxes", "1998-10-01/1998-12-31")] == 860_000
