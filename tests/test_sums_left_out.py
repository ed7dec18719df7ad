"""A printed total's concept that us-gaap sums from a line the statement prints outside that total
counts against it (feature ``sums_left_out``, issue 11): "Total expenses" printed below the gross
margin, summing selling and research, is no CostsAndExpenses, which sums the cost of revenues printed
above it. A statement's grand totals and the activities' net cash are not asked. None needs ../shared."""

from __future__ import annotations

from exporter.map import features, mapping, ranker
from exporter.map.mapping import LineQuery
from tests.text_snippet import extract_traced

OPEX = frozenset({"SellingGeneralAndAdministrativeExpense", "ResearchAndDevelopmentExpense"})
COST_OF_SALES = frozenset({"CostOfGoodsAndServicesSold"})

EXPENSES_BELOW_GROSS_MARGIN = """\
    CONSOLIDATED STATEMENTS OF INCOME

        (in thousands)
                                            Year ended December 31,
                                              1997        1996
    Revenues                               $ 50,000    $ 40,000
    Cost of revenues                         30,000      24,000
                                            -------     -------
    Gross margin                             20,000      16,000
    Expenses:
      Selling, general and administrative     8,000       7,000
      Research and development                4,000       3,000
                                            -------     -------
      Total expenses                         12,000      10,000
                                            -------     -------
    Operating income                          8,000       6,000
    Interest expense                          1,000       1,000
                                            -------     -------
    Income before income taxes                7,000       5,000
    Provision for income taxes                2,800       2,000
                                            -------     -------
    Net income                             $  4,200    $  3,000
                                            =======     =======
"""


def _total(label: str, left_out: frozenset[str] = frozenset(), statement: str = "is",
           zone: str = "operating", parts: frozenset[str] = OPEX) -> LineQuery:
    return LineQuery(statement, label, zone=frozenset({zone}), is_total=True, parts=parts, left_out=left_out,
                     period_type="instant" if statement == "bs" else "")


def _left_out(concept: str, line: LineQuery) -> bool:
    feats, _ = features.arithmetic(concept, line, mapping.index())
    return "sums_left_out" in feats


def test_a_total_whose_concept_sums_a_line_printed_outside_it_counts_against_it() -> None:
    line = _total("Total expenses", COST_OF_SALES)
    assert _left_out("CostsAndExpenses", line)  # sums the cost of sales printed above
    assert not _left_out("OperatingExpenses", line)  # does not
    assert not _left_out("CostsAndExpenses", _total("Total expenses"))  # nothing printed outside
    # a line left out that is one of the total's parts, or under one, is inside it after all
    assert not _left_out("CostsAndExpenses", _total("Total expenses", COST_OF_SALES, parts=OPEX | COST_OF_SALES))
    assert not _left_out("CostsAndExpenses", _total("Total expenses", COST_OF_SALES,
                                                    parts=OPEX | {"CostOfRevenue"}))
    assert "sums_left_out" in features.possible(line, frozenset())


def test_the_expenses_below_the_gross_margin_are_the_operating_expenses() -> None:
    """Most companies writing 'Total expenses' chose CostsAndExpenses; printed below the gross margin,
    summing selling and research, the total leaves the cost of revenues out: OperatingExpenses."""
    assert ranker.choose(_total("Total expenses")).concept == "CostsAndExpenses"
    assert ranker.choose(_total("Total expenses", COST_OF_SALES)).concept == "OperatingExpenses"


def test_a_statement_tells_each_total_the_lines_printed_outside_it() -> None:
    """The whole statement: the cost of revenues above the gross margin is outside 'Total expenses'
    (same section, not between its first part and it); the interest expense below operating income
    is of another section, and says nothing of the operating totals."""
    ex, tracer = extract_traced(EXPENSES_BELOW_GROSS_MARGIN)
    inc = next(s for s in ex.statements if s.code == "is")
    line = next(ln for ln in inc.lines if ln.display_label == "Total expenses")
    feats = dict(tracer.of(line.choice))
    assert "sums_left_out" in feats["CostsAndExpenses"]
    assert "sums_left_out" not in feats.get("OperatingExpenses", {})
    assert line.choice.concept == "OperatingExpenses"
    assert not any("sums_left_out" in f for ln in inc.lines if ln.display_label == "Operating income"
                   for _, f in tracer.of(ln.choice))


