"""Old plain-text filings: numbers printed inside a line's label (issue 10, class 12), from small
synthetic snippets. A stock line's label wrapped over many lines whose first line carries the
columns' nil dashes is one label; the share counts it states are share facts of the columns they
name ("38,575 and 33,387 shares issued at July 31, 2000 and January 31, 2000, respectively"); a
year is never a count. None needs ../shared.
"""

from __future__ import annotations

from decimal import Decimal

from exporter.understand.extraction import Extraction
from tests.text_snippet import extract_snippet


def _extract(body: str) -> Extraction:
    return extract_snippet(body, form="10-Q", fye="0131")


def _facts(ex: Extraction) -> dict[tuple[str, str, str], int]:
    return {(f.concept, f.period.key(), f.unit): int(f.value) for st in ex.statements for f in st.facts}


BS_STOCK_LABEL_UNDER_DASHES = """\
                         SNIPPET CLINICS LTD
                     CONSOLIDATED BALANCE SHEETS
                           (IN THOUSANDS)
<TABLE>
<CAPTION>
                                                     JULY 31,    JANUARY 31,
                                                       2000         2000
                                                     -------      -------
<S>                                                  <C>          <C>
Current assets:
  Cash and cash equivalents                           $ 8,973     $ 25,558
  Accounts receivable, net                             13,895       16,193
                                                     -------      -------
Total current assets                                   22,868       41,751
Property, plant and equipment, net                     31,355       45,560
                                                     -------      -------
Total assets                                          $54,223     $ 87,311
                                                     =======      =======
Current liabilities:
  Accounts payable                                    $ 8,268     $ 11,859
  Accrued liabilities                                 133,755      142,174
                                                     -------      -------
Total liabilities                                     142,023      154,033
Stockholders' equity:                                       -            -
  Common stock par value $.01, 40,000                       -            -
  shares authorized 38,575 and 33,387
  shares issued at July 31, 2000
  and January 31, 2000, respectively,
  37,199 and 32,011 shares outstanding
  at July 31, 2000 and January 31
  2000, respectively                                      372          320
  Additional paid in capital                          223,126      222,107
  Accumulated deficit                                (311,298)    (289,149)
                                                     -------      -------
Total stockholders' deficit                           (87,800)     (66,722)
                                                     -------      -------
Total liabilities and stockholders' deficit           $54,223     $ 87,311
                                                     =======      =======
</TABLE>
"""


def test_a_stock_label_wrapped_below_its_nil_dashes_is_one_line() -> None:
    facts = _facts(_extract(BS_STOCK_LABEL_UNDER_DASHES))
    money = {k: v for k, v in facts.items() if k[2] == "USD"}
    assert money[("CommonStockValue", "2000-07-31", "USD")] == 372_000, money
    assert money[("CommonStockValue", "2000-01-31", "USD")] == 320_000, money
    shares = {(c, p): v for (c, p, u), v in facts.items() if u == "shares"}
    assert shares[("CommonStockSharesAuthorized", "2000-07-31")] == 40_000_000, shares
    assert shares[("CommonStockSharesIssued", "2000-07-31")] == 38_575_000, shares
    assert shares[("CommonStockSharesIssued", "2000-01-31")] == 33_387_000, shares
    assert shares[("CommonStockSharesOutstanding", "2000-07-31")] == 37_199_000, shares
    assert shares[("CommonStockSharesOutstanding", "2000-01-31")] == 32_011_000, shares
    assert not any(v in (2000, 2_000_000) for v in shares.values()), shares  # a year is no count


