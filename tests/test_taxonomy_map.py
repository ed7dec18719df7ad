"""The concept table: the builder on real FASB linkbases and filings, and the packaged CSVs."""

from __future__ import annotations

from pathlib import Path

import pytest

import taxonomy_map
from exporter.errors import TaxonomyError
from taxonomy_map import CalcArc, LabelEvidence, calc_arcs, concepts, labels
from taxonomy_map._statements import classify_role, concept_words, fasb_file_code
from taxonomy_map._xlink import concept_from_href
from taxonomy_map.build import (
    KEPT_STATEMENTS,
    FilingLabels,
    bank_labels_only,
    build,
    collect_labels,
    place_by_presentation,
    read_calc,
    read_concepts,
    read_filing,
)
from taxonomy_map.ixbrl_evidence import company_of, filing_rows

SHARED = Path(__file__).resolve().parents[2] / "shared"
TAXONOMIES = SHARED / "taxonomies"
US_GAAP = TAXONOMIES / "xbrl.fasb.org" / "us-gaap" / "2024"
STM = US_GAAP / "stm"
FILINGS = SHARED / "corpus" / "xbrl-filings"
IXBRL = SHARED / "corpus" / "ixbrl"
PACKAGE = Path(taxonomy_map.__file__).resolve().parent

needs_taxonomy = pytest.mark.skipif(
    not (US_GAAP / "elts" / "us-gaap-2024.xsd").is_file(),
    reason=f"needs the FASB us-gaap 2024 taxonomy at {US_GAAP} (../shared/taxonomies)",
)
needs_filings = pytest.mark.skipif(
    not (FILINGS / "aapl-20230930").is_dir() or not IXBRL.is_dir(),
    reason=f"needs the filing linkbases at {FILINGS} and the Inline XBRL filings at {IXBRL}"
    " (../shared/corpus)",
)


# --- pure helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("PropertyPlantAndEquipmentNet", "property plant and equipment net"),
        (
            "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItems"
            "NoncontrollingInterest",
            "income loss from continuing operations before income taxes extraordinary items "
            "noncontrolling interest",
        ),
        ("StockAppreciationRightsSARSMember", "stock appreciation rights sars member"),
        ("CashFDICInsuredAmount", "cash fdic insured amount"),
        ("AccountsReceivableNoncurrent90DaysOrMorePastDueStillAccruing",
         "accounts receivable noncurrent 90 days or more past due still accruing"),
    ],
)
def test_concept_words(name: str, words: str) -> None:
    assert concept_words(name) == words


@pytest.mark.parametrize(
    ("file_name", "code"),
    [
        ("us-gaap-stm-sfp-cls-pre-2024.xml", "bs"),
        ("us-gaap-stm-soi-pre-2024.xml", "is"),
        ("us-gaap-stm-soi1-cal-2024.xml", "is"),
        ("us-gaap-stm-scf-indir-cal-2024.xml", "cf"),
        ("us-gaap-stm-sheci2-cal-2024.xml", "eq"),
        ("us-gaap-stm-soc5-cal-2024.xml", "ci"),
        ("us-gaap-stm-spc-pre-2024.xml", None),
        ("us-gaap-stm-com-pre-2024.xml", None),
        ("us-gaap-stm-soi-def-2024.xml", None),
    ],
)
def test_fasb_file_code(file_name: str, code: str | None) -> None:
    assert fasb_file_code(file_name) == code


@pytest.mark.parametrize(
    ("href", "concept"),
    [
        ("https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_Assets", "Assets"),
        ("http://taxonomies.xbrl.us/us-gaap/2009/elts/us-gaap-2009-01-31.xsd"
         "#us-gaap_AccountsPayableCurrent", "AccountsPayableCurrent"),
        ("https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd#srt_ProductOrServiceAxis",
         "srt:ProductOrServiceAxis"),
        ("aapl-20230930.xsd#aapl_OtherIncomeExpenseNet", None),
        ("https://xbrl.sec.gov/dei/2024/dei-2024.xsd#dei_EntityRegistrantName", None),
    ],
)
def test_concept_from_href(href: str, concept: str | None) -> None:
    assert concept_from_href(href) == concept


ROLE = "http://www.apple.com/role/X"


