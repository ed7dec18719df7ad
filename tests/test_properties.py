"""Property tests (hypothesis, derandomized): parsers of open-ended input round-trip and never crash.

Only the exporter's own errors (:class:`exporter.errors.ExporterError`) may escape a parser; any
other exception on any input is a bug.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exporter.errors import ExporterError
from exporter.read.documents import Document
from exporter.read.numbers import is_dash, parse_number, render_number
from exporter.read.text_tables import text_tables
from exporter.understand.periods import FiscalCalendar, infer_calendar, parse_column, resolve

FIXED = settings(derandomize=True, max_examples=300, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])
FEW = settings(derandomize=True, max_examples=100, deadline=None,
               suppress_health_check=[HealthCheck.too_slow])

# text that looks like what filings hold: digits, money marks, letters, spaces, odd unicode
TABLE_CHARS = st.sampled_from(list("0123456789$(),.-%—–− \t abcxyzJDMS<>/&;\u00a0\u2009\u00bd\x00\x0c"))
FILING_TEXT = st.text(TABLE_CHARS, max_size=80) | st.text(max_size=80)


def _no_foreign_exception(call: Callable[[], object]) -> None:
    """Run ``call()``; let our own errors pass, fail on anything else."""
    with contextlib.suppress(ExporterError):
        call()


# --- numbers ---------------------------------------------------------------------------------------

@FIXED
@given(st.integers(min_value=-10**15, max_value=10**15), st.integers(min_value=0, max_value=6),
       st.booleans())
def test_render_then_parse_gives_the_same_decimal(units: int, places: int, parentheses: bool) -> None:
    value = Decimal(units).scaleb(-places)
    text = render_number(value, places, parentheses=parentheses)
    printed = parse_number(text)
    assert printed is not None, text
    assert printed.value == value, text
    assert printed.places == places, text
    assert printed.negative_shown == (value < 0), text
    if value < 0 and parentheses:
        assert text.startswith("(") and text.endswith(")")


@FIXED
@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**12, max_value=10**12, places=4))
def test_any_decimal_round_trips_at_its_places(value: Decimal) -> None:
    places = max(0, -int(value.as_tuple().exponent))
    printed = parse_number(render_number(value, places))
    assert printed is not None and printed.value == value


@FIXED
@given(FILING_TEXT)
def test_parse_number_never_raises(text: str) -> None:
    printed = parse_number(text)
    is_dash(text)
    if printed is not None:
        assert isinstance(printed.value, Decimal) and printed.places >= 0


@FIXED
@given(st.sampled_from(["", "$", "(", ")", "%", "$ (", ",", ".", "-.", "(.)", "1,23", "1,2345", "$$1"]),
       st.sampled_from(["", " ", "\u00a0", "\t"]))
def test_fragments_are_not_numbers_or_are_well_formed(text: str, pad: str) -> None:
    printed = parse_number(pad + text + pad)
    assert printed is None or printed.dash or printed.value.is_finite()


# --- fixed-width tables ----------------------------------------------------------------------------

WORDS = ["Cash", "Revenue", "Inventories", "Accrued", "expenses", "Deferred", "income", "taxes",
         "Receivables", "Goodwill", "Payables", "Interest", "Depreciation", "Selling", "general"]
LABEL = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
VALUE = st.none() | st.integers(min_value=-10**9, max_value=10**9)


@st.composite
def tables(draw: st.DrawFn) -> tuple[int, list[tuple[str, list[int | None]]]]:
    ncols = draw(st.integers(min_value=1, max_value=5))
    rows = draw(st.lists(st.tuples(LABEL, st.lists(VALUE, min_size=ncols, max_size=ncols)),
                         min_size=1, max_size=12))
    # a row of dashes only is still a row; a row of no values at all would be a heading
    rows = [(label, vals if any(v is not None for v in vals) else [0, *vals[1:]]) for label, vals in rows]
    return ncols, rows


def _render(ncols: int, rows: list[tuple[str, list[int | None]]]) -> str:
    width = 16
    lines = ["ACME CORP", "STATEMENTS OF SOMETHING", "", "<TABLE>", "<CAPTION>", "</CAPTION>",
             "<S>".ljust(44) + "".join("<C>".rjust(width) for _ in range(ncols))]
    for label, vals in rows:
        cells = ["--" if v is None else render_number(Decimal(v), 0) for v in vals]
        # a closing parenthesis hangs one character past the digits, as filings print it
        lines.append(label.ljust(44) + "".join((c if c.endswith(")") else c + " ").rjust(width)
                                               for c in cells))
    lines.append("</TABLE>")
    return "\n".join(lines) + "\n"


@FIXED
@given(tables())
def test_fixed_width_tables_read_back(table: tuple[int, list[tuple[str, list[int | None]]]]) -> None:
    ncols, rows = table
    text = _render(ncols, rows)
    [found] = text_tables(Document(source=Path("t.txt"), text=text, kind="text"))
    got = [(r.label, [None if c is None else c.printed for c in r.cells]) for r in found.value_rows()]
    assert [label for label, _ in got] == [label for label, _ in rows], text
    for (label, vals), (_, cells) in zip(rows, got, strict=True):
        assert len(cells) == ncols, text
        for v, p in zip(vals, cells, strict=True):
            assert p is not None, (label, text)
            if v is None:
                assert p.dash and p.value == 0, (label, text)
            else:
                assert p.value == v and not p.dash, (label, text)


GARBAGE_LINE = st.text(st.sampled_from(list("0123456789$(),.-%—= \tabcXYZ<>/SCTABLE\u00a0")), max_size=70)
MARKUP = st.sampled_from(["<TABLE>", "</TABLE>", "<S>", "<C>", "<CAPTION>", "</CAPTION>", "<PAGE>",
                          "<S>     <C>      <C>", "", "  ----   ----", "<FN>"])


@FIXED
@given(st.lists(GARBAGE_LINE | MARKUP | st.text(max_size=40), max_size=40))
def test_text_tables_on_garbage_never_raise(lines: list[str]) -> None:
    doc = Document(source=Path("g.txt"), text="\n".join(lines), kind="text")
    _no_foreign_exception(lambda: text_tables(doc))


# --- periods ---------------------------------------------------------------------------------------

CALENDARS = [
    infer_calendar([date(2003, 8, 30), date(2002, 8, 31), date(2002, 11, 30)], None,
                   [date(2003, 8, 30), date(2002, 11, 30)]),
    infer_calendar([date(2024, 6, 30), date(2023, 6, 30), date(2023, 12, 31)], "1231"),
]
HEADER_CHARS = st.sampled_from(list("0123456789/-,. ") + ["Three Months Ended ", "Year Ended ",
                               "Fifty-Two Weeks ", "December ", "Sept. ", "Jan ", "fiscal ", "Q3 ",
                               "Nine Months ", "0000", "9999", "02/29/", "13/45/", "00/00/00"])
HEADER = st.lists(HEADER_CHARS, max_size=12).map("".join) | st.text(max_size=60)


@FIXED
@given(HEADER, HEADER, st.booleans(), st.sampled_from(CALENDARS))
def test_parse_column_and_resolve_never_raise(header: str, title: str, instant: bool, cal: FiscalCalendar) -> None:
    col = parse_column(header, title)
    assert col.end is None or isinstance(col.end, date)
    _no_foreign_exception(lambda: resolve(col, instant, cal))


@FIXED
@given(st.lists(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)), min_size=1, max_size=6),
       st.sampled_from([None, "1231", "0630", "1130", "0230", "0131", "0229"]))
def test_infer_calendar_never_raises(dates: list[date], fye: str | None) -> None:
    _no_foreign_exception(lambda: infer_calendar(dates, fye, dates[:2]))


DATE_FORMATS = ["{d:%m/%d/%y}", "{d:%m/%d/%Y}", "{d:%B} {d.day}, {d.year}", "{d:%b}. {d.day}, {d.year}",
                "{d:%B} {d.day} {d.year}", "{d:%b} {d.day}, {d.year}", "{d:%m-%d-%Y}"]


@FIXED
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)), st.sampled_from(DATE_FORMATS),
       st.sampled_from(["", "Three Months Ended ", "Nine Months Ended ", "Year Ended ", "As of ",
                        "Thirteen Weeks Ended ", "Fifty-Two Weeks Ended "]))
def test_rendered_dates_parse_back(d: date, fmt: str, lead: str) -> None:
    header = lead + fmt.format(d=d)
    col = parse_column(header)
    assert col.end == d, header
    if lead.startswith("Three Months"):
        assert col.months == 3
    if lead.startswith("Thirteen Weeks"):
        assert col.weeks == 13
    if lead.startswith("Fifty-Two"):
        assert col.weeks == 52
    for cal in CALENDARS:
        _no_foreign_exception(functools.partial(resolve, col, lead in ("", "As of "), cal))


@FEW
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_instants_resolve_to_their_date(d: date) -> None:
    period = resolve(parse_column(f"{d:%B} {d.day}, {d.year}"), True, CALENDARS[1])
    assert period is not None and period.end == d and period.is_instant
