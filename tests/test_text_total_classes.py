"""Printed totals of old plain-text statements whose concept their own words do not give: a total
printed without a label, named from what it sums; issue 11's text-key classes. None needs ../shared.
"""

from __future__ import annotations

from tests.text_snippet import extract_snippet


def _by_value(body: str, code: str) -> dict[int, set[str]]:
    """value of the first column -> the concepts given it in the statement of ``code``."""
    out: dict[int, set[str]] = {}
    for s in extract_snippet(body).statements:
        if s.code == code:
            for f in s.facts:
                out.setdefault(int(f.value), set()).add(f.concept)
    return out


NESTED_COSTS = """\
                         CONSOLIDATED STATEMENTS OF OPERATIONS
                (Dollars in millions, except per share amounts)
<TABLE>
<CAPTION>
THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997               1997       1996       1995
- ------------------------------------------------------  ---------  ---------  ---------
<S>                                                     <C>        <C>        <C>
Net sales.............................................  $   7,081  $   9,833  $  11,062
                                                        ---------  ---------  ---------
Costs and expenses:
  Cost of sales.......................................      5,713      8,865      8,204
  Research and development............................        485        604        614
  Selling, general and administrative.................      1,286      1,568      1,583
  Special charges:
    Restructuring costs...............................        217        179        (23)
    Termination of license agreement..................         75         --         --
                                                        ---------  ---------  ---------
                                                            7,776     11,216     10,378
                                                        ---------  ---------  ---------
Operating income (loss)...............................       (695)    (1,383)       684
Interest and other income (expense), net                       25         88        (10)
                                                        ---------  ---------  ---------
Income (loss) before income taxes.....................       (670)    (1,295)       674
Provision (benefit) for income taxes..................         --       (479)       250
                                                        ---------  ---------  ---------
Net income (loss).....................................  $    (670) $    (816) $     424
                                                        =========  =========  =========
</TABLE>
"""


def test_an_unlabelled_total_under_nested_headings_sums_the_outer_one() -> None:
    """An unlabelled total under 'Special charges:' nested in 'Costs and expenses:' adds cost of
    sales, R&D and SG&A as well as the special charges: it is the total of the heading over its
    first part (the costs and expenses), not of the innermost heading over its last."""
    got = _by_value(NESTED_COSTS, "is")
    assert got[7_776_000_000] & {"CostsAndExpenses", "OperatingExpenses"}, got[7_776_000_000]


NO_ASSETS_HEADING = """\
                           CONSOLIDATED BALANCE SHEETS
                              (In millions)
<TABLE>
<CAPTION>
SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996                     1997       1996
- ----------------------------------------------------------  ---------  ---------
<S>                                                         <C>        <C>
Current assets:
  Cash and cash equivalents.................................  $ 1,230  $   1,552
  Inventories...............................................      437        662
                                                              -------    -------
      Total current assets..................................    1,667      2,214
                                                              -------    -------
Property, plant, and equipment:
  Land and buildings........................................      453        480
  Machinery and equipment...................................      742        868
                                                              -------    -------
                                                                1,195      1,348
  Accumulated depreciation and amortization.................     (709)      (750)
                                                              -------    -------
      Net property, plant, and equipment....................      486        598
                                                              -------    -------
Other assets................................................      323        251
                                                              -------    -------
                                                              $ 2,476  $   3,063
                                                              -------    -------
                                                              -------    -------

                    LIABILITIES AND SHAREHOLDERS' EQUITY:
Current liabilities:
  Accounts payable..........................................      700        900
  Other current liabilities.................................      276        363
                                                              -------    -------
      Total current liabilities.............................      976      1,263
Long-term debt..............................................      950        950
Shareholders' equity:
  Common stock..............................................      300        300
  Retained earnings.........................................      250        550
                                                              -------    -------
      Total shareholders' equity............................      550        850
                                                              -------    -------
                                                              $ 2,476  $   3,063
                                                              -------    -------
                                                              -------    -------
</TABLE>
"""


def test_an_unlabelled_total_before_the_liabilities_is_total_assets() -> None:
    """With no 'Assets' heading, the unlabelled total closing the lines before the liabilities
    (it sums total current assets, net property and the other assets) is total assets, printed
    again as the unlabelled total of liabilities and equity at the end; the unlabelled gross
    property total under its own heading before it does not close the assets."""
    got = _by_value(NO_ASSETS_HEADING, "bs")
    assert "Assets" in got[2_476_000_000], got[2_476_000_000]
    assert "LiabilitiesAndStockholdersEquity" in got[2_476_000_000], got[2_476_000_000]


