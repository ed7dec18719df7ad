"""Concept choice on old plain-text filings, one wording or structure class per test.

Each snippet reproduces how 1993-2008 EDGAR text filings word or arrange a statement line that
the modern Inline XBRL evidence does not hold as such (issue 11's text-key classes); none needs
../shared.
"""

from __future__ import annotations

from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from tests.text_snippet import submission


def _extract(text: str) -> Extraction:
    return extract(parse_filing(text, Path("snippet.txt")))


def _concepts(ex: Extraction, code: str) -> dict[str, tuple[str, int]]:
    """label -> (concept, value of the first column) for the statement of ``code``."""
    out: dict[str, tuple[str, int]] = {}
    for s in ex.statements:
        if s.code == code:
            for f in s.facts:
                out.setdefault(f.label, (f.concept, int(f.value)))
    return out


BANK = """\
                         CONSOLIDATED STATEMENTS OF INCOME
                              (In thousands)
<TABLE>
<CAPTION>
                                                      Year Ended March 31,
                                                      2008          2007
<S>                                                 <C>           <C>
Interest income:
   Interest on loans                                 90,000        82,000
   Interest and dividends on securities              10,243        10,600
                                                   --------      --------
     Total interest income                          100,243        92,600
Interest expense:
   Interest on deposits                              40,000        35,000
   Interest on borrowings                             9,000         8,000
                                                   --------      --------
     Total interest expense                          49,000        43,000
                                                   --------      --------
Net interest income                                  51,243        49,600
Provision for loan losses                             3,000         1,000
                                                   --------      --------
Net interest income after provision for loan losses  48,243        48,600
Non-interest income:
   Service fees                                       3,601         3,274
   Other                                              1,939         1,724
                                                   --------      --------
     Total non-interest income                        5,540         4,998
Non-interest expense:
   Compensation and employee benefits                20,000        19,000
   Other expenses                                     8,783         9,598
                                                   --------      --------
     Total non-interest expense                      28,783        28,598
                                                   --------      --------
Income before provision for income taxes             25,000        25,000
Provision for income taxes                            8,000         8,000
                                                   --------      --------
Net income                                           17,000        17,000
                                                   ========      ========
</TABLE>

                           CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<CAPTION>
                                                     March 31,     March 31,
                                                       2008          2007
<S>                                                 <C>           <C>
Assets:
Cash and due from banks                              30,000        28,000
Net loans receivable                              1,191,478     1,054,870
Other assets                                         23,325        22,005
                                                  ---------     ---------
     Total assets                                 1,244,803     1,104,875
                                                  =========     =========
Liabilities:
Deposits                                          1,038,792       975,295
Other liabilities                                    10,000         9,000
                                                  ---------     ---------
     Total liabilities                            1,048,792       984,295
Stockholders' equity:
Common stock                                         12,000        12,000
Retained earnings                                   184,011       108,580
                                                  ---------     ---------
     Total stockholders' equity                     196,011       120,580
                                                  ---------     ---------
Total liabilities and stockholders' equity        1,244,803     1,104,875
                                                  =========     =========
</TABLE>
"""


def test_a_vague_income_statement_line_is_not_a_cash_flow_item() -> None:
    """'Other' under 'Non-interest income:' is the bank's other noninterest income, not the
    cash-flow statement's 'Other operating activities' (the income statement's operating zone is
    no cash-flow activity)."""
    got = _concepts(_extract(BANK), "is")
    concept, value = got["Other"]
    assert "CashFlow" not in concept and "OperatingActivities" not in concept
    assert value == 1_939_000


def test_a_heading_naming_a_part_of_the_statement_does_not_complete_the_line() -> None:
    """'Deposits' under 'Liabilities:' is the bank's Deposits, not 'Liabilities Deposits'
    (SecurityDepositLiability): a side or section heading says where the line stands, not what it is."""
    got = _concepts(_extract(BANK), "bs")
    assert got["Deposits"] == ("Deposits", 1_038_792_000)


def test_a_cash_flow_line_stands_in_its_activity() -> None:
    """'Increase (decrease) in notes payable to banks' printed among financing activities is a
    financing flow: a working-capital change us-gaap sums into operating cash is outside its
    activity, a concept summed into financing cash is inside it."""
    from exporter.map import features, mapping, ranker

    line = mapping.LineQuery("cf", "Increase (decrease) in notes payable to banks", zone=frozenset({"financing"}))
    idx = mapping.index()
    assert "outside_cf_section" in features.family("IncreaseDecreaseInNotesPayableCurrent", line, idx)[0]
    assert "zone_anchor_bonus" in features.family("ProceedsFromRepaymentsOfShortTermDebt", line, idx)[0]
    chosen = ranker.choose(line).concept or ""
    assert "NetCashProvidedByUsedInOperatingActivities" not in idx.ancestors.get(chosen, frozenset())


def test_retired_wordings_read_as_their_successors() -> None:
    """Old statements say 'minority interests', 'before extraordinary item', 'before cumulative
    effect of accounting changes' and 'Provision/(credit) for income taxes'; us-gaap now says
    noncontrolling interest, continuing operations and income tax expense (benefit)."""
    from exporter.map import mapping, ranker

    def pick(label: str, code: str = "is", **kw: object) -> str | None:
        return ranker.choose(mapping.LineQuery(code, label, **kw)).concept  # type: ignore[arg-type]

    assert pick("Minority interests in net income of subsidiaries",
                zone=frozenset({"nonoperating"})) == "NetIncomeLossAttributableToNoncontrollingInterest"
    assert pick("Income before income taxes and extraordinary item") == (
        "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest")
    assert pick("Provision/(credit) for income taxes") == "IncomeTaxExpenseBenefit"
    assert pick("Loss before extraordinary item", unit_kind="perShare") in (
        "IncomeLossFromContinuingOperationsPerBasicShare", "IncomeLossFromContinuingOperationsPerDilutedShare")
    assert "ContinuingOperations" in (pick("Income before cumulative effect of accounting change") or "")


