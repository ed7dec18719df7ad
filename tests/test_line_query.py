"""What the facts builder asks the ranker of a line: the statement's printed sums, read by row, are
handed to the line's query by name (facts._SumsSay.query), each to its own field. Needs no ../shared."""

from __future__ import annotations

from exporter.kinds import StatementKind
from exporter.map.mapping import Choice, LineQuery
from exporter.read.numbers import parse_number
from exporter.read.tables import Cell, Row
from exporter.understand import facts
from exporter.understand.records import BalanceAt, Edge, Line, UnitKind


def _line(index: int, label: str, printed: str, instant: BalanceAt | None = None) -> Line:
    number = parse_number(printed)
    assert number is not None
    row = Row(label, [Cell(printed, number, index)], line=index, index=index)
    return Line(row, label, label, UnitKind.MONETARY, frozenset({"assets"}), Choice("Cash", 0.5, ""),
                is_total=index == 3, instant_at=instant)


def test_the_sums_said_of_a_line_reach_the_query_field_by_field() -> None:
    said = facts._SumsSay(parts={3: frozenset({"A", "B"})}, siblings=frozenset({"Cash", "Other"}),
                          within={1: "Total"}, adds={1: -1}, alone=frozenset({1}),
                          left_out={3: frozenset({"C"})}, deducted=frozenset({3}))
    part, total = _line(1, "Less allowance", "(12)"), _line(3, "Total", "88", BalanceAt(Edge.END))
    industry = frozenset({"bank"})
    assert said.query(part, StatementKind.BS, industry, True, False) == LineQuery(
        "bs", "Less allowance", unit_kind=UnitKind.MONETARY, zone=frozenset({"assets"}), negative_shown=True,
        industry=industry, siblings=frozenset({"Other"}), within="Total", nci=True, adds=-1, alone=True)
    assert said.query(total, StatementKind.BS, industry, False, True) == LineQuery(
        "bs", "Total", unit_kind=UnitKind.MONETARY, zone=frozenset({"assets"}), is_total=True, industry=industry,
        parts=frozenset({"A", "B"}), period_type="instant", siblings=frozenset({"Other"}), opposite=True,
        left_out=frozenset({"C"}), deducted=True)
    assert facts._SumsSay().query(part, StatementKind.BS, industry, False, False).within == ""
