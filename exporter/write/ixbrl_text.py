"""An EDGAR plain-text document as XHTML: paragraphs, headings, page breaks and tables.

The document's lines are read top to bottom:

- a line range that is a table (the tables the reader found; a statement's table carries its facts)
  becomes an XHTML table (:mod:`exporter.write.ixbrl_table`); a ``<TABLE>`` block no reader
  could grid becomes a ``<pre>`` of that block only;
- ``<PAGE>`` becomes a page break (``<hr style="page-break-after:always"/>``);
- blank lines separate blocks: a block with long lines is a paragraph, re-flowed into one
  ``<p>``; a block of short lines keeps its lines (``<br/>``), centered when the source
  centers it, bold when it reads as a heading (capitals or title case).

Prose is tagged by :func:`prose`: dei facts where the text shows them and the numbers
that repeat a statement fact (:mod:`exporter.write.ixbrl_narrative`).
"""

from __future__ import annotations

import re

from exporter.read.documents import ParsedDocument
from exporter.understand.records import Statement
from exporter.write.ixbrl_narrative import Repeat, Shown, find_repeats
from exporter.write.ixbrl_table import render_table
from exporter.write.ixbrl_tags import Element, Tagger, add_text, el
from exporter.write.table_view import ShownTable

PAGE_BREAK = "page-break-after:always"
_SGML = re.compile(r"^\s*</?(TEXT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|DOCUMENT)>", re.I)
_MARKUP = re.compile(r"</?(S|C|CAPTION|FN|F\d+|PAGE|TABLE)>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# tried on every line, compiled once
_TABLE_OPEN = re.compile(r"^\s*<TABLE\b", re.I)
_TABLE_CLOSE = re.compile(r"</TABLE>", re.I)
_PAGE_TAG = re.compile(r"<PAGE>", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'&.-]*")
LONG = 60  # a block with a line this long is prose


def clean(text: str) -> str:
    """Text safe for XML: no control characters."""
    return _CONTROL.sub(" ", text)


def prose(parent: Element, text: str, tagger: Tagger) -> None:
    """Append ``text`` to ``parent`` with its dei facts and fact repeats tagged."""
    model = tagger.model
    spans: list[tuple[int, int, Repeat | Shown]] = []
    for shown in tagger.dei_finder.find(text, tagger.dei_shown):
        spans.append((shown.start, shown.end, shown))
    for rep in find_repeats(text, model.facts, tagger.labels, model.calendar.year_end, tagger.by_value):
        spans.append((rep.start, rep.end, rep))
    spans.sort(key=lambda s: s[0])
    at = 0
    for start, end, what in spans:
        if start < at:
            continue  # overlapping: keep the first
        add_text(parent, text[at:start])
        shown_text = text[start:end]
        if isinstance(what, Shown) and what.fact.name not in tagger.dei_shown:
            tagger.dei(parent, what.fact, shown_text, what.format)
        elif isinstance(what, Repeat) and tagger.number(parent, what.fact, shown_text, scale=what.scale) is not None:
            pass
        else:
            add_text(parent, shown_text)
        at = end
    add_text(parent, text[at:])


def _is_heading(lines: list[str]) -> bool:
    words = [w for line in lines for w in _WORD.findall(line)]
    if not words or len(lines) > 4:
        return False
    letters = "".join(words)
    if letters.isupper():
        return True
    small = {"a", "an", "and", "the", "of", "for", "in", "on", "to", "at", "by", "or", "with"}
    capital = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capital / len(words) >= 0.8 and not lines[-1].rstrip().endswith((".", ","))


def _block(parent: Element, lines: list[str], tagger: Tagger) -> None:
    if not lines:
        return
    stripped = [" ".join(line.split()) for line in lines]
    longest = max(len(s) for s in stripped)
    if longest >= LONG and len(lines) > 1 or longest >= LONG + 10:
        p = el(parent, "p")
        prose(p, " ".join(stripped), tagger)
        return
    indents = [len(line) - len(line.lstrip()) for line in lines]
    centered = min(indents) >= 8
    styles = []
    if centered:
        styles.append("text-align:center")
    elif min(indents) >= 2:
        styles.append(f"padding-left:{min(indents) * 0.5:g}em")
    if _is_heading(stripped):
        styles.append("font-weight:bold")
    p = el(parent, "p", **({"style": ";".join(styles)} if styles else {}))
    for k, text in enumerate(stripped):
        if k:
            el(p, "br")
        prose(p, text, tagger)


def render_text_document(parent: Element, parsed: ParsedDocument, statements: list[Statement],
                         tagger: Tagger) -> None:
    """Append the whole text document ``parsed`` to ``parent``: the tables the reader found in it,
    a statement's table where it is one."""
    doc = parsed.document
    lines = clean(doc.text).split("\n")  # (no line end is a control character clean() replaces)
    tables: dict[int, ShownTable] = {t.first_line: t for t in parsed.tables}
    for st in statements:
        if st.table.document is doc or st.table.document == doc:
            tables[st.table.first_line] = st.table
    block: list[str] = []

    def flush() -> None:
        _block(parent, block, tagger)
        block.clear()

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        table = tables.get(i + 1)
        if table is not None and table.last_line >= i + 1:
            flush()
            render_table(parent, table, tagger, lines)
            i = table.last_line
            continue
        if _TABLE_OPEN.match(line):
            flush()
            j = i + 1
            while j < n and not _TABLE_CLOSE.search(lines[j]):
                j += 1
            text = "\n".join(_MARKUP.sub("", x).rstrip() for x in lines[i + 1 : j]).strip("\n")
            if text.strip():
                el(parent, "pre", text)
            i = j + 1
            continue
        if _PAGE_TAG.search(line):
            flush()
            el(parent, "hr", style=PAGE_BREAK)
            i += 1
            continue
        shown = _MARKUP.sub("", line)
        if _SGML.match(line) or not shown.strip():
            flush()
            i += 1
            continue
        block.append(shown)
        i += 1
    flush()
