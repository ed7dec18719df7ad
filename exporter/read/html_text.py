"""The text and style of HTML elements as the table reader reads them: an element's display text
(``<br>`` and blocks as breaks, ``<sup>`` marked), whether it prints anything, a cell's text with and
without its superscripts, an inline style's left offset and rules, and a table's own rows and cells.
Shared by the table reader (:mod:`exporter.read.html_tables`) and the text around a table
(:mod:`exporter.read.html_context`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lxml.etree import _Element as Element

from exporter.read.html_tree import text_content

BLOCK = frozenset({
    "div", "p", "table", "center", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "blockquote", "hr", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "pre", "dl",
    "dt", "dd", "section", "article", "header", "footer", "form", "body", "html",
})


SUP_OPEN, SUP_CLOSE, BREAK = "\x01", "\x02", "\x03"  # marks in gathered text
_SUP_RE = re.compile("\x01[^\x02]*\x02?")
_LEN = re.compile(r"(-?\d*\.?\d+)\s*(pt|px|em|rem|in|cm|mm|%)?", re.I)
_DIGITS = re.compile(r"\d+")
MAX_SPAN = 100  # a larger colspan/rowspan is broken markup: clamp it
_PT_PER = {"pt": 1.0, "px": 0.75, "em": 10.0, "rem": 10.0, "in": 72.0, "cm": 28.35, "mm": 2.835}


@dataclass(frozen=True)
class Style:
    left: float  # padding-left + margin-left + text-indent, in points
    border_top: bool
    border_bottom: bool



def tag_name(el: Element) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def gather(el: Element, out: list[str], in_sup: bool = False) -> None:
    """Display text of ``el``: ``<br>`` and blocks as breaks, ``<sup>`` marked, no tables.

    Depth-first with an explicit stack (markup may nest thousands deep): an item is a child
    to open, with whether it sits in a ``<sup>``, or a string to emit once its children are done.
    """
    todo: list[tuple[Element, bool] | str] = [(c, in_sup) for c in reversed(list(el))]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        child, sup = item
        tag = tag_name(child)
        after = [child.tail] if child.tail else []
        inner: bool | None = None  # the in-sup state of its children, None: not descended
        if tag in ("", "script", "style", "template"):
            pass  # a comment or code, not display text (its tail is)
        elif tag in ("table", "br"):
            out.append(BREAK)
        elif tag == "sup" and not sup:
            out.append(SUP_OPEN)
            if child.text:
                out.append(child.text)
            after.insert(0, SUP_CLOSE)
            inner = True
        else:
            block = tag in BLOCK
            if block:
                out.append(BREAK)
            if child.text:
                out.append(child.text)
            if block:
                after.insert(0, BREAK)
            inner = sup
        todo.extend(reversed(after))
        if inner is not None:
            todo.extend((c, inner) for c in reversed(list(child)))


_MARKED = BLOCK | {"br", "sup", "table", "script", "style", "template"}
"""The elements :func:`gather` reads other than as plain text (a break, a mark, or nothing); the
HTML parser gives every tag in lower case."""


_STRING = text_content
"""Every text of an element in order, read in C at once: ``"".join(el.itertext())``."""


def raw_text(el: Element) -> str:
    if len(el) == 0:
        raw = el.text or ""
    elif _inline_only(el):
        raw = _STRING(el)  # inline markup alone: what gather reads is every text in order
    else:
        raw = _blocks_of_inline(el)
        if raw is None:
            out: list[str] = [el.text or ""]
            gather(el, out)
            raw = "".join(out)
    return raw.replace("\u200b", "").replace("\ufeff", "")


def _inline_only(el: Element) -> bool:
    """Is all markup below ``el`` read as plain text (none of :data:`_MARKED`)? (A loop: ``all()``
    over a generator costs a third more per cell.)"""
    for d in el.iterdescendants():  # noqa: SIM110
        if d.tag in _MARKED:
            return False
    return True


_PLAIN_BLOCKS = BLOCK - {"table"}


def _blocks_of_inline(el: Element) -> str | None:
    """What :func:`gather` reads of ``el`` when its children are blocks of inline markup alone or
    inline markup (a cell's ``<div><span>Cash</span></div>``): each block's text between breaks;
    None for other markup."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            return None
        if tag in _MARKED:
            if tag not in _PLAIN_BLOCKS:
                return None
            out.append(BREAK)
        if len(child) and not _inline_only(child):
            return None
        out.append(_STRING(child))
        if tag in _MARKED:
            out.append(BREAK)
        if child.tail:
            out.append(child.tail)
    return "".join(out)


def squash(text: str) -> str:
    return " ".join(text.split())


_SHOWN_MARKS = BLOCK | {"br", "sup"}
"""The children :func:`gather` writes a mark for (a break, a superscript's opening): a text that is
never blank."""


def prints(el: Element) -> bool:
    """``bool(squash(raw_text(el)))``: does ``el`` print anything, a mark included? An element with
    a block, a break or a superscript among its children does (a table row: its cells), whatever
    their text; the others are read."""
    for child in el:
        if child.tag in _SHOWN_MARKS:
            return True
    return bool(squash(raw_text(el)))


@lru_cache(maxsize=16384)
def texts_of(raw: str) -> tuple[str, str, int]:
    """(text, text without superscripts, leading non-breaking spaces) of a cell's gathered text
    (worked out once per text: a 10-K's cells print a few thousand texts, "$" and blanks among them)."""
    stripped = raw.lstrip(" \n\t\r" + SUP_OPEN)
    lead = 0
    for ch in stripped:
        if ch in "\u00a0\u2002\u2007":
            lead += 1
        elif ch == "\u2003":
            lead += 2
        elif ch not in " \n\t\r":
            break
    if SUP_OPEN in raw:
        text = squash(raw.replace(SUP_OPEN, " ").replace(SUP_CLOSE, " "))
        bare = squash(_SUP_RE.sub(" ", raw))
    else:
        text = bare = squash(raw)
    return text, bare, lead


@lru_cache(maxsize=8192)
def inline_style(style: str) -> Style:
    """Left offset (points) and top/bottom rules from an inline ``style`` attribute."""
    left = 0.0
    top = bottom = False
    for decl in style.split(";"):
        name, _, value = decl.partition(":")
        name = name.strip().lower()
        value = value.strip().lower()
        if not value:
            continue
        if name in ("padding-left", "margin-left", "text-indent"):
            left += _length(value)
        elif name in ("padding", "margin"):
            parts = value.split()
            if len(parts) in (2, 3):
                left += _length(parts[1])
            elif len(parts) == 4:
                left += _length(parts[3])
            elif len(parts) == 1:
                left += _length(parts[0])
        elif name in ("border-top", "border-top-style"):
            top = _ruled(value)
        elif name in ("border-bottom", "border-bottom-style"):
            bottom = _ruled(value)
    return Style(left, top, bottom)


def _length(value: str) -> float:
    m = _LEN.match(value.strip())
    if not m:
        return 0.0
    unit = (m.group(2) or "px").lower()
    if unit == "%":
        return 0.0
    return float(m.group(1)) * _PT_PER.get(unit, 0.75)


def _ruled(value: str) -> bool:
    return bool(re.search(r"solid|double", value)) and not re.match(r"0(\.0+)?(pt|px)?\s", value)


def style_of(el: Element) -> Style:
    return inline_style(el.get("style") or "")


def own_rows(table: Element) -> list[Element]:
    return list(iter_own_rows(table))


def iter_own_rows(table: Element) -> Iterator[Element]:
    """The rows of ``table`` itself (not of a table inside it), in order, read as they are asked for."""
    for tr in table.iter("tr"):
        up = tr.getparent()  # (most rows: in the table, or in its tbody; others: their nearest table)
        if up is table or (up is not None and up.tag != "table" and up.getparent() is table) \
                or next(tr.iterancestors("table"), None) is table:
            yield tr


def own_cells(tr: Element) -> list[Element]:
    cells = list(tr.iterchildren("td", "th"))  # (the HTML parser gives every tag in lower case)
    if cells or len(tr) == 0:
        return cells
    # broken markup: cells wrapped in <font> or the like
    return [c for c in tr.iter("td", "th") if next(c.iterancestors("tr"), None) is tr]


@lru_cache(maxsize=256)
def span_of(given: str) -> int:
    """A ``colspan``/``rowspan`` as given, clamped (worked out once per text: "2", "3" and a few more)."""
    if given.isascii() and given.isdigit():
        n = int(given)  # as printed mostly: "2"
    else:
        raw = given.strip() or "1"
        m = _DIGITS.match(raw)
        n = int(m.group()) if m else 1
    return min(max(n, 1), MAX_SPAN)