def test_an_unclassified_balance_sheet_says_nothing_is_noncurrent() -> None:
    """A bank's balance sheet prints no current section: its 'Other assets' and 'Other liabilities'
    are OtherAssets and OtherLiabilities, not the noncurrent concepts of a classified sheet."""
    got = _concepts(_extract(BANK), "bs")
    assert got["Other assets"] == ("OtherAssets", 23_325_000)
    assert got["Other liabilities"][0] == "OtherLiabilities"


def test_old_wordings_of_an_allowance_and_a_refund() -> None:
    """'Reserve for loan losses' is an allowance; 'Cash paid (received) for income taxes' prints a
    refund in parentheses, a negative of the paid concept (its sign reads reversed)."""
    from exporter.map.labels import tokens
    from exporter.understand.facts import REVERSES

    assert tokens("Reserve for loan losses") == tokens("Allowance for loan losses")
    assert tokens("Reserves for doubtful accounts") == tokens("Allowances for doubtful accounts")
    assert tokens("Reserve for warranties") != tokens("Allowance for warranties")
    assert REVERSES.search("Cash paid (received) for income taxes, net")
    assert not REVERSES.search("Cash received from customers")


def test_a_line_that_does_not_say_other_is_not_the_rest_of_its_kind() -> None:
    """'Restructuring costs' is the restructuring charge, not OtherRestructuringCosts (the rest of a
    kind, whose name holds every word of the label and one more); 'Other restructuring costs' still is."""
    from exporter.map import mapping, ranker

    def pick(label: str) -> str | None:
        return ranker.choose(mapping.LineQuery("is", label, zone=frozenset({"operating"}))).concept

    assert pick("Restructuring costs") in ("RestructuringCharges", "RestructuringCosts")
    assert pick("Other restructuring costs") == "OtherRestructuringCosts"


PPE = """\
                           CONSOLIDATED BALANCE SHEETS
                              (In millions)
<TABLE>
<CAPTION>
                                                      September 26,  September 27,
                                                          1997           1996
<S>                                                     <C>            <C>
Current assets:
  Cash and cash equivalents                                 1,230          1,552
  Inventories                                                 437            662
                                                          -------        -------
    Total current assets                                    1,667          2,214
Property, plant, and equipment:
  Land and buildings                                          453            480
  Machinery and equipment                                     460            544
  Leasehold improvements                                      172            188
                                                          -------        -------
                                                            1,085          1,212
  Accumulated depreciation and amortization                  (709)          (750)
                                                          -------        -------
      Net property, plant, and equipment                      376            462
Other assets                                                  323            251
                                                          -------        -------
    Total assets                                            2,366          2,927
                                                          =======        =======
</TABLE>
"""


def test_a_total_reduced_by_accumulated_depreciation_is_the_gross_amount() -> None:
    """The unlabelled total of land, buildings and equipment, from which accumulated depreciation
    is then subtracted, is the gross amount; the line after is the net amount."""
    got = _concepts(_extract(PPE), "bs")
    by_value = {v: c for c, v in got.values()}
    assert by_value[1_085_000_000] == "PropertyPlantAndEquipmentGross"
    assert got["Net property, plant, and equipment"] == ("PropertyPlantAndEquipmentNet", 376_000_000)


OPERATIONS_HEAD = """\
                         CONSOLIDATED STATEMENTS OF OPERATIONS
                      (In thousands, except per share data)
<TABLE>
<CAPTION>
                                                        Three months ended July 31,
                                                            2000          1999
<S>                                                      <C>           <C>
Total revenues                                            25,794        49,852
"""
"""The head of a quarterly statement of operations, from its title to its first line."""

PER_SHARE = OPERATIONS_HEAD + """\
Total operating costs                                     37,667        77,242
                                                          ------        ------
Loss from operations                                     (11,873)      (27,390)
Extraordinary item                                             -       (49,632)
                                                          ------        ------
Net loss                                                 (11,873)      (77,022)
Net income (loss) per share - basic
Loss before extraordinary item                             (0.32)        (0.83)
Extraordinary item                                             -         (1.49)
Net loss                                                   (0.32)        (2.32)
Net income (loss) per share - diluted
Loss before extraordinary item                             (0.32)        (0.83)
Extraordinary item                                             -         (1.49)
Net loss                                                   (0.32)        (2.32)
Weighted average shares outstanding                       37,199        33,289
</TABLE>
"""


def test_a_line_naming_a_per_share_basis_heads_the_block_under_it() -> None:
    """'Net income (loss) per share - basic' printed alone on its line heads the per-share lines
    under it (it does not run on into the first of them): the block's 'Net loss' is the basic
    EPS total, and the same words under '... - diluted' the diluted one, even where the two print
    the same numbers."""
    per_share = {f.concept for s in _extract(PER_SHARE).statements for f in s.facts
                 if f.label == "Net loss" and "/" in f.unit}
    assert per_share == {"EarningsPerShareBasic", "EarningsPerShareDiluted"}


def test_a_line_adding_into_a_printed_total_shares_its_balance() -> None:
    """'Service fees' printed as a part of 'Total non-interest income' (adding into it) is income:
    a fee expense concept, which would be stored negated to make the sum, is against the total's
    balance; a line subtracted from the total ('Interest expense' under 'Net interest income') is
    the other balance."""
    from exporter.map import features, mapping, ranker

    idx = mapping.index()
    adding = mapping.LineQuery("is", "Service fees", zone=frozenset({"operating"}), industry=frozenset({"bank"}),
                          within="NoninterestIncome", adds=1)
    assert features.against_total(idx.concepts["AdministrativeFeesExpense"], adding, idx)
    assert not features.against_total(idx.concepts["FeeIncome"], adding, idx)
    chosen = ranker.choose(adding).concept or ""
    assert idx.concepts[chosen].balance == "credit"
    subtracted = mapping.LineQuery("is", "Total interest expense", is_total=True, within="InterestIncomeExpenseNet",
                              adds=-1)
    assert not features.against_total(idx.concepts["InterestExpenseOperating"], subtracted, idx)
    assert features.against_total(idx.concepts["InterestIncomeOperating"], subtracted, idx)
    unknown = mapping.LineQuery("is", "Service fees", within="NoninterestIncome")  # signs differ between columns
    assert not features.against_total(idx.concepts["AdministrativeFeesExpense"], unknown, idx)


