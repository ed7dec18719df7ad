"""A cash-flow statement's foot reconciling its closing cash to the balance sheet ("Cash and cash
equivalents / Restricted cash / Total cash, cash equivalents and restricted cash"): balances at the
period's end, not amounts over the period."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract


def _cash_flows(foot: list[tuple[str, str, str]]) -> str:
    rows = [
        ("Net income", "500", "400"),
        ("Depreciation", "100", "100"),
        ("Net cash provided by operating activities", "600", "500"),
        ("Purchases of property and equipment", "(300)", "(400)"),
        ("Net cash used in investing activities", "(300)", "(400)"),
        ("Net increase in cash, cash equivalents and restricted cash", "300", "100"),
        ("Cash, cash equivalents and restricted cash at beginning of year", "950", "850"),
        ("Cash, cash equivalents and restricted cash at end of year", "1,250", "950"),
        ("Supplemental disclosures:", "", ""),
        ("Cash paid for interest", "20", "25"),
        ("Cash paid for income taxes", "180", "170"),
        *foot,
    ]
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    return ("<p>ACME CORPORATION</p><p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(In thousands)</p>"
            "<table><tr><td></td><td colspan='2'>Year Ended December 31,</td></tr>"
            f"<tr><td></td><td>2024</td><td>2023</td></tr>{body}</table>")


@pytest.mark.parametrize("heading", [
    [("Reconciliation of cash, cash equivalents and restricted cash:", "", "")],
    [],  # no heading: the block's total prints the closing balance's figures
])
def test_the_reconciliation_at_the_foot_is_balances_at_the_end(tmp_path: Path,
                                                               heading: list[tuple[str, str, str]]) -> None:
    html = _cash_flows([*heading,
                        ("Cash and cash equivalents", "1,200", "900"),
                        ("Restricted cash", "50", "50"),
                        ("Total cash, cash equivalents and restricted cash", "1,250", "950")])
    ex = extract(parse_filing(f"<html><body>{html}</body></html>", tmp_path / "acme.htm"))
    cf = next(st for st in ex.statements if st.code == "cf")
    foot = [f for f in cf.facts if f.label in ("Cash and cash equivalents", "Restricted cash",
                                               "Total cash, cash equivalents and restricted cash")]
    # the total is the closing balance printed again: one fact, which the closing line may carry
    assert len([f for f in foot if "Total" not in f.label]) == 4
    assert all(f.period.is_instant for f in foot), [(f.label, f.period.key()) for f in foot]
    assert {str(f.period.end) for f in foot} == {"2024-12-31", "2023-12-31"}
    paid = [f for f in cf.facts if f.label == "Cash paid for interest"]
    assert paid and not any(f.period.is_instant for f in paid)


def test_a_part_worded_as_the_total_leaves_the_closing_balance_its_concept(tmp_path: Path) -> None:
    """"Restricted cash and cash equivalents" has the words of the closing balance's concept
    (cash, cash equivalents, restricted cash): the line its own words date ("... at end of year")
    keeps that concept, the part at the foot takes its own, and no line's figures are dropped."""
    html = _cash_flows([("Reconciliation of cash, cash equivalents and restricted cash:", "", ""),
                        ("Cash and cash equivalents", "1,200", "900"),
                        ("Restricted cash and cash equivalents (1)", "50", "50"),
                        ("Total cash, cash equivalents and restricted cash", "1,250", "950")])
    ex = extract(parse_filing(f"<html><body>{html}</body></html>", tmp_path / "acme.htm"))
    cf = next(st for st in ex.statements if st.code == "cf")
    total = "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    restricted = {f.concept for f in cf.facts if f.label.startswith("Restricted")}
    assert restricted and total not in restricted
    assert {f.value for f in cf.facts if f.concept == total and f.period.is_instant} == {
        850_000, 950_000, 1_250_000}
    assert not [f for f in ex.findings if f.code == "EXP.conflict"]