@pytest.mark.parametrize(
    ("uri", "definition", "code"),
    [
        (ROLE, "0000005 - Statement - CONSOLIDATED BALANCE SHEETS", "bs"),
        (ROLE, "0000006 - Statement - CONSOLIDATED BALANCE SHEETS (Parenthetical)", "bs_par"),
        (ROLE, "0000003 - Statement - CONSOLIDATED STATEMENTS OF OPERATIONS", "is"),
        (ROLE, "9952151 - Statement - CONSOLIDATED INCOME STATEMENT", "is"),
        (ROLE, "0000003 - Statement - Consolidated Statements of Earnings", "is"),
        (ROLE, "1004 - Statement - COMPREHENSIVE INCOME STATEMENTS", "ci"),
        (ROLE, "0000005 - Statement - Consolidated Statements of Comprehensive Income (Loss)",
         "ci"),
        (ROLE, "00200 - Statement - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS AND "
         "COMPREHENSIVE LOSS", "is"),
        (ROLE, "0000008 - Statement - Consolidated Statements of Cash Flows", "cf"),
        (ROLE, "0000006 - Statement - Consolidated Statements of Financial Position", "bs"),
        (ROLE, "0000002 - Statement - Consolidated Statements of Financial Condition", "bs"),
        (ROLE, "0000007 - Statement - CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY", "eq"),
        (ROLE, "100050 - Statement - CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY (DEFICIT)",
         "eq"),
        (ROLE, "0000005 - Statement - Consolidated Statements of Changes in Net Assets", "eq"),
        (ROLE, "0000008 - Statement - Consolidated Schedule of Investments", "other"),
        (ROLE, "2421412 - Disclosure - Consolidated Financial Statement Details - Property, "
         "Plant and Equipment, Net (Details)", "other"),
        ("http://www.generaldynamics.com/role/ConsolidatedBalanceSheet", None, "bs"),
        ("http://www.generaldynamics.com/role/ConsolidatedStatementofEarningsUnaudited", None,
         "is"),
        ("http://www.generaldynamics.com/role/ShareholdersEquity", None, "other"),
        ("http://www.generaldynamics.com/role/EarningsPerShare", None, "other"),
        ("http://www.spireenergy.com/20231231/role/statement-note-3-earnings-per-common-share",
         None, "other"),
        ("http://www.mtronpti.com/20241231/role/statement-consolidated-balance-sheets-"
         "parentheticals", None, "bs_par"),
    ],
)
def test_classify_role(uri: str, definition: str | None, code: str) -> None:
    assert classify_role(uri, definition) == code


# --- the builder on real linkbases ----------------------------------------------------------


@needs_taxonomy
def test_read_concepts_from_the_us_gaap_schema() -> None:
    found = {
        c.name: c
        for c in read_concepts(
            US_GAAP / "elts" / "us-gaap-2024.xsd",
            [STM / "us-gaap-stm-sfp-cls-pre-2024.xml", STM / "us-gaap-stm-soi-pre-2024.xml"],
        )
    }
    ppe = found["PropertyPlantAndEquipmentNet"]
    assert (ppe.type, ppe.period_type, ppe.balance) == ("monetaryItemType", "instant", "debit")
    assert ppe.statements == frozenset({"bs"})
    assert ppe.words == "property plant and equipment net"
    assert "is" in found["NetIncomeLoss"].statements
    assert found["NetIncomeLoss"].balance == "credit"
    assert found["EarningsPerShareBasic"].type == "perShareItemType"
    assert found["EarningsPerShareBasic"].balance == ""
    assert found["WeightedAverageNumberOfSharesOutstandingBasic"].type == "sharesItemType"
    assert found["EffectiveIncomeTaxRateContinuingOperations"].statements == frozenset()
    # abstract, dimensional and text-block elements are not concepts here
    for name in ("AssetsAbstract", "StatementScenarioAxis", "RetainedEarningsMember",
                 "IncomeTaxDisclosureTextBlock", "StatementLineItems"):
        assert name not in found


@needs_taxonomy
def test_read_calc_income_statement() -> None:
    arcs = set(read_calc([STM / "us-gaap-stm-soi-cal-2024.xml"]))
    assert CalcArc("is", "GrossProfit", "Revenues", 1) in arcs
    assert CalcArc("is", "GrossProfit", "CostOfRevenue", -1) in arcs
    assert CalcArc("is", "OperatingIncomeLoss", "GrossProfit", 1) in arcs
    assert {a.statement for a in arcs} == {"is"}


