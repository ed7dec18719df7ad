"""Industry concepts for a company not of that industry (issue 11): a broker-dealer's concepts
(brokerage commissions, principal transactions, investment banking) and an insurer's need the
company's statement to show that industry's wording; none needs ../shared."""

from __future__ import annotations

import pytest

from exporter.map import mapping, ranker

RETAILER = ("Merchandise sales and services", "Credit and financial products revenues", "Total revenues",
            "Cost of sales, buying and occupancy", "Selling and administrative", "Operating income")
BROKER = ("Commissions", "Principal transactions", "Investment banking", "Interest and dividends", "Total revenues",
          "Floor brokerage and clearance", "Operating income")
BROKER_PARTS = ("BrokerageCommissions", "InvestmentBanking", "PrincipalTransactions", "FloorBrokerage")


def _choose(label: str, statement: tuple[str, ...]) -> str | None:
    """``label``'s concept among the revenues of an income statement printing ``statement``'s lines,
    its total revenues taking Revenues."""
    q = mapping.LineQuery("is", label, zone=frozenset({"operating"}), within="Revenues", adds=1,
                          industry=mapping.industries(statement))
    return ranker.choose(q, ("Revenues",)).concept


@pytest.mark.parametrize("label", ["Merchandise sales and services", "Local service"])
def test_a_plain_companys_revenue_line_takes_no_broker_concept(label: str) -> None:
    """A retailer's or a telephone company's revenue line shares a word ("service") with an
    investment bank's "Investment and brokerage services": not enough for a broker's concept."""
    assert "broker" not in mapping.industries(RETAILER)
    concept = _choose(label, RETAILER) or ""
    assert not any(part in concept for part in BROKER_PARTS), concept
    assert "Insurance" not in concept, concept


def test_a_brokers_commissions_keep_their_concept() -> None:
    """A statement printing principal transactions and floor brokerage reads as a broker-dealer's:
    its "Commissions" are brokerage commissions."""
    assert "broker" in mapping.industries(BROKER)
    assert _choose("Commissions", BROKER) == "BrokerageCommissionsRevenue"


INSURER = ("Premium income", "Investment income", "Total revenues", "Benefits and expenses", "Income before tax")


def test_an_insurer_worded_premium_income_is_read_as_one() -> None:
    """A European or older insurer's "Premium income" (not "Premiums earned") says the statement is an
    insurer's (industry.csv insurance line): its premiums are PremiumsEarnedNet, where the one word
    "premium" made them an amortization of discount and premium."""
    assert "insurance" in mapping.industries(INSURER)
    assert _choose("Premium income", INSURER) == "PremiumsEarnedNet"
