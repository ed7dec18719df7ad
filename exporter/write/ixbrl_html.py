"""An HTML document as clean XHTML: its text blocks and its tables, statements tagged.

For now a simpler rendering than the source: every block element that holds text
(``p``, ``div``, headings, list items, ...) becomes a ``<p>`` of its text (prose-tagged
like text documents), every ``<table>`` a clean table. A statement's table is matched
to its ``<table>`` element by source line (``Table.first_line`` is the element's
``sourceline``, see ``html_tables``) and rendered from the table model with its facts
tagged; other tables keep their cell texts. Styles, images and links are dropped.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from functools import lru_cache

from lxml import etree

from exporter.read.css_grid import table_elements
from exporter.read.documents import ParsedDocument
from exporter.read.html_tree import parse_html, text_content
from exporter.read.pre_tables import pre_elements
from exporter.understand.records import Statement
from exporter.write.ixbrl_table import render_table
from exporter.write.ixbrl_tags import XHTML, Element, Tagger, add_text, el, h
from exporter.write.ixbrl_text import PAGE_BREAK, clean, prose
from exporter.write.markup import escape, parse
from exporter.write.table_view import ShownTable

_BLOCKS = frozenset([
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "pre", "blockquote", "dt", "dd", "td",
    "th", "caption",
])
_CONTAINERS = _BLOCKS | {"table"}
_SKIP = frozenset(["script", "style", "head", "title"])
_CODE = ("script", "style", "template")  # content that is code or inert, never display text
_STRING = text_content  # text content, as lxml.html's text_content() reads it
_TR, _TD = h("tr"), h("td")
_LABEL, _FIGURE = {"class": "l"}, {"class": "n"}  # a plain table's first cell, and the others


def _content(node: etree._Element) -> str:
    if len(node) == 0:  # a leaf: its text is its text content
        return node.text or ""
    return _STRING(node)


def _text(node: etree._Element) -> str:
    """:func:`_content` with whitespace runs as one space, none at the ends."""
    if len(node) == 0:
        raw = node.text
        if not raw:
            return ""
    else:
        raw = _STRING(node)
    return _squashed(raw)


@lru_cache(maxsize=16384)
def _squashed(raw: str) -> str:
    """``raw`` safe for XML, whitespace runs as one space, none at the ends (worked out once per
    text: a 10-K's table cells print a few thousand distinct texts, "$" and figures among them)."""
    return " ".join(clean(raw).split())


def _plain_table(parent: Element, node: etree._Element, tagger: Tagger) -> None:
    # (the HTML parser gives every tag in lower case)
    rows = [[_text(c) for c in tr.iterchildren("td", "th")] for tr in node.iter("tr")]
    rows = [[c for c in r if c] for r in rows if any(r)]
    if not rows:
        return
    # cover facts are looked for in the whole row ("Large accelerated filer | ☒"), tagged in their cell
    if not any(tagger.dei_finder.find(" | ".join(cells), tagger.dei_shown) for cells in rows):
        parent.append(_parsed_table(rows))  # (most tables: no cover fact in any row)
        return
    tab = el(parent, "table", class_="fin")
    body = el(tab, "tbody")
    for cells in rows:
        tr = etree.SubElement(body, _TR)
        shown = tagger.dei_finder.find(" | ".join(cells), tagger.dei_shown)
        at = 0
        for k, text in enumerate(cells):
            td = etree.SubElement(tr, _TD, _LABEL if k == 0 else _FIGURE)
            if not shown:  # no cover fact in the row
                td.text = text  # (a cell's text is never empty)
                continue
            pos = 0
            for s in sorted((s for s in shown if at <= s.start and s.end <= at + len(text)), key=lambda s: s.start):
                if s.fact.name in tagger.dei_shown or s.start - at < pos:
                    continue
                add_text(td, text[pos:s.start - at])
                tagger.dei(td, s.fact, text[s.start - at:s.end - at], s.format)
                pos = s.end - at
            add_text(td, text[pos:])
            at += len(text) + 3


def _parsed_table(rows: list[list[str]]) -> Element:
    """``<table class="fin">`` of the plain cell texts ``rows`` (the first cell of a row a label, the
    others figures), made by parsing its markup: one parse in C, where making it element by element
    costs lxml a name and an attribute check per cell (a 10-K's plain tables have thousands). Its
    namespace is the document's: lxml drops the declaration when it is appended."""
    markup = [f'<table xmlns="{XHTML}" class="fin"><tbody>']
    for cells in rows:
        markup.append(f'<tr><td class="l">{escape(cells[0])}</td>')
        markup.extend(f'<td class="n">{escape(text)}</td>' for text in cells[1:])
        markup.append("</tr>")
    markup.append("</tbody></table>")
    return parse("".join(markup))


def _holds_blocks(node: etree._Element) -> bool:
    if len(node) == 0:  # (most inline markup: a leaf)
        return False
    for d in node.iterdescendants():
        tag = d.tag
        if isinstance(tag, str) and tag.lower() in _CONTAINERS:
            return True
    return False


def _parts(node: etree._Element) -> Iterator[etree._Element | str]:
    """The children of ``node`` to walk, with the text between them: a child that is or holds a
    block (or a table) as itself; the text runs of ``node`` and of its inline children (``span``,
    ``a``, ``b``...) between such blocks as strings (``<div>The report (PCAOB ID:42)<table>``).
    Elements never shown (``script``, ``style``...) are left out."""
    run: list[str] = [node.text or ""]

    def flush() -> Iterator[str]:
        text = " ".join(clean("".join(run)).split())  # (whitespace runs as one space, as r"\s+" reads them)
        run.clear()
        if text:
            yield text

    for child in node:
        if isinstance(child.tag, str) and child.tag.lower() not in _SKIP:
            tag = child.tag.lower()
            if tag in _CONTAINERS or tag == "hr" or _holds_blocks(child):
                yield from flush()
                yield child
            else:
                run.append(_content(child))
        run.append(child.tail or "")
    yield from flush()


def render_html_document(parent: Element, parsed: ParsedDocument, statements: list[Statement],
                         tagger: Tagger) -> None:
    """Append the HTML document ``parsed`` to ``parent``, statement tables tagged."""
    doc = parsed.document
    # the reader's tree (parsed once for reading, the cover and this writer), else a parse of its own
    root = parsed.root if parsed.root is not None else parse_html(doc.text)
    if root is None:
        el(parent, "pre", clean(doc.text))
        return
    if next(root.iter(*_CODE), None) is not None:
        # code is never shown: the text content would read a script inside a paragraph as its prose;
        # it is stripped from a copy, the shared tree stays as the readers read it
        root = copy.deepcopy(root)
        all_tables = list(table_elements(root))
        etree.strip_elements(root, *_CODE, with_tail=False)
    else:  # kept alive: lxml then hands back the same element objects
        all_tables = list(parsed.layout) if root is parsed.root and parsed.layout else list(table_elements(root))
    ordinal = {t: n for n, t in enumerate(all_tables)}
    # statement tables are found by the ordinal of their <table> element: the same parse as
    # html_tables, so the same order (source lines are useless in one-line documents)
    by_position: dict[int, list[ShownTable]] = {}  # a <table> may print two statements side by side
    covered: set[int] = set()  # the one-line tables after the first of a statement set one line a table
    for st in statements:
        if (st.table.document is doc or st.table.document == doc) and st.table.position >= 0:
            by_position.setdefault(st.table.position, []).append(st.table)
            covered.update(range(st.table.position + 1, st.table.through + 1))

    # statements printed as preformatted text, by the ordinal of their <pre> block (pre_tables)
    in_block: dict[int, list[ShownTable]] = {}
    for st in statements:
        if (st.table.document is doc or st.table.document == doc) and st.table.block >= 0:
            in_block.setdefault(st.table.block, []).append(st.table)
    blocks = {b: n for n, b in enumerate(pre_elements(root))} if in_block else {}
    done: set[int] = set()

    def block_with_tables(node: etree._Element, tables: list[ShownTable]) -> None:
        """A ``<pre>`` block printing statements: its text around them as paragraphs, each statement
        rendered from its table, tagged."""
        lines = _STRING(node).split("\n")
        base = (node.sourceline or 1) - 1
        at = 0
        for table in sorted(tables, key=lambda t: t.first_line):
            start = max(at, table.first_line - base - 1)
            for para in re.split(r"\n\s*\n", "\n".join(lines[at:start])):
                if para.strip():
                    prose(el(parent, "p"), " ".join(clean(para).split()), tagger)
            done.add(id(table))
            render_table(parent, table, tagger)
            at = max(start, table.last_line - base)
        for para in re.split(r"\n\s*\n", "\n".join(lines[at:])):
            if para.strip():
                prose(el(parent, "p"), " ".join(clean(para).split()), tagger)

    def walk(node: etree._Element) -> None:
        # depth-first with a stack of child iterators, not recursion: markup may nest thousands deep
        stack: list[Iterator[etree._Element | str]] = [_parts(node)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                continue
            if isinstance(child, str):  # text of a block that also holds blocks
                prose(el(parent, "p"), child, tagger)
                continue
            tag = child.tag.lower()
            if tag == "table" or child in ordinal:  # a <table>, or a CSS grid of <div>s laid out as one
                if ordinal.get(child, -1) in covered:
                    continue  # rendered with the statement it is a line of
                shown = [t for t in by_position.get(ordinal.get(child, -1), []) if id(t) not in done]
                if shown:
                    for table in shown:
                        done.add(id(table))
                        render_table(parent, table, tagger)
                    continue
                if tag == "table":
                    _plain_table(parent, child, tagger)
                    continue
            if tag == "pre" and blocks.get(child, -1) in in_block:
                block_with_tables(child, in_block[blocks[child]])
                continue
            if tag == "hr" and "page-break" in (child.get("style") or "").lower():
                el(parent, "hr", style=PAGE_BREAK)
                continue
            if tag in _BLOCKS and not _holds_blocks(child):
                text = _text(child)
                if text:
                    prose(el(parent, "p"), text, tagger)
            else:
                stack.append(_parts(child))

    body = root.find("body")
    walk(body if body is not None else root)
    for st in statements:  # a statement whose <table> was not found still shows its numbers
        if id(st.table) not in done and (st.table.document is doc or st.table.document == doc):
            render_table(parent, st.table, tagger)
