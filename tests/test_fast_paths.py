"""The shortcuts taken for speed give what the plain definitions give.

Each test states the plain definition (as the code read before the shortcut) and checks the
fast path against it on synthetic input: the outputs must not move when an export gets faster.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from datetime import date

import pytest
from lxml import etree
from lxml import html as lxml_html

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.map import label_scan, mapping, scoring
from exporter.map.mapping import Index, LineQuery
from exporter.model import DeiFact
from exporter.read import (
    html_body,
    html_context,
    html_grid,
    html_paths,
    html_side_by_side,
    html_tables,
    html_text,
    html_values,
)
from exporter.read.documents import ParsedDocument
from exporter.read.html_tree import parse_html
from exporter.read.months import month_number
from exporter.understand.cover_text import HtmlLines, html_lines
from exporter.write import ixbrl_narrative as narrative

_PAGE = (
    "<html><body><div style='margin-left:10pt'>Consolidated <b>Balance</b> Sheets<br/>"
    "<sup>(1)</sup></div><!-- a comment --><script>var x = 1;</script>"
    "<table><tr><td>Cash</td><td>$</td><td>1,234</td></tr>"
    "<tr><td colspan='2x'>Total</td><td>(5)</td></tr></table>&nbsp;&amp; after</body></html>"
)


def test_etree_parser_builds_the_tree_lxml_html_builds() -> None:
    ours = parse_html(_PAGE)
    assert ours is not None
    theirs = lxml_html.document_fromstring(
        _PAGE.encode("utf-8"),
        parser=lxml_html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=True, remove_comments=True,
                                    remove_pis=True, recover=True))
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert type(ours) is etree._Element  # no Python-level class lookup per element


def test_cover_lines_of_an_empty_document_fall_back_to_text() -> None:
    assert html_lines("") == []
    assert html_lines("<p>Form 10-K</p><p>Commission file number 1-234</p>") == [
        "Form 10-K", "Commission file number 1-234"]


def _find_shown_plain(text: str, d: DeiFact, used: list[tuple[int, int]]) -> tuple[int, int] | None:
    """_find_shown as written before its patterns were compiled once and pre-checked."""
    shown = d.shown
    assert shown
    if len(shown) == 1 and not shown.isalnum():
        words = narrative._BOX_WORDS.get(d.name)
        if words is None:
            return None
        m = re.search(rf"{words}\s*({re.escape(shown)})|({re.escape(shown)})\s*{words}", text, re.I)
        if m is None:
            return None
        g = 1 if m.group(1) else 2
        return m.start(g), m.end(g)
    if d.name in narrative.ANSWERS:
        return None
    pattern = re.escape(shown).replace(r"\ ", r"\s+")
    before = narrative._BEFORE.get(d.name)
    for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text):
        if before is not None and not re.search(before, text[max(0, m.start() - 40):m.start()], re.I):
            continue
        if not any(m.start() < b and a < m.end() for a, b in used):
            return m.start(), m.end()
    return None


_TEXTS = [
    "Incorporated in New York (State) | 12-3456789",
    "New\u00a0York, NY 10001 | (212) 555-0100",
    "Indicate by check mark whether the registrant is a smaller reporting company \u2612 Yes",
    "\u2610 emerging growth company; \u2612 Emerging Growth Company",
    "the registrant's auditor (PCAOB ID: 00042) audit report.\u2612",
    "NEW YORK | new york | NewYorker",
    "",
]
_FACTS = [
    DeiFact("EntityIncorporationStateCountryCode", "NY", shown="New York"),
    DeiFact("EntityAddressCityOrTown", "New York", shown="New\u00a0York"),
    DeiFact("EntitySmallBusiness", "true", shown="\u2612"),
    DeiFact("EntityEmergingGrowthCompany", "true", shown="\u2612"),
    DeiFact("IcfrAuditorAttestationFlag", "true", shown="\u2612"),
    DeiFact("AuditorFirmId", "42", shown="00042"),
    DeiFact("EntityShellCompany", "false", shown="No"),
    DeiFact("DocumentType", "10-K", shown="\u2612"),  # a box with no words to answer: never shown
    DeiFact("EntityFileNumber", "1-234", shown=" 1-234 "),
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("fact", _FACTS, ids=lambda d: d.name)
def test_find_shown_gives_what_the_plain_search_gives(text: str, fact: DeiFact) -> None:
    for used in ([], [(0, 200)]):
        assert narrative._find_shown(text, fact, used) == _find_shown_plain(text, fact, used)


def _find_dei_plain(text: str, dei: list[DeiFact], taken: set[str]) -> list[narrative.Shown]:
    """find_dei as written before it was worked out once per document (every fact, every text)."""
    out: list[narrative.Shown] = []
    used: list[tuple[int, int]] = []
    for d in dei:
        if d.name in taken:
            continue
        if d.shown and not (d.format or "").startswith("ixt-sec:"):
            hit = _find_shown_plain(text, d, used)
            if hit is not None:
                out.append(narrative.Shown(hit[0], hit[1], d, d.format))
                used.append(hit)
            continue
        if d.name == "EntityRegistrantName" and d.value:
            i = text.find(d.value)
            if i >= 0:
                out.append(narrative.Shown(i, i + len(d.value), d))
        elif d.name == "DocumentPeriodEndDate":
            for m in narrative.DATE.finditer(text):
                try:
                    when = date(int(m["year"]), month_number(m["month"]), int(m["day"]))
                except ValueError:
                    continue
                if when.isoformat() == d.value:
                    out.append(narrative.Shown(m.start(), m.end(), d, "ixt:date-monthname-day-year-en"))
                    break
    return out


_COVER_FACTS = [
    *_FACTS,
    DeiFact("EntityRegistrantName", "Acme Corp", shown=None),
    DeiFact("EntityRegistrantName", "ACME CORPORATION", shown="ACME CORPORATION", format="ixt-sec:x"),
    DeiFact("DocumentPeriodEndDate", "2024-12-31"),
    DeiFact("EntityIncorporationStateCountryCode", "DE", shown="Delaware", format="ixt-sec:stateprovnameen"),
    DeiFact("EntityFilerCategory", "Large Accelerated Filer", shown="x"),  # a letter box: case may differ
]
_COVER_TEXTS = [*_TEXTS, "Acme Corp, for the year ended December 31, 2024 (New York)",
                "ACME CORPORATION | Delaware | December 31, 2023", "Fiscal year ended December 31, 2024",
                "large accelerated filer X | accelerated filer", "Net sales 1,234 5,678"]


@pytest.mark.parametrize("text", _COVER_TEXTS)
@pytest.mark.parametrize("taken", [set(), {"EntityRegistrantName", "EntitySmallBusiness"}], ids=["none", "some"])
def test_dei_found_through_the_document_s_finder_are_those_of_every_fact(text: str, taken: set[str]) -> None:
    for dei in (_COVER_FACTS, _COVER_FACTS[::-1], [d for d in _COVER_FACTS if d.name == "DocumentPeriodEndDate"], []):
        assert narrative.DeiFinder(dei).find(text, taken) == _find_dei_plain(text, dei, taken)
        assert narrative.find_dei(text, dei, taken) == _find_dei_plain(text, dei, taken)


def test_a_long_table_is_not_a_running_head_and_a_short_title_table_is() -> None:
    rows = "".join(f"<tr><td>Line {n}</td></tr>" for n in range(40))
    long = parse_html(f"<table>{rows}</table>")
    short = parse_html("<table><tr><td>AT&amp;T Inc.</td></tr><tr><td>Dollars in millions</td></tr></table>")
    assert long is not None and short is not None
    assert not html_context.running_head(long.find(".//table"))
    assert html_context.running_head(short.find(".//table"))


def test_repeats_need_a_label_word_in_the_sentence() -> None:
    assert narrative._label_words("NET REVENUES") == frozenset(narrative.label_words("NET REVENUES"))
    assert narrative._label_words("Net income") >= {"income", "profit", "earning"}



_COVER = (
    "<html><body><div>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</div><p>FORM 10-K</p>"
    "<table><tr><td>Delaware</td><td>&nbsp;</td><td>12-3456789</td></tr>"
    "<tr><td>(State)</td><td></td><td>(I.R.S. Employer Identification No.)</td></tr></table>"
    "<div style='display:none'>hidden</div><p>Indicate by check mark <span>whether</span> the registrant"
    " is a large accelerated filer \u2612</p>" + "<p>Item 9A. Controls</p>" * 30 +
    "<p>Our auditor, Ernst &amp; Young LLP (PCAOB ID 42), Atlanta, Georgia</p></body></html>"
)


@pytest.mark.parametrize("limit", [0, 1, 20, 60, 61, 100, 250, 10_000])
@pytest.mark.parametrize("markup", [_COVER, "", "<p>not <b>closed", "plain text, no markup"])
def test_cover_lines_read_on_from_a_limit_are_every_line(markup: str, limit: int) -> None:
    walk = HtmlLines(markup)
    assert walk.upto(limit) == html_lines(markup, limit)
    assert walk.upto(None) == html_lines(markup)
    assert walk.upto(None) == html_lines(markup)  # at the end it stays there


# ---------------------------------------------------------------- one parse, shared


def test_the_writer_renders_the_shared_tree_as_it_renders_a_parse_of_its_own() -> None:
    import dataclasses

    from exporter.write.ixbrl import render_inline
    from tests.test_writers import HTML, hand_made_model

    for text in (HTML, HTML.replace("<p>Cash was", "<p><script>var x = 1;</script>Cash <style>p {}</style>was")):
        model = hand_made_model(html=True)
        [parsed] = model.documents
        doc = dataclasses.replace(parsed.document, text=text)
        statements = [dataclasses.replace(st, table=dataclasses.replace(st.table, document=doc))
                      for st in model.statements]
        alone = dataclasses.replace(model, documents=[ParsedDocument(doc, parsed.tables)], statements=statements)
        root = parse_html(text)
        assert root is not None
        before = etree.tostring(root)
        shared = dataclasses.replace(alone, documents=[ParsedDocument(doc, parsed.tables, root)])
        assert render_inline(shared) == render_inline(alone)
        assert etree.tostring(root) == before  # code is stripped from a copy: the readers' tree stays


@pytest.mark.parametrize("markup", [_COVER, _PAGE, "<p>not <b>closed", "<p>a<!-- note -->b<?pi x?>c</p>"])
def test_cover_lines_of_the_shared_tree_are_those_of_a_parse_of_their_own(markup: str) -> None:
    # the cover reader parsed with comments and processing instructions kept; the shared tree has none
    kept = etree.fromstring(markup.encode("utf-8"),
                            parser=etree.HTMLParser(encoding="utf-8", no_network=True, huge_tree=True))
    assert HtmlLines(markup, parse_html(markup)).upto(None) == HtmlLines(markup, kept).upto(None)


# ---------------------------------------------------------------- the Inline XBRL writer


def _styled_plain(html: etree._Element) -> None:
    """inline_stylesheets as written before rules were matched once per ancestry: every element."""
    import cssselect2
    import tinycss2

    from exporter.write import edgar_files

    matcher = cssselect2.Matcher()
    for sheet in list(html.iter(f"{{{edgar_files.XHTML}}}style")):
        for rule in tinycss2.parse_stylesheet(sheet.text or "", skip_whitespace=True, skip_comments=True):
            if rule.type != "qualified-rule" or not (declarations := edgar_files._declarations(rule.content)):
                continue
            try:
                for selector in cssselect2.compile_selector_list(rule.prelude):
                    matcher.add_selector(selector, declarations)
            except cssselect2.SelectorError:
                continue
        edgar_files._remove(sheet)
    for wrapper in cssselect2.ElementWrapper.from_xml_root(html).iter_subtree():
        matches = matcher.match(wrapper)
        if matches:
            elt = wrapper.etree_element
            parts = [payload for *_, payload in sorted(matches)]
            own = (elt.get("style") or "").strip().rstrip(";")
            elt.set("style", ";".join([*parts, own] if own else parts))


_SHEETS = [
    "body { margin: 0 } p { margin: 1em } table.fin td { padding: 0 } table.fin td.n { text-align: right }"
    " td.l { text-align: left } #top { color: red } div > p.x { color: blue } ix|nonFraction { color: green }"
    " * { line-height: 1 } .fin .n span { font-weight: bold } @media print { p { color: black } }",
    "p + p { margin: 0 } td:first-child { color: red } td.n { padding: 1px }",  # siblings, positions
    "td[title] { color: red } p { margin: 0 }",  # an attribute: every element matched on its own
    "p::first-line { color: red } p { margin: 0 }",
    "table.fin td.n { text-align: right } div p.x { margin: 0 }",  # no id read: ids are no part of an ancestry
]
_BODY = (
    '<body><div id="top"><p class="x">a</p><p>b</p><p class="x y" style="color:gray;">c</p></div>'
    '<table class="fin"><tbody><tr><td class="l">Cash</td><td class="n" title="t"><span>1</span>'
    '<ix:nonFraction name="x">1</ix:nonFraction></td></tr>'
    '<tr><td class="n">2</td><td class="l n">3</td></tr></tbody></table>'
    '<table><tr><td class="n">4</td></tr></table><p id="top">d</p></body>'
)


@pytest.mark.parametrize("sheet", _SHEETS)
def test_stylesheets_folded_once_per_ancestry_give_what_matching_every_element_gives(sheet: str) -> None:
    from exporter.write.edgar_files import inline_stylesheets

    markup = (f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">'
              f'<head><style type="text/css">{sheet}</style></head>{_BODY}</html>')
    ours, plain = etree.fromstring(markup), etree.fromstring(markup)
    inline_stylesheets(ours)
    _styled_plain(plain)
    assert etree.tostring(ours) == etree.tostring(plain)
    assert b"style=" in etree.tostring(ours) and b"<style" not in etree.tostring(ours)


def test_repeats_found_through_the_index_are_those_of_every_fact() -> None:
    from tests.test_writers import hand_made_model

    model = hand_made_model()
    labels = {id(f): f.label for f in model.facts}
    text = ("Cash was $1,200,000 at the end of 2024 and $1.0 million in 2023; receivables of $300 thousand, "
            "total current assets $1,500,000 and 0 shares.")
    index = narrative.by_value(model.facts)
    assert all(f.value != 0 for fs in index.values() for f in fs)
    found = narrative.find_repeats(text, model.facts, labels, (12, 31), index)
    assert found == narrative.find_repeats(text, model.facts, labels, (12, 31))
    assert [text[r.start:r.end] for r in found] == ["1,200,000", "1.0", "300", "1,500,000"]


@pytest.mark.parametrize("markup", ["<p> a \u00a0b\n\tc\x0b d\u2003</p>", "<p>\u200ba\x1cb</p>", "<p> </p>"])
def test_writer_text_of_a_block_is_the_regular_expression_s(markup: str) -> None:
    from exporter.write.ixbrl_html import _content, _text
    from exporter.write.ixbrl_text import clean

    node = parse_html(markup)
    assert node is not None
    p = node.find(".//p")
    assert _text(p) == re.sub(r"\s+", " ", clean(_content(p))).strip()


@pytest.mark.parametrize("markup", ["<div> a \u00a0b<div>x</div>\n\tc\x0b d\u2003<span>e\x85f</span></div>",
                                    "<div>\u200ba\x1cb<p>y</p>\u2028 </div>", "<div> <table></table> </div>"])
def test_writer_text_runs_between_blocks_are_the_regular_expression_s(markup: str) -> None:
    from exporter.write.ixbrl_html import _content, _parts
    from exporter.write.ixbrl_text import clean

    node = parse_html(markup)
    assert node is not None
    div = node.find(".//div")
    runs, run = [], [div.text or ""]
    for child in div:
        if child.tag in ("div", "p", "table"):
            runs.append("".join(run))
            run = []
        else:
            run.append(_content(child))
        run.append(child.tail or "")
    runs.append("".join(run))
    want = [t for t in (re.sub(r"\s+", " ", clean(r)).strip() for r in runs) if t]
    assert [p for p in _parts(div) if isinstance(p, str)] == want


# ---------------------------------------------------------------- the readers' text


_CELLS = [
    "<td>plain</td>", "<td></td>", "<td>a<b>b</b>c<i>d<span>e</span></i>f</td>", "<td>\u200ba\ufeff<b>1</b></td>",
    "<td>x<sup>(1)</sup>y</td>", "<td>a<br>b</td>", "<td>a<p>b</p>c</td>", "<td>a<script>s()</script>b</td>",
    "<td><span>a<table><tr><td>in</td></tr></table>b</span></td>", "<td>a<!-- note -->b<font>c</font></td>",
    "<td><div style='padding-left:10pt'><span>Cash</span></div></td>", "<td>a<sup>b<sup>c</sup></sup>d</td>",
    # blocks of inline markup: each block's text between breaks
    "<td> <div><span>Net</span> <b>sales</b></div>\n<p>b<i>c</i></p>tail<span>x</span>y</td>",
    "<td><div><span>a</span></div><div>b<br>c</div></td>", "<td><div><sup>1</sup></div></td>",
    "<td><p>a</p><table><tr><td>z</td></tr></table></td>", "<td><div>a</div><script>s()</script></td>",
    "<td><li>\u200ba</li><center>b<div>c</div></center></td>",
]


@pytest.mark.parametrize("cell", _CELLS)
def test_cell_text_read_at_once_is_the_gathered_text(cell: str) -> None:
    root = parse_html(f"<table><tr>{cell}</tr></table>")
    assert root is not None
    td = root.find(".//td")
    out: list[str] = [td.text or ""]
    html_text.gather(td, out)
    assert html_text.raw_text(td) == "".join(out).replace("\u200b", "").replace("\ufeff", "")


@pytest.mark.parametrize("markup", [*_CELLS, _PAGE, "<table><tr> </tr><tr><td></td></tr><tr>\u200b<b> </b></tr>"
                                    "<tr><script>s()</script></tr><tr><sup></sup></tr><tr><br></tr><tr>\xa0</tr>"
                                    "<tr><span><br></span></tr><tr><font><td>x</td></font></tr></table>"])
def test_an_element_told_printing_by_its_children_prints_its_gathered_text(markup: str) -> None:
    root = parse_html(markup if markup.startswith("<t") or markup.startswith("<h") else
                      f"<table><tr>{markup}</tr></table>")
    assert root is not None
    for node in root.iter():
        assert html_text.prints(node) == bool(html_text.squash(html_text.raw_text(node)))


def _borders_plain(row: html_grid.GRow, first: int) -> tuple[bool, bool]:
    """html_body._borders as written before it stopped at the first cell settling both rules."""
    top = bottom = False
    for c in row.cells:
        if c.end < first:
            continue
        for el in [c.el, *(c.el.iterdescendants("p", "div") if len(c.el) else [])]:
            st = html_text.style_of(el)
            top, bottom = top or st.border_top, bottom or st.border_bottom
    return top, bottom


def test_rules_read_until_both_are_drawn_are_those_of_every_cell() -> None:
    ruled = ("border-top:1px solid", "border-bottom:2px double", "border-top:solid;border-bottom:solid", "")
    cells = "".join(f"<td style='{a}'><p style='{b}'>1</p></td>" for a in ruled for b in ruled)
    root = parse_html(f"<table><tr><td>Label</td>{cells}</tr><tr><td>x</td><td>2</td></tr></table>")
    assert root is not None
    table = root.find(".//table")
    assert table is not None
    for row in html_grid.table_grid(table):
        for first in range(len(row.cells) + 1):
            assert html_body._borders(row, first) == _borders_plain(row, first)


@pytest.mark.parametrize("markup", [
    "<table><tr><td>a</td></tr><tbody><tr><td>b</td></tr></tbody><thead><tr><td>c</td></tr></thead></table>",
    "<table><tr><td><table><tr><td>in</td></tr></table></td></tr><tr><td>d</td></tr></table>",
    "<table><tbody><tr><td><table><tbody><tr><td>in</td></tr></tbody></table></td></tr></tbody></table>",
    "<table><div><tr><td>wrapped</td></tr></div><font><tbody><tr><td>x</td></tr></tbody></font></table>", _PAGE,
])
def test_own_rows_found_by_their_parent_are_those_whose_nearest_table_it_is(markup: str) -> None:
    root = parse_html(markup)
    assert root is not None
    for table in root.iter("table"):
        plain = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
        assert html_text.own_rows(table) == plain


def _texts_plain(node: etree._Element) -> list[str]:
    """cover_text._texts as written before it walked with a stack: a recursive generator."""
    from exporter.understand import cover_text as ct

    out = [node.text] if node.text else []
    for child in node:
        name = child.tag.rsplit("}", 1)[-1].lower() if isinstance(child.tag, str) else ""
        hidden = name == "header" or "display:none" in (child.get("style") or "").replace(" ", "").lower()
        if name and name not in ct._SKIP and not hidden:
            if name in ("br", "p", "div"):
                out.append(" ")
            out += _texts_plain(child)
        if child.tail:
            out.append(child.tail)
    return out


@pytest.mark.parametrize("cell", [*_CELLS, "<td>a<span style='display: NONE'>hidden</span>b<header>h</header>c</td>"])
def test_cover_cell_pieces_walked_with_a_stack_are_the_recursive_ones(cell: str) -> None:
    from exporter.understand.cover_text import _texts

    root = parse_html(f"<table><tr>{cell}</tr></table>")
    assert root is not None
    td = root.find(".//td")
    assert _texts(td) == _texts_plain(td)


def test_cell_paths_numbered_per_table_are_lxmls_own() -> None:
    page = parse_html(
        "<div><p>x</p><table><tr><td>a</td></tr></table><p>y</p>"
        "<table id='t'><tbody><tr><td>1</td><td id='c'>2</td><td>3</td></tr><tr><td>4</td></tr></tbody>"
        "<tr><th>h</th><td>5<table><tr><td>in</td><td>in2</td></tr></table></td></tr>"
        "<tr><font><td>6</td></font><font><td>7</td><td>8</td></font><ix:nonfraction>9</ix:nonfraction></tr>"
        "</table></div><div><table><tr><td id='a\"b'>q</td></tr></table></div>")
    assert page is not None
    for table in page.iter("table"):
        paths = html_paths.Paths(table)
        for cell in table.iter("td", "th", "tr", "font", "ix:nonfraction"):
            assert paths.of(cell) == html_paths.xpath(cell)


@pytest.mark.parametrize("markup", ["<p>leaf</p>", "<p></p>", "<p>a<b>b</b>c</p>", "<p>a<!-- c -->b</p>",
                                    "<p>x<br>y</p>"])
def test_writer_text_content_of_a_leaf_is_its_text(markup: str) -> None:
    from exporter.write.ixbrl_html import _STRING, _content

    for root in (parse_html(markup), etree.fromstring(markup.encode(), etree.HTMLParser(no_network=True))):
        assert root is not None
        for node in root.iter(etree.Element):
            assert _content(node) == str(_STRING(node))



@pytest.mark.parametrize("rows", [
    [["Cash"]],
    [["R&D <net> \"a\" 'b'", "$", "1,234", "]]>"], ["Caf\u00e9 \u2014 total", "(5)"]],
    [["\u2612 Large accelerated filer", "x & y"], ["a"], ["b", "c", "d", "e"]],
])
def test_a_plain_table_made_by_parsing_its_markup_is_the_one_made_element_by_element(rows: list[list[str]]) -> None:
    from exporter.write.ixbrl_html import _parsed_table
    from exporter.write.ixbrl_tags import IX, XHTML, el, h

    def root() -> etree._Element:
        return etree.Element(h("html"), nsmap={None: XHTML, "ix": IX})

    made, parsed = root(), root()
    body = el(el(el(made, "body"), "table", class_="fin"), "tbody")
    for cells in rows:
        tr = etree.SubElement(body, h("tr"))
        for k, text in enumerate(cells):
            etree.SubElement(tr, h("td"), {"class": "l" if k == 0 else "n"}).text = text
    el(parsed, "body").append(_parsed_table(rows))
    assert etree.tostring(parsed, encoding="ASCII") == etree.tostring(made, encoding="ASCII")
    assert etree.tostring(parsed).count(b"xmlns") == 2  # declared once, on the root

_GRIDS = (
    "<div><div style='display:grid;grid-template-columns:1fr 1fr'><div>Cash</div><div>1</div></div>"
    "<div style='display: grid; grid-template-columns: 2fr 1fr'><div>Debt</div><div>2</div></div></div>"
    "<div style='display:grid;grid-template-columns:repeat(3, 1fr)'><div>a</div><div>b</div><div>c</div></div>"
    "<div style='display:grid;grid-template-columns:1fr 1fr'><table><tr><td>1</td></tr></table></div>"
    "<div><p>x</p><div style='display:GRID;grid-template-columns:1fr 1fr'><div>u</div></div></div>"
    "<div style='display:flex'><div style='grid-column:2'>v</div></div><table><tr><td>t</td></tr></table>"
)


def test_table_elements_looking_only_at_grid_styled_divs_are_those_of_every_div() -> None:
    from exporter.read import css_grid as cg

    root = parse_html(f"<html><body>{_GRIDS}</body></html>")
    assert root is not None

    def plain() -> list[etree._Element]:  # as written before divs were passed over on their styles
        return [el for el in root.iter("table", "div") if cg._tag(el) == "table" or (
            el.find(".//table") is None and (cg.grid_rows(el) or (cg.grid_columns(el) > 1 and not cg.grid_rows(
                el.getparent() if el.getparent() is not None else el))))]

    assert list(cg.table_elements(root)) == plain()
    assert len(plain()) == 5  # the stack of one-row grids, two grids and two tables


def test_repeats_looked_for_in_the_whole_text_first_are_those_of_each_sentence() -> None:
    from tests.test_writers import hand_made_model

    model = hand_made_model()
    labels = {id(f): f.label for f in model.facts}
    index = narrative.by_value(model.facts)
    for text in ("Cash was $1,200,000. Receivables were $300 thousand at Dec. 31, 2024 and 7.5% up.",
                 "Total current assets of 1,500,000 dollars and 12 shares. $1.0 million of cash! 99 others.",
                 "Nothing of 12 or 1.5 here. Nor 3,000,000.", "Of Acme Inc. 1,200,000 in cash (1,200,000)."):
        plain = [narrative.Repeat(s0 + r.start, s0 + r.end, r.fact, r.scale)
                 for s0, s1 in narrative.sentences(text)
                 for r in narrative.find_repeats(text[s0:s1], model.facts, labels, (12, 31), index)]
        assert narrative.find_repeats(text, model.facts, labels, (12, 31), index) == plain


def test_edgar_rules_applied_to_the_elements_they_name_give_what_every_element_gives() -> None:
    from exporter.write import edgar_files as ef

    page = (f'<html xmlns="{ef.XHTML}" xmlns:ix="{ef.IX}" lang="en"><head><style>td {{ color: red }}</style></head>'
            '<body><a name="n">x</a><dd>d<script>s()</script>t</dd><object/><th/><td></td><br/><img src="i"/>'
            '<form><input/><ix:nonNumeric name="dei:X">v</ix:nonNumeric></form><p><!-- c --></p><span/></body></html>')

    def plain(html: etree._Element) -> None:  # as written before the rules looked only at what they name
        blocked, blocked_attrs, no_content = ef.html_rules()
        ef.inline_stylesheets(html)
        cut = len(ef.XHTML) + 2
        for elt in list(html.iter(f"{{{ef.XHTML}}}*")):
            tag = elt.tag[cut:]
            if tag in blocked:
                holds_fact = any(True for _ in elt.iter(f"{{{ef.IX}}}*"))
                if tag in ef._DROPPED and not holds_fact:
                    ef._remove(elt)
                    continue
                tag = "div" if tag in ef._BLOCK else "span"
                elt.tag = f"{{{ef.XHTML}}}{tag}"
            for attr in blocked_attrs.get(tag, ()):
                elt.attrib.pop(attr, None)
        for elt in html.iter():
            if isinstance(elt.tag, str) and not len(elt) and elt.text is None and \
                    elt.tag.rpartition("}")[2] not in no_content:
                elt.text = ""

    ours, theirs = etree.fromstring(page), etree.fromstring(page)
    ef.make_acceptable(ours)
    plain(theirs)
    assert ef.to_bytes(ours) == ef.to_bytes(theirs)
    assert b"<th></th>" in ef.to_bytes(ours) and b"script" not in ef.to_bytes(ours)


def _inline(body: str, after: str = "") -> str:
    """A small Inline XBRL document: its header (two contexts, one with a dimension), ``body``, a
    long page of figures, then ``after``."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" '
        'xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"><body>'
        '<!-- made by hand --><div style="display:none"><ix:header><ix:hidden>'
        '<ix:nonNumeric name="dei:AmendmentFlag" contextRef="c1">false</ix:nonNumeric></ix:hidden>'
        '<ix:resources><xbrli:context id="c1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">'
        '0000000001</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate>'
        '<xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>'
        '<xbrli:context id="c2"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001'
        '</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="dei:X">dei:Y</xbrldi:explicitMember>'
        '</xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period>'
        '</xbrli:context></ix:resources></ix:header></div>'
        + body + "<table>" + "<tr><td>Revenue</td><td>1,234</td></tr>" * 200 + "</table>" + after
        + "</body></html>"
    )