@needs_filings
def test_read_filing_apple_2023() -> None:
    filing = read_filing(FILINGS / "aapl-20230930")
    revenue = "RevenueFromContractWithCustomerExcludingAssessedTax"
    assert ("terse", "Net sales") in filing.labels[revenue]
    assert ("total", "Total property, plant and equipment, net") in filing.labels[
        "PropertyPlantAndEquipmentNet"
    ]
    assert "is" in filing.statements[revenue]
    assert "bs" in filing.statements["PropertyPlantAndEquipmentNet"]
    assert sorted(c for c in filing.roles.values() if c != "other") == [
        "bs", "bs_par", "cf", "ci", "eq", "is",
    ]
    rows = collect_labels([filing])
    assert LabelEvidence("Net sales", revenue, "terse", "is", ("aapl-20230930",), 1, 1) in rows
    assert collect_labels([filing], exclude=frozenset({"aapl"})) == []
    assert {r.statement for r in rows} <= KEPT_STATEMENTS
    assert rows == sorted(rows, key=lambda r: (r.label, r.concept, r.role, r.statement))


def test_a_banks_label_linkbase_alone_counts_under_the_fasb_statements() -> None:
    """A folder holding only a bank's label linkbase (no presentation) gives its labels under the
    statements the FASB presentation puts each concept in; a label-only folder of another company
    gives nothing (its wording is in the Inline XBRL rows, and its note-only labels would count)."""
    bank = FilingLabels("bnk-20170331", labels={
        "InterestAndDividendIncomeOperating": {("total", "Total interest income")},
        "InterestIncomeExpenseNet": {("total", "Net interest income")},
        "NoninterestIncome": {("total", "Total noninterest income")},
        "ProvisionForLoanLeaseAndOtherLosses": {("label", "Provision for credit losses")},
        "Deposits": {("total", "Total deposits")},
        "InterestIncomeMember": {("label", "Interest income")},
    })
    other = FilingLabels("shop-20240131", labels={"NetIncomeLoss": {("label", "Net earnings")}})
    assert bank_labels_only(bank) and not bank_labels_only(other)
    presented = {"InterestAndDividendIncomeOperating": frozenset({"is"}), "Deposits": frozenset({"bs"}),
                 "NetIncomeLoss": frozenset({"is", "cf"})}
    rows = collect_labels([bank, other], presented=presented)
    assert {(r.label, r.concept, r.statement) for r in rows} == {
        ("Total interest income", "InterestAndDividendIncomeOperating", "is"),
        ("Total deposits", "Deposits", "bs")}
    presenting = FilingLabels("bnk-20180331", labels=bank.labels, statements={"Deposits": {"bs"}},
                              roles={"http://bnk/role/bs": "bs"})
    assert not bank_labels_only(presenting)  # its own presentation says where
    assert [r.concept for r in collect_labels([presenting], presented=presented)] == ["Deposits"]


@needs_filings
def test_read_filing_with_linkbases_embedded_in_the_schema() -> None:
    folder = FILINGS / "msft-20240630"
    assert [p.name for p in folder.iterdir()] == ["msft-20240630.xsd"]
    filing = read_filing(folder)
    assert ("terse", "Revenue") in filing.labels[
        "RevenueFromContractWithCustomerExcludingAssessedTax"
    ]
    assert "is" in filing.statements["RevenueFromContractWithCustomerExcludingAssessedTax"]


@needs_taxonomy
@needs_filings
def test_build_reproduces_the_committed_files(tmp_path: Path) -> None:
    build(TAXONOMIES, FILINGS, tmp_path, IXBRL)
    for name in ("concepts.csv", "calc.csv", "labels.csv", "sources.md"):
        assert (tmp_path / name).read_bytes() == (PACKAGE / name).read_bytes(), name


# --- the loader on the committed CSVs -----------------------------------------------------


def test_loader_concepts() -> None:
    table = concepts()
    assert len(table) > 10_000
    ppe = table["PropertyPlantAndEquipmentNet"]
    assert (ppe.balance, ppe.period_type, ppe.statements) == ("debit", "instant", frozenset({"bs"}))
    assert table["NetIncomeLoss"].statements >= {"is"}
    assert concepts() is table  # cached


def test_loader_labels() -> None:
    rows = labels()
    assert {r.statement for r in rows} <= KEPT_STATEMENTS
    assert all(1 <= len(r.filings) <= 5 and r.count >= len(r.filings) >= 1 for r in rows)
    assert all(1 <= r.companies <= r.count for r in rows)
    net_sales = [r for r in rows if r.label == "Net sales" and r.statement == "is"]
    assert any(r.concept == "RevenueFromContractWithCustomerExcludingAssessedTax"
               and "aapl-20230930" in r.filings for r in net_sales)


