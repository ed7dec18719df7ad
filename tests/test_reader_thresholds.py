"""The readers' thresholds are data (taxonomy_map/reader_thresholds.csv): every row says what it
means and where its value comes from, every row is read by a reader and every threshold a reader
reads has a row. Needs no ../shared."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import taxonomy_map

PACKAGE = Path(__file__).resolve().parents[1] / "exporter"
_USE = re.compile(r"""reader_thresholds\(\)\[\s*["']([^"']+)["']\s*\]""")


def _used() -> dict[str, list[str]]:
    """Each threshold name the readers read, with the modules reading it."""
    out: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _USE.findall(path.read_text(encoding="utf-8")):
            out.setdefault(name, []).append(str(path.relative_to(PACKAGE)))
    return out


def test_every_row_says_what_and_where_from() -> None:
    rows = taxonomy_map._rows(taxonomy_map.READER_THRESHOLDS_CSV)
    assert rows and all(r["name"] and r["value"] and r["what"] and r["source"] for r in rows)
    assert len({r["name"] for r in rows}) == len(rows)
    assert all(Decimal(r["value"]) >= 0 for r in rows)


def test_every_row_is_used_and_every_use_has_a_row() -> None:
    table = set(taxonomy_map.reader_thresholds())
    used = _used()
    assert set(used) - table == set(), "read by a reader, with no row in reader_thresholds.csv"
    assert table - set(used) == set(), "a row of reader_thresholds.csv no reader reads"


def test_a_row_names_the_module_that_reads_it() -> None:
    """A row's meaning names the module reading it, so a reader of the table finds the code."""
    rows = {r["name"]: r["what"] for r in taxonomy_map._rows(taxonomy_map.READER_THRESHOLDS_CSV)}
    for name, modules in _used().items():
        assert any(Path(m).stem in rows[name] for m in modules), name


def test_the_readers_read_the_table() -> None:
    """The values the readers hold are the table's (a changed row changes the reader)."""
    from exporter.read import text_columns
    from exporter.understand import choice, week_years

    t = taxonomy_map.reader_thresholds()
    assert int(t["week_year_window"]) == week_years.WINDOW and int(t["week_year_near"]) == week_years.NEAR
    assert list(text_columns._MARK_GAP) == list(range(int(t["mark_gap_min"]), int(t["mark_gap_max"]) + 1))
    assert (float(t["title_points_formal"]), float(t["title_points_passing"])) == choice.TITLE_POINTS


def test_the_html_readers_read_the_table() -> None:
    """The HTML table reader's value columns, column years and side-by-side blocks read their
    thresholds from the table (a changed row changes the reader)."""
    from fractions import Fraction

    from exporter.read import html_side_by_side, html_values

    t = taxonomy_map.reader_thresholds()
    assert (html_values.FEW_ROWS, html_values.COLUMN_SHARE, html_values.COLUMN_ROWS, html_values.COLUMN_REACH,
            html_values.YEAR_ROW_SPAN) == (4, Decimal("0.2"), 2, 3, 10) == (
        int(t["html_column_few_rows"]), t["html_column_share"], int(t["html_column_least_rows"]),
        int(t["html_column_reach"]), int(t["html_year_row_span"]))
    assert html_side_by_side.SIDE_LABEL_SHARE == Fraction(3, 5) == Fraction(t["html_side_label_share"])
    assert (html_side_by_side.SIDE_LABEL_CELLS, html_side_by_side.SIDE_ROWS) == (3, 3)
