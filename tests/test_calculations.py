"""Which printed totals become calculation arcs (decided once), and that ``_cal.xml`` and the report
say the same. Needs no ../shared: hand-made statements, then the project's own example filing."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from exporter import export
from exporter.map.mapping import Choice
from exporter.read.documents import Document
from exporter.read.tables import Row, Table
from exporter.understand.arithmetic import Sum
from exporter.understand.calculations import Dropped, decide_calculations
from exporter.understand.records import Line, Statement
from exporter.understand.scale import Scale

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "innovo-2003q3-ex99-1.txt"
LINK = "{http://www.xbrl.org/2003/linkbase}"
XLINK = "{http://www.w3.org/1999/xlink}"


def _statement(code: str, lines: dict[int, tuple[str, str]], sums: list[Sum]) -> Statement:
    """A statement of extension lines ``{row: (concept, balance)}`` and its printed sums."""
    table = Table(Document(Path("t.txt"), "", "text"), 0, [], [])
    st = Statement(code, table, "", [], Scale())
    for row, (concept, balance) in lines.items():
        st.lines.append(Line(Row(concept, [], line=row, index=row), concept, concept, "monetary",
                             frozenset(), Choice(None, 0.0, ""), concept=concept, prefix="",
                             balance=balance))
    st.sums = sums
    return st


ASSETS = {1: ("Cash", "debit"), 2: ("Receivables", "debit"), 3: ("CurrentAssets", "debit")}


def test_a_printed_total_becomes_one_calculation_with_its_weights() -> None:
    st = _statement("bs", ASSETS, [Sum(3, ((1, 1), (2, 1)))])
    kept, dropped = decide_calculations([st])
    assert dropped == []
    [calc] = kept
    assert calc.total.concept == "CurrentAssets" and not calc.repeat
    assert [(p.concept, w) for p, w in calc.parts] == [("Cash", 1), ("Receivables", 1)]


def test_a_subtracted_part_of_the_same_balance_is_stored_negated_weight() -> None:
    st = _statement("bs", ASSETS, [Sum(3, ((1, 1), (2, -1)))])
    st.lines[1].factor = -1  # the part is stored with its sign turned, so its XBRL weight is +1
    [calc], _ = decide_calculations([st])
    assert [w for _, w in calc.parts] == [1, 1]


def test_balance_types_that_disagree_with_the_weight_are_left_out() -> None:
    lines = {1: ("Cash", "debit"), 2: ("Payables", "credit"), 3: ("CurrentAssets", "debit")}
    kept, [dropped] = decide_calculations([_statement("bs", lines, [Sum(3, ((1, 1), (2, 1)))])])
    assert kept == [] and dropped.reason is Dropped.BALANCE_CONFLICT


def test_two_lines_with_one_concept_are_left_out() -> None:
    lines = {1: ("Cash", "debit"), 2: ("Cash", "debit"), 3: ("CurrentAssets", "debit")}
    kept, [dropped] = decide_calculations([_statement("bs", lines, [Sum(3, ((1, 1), (2, 1)))])])
    assert kept == [] and dropped.reason is Dropped.SHARED_CONCEPT


def test_the_same_summation_in_a_second_table_is_a_repeat_written_once() -> None:
    first = _statement("bs", ASSETS, [Sum(3, ((1, 1), (2, 1)))])
    second = _statement("bs", ASSETS, [Sum(3, ((1, 1), (2, 1)))])
    kept, dropped = decide_calculations([first, second])
    assert dropped == [] and [c.repeat for c in kept] == [False, True]


def test_the_same_total_from_other_parts_in_one_role_is_left_out() -> None:
    first = _statement("bs", ASSETS, [Sum(3, ((1, 1), (2, 1)))])
    other = {1: ("Cash", "debit"), 2: ("Inventory", "debit"), 3: ("CurrentAssets", "debit")}
    # printed by a second table of the kind (other periods): the role's limit, said as such
    kept, [dropped] = decide_calculations([first, _statement("bs", other, [Sum(3, ((1, 1), (2, 1)))])])
    assert len(kept) == 1 and dropped.reason is Dropped.SUMMED_IN_OTHER_TABLE
    # printed twice in one table: the second summation is suspect
    both = {**ASSETS, 4: ("Inventory", "debit"), 5: ("CurrentAssets", "debit")}
    kept, [dropped] = decide_calculations([_statement("bs", both, [Sum(3, ((1, 1), (2, 1))),
                                                                  Sum(5, ((1, 1), (4, 1)))])])
    assert len(kept) == 1 and dropped.reason is Dropped.REPEATED_TOTAL
    # in another statement kind (another extended link) it is written
    kept, dropped = decide_calculations([first, _statement("cf", other, [Sum(3, ((1, 1), (2, 1)))])])
    assert len(kept) == 2 and dropped == []


def test_a_summation_that_would_close_a_cycle_is_left_out() -> None:
    first = _statement("bs", ASSETS, [Sum(3, ((1, 1), (2, 1)))])
    loop = {1: ("CurrentAssets", "debit"), 2: ("Other", "debit"), 3: ("Cash", "debit")}
    kept, [dropped] = decide_calculations([first, _statement("bs", loop, [Sum(3, ((1, 1), (2, 1)))])])
    assert len(kept) == 1 and dropped.reason is Dropped.CYCLE


def test_the_report_counts_the_summations_of_the_calculation_linkbase(tmp_path: Path) -> None:
    result = export(EXAMPLE, tmp_path, validate=False)
    base = result.model.base
    cal = etree.parse(str(tmp_path / f"{base}_cal.xml"))
    arcs = list(cal.getroot().iter(f"{LINK}calculationArc"))
    summations = {(a.getparent().get(f"{XLINK}role"), a.get(f"{XLINK}from")) for a in arcs}
    written = result.model.linkbase_calculations
    assert len(summations) == len(written) > 0
    assert len(arcs) == sum(len(c.parts) for c in written)
    report = (tmp_path / f"{base}_report.md").read_text(encoding="utf-8")
    counted = [int(n) for n in re.findall(r"(\d+) printed totals in the calculation linkbase", report)]
    assert sum(counted) == len(summations)
