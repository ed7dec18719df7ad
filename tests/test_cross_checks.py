"""Cross-statement checks on small synthetic HTML filings: the statements agree, or an error says why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporter.check.cross import cause, cross_findings
from exporter.check.finding import Finding
from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from exporter.understand.records import Statement


def _table(title: str, heading: str, years: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<td>{y}</td>" for y in years)
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    return (f"<p>ACME CORPORATION</p><p>{title}</p><p>(In thousands, except per share data)</p>"
            f"<table><tr><td></td><td colspan='{len(years)}'>{heading}</td></tr>"
            f"<tr><td></td>{head}</tr>{body}</table>")


def income(net: tuple[str, str] = ("500", "400"), shares: tuple[str, str] = ("1,000", "1,000"),
           eps: tuple[str, str] = ("0.50", "0.40"), extra: tuple[tuple[str, ...], ...] = ()) -> str:
    """An income statement; ``extra`` rows are printed after net sales."""
    return _table("CONSOLIDATED STATEMENTS OF OPERATIONS", "Year Ended December 31,", ("2024", "2023"), [
        ("Net sales", "5,000", "4,000"), *extra,
        ("Cost of sales", "(3,000)", "(2,400)"),
        ("Gross profit", "2,000", "1,600"),
        ("Operating expenses", "(1,300)", "(1,000)"),
        ("Income before income taxes", "700", "600"),
        ("Provision for income taxes", "(200)", "(200)"),
        ("Net income", *net),
        ("Basic earnings per share", *eps),
        ("Weighted average shares outstanding, basic", *shares),
    ])


def balance(cash: tuple[str, str] = ("1,200", "900"), common: tuple[str, str] = ("10", "10")) -> str:
    return _table("CONSOLIDATED BALANCE SHEETS", "December 31,", ("2024", "2023"), [
        ("Cash and cash equivalents", *cash),
        ("Accounts receivable", "800", "600"),
        ("Total current assets", "2,000", "1,500"),
        ("Property and equipment, net", "1,000", "1,000"),
        ("Total assets", "3,000", "2,500"),
        ("Accounts payable", "500", "400"),
        ("Total liabilities", "500", "400"),
        ("Common stock, $0.01 par value; 1,000 shares issued and outstanding", *common),
        ("Retained earnings", "2,490", "2,090"),
        ("Total stockholders' equity", "2,500", "2,100"),
        ("Total liabilities and stockholders' equity", "3,000", "2,500"),
    ])


def cash_flows(net: tuple[str, str] = ("500", "400"), end: tuple[str, str] = ("1,200", "900"),
               start: tuple[str, str] = ("900", "800")) -> str:
    change = [str(int(e.replace(",", "")) - int(s.replace(",", ""))) for e, s in zip(end, start, strict=True)]
    return _table("CONSOLIDATED STATEMENTS OF CASH FLOWS", "Year Ended December 31,", ("2024", "2023"), [
        ("Net income", *net),
        ("Depreciation", "100", "100"),
        ("Net cash provided by operating activities", "600", "500"),
        ("Purchases of property and equipment", "(300)", "(400)"),
        ("Net cash used in investing activities", "(300)", "(400)"),
        ("Net increase in cash and cash equivalents", *change),
        ("Cash and cash equivalents at beginning of year", *start),
        ("Cash and cash equivalents at end of year", *end),
    ])


def _extract(tmp_path: Path, *parts: str) -> Extraction:
    text = "<html><body>" + "".join(parts) + "</body></html>"
    return extract(parse_filing(text, tmp_path / "acme.htm"))


def _codes(ex: Extraction) -> list[str]:
    return sorted({f.code for f in ex.findings})


def test_statements_that_agree_give_no_finding(tmp_path: Path) -> None:
    ex = _extract(tmp_path, income(), balance(), cash_flows())
    assert {st.code for st in ex.statements} == {"is", "bs", "cf"}
    assert ex.findings == []


def test_cash_flow_net_income_keeps_its_sign(tmp_path: Path) -> None:
    """Net income starts the operating cash flows: stored as the income statement prints it."""
    ex = _extract(tmp_path, income(), balance(), cash_flows())
    cf = next(st for st in ex.statements if st.code == "cf")
    first = [f for f in cf.facts if f.row == cf.lines[0].row.index]
    if not first:  # the line took the income statement's concept: the same facts stand for both lines
        first = [f for st in ex.statements for f in st.facts if f.concept == cf.lines[0].choice.concept]
    assert first and all(f.value > 0 for f in first)


def test_net_income_that_differs_is_an_error(tmp_path: Path) -> None:
    ex = _extract(tmp_path, income(), balance(), cash_flows(net=("510", "400")))
    found = [f for f in ex.findings if f.code == "EXP.cross.NetIncome"]
    assert len(found) == 1 and found[0].severity == "error"
    assert "2024-01-01" in found[0].context and "510" in found[0].message


def direct_cash_flows(net: tuple[str, str] = ("500", "400")) -> str:
    """A direct-method statement: receipts and payments first, net income in the reconciliation below."""
    return _table("CONSOLIDATED STATEMENTS OF CASH FLOWS", "Year Ended December 31,", ("2024", "2023"), [
        ("Cash received from customers", "4,900", "3,900"),
        ("Cash paid to suppliers and employees", "(4,300)", "(3,400)"),
        ("Net cash provided by operating activities", "600", "500"),
        ("Purchases of property and equipment", "(300)", "(400)"),
        ("Net cash used in investing activities", "(300)", "(400)"),
        ("Net increase in cash and cash equivalents", "300", "100"),
        ("Cash and cash equivalents at beginning of year", "900", "800"),
        ("Cash and cash equivalents at end of year", "1,200", "900"),
        ("Reconciliation of net income to net cash provided by operating activities:", "", ""),
        ("Net income", *net),
        ("Depreciation", "100", "100"),
        ("Net cash provided by operating activities", "600", "500"),
    ])


@pytest.mark.parametrize(("net", "errors"), [(("500", "400"), 0), (("510", "400"), 1)])
def test_a_direct_method_statement_is_checked_by_its_reconciliations_net_income(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, net: tuple[str, str], errors: int) -> None:
    """A direct-method cash-flow statement starts from cash received, not net income: the net income
    that opens its reconciliation below is the one compared with the income statement's (before,
    no comparison was made, so a misread figure there passed in silence)."""
    import exporter.understand.extract as extract_module
    from exporter.check.cross import Agreed, cross_results

    compared: list[object] = []

    def findings(statements: list[Statement]) -> list[Finding]:  # every comparison, as the export makes it
        compared.extend(cross_results(statements))
        return cross_findings(statements)

    monkeypatch.setattr(extract_module, "cross_findings", findings)
    ex = _extract(tmp_path, income(), balance(), direct_cash_flows(net))
    assert {st.code for st in ex.statements} == {"is", "bs", "cf"}
    found = [f for f in ex.findings if f.code == "EXP.cross.NetIncome"]
    assert len(found) == errors and all(f.severity == "error" and "510" in f.message for f in found)
    agreed = [r for r in compared if isinstance(r, Agreed) and r.code == "EXP.cross.NetIncome"]
    assert len(agreed) == 2 - errors


def test_the_cash_flows_first_line_is_the_income_statements_result_printed_again(tmp_path: Path) -> None:
    """The cash flows start from 'Income (loss) from continuing operations', the income statement's
    line of the same figures (above its discontinued operations and noncontrolling interests): the
    line takes that line's concept and sign, so the two are one fact and the check agrees (the
    ranker, reading the label alone, chose another concept: here the continuing operations' result
    attributable to the parent; on a real 10-K a tax concept, its figures stored negative)."""
    income_ = _table("CONSOLIDATED STATEMENTS OF INCOME", "Year Ended December 31,", ("2024", "2023"), [
        ("Operating revenues", "5,000", "4,000"),
        ("Operating expenses", "(4,000)", "(3,200)"),
        ("Operating Income (Loss)", "1,000", "800"),
        ("Interest expense", "(200)", "(200)"),
        ("Income (Loss) from Continuing Operations Before Income Taxes", "800", "600"),
        ("Income tax expense on continuing operations", "(300)", "(200)"),
        ("Income (Loss) from Continuing Operations", "500", "400"),
        ("Income (loss) from discontinued operations, net of tax", "-", "(50)"),
        ("Net Income (Loss)", "500", "350"),
        ("Less: Net Income Attributable to Noncontrolling Interest", "(40)", "(30)"),
        ("Net Income (Loss) Attributable to Acme", "460", "320"),
    ])
    flows = _table("CONSOLIDATED STATEMENTS OF CASH FLOWS", "Year Ended December 31,", ("2024", "2023"), [
        ("Operating Activities", "", ""),
        ("Income (loss) from continuing operations", "$500", "$400"),
        ("Adjustments to reconcile income (loss) from continuing operations to net cash provided by "
         "operating activities from continuing operations:", "", ""),
        ("Depreciation and amortization", "80", "90"),
        ("Deferred income tax expense", "20", "10"),
        ("Equity in net income of affiliates", "(30)", "(20)"),
        ("Distributions from affiliates", "30", "20"),
        ("Total adjustments", "100", "100"),
        ("Net Cash Provided by Operating Activities from Continuing Operations", "600", "500"),
        ("Purchases of property and equipment", "(300)", "(400)"),
        ("Net cash used in investing activities", "(300)", "(400)"),
        ("Net increase in cash and cash equivalents", "300", "100"),
        ("Cash and cash equivalents at beginning of year", "900", "800"),
        ("Cash and cash equivalents at end of year", "1,200", "900"),
    ])
    ex = _extract(tmp_path, income_, balance(), flows)
    is_ = next(st for st in ex.statements if st.code == "is")
    cf = next(st for st in ex.statements if st.code == "cf")
    printed = next(ln for ln in is_.lines if ln.label == "Income (Loss) from Continuing Operations")
    assert cf.lines[0].concept == printed.concept
    values = sorted(int(f.value) for st in ex.statements for f in st.facts if f.concept == printed.concept)
    assert values == [400_000, 500_000]  # one fact a period, positive
    assert not [f for f in ex.findings if f.code.startswith("EXP.cross")]


def test_net_income_of_the_other_sign_names_the_line_it_is(tmp_path: Path) -> None:
    """The cash flows' net income printed with the other sign is compared with the income statement's
    'Net income' and named a sign error, not with 'Equity in net income of affiliates' (the first
    income-statement line whose words hold 'net income') and named a misread line."""
    ex = _extract(tmp_path, income(extra=(("Equity in net income of affiliates", "20", "10"),)), balance(),
                  cash_flows(net=("(500)", "400")))
    found = [f for f in ex.findings if f.code == "EXP.cross.NetIncome"]
    assert len(found) == 1
    assert "the income statement ('Net income'" in found[0].message, found[0].message
    assert "wrong sign" in found[0].message


@pytest.mark.parametrize("bottom", ["Net loss and comprehensive loss", "Net operating and comprehensive loss"])
def test_a_net_loss_that_is_the_comprehensive_loss_too_is_compared(tmp_path: Path, bottom: str) -> None:
    """An income statement closing on 'Net loss and comprehensive loss' (no other comprehensive
    income) prints its net loss: the cash flows' net loss is compared with it (the check left out
    every line naming comprehensive income, so a misread figure passed in silence)."""
    loss = _table("CONSOLIDATED STATEMENTS OF OPERATIONS", "Year Ended December 31,", ("2024", "2023"), [
        ("Revenues", "1,000", "800"),
        ("General and administrative expenses", "(1,500)", "(1,200)"),
        (bottom, "(500)", "(400)"),
    ])
    ex = _extract(tmp_path, loss, balance(), cash_flows(net=("(510)", "(400)")))
    found = [f for f in ex.findings if f.code == "EXP.cross.NetIncome"]
    assert len(found) == 1 and "2024-01-01" in found[0].context, [f.message for f in ex.findings]


def test_net_income_under_another_year_names_the_dates(tmp_path: Path) -> None:
    ex = _extract(tmp_path, income(), balance(), cash_flows(net=("400", "500")))
    found = [f for f in ex.findings if f.code == "EXP.cross.NetIncome"]
    assert found and all("dated differently" in f.message for f in found)


def test_cash_that_differs_from_the_balance_sheet_is_an_error(tmp_path: Path) -> None:
    ex = _extract(tmp_path, income(), balance(cash=("1,200", "900")),
                  cash_flows(end=("1,200", "850"), start=("850", "800")))
    assert "EXP.cross.Cash" in _codes(ex)


def test_eps_times_shares_at_the_wrong_scale_names_the_scale(tmp_path: Path) -> None:
    ex = _extract(tmp_path, income(eps=("500.00", "400.00")), balance(), cash_flows())
    found = [f for f in ex.findings if f.code == "EXP.cross.EPS"]
    assert found and all("scale" in f.message for f in found)


def test_par_times_shares_that_differs_is_an_error(tmp_path: Path) -> None:
    """Common stock below par x shares issued cannot be: a count or the amount misread."""
    ex = _extract(tmp_path, income(), balance(common=("5", "5")), cash_flows())
    assert "EXP.cross.Par" in _codes(ex)


def test_common_stock_holding_its_paid_in_capital_is_no_alarm(tmp_path: Path) -> None:
    """A company printing no paid-in capital line carries it in common stock: far above par
    (Disney: 1.8 billion $0.01 shares, common stock $57 billion), not a misreading."""
    ex = _extract(tmp_path, income(), balance(common=("9,000", "9,000")), cash_flows())
    assert "EXP.cross.Par" not in _codes(ex)


@pytest.mark.parametrize(("value", "other", "says"), [
    ("1000000", "1000", "10^3"),
    ("1000", "1000000", "10^3"),
    ("5000000000", "5000", "10^6"),
    ("-500", "500", "sign"),
    ("510", "500", "misread"),
])
def test_cause_names_the_likely_reading_error(value: str, other: str, says: str) -> None:
    from decimal import Decimal

    assert says in str(cause(Decimal(value), Decimal(other)))


def test_transposed_digits_are_the_documents_misprint(tmp_path: Path) -> None:
    ex = _extract(tmp_path, income(net=("5,432", "400")), balance(), cash_flows(net=("5,342", "400")))
    found = [f for f in ex.findings if f.code == "EXP.cross.NetIncome"]
    assert len(found) == 1 and found[0].severity == "warning" and "misprint" in found[0].message


def test_a_statement_without_a_scale_takes_the_scale_its_cash_agrees_with(tmp_path: Path) -> None:
    """The balance sheet prints no scale; its cash is the cash-flow statement's in thousands."""
    unscaled = balance().replace("<p>(In thousands, except per share data)</p>", "")
    ex = _extract(tmp_path, income(), unscaled, cash_flows())
    bs = next(st for st in ex.statements if st.code == "bs")
    assert bs.scale.money == 3 and "no scale printed" in bs.scale.source
    cash = [f.value for f in bs.facts if f.label == "Cash and cash equivalents"]
    assert sorted(cash) == [900_000, 1_200_000]
    assert not [f for f in ex.findings if f.code == "EXP.cross.Cash"]


