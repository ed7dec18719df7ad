"""Work done once for several readers, or by a cheaper call, gives what each reader did on its own.

As in tests/test_fast_paths.py: each test states the plain definition (the code as it read before)
and checks the shortcut against it on synthetic input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from lxml import etree

from exporter.read import html_grid, html_text
from exporter.read.css_grid import table_elements
from exporter.read.documents import ParsedDocument, decode
from exporter.read.html_tree import parse_html, text_content
from exporter.read.ixbrl_input import _close

_MARKUP = [
    "<p>leaf</p>", "<p></p>", "<p>a<b>b</b>c</p>", "<p>a<!-- c -->b<?pi x?>c</p>", "<p>x<br>y</p>",
    "<td>\u200ba\ufeff<b>1</b>\xa0<sup>(1)</sup></td>", "<div>a<script>s()</script>b<style>p {}</style></div>",
    "<table><tr><td>a</td><td>b<table><tr><td>in</td></tr></table></td></tr></table>tail",
    "<p>&amp; &lt;x&gt; &nbsp;\u2003caf\u00e9 \U0001f600</p>",
]


@pytest.mark.parametrize("markup", _MARKUP)
def test_text_content_is_xpath_string(markup: str) -> None:
    string = etree.XPath("string()", smart_strings=False)
    root = parse_html(f"<html><body>{markup}</body></html>")
    assert root is not None
    for node in root.iter(etree.Element):
        assert text_content(node) == string(node)
        assert isinstance(text_content(node), str)


@pytest.mark.parametrize("text", ["Cash", " 1,234 ", "\u200b(5)\ufeff", "a\u200b\u200bb", "\xa0\xa0Total", "\u2003x",
                                  "$"])
def test_a_leaf_cell_s_texts_by_its_text_are_its_gathered_texts(text: str) -> None:
    root = parse_html("<table><tr><td>x</td></tr></table>")
    assert root is not None
    td = root.find(".//td")
    assert td is not None
    td.text = text
    plain = (*html_text.texts_of(html_text.raw_text(td).replace(html_text.BREAK, " ")), False)
    assert html_grid._cell_texts(td) == plain


@pytest.mark.parametrize("markup", _MARKUP)
def test_inline_only_is_every_descendant_unmarked(markup: str) -> None:
    from exporter.write.ixbrl_html import _CONTAINERS, _holds_blocks

    root = parse_html(f"<html><body>{markup}</body></html>")
    assert root is not None
    for node in root.iter(etree.Element):
        assert html_text._inline_only(node) == all(d.tag not in html_text._MARKED for d in node.iterdescendants())
        assert _holds_blocks(node) == any(
            isinstance(d.tag, str) and d.tag.lower() in _CONTAINERS for d in node.iterdescendants())


@pytest.mark.parametrize("data", [b"a\r\nb\rc\n", b"plain\n", b"a nul\x00 in a longer text\r\n" * 4, b"no line end"])
def test_decode_looking_for_carriage_returns_first_is_the_plain_replace(data: bytes) -> None:
    text = data.decode("utf-8")
    assert decode(data, "x") == text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")


def _plain_close(text: str, at: int, tag: str) -> int:
    """:func:`_close` as it read before: the next opening tag looked for anywhere after ``at``."""
    depth = 1
    opened, closed = f"<{tag}", f"</{tag}"
    while depth:
        o = text.find(opened, at)
        c = text.find(closed, at)
        if c < 0:
            return -1
        if 0 <= o < c:
            gt = text.find(">", o)
            if gt < 0:
                return -1
            if text[gt - 1] != "/":
                depth += 1
            at = gt + 1
        else:
            gt = text.find(">", c)
            if gt < 0:
                return -1
            depth -= 1
            at = gt + 1
    return at


@pytest.mark.parametrize("text", [
    "<ix:nonNumeric a='1'>x</ix:nonNumeric> <ix:nonNumeric>y</ix:nonNumeric>",
    "<ix:nonNumeric>a<ix:nonNumeric>b</ix:nonNumeric>c<ix:nonNumeric/>d</ix:nonNumeric>tail",
    "<ix:nonNumeric>never closed <ix:nonNumeric>",
    "<ix:nonNumeric>x</ix:nonNumeric",
    "<ix:nonNumeric>x<ix:nonNumeric</ix:nonNumeric>",
])
def test_a_fact_closed_looking_for_openings_before_its_end_tag_only_is_the_plain_close(text: str) -> None:
    start = text.index(">") + 1
    assert _close(text, start, "ix:nonNumeric") == _plain_close(text, start, "ix:nonNumeric")


def test_the_writer_given_the_readers_layout_renders_what_it_finds_itself() -> None:
    from exporter.write.ixbrl import render_inline
    from tests.test_writers import HTML, hand_made_model

    model = hand_made_model(html=True)
    [parsed] = model.documents
    root = parse_html(parsed.document.text if parsed.document.text else HTML)
    assert root is not None
    alone = dataclasses.replace(model, documents=[ParsedDocument(parsed.document, parsed.tables, root)])
    layout = tuple(table_elements(root))
    assert layout  # the document prints a table
    shared = dataclasses.replace(model, documents=[ParsedDocument(parsed.document, parsed.tables, root, layout)])
    assert render_inline(shared) == render_inline(alone)


def _plain_quiet_row(tr: etree._Element, may_hold: Callable[[str], bool]) -> bool | None:
    """:func:`_quiet_row` as it read before: a blank row's cells each looked at."""
    from exporter.understand.cover_text import _STRING, _blank, _leaves_out, _local_name

    if may_hold(_STRING(tr)):
        return None
    for c in tr:
        tag = c.tag
        if isinstance(tag, str) and _local_name(tag) in ("td", "th") and not _blank(_STRING(c)):
            return None if _leaves_out(c) else True
    return False


