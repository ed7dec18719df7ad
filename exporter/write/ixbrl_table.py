"""A parsed table (:class:`~exporter.write.table_view.ShownTable`) as an XHTML table, its numbers
tagged where they are facts.

One column for the labels, one per value column (period); header rows from the table's
column headers (a phrase shared by neighbouring columns, "Three Months Ended", becomes a
spanning row above them); labels indented as printed (``Row.indent``); heading rows have
no values; ruled totals get a top border (``Row.rule_above``), double-ruled ones a double
bottom border. Works the same for text and HTML sources: it reads only the table model.
"""

from __future__ import annotations

import re

from exporter.write.ixbrl_tags import Element, Tagger, el
from exporter.write.table_view import ShownRow, ShownTable

_DOUBLE_RULE = re.compile(r"^[\s=]*={3,}[\s=]*$")
_TAGS = re.compile(r"</?(S|C|CAPTION|FN|F\d+|PAGE)>", re.I)


def _header_rows(headers: list[str]) -> list[list[tuple[str, int]]]:
    """Header rows as (text, colspan) lists: shared leading phrases become a spanning row."""
    words = [h.split() for h in headers]

    def shared(a: list[str], b: list[str]) -> int:
        n = 0
        while n < min(len(a), len(b)) - 1 and a[n] == b[n]:
            n += 1
        return n

    keep = []
    for i, w in enumerate(words):
        k = 0
        if i > 0:
            k = max(k, shared(w, words[i - 1]))
        if i + 1 < len(words):
            k = max(k, shared(w, words[i + 1]))
        keep.append(k)
    groups = [" ".join(w[:k]) for w, k in zip(words, keep, strict=True)]
    own = [" ".join(w[k:]) for w, k in zip(words, keep, strict=True)]
    rows: list[list[tuple[str, int]]] = []
    if any(groups):
        merged: list[tuple[str, int]] = []
        for g in groups:
            if merged and merged[-1][0] == g and g:
                merged[-1] = (g, merged[-1][1] + 1)
            else:
                merged.append((g, 1))
        rows.append(merged)
    if any(own):
        rows.append([(o, 1) for o in own])
    return rows


def _double_ruled(row: ShownRow, lines: list[str], next_line: int) -> bool:
    """True when an ``=====`` line follows the row before the next row starts."""
    last = max([row.line] + [c.line for c in row.cells if c is not None])
    for ln in range(last + 1, min(next_line, last + 3)):
        text = lines[ln - 1] if 0 < ln <= len(lines) else ""
        if _DOUBLE_RULE.match(text):
            return True
        if text.strip():
            return False
    return False


def _label_lines(table: ShownTable, lines: list[str]) -> list[str]:
    """Label-only lines of a text table's header area ("ASSETS"): text left of every value."""
    starts = [c.start for r in table.rows for c in r.cells if c is not None]
    if not starts or not table.rows or table.document.kind != "text":
        return []
    left = min(starts) - 2
    out = []
    for ln in range(table.first_line + 1, table.rows[0].line):
        text = _TAGS.sub("", lines[ln - 1]) if 0 < ln <= len(lines) else ""
        if text.strip() and len(text.rstrip()) <= left and not re.fullmatch(r"[\s\-=_]+", text):
            out.append(text.strip())
    return out


def render_table(parent: Element, table: ShownTable, tagger: Tagger,
                 lines: list[str] | None = None) -> Element:
    """Append ``table`` to ``parent`` as ``<table class="fin">``; ``lines`` = the document's lines."""
    src = lines or []
    ncols = table.ncols or max((len(r.cells) for r in table.rows), default=0)
    tab = el(parent, "table", class_="fin")
    headers = ([*table.headers] + [""] * ncols)[:ncols]
    head_rows = _header_rows(headers)
    if head_rows:
        thead = el(tab, "thead")
        for hr in head_rows:
            tr = el(thead, "tr")
            el(tr, "th", class_="l")
            for text, span in hr:
                attrs = {"colspan": str(span)} if span > 1 else {}
                el(tr, "th", text, **attrs)
    body = el(tab, "tbody")
    for text in _label_lines(table, src):
        tr = el(body, "tr")
        el(tr, "td", text, class_="l", style="text-align:center", colspan=str(ncols + 1))

    def nxt(i: int) -> int:
        return table.rows[i + 1].line if i + 1 < len(table.rows) else table.last_line

    for i, row in enumerate(table.rows):
        tr = el(body, "tr")
        indent = min(row.indent, 24) if row.label.strip() else 0
        label = el(tr, "td", class_="l", style=f"padding-left:{0.5 + indent * 0.5:g}em")
        tagger.label(label, table, row.index, row.label)
        double = bool(src) and not row.is_heading and _double_ruled(row, src, nxt(i))
        for col in range(ncols):
            cell = row.cells[col] if col < len(row.cells) else None
            styles = []
            if row.rule_above and not row.is_heading:
                styles.append("border-top:1px solid #000")
            if double:
                styles.append("border-bottom:3px double #000")
            td = el(tr, "td", class_="n", **({"style": ";".join(styles)} if styles else {}))
            fact = tagger.cell_fact(table, row.index, col)
            if cell is not None:
                tagger.cell(td, fact, cell.text.strip())
            elif fact is not None:  # a column read apart from the periods' (a share of sales): as printed
                tagger.cell(td, fact, fact.raw.strip())
    return tab