def test_every_check_names_the_statements_it_compares() -> None:
    """A failing check sends its statements' readings for another look: each check the module
    documents says which statements those are (and only documented checks do)."""
    import exporter.check.cross as cross

    documented = set(re.findall(r"``(EXP\.cross\.\w+)``", cross.__doc__ or ""))
    assert documented == set(cross.COMPARES)
    assert all(cross.COMPARES[code] for code in documented)


def test_temporary_cash_investments_in_a_funding_pool_are_cash_of_the_cash_flows(tmp_path: Path) -> None:
    """The cash flows close on "Cash and temporary cash investments" holding the company's part of
    its parent's funding pool, which the balance sheet prints on a line of its own beside the cash:
    cash and the pool together are the closing cash, no error (it was one, on a right export)."""
    pool = "<tr><td>Investment in parent funding pool</td><td>1,000</td><td>0</td></tr>"
    receivable = "<tr><td>Accounts receivable</td>"
    bs = balance(cash=("200", "900")).replace(receivable, pool + receivable)
    cf = cash_flows().replace("Cash and cash equivalents at", "Cash and temporary cash investments,")
    ex = _extract(tmp_path, income(), bs, cf)
    assert "EXP.cross.Cash" not in _codes(ex), [f.message for f in ex.findings]
    other = _extract(tmp_path, income(), bs, cash_flows())  # "cash and cash equivalents" names no pool
    assert "EXP.cross.Cash" in _codes(other)