@pytest.mark.parametrize("row", [
    "<td> </td><td>\xa0</td><td>\u200b</td>", "<td></td><td>\u2003\n</td>", "<td>\u200b</td><td>x</td>",
    "<td> </td><td><span style='display:none'>a</span></td>", "<td>Ernst &amp; Young LLP</td>", "",
    "<td>\u200b \u200b</td><td>\u3000</td>", "<td>a</td><td><script>s()</script></td>",
])
def test_a_blank_row_read_whole_is_what_each_cell_gives(row: str) -> None:
    from exporter.understand.cover_page import may_name_auditor
    from exporter.understand.cover_text import _quiet_row

    root = parse_html(f"<table><tr>{row}</tr></table>")
    assert root is not None
    tr = root.find(".//tr")
    assert tr is not None
    for may_hold in (may_name_auditor, lambda text: False):
        assert _quiet_row(tr, may_hold) == _plain_quiet_row(tr, may_hold)


def test_the_collector_is_off_while_a_filing_is_read_and_as_it_was_after() -> None:
    import gc

    from exporter.pipeline import collector_paused

    was = gc.isenabled()
    try:
        for before in (True, False):
            (gc.enable if before else gc.disable)()
            with collector_paused():
                assert not gc.isenabled()
            assert gc.isenabled() == before
            with pytest.raises(ValueError), collector_paused():
                raise ValueError("a bad filing")
            assert gc.isenabled() == before
    finally:
        (gc.enable if was else gc.disable)()


def test_a_statement_s_printed_days_read_once_answer_as_read_for_each_start() -> None:
    from datetime import date, timedelta

    from exporter.check.cross import _printed_days, _prints_start
    from exporter.understand.periods import find_dates
    from tests.test_writers import hand_made_model

    for st in hand_made_model().statements:
        st.table.title[:] = ["PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996"]
        printed = find_dates(" ".join(st.table.title + st.table.headers))
        for start in (date(1996, 6, 3), date(1996, 6, 4), date(1996, 6, 5), date(1997, 1, 1)):
            plain = start in printed or start - timedelta(days=1) in printed
            assert _prints_start(start, st, _printed_days(st)) == plain == _prints_start(start, st)