def test_loader_calc_arcs() -> None:
    arcs = calc_arcs()
    assert CalcArc("is", "GrossProfit", "CostOfRevenue", -1) in arcs
    assert {a.weight for a in arcs} == {1, -1}
    known = concepts()
    assert all(a.parent in known for a in arcs if ":" not in a.parent)


def test_missing_csv_raises_taxonomy_error() -> None:
    with pytest.raises(TaxonomyError, match="python -m taxonomy_map.build"):
        taxonomy_map._rows("no-such-table.csv")


# --- evidence from Inline XBRL statements ---------------------------------------------------

_IX_DOC = """<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://fasb.org/us-gaap/2024"
 xmlns:abc="http://abc.example/2024"><body>
<ix:header><ix:resources>
<xbrli:context id="d"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate>
</xbrli:period></xbrli:context></ix:resources></ix:header>
<table>
<tr><td>Net sales</td><td>$</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="d" unitRef="u"
 decimals="-6" scale="6">100</ix:nonFraction></td></tr>
<tr><td>Restructuring (note 4)</td><td>(</td><td><ix:nonFraction name="us-gaap:RestructuringCharges"
 contextRef="d" unitRef="u" decimals="-6" scale="6">5</ix:nonFraction></td><td>)</td></tr>
<tr><td>Widget royalties</td><td><ix:nonFraction name="abc:WidgetRoyalties" contextRef="d" unitRef="u"
 decimals="-6" scale="6">7</ix:nonFraction></td></tr>
<tr><td>Net income</td><td><ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="d" unitRef="u"
 decimals="-6" scale="6">95</ix:nonFraction></td></tr>
<tr><td>Earnings per share:</td><td></td></tr>
<tr><td>Basic</td><td><ix:nonFraction name="us-gaap:EarningsPerShareBasic" contextRef="d" unitRef="p"
 decimals="2">0.95</ix:nonFraction></td></tr>
</table></body></html>"""


def test_inline_xbrl_rows_give_printed_labels_with_the_issuers_concepts(tmp_path: Path) -> None:
    doc = tmp_path / "abc-10-k-2024.htm"
    doc.write_text(_IX_DOC, encoding="utf-8")
    rows = filing_rows(doc)
    got = {(r.label, r.concept, r.role, r.statement) for r in rows}
    assert ("Net sales", "Revenues", "label", "is") in got
    # a positive expense printed in parentheses: the issuer shows it negated
    assert ("Restructuring (note 4)", "RestructuringCharges", "negated", "is") in got
    # "Basic" under "Earnings per share:" is also evidence as the heading completes it
    assert ("Earnings per share Basic", "EarningsPerShareBasic", "label", "is") in got
    assert not any(r.concept == "WidgetRoyalties" for r in rows)  # extensions are no evidence
    assert {r.filing for r in rows} == {"abc-10-k-2024"} and company_of(doc.name) == "abc"
    merged = collect_labels([], rows)
    assert any(r.label == "Net sales" and r.companies == 1 and r.filings == ("abc-10-k-2024",) for r in merged)
    assert collect_labels([], rows, exclude=frozenset({"abc"})) == []


def test_a_row_printing_figures_heads_no_line_below_it(tmp_path: Path) -> None:
    """An untagged row printing figures ("Receivables from related parties" with footnote marks
    "2  2" in its figure cells) is a line, not a heading: a one-word tagged line under it
    ("Goodwill") is evidence as printed, not as "Receivables from related parties2 2 Goodwill"."""
    doc = tmp_path / "abc-10-q-2024.htm"
    rows = ('<tr><td>Receivables from related parties<sup>2</sup></td><td>2</td></tr>\n'
            '<tr><td>Goodwill</td><td><ix:nonFraction name="us-gaap:Goodwill" contextRef="d" unitRef="u" '
            'decimals="-6" scale="6">40</ix:nonFraction></td></tr>\n</table>')
    doc.write_text(_IX_DOC.replace("</table>", rows), encoding="utf-8")
    labels = {r.label for r in filing_rows(doc) if r.concept == "Goodwill"}
    assert labels and all(label == "Goodwill" for label in labels), labels