BS_COUNTS_BESIDE_CHANGE_COLUMNS = """\
<TABLE>

                                                                 Three                  One
 CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION       March 31,   Month      Dec 31,     Year     March 31,
 (unaudited) (in 000s, except share data)               2008      Change      2007      Change      2007
 ----------------------------------------------------------------------------------------------------------
<s>                                               <c>              <c>    <c>            <c>    <c>
 Assets:
  Cash and due from banks                         $     22,412     -10%   $    24,807    -45%   $   40,833
  Loans receivable, net                              1,191,478       0%     1,190,638     13%    1,054,870
                                                  ------------            -----------           ----------
    Total assets                                  $  1,213,890       0%   $ 1,215,445     10%   $1,095,703
                                                  ============            ===========           ==========
 Liabilities and stockholders' equity:
  Deposits                                        $  1,088,391       0%   $ 1,090,698     11%   $  975,688
                                                  ------------            -----------           ----------
    Total liabilities                                1,088,391       0%     1,090,698     11%      975,688
  Common stock,$1.00 par value; 30,000,000
   shares authorized; 11,892,208, 11,998,978,
   and 12,254,476 shares outstanding              $     11,892      -1%   $    11,999     -3%   $   12,254
  Retained earnings                                    113,607       0%       112,748     12%      107,761
                                                  ------------            -----------           ----------
    Total stockholders' equity                         125,499       0%       124,747     11%      120,015
                                                  ------------            -----------           ----------
    Total liabilities and stockholders' equity    $  1,213,890       0%   $ 1,215,445     10%   $1,095,703
                                                  ============            ===========           ==========
</TABLE>
"""


def test_label_counts_fill_the_dated_columns_not_the_change_columns() -> None:
    facts = _facts(_extract(BS_COUNTS_BESIDE_CHANGE_COLUMNS))
    out = {p: v for (c, p, u), v in facts.items() if c == "CommonStockSharesOutstanding"}
    assert out == {"2008-03-31": 11_892_208, "2007-12-31": 11_998_978, "2007-03-31": 12_254_476}, out


def test_a_space_slipped_into_a_figure_is_one_figure() -> None:
    from exporter.read.text_columns import line_pieces as _pieces

    pieces = _pieces("   Other liabilities                     4,180 ,000          3,351,000")
    assert [(p.printed.value if p.printed else None) for p in pieces][-2:] == [4_180_000, 3_351_000]
    assert [p.text for p in pieces][-2:] == ["4,180 ,000", "3,351,000"]
    # two figures of two columns stay two
    assert [p.printed.value for p in _pieces("Cash    1,234    5,678") if p.printed] == [1234, 5678]



BS_COUNTS_IN_FULL_IN_THOUSANDS = """\
                         SNIPPET HOLDINGS INC
                     CONSOLIDATED BALANCE SHEETS
                           (IN THOUSANDS)
<TABLE>
<CAPTION>
                                                    DECEMBER 31,  DECEMBER 31,
                                                        1997          1996
                                                      -------       -------
<S>                                                   <C>           <C>
Cash and cash equivalents                             $ 18,973      $ 15,558
Property, plant and equipment, net                     331,355       305,560
                                                      -------       -------
Total assets                                          $350,328      $321,118
                                                      =======       =======
Accounts payable                                      $ 48,268      $ 41,859
Shareholders' equity:
  Preferred stock, $.01 par value; authorized
    5,000,000 shares; issued - none                         --            --
  Common stock and paid-in capital, no par value;
    authorized 100,000,000 shares; issued 42,311,000
    shares in 1997 and 41,900,000 shares in 1996       250,123       240,035
  Retained earnings                                     51,937        39,224
                                                      -------       -------
Total shareholders' equity                             302,060       279,259
                                                      -------       -------
Total liabilities and shareholders' equity            $350,328      $321,118
                                                      =======       =======
</TABLE>
"""


