"""The shortcuts taken for speed give what the plain definitions give.

Each test states the plain definition (as the code read before the shortcut) and checks the
fast path against it on synthetic input: the outputs must not move when an export gets faster.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree
from lxml import html as lxml_html

from exporter.model import DeiFact
from exporter.read import html_tables
from exporter.understand.cover_text import HtmlLines, html_lines
from exporter.write import ixbrl_narrative as narrative

_PAGE = (
    "<html><body><div style='margin-left:10pt'>Consolidated <b>Balance</b> Sheets<br/>"
    "<sup>(1)</sup></div><!-- a comment --><script>var x = 1;</script>"
    "<table><tr><td>Cash</td><td>$</td><td>1,234</td></tr>"
    "<tr><td colspan='2x'>Total</td><td>(5)</td></tr></table>&nbsp;&amp; after</body></html>"
)


def test_etree_parser_builds_the_tree_lxml_html_builds() -> None:
    ours = html_tables._parse(_PAGE)
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


def test_a_long_table_is_not_a_running_head_and_a_short_title_table_is() -> None:
    rows = "".join(f"<tr><td>Line {n}</td></tr>" for n in range(40))
    long = html_tables._parse(f"<table>{rows}</table>")
    short = html_tables._parse("<table><tr><td>AT&amp;T Inc.</td></tr><tr><td>Dollars in millions</td></tr></table>")
    assert long is not None and short is not None
    assert not html_tables._running_head(long.find(".//table"))
    assert html_tables._running_head(short.find(".//table"))


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
