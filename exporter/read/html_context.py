"""The text around an HTML table: the short blocks above it (its title) and below it (its notes),
walking away from it through the document until a limit, a rule or another table; a small table of
words alone above it (a page's running head) is read as text."""

from __future__ import annotations

import re

from lxml.etree import _Element as Element

import taxonomy_map
from exporter.read.css_grid import grid_columns
from exporter.read.html_text import (
    BLOCK,
    BREAK,
    SUP_CLOSE,
    SUP_OPEN,
    iter_own_rows,
    own_cells,
    own_rows,
    prints,
    raw_text,
    squash,
    tag_name,
)

# a running head's row prints at most this many characters (taxonomy_map/reader_thresholds.csv)
HEADING_CHARS = int(taxonomy_map.reader_thresholds()["running_head_chars"])
# a block that is page furniture: "Table of Contents", a page number (taxonomy_map/reader_words.csv title_word
# page_furniture)
_FURNITURE = re.compile(taxonomy_map.reader_words()["title_word"]["page_furniture"], re.I)


class _Lines:
    """Short block texts gathered walking away from a table, up to a limit."""

    def __init__(self, limit: int, backward: bool) -> None:
        self.limit = limit
        self.backward = backward
        self.items: list[str] = []
        self.budget = 300  # elements visited at most
        self.done = False

    def add(self, raw: str) -> None:
        parts = raw.split(BREAK)
        for part in reversed(parts) if self.backward else parts:
            text = squash(part.replace(SUP_OPEN, "").replace(SUP_CLOSE, ""))
            if not text or _FURNITURE.match(text) or self.done:
                continue
            if len(text) > 200:
                self.items.append(_last_sentences(text, 300))
                self.done = True
                return
            self.items.append(text)
            if len(self.items) >= self.limit:
                self.done = True
                return


def _last_sentences(text: str, limit: int) -> str:
    """The end of a paragraph, cut at a sentence start: what introduces the table."""
    if len(text) <= limit:
        return text
    tail = text[-limit:]
    m = re.search(r"[.;:]\s+(?=[A-Z(])", tail)
    return tail[m.end() :] if m else tail


def _visit(el: Element, acc: _Lines, backward: bool) -> None:
    """Add the texts of ``el`` (walking backward or forward); stop at a table."""
    acc.budget -= 1
    if acc.budget <= 0:
        acc.done = True
    tag = tag_name(el)
    if acc.done or tag == "":
        return
    if tag == "table" and running_head(el):
        for tr in reversed(own_rows(el)) if backward else own_rows(el):
            acc.add(raw_text(tr))
        return
    if tag == "table" or tag == "hr" and acc.items or tag == "div" and grid_columns(el) > 1:
        acc.done = True
        return
    kids = [c for c in el if tag_name(c)]
    if not any(tag_name(k) in BLOCK for k in kids):
        acc.add(raw_text(el))
        return
    parts: list[tuple[str, Element | None]] = [(el.text or "", None)]
    for k in kids:
        parts.append(("", k))
        parts.append((k.tail or "", None))
    for text, kid in reversed(parts) if backward else parts:
        if acc.done:
            return
        if kid is None:
            acc.add(text)
        else:
            _visit(kid, acc, backward)


# a table of at most this many rows of words and no numbers is page furniture (taxonomy_map/reader_thresholds.csv)
RUNNING_HEAD_ROWS = int(taxonomy_map.reader_thresholds()["running_head_rows"])


def running_head(table: Element) -> bool:
    """A small table of words alone: a page's running head ("AT&T Inc." over "Dollars in millions
    except per share amounts") or a statement's title block laid out as a table; its text belongs
    to the title of what follows. Not an index of statements: no row ends in a page number."""
    rows = []
    for r in iter_own_rows(table):
        if prints(r):
            rows.append(r)
            if len(rows) > RUNNING_HEAD_ROWS:
                return False  # a long table: the rest of its rows need not be read
    if not rows or table.find(".//table") is not None:
        return False
    for tr in rows:
        cells = [squash(raw_text(c)) for c in own_cells(tr)]
        cells = [c for c in cells if c]
        text = " ".join(cells)
        if len(text) > HEADING_CHARS or re.search(r"\d[\d,]{2,}|\.{4,}", text) or (
                len(cells) > 1 and re.fullmatch(r"\d{1,3}|[ivx]{1,5}|F-\d+", cells[-1], re.I)):
            return False
    return True


def nearby_lines(table: Element, backward: bool, limit: int) -> list[str]:
    """The short blocks of text above (``backward``) or below an element, nearest last (above) or
    first (below), at most ``limit``: its title or notes."""
    acc = _Lines(limit, backward)
    node: Element | None = table
    while node is not None and not acc.done:
        if not backward:
            acc.add(node.tail or "")
        parent = node.getparent()
        if tag_name(node) not in ("td", "th"):
            for sib in node.itersiblings(preceding=backward):
                if acc.done:
                    break
                if backward:
                    acc.add(sib.tail or "")
                _visit(sib, acc, backward)
                if not backward and not acc.done:
                    acc.add(sib.tail or "")
        if parent is None or tag_name(parent) in ("body", "html"):
            break
        if backward and not acc.done and tag_name(parent) not in ("td", "th", "tr"):
            acc.add(parent.text or "")
        node = parent
    return list(reversed(acc.items)) if backward else acc.items