def test_an_unclassified_balance_sheet_says_nothing_is_current_either() -> None:
    """On a balance sheet with no current section (a bank's), 'Deferred compensation' among the
    liabilities is the liability neither current nor noncurrent, not the current one and not the
    equity contra account: the side's total (Liabilities) is the line's anchor in the calculation tree."""
    from exporter.map import features, mapping, ranker

    idx = mapping.index()
    line = mapping.LineQuery("bs", "Deferred compensation", zone=frozenset({"liabilities", "unclassified"}))
    assert "outside_bs_section" in features.family("DeferredCompensationEquity", line, idx)[0]
    assert "zone_anchor_bonus" in features.family("DeferredCompensationLiabilityCurrentAndNoncurrent", line, idx)[0]
    c = idx.concepts["DeferredCompensationLiabilityCurrent"]
    assert "current_mismatch" in features.context(c.name, c, line)[0]
    assert ranker.choose(line).concept == "DeferredCompensationLiabilityCurrentAndNoncurrent"


CASH_FLOWS = """\
                  CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                 (in millions)
<TABLE>
<CAPTION>
                                                     SIX MONTHS ENDED
                                           March 27, 1999        March 28, 1998
<S>                                              <C>                        <C>
Cash and cash equivalents, beginning of the period $1,481               $1,230
Operating:
Net income                                          287                    102
Adjustments to reconcile net income to
cash generated by operating activities:
    Depreciation and amortization                    47                     56
    Gain on sale of XYZ shares                      (87)                    --
Changes in operating assets and liabilities:
    Accounts receivable                             151                    220
    Inventories                                      60                    180
    Accounts payable                                 34                   (271)
         Cash generated by operating activities     492                    287
Investing:
Purchase of property, plant, and equipment          (24)                   (12)
Proceeds from sale of XYZ shares                     96                     --
         Cash generated by investing activities      72                    (12)
Total cash generated                                564                    275
Cash and cash equivalents, end of the period     $2,045                 $1,505
</TABLE>
"""


def test_working_capital_signs_follow_the_printed_operating_total() -> None:
    """'Cash generated by operating activities' printed with no rule above it is the operating
    total all the same: 'Accounts receivable 151' adds into it, so the receivables decreased
    (IncreaseDecreaseInAccountsReceivable -151), and 'Gain on sale of XYZ shares (87)' is an amount
    of money inside that total, not a count of shares."""
    got = {}
    for s in _extract(CASH_FLOWS).statements:
        for f in s.facts:
            if f.period.start is not None and f.period.start.year == 1998:
                got[f.label] = (f.concept, f.value, f.unit)
    assert got["Accounts receivable"][:2] == ("IncreaseDecreaseInAccountsReceivable", -151_000_000)
    assert got["Inventories"][:2] == ("IncreaseDecreaseInInventories", -60_000_000)
    assert got["Accounts payable"][:2] == ("IncreaseDecreaseInAccountsPayable", 34_000_000)
    assert got["Gain on sale of XYZ shares"][2] == "USD"
    assert got["Proceeds from sale of XYZ shares"][1:] == (96_000_000, "USD")


RUN_ON_BELOW = OPERATIONS_HEAD + """\
Salaries, wages and benefits                               6,872        16,450
Capitation expenses and other                             30,795        60,792
Total operating costs and administrative                  37,667        77,242
expenses                                                  ------        ------
Loss from operations                                     (11,873)      (27,390)
Interest expense, net                                      2,453         2,099
                                                          ------        ------
Net loss                                                 (14,326)      (29,489)
Net income (loss) per share - basic
Net loss                                                   (0.39)        (0.89)
Net income (loss) per share - diluted
Net loss                                                   (0.39)        (0.89)
Weighted average number of shares outstanding -           37,199        33,289
                                                          ------        ------
basic
Weighted average number of shares outstanding -           37,199        33,289
diluted                                                   ------        ------
</TABLE>
"""


def test_a_label_runs_on_below_its_figures() -> None:
    """A label finished under its figures, beside the rule that closes them ('Total operating costs
    and administrative' over 'expenses  ------') or under that rule after a connective ('Weighted
    average number of shares outstanding -' over a rule over 'basic'), is one label: the next line
    is 'Loss from operations' (the operating result, after which lines are nonoperating), and the
    share counts under a per-share heading are the basic and diluted counts, not amounts per share."""
    got: dict[str, set[str]] = {}
    for s in _extract(RUN_ON_BELOW).statements:
        for f in s.facts:
            got.setdefault(f.label, set()).add(f.concept)
    assert got["Total operating costs and administrative expenses"] <= {"OperatingCostsAndExpenses",
                                                                         "CostsAndExpenses", "OperatingExpenses"}
    assert got["Loss from operations"] == {"OperatingIncomeLoss"}
    assert got["Weighted average number of shares outstanding - basic"] == {
        "WeightedAverageNumberOfSharesOutstandingBasic"}
    assert got["Weighted average number of shares outstanding - diluted"] == {
        "WeightedAverageNumberOfDilutedSharesOutstanding"}


