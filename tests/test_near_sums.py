"""A printed total that the lines above add up to in every column but one: the document's own
arithmetic says a figure of that column is misprinted or misread, and the checks say so (issue 10's
self-checks: a wrong export must not end with "0 errors, 0 warnings" unremarked). Needs no ../shared.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from exporter.pipeline import read_model
from exporter.read.numbers import parse_number
from exporter.read.tables import Cell, Row
from exporter.understand.arithmetic import NearSum, Sum, lost_sign, lost_total_sign, near_sums
from exporter.write.report import arithmetic_findings
from tests.text_snippet import submission

RELEASE = """\
                         SNIPPET CARE GROUP
                         FINANCIAL RESULTS
               (IN THOUSANDS, EXCEPT PER SHARE DATA)
<TABLE>
<CAPTION>
                                         THREE MONTHS ENDED    NINE MONTHS ENDED
                                              JULY 31,             JULY 31,
                                           2000      1999       2000      1999
<S>                                      <C>       <C>        <C>       <C>
Net revenues                              25,794    49,852     51,448   110,516
Operating expenses                        37,667    77,242     69,272   146,422
                                         -------   -------    -------   -------
Loss from operations                     (11,873)  (27,390)   (17,824)  (35,906)
Interest expense, net                      2,453     2,099      4,371     4,718
                                         -------   -------    -------   -------
Net loss before extraordinary item       (14,326)  (29,489)   (22,195)  (40,624)
Extraordinary item                            -    (49,632)        -    {ninth}
                                         -------   -------    -------   -------