def test_the_concept_table_makes_each_record_once_when_asked_for() -> None:
    """The table holds plain rows; a name asked for gives its record, the same one each time."""
    row = ("Assets", "monetaryItemType", "instant", "debit", frozenset({"bs"}), "assets")
    table = taxonomy_map.ConceptTable({"Assets": row})
    assert "Assets" in table and "Liabilities" not in table and list(table) == ["Assets"] and len(table) == 1
    assert table["Assets"] == taxonomy_map.Concept(*row)
    assert table["Assets"] is table.get("Assets") is table["Assets"]
    assert table.get("Liabilities") is None and table.get("Liabilities", "none") == "none"
    with pytest.raises(KeyError):
        table["Liabilities"]
    assert dict(table.items()) == {"Assets": taxonomy_map.Concept(*row)}
    assert table.statements("Assets") == table["Assets"].statements == frozenset({"bs"})
    assert concepts()["Assets"].balance == "debit"


_ARCROLE = "http://www.xbrl.org/2003/arcrole/parent-child"
_LOCS = {"h": "ChangesAbstract", "a": "IncreaseDecreaseInAccountsPayable", "b": "IncreaseDecreaseInAccruedLiabilities",
         "c": "IncreaseDecreaseInWidgetsAndOtherLiabilities", "d": "IncreaseDecreaseInWidgetShares",
         "e": "IncreaseDecreaseInWidgetTotal"}
_TOTAL_LABEL = ' preferredLabel="http://www.xbrl.org/2003/role/totalLabel"'
_PRE = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
    '<link:presentationLink xlink:type="extended" xlink:role="http://fasb.org/us-gaap/role/statement/x">\n'
    + "".join(f'<link:loc xlink:type="locator" xlink:href="x.xsd#us-gaap_{n}" xlink:label="{k}"/>\n'
              for k, n in _LOCS.items())
    + "".join(f'<link:presentationArc xlink:type="arc" xlink:arcrole="{_ARCROLE}" xlink:from="h" xlink:to="{k}"'
              f'{_TOTAL_LABEL if k == "e" else ""}/>\n' for k in "abcde")
    + "</link:presentationLink>\n</link:linkbase>\n"
)


def test_a_line_item_no_calculation_sums_goes_where_its_presentation_siblings_add(tmp_path: Path) -> None:
    """A monetary line item a FASB statement presents but no calculation file sums (the
    alternative indirect cash flow's 'Increase (decrease) in accrued liabilities and other
    operating liabilities') is placed under the total most of its presentation siblings add into,
    weighted by its balance against the total's; a share count beside it is not placed, nor a
    line presented as a total (its total label)."""
    pre = tmp_path / "us-gaap-stm-scf-indira-pre-2024.xml"
    pre.write_text(_PRE, encoding="utf-8")
    total = "IncreaseDecreaseInOperatingLiabilities"
    calc = [CalcArc("cf", total, "IncreaseDecreaseInAccountsPayable", 1),
            CalcArc("cf", total, "IncreaseDecreaseInAccruedLiabilities", 1)]

    def concept(name: str, kind: str = "monetaryItemType", balance: str = "debit") -> taxonomy_map.Concept:
        return taxonomy_map.Concept(name, kind, "duration", balance, frozenset({"cf"}), concept_words(name))

    table = [concept(total), concept("IncreaseDecreaseInAccountsPayable"),
             concept("IncreaseDecreaseInAccruedLiabilities"), concept("IncreaseDecreaseInWidgetsAndOtherLiabilities"),
             concept("IncreaseDecreaseInWidgetShares", "sharesItemType", ""), concept("IncreaseDecreaseInWidgetTotal")]
    assert place_by_presentation([pre], calc, table) == [
        CalcArc("cf", total, "IncreaseDecreaseInWidgetsAndOtherLiabilities", 1)]
    assert place_by_presentation([pre], calc[:1], table) == []  # one summed sibling is no majority


def test_the_packaged_tree_places_the_alternative_cash_flow_line_items() -> None:
    """The change in accrued liabilities and other operating liabilities (presented only by the
    alternative indirect cash flow, which has no calculation file) sits under the operating cash
    flow as the other working-capital changes do, so the ranker's section features count for it."""
    from exporter.map import features, mapping

    concept = "IncreaseDecreaseInAccruedLiabilitiesAndOtherOperatingLiabilities"
    assert "NetCashProvidedByUsedInOperatingActivities" in mapping.index().ancestors.get(concept, frozenset())
    line = mapping.LineQuery("cf", "Accrued expenses and other liabilities", zone=frozenset({"operating"}))
    assert "zone_anchor_bonus" in features.family(concept, line, mapping.index())[0]
