"""The money path without ../shared: a printed number becomes a stored fact, and a stock line's
label becomes its parenthetical facts, on hand-made statements.

One factory (:func:`exporter.understand.new_fact.new_fact`) makes every statement fact: the sign
and the power of ten are applied once, ``decimals`` decided once. The parenthetical facts of a
balance sheet's stock line (par value, shares authorized and issued) take the share scale the
numbers prove (par x shares issued = the amount), whatever the caption says.
"""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from exporter.kinds import StatementKind
from exporter.map.mapping import Choice
from exporter.read.documents import Document
from exporter.read.numbers import parse_number
from exporter.read.tables import Cell, Row, Table
from exporter.understand.new_fact import new_fact, stored_value
from exporter.understand.parentheticals import parenthetical_facts
from exporter.understand.periods import Period
from exporter.understand.records import Line, Origin, Statement, UnitKind
from exporter.understand.scale import Scale


@pytest.mark.parametrize(("displayed", "places", "power", "factor", "unit", "value", "decimals"), [
    ("1,234", 0, 3, 1, "USD", "1234000", -3),  # (in thousands)
    ("(56.7)", 1, 6, -1, "USD", "-56700000", -5),  # in millions, one place, a cost stored negated
    ("0.45", 2, 0, 1, "USD/shares", "0.45", 2),  # per share: never scaled
    ("12.5", 1, 0, 1, "pure", "0.125", 3),  # a percentage is a fraction
    ("1,000", 0, 0, 1, "shares", "1000", 0),
])
def test_a_cell_is_stored_at_its_scale_with_its_sign(displayed: str, places: int, power: int, factor: int,
                                                      unit: str, value: str, decimals: int) -> None:
    printed = parse_number(displayed)
    assert printed is not None and printed.places == places
    assert stored_value(abs(printed.value), places, power, factor, unit, Origin.CELL) == (Decimal(value), decimals)


def test_a_label_count_is_whole_and_a_par_value_stays_as_printed() -> None:
    assert stored_value(Decimal("18.2325"), 4, 6, 1, "shares", Origin.LABEL) == (Decimal(18232500), -2)
    value, decimals = stored_value(Decimal("0.10"), 2, 0, 1, "USD/shares", Origin.LABEL)
    assert str(value) == "0.10" and decimals == 2


def test_the_factory_keeps_the_printed_number_and_its_origin() -> None:
    f = new_fact(concept="Revenues", prefix="us-gaap", period=Period(date(2024, 12, 31), date(2024, 1, 1)),
                 unit="USD", displayed=Decimal("21906"), places=0, power=3, statement=StatementKind.IS,
                 table=0, row=1, column=0, line=9, raw="21,906", label="Net revenues")
    assert (f.value, f.decimals, f.displayed, f.scale, f.origin) == (Decimal(21906000), -3, Decimal(21906), 3,
                                                                   Origin.CELL)


# A balance sheet in thousands whose stock line states its par value and share counts in thousands
TEXT = """\
CONSOLIDATED BALANCE SHEETS
(in thousands)
                                                  2003        2002
Common stock, $0.10 par - shares, Authorized 40,000;
  Issued and outstanding 18,232 (2003) and 14,901 (2002)   1,823       1,490
"""


def _stock_statement(label: str, amounts: list[str]) -> Statement:
    doc = Document(Path("bs.txt"), TEXT, "text")
    table = Table(doc, 0, ["CONSOLIDATED BALANCE SHEETS", "(in thousands)"], ["2003", "2002"],
                  first_line=3, last_line=5)
    cells: list[Cell | None] = []
    for text in amounts:
        printed = parse_number(text)
        assert printed is not None
        cells.append(Cell(text, printed, 5))
    row = Row(label, cells, 4, index=0)
    table.rows.append(row)
    st = Statement(StatementKind.BS, table, "hand-made", [Period(date(2003, 8, 30)), Period(date(2002, 8, 31))],
                   Scale(3, 3, 0, "(in thousands)", stated=True))
    st.lines.append(Line(row, label, label, UnitKind.MONETARY, frozenset({"equity"}),
                         Choice("CommonStockValue", 0.9, "hand-made"), concept="CommonStockValue"))
    return st


LABEL = ("Common stock, $0.10 par - shares, Authorized 40,000; Issued and outstanding 18,232 (2003) "
         "and 14,901 (2002)")


def test_a_stock_label_gives_par_authorized_and_issued_per_column() -> None:
    st = _stock_statement(LABEL, ["1,823", "1,490"])
    facts = {(f.concept, f.period.end.year): f for f in parenthetical_facts(st)}
    assert facts[("CommonStockParOrStatedValuePerShare", 2003)].value == Decimal("0.10")
    assert facts[("CommonStockSharesIssued", 2003)].value == 18232000
    assert facts[("CommonStockSharesIssued", 2002)].value == 14901000
    assert facts[("CommonStockSharesAuthorized", 2002)].value == 40000000
    assert all(f.origin is Origin.LABEL and f.statement is StatementKind.BS for f in facts.values())
    issued = facts[("CommonStockSharesIssued", 2003)]
    assert (issued.scale, issued.decimals, issued.displayed) == (3, -3, Decimal(18232))


def test_par_times_shares_proves_the_share_scale_over_the_caption() -> None:
    # the same label under "(in thousands)" but the amounts in dollars: 0.10 x 18,232 = 1,823.2
    st = _stock_statement(LABEL, ["1,823", "1,490"])
    st.scale = Scale(0, 0, 0, "", stated=False)
    facts = {(f.concept, f.period.end.year): f for f in parenthetical_facts(st)}
    assert facts[("CommonStockSharesIssued", 2003)].value == 18232


def test_a_line_that_is_no_stock_line_states_no_facts() -> None:
    assert parenthetical_facts(_stock_statement("Retained earnings", ["5,000", "4,000"])) == []


# the money path's tests: signs, arithmetic and calculations, facts, scale, parentheticals, the
# model and each writer; they run (not skip) where ../shared is absent
MONEY_PATH_TESTS = ("test_money_path.py", "test_signs.py", "test_calculations.py", "test_writers.py",
                    "test_typed_decisions.py", "test_numbers.py", "test_text_concept_classes.py", "test_layers.py")
_SHARED_NAMES = frozenset({"SHARED", "TAXONOMIES", "GOLDEN", "EDGAR_TEXT", "need", "taxonomies", "seed_export",
                           "skip", "skipif", "importorskip"})


def _shared_uses(source: str) -> list[int]:
    """Lines that reach ../shared or may skip: conftest's shared paths and fixtures, pytest.skip."""
    return sorted({node.lineno for node in ast.walk(ast.parse(source))
                   if (isinstance(node, ast.Name) and node.id in _SHARED_NAMES)
                   or (isinstance(node, ast.Attribute) and node.attr in _SHARED_NAMES)
                   or (isinstance(node, ast.arg) and node.arg in _SHARED_NAMES)})


def test_the_money_path_tests_need_no_shared_material() -> None:
    assert _shared_uses("def test(taxonomies):\n    pass\nx = need(SHARED, 'x')\npytest.skip('no')\n") == [1, 3, 4]
    folder = Path(__file__).parent
    found = {name: lines for name in MONEY_PATH_TESTS
             if (lines := _shared_uses((folder / name).read_text(encoding="utf-8")))}
    assert found == {}