Net loss                                 (14,326)  (79,121)   (22,195)  {total}
</TABLE>
"""


def _read(tmp_path: Path, ninth: str, total: str = "(90,256)",
          label: str = "Extraordinary item") -> tuple[list[str], dict[str, Decimal]]:
    """The near-sum findings, and the exported values of the line ``label`` by context."""
    path = tmp_path / "release.txt"
    path.write_text(submission(RELEASE.replace("{ninth}", ninth).replace("{total}", total), "8-K", "0131"),
                    encoding="utf-8")
    model, _ = read_model(path)
    said = [f.message for f in arithmetic_findings(model) if "in every column but" in f.message]
    item = {f.period.key(): f.value for f in model.facts if f.label == label}
    return said, item


def _findings(tmp_path: Path, ninth: str) -> list[str]:
    return _read(tmp_path, ninth)[0]


def test_a_lost_parenthesis_is_exported_corrected_and_said(tmp_path: Path) -> None:
    """The nine months' extraordinary item printed without its parentheses: "Net loss" adds up in the
    three other columns only, and there the parts miss it by twice that figure, printed in parentheses
    in its other column. The figure is exported as if in parentheses, and the finding names the
    line, its parts, the column, the printed and the exported value."""
    said, item = _read(tmp_path, " 49,632 ")
    _, as_meant = _read(tmp_path, "(49,632)")
    assert item == as_meant
    assert len(said) == 1
    assert said[0].startswith("'Net loss' = + 'Net loss before extraordinary item' + 'Extraordinary item'")
    assert "1999" in said[0] and "'Extraordinary item' is printed 49,632 and exported as" in said[0]
    assert "misprinted sign" in said[0]


def test_a_misprint_that_is_no_lost_sign_stays_a_warning(tmp_path: Path) -> None:
    """Off by another amount than twice a part: which figure is wrong is not known, so each is
    exported as printed and the finding says a figure is misprinted or misread."""
    said, item = _read(tmp_path, "(49,000)")
    assert len(said) == 1
    assert "1999" in said[0] and "misprinted or misread" in said[0]
    assert sorted(abs(v) for v in item.values()) == [Decimal(0), Decimal(0), Decimal(49000000), Decimal(49632000)]


def test_a_total_printed_with_the_wrong_sign_is_exported_corrected_and_said(tmp_path: Path) -> None:
    """The nine months' net loss printed without its parentheses, its parts printed right: the parts
    add up to exactly the printed figure with the other sign, and the net loss of the other columns
    is printed in parentheses. The total is exported as if in parentheses, and the finding names
    it, printed and exported; no part is touched."""
    said, loss = _read(tmp_path, "(49,632)", total=" 90,256 ", label="Net loss")
    _, as_meant = _read(tmp_path, "(49,632)", label="Net loss")
    assert loss == as_meant and len(loss) == 4
    assert len(said) == 1
    assert "'Net loss' is printed 90,256 and exported as" in said[0] and "misprinted sign" in said[0]
    _, item = _read(tmp_path, "(49,632)", total=" 90,256 ")
    assert sorted(item.values()) == sorted(_read(tmp_path, "(49,632)")[1].values())


def test_a_total_adding_up_in_every_column_is_not_said(tmp_path: Path) -> None:
    assert _findings(tmp_path, "(49,632)") == []


def _row(label: str, *values: int, total: bool = False) -> Row:
    cells: list[Cell | None] = []
    for v in values:
        printed = parse_number(str(v))
        assert printed is not None
        cells.append(Cell(str(v), printed, 1))
    return Row(label, cells, 1, rule_above=total)


def test_one_agreeing_column_is_not_enough() -> None:
    """Two columns, one adding up: a coincidence as likely as a misprint, so nothing is said; three
    columns, two adding up (one of them adding two figures not zero), and the third off: said."""
    two = [_row("Revenue", 10, 7), _row("Other", 5, 3), _row("Total", 15, 11, total=True)]
    assert near_sums(two, [0, 1, 2], []) == []
    three = [_row("Revenue", 10, 7, 6), _row("Other", 5, 3, 2), _row("Total", 15, 10, 12, total=True)]
    near = near_sums(three, [0, 1, 2], [])
    assert [(n.total, n.parts, n.column) for n in near] == [(2, ((0, 1), (1, 1)), 2)]
    assert near_sums(three, [0, 1, 2], [Sum(2, ((0, 1), (1, 1)))]) == []


def test_a_lost_sign_is_decided_only_when_one_part_and_its_other_columns_say_so() -> None:
    """The parts miss the total by twice one part's figure, and that part prints the corrected sign
    in its other columns: decided. Its other columns of the printed sign, none of them not zero,
    two parts of the same figure, or a miss of another amount: left a warning."""
    def near(*parts: Row) -> tuple[list[Row], NearSum]:
        rows = [*parts, _row("Total", 5, 4, 16, total=True)]
        return rows, NearSum(len(parts), tuple((i, 1) for i in range(len(parts))), 2)

    rows, n = near(_row("Revenue", 10, 7, 20), _row("Other", -5, -3, 4))
    assert lost_sign(n, rows) == (1, Decimal(-4))
    rows, n = near(_row("Revenue", 10, 7, 20), _row("Other", -5, 3, 4))
    assert lost_sign(n, rows) is None  # its other columns disagree on its sign
    rows, n = near(_row("Revenue", 10, 7, 20), _row("Other", -5, 0, 4))
    assert lost_sign(n, rows) == (1, Decimal(-4))
    rows, n = near(_row("Revenue", 5, 4, 20), _row("Other", 0, 0, 4))
    assert lost_sign(n, rows) is None  # no other column shows its sign
    rows, n = near(_row("Revenue", 10, 7, 16), _row("Other", -5, -3, 4), _row("More", 0, 0, 4))
    assert lost_sign(n, rows) is None  # either 4 may have lost its parentheses
    rows, n = near(_row("Revenue", 10, 7, 20), _row("Other", -5, -3, 3))
    assert lost_sign(n, rows) is None  # off by 7, not twice a part


def test_a_total_lost_sign_is_decided_only_when_its_other_columns_say_so() -> None:
    """The parts add up to the printed total with the other sign, and the total's other columns
    print that sign: decided. Its other columns of the printed sign, or the parts missing it by
    another amount: left a warning."""
    def near(total: Row) -> tuple[list[Row], NearSum]:
        rows = [_row("Revenue", -10, -7, -20), _row("Other", 5, 3, 4), total]
        return rows, NearSum(2, ((0, 1), (1, 1)), 2)

    assert lost_total_sign(*reversed(near(_row("Total", -5, -4, 16, total=True)))) == Decimal(-16)
    assert lost_total_sign(*reversed(near(_row("Total", 5, -4, 16, total=True)))) is None
    assert lost_total_sign(*reversed(near(_row("Total", -5, -4, 15, total=True)))) is None