def test_a_net_result_is_not_one_side_of_a_pair() -> None:
    """'Net loss' names a net result, not one side ('Other income' beside 'Other expense'): the
    income-or-loss concept it takes is not penalised as a two-sided concept for a one-sided label."""
    from exporter.map import features, mapping

    idx = mapping.index()
    net = mapping.LineQuery("is", "Net loss", zone=frozenset({"nonoperating"}))
    assert "net_one_sided" not in features.direction("NetIncomeLoss", frozenset({"net", "loss"}), net, idx)
    other = mapping.LineQuery("is", "Other income", zone=frozenset({"nonoperating"}))
    assert "net_one_sided" in features.direction("OtherNonoperatingIncomeExpense", frozenset({"other", "income"}),
                                                 other, idx)


def test_a_banks_wording_comes_from_banks_label_linkbases() -> None:
    """'Accrued interest and dividends receivable' on a bank's balance sheet is the bank's accrued
    investment income (what banks' label linkbases call it), not DividendAndInterestReceivable
    read off the concept's name; and the bank's 'Net income', with no noncontrolling interest
    printed anywhere, stays NetIncomeLoss though banks with such interests label ProfitLoss so."""
    bank = BANK.replace(
        "Other assets                                         23,325        22,005",
        "Accrued interest and dividends receivable             7,916         6,626\n"
        "Other assets                                         15,409        15,379")
    ex = _extract(bank)
    concept, value = _concepts(ex, "bs")["Accrued interest and dividends receivable"]
    assert concept in ("AccruedInvestmentIncomeReceivable", "InterestReceivable")
    assert value == 7_916_000
    assert _concepts(ex, "is")["Net income"] == ("NetIncomeLoss", 17_000_000)


FULL_DILUTION = OPERATIONS_HEAD + """\
Total operating costs                                     20,000        40,000
                                                          ------        ------
Net income                                                 5,794         9,852
                                                          ======        ======
Average number of shares outstanding                      40,000        39,000
AMOUNTS PER SHARE
Income/(loss)                                               0.14          0.25
Income/(loss) assuming full dilution                        0.13          0.24
</TABLE>
"""


def test_a_per_share_line_saying_nothing_of_dilution_is_basic() -> None:
    """An old statement prints its primary per-share amount as plain 'Income/(loss)' and the diluted one
    as 'Income/(loss) assuming full dilution'; its one 'Average number of shares outstanding' is the
    basic (primary) count: a line that says nothing of dilution does not take a diluted concept."""
    got = {f.label: f.concept for s in _extract(FULL_DILUTION).statements for f in s.facts}
    assert got["Income/(loss)"] == "EarningsPerShareBasic"
    assert got["Income/(loss) assuming full dilution"] == "EarningsPerShareDiluted"
    assert got["Average number of shares outstanding"] == "WeightedAverageNumberOfSharesOutstandingBasic"


SUPPLEMENTAL_CF = """\
                   CONSOLIDATED STATEMENTS OF CASH FLOWS
                              (In millions)
<TABLE>
<CAPTION>
                                                          YEAR ENDED DECEMBER 31,
                                                          2001      2000      1999
                                                          ----      ----      ----
<S>                                                       <C>       <C>       <C>
Cash and cash equivalents, beginning of the period......    100       60        50
Operating:
Net income..............................................     90       80        70
Depreciation............................................     10       10        10
                                                          ----      ----      ----
    Cash generated by operating activities..............    100       90        80
                                                          ----      ----      ----
Financing:
Increases in common stock, net of acquisition of Zorbco.     34       39        86
Cash dividends..........................................    (71)     (89)      (89)
                                                          ----      ----      ----
    Cash used for financing activities..................    (37)     (50)       (3)
                                                          ----      ----      ----
Total cash generated....................................     63       40        77
                                                          ----      ----      ----
Cash and cash equivalents, end of the period............  $ 163     $100      $127
                                                          ====      ====      ====
Supplemental cash flow disclosures:
  Cash paid during the year for interest................  $  12     $ 14      $ 10
  Noncash items:
    Tax benefit from stock options......................  $   7     $  4      $ 11
    Issuance of common stock for acquisition of Zorbco..  $  -      $  -      $ 427
</TABLE>
"""


def test_lines_below_the_closing_cash_are_no_activitys_lines() -> None:
    """Supplemental disclosures printed below the closing cash balance (cash paid for interest,
    noncash financing) stand in a zone of their own: they take no concept us-gaap sums into an
    activity's net cash, so the financing line of the same words keeps the inflow concept."""
    from exporter.map.mapping import index

    ex = _extract(submission(SUPPLEMENTAL_CF))
    cf = next(s for s in ex.statements if s.code == "cf")
    by_label = {ln.display_label.split(".")[0].strip(): ln for ln in cf.lines}
    assert by_label["Net income"].zone == frozenset({"operating"})  # an opening balance on top ends nothing
    assert by_label["Tax benefit from stock options"].zone == frozenset({"supplemental"})
    activities = {"NetCashProvidedByUsedInOperatingActivities", "NetCashProvidedByUsedInInvestingActivities",
                  "NetCashProvidedByUsedInFinancingActivities"}
    ancestors = index().ancestors
    for label in ("Tax benefit from stock options", "Issuance of common stock for acquisition of Zorbco"):
        concept = by_label[label].concept
        assert not (ancestors.get(concept or "", frozenset()) & activities), (label, concept)
    increases = by_label["Increases in common stock, net of acquisition of Zorbco"]
    values = sorted(int(f.value) for f in cf.facts if f.row == increases.row.index)
    assert values == [34_000_000, 39_000_000, 86_000_000], (increases.concept, values)


