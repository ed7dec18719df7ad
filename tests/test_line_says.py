"""What a line's label says of its direction is read once per line (features.line_says) and a
sector's closing patterns once per name (sectors._closing): the same features and answers as the
plain definitions read for every candidate, written out here as they were."""

from __future__ import annotations

import re

import pytest

from exporter.kinds import StatementKind
from exporter.map import features as f
from exporter.map.mapping import LineQuery, index
from exporter.understand import sectors


def _direction_plainly(concept: str, base: frozenset[str], line: LineQuery, idx) -> f.Features:  # type: ignore[no-untyped-def]
    """features.direction as written before: every line-level fact read again for each concept."""
    out: f.Features = {}
    says_income, says_expense = bool(base & f._INCOME_WORDS), bool(base & f._EXPENSE_WORDS)
    income_part, expense_part, flow_parts, joins_name = f._name_says(concept)
    if income_part and expense_part and says_income != says_expense and not line.is_total \
            and not f._LOOKS_TOTAL.match(line.label):
        out["net_both_sides" if line.opposite else "net_one_sided"] = 1.0
    if income_part != expense_part and f._both_said(base):
        out["one_sided_both_said"] = 1.0
    way = f._one_way(base, line)
    if way and ("out" if way == "in" else "in") in flow_parts and way not in flow_parts:
        out["flow_opposed"] = 1.0
    owed = f._owed_side(base)
    if owed and f._owed_opposed(owed, concept):
        out["flow_opposed"] = 1.0
    if f._joins_two(line) and not joins_name:
        out["joined_one_named"] = 1.0
    side = f._side_said(base, line)
    if side and not f._names_side(concept, side):
        out["term_unnamed"] = 1.0
    if f._says_comprehensive(base, line.label) and f._COMPREHENSIVE_PART not in concept:
        out["comprehensive_unnamed"] = 1.0
    if line.statement == StatementKind.CF and f._CASH_AMOUNT.match(line.label) and f._CASH_NAMED not in concept:
        out["cash_unnamed"] = 1.0
    c = idx.concepts[concept]
    words = frozenset(c.words.split())
    says_other = f._OTHER in words and f._names_other(concept)
    unsaid = words & f._UNSAID and not words & f._UNSAID & (base | frozenset(line.label.lower().split()))
    if (says_other and f._OTHER not in base) or unsaid:
        out["other_unsaid"] = 1.0
    if says_other and line.alone:
        out["other_alone"] = 1.0
    if line.unit_kind in f.PER_SHARE_UNITS and f._DILUTED[0] in words and not base & frozenset(f._DILUTED):
        out["diluted_unsaid"] = 1.0
    claims = "equity" in line.zone or "liabilities" in line.zone
    if line.statement == StatementKind.BS and line.negative_shown and c.balance == "debit" and claims:
        out["negative_debit_claim"] = 1.0
    return out


_LINES = [
    LineQuery(StatementKind.CF, "Proceeds from (repayments of) notes payable"),
    LineQuery(StatementKind.CF, "Proceeds from convertible promissory note"),
    LineQuery(StatementKind.CF, "Collections on note receivable from officer"),
    LineQuery(StatementKind.IS, "Other income", opposite=True),
    LineQuery(StatementKind.IS, "Net loss"),
    LineQuery(StatementKind.IS, "Restructuring and impairment charges"),
    LineQuery(StatementKind.IS, "Income (loss) per share assuming full dilution", unit_kind="perShare"),
    LineQuery(StatementKind.IS, "Comprehensive loss attributable to common stockholders"),
    LineQuery(StatementKind.BS, "Other noncurrent liabilities", zone=frozenset({"liabilities", "noncurrent"})),
    LineQuery(StatementKind.BS, "Accrued and other current liabilities", zone=frozenset({"liabilities", "current"})),
    LineQuery(StatementKind.BS, "Treasury stock", zone=frozenset({"equity"}), negative_shown=True),
    LineQuery(StatementKind.BS, "Other assets", alone=True),
    LineQuery(StatementKind.BS, "Gross loans receivable covered"),
    LineQuery(StatementKind.CF, "Net cash from continuing operations"),
]


@pytest.mark.parametrize("line", _LINES, ids=lambda line: line.label)
def test_direction_with_the_line_read_once_is_the_plain_one(line: LineQuery) -> None:
    idx = index()
    base = frozenset(re.findall(r"[a-z]+", line.label.lower()))
    says = f.line_says(base, line)
    named = ["NetIncomeLoss", "OtherNonoperatingIncomeExpense", "RepaymentsOfNotesPayable", "ProceedsFromNotesPayable",
             "RestructuringCharges", "OtherLiabilitiesNoncurrent", "TreasuryStockValue", "EarningsPerShareDiluted",
             "OtherAssetsNoncurrent"]
    seen: set[str] = set()
    for concept in sorted(idx.concepts)[::40] + named:
        if concept in idx.concepts:
            plain = _direction_plainly(concept, base, line, idx)
            assert f.direction(concept, base, line, idx, says) == plain, concept
            assert list(f.direction(concept, base, line, idx)) == list(plain), concept
            seen |= set(plain)
    assert seen, "some concept gets a direction feature"


def _closes_plainly(label: str, name: str) -> bool:
    text = " ".join(label.lower().split())
    n = re.escape(name)
    return bool(re.match(rf"^total\s+{n}\s+{sectors._TOTALLED}\b", text)
                or re.search(rf"(?:(?<!\w)-|[\u2013\u2014])\s*{n}\s*$", text))


@pytest.mark.parametrize("name", ["insurance", "financial services", "banking (u.s.)", "retail"])
def test_a_sector_closes_as_the_plain_patterns_say(name: str) -> None:
    labels = [f"Total {name} assets", f"TOTAL  {name.upper()} costs and expenses", f"Total assets - {name}",
              f"Total liabilities \u2014 {name} ", f"Total {name}", f"Net-{name}", f"Total {name} revenue",
              "Total assets", f"{name} - other"]
    for label in labels:
        assert sectors._closes(label, name) == _closes_plainly(label, name), label