_COVER_PAGE = (
    '<p>Form <ix:nonNumeric name="dei:DocumentType" contextRef="c1">10-K</ix:nonNumeric> of '
    '<ix:nonNumeric name = \'dei:EntityRegistrantName\' contextRef="c1"><b>Acme</b> <ix:nonNumeric '
    'name="us-gaap:X" contextRef="c1">Corp</ix:nonNumeric></ix:nonNumeric>; shares '
    '<ix:nonFraction name="dei:EntityCommonStockSharesOutstanding" contextRef="c2" unitRef="shares" '
    'decimals="0" format="ixt:num-dot-decimal">1,000</ix:nonFraction></p>'
)


@pytest.mark.parametrize("after", [
    "",  # every dei fact before the figures: they are not parsed
    '<p>Auditor: <ix:nonNumeric name="dei:AuditorName" contextRef="c1">Smith LLP</ix:nonNumeric></p>',
    '<p><ix:nonNumeric name="dei:AuditorLocation" contextRef="c1" continuedAt="k">Dallas,</ix:nonNumeric>'
    '</p><p><ix:continuation id="k"> Texas</ix:continuation></p>',
    '<p><ix:nonNumeric name="dei:AuditorName" contextRef="c1">A <!-- </ix:nonNumeric> --> LLP</ix:nonNumeric></p>',
    '<p><ix:nonFraction name="dei:EntityPublicFloat" contextRef="c1" unitRef="usd" decimals="0" '
    'xsi:nil="true"/></p>',
    '<ix:resources><xbrli:context id="c3"/></ix:resources>',
], ids=["cover-only", "late-fact", "continued", "comment", "empty", "late-context"])
def test_issuer_dei_read_from_the_start_it_needs_are_those_of_the_whole_document(
        after: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from exporter.read import ixbrl_input

    for body in (_COVER_PAGE, _COVER_PAGE.replace("dei:DocumentType", "dei:DocumentType\" id=\"x")):
        text = _inline(body, after)
        part = ixbrl_input.issuer_dei(text)
        assert part
        with monkeypatch.context() as m:
            m.setattr(ixbrl_input, "_dei_part", lambda t, p: t)
            assert part == ixbrl_input.issuer_dei(text)
    assert len(ixbrl_input._dei_part(_inline(_COVER_PAGE), "ix")) < len(_inline(_COVER_PAGE)) // 2


_AUDITOR = ('<p>Audited by <ix:nonNumeric name="dei:AuditorName" contextRef="c1">Smith <b>&amp;</b> Co'
            '</ix:nonNumeric></p>')


@pytest.mark.parametrize(("between", "alone"), [
    ("", True),  # the figures alone between: the auditor's fact is read on its own
    ('<p><ix:nonNumeric name="dei:AuditorLocation" contextRef="c1">Dallas, <ix:nonNumeric name="dei:X" '
     'contextRef="c1">Texas</ix:nonNumeric></ix:nonNumeric></p>', True),  # a fact inside a fact kept
    ("<!-- <p>old</p> -->", False), ('<div xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"></div>', False),
    ('<![CDATA[ <ix:nonNumeric name="dei:AuditorName" contextRef="c1">Not</ix:nonNumeric> ]]>', False),
], ids=["figures", "nested", "comment", "namespace", "cdata"])
def test_issuer_dei_fact_far_past_the_cover_is_read_on_its_own(
        between: str, alone: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 10-K names its auditor after its statements: that fact is parsed alone, not with every page
    before it, unless what lies between would be read otherwise; the facts are those of the whole
    document either way."""
    from exporter.read import ixbrl_input

    monkeypatch.setattr(ixbrl_input, "_FAR", 2000)  # (the page of figures: some 8,000 characters)
    text = _inline(_COVER_PAGE, between + "<table>" + "<tr><td>Revenue</td><td>1,234</td></tr>" * 200
                   + "</table>" + _AUDITOR)
    part = ixbrl_input._dei_part(text, "ix")
    assert ("Revenue" not in part[text.index("</ix:header>"):]) is alone
    dei = ixbrl_input.issuer_dei(text)
    assert dei["AuditorName"].value == "Smith & Co"
    with monkeypatch.context() as m:
        m.setattr(ixbrl_input, "_dei_part", lambda t, p: t)
        assert dei == ixbrl_input.issuer_dei(text)


def test_markup_read_otherwise_found_through_context_is_each_mark_s() -> None:
    """":context" and "<context" looked for as "context" and the character before it: the same answer
    as the four marks looked for one by one, for every range (a mark cut by either end not found)."""
    from exporter.read import ixbrl_input

    rng = random.Random(14)
    pieces = ["<!", "xmlns", ":context", "<context", "context", ' contextRef="c1"', ":", "<", "!", "x", " ", "ns"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        plain = any(text.find(mark, a, b) >= 0 for mark in ixbrl_input._READ_OTHERWISE)
        assert ixbrl_input._read_otherwise(text, a, b) is plain, (text, a, b)


@pytest.mark.parametrize("data", [
    b"", b"\x00", b" \t\n\r\x0b\x0c\x00", b"  \r\n\t\n\x00\x00 \n", b"\x1c", b"\x85", b"\xa0", b" a ", b"\x00a\x00",
    b"\n" * 5000 + b"x",
])
def test_an_empty_file_told_without_copying_it_is_what_stripping_it_leaves_nothing_of(data: bytes) -> None:
    from exporter.read.documents import _BLANK

    assert (_BLANK.fullmatch(data) is not None) is (not data.replace(b"\x00", b"").strip())
    text = data.decode("latin-1")
    assert (not data or data.isspace()) is (not data.strip())
    assert (not text or text.isspace()) is (not text.strip())


def test_every_character_stripped_is_a_space_to_isspace() -> None:
    """``not text or text.isspace()`` is ``not text.strip()`` for every text: the two read the same
    characters as white space."""
    for code in range(0x110000):
        ch = chr(code)
        assert ch.isspace() is (not ch.strip()), hex(code)


def test_the_folded_letters_are_none_of_ascii() -> None:
    from exporter.understand.cover_page import _FOLDED, _folds

    assert not any(c.isascii() for c in _FOLDED)
    for text in ("Aud\u0130tor", "\u212a", "firm \u2019s", "plain", "", "caf\u00e9 \u017f"):
        assert _folds(text) is any(c in text for c in _FOLDED)


def _without_header_plain(text: str) -> str:
    """without_header as written before it searched for the start and end tags: one lazy pattern."""
    from exporter.read import ixbrl_input

    prefix = ixbrl_input.ix_prefix(text)
    if prefix is None:
        return text
    p = re.escape(prefix)
    return re.sub(rf"<{p}:header\b.*?</{p}:header\s*>", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)


@pytest.mark.parametrize("body", [
    "<ix:header>a\nb</ix:header >x<ix:header>\n</ix:header>y",
    "<ix:headers>x</ix:headers><ix:header>\n</ix:header\n\n>z",
    "<ix:header>a</ix:header x>b\n</ix:header>c", "<ix:header>\nno end",
    "<ix:header>\n</ix:header>tail<ix:header>\nopen", "no header at all", "<IX:HEADER>\n</IX:HEADER>",
])
def test_header_blanked_by_searching_its_tags_is_the_lazy_pattern_s(body: str) -> None:
    from exporter.read import ixbrl_input

    text = f'<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><ix:header>\n</ix:header>{body}</body></html>'
    assert ixbrl_input.without_header(text) == _without_header_plain(text)
    assert ixbrl_input.without_header(body) == _without_header_plain(body)


def _unstacked_plain(rows: list[html_grid.GRow]) -> list[html_grid.GRow]:
    """html_grid._unstacked as written before it read a row's label cell first: every cell's lines."""
    from dataclasses import replace

    h = html_grid
    out: list[h.GRow] = []
    for row in rows:
        if not any(len(c.el) for c in row.cells[1:]) or row.covering:
            out.append(row)
            continue
        lines = {id(c): h._stacked_lines(c) for c in row.cells}
        tall = [c for c in row.cells if len(lines[id(c)]) > 1]
        n = len(lines[id(row.cells[0])])
        figures = [c for c in tall[1:] if sum(h._number_of(t, b) is not None for t, b, _ in lines[id(c)]) >= 2]
        if n < h.STACKED_LINES or not figures or tall[0] is not row.cells[0] \
                or any(len(lines[id(c)]) != n for c in tall) or not h.WORD3.search(row.cells[0].text):
            out.append(row)
            continue
        for k in range(n):
            cells = [replace(c, text=lines[id(c)][k][0], bare=lines[id(c)][k][1], lead=lines[id(c)][k][2])
                     if len(lines[id(c)]) == n else c if k == 0 else replace(c, text="", bare="", lead=0)
                     for c in row.cells]
            out.append(h.GRow(row.tr, row.line, cells, [], number=row.number))
    return out


@pytest.mark.parametrize("rows", [
    "<tr><td>Cash<br>Receivables<br>Inventories</td><td>1<br>2<br>3</td><td>4<br>5<br>6</td></tr>",
    "<tr><td><div>Cash</div><div>Receivables</div><p>Inventories</p></td><td><p>1</p>2<br>3</td><td>4<br>5<br>6</td>"
    "</tr><tr><td>Cash\x03Receivables\x03Inventories</td><td>1<br>2<br>3</td></tr>",
    "<tr><td>Cash<br>Receivables</td><td>1<br>2<br>3</td></tr><tr><td><b>Cash</b></td><td>1<br>2<br>3</td></tr>",
    "<tr><td>Cash<br>Receivables</td><td>1<br>2</td></tr><tr><td><b>Total</b></td><td><span>3</span></td></tr>",
    "<tr><td>Cash</td><td>1<br>2<br>3</td></tr><tr><td>A<br>B<br>C</td><td>1<br>2</td></tr>",
    "<tr><td>a<br>b<br>c</td><td>x<br>y<br>z</td></tr>"
    "<tr><td rowspan='2'>L</td><td><i>9</i></td></tr><tr><td>8</td></tr>",
])
def test_rows_unstacked_reading_the_label_first_are_those_of_every_cell(
        rows: str, monkeypatch: pytest.MonkeyPatch) -> None:
    root = parse_html(f"<table>{rows}</table>")
    assert root is not None
    table = root.find(".//table")
    assert table is not None
    with monkeypatch.context() as m:
        m.setattr(html_grid, "_unstacked", lambda rows: rows)
        grid = html_grid.table_grid(table)  # the rows as placed, none unstacked
    fast, plain = html_grid._unstacked(grid), _unstacked_plain(grid)
    assert [(r.number, [(c.col, c.text) for c in r.cells]) for r in fast] == \
        [(r.number, [(c.col, c.text) for c in r.cells]) for r in plain]
    assert len(plain) > len(grid) or "Cash<br>Receivables<br>" not in rows


@pytest.mark.parametrize("cell", [*_CELLS, "<td>a<br>b<br></td>", "<td><br>a<br>b<br>c</td>", "<td>x\x03y\x03z</td>"])
def test_a_cell_not_tall_prints_fewer_lines_than_a_stacked_row(cell: str) -> None:
    root = parse_html(f"<table><tr>{cell}</tr></table>")
    assert root is not None
    table = root.find(".//table")
    assert table is not None
    for row in html_grid.table_grid(table):
        for c in row.cells:
            assert c.tall or len(html_grid._stacked_lines(c)) < html_grid.STACKED_LINES


_SIDE_BY_SIDE = (
    "<p>Consolidated Balance Sheets</p><table>"
    "<tr><td></td><td>2024</td><td>2023</td><td></td><td>2024</td><td>2023</td></tr>"
    "<tr><td>Cash</td><td>1</td><td>2</td><td>Payables</td><td>5</td><td>6</td></tr>"
    "<tr><td>Receivables</td><td>3</td><td>4</td><td>Debt</td><td>7</td><td>8</td></tr>"
    "<tr><td>Inventories</td><td>3</td><td>4</td><td>Equity</td><td>7</td><td>8</td></tr>"
    "<tr><td>Total assets</td><td>7</td><td>10</td><td>Total</td><td>19</td><td>22</td></tr></table>"
    "<table><tr><td></td><td>Year 2024</td><td>Year 2023</td><td></td><td>Dec 2024</td><td>Dec 2023</td></tr>"
    "<tr><td>Sales</td><td>1</td><td>2</td><td>Cash</td><td>5</td><td>6</td></tr>"
    "<tr><td>Costs</td><td>3</td><td>4</td><td>Debt</td><td>7</td><td>8</td></tr>"
    "<tr><td>Taxes</td><td>3</td><td>4</td><td>Equity</td><td>7</td><td>8</td></tr></table>"
)
_PAGES = [
    _PAGE, _SIDE_BY_SIDE,
    "<table id='t'><tr><th></th><th>2024</th><th>2023</th></tr>"
    "<tr><td>Cash</td><td id='c'>$ 1,234</td><td>(5)</td></tr><tr><td>Cash</td><td>$ 1,234</td><td>(5)</td></tr>"
    "<tr><td>Total</td><td><span><b>1,239</b></span></td><td rowspan='2'>9</td></tr><tr><td>Net</td><td>4</td></tr>"
    "</table><div><table><tr><td>a</td><td>1</td><td>2</td></tr><tr><td>b</td><td>3</td><td>4</td></tr></table></div>",
]


@pytest.mark.parametrize("page", _PAGES)
def test_cells_placed_with_their_path_made_when_read_are_the_plain_cells(
        page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle
    from pathlib import Path

    from exporter.read.documents import Document
    from exporter.read.tables import Cell

    def cells(doc: Document) -> list[Cell]:
        root = parse_html(doc.text)
        assert root is not None
        return [c for t in html_tables.html_tables(doc, root) for r in t.rows for c in r.cells if c is not None]

    doc = Document(source=Path("page.htm"), kind="html", text=page)
    fast = cells(doc)
    with monkeypatch.context() as m:  # the plain definition: every cell's path made as it is placed
        m.setattr(html_body, "PlacedCell", lambda text, printed, line, start, end, tr, paths, el:
                  Cell(text, printed, line, start, end, paths.of(el), tr))
        plain = cells(doc)
    assert fast and len(fast) == len(plain)
    assert all(type(c) is html_paths.PlacedCell for c in fast)
    assert [[a == b for b in fast] for a in fast] == [[a == b for b in plain] for a in plain]
    assert [[a == b for b in plain] for a in fast] == [[a == b for b in plain] for a in plain]
    assert [[b == a for b in plain] for a in fast] == [[a == b for b in plain] for a in plain]
    for f, p in zip(fast, plain, strict=True):
        again = pickle.loads(pickle.dumps(f))
        assert type(again) is Cell and again == p and hash(f) == hash(p) and repr(f) == repr(p)
        assert (f.text, f.printed, f.line, f.start, f.end, f.element, f.tr) == \
            (p.text, p.printed, p.line, p.start, p.end, p.element, p.tr)
        assert f.element.startswith("/")


_HEADINGS_APART = (
    "<p>Consolidated Statements of Income</p><table><tr><td></td><td>Year Ended December 31,</td></tr>"
    "<tr><td></td><td>2024</td><td>2023</td></tr></table>"
    "<table><tr><td>Sales</td><td>10</td><td>9</td></tr><tr><td>Costs</td><td>(4)</td><td>(3)</td></tr></table>"
    "<p>See the notes. (1) In millions.</p>"
    + "".join(f"<table><tr><td>Line {k}</td><td>{k}</td><td>{k + 1}</td></tr></table>" for k in range(5))
    + "<p>After the lines.</p>"
)


def _each_split_plain(rows: list[html_grid.GRow]) -> list[tuple[int, int]]:
    """html_side_by_side.side_splits as written before it read each cell's number once."""
    from collections import Counter

    numeric = [{c.col for c in r.cells if c.text and html_grid.cell_number(c) is not None
                and not html_values.YEARLIKE.match(c.text)} for r in rows]
    first = next((n for n, cols in enumerate(numeric) if cols), None)
    if first is None:
        return []
    worded = Counter(c.col for r in rows[first:] for c in r.cells
                     if c.col > 0 and c.text and html_grid.cell_number(c) is None and html_grid.WORD3.search(c.text))
    out = []
    for split, count in worded.most_common(2):
        both = [n for n in range(first, len(rows)) if any(k < split for k in numeric[n])
                and any(k > split for k in numeric[n])]
        right = [n for n in range(first, len(rows)) if any(k > split for k in numeric[n])]
        if count >= 3 and len(both) >= 3 and count * 5 >= len(right) * 3:
            out.append((split, first))
    return out


@pytest.mark.parametrize("page", [*_PAGES, _HEADINGS_APART])
def test_tables_read_with_grids_and_figures_once_and_notes_when_asked_are_the_plain_tables(
        page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import copy
    import pickle
    from dataclasses import replace
    from pathlib import Path

    from exporter.read.documents import Document
    from exporter.read.tables import Table

    doc = Document(source=Path("page.htm"), kind="html", text=page)

    def read() -> list[Table]:
        root = parse_html(page)
        assert root is not None
        return html_tables.html_tables(doc, root)

    fast = read()
    with monkeypatch.context() as m:  # the plain definitions: every grid read anew, notes read at once
        m.setattr(html_tables, "_ReadTable", lambda *, below, **fields: Table(
            **fields, notes=html_context.nearby_lines(below, False, html_tables.NOTE_BLOCKS)))
        real_tables = html_tables._tables
        m.setattr(html_tables, "_tables", lambda doc, index, el, head_el=None, grid=None: real_tables(
            doc, index, el, head_el))
        m.setattr(html_tables, "_headings_only", lambda el, grid=None, f=html_tables._headings_only: f(el))
        m.setattr(html_tables, "side_splits", lambda rows: _each_split_plain(rows))
        real_values = html_values.row_values  # every row's figures read again at each call
        m.setattr(html_tables, "row_values", lambda row: (setattr(row, "read", False), real_values(row))[1])
        plain = read()
    assert fast and len(fast) == len(plain)
    assert all(type(t) is html_tables._ReadTable for t in fast)
    for f, p in zip(fast, plain, strict=True):
        assert repr(f) == repr(p) and f == p and p == f and f.notes == p.notes
        assert (f.index, f.position, f.through, f.title, f.headers) == (p.index, p.position, p.through, p.title,
                                                                        p.headers)
    assert [[a == b for b in fast] for a in fast] == [[a == b for b in plain] for a in plain]
    for f, p in zip(fast, plain, strict=True):  # replaced, copied and pickled as the plain table is
        again = replace(f, rows=f.rows[:1])
        assert again == replace(p, rows=p.rows[:1]) and again.notes == p.notes
        assert copy.copy(f) == p and pickle.loads(pickle.dumps(f)) == p
    if page is _HEADINGS_APART:  # headings read with the figures below them, one-line tables as one, notes
        assert any(t.through > t.position for t in fast) and any("2024" in h for t in fast for h in t.headers)
        assert any(t.notes for t in fast)


@pytest.mark.parametrize("page", [*_PAGES, _HEADINGS_APART])
def test_splits_reading_each_number_once_are_the_plain_ones(page: str) -> None:
    root = parse_html(page)
    assert root is not None
    for el in root.iter("table"):
        rows = html_grid.table_grid(el)
        assert html_side_by_side.side_splits(rows) == _each_split_plain(rows)


_PROSE = [
    "Net sales were $1,234.5 million in 2024, up 12% from $1,100 million; 3.5 percent; $ 7 per share.",
    "Item 7A. 1,000,000 shares; 2,3 and 4.5.6; a-12; x12; 12a; US$5; $$9; $ 1.25 per diluted share; 10-K.",
    "(1) 2023: 45, 67 and 890 thousand; 1.0 billion; 0.5%; 1,23; 12,345,678.90; $-5; /7; .8; 9.",
    "", "no figures at all", "$", "1", "\u00a0$\u00a012 million \u2014 13%",
]


@pytest.mark.parametrize("text", _PROSE)
def test_prose_numbers_found_from_their_first_character_are_the_patterns_own(text: str) -> None:
    plain = re.compile(narrative._NUMBER.pattern.removeprefix("(?=[$\\d])"), re.I)
    assert plain.pattern != narrative._NUMBER.pattern
    assert [(m.span(), m.groupdict()) for m in narrative._NUMBER.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_prose_numbers_found_by_patterns_opening_with_their_first_character_are_the_pattern_s() -> None:
    rng = random.Random(7)
    pieces = ["$", "$ ", " ", "1", "23", "4,567", "12.5", ",", ".", "%", "-", "/", "a", "x", "\u00a0", " million",
              " percent", "\u0663"]
    texts = [*_PROSE, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(5000))]
    for text in texts:
        assert set(narrative._numbers(text)) == {(num, mult, pct) for _, num, mult, pct in
                                                 narrative._NUMBER.findall(text)}, text


# ---------------------------------------------------------------- the auditor, read on from the cover

_ROWS = (
    "<table><tr><td>Net revenues</td><td>$</td><td>1,234</td></tr>"
    "<tr><td>&nbsp;</td><td>\u200b</td></tr><tr><td></td></tr>"
    "<tr><td style='DISPLAY: None'>Hidden cell</td></tr><tr><td><span style='display:none'>x</span></td></tr>"
    "<tr><td><script>var x = 1;</script></td><td>&nbsp;</td></tr><tr><td><SCRIPT>y</SCRIPT>Kept</td></tr>"
    "<tr><th>Heading</th><td><b>12</b>,<i>345</i></td></tr><tr>stray text<td></td></tr>"
    "<tr><td><!-- note --></td><td>a<br>b</td></tr></table>"
)
_SIGNED = [
    # a signature in a row, its city in the next row (a row no auditor word is in)
    "<table><tr><td>/s/ Grant Thornton LLP</td></tr><tr><td>Chicago, Illinois</td></tr></table>",
    # a signature printed as an image: the firm's name alone in a row, "auditor since" two rows down
    "<table><tr><td>KPMG LLP</td></tr><tr><td>Total</td><td>5</td></tr></table>"
    "<p>We have served as the Company's auditor since 1990.</p><table><tr><td>Boston, Massachusetts</td></tr></table>",
    "<p>Our independent registered public accounting firm is Crowe LLP, Chicago, Illinois.</p>",
    "<table><tr><td>Auditor Name:</td><td>Moss Adams LLP</td><td>Auditor Location:</td><td>Seattle, Washington</td>"
    "<td>Auditor Firm ID:</td><td>659</td></tr></table>",
    "<table><tr><td>/s/ A<span style='display:none'>x</span>BC CPAs</td></tr><tr><td>&nbsp;</td></tr>"
    "<tr><td>Denver, Colorado</td></tr><tr><td>PCAOB ID 123</td></tr></table>",
]


@pytest.mark.parametrize("signed", _SIGNED)
@pytest.mark.parametrize("before", [0, 1, 3])
def test_auditor_read_on_past_rows_that_cannot_name_one_is_what_every_line_gives(signed: str, before: int) -> None:
    from exporter.understand.cover_page import may_name_auditor, read_auditor

    markup = f"<html><body><p>FORM 10-K</p>{_ROWS * before}{signed}{_ROWS * 2}</body></html>"
    whole = HtmlLines(markup).upto(None)
    walk = HtmlLines(markup)
    walk.upto(20)
    facts = read_auditor(walk.read_on(may_name_auditor))
    assert facts == read_auditor(whole) and facts
    walk = HtmlLines(markup)
    on = walk.read_on(may_name_auditor)
    assert len(on) == len(whole)  # a row waits with its line made later, or makes none
    assert walk._waiting  # rows waited
    assert on[-1] == whole[-1] and list(on[2:7]) == whole[2:7] and list(on) == whole
    assert walk.upto(None) == whole


def test_the_auditor_words_are_those_its_patterns_need() -> None:
    from exporter.understand.cover_page import fields, may_name_auditor

    a = fields()["auditor"]
    assert set(a["mentions"]) <= set(a["heard"])
    for line in ("/s/ X", "Y L.L.P.", "Z P.C.", "W Ltd", "V CPAs", "U LLC", "T LLP", "accounting firm is",
                 "PCAOB", "Aud\u0130tor", "auditor since"):
        assert may_name_auditor(line)
    assert not may_name_auditor("Net revenues | $ | 1,234")


def test_section_anchors_made_once_are_those_made_for_each_line() -> None:
    from exporter.map import features

    zones = features._ZONE_ANCHORS
    for key in zones:
        cf = key in features._CF_KEYS
        others = {a for k, v in zones.items() if k != key and (k in features._CF_KEYS) == cf for a in v}
        others -= set(zones[key])  # a section's own anchors (total assets for noncurrent assets) are not others
        assert features._OTHER_ANCHORS[key] == others
        assert features._ANCHOR_SETS[key] == set(zones[key])
        for anc in (frozenset(), frozenset(zones[key][:1]), frozenset(others), frozenset({"Cash"})):
            for concept in ("Cash", *sorted(others)[:1]):
                plain = bool((anc | {concept}) & others)
                assert (concept in features._OTHER_ANCHORS[key] or not features._OTHER_ANCHORS[key].isdisjoint(anc)) \
                    == plain
                assert (not features._ANCHOR_SETS[key].isdisjoint(anc)) == bool(anc & set(zones[key]))


def test_the_nearest_sum_is_worked_out_for_the_index_asked() -> None:
    """The nearest total us-gaap sums a line's printed parts into is kept per index: the same parts
    asked of another index (one per fold of a cross-validation) are worked out from that index's
    calculation tree, not taken from the first's."""
    from exporter.map import features
    from exporter.map.mapping import Index

    parts = frozenset({"SnippetPartOne", "SnippetPartTwo"})

    def tree(total: str) -> Index:
        return Index(concepts={}, parents={p: frozenset({total}) for p in parts},
                     ancestors={p: frozenset({total}) for p in parts})

    first, second = tree("SnippetTotalFirst"), tree("SnippetTotalSecond")
    assert features._nearest_sum(parts, first) == {"SnippetTotalFirst"}
    assert features._nearest_sum(parts, second) == {"SnippetTotalSecond"}
    assert features._nearest_sum(parts, first) == features._nearest_sum_of(parts, first)
    assert vars(first)["_nearest_sums"].cache_info().maxsize == features.NEAREST_SUMS_KEPT


def _plain_prior_features(line: LineQuery, concept: str, idx: Index) -> dict[str, float]:
    """scoring._prior_features as it read before the concept's use was kept on the index."""
    feats: dict[str, float] = {}
    if idx.usage.get(concept):
        feats["usage_prior"] = math.log1p(idx.usage[concept])
    if idx.usage_in.get((concept, line.statement)):
        feats["statement_usage"] = math.log1p(idx.usage_in[(concept, line.statement)])
    shown = idx.concepts[concept].statements | idx.concepts[scoring._whole(concept, line, idx)].statements
    if line.statement not in shown and not (scoring._COMPREHENSIVE in line.zone and StatementKind.CI in shown):
        feats["not_in_statement"] = 1.0
    if mapping.concept_industry(concept) in line.industry:
        feats["industry_own"] = 1.0
    elif mapping.concept_industry(concept):
        feats["industry_concept"] = 1.0
    if mapping.nci_total(concept) and not line.nci:
        feats["nci_total_no_nci"] = 1.0
    elif mapping.nci_total(concept) and line.statement != StatementKind.BS:
        feats["nci_total_nci_shown"] = 1.0
    return feats


_RANKED_LINES = [
    LineQuery("is", "Net income", nci=nci, industry=industry, zone=zone)
    for nci in (False, True) for industry in (frozenset(), frozenset({"bank"}), frozenset({"insurance"}))
    for zone in (frozenset(), frozenset({scoring._COMPREHENSIVE}))
] + [LineQuery("bs", "Total equity", nci=True), LineQuery("cf", "Interest paid"),
     LineQuery("cf", "Net income", nci=True), LineQuery("cf", "Net income"),
     LineQuery("bs", "Loans receivable", industry=frozenset({"bank"}))]
_RANKED_CONCEPTS = ("NetIncomeLoss", "ProfitLoss", "StockholdersEquity",
                    "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "InterestPaidNet",
                    "LoansAndLeasesReceivableNetReportedAmount", "PremiumsEarnedNet", "ComprehensiveIncomeNetOfTax",
                    "OtherComprehensiveIncomeLossNetOfTax", "Revenues")


def test_a_concepts_use_kept_on_the_index_gives_the_plain_prior_features() -> None:
    idx = mapping.index()
    for _ in range(2):  # worked out, then kept
        for line in _RANKED_LINES:
            for concept in _RANKED_CONCEPTS:
                assert list(scoring._prior_features(line, concept, idx).items()) \
                    == list(_plain_prior_features(line, concept, idx).items()), (line, concept)


def test_evidence_read_from_the_index_rows_is_what_the_entries_say() -> None:
    idx = mapping.index()
    rows = label_scan.index_rows(idx)
    for line in _RANKED_LINES:
        for where in (0, 1, len(rows) // 2, len(rows) - 1):
            feats, _ = scoring._evidence_features(line, "Revenues", where, rows, {}, 0, {}, 0, Counter())
            e = idx.entries[where]
            plain = {**({"name_only": 1.0} if e.count == 0 else {}),
                     **({"other_statement": 1.0} if e.statement != line.statement else {})}
            assert list(feats.items()) == list(plain.items())
    assert any(idx.entries[i].count == 0 for i in range(len(rows)))  # both kinds of entry are there


def test_a_concept_s_statements_read_from_its_row_are_its_record_s() -> None:
    table = mapping.index().concepts
    assert isinstance(table, taxonomy_map.ConceptTable)
    names = list(table.rows)
    assert any(table.statements(name) for name in names)
    for name in names[::7]:
        assert table.statements(name) == table[name].statements, name