def test_a_total_whose_parts_us_gaap_sums_into_one_parent_takes_it() -> None:
    """'Total cash generated' adding the activities' net cash says nothing of a change in cash in
    its words: us-gaap sums each part into the net change in cash and none into an activity's
    total, so that parent is the line's concept (the ranker's words alone gave an activity's)."""
    from exporter.map.mapping import index

    ex = _extract(submission(SUPPLEMENTAL_CF))
    cf = next(s for s in ex.statements if s.code == "cf")
    by_label = {ln.display_label.split(".")[0].strip(): ln for ln in cf.lines}
    total = by_label["Total cash generated"]
    parts = [by_label["Cash generated by operating activities"].concept,
             by_label["Cash used for financing activities"].concept]
    above = index().ancestors  # the parent, or the whole it is one amount with (no exchange-rate line)
    assert total.concept in above.get(parts[0] or "", frozenset()) & above.get(parts[1] or "", frozenset())
    assert "PeriodIncreaseDecrease" in (total.concept or "")


BENEFIT_ONLY = """\
                       SNIPPET INC
            CONSOLIDATED STATEMENTS OF OPERATIONS
       (Dollars in millions, except per share amounts)
<TABLE>
<CAPTION>
                                   Years Ended December 31,
                                  1997      1996       1995
<S>                              <C>       <C>        <C>
Net sales                       $1,601    $ 2,185    $3,730
Costs and expenses:
Cost of sales                    1,298      2,606     3,030
Selling, general
 and administrative                348        404       720
                                 1,646      3,010     3,750
Operating loss                     (45)      (825)      (20)
Interest and other income, net       8          7        12
Loss before benefit
 from income taxes                 (37)      (818)       (8)
Benefit from income taxes            -       (435)       (3)
Net loss                         $ (37)     $(383)    $  (5)
Loss per common share           $(0.30)    $(3.10)   $(0.04)
Common shares used in the
 calculations of loss per share
 (in thousands)                 125,609    123,659   125,071
</TABLE>
"""


def test_the_tax_line_below_the_result_before_taxes_is_no_nonoperating_line() -> None:
    """The lines below 'Loss before benefit from income taxes' are the tax and what follows it, not
    nonoperating income or expense: 'Benefit from income taxes' (a tax line worded as a benefit
    only) is the income tax, stored negative as a benefit (it took NonoperatingIncomeExpense, the
    section's word 'nonoperating' added to its label)."""
    ex = _extract(submission(BENEFIT_ONLY))
    concepts = _concepts(ex, "is")
    is_ = next(s for s in ex.statements if s.code == "is")
    tax = next(ln for ln in is_.lines if ln.label == "Benefit from income taxes")
    assert tax.concept == "IncomeTaxExpenseBenefit"
    values = sorted(int(f.value) for f in is_.facts if f.row == tax.row.index)
    assert values == [-435_000_000, -3_000_000, 0]
    assert concepts["Interest and other income, net"][0] != "IncomeTaxExpenseBenefit"
    assert "after tax" in tax.zone and "nonoperating" not in tax.zone


def test_an_unlabelled_total_closes_the_heading_above_it() -> None:
    """'Costs and expenses:' over its lines and their unlabelled sum: the lines below the sum are
    under no heading, so the per-share and share-count lines, which a heading completes ('Basic'
    under 'Earnings per share:'), are not read as 'Costs and expenses Loss per common share'."""
    from exporter.understand.facts import heading_paths

    ex = _extract(submission(BENEFIT_ONLY))
    is_ = next(s for s in ex.statements if s.code == "is")
    paths = heading_paths(is_.table)
    eps = next(ln for ln in is_.lines if ln.row.label.startswith("Loss per common share"))
    assert paths[eps.row.index] == []
    assert not eps.label.lower().startswith("costs and expenses")
    cost = next(ln for ln in is_.lines if ln.row.label == "Cost of sales")
    assert paths[cost.row.index] == ["Costs and expenses:"]


ACCRUALS = """\
                           CONSOLIDATED BALANCE SHEETS
                                 (In thousands)
<TABLE>
<CAPTION>
                                                   December 31,   December 31,
                                                       1998           1997
<S>                                                  <C>            <C>
Current assets:
   Cash and cash equivalents                           9,000          8,000
   Accounts receivable                                 6,000          5,000
                                                     -------        -------
     Total current assets                             15,000         13,000
Property, plant and equipment, net                     5,000          5,000
                                                     -------        -------
     Total assets                                     20,000         18,000
                                                     =======        =======
Current liabilities:
   Accounts payable                                    3,000          2,500
   Accrued warranty and related                          900            800
   Accrued restructuring costs                           600            400
   Other current liabilities                           1,500          1,300
                                                     -------        -------
     Total current liabilities                         6,000          5,000
Shareholders' equity:
   Common stock                                        4,000          4,000
   Retained earnings                                  10,000          9,000
                                                     -------        -------
     Total shareholders' equity                       14,000         13,000
                                                     -------        -------
     Total liabilities and shareholders' equity       20,000         18,000
                                                     =======        =======
</TABLE>
"""


def test_an_accrued_warranty_or_restructuring_cost_is_us_gaaps_accrual_or_reserve() -> None:
    """'Accrued warranty' and 'Accrued restructuring costs' are what us-gaap names a product warranty
    accrual and a restructuring reserve (synonyms.csv): no issuer label holds those words, and the
    lines took whatever accrued liability shared the most words (interest payable, income taxes)."""
    got = _concepts(_extract(submission(ACCRUALS)), "bs")
    assert got["Accrued warranty and related"][0] == "ProductWarrantyAccrualClassifiedCurrent"
    assert got["Accrued restructuring costs"][0] == "RestructuringReserveCurrent"


def test_the_one_per_share_line_saying_nothing_of_dilution_is_basic() -> None:
    """A statement's one amount per share, 'Loss per common share', says nothing of dilution: it is the
    basic (primary) figure, beside the one count of shares 'used in the calculations of loss per
    share', even where an issuer's label of those words took the diluted concept (the
    diluted_unsaid weight was too small to outweigh one such label)."""
    got = _concepts(_extract(submission(BENEFIT_ONLY)), "is")
    assert got["Loss per common share"] == ("EarningsPerShareBasic", 0)
    shares = next(v for k, v in got.items() if k.startswith("Common shares used"))
    assert shares == ("WeightedAverageNumberOfSharesOutstandingBasic", 125_609_000)