def test_counts_printed_in_full_in_a_label_are_not_scaled_by_the_table() -> None:
    """A table "in thousands" whose stock labels print share counts in full ("authorized 5,000,000
    shares", "issued 42,311,000 shares"): the scale is the figure columns', not the label's."""
    facts = _facts(extract_snippet(BS_COUNTS_IN_FULL_IN_THOUSANDS))
    shares = {(c, p): v for (c, p, u), v in facts.items() if u == "shares"}
    assert shares[("PreferredStockSharesAuthorized", "1997-12-31")] == 5_000_000, shares
    assert shares[("CommonStockSharesAuthorized", "1997-12-31")] == 100_000_000, shares
    assert shares[("CommonStockSharesIssued", "1997-12-31")] == 42_311_000, shares
    assert shares[("CommonStockSharesIssued", "1996-12-31")] == 41_900_000, shares
    assert facts[("CommonStocksIncludingAdditionalPaidInCapital", "1997-12-31", "USD")] == 250_123_000, facts


SERIES_COUNTS_LISTED_BY_YEAR = """\
                         SNIPPET SOFTWARE, INC.
                    STATEMENTS OF FINANCIAL POSITION
<TABLE>
<CAPTION>
                                                                                    DECEMBER 31,
                                                                                  1997              1996
<S>                                                                            <C>               <C>
ASSETS
  Cash                                                                         $ 1,650,200       $ 2,440,163
  Equipment, net                                                                   160,263                --
           Total assets                                                        $ 1,810,463       $ 2,440,163
STOCKHOLDERS' EQUITY:
  Convertible preferred stock, $.001 par value (liquidation preference
    of $6,382,067):
    Series A: 1,150,000 shares designated, issued and outstanding                  566,495           566,495
    Series B: 2,000,000 shares designated; shares issued and outstanding:
      1997, 1,943,666; 1996, 1,191,666                                           5,915,572         3,564,238
  Common stock, $.001 par value: 12,000,000 shares authorized;
    shares outstanding: 1997, 6,962,500; 1996, 6,825,000                           420,610            15,335
  Accumulated deficit                                                           (5,092,214)       (1,705,910)
                                                                               -----------       -----------
           Total stockholders' equity                                            1,810,463         2,440,163
                                                                               -----------       -----------
           Total liabilities and stockholders' equity                          $ 1,810,463       $ 2,440,163
                                                                               ===========       ===========
</TABLE>
"""


def test_a_label_ending_in_a_colon_runs_on_into_the_counts_it_lists_year_by_year() -> None:
    """"Series B: ...; shares issued and outstanding:" over "  1997, 1,943,666; 1996, 1,191,666" and
    the figures: the colon introduces the counts the line lists, so the line set deeper is the
    label's run-on (reader_words.csv line_word dated_list), not a line of its own labelled by the
    counts under a heading."""
    ex = extract_snippet(SERIES_COUNTS_LISTED_BY_YEAR, form="8-K")
    (bs,) = [s for s in ex.statements if s.code == "bs"]
    (series_b,) = [f.label for f in bs.facts if f.period.key() == "1997-12-31" and int(f.value) == 5_915_572]
    assert series_b.startswith("Series B: 2,000,000 shares designated") and series_b.endswith("1996, 1,191,666")


def test_series_lines_take_their_class_headings_par_value_and_a_line_back_at_its_margin_does_not() -> None:
    """"Convertible preferred stock, $.001 par value (...):" over "Series A: 1,150,000 shares
    designated, issued and outstanding  566,495": the series' figures are the stock's amounts (the
    class's heading states its par value), and the class's par value is read for the series lines
    (reader_words.csv line_word series), not for "Accumulated deficit", back at the heading's
    margin after the series set deeper."""
    ex = extract_snippet(SERIES_COUNTS_LISTED_BY_YEAR, form="8-K")
    (bs,) = [s for s in ex.statements if s.code == "bs"]
    series = [f for f in bs.facts if f.label.startswith("Series") and f.unit != "USD/shares"]
    assert series and all(f.unit == "USD" for f in series), [(f.label, f.unit) for f in series]
    par = [f for f in bs.facts if f.concept == "PreferredStockParOrStatedValuePerShare"]
    assert {f.period.key() for f in par} == {"1997-12-31", "1996-12-31"}, par
    assert all(f.label.startswith("Series") and f.value == Decimal("0.001") for f in par), par