NO_EXCHANGE_LINE = """\
                      CONSOLIDATED STATEMENTS OF CASH FLOWS
                                 (In millions)
<TABLE>
<CAPTION>
THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997               1997       1996       1995
- ------------------------------------------------------  ---------  ---------  ---------
<S>                                                     <C>        <C>        <C>
Cash and cash equivalents, beginning of the period....  $   1,552  $     756  $   1,203
Operating:
  Net income (loss)...................................     (1,045)      (816)       424
  Depreciation and amortization.......................        118        156        127
  Accounts receivable.................................        461        435       (229)
                                                        ---------  ---------  ---------
    Cash generated by (used for) operating activities.       (466)      (225)       322
Investing:
  Purchase of property, plant, and equipment..........        (43)       (67)      (159)
  Other...............................................         22         35        (54)
                                                        ---------  ---------  ---------
    Cash used for investing activities................        (21)       (32)      (213)
Financing:
  Increase (decrease) in notes payable to banks.......       (161)      (275)       169
  Increases in common stock...........................         72         39         86
                                                        ---------  ---------  ---------
    Cash generated by (used for) financing activities.        (89)      (236)       255
                                                        ---------  ---------  ---------
Total cash generated (used)...........................       (576)      (493)       364
                                                        ---------  ---------  ---------
Cash and cash equivalents, end of the period..........  $     976  $     263  $   1,567
                                                        =========  =========  =========
</TABLE>
"""


def test_a_net_change_in_cash_with_no_exchange_rate_line_includes_the_effect() -> None:
    """The total of the three activities, on a statement printing no effect of exchange rates,
    is the whole change that takes the opening cash to the closing cash: us-gaap's total including
    the effect (nil here), the one issuers give it, not the subtotal excluding it."""
    got = _by_value(NO_EXCHANGE_LINE, "cf")
    assert got[-576_000_000] == {
        "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"
    }, got[-576_000_000]


NET_OF_DEPRECIATION = """\
                           CONSOLIDATED BALANCE SHEETS
<TABLE>
<CAPTION>
                                                              September 30,  September 30,
                                                                  2005           2004
<S>                                                           <C>            <C>
Current assets:
  Cash and cash equivalents                                   $ 4,125,000    $ 3,310,000
  Accounts receivable                                           2,000,000      1,800,000
                                                              -----------    -----------
    Total current assets                                        6,125,000      5,110,000
Furniture and equipment (net of accumulated depreciation
  of $1,426,000 in 2005 and $1,036,000 in 2004)                   989,000        596,000
Other assets                                                      120,000        110,000
                                                              -----------    -----------
    Total assets                                              $ 7,234,000    $ 5,816,000
                                                              ===========    ===========
</TABLE>
"""


def test_a_line_net_of_accumulated_depreciation_is_no_gross_amount() -> None:
    """'Furniture and equipment (net of accumulated depreciation of ...)' is a net carrying amount:
    the gross cost of furniture (FurnitureAndFixturesGross), before the depreciation its label
    says it is net of, is not its concept."""
    got = _by_value(NET_OF_DEPRECIATION, "bs")
    assert got[989_000] and not any(c.endswith("Gross") for c in got[989_000]), got[989_000]


SALE_OF_STOCK = """\
                      CONSOLIDATED STATEMENTS OF CASH FLOWS
<TABLE>
<CAPTION>
                                                           Year Ended December 31,
                                                            1997          1996
<S>                                                      <C>           <C>
Cash and cash equivalents, beginning of year             $ 1,000,000   $   500,000
Operating activities:
  Net loss                                                  (300,000)     (200,000)
  Depreciation                                                50,000        40,000
                                                          ----------    ----------
Net cash used in operating activities                       (250,000)     (160,000)
Investing activities:
  Purchases of fixed assets                                 (100,000)      (90,000)
                                                          ----------    ----------
Net cash used in investing activities                       (100,000)      (90,000)
Financing activities:
  Sale of Series A preferred stock, net of issuance costs         --       566,000
  Sale of Series B preferred stock, net of issuance costs    900,000       184,000
  Repayments of long-term debt                               (20,000)      (10,000)
                                                          ----------    ----------
Net cash provided by financing activities                    880,000       740,000
                                                          ----------    ----------
Net increase in cash and cash equivalents                    530,000       490,000
Cash and cash equivalents, end of year                   $ 1,530,000   $   990,000
                                                          ==========    ==========
</TABLE>
"""


def test_a_cash_flow_line_adding_into_its_activity_is_not_a_payment_stored_negated() -> None:
    """'Sale of Series B preferred stock', printed positive and adding into the financing
    activities' net cash, is an inflow: proceeds (debit, as the total), not a repurchase payment
    (credit) stored negated, also when the Series A line took the usual proceeds concept first;
    a concept that goes either way would take either sign."""
    got = _by_value(SALE_OF_STOCK, "cf")
    assert got[900_000] and all(c.startswith("Proceeds") for c in got[900_000]), got[900_000]