WORKING_CAPITAL = """\
                      CONSOLIDATED STATEMENTS OF CASH FLOWS
                                 (In millions)
<TABLE>
<CAPTION>
                                                       Years Ended December 31,
                                                          1998      1997
<S>                                                      <C>       <C>
Operating:
Net income                                                 300       250
Adjustments to reconcile net income to cash generated by
  operating activities:
  Depreciation and amortization                            118       156
  Deferred income taxes                                     20        15
Changes in operating assets and liabilities:
  Accounts receivable                                      (50)       35
  Deferred tax assets                                       83       (91)
  Accounts payable                                         (17)       74
  Accrued restructuring costs                               63      (117)
  Deferred tax liabilities                                 (90)       31
                                                         -----     -----
    Cash generated by operating activities                 427       353
                                                         -----     -----
Investing:
Purchase of property, plant, and equipment                 (53)      (67)
                                                         -----     -----
    Cash used for investing activities                     (53)      (67)
                                                         -----     -----
Increase in cash and cash equivalents                      374       286
                                                         =====     =====
</TABLE>
"""


def test_a_line_under_the_changes_in_working_capital_is_the_change_in_its_item() -> None:
    """Under 'Changes in operating assets and liabilities:' a line named like a balance-sheet item
    ('Deferred tax assets', 'Accrued restructuring costs') is the change in that item, an
    IncreaseDecrease concept (the heading's zone, generic_lines.csv cf_zone_heading), not the
    deferred tax expense or the restructuring cost its words also fit; 'Deferred income taxes'
    among the adjustments above stays the expense."""
    got = _concepts(_extract(submission(WORKING_CAPITAL)), "cf")
    assert got["Deferred income taxes"][0] == "DeferredIncomeTaxExpenseBenefit"
    for label in ("Accounts receivable", "Deferred tax assets", "Accrued restructuring costs",
                  "Deferred tax liabilities"):
        assert got[label][0].startswith("IncreaseDecreaseIn"), (label, got[label])
    assert got["Accrued restructuring costs"][0] == "IncreaseDecreaseInRestructuringReserve"


BORROWINGS = """\
                      CONSOLIDATED STATEMENTS OF CASH FLOWS
                                 (In millions)
<TABLE>
<CAPTION>
                                                       Years Ended December 31,
                                                          1998      1997
<S>                                                      <C>       <C>
Operating:
Net income                                                 300       250
  Depreciation and amortization                            118       156
                                                         -----     -----
    Cash generated by operating activities                 418       406
                                                         -----     -----
Investing:
Purchase of property, plant, and equipment                 (53)      (67)
                                                         -----     -----
    Cash used for investing activities                     (53)      (67)
                                                         -----     -----
Financing:
Increase (decrease) in notes payable to banks             (161)      169
Cash dividends                                             (14)      (58)
                                                         -----     -----
    Cash generated by (used for) financing activities     (175)      111
                                                         -----     -----
Increase in cash and cash equivalents                      190       450
                                                         =====     =====
</TABLE>
"""


def test_an_increase_or_decrease_in_borrowings_is_their_net_proceeds_either_way() -> None:
    """'Increase (decrease) in notes payable to banks' in the financing activities is the net cash of
    new borrowings less repayments (synonyms.csv: proceeds from repayments of), a concept that goes
    either way with the printed signs, not the repayments alone (a label naming both sides takes no
    one-sided concept: one_sided_both_said)."""
    ex = _extract(submission(BORROWINGS))
    cf = next(s for s in ex.statements if s.code == "cf")
    line = next(ln for ln in cf.lines if ln.row.label.startswith("Increase (decrease) in notes"))
    assert line.concept == "ProceedsFromRepaymentsOfNotesPayable"
    values = sorted(int(f.value) for f in cf.facts if f.row == line.row.index)
    assert values == [-161_000_000, 169_000_000]


PREFERRED_IN_EQUITY = """\
                           CONSOLIDATED BALANCE SHEETS
                                 (In millions)
<TABLE>
<CAPTION>
                                                   December 31,   December 31,
                                                       1998           1997
<S>                                                  <C>            <C>
Current assets:
   Cash and cash equivalents                           9,000          8,000
                                                     -------        -------
     Total current assets                              9,000          8,000
Property, plant and equipment, net                     5,000          5,000
                                                     -------        -------
     Total assets                                     14,000         13,000
                                                     =======        =======
Current liabilities:
   Accounts payable                                    3,000          2,500
                                                     -------        -------
     Total current liabilities                         3,000          2,500
Shareholders' equity:
   Series A non-voting convertible preferred stock,
     no par value; 150,000 shares authorized,
     issued and outstanding                              150            150
   Common stock                                        4,000          4,000
   Retained earnings                                   6,850          6,350
                                                     -------        -------
     Total shareholders' equity                       11,000         10,500
                                                     -------        -------
     Total liabilities and shareholders' equity       14,000         13,000
                                                     =======        =======
</TABLE>
"""


def test_a_line_printed_inside_shareholders_equity_is_no_temporary_equity() -> None:
    """Convertible preferred stock printed under 'Shareholders' equity:' is permanent equity: a claim
    outside equity (temporary equity, printed between the liabilities and equity) counts against a
    concept there (claim_not_equity), enough to outweigh one issuer's long label of the same words."""
    got = _concepts(_extract(submission(PREFERRED_IN_EQUITY)), "bs")
    label = next(k for k in got if k.startswith("Series A"))
    assert got[label][0] == "PreferredStockValue"


