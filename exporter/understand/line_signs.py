"""Each line's sign factor: from its concept's balance (an extension line's from the printed total
it adds into) and the printed arithmetic (:mod:`exporter.understand.signs`)."""

from __future__ import annotations

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.map.mapping import RETIRED_ITEM, concept_info
from exporter.understand import signs
from exporter.understand.facts import LOSS_NAMED, OUTFLOW, RECEIPT_NAMED, REVERSES, any_negative_shown, negative_shown
from exporter.understand.records import Line, Statement, UnitKind

# the concepts a cash-flow statement starts from (net income): taxonomy_map/structure.csv
_CASH_FLOW_START = frozenset(taxonomy_map.structure()["cash_flow_start"])


def sign_lines(st: Statement, held: dict[int, str] | None = None) -> None:
    """Each line's sign factor, from its concept's balance and the printed totals (``held``: row ->
    the balance type its extension concept has in an earlier statement)."""
    inputs: dict[int, signs.SignInput] = {}
    in_sum = {**_extension_balances(st), **(held or {})}
    for ln in st.lines:
        info = concept_info(ln.choice.concept) if ln.choice.concept else None
        if info is None and ln.unit_kind == UnitKind.MONETARY and ln.choice.alternatives:
            # an extension concept takes the balance type of the closest us-gaap concept
            info = concept_info(ln.choice.alternatives[0].concept)
        ln.balance = info.balance if info else ""
        if _retired(st, ln):
            ln.balance = "credit"
        elif ln.row.index in in_sum:
            ln.balance = in_sum[ln.row.index]
        if st.code == StatementKind.CF and not ln.choice.concept and not ln.balance \
                and OUTFLOW.search(ln.display_label):
            ln.balance = "credit"  # an extension named "Payments for ...": an outflow
        balance = ln.balance
        if st.code == StatementKind.CF and info is not None and info.name in _CASH_FLOW_START:
            balance = "debit"  # net income starts the cash flows: it adds to them like an inflow
        inputs[ln.row.index] = signs.SignInput(
            balance, negative_shown(ln.row), st.code, ln.zone, bool(REVERSES.search(ln.label)),
            bool(LOSS_NAMED.search(ln.display_label)) and not any_negative_shown(ln.row),
            bool(RECEIPT_NAMED.search(ln.display_label)) and not any_negative_shown(ln.row),
        )
    factor, reason = signs.factors(len(st.table.rows), st.sums, inputs)
    for ln in st.lines:
        ln.factor = factor.get(ln.row.index, 1)
        ln.sign_reason = reason.get(ln.row.index, "")


_OPPOSITE = {"debit": "credit", "credit": "debit"}


def _retired(st: Statement, ln: Line) -> bool:
    """An income-statement extension line of an item us-gaap has retired (an extraordinary item, the
    cumulative effect of an accounting change): income or loss either way, a credit whatever total it
    adds into."""
    return (st.code == StatementKind.IS and not ln.choice.concept and ln.unit_kind == UnitKind.MONETARY
            and bool(RETIRED_ITEM.search(ln.label)))


def _extension_balances(st: Statement) -> dict[int, str]:
    """The balance type of each extension line that is a part of a printed total: the one that
    makes the total's printed arithmetic hold with the line's figures stored as magnitudes (the
    total's own balance for a part added as printed, the opposite for a part deducted or printed
    in parentheses). The closest us-gaap concept of a line no concept fits may be of any kind
    (an operating-expense line under a revenue concept, a revenue line under an expense one): its
    balance would store the figures of a part negated against the total they add up to."""
    lines = {ln.row.index: ln for ln in st.lines}
    parent = {i: (s.total, w) for s in st.sums for i, w in s.parts}
    out: dict[int, str] = {}

    def balance(i: int, depth: int = 0) -> str:
        ln = lines.get(i)
        if ln is None or depth > len(lines):
            return ""
        if ln.choice.concept:
            info = concept_info(ln.choice.concept)
            return info.balance if info else ""
        if _retired(st, ln):
            return "credit"
        if i in out:
            return out[i]
        if ln.unit_kind != UnitKind.MONETARY or i not in parent:
            return ""
        total, weight = parent[i]
        above = balance(total, depth + 1) or signs.total_balance(st.code)
        if not above:
            return ""
        shown = -1 if negative_shown(ln.row) else 1
        out[i] = above if weight * shown > 0 else _OPPOSITE[above]
        return out[i]

    for i in lines:
        balance(i)
    return out


def held_extension_balances(statements: list[Statement]) -> list[tuple[Statement, dict[int, str]]]:
    """The statements printing an extension line whose concept an earlier statement printed with
    another balance type, each with those lines' rows and the earlier balance: one extension
    concept is of one balance type (the first statement's, as the taxonomy writes it), so one
    stored sign means one thing in every statement ('Receivable from clearing firm' under
    "(Increase) decrease in:" in the year's and the half year's cash flows)."""
    first: dict[str, str] = {}
    out = []
    for st in statements:
        held = {}
        for ln in st.lines:
            if ln.choice.concept or ln.unit_kind != UnitKind.MONETARY or not ln.balance:
                continue
            was = first.setdefault(ln.concept, ln.balance)
            if was != ln.balance:
                held[ln.row.index] = was
        if held:
            out.append((st, held))
    return out
