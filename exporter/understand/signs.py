"""Signs: what a stored value's sign is, from the concept's meaning and the arithmetic.

Parentheses are display. A value is stored as ``factor * displayed`` with the
factor decided here, once:

* inside a printed total, a part's factor follows from the total's factor, the
  part's weight in the printed arithmetic and whether the two concepts share a
  balance type (``f_part = f_total * weight * (+1 same balance, -1 otherwise)``):
  "INTEREST EXPENSE (403)" added into pre-tax income stores InterestExpense 403;
  "Treasury stock (2,565)" added into equity stores TreasuryStockValue 2565;
* elsewhere, a debit-balance expense shown in parentheses in an income or cash
  flow statement, or a contra item shown in parentheses on the balance sheet
  (a debit in liabilities/equity, a credit among assets), is stored positive;
  everything else keeps its displayed sign ("Accumulated deficit (36,031)"), except a loss
  printed as a plain figure under a label that names only a loss ("NET LOSS 4,200,103"), stored
  negative under an income-or-loss concept.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporter.kinds import StatementKind
from exporter.understand.arithmetic import Sum


@dataclass(frozen=True)
class SignInput:
    balance: str  # "debit" | "credit" | ""
    negative_shown: bool  # displayed negative in most columns
    statement: str
    zone: frozenset[str]
    reverses: bool = False  # label says the sign flips: "benefit", "(income)"
    loss_named: bool = False  # label names a loss only ("NET LOSS") and no column prints it negative
    receipt_named: bool = False  # a cash-flow label names money received ("Cash received for income taxes")


def default_factor(s: SignInput) -> tuple[int, str]:
    if s.loss_named and s.statement in (StatementKind.IS, StatementKind.CI) and s.balance == "credit" \
            and not s.reverses:
        return -1, "a loss printed without parentheses under a label that says loss: stored negative"
    if s.receipt_named and s.statement == StatementKind.CF and s.balance == "credit" and not s.negative_shown:
        return -1, "money received printed without parentheses under a concept of payments: stored negative"
    if not s.negative_shown:
        return 1, "shown as printed"
    if s.statement in (StatementKind.IS, StatementKind.CI) and s.balance == "debit" and not s.reverses:
        return -1, "a debit (expense) shown in parentheses as a deduction: stored positive"
    if s.statement == StatementKind.CF and s.balance == "credit" and not s.reverses:
        return -1, "a credit (payment, outflow) shown in parentheses: stored positive"
    if s.statement == StatementKind.BS:
        if s.balance == "debit" and ("liabilities" in s.zone or "equity" in s.zone):
            return -1, "a contra item (debit) shown in parentheses among claims: stored positive"
        if s.balance == "credit" and "assets" in s.zone:
            return -1, "a contra asset (credit) shown in parentheses among assets: stored positive"
    return 1, "negative as printed: the concept allows it"


_TOTAL_BALANCE: dict[str, str] = {StatementKind.CF: "debit", StatementKind.IS: "credit", StatementKind.CI: "credit"}


def total_balance(statement: str) -> str:
    """The balance a total of no known balance has: cash-flow and income totals behave as
    inflows/income."""
    return _TOTAL_BALANCE.get(statement, "")


def _effective(s: SignInput) -> str:
    """A total's balance; cash-flow and income totals without one behave as inflows/income."""
    if s.balance:
        return s.balance
    return total_balance(s.statement)


def _balance_weight(a: str, b: str) -> int:
    if not a or not b:
        return 1
    return 1 if a == b else -1


def factors(
    n: int, sums: list[Sum], inputs: dict[int, SignInput]
) -> tuple[dict[int, int], dict[int, str]]:
    """The factor (+1/-1) of every row index in ``inputs``, with the reason for each."""
    parent: dict[int, tuple[int, int]] = {}
    for s in sums:
        for idx, w in s.parts:
            parent[idx] = (s.total, w)
    factor: dict[int, int] = {}
    reason: dict[int, str] = {}

    def resolve(i: int) -> int:
        if i in factor:
            return factor[i]
        if i in parent and i in inputs:
            p, w = parent[i]
            fp = resolve(p) if p in inputs else 1
            bw = _balance_weight(inputs[i].balance, _effective(inputs[p]) if p in inputs else "")
            f = fp * w * bw
            factor[i] = f
            reason[i] = (
                f"from the printed total it is part of (weight {w:+d} as displayed, "
                f"{'same' if bw == 1 else 'opposite'} balance type)"
            )
            return f
        f, why = default_factor(inputs[i])
        factor[i] = f
        reason[i] = why
        return f

    for i in sorted(inputs):
        resolve(i)
    return factor, reason


def calc_weight(f_total: int, weight: int, f_part: int) -> int:
    """The XBRL calculation weight of a part, given display weight and both factors."""
    return f_total * weight * f_part