def test_a_total_printed_with_a_colon_closes_the_heading_above_it() -> None:
    """'Total costs and expenses:' printing its figures (a colon after a total, as a heading would
    have) closes 'Costs and expenses:' as 'Total costs and expenses' does: the per-share line below
    is not read under that heading."""
    from exporter.understand.facts import heading_paths

    body = BENEFIT_ONLY.replace("                                 1,646      3,010     3,750",
                                "Total costs and expenses:        1,646      3,010     3,750")
    assert body != BENEFIT_ONLY
    ex = _extract(submission(body))
    is_ = next(s for s in ex.statements if s.code == "is")
    paths = heading_paths(is_.table)
    eps = next(ln for ln in is_.lines if ln.row.label.startswith("Loss per common share"))
    assert paths[eps.row.index] == []
    total = next(ln for ln in is_.lines if ln.row.label.startswith("Total costs and expenses"))
    assert total.concept == "CostsAndExpenses"


EQUIVALENTS = """\
                      CONSOLIDATED STATEMENTS OF INCOME
                   (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                     Years Ended March 31,
                                                       2008          2007
<S>                                                 <C>           <C>
Net sales                                           100,000        90,000
Cost of sales                                        60,000        55,000
                                                   --------      --------
Income before income taxes                           40,000        35,000
Income taxes                                         15,000        13,000
                                                   --------      --------
Net income                                           25,000        22,000
                                                   ========      ========
Earnings per share:
  Basic                                            $   2.09      $   1.82
  Diluted                                          $   2.07      $   1.81
Weighted average shares
 outstanding:
  Basic                                          11,943,021    12,064,265
  Common stock equivalents                           81,437        93,200
                                                 ----------    ----------
  Diluted                                        12,024,458    12,157,465
                                                 ==========    ==========
</TABLE>
"""


def test_common_stock_equivalents_are_the_dilutive_securities_effect() -> None:
    """'Common stock equivalents' between the basic and diluted share counts (APB 15's word, before
    SFAS 128) is the dilutive securities' effect on the count (synonyms.csv), not a count of its own."""
    ex = _extract(submission(EQUIVALENTS))
    is_ = next(s for s in ex.statements if s.code == "is")
    line = next(ln for ln in is_.lines if ln.row.label.startswith("Common stock equivalents"))
    assert line.concept == "WeightedAverageNumberDilutedSharesOutstandingAdjustment"


_INVESTMENT_GAINS = ("GainLossOnInvestments", "DebtSecuritiesAvailableForSaleRealizedGainLoss",
                     "DebtAndEquitySecuritiesRealizedGainLoss", "MarketableSecuritiesRealizedGainLoss")


def test_a_gain_on_sales_of_securities_is_the_gain_on_investments() -> None:
    """A bank's 'Net gain (loss) on sales of investment securities' (and 'Securities gains
    (losses), net') among its non-interest income is the gain or loss on its investments
    (synonyms.csv: GainLossOnInvestments, or a realized gain on securities that issuers label
    'Investment securities losses'), not the gain on sales of
    loans or of derivatives whose other words it shares; it goes either way, so a loss printed in
    parentheses stays negative."""
    for label in ("Net gain (loss) on sales of investment securities", "Securities gains (losses), net"):
        bank = BANK.replace(
            "   Other                                              1,939         1,724",
            f"   {label:<52}480           (29)\n"
            "   Other                                              1,459         1,753")
        ex = _extract(submission(bank, fye="0331"))
        got = {(f.concept, int(f.value)) for s in ex.statements if s.code == "is" for f in s.facts
               if f.label == label}
        assert {v for _, v in got} == {480_000, -29_000}, (label, got)
        assert {c for c, _ in got} <= set(_INVESTMENT_GAINS), (label, got)


DEFERRED_AMONG_CHANGES = """\
                  CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                 (in thousands)
<TABLE>
<CAPTION>
                                                     THREE MONTHS ENDED
                                           October 31, 2024      October 31, 2023
<S>                                              <C>                        <C>
Cash and cash equivalents, beginning of the period $1,481               $1,230
Operating:
Net income                                          287                    102
Adjustments to reconcile net income to
cash provided by operating activities:
    Depreciation and amortization                    47                     56
(Increase) decrease in assets:
    Accounts receivable                            (151)                  (220)
    Deferred income taxes                            46                     17
    Deferred tax assets                             (12)                    (8)
Increase (decrease) in liabilities:
    Accounts payable                                 34                     71
         Cash provided by operating activities      251                     18
Investing:
Purchase of property, plant, and equipment          (24)                   (12)
         Cash used in investing activities          (24)                   (12)
Total cash generated                                227                      6
Cash and cash equivalents, end of the period     $1,708               $1,236
</TABLE>
"""


def test_deferred_income_taxes_among_the_changes_are_the_deferred_tax_expense() -> None:
    """'Deferred income taxes' printed among '(Increase) decrease in assets:' names the deferred tax
    expense, as issuers tag it (DeferredIncomeTaxExpenseBenefit, the figure as printed): the words of
    an expense, not of a balance. 'Deferred tax assets' there names a balance: the change in it."""
    got = _concepts(_extract(DEFERRED_AMONG_CHANGES), "cf")
    assert got["Deferred income taxes"] == ("DeferredIncomeTaxExpenseBenefit", 46_000)
    assert got["Deferred tax assets"][0] == "IncreaseDecreaseInDeferredIncomeTaxes"
    assert got["Accounts receivable"] == ("IncreaseDecreaseInAccountsReceivable", 151_000)


SINGLE_STEP = """\
                       SNIPPET INC
             CONSOLIDATED STATEMENTS OF EARNINGS
           (Dollars in millions, except per share amounts)
<TABLE>
<CAPTION>
                                            Years Ended December 31,
                                           1997       1996       1995
<S>                                       <C>        <C>        <C>
Net sales                                 $4,210     $3,980     $3,705
Costs and expenses:
  Cost of products sold                    2,530      2,402      2,251
  Marketing, selling and administrative      812        780        744
  Research and development                   301        288        265
  Other expense (income), net                 (42)        17         11
                                           -----      -----      -----
    Total costs and expenses                3,601      3,487      3,271
                                           -----      -----      -----
Earnings before income taxes                 609        493        434
Provision for income taxes                   213        172        152
                                           -----      -----      -----
Net earnings                              $  396     $  321     $  282
                                           =====      =====      =====
</TABLE>
"""


