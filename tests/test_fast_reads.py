"""This round's shortcuts give what the plain definitions give (as tests/test_fast_paths.py): the
cover's period read from its start first, a column header dated once, ids no style rule reads."""

from __future__ import annotations

import random
import re
from datetime import date

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
