"""This round's shortcuts give what the plain definitions give (as tests/test_fast_paths.py): the
cover's period read from its start first, a column header dated once, ids no style rule reads."""

from __future__ import annotations

import itertools
import random
import re
from datetime import date
from decimal import Decimal

import pytest
from lxml import etree

from exporter.understand import periods
from tests.test_fast_paths import _styled_plain

_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"(?:\s|&nbsp;|&#160;|&#xa0;|\u00a0)+", re.I)


def _period_plainly(text: str) -> date | None:
    """cover_period_end as written before the cover's start was read first: the whole cover at once."""
    m = periods._COVER_PERIOD.search(_SPACES.sub(" ", _TAG.sub(" ", text[:periods.COVER_CHARS])))
    found = periods.find_dates(m["date"]) if m else []
    return found[0] if found else None


_SAYS = ["For the fiscal year ended <span>December&nbsp;31,</span>\n 2024",
         "for the quarterly period ended: <b>June 30, 2023</b>", "YEAR ENDED September 27 , 1997"]


@pytest.mark.parametrize("seed", range(40))
def test_cover_period_read_from_the_start_first_is_the_whole_covers(seed: int) -> None:
    rng = random.Random(seed)
    filler = '<div style="x">Some words &nbsp; and <a href="a>b">a link</a></div>\n'
    says = rng.choice(_SAYS)
    # the period said before the first part's end, across it, or after it (a tag cut there too)
    at = rng.choice([0, periods._COVER_FIRST - rng.randrange(0, 400), periods._COVER_FIRST + rng.randrange(0, 5000)])
    text = (filler * (at // len(filler) + 1))[:at] + says + filler * 3000
    if seed % 5 == 0:
        text = text.replace(says, "for the period ended soon")  # nowhere
    assert periods.cover_period_end(text) == _period_plainly(text)


@pytest.mark.parametrize("text", ["", "plain text, no markup: fiscal year ended June 30, 2001",
                                  "<p>year ended December 31, 2024" + "x" * 60_000,
                                  "x" * 60_000 + "<p>year ended December 31, 2024</p>"])
def test_cover_period_of_odd_texts_is_the_whole_covers(text: str) -> None:
    assert periods.cover_period_end(text) == _period_plainly(text)


def test_a_column_header_is_dated_once_per_distinct_reading() -> None:
    periods.parse_column.cache_clear()
    title = "CONSOLIDATED STATEMENTS OF INCOME Year Ended December 31,"
    first = [periods.parse_column(h, title) for h in ("2024", "2023", "2024")]
    again = [periods.parse_column(h, title) for h in ("2024", "2023")]
    assert first[0] is first[2] is again[0] and first[1] is again[1]
    assert periods.parse_column.cache_info().misses == 2
    assert first[0] == periods.ColumnDate(date(2024, 12, 31), 12, None)


def test_ids_no_selector_reads_make_no_ancestry_of_their_own() -> None:
    """Every tagged fact has an id of its own: with sheets reading no id, a table of facts is a few
    ancestries, not one a fact."""
    from exporter.write import edgar_files

    cells = "".join(f'<td class="n"><ix:nonFraction id="f{n}" name="x">{n}</ix:nonFraction></td>' for n in range(40))
    sheet = "table.fin td.n { text-align: right } td.n ix|nonFraction { color: green }"
    markup = (f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">'
              f'<head><style type="text/css">{sheet}</style></head>'
              f'<body><table class="fin"><tbody><tr>{cells}</tr></tbody></table></body></html>')
    ours, plain = etree.fromstring(markup), etree.fromstring(markup)
    edgar_files._matched.clear()
    edgar_files.inline_stylesheets(ours)
    _styled_plain(plain)
    assert etree.tostring(ours) == etree.tostring(plain)
    ((_, kept),) = edgar_files._matched.values()
    assert kept[0] < 10  # html, head, body, table, tbody, tr, td, the fact


class _Unread:
    """A wording that must not be tried."""

    def search(self, label: str) -> None:
        raise AssertionError(f"searched {label!r}")


def test_a_label_with_no_dollar_amount_is_not_searched_for_its_wordings(monkeypatch: pytest.MonkeyPatch) -> None:
    # what it states is nothing either way: the amounts after a wording are dollar amounts
    from exporter.understand import label_amounts

    monkeypatch.setattr(label_amounts, "_WORDINGS", [("AllowanceForDoubtfulAccountsReceivableCurrent", _Unread())])
    assert label_amounts.read_label_amounts("Receivables, less allowances of 485 and 500", 2, [2024, 2023]) == []


class _Guarded(list[str]):
    """Cover lines that fail when a line past the first ``LINES_READ`` is read."""

    def __getitem__(self, k):  # type: ignore[no-untyped-def]
        from exporter.understand.cover_page import LINES_READ

        last = (k.stop if k.stop is not None else len(self)) - 1 if isinstance(k, slice) else k
        if last >= LINES_READ and (not isinstance(k, slice) or k.start is None or k.start < len(self)):
            raise AssertionError(f"line {last} read")
        return super().__getitem__(k)

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("every line read")


@pytest.mark.parametrize("at", [0, 40, 120, 150])
def test_the_cover_reader_reads_no_line_past_its_bound(at: int) -> None:
    """A cover far down its page (filler lines before it) and many lines after it: the reader reads
    the first LINES_READ lines only, and reads them as all of them."""
    from exporter.understand.cover_page import LINES_READ, read_cover
    from exporter.understand.cover_text import html_lines
    from tests.test_cover import TEN_K

    lines = [f"Page {n}" for n in range(at)] + html_lines(TEN_K) + [f"Line {n} of the report" for n in range(600)]
    facts = read_cover(_Guarded(lines), "10-K")
    assert facts == read_cover(lines[:LINES_READ], "10-K") == read_cover(lines, "10-K")
    assert at or len(facts) > 10


def test_cover_lines_up_to_a_count_are_the_first_of_every_line_and_the_walk_goes_on() -> None:
    from exporter.understand.cover_text import HtmlLines, html_lines, text_lines
    from tests.test_cover import TEN_K

    filler = "<p>A line of the page</p><table><tr><td>a</td><td>1</td></tr></table>"
    page = TEN_K.replace("<body>", "<body>" + filler * 30)
    every = html_lines(page)
    for count in (1, 5, 70, 200):
        lines = HtmlLines(page)
        assert lines.upto(40_000, count) == every[:count]
        assert lines.upto(None) == every  # goes on from where it stopped
        assert HtmlLines(page).upto(300, count) == html_lines(page, 300)[:count]
        text = "\n".join(every)
        assert text_lines(text, 40_000, count) == text_lines(text, 40_000)[:count]


_LABELS = [
    "Accounts receivable, and due from factor net of allowance for uncollectible accounts of $425 (2003) and "
    "$383 (2002)", "Allowances of $5 on receivables", "Receivables, net (allowance: $12)",
    "8% Redeemable preferred stock, $0.10 par value",
    "Property, plant and equipment, net of accumulated depreciation of $23,208 and $22,925",
    "Accumulated depreciation on property of $1", "Intangible assets, less accumulated amortization of $9",
    "Capitalized software, net of accumulated amortization of $3 and $2", "Software $4 accumulated amortization",
    "Investments (including $5 carried at fair value)", "Securities carried at fair value of $7 and investments",
    "Available-for-sale debt securities (amortized cost $10 and $11)", "Amortized cost $3 of available for sale",
    "Common stock, $0.10 par - shares, Authorized 40,000 Issued and outstanding 18,232 (2003), and 14,901 (2002)",
]


_ANCHOR = "(?m)^"


def test_wordings_opening_with_a_lookahead_over_the_line_are_anchored_at_line_starts() -> None:
    """A wording that opens with a lookahead over the rest of the line (``(?=.*receivable)``) would be
    read again from every start of a long label by ``search`` (its length squared): the table anchors
    it at the starts of lines, where it matches if anywhere."""
    from exporter.understand import label_amounts

    patterns = [rx.pattern for _concept, rx in label_amounts._WORDINGS]
    assert sum(p.startswith(_ANCHOR) for p in patterns) >= 5
    assert not [p for p in patterns if p.startswith("(?=.*")], "a lookahead wording without the anchor"


@pytest.mark.parametrize("seed", range(30))
def test_anchored_wordings_find_what_the_unanchored_search_finds(seed: int) -> None:
    from exporter.understand import label_amounts

    rng = random.Random(seed)
    words = " ".join(_LABELS).replace(",", " ,").split()
    labels = [*_LABELS, *(" ".join(rng.choice(words) for _ in range(rng.randrange(3, 40))) for _ in range(40))]
    labels += [f"{a}\n{b}" for a, b in zip(labels[::2], labels[1::2], strict=False)]  # labels wrapped on lines
    for _concept, rx in label_amounts._WORDINGS:
        if not rx.pattern.startswith(_ANCHOR):
            continue
        free = re.compile(rx.pattern.removeprefix(_ANCHOR), rx.flags)
        for label in labels:
            found, searched = rx.search(label), free.search(label)
            assert (found and found.span()) == (searched and searched.span()), (rx.pattern, label)


_FIGURES = [None, Decimal(0), Decimal("-0"), Decimal("0.00"), Decimal(5), Decimal("-5"), Decimal("0.5"), Decimal(12)]


def _matches_plainly(total: list[Decimal | None], parts: list[list[Decimal | None]], weights: tuple[int, ...],
                     tol: Decimal, summed: tuple[bool, ...]) -> bool:
    """arithmetic._matches as written before a figure was tested by its truth: ``v not in (None, 0)``."""
    used, informative = 0, False
    for col, t in enumerate(total):
        vals = [p[col] for p in parts]
        if t is None:
            if any(v not in (None, 0) for v in vals):
                return False
            continue
        if abs(sum((w * v for w, v in zip(weights, vals, strict=True) if v is not None), Decimal(0)) - t) > tol:
            return False
        used += 1
        informative = informative or sum(1 for v in vals if v not in (None, 0)) >= 2
    signed = [[w * v if v is not None else None for v in p] for w, p in zip(weights, parts, strict=True)]
    for (a, ta), (b, tb) in itertools.combinations(zip(signed, summed, strict=True), 2):
        whole = ta or tb or all(x not in (None, 0) for x in a)
        if whole and any(x not in (None, 0) for x in a) and all(
                (x or 0) == -(y or 0) for x, y in zip(a, b, strict=True)):
            return False
    return used > 0 and informative


def _adding_up_plainly(total: list[Decimal | None], parts: list[list[Decimal | None]], tol: Decimal) -> set[int]:
    """arithmetic._adding_up by its definition: the places (in itertools.product's order) of the sign
    patterns within ``tol`` of the total in every column printing one; none when a column printing
    no total prints a part not zero, or when no column prints a total."""
    if any(t is None and any(p[col] not in (None, 0) for p in parts) for col, t in enumerate(total)) \
            or all(t is None for t in total):
        return set()
    return {n for n, weights in enumerate(itertools.product((1, -1), repeat=len(parts))) if all(
        abs(sum((w * p[col] for w, p in zip(weights, parts, strict=True) if p[col] is not None), Decimal(0)) - t)
        <= tol for col, t in enumerate(total) if t is not None)}


@pytest.mark.parametrize("seed", range(60))
def test_sums_testing_a_figure_by_its_truth_are_those_testing_it_against_none_and_zero(seed: int) -> None:
    """A printed figure (a Decimal, or None for a blank) is false when blank or zero: the sums found
    testing it so are those testing ``not in (None, 0)`` (which compares a Decimal with None, slowly)."""
    from exporter.understand import arithmetic

    rnd = random.Random(seed)
    cols, k = rnd.randint(1, 3), rnd.randint(2, 4)
    parts = [[rnd.choice(_FIGURES) for _ in range(cols)] for _ in range(k)]
    weights = tuple(rnd.choice((1, -1)) for _ in range(k))
    summed = tuple(rnd.random() < 0.3 for _ in range(k))
    for total in ([sum((w * v for w, v in zip(weights, col, strict=True) if v is not None), Decimal(0))
                   for col in zip(*parts, strict=True)], [rnd.choice(_FIGURES) for _ in range(cols)]):
        tol = Decimal(rnd.choice((0, 1)))
        assert arithmetic._matches(total, parts, weights, tol, summed) == _matches_plainly(
            total, parts, weights, tol, summed)
        assert arithmetic._adding_up(total, parts, tol) == _adding_up_plainly(total, parts, tol)