def test_a_single_step_statement_says_nothing_of_operating_lines() -> None:
    """A single-step income statement ('Costs and expenses:' summed into 'Total costs and expenses',
    then 'Earnings before income taxes', no operating income printed) does not say which of its
    costs are operating: 'Other expense (income), net' among them is the issuer's other
    nonoperating income or expense, not the foreign-currency gain a concept under the operating
    expenses happened to be (the lines above the result before taxes had the operating zone, which
    counted every nonoperating concept against them)."""
    ex = _extract(submission(SINGLE_STEP))
    is_ = next(s for s in ex.statements if s.code == "is")
    other = next(ln for ln in is_.lines if ln.label.startswith("Other expense"))
    assert not other.zone & {"operating", "nonoperating"}
    assert other.concept in ("OtherNonoperatingIncomeExpense", "NonoperatingIncomeExpense"), other.concept
    got = _concepts(ex, "is")
    assert got["Cost of products sold"][0] in ("CostOfGoodsAndServicesSold", "CostOfRevenue")
    assert got["Research and development"][0] == "ResearchAndDevelopmentExpense"


def test_a_label_saying_noncurrent_takes_a_concept_naming_that_side() -> None:
    """'Other noncurrent assets' and 'Other long-term obligations' among the changes in working
    capital are the changes in the noncurrent items (IncreaseDecreaseInOtherNoncurrent...), not an
    issuer's 'Other non-current assets and liabilities' concept naming no side (ranker.csv
    term_unnamed, structure.csv word noncurrent_said); deferred taxes, noncurrent by their nature
    though their concepts do not say so, keep their concept (name_part noncurrent_by_nature).
    'Other current assets, net' is the change in the current ones (word current_said, name_part
    current_named); a label joining two things says the side of one ('Accrued and other current
    liabilities') and is not counted."""
    from exporter.map import mapping
    from exporter.map.features import direction
    from exporter.map.labels import strip_clutter, tokens

    body = WORKING_CAPITAL.replace("  Accrued restructuring costs                               63      (117)",
                                   "  Other noncurrent assets                                   63      (117)").replace(
        "  Deferred tax liabilities                                 (90)       31",
        "  Other long-term obligations                              (90)       31").replace(
        "  Accounts payable                                         (17)       74",
        "  Other current assets, net                                (17)       74")
    got = _concepts(_extract(submission(body)), "cf")
    assert got["Other noncurrent assets"][0] == "IncreaseDecreaseInOtherNoncurrentAssets"
    assert got["Other long-term obligations"][0] == "IncreaseDecreaseInOtherNoncurrentLiabilities"
    assert got["Other current assets, net"][0] == "IncreaseDecreaseInOtherCurrentAssets"
    line = mapping.LineQuery("bs", "Long-term deferred income tax liabilities",
                             zone=frozenset({"liabilities", "noncurrent"}))
    base = frozenset(tokens(strip_clutter(line.label)))
    idx = mapping.index()
    assert "term_unnamed" not in direction("DeferredIncomeTaxLiabilitiesNet", base, line, idx)
    assert "term_unnamed" in direction("OtherLiabilities", base, line, idx)
    current = mapping.LineQuery("bs", "Current portion of long-term debt", zone=frozenset({"liabilities", "current"}))
    assert "term_unnamed" not in direction("DebtCurrent", frozenset(tokens(current.label)), current, idx)
    joined = mapping.LineQuery("cf", "Accrued and other current liabilities", zone=frozenset({"operating", "changes"}))
    assert "term_unnamed" not in direction("IncreaseDecreaseInAccruedLiabilitiesAndOtherOperatingLiabilities",
                                           frozenset(tokens(joined.label)), joined, idx)


def test_property_and_equipment_joined_with_intangibles_are_productive_assets() -> None:
    """A purchase line joining property and equipment with intangible assets ('Purchases of property,
    plant and equipment and intangible assets') is us-gaap's productive assets
    (PaymentsToAcquireProductiveAssets: purchases of property, plant and equipment, software and other
    intangible assets), not PaymentsToAcquirePropertyPlantAndEquipment, which one part names
    (synonyms.csv); property and equipment alone stays the latter."""
    got = _concepts(_extract(submission(WORKING_CAPITAL)), "cf")
    assert got["Purchase of property, plant, and equipment"][0] == "PaymentsToAcquirePropertyPlantAndEquipment"
    label = "Purchases of property and equipment and intangibles"
    body = WORKING_CAPITAL.replace("Purchase of property, plant, and equipment                 (53)",
                                   f"{label:<58}(53)")
    got = _concepts(_extract(submission(body)), "cf")
    assert got[label] == ("PaymentsToAcquireProductiveAssets", 53_000_000)


def test_a_line_saying_comprehensive_takes_a_comprehensive_concept() -> None:
    """In a combined statement of operations and comprehensive income, 'Comprehensive income
    attributable to the Company' is the comprehensive income concept, not the net income its other
    words and place fit (ranker.csv comprehensive_unnamed, structure.csv word comprehensive_said);
    'Net loss and comprehensive loss', a net result that is its comprehensive result too, stays a
    net result (label_join both_results)."""
    from exporter.map import mapping, ranker

    def pick(label: str, total: bool) -> str | None:
        line = mapping.LineQuery("is", label, zone=frozenset({"after tax"}), is_total=total, nci=True)
        return ranker.choose(line).concept

    assert pick("Comprehensive income attributable to the Company", True) == "ComprehensiveIncomeNetOfTax"
    assert pick("Comprehensive income attributable to noncontrolling interests", False) == (
        "ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest")
    assert pick("Net loss and comprehensive loss", True) in ("ProfitLoss", "NetIncomeLoss")