def test_grand_totals_and_the_activities_net_cash_are_not_asked() -> None:
    """Their parts as read may be a few subtotals; the lines printed above them are no less theirs."""
    depreciation = frozenset({"DepreciationDepletionAndAmortization", "NetIncomeLoss"})
    changes = frozenset({"IncreaseDecreaseInOperatingCapital"})
    ops = _total("Net cash provided by operating activities", depreciation, "cf", "operating activities", changes)
    assert not _left_out("NetCashProvidedByUsedInOperatingActivities", ops)
    assert not _left_out("NetCashProvidedByUsedInOperatingActivitiesContinuingOperations", ops)
    change = _total("Net increase in cash", frozenset({"NetCashProvidedByUsedInInvestingActivities"}), "cf", "",
                    frozenset({"NetCashProvidedByUsedInOperatingActivities"}))
    assert not _left_out(
        "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect",
        change)
    claims = _total("Total liabilities and shareholders' equity", frozenset({"AccountsPayableCurrent"}), "bs",
                    "equity", frozenset({"StockholdersEquity"}))
    assert not _left_out("LiabilitiesAndStockholdersEquity", claims)
    assert not _left_out("Assets", _total("Total assets", frozenset({"Goodwill"}), "bs", "assets",
                                          frozenset({"AssetsCurrent"})))
    # a total that is none of them is asked: total equity leaving the minority interest out is the parent's
    parent = _total("Total shareholders' deficit", frozenset({"MinorityInterest"}), "bs", "equity",
                    frozenset({"CommonStockValue", "RetainedEarningsAccumulatedDeficit"}))
    assert _left_out("StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", parent)
    assert not _left_out("StockholdersEquity", parent)


EQUITY_INCOME_BELOW_THE_TAX = """\
    CONSOLIDATED STATEMENTS OF OPERATIONS

        (in thousands)
                                            Year ended December 31,
                                              1997        1996
    Net revenue                            $ 50,000    $ 40,000
    Cost of sales                            30,000      24,000
    Selling, general and administrative      12,000      10,000
                                            -------     -------
    Operating income                          8,000       6,000
    Interest expense                          1,000       1,000
                                            -------     -------
    Income before income taxes and
      equity income                           7,000       5,000
    Provision for income taxes                2,800       2,000
    Equity income in investee                   500         400
                                            -------     -------
    Net income                             $  4,700    $  3,400
                                            =======     =======
"""


def test_the_equity_method_income_printed_after_the_tax_is_outside_the_income_before_taxes() -> None:
    """An income statement's lines printed after its result before income taxes (the tax and what
    follows it) are outside any total above them, whatever their zone: 'Income before income taxes
    and equity income' above the tax, with the equity-method income printed after the tax, leaves that
    income out, so it is the amount before both
    (…BeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments), not the one us-gaap
    sums the equity-method income into."""
    ex, tracer = extract_traced(EQUITY_INCOME_BELOW_THE_TAX)
    inc = next(s for s in ex.statements if s.code == "is")
    line = next(ln for ln in inc.lines if ln.display_label == "Income before income taxes and equity income")
    feats = dict(tracer.of(line.choice))
    with_equity = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
    without = ("IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterest"
               "AndIncomeLossFromEquityMethodInvestments")
    assert "sums_left_out" in feats[with_equity]
    assert "sums_left_out" not in feats.get(without, {})
    assert line.choice.concept == without
    # the operating total above: us-gaap sums none of the lines after the tax into its concept
    operating = next(ln for ln in inc.lines if ln.display_label == "Operating income")
    assert operating.choice.concept == "OperatingIncomeLoss"
    assert "sums_left_out" not in dict(tracer.of(operating.choice))["OperatingIncomeLoss"]