FINANCE_COMPANY = """\
                   CONSOLIDATED STATEMENTS OF OPERATIONS DATA
<TABLE>
<CAPTION>
                                                        Three Months Ended
                                                           September 30,
                                                        2005          2004
<S>                                                  <C>           <C>
Interest revenue                                     $19,959,000   $14,806,000
                                                     -----------   -----------
General and administrative expenses                    4,218,000     3,260,000
Interest expense                                         438,000       222,000
Provisions for credit and other losses                   100,000       300,000
Third-party servicing expenses                           200,000       300,000
                                                     -----------   -----------
Total expenses                                         4,956,000     4,082,000
                                                     -----------   -----------
Income before provision for income taxes              15,003,000    10,724,000
Provision for income taxes                             6,299,000     4,515,000
                                                     -----------   -----------
NET INCOME                                            $8,704,000    $6,209,000
                                                     ===========   ===========
</TABLE>
"""


def test_lines_of_the_other_balance_are_not_summed_into_a_revenue_line() -> None:
    """A finance company's one revenue line above its expenses: us-gaap reaches Revenues from its
    provision for credit losses too (a bank's revenue net of it), but an expense printed beside a
    revenue line is deducted, not summed, so 'Interest revenue' does not look like a total of the
    lines around it, and stays revenue (not the contract-with-customer revenue interest is not)."""
    got = _by_value(FINANCE_COMPANY, "is")
    assert got[19_959_000] & {"Revenues", "InterestAndDividendIncomeOperating", "InterestIncomeOperating",
                              "InterestAndFeeIncomeLoansAndLeases"}, got[19_959_000]


def test_preferred_stock_of_a_subsidiary_is_a_noncontrolling_interest() -> None:
    """'Preferred stockholders' equity in a subsidiary company' (held by others) is, in today's
    words, a noncontrolling interest; a subsidiary trust's preferred securities are not."""
    from exporter.map import mapping, ranker

    def pick(label: str) -> str | None:
        return ranker.choose(mapping.LineQuery("bs", label, zone=frozenset({"liabilities"}))).concept

    assert pick("Preferred stockholders' equity in a subsidiary company (Note 1)") == "MinorityInterest"
    assert pick("Preferred stock of subsidiary") == "MinorityInterest"
    assert pick("Company-obligated mandatorily redeemable preferred securities of a subsidiary trust "
                "holding solely junior subordinated debentures") != "MinorityInterest"


def test_a_minimum_pension_liability_adjustment_is_the_defined_benefit_part_of_oci() -> None:
    """'Minimum pension liability adjustment' (SFAS 87, retired in 2006) is the defined benefit
    plans' part of other comprehensive income: over a period the adjustment, in equity at a date
    (beside the other accumulated items) the accumulated amount."""
    from exporter.map import mapping, ranker, scoring

    label = "Minimum pension liability adjustment"
    over_period = ranker.choose(mapping.LineQuery("ci", label)).concept or ""
    assert "DefinedBenefit" in over_period or "PensionAndOtherPostretirement" in over_period, over_period
    at_date = scoring.candidates(mapping.LineQuery("bs", label, zone=frozenset({"liabilities", "equity"})), 3)
    assert "AccumulatedOtherComprehensiveIncomeLossDefinedBenefitPensionAndOtherPostretirementPlansNetOfTax" in {
        c.concept for c in at_date}


ONE_LINE_SECTION = """\
                      CONSOLIDATED STATEMENTS OF INCOME
                                (In thousands)
<TABLE>
<CAPTION>
                                                        Year Ended December 31,
                                                      1996          1995
<S>                                                 <C>           <C>
Interest income:
  Loans                                              50,000        45,000
  Investment securities                              10,000         9,000
                                                   --------      --------
    Total interest income                            60,000        54,000
Interest expense:
  Deposits                                           30,000        27,000
                                                   --------      --------
    Total interest expense                           30,000        27,000
                                                   --------      --------
Net interest income                                  30,000        27,000
Provision for loan losses                             2,000         1,500
                                                   --------      --------
Net interest income after provision                  28,000        25,500
Non-interest expense:
  Salaries and employee benefits                     12,000        11,000
  Occupancy                                           3,000         2,900
                                                   --------      --------
    Total non-interest expense                       15,000        13,900
                                                   --------      --------
Income before income taxes                           13,000        11,600
Provision for income taxes                            5,000         4,600
                                                   --------      --------
Net income                                            8,000         7,000
                                                   ========      ========
</TABLE>
"""


def test_a_total_under_a_heading_over_one_line_is_that_line() -> None:
    """'Total interest expense' under 'Interest expense:' over one line ('Deposits') is that line's
    total, not the total interest income above the heading less the deposits, whose figures happen
    to come to the same amounts: read so, the interest income and its lines took the expense's
    sign and were stored negative. The heading closes the run a total sums (a section of one line
    adds up to itself)."""
    got = _by_value(ONE_LINE_SECTION, "is")
    for value in (50_000_000, 10_000_000, 60_000_000, 30_000_000):
        assert value in got, (value, got)
    assert not any(v < 0 for v in got), sorted(v for v in got if v < 0)
