"""Ranker decisions on real rows (labels as printed in corpus filings) and reviewer overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

import taxonomy_map
from exporter.errors import InputError
from exporter.map import label_scan, mapping, memory, ranker, scoring
from exporter.map.mapping import LineQuery
from exporter.map.overrides import EXTENSION, load_overrides
from exporter.map.ranker import choose


def _z(*words: str) -> frozenset[str]:
    return frozenset(words)


# (statement, label as printed, unit, zone, displayed negative, is a printed total, expected)
CASES = [
    ("is", "Net sales", "monetary", _z("operating"), False, False,
     {"Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax"}),
    ("is", "Cost of sales", "monetary", _z("operating"), False, False,
     {"CostOfRevenue", "CostOfGoodsAndServicesSold"}),
    ("is", "Research and development", "monetary", _z("operating"), False, False,
     {"ResearchAndDevelopmentExpense"}),
    ("is", "Selling, general and administrative", "monetary", _z("operating"), False, False,
     {"SellingGeneralAndAdministrativeExpense"}),
    ("is", "Provision for income taxes", "monetary", _z("nonoperating"), False, False,
     {"IncomeTaxExpenseBenefit"}),
    ("is", "Income (loss) before provision for income taxes", "monetary", _z("nonoperating"), False,
     True, {"IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
            "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments"}),
    ("is", "Net income (loss)", "monetary", _z("nonoperating"), False, True, {"NetIncomeLoss"}),
    ("is", "Earnings (loss) per common share: Basic", "perShare", _z(), False, False,
     {"EarningsPerShareBasic"}),
    ("is", "Shares used in computing earnings (loss) per common share: Diluted", "shares", _z(), False,
     False, {"WeightedAverageNumberOfDilutedSharesOutstanding"}),
    # sign-sensitive pairs: an expense line is not a net income/expense concept, and vice versa
    ("is", "Interest expense", "monetary", _z("nonoperating"), True, False,
     {"InterestExpense", "InterestExpenseNonoperating"}),
    # alone, most issuers tag "Other income" with the net concept; see the paired test below
    ("is", "Other income", "monetary", _z("nonoperating"), False, False,
     {"OtherNonoperatingIncome", "OtherNonoperatingIncomeExpense"}),
    ("is", "Other expense", "monetary", _z("nonoperating"), True, False, {"OtherNonoperatingExpense"}),
    ("is", "Interest and other income (expense), net", "monetary", _z("nonoperating"), False, False,
     {"NonoperatingIncomeExpense", "OtherNonoperatingIncomeExpense", "InterestAndOtherIncome"}),
    # balance sheet, with the section a line sits in
    ("bs", "Cash and cash equivalents", "monetary", _z("assets", "current"), False, False,
     {"CashAndCashEquivalentsAtCarryingValue"}),
    ("bs", "Short-term investments", "monetary", _z("assets", "current"), False, False,
     {"ShortTermInvestments"}),
    ("bs", "Accounts receivable, net of allowance for doubtful accounts of $96", "monetary",
     _z("assets", "current"), False, False, {"AccountsReceivableNetCurrent"}),
    ("bs", "Total current assets", "monetary", _z("assets", "current"), False, True, {"AssetsCurrent"}),
    ("bs", "Accounts payable", "monetary", _z("liabilities", "current"), False, False,
     {"AccountsPayableCurrent"}),
    ("bs", "Long-term debt", "monetary", _z("liabilities", "noncurrent"), False, False,
     {"LongTermDebtNoncurrent", "LongTermDebt"}),
    ("bs", "Retained earnings", "monetary", _z("liabilities", "equity"), False, False,
     {"RetainedEarningsAccumulatedDeficit"}),
    ("bs", "Treasury stock", "monetary", _z("liabilities", "equity"), True, False,
     {"TreasuryStockValue", "TreasuryStockCommonValue"}),
    ("bs", "Total shareholders' equity", "monetary", _z("liabilities", "equity"), False, True,
     {"StockholdersEquity"}),
    ("bs", "Total liabilities and shareholders' equity", "monetary", _z("liabilities", "equity"), False,
     True, {"LiabilitiesAndStockholdersEquity"}),
    ("cf", "Depreciation and amortization", "monetary", _z(), False, False,
     {"DepreciationDepletionAndAmortization", "DepreciationAmortizationAndAccretionNet",
      "DepreciationAndAmortization"}),
    ("cf", "Net cash provided by (used in) operating activities", "monetary", _z(), False, True,
     {"NetCashProvidedByUsedInOperatingActivities"}),
]


@pytest.mark.parametrize(("statement", "label", "unit", "zone", "negative", "total", "expected"), CASES,
                         ids=[c[1][:40] for c in CASES])
def test_ranker_on_real_rows(statement: str, label: str, unit: str, zone: frozenset[str], negative: bool,
                             total: bool, expected: set[str]) -> None:
    choice = choose(LineQuery(statement, label, unit, zone, negative, total))
    assert choice.concept in expected, (choice.concept, choice.reason, choice.alternatives)
    assert 0 < choice.confidence <= 1 and choice.reason


def test_both_sides_printed_take_one_sided_concepts() -> None:
    labels = ["Interest expense", "Other income", "Other expense", "Net income"]
    assert label_scan.with_opposite(labels) == {"Other income", "Other expense"}
    income = choose(LineQuery("is", "Other income", "monetary", _z("nonoperating"), opposite=True))
    expense = choose(LineQuery("is", "Other expense", "monetary", _z("nonoperating"), opposite=True))
    assert (income.concept, expense.concept) == ("OtherNonoperatingIncome", "OtherNonoperatingExpense")


def test_companies_vote_for_the_concept_of_an_exact_label() -> None:
    rows = [taxonomy_map.LabelEvidence("Widget fees", "Revenues", "label", "is", (f"co{i}-2024",), 1, 1)
            for i in range(3)]
    rows.append(taxonomy_map.LabelEvidence("Widget fees", "CostOfRevenue", "label", "is", ("zz-2024",), 1, 1))
    ranker.use_evidence(rows)
    try:
        choice = choose(LineQuery("is", "Widget fees", "monetary", _z("operating")))
    finally:
        ranker.use_evidence(None)
    assert choice.concept == "Revenues" and "3 of 4 companies" in choice.reason


def test_period_type_and_unit_restrict_candidates() -> None:
    # a balance-sheet line never gets a duration concept, a share count never a monetary one
    choice = choose(LineQuery("bs", "Net income", "monetary", _z("equity")))
    assert choice.concept != "NetIncomeLoss"
    shares = choose(LineQuery("is", "Weighted average shares outstanding basic", "shares"))
    assert shares.concept == "WeightedAverageNumberOfSharesOutstandingBasic"


def test_unknown_line_becomes_extension() -> None:
    choice = choose(LineQuery("is", "Zorblax fees from quantum widgets", "monetary", _z("operating")))
    assert choice.concept is None and choice.source == "extension"
    assert choice.reason.startswith("no us-gaap concept scored")


def test_overrides_csv_and_yaml(tmp_path: Path) -> None:
    from exporter.map.mapping import index

    known = set(index().concepts)
    csv_file = tmp_path / "o.csv"
    csv_file.write_text("label,statement,concept\nOther assets,bs,us-gaap:OtherAssets\nFoo,,extension\n")
    table = load_overrides(csv_file, known)
    assert table.find("OTHER ASSETS", "bs") is not None
    assert table.find("other assets", "is") is None
    assert table.find("foo", "cf").concept == EXTENSION  # type: ignore[union-attr]
    yaml_file = tmp_path / "o.yaml"
    yaml_file.write_text("- label: Promissory note-officer\n  statement: bs\n"
                         "  concept: StockholdersEquityNoteSubscriptionsReceivable\n")
    assert len(load_overrides(yaml_file, known)) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("label,statement,concept\nOther assets,bs,us-gaap:NoSuchConcept\n")
    with pytest.raises(InputError, match="row 2"):
        load_overrides(bad, known)


def test_override_applied_in_export(tmp_path: Path) -> None:
    from exporter import export
    from tests.conftest import SEED

    ov = tmp_path / "o.csv"
    ov.write_text("label,statement,concept\nOTHER ASSETS,bs,us-gaap:OtherAssets\n")
    result = export(SEED, tmp_path / "out", validate=False, overrides=ov)
    rows = result.facts[result.facts.label == "OTHER ASSETS"]
    assert set(rows.concept) == {"us-gaap:OtherAssets"}
    assert set(rows.decided_by) == {"override"}


# --- wrong-choice classes seen on unseen documents ------------------------------------------


@pytest.mark.parametrize("label", ["Product revenues", "Service revenue", "Revenues from licenses"])
def test_revenue_components_are_not_costs(label: str) -> None:
    choice = choose(LineQuery("is", label, "monetary", _z("operating")))
    assert choice.concept is not None and "Cost" not in choice.concept and "Expense" not in choice.concept


@pytest.mark.parametrize("label", ["Profit", "Net profit", "Profit attributable to common stockholders"])
def test_profit_is_net_income_not_nonoperating(label: str) -> None:
    choice = choose(LineQuery("is", label, "monetary", _z("nonoperating")))
    assert choice.concept in {"NetIncomeLoss", "ProfitLoss", "NetIncomeLossAvailableToCommonStockholdersBasic"}


@pytest.mark.parametrize("label", ["Net income excluding one-time items", "Adjusted EBITDA",
                                   "Pro forma net income", "Non-GAAP operating income"])
def test_non_gaap_lines_take_no_gaap_concept(label: str) -> None:
    choice = choose(LineQuery("is", label, "monetary", _z("nonoperating")))
    assert choice.concept is None and "non-GAAP" in choice.reason


def test_less_portion_payable_within_one_year_is_noncurrent() -> None:
    choice = choose(LineQuery("bs", "Long-term debt, less portion payable within one year", "monetary",
                         _z("liabilities", "noncurrent")))
    assert choice.concept is not None and "Noncurrent" in choice.concept


def test_net_of_allowance_is_the_net_receivable() -> None:
    choice = choose(LineQuery("bs", "Accounts receivable, net of allowance of $1,234", "monetary",
                         _z("assets", "current")))
    assert choice.concept == "AccountsReceivableNetCurrent"


def test_in_process_rd_is_not_rd_excluding_in_process() -> None:
    choice = choose(LineQuery("is", "In-process research and development", "monetary", _z("operating")))
    # an extension (its own us-gaap concept is deprecated) or an in-process concept, never "excluding" it
    assert choice.concept is None or "ExcludingAcquiredInProcess" not in choice.concept


def test_net_income_in_a_per_share_block_is_eps() -> None:
    choice = choose(LineQuery("is", "Basic earnings per share Net income", "perShare"))
    assert choice.concept == "EarningsPerShareBasic"


def test_income_taxes_under_deferred_items_is_deferred() -> None:
    choice = choose(LineQuery("cf", "Deferred items Income taxes", "monetary", _z("operating")))
    assert choice.concept is not None and "Deferred" in choice.concept


# --- company memory -------------------------------------------------------------------------


def test_a_companys_own_label_choice_wins_over_the_general_evidence(tmp_path: Path) -> None:
    line = LineQuery("is", "Net sales", "monetary", _z("operating"))
    general = choose(line).concept
    own = "RevenueFromContractWithCustomerIncludingAssessedTax"
    assert general != own
    csv_file = tmp_path / "acme_labels.csv"
    csv_file.write_text(f"label,statement,concept\nNet Sales,is,us-gaap:{own}\n", encoding="utf-8")
    scoring.use_memory(memory.load(csv_file))
    try:
        choice = choose(line)
        other_statement = choose(LineQuery("cf", "Net sales", "monetary", _z("operating")))
    finally:
        scoring.use_memory(None)
    assert choice.concept == own and "the company chose it" in choice.reason
    assert other_statement.concept != own  # memory is per statement
    assert choose(line).concept == general  # forgotten again


def test_memory_needs_a_usable_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        memory.load(tmp_path / "nothing")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,concept\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="columns"):
        memory.load(bad)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no labelled statement lines"):
        memory.load(tmp_path / "empty")


def test_export_writes_a_labels_csv_that_serves_as_memory(tmp_path: Path) -> None:
    from exporter import export

    seed = Path(__file__).resolve().parents[1] / "examples" / "innovo-2003q3-ex99-1.txt"
    first = export(seed, tmp_path / "a", validate=False)
    written = first.files["memory"].read_text(encoding="utf-8").splitlines()
    assert written[0] == "label,statement,concept" and len(written) > 20
    # the reviewer's (or an earlier filing's) choice for one label comes back first next time
    edited = [ln for ln in written if not ln.upper().startswith("INTEREST EXPENSE,")]
    edited.append("INTEREST EXPENSE,is,us-gaap:InterestExpenseDebt")
    (tmp_path / "memory.csv").write_text("\n".join(edited) + "\n", encoding="utf-8")
    second = export(seed, tmp_path / "b", validate=False, memory=tmp_path / "memory.csv")
    interest = second.facts[second.facts.label.str.upper() == "INTEREST EXPENSE"]
    assert set(interest.concept) == {"us-gaap:InterestExpenseDebt"}
    assert (first.facts.concept.tolist() == second.facts.concept.tolist()) is False


def test_a_per_share_total_keeps_its_concept_beside_the_parts_it_sums() -> None:
    """Class: basic earnings per share printed after the continuing and discontinued amounts per
    share it sums. The printed arithmetic is read for money lines only, so a per-share total is
    never known as a total: it does not lose EarningsPerShareBasic for "summing its siblings" (a
    diluted concept took it). A money line that is not a total still does."""
    from exporter.map.features import arithmetic

    idx = mapping.index()
    eps = frozenset({"IncomeLossFromContinuingOperationsPerBasicShare",
                     "IncomeLossFromDiscontinuedOperationsNetOfTaxPerBasicShare"})
    per_share = LineQuery("is", "Basic Earnings (Loss) Per Share Attributable to Common Stock", "perShare",
                          _z("nonoperating"), siblings=eps)
    assert "sums_siblings" not in arithmetic("EarningsPerShareBasic", per_share, idx)[0]
    money = frozenset({"CostOfRevenue", "OperatingExpenses"})
    line = LineQuery("is", "Operating costs", "monetary", _z("operating"), siblings=money)
    assert "sums_siblings" in arithmetic("CostsAndExpenses", line, idx)[0]


def test_an_unqualified_other_line_of_the_noncurrent_section_is_noncurrent() -> None:
    """Class: "Other assets" / "Other liabilities" after total current assets or liabilities of a
    classified balance sheet: issuers tag OtherAssetsNoncurrent / OtherLiabilitiesNoncurrent, while
    the companies writing the same words include unclassified balance sheets (OtherAssets). A
    concept named noncurrent is favoured there; not for a total, nor in an unclassified sheet."""
    from exporter.map.features import context

    noncurrent = LineQuery("bs", "Other assets", "monetary", _z("assets", "noncurrent"))
    c = mapping.concept_info("OtherAssetsNoncurrent")
    assert c is not None and "noncurrent_named" in context("OtherAssetsNoncurrent", c, noncurrent)[0]
    total = LineQuery("bs", "Total other assets", "monetary", _z("assets", "noncurrent"), is_total=True)
    assert "noncurrent_named" not in context("OtherAssetsNoncurrent", c, total)[0]
    for label, concept in (("Other assets", "OtherAssetsNoncurrent"),
                           ("Other liabilities", "OtherLiabilitiesNoncurrent")):
        side = "assets" if "assets" in label else "liabilities"
        assert choose(LineQuery("bs", label, "monetary", _z(side, "noncurrent"))).concept == concept


@pytest.mark.parametrize(("label", "concept"), [("Interest paid", "InterestPaidNet"),
                                                 ("Income taxes paid", "IncomeTaxesPaid")])
def test_a_supplemental_payment_of_the_direct_method_is_no_activitys_line(label: str, concept: str) -> None:
    # us-gaap's calculation tree puts the cash paid for interest and for income taxes under the direct
    # method's payments for operating activities: a supplemental disclosure of an indirect-method
    # statement is where issuers print them, so the tree's direct-method branch says nothing against
    # them there; with the two concepts of a label scored alike, the companies that wrote it decide
    rows = [taxonomy_map.LabelEvidence(label, concept, "label", "cf", (f"co{i}-2024",), 1, 1) for i in range(3)]
    rows.append(taxonomy_map.LabelEvidence(label, "IncomeTaxesPaidNet" if concept == "IncomeTaxesPaid"
                                           else "InterestPaid", "label", "cf", ("zz-2024",), 1, 1))
    ranker.use_evidence(rows)
    try:
        line = LineQuery("cf", label, "monetary", _z("supplemental"))
        feats = {c.concept: c.feats for c in scoring.candidates(line)}
        choice = choose(line)
    finally:
        ranker.use_evidence(None)
    assert "outside_cf_section" not in feats[concept]
    assert choice.concept == concept, (choice.reason, choice.alternatives)


def test_an_unqualified_line_of_the_noncurrent_section_takes_the_long_term_concept() -> None:
    # "Investments" after total current assets: us-gaap names the noncurrent side LongTerm... as
    # well as ...Noncurrent; with the companies writing the label split, the section decides
    rows = [taxonomy_map.LabelEvidence("Investments", concept, "label", "bs", (f"{concept[:4]}{i}-2024",), 1, 1)
            for concept in ("Investments", "LongTermInvestments") for i in range(2)]
    ranker.use_evidence(rows)
    try:
        choice = choose(LineQuery("bs", "Investments", "monetary", _z("assets", "noncurrent")))
    finally:
        ranker.use_evidence(None)
    assert choice.concept == "LongTermInvestments", (choice.reason, choice.alternatives)


def test_an_unqualified_line_of_the_current_section_takes_a_current_concept() -> None:
    # "Investments" among the current assets: the companies writing the label split between the
    # unclassified Investments and LongTermInvestments; the first sums straight into total assets,
    # beside the current total (outside the section, as DeferredRevenue is outside the current
    # liabilities), the second names the noncurrent side (LongTermDebtCurrent names both: a current
    # portion), so a current concept is chosen; after total current assets the long-term one is
    from exporter.map.features import context, family

    line = LineQuery("bs", "Investments", "monetary", _z("assets", "current"))
    assert "outside_bs_section" in family("Investments", line, mapping.index())[0]
    for name, mismatch in (("LongTermInvestments", True), ("LongTermDebtCurrent", False)):
        c = mapping.concept_info(name)
        assert c is not None and ("current_mismatch" in context(name, c, line)[0]) is mismatch
    choice = choose(line)
    assert choice.concept in {"ShortTermInvestments", "MarketableSecuritiesCurrent"}, (choice.reason,
                                                                                     choice.alternatives)
    assert choose(LineQuery("bs", "Investments", "monetary", _z("assets", "noncurrent"))).concept == (
        "LongTermInvestments")


def test_net_borrowings_and_additions_less_reductions_are_the_net_of_both_ways() -> None:
    """'Net short-term borrowings', 'Short-term borrowings, net' and 'Net additions/(reductions) to
    short-term debt' are new borrowings less repayments, either way: the net proceeds concept, not
    the proceeds alone (which an issuer's 'Proceeds from short-term borrowings' gave them by their
    words); 'Net proceeds from issuance of ...' stays the proceeds (net of costs)."""
    said = [("Proceeds from short-term borrowings", "ProceedsFromShortTermDebt"),
            ("Repayments of short-term borrowings", "RepaymentsOfShortTermDebt"),
            ("Proceeds from (repayments of) short-term debt, net", "ProceedsFromRepaymentsOfShortTermDebt"),
            ("Proceeds from long-term debt", "ProceedsFromIssuanceOfLongTermDebt")]
    ranker.use_evidence([taxonomy_map.LabelEvidence(label, concept, "label", "cf", (f"co{i}-2024",), 1, 1)
                          for i, (label, concept) in enumerate(said)])
    financing = _z("financing")
    try:
        got = {label: choose(LineQuery("cf", label, "monetary", financing)).concept for label in (
            "Net short-term borrowings", "Short-term borrowings, net",
            "Net additions/(reductions) to other short-term debt", "Net proceeds from issuance of long-term debt")}
    finally:
        ranker.use_evidence(None)
    assert got == {"Net short-term borrowings": "ProceedsFromRepaymentsOfShortTermDebt",
                   "Short-term borrowings, net": "ProceedsFromRepaymentsOfShortTermDebt",
                   "Net additions/(reductions) to other short-term debt": "ProceedsFromRepaymentsOfShortTermDebt",
                   "Net proceeds from issuance of long-term debt": "ProceedsFromIssuanceOfLongTermDebt"}


def test_a_total_is_the_nearest_concept_us_gaap_sums_its_printed_parts_into() -> None:
    """Class: a total of expenses whose printed parts include cost of sales and an "other" line
    ("Total expenses" over cost of products sold, selling and administrative, research, amortization
    and other (income)/expense): us-gaap sums four of its five parts, all added, into
    CostsAndExpenses (cost of revenue beside operating expenses), though the label's words are
    nearer other concepts'. Income before taxes subtracts the same four (through gross profit and
    operating income), and operating expenses sums three: neither is the total's concept."""
    from exporter.map.features import arithmetic

    idx = mapping.index()
    parts = frozenset({"CostOfGoodsAndServicesSold", "SellingGeneralAndAdministrativeExpense",
                       "ResearchAndDevelopmentExpense", "AmortizationOfIntangibleAssets",
                       "OtherNonoperatingIncomeExpense"})
    within = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
    for label in ("Total expenses, net", "Total expenses and other charges"):
        line = LineQuery("is", label, is_total=True, parts=parts, within=within)
        assert choose(line).concept == "CostsAndExpenses", label
    line = LineQuery("is", "Total expenses", is_total=True, parts=parts, within=within)
    assert "parts_parent" in arithmetic("CostsAndExpenses", line, idx)[0]
    for other in ("OperatingExpenses", within, "OperatingIncomeLoss"):
        assert "parts_parent" not in arithmetic(other, line, idx)[0], other
    # a total and the total us-gaap sums it into are one branch: both are its parts' sum
    pretax = LineQuery("is", "Income before income taxes", is_total=True, parts=frozenset(
        {"OperatingIncomeLoss", "OtherNonoperatingIncomeExpense", "InvestmentIncomeInterest"}))
    minority = ("IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterest"
                "AndIncomeLossFromEquityMethodInvestments")
    assert all("parts_parent" in arithmetic(c, pretax, idx)[0] for c in (within, minority))


@pytest.mark.parametrize("label", ["Total expense and other (income)", "Total expenses and other income, net",
                                   "Total costs, expenses and other (income)"])
def test_a_total_opening_with_expense_words_is_an_expense_side_total(label: str) -> None:
    """Class: an income statement's total of its expenses with other income netted inside it
    ("Total expense and other (income)" over cost of sales, selling and administrative, research,
    interest and other (income) expense) sums expenses: CostsAndExpenses, which us-gaap sums its
    parts into, not the other income and expense concepts (NonoperatingIncomeExpense, a credit)
    its words "expense", "other" and "income" fit."""
    parts = frozenset({"CostOfGoodsAndServicesSold", "SellingGeneralAndAdministrativeExpense",
                       "ResearchAndDevelopmentExpense", "InterestExpense", "OtherNonoperatingIncomeExpense"})
    within = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
    line = LineQuery("is", label, "monetary", _z("operating"), is_total=True, parts=parts, within=within)
    assert choose(line).concept == "CostsAndExpenses"
    # an expense total's label names no credit concept; the ones it does not open are not concerned
    other = LineQuery("is", "Total other income (expense), net", "monetary", _z("nonoperating"), is_total=True)
    assert mapping.concept_info(choose(other).concept).balance == "credit"
