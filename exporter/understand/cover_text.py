"""The text of a document's first pages as lines a cover reader can search.

An HTML cover is a stack of tables and paragraphs: the registrant's name above
"(Exact name of registrant as specified in its charter)", the state and tax id in one
row above their captions. :func:`cover_lines` flattens it into lines: one per block,
one per table row with its non-empty cells joined by ``" | "``, so a caption row and
the row above it keep their cells in the same order. Plain text is split into lines.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import overload

from lxml import etree

from exporter.read.html_tree import parse_html, text_content

CELL = " | "
_BLOCKS = frozenset([
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "pre", "blockquote", "dt", "dd",
    "br", "hr", "table", "caption", "ul", "ol", "section", "article", "body",
])
_SKIP = frozenset(["script", "style", "head", "title", "template"])
_SPACE = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b]+")


def _norm(text: str) -> str:
    text = text.replace("\n", " ")
    if text.isascii() and "  " not in text and "\t" not in text:  # (nothing for _SPACE to fold)
        return text.strip()
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _hidden(name: str, node: etree._Element) -> bool:
    """Is ``node`` (its local tag name ``name``) kept from view: a page ``<header>`` or ``display:none``?"""
    return name == "header" or ((style := node.get("style")) is not None and _hides(style))


@lru_cache(maxsize=8192)
def _hides(style: str) -> bool:
    return "display:none" in style.replace(" ", "").lower()


_STRING = text_content  # an element's text, every piece of it at once


def _leaves_out(node: etree._Element) -> bool:
    """Does the walk leave out ``node`` or markup below it with its text (:data:`_SKIP`, :func:`_hidden`)?"""
    for el in node.iter():  # (a loop: any() over a generator costs more per element)
        tag = el.tag
        if isinstance(tag, str) and ((name := _local_name(tag)) in _SKIP or _hidden(name, el)):
            return True
    return False


def _blank(text: str) -> bool:
    """Does ``text`` come to nothing once its spaces are collapsed (:func:`_norm`)?"""
    kept = text.strip()
    return not kept or ("\u200b" in kept and not _SPACE.sub("", kept).strip())


def _quiet_row(tr: etree._Element, may_hold: Callable[[str], bool]) -> bool | None:
    """A table row that ``may_hold`` says cannot hold what a reader looks for: does it make a line?
    None when it may hold it, or when its first cell with text has markup the walk leaves out (the
    line is made then, to know).

    Its text, every piece at once (``string()``), holds every piece of its line; a cell with text
    and nothing left out below it has text in the line."""
    text = _STRING(tr)
    if may_hold(text):
        return None
    if _blank(text):  # (a spacer row: every cell's text is a piece of it, blank too)
        return False
    for c in tr:
        tag = c.tag
        if isinstance(tag, str) and _local_name(tag) in ("td", "th") and not _blank(_STRING(c)):
            return None if _leaves_out(c) else True
    return False


def _row_cells(tr: etree._Element) -> list[str]:
    cells = []
    for c in tr:
        tag = c.tag
        if isinstance(tag, str) and (name := _local_name(tag)) in ("td", "th") and not _hidden(name, c):
            if len(c) == 0:  # text alone: its one piece
                cells.append(_norm(c.text) if c.text else "")
            else:
                cells.append(_norm(" ".join(_texts(c))))
    return [c for c in cells if c]


def _texts(node: etree._Element) -> list[str]:
    """The display text of ``node`` (hidden parts and code left out), in pieces: its text, then each
    child's pieces (a space first for a line break, a paragraph or a div) and tail.

    Depth-first with an explicit stack (markup may nest thousands deep): an item is an element to
    open or a piece of text."""
    out: list[str] = []
    todo: list[etree._Element | str] = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        if text := item.text:
            out.append(text)
        if not len(item):
            continue
        after: list[etree._Element | str] = []
        for child in item:
            tag = child.tag
            if isinstance(tag, str) and (name := _local_name(tag)) not in _SKIP and not _hidden(name, child):
                if name in ("br", "p", "div"):
                    after.append(" ")
                after.append(child)
            if tail := child.tail:
                after.append(tail)
        todo.extend(reversed(after))
    return out


def html_lines(markup: str, limit: int | None = None) -> list[str]:
    """The lines of an HTML document (at most ``limit`` characters of them, if given)."""
    return HtmlLines(markup).upto(limit)


class HtmlLines:
    """The lines of an HTML document read in order, parsed once: :meth:`upto` a limit, then on.

    ``HtmlLines(m).upto(n)`` is ``html_lines(m, n)``; a later ``upto(None)`` on the same object
    goes on from there and gives ``html_lines(m)``, without parsing or walking the start again;
    :meth:`read_on` gives the same lines walked only as far as a reader reads them."""

    def __init__(self, markup: str, root: etree._Element | None = None) -> None:
        """``root``: the markup's tree if it is parsed already (:func:`parse_html`); it is only read."""
        self.lines: list[str] = []
        self._current: list[str] = []
        self._size = 0
        self._markup = markup
        # None: markup that does not parse, read as text
        self._root: etree._Element | None = root if root is not None else parse_html(markup)
        self._stack: list[etree._Element | str | None] = []  # None: a block ends; str: text
        if self._root is not None:
            self._stack = [self._root]
        self._may_hold: Callable[[str], bool] | None = None  # read_on's: rows it rules out wait
        # line number -> what its line is made of, not made yet: a row, or a block's text
        self._waiting: dict[int, etree._Element | str] = {}

    def _made(self, k: int) -> str:
        """Line ``k`` (a number of :attr:`lines`), made now if it waits."""
        of = self._waiting.pop(k, None)
        if of is not None:
            line = self.lines[k] = _norm(of) if isinstance(of, str) else CELL.join(_row_cells(of))
            self._size += len(line) + 1
        return self.lines[k]

    def _flush(self) -> None:
        if not self._current:
            return
        text = "".join(self._current)
        self._current.clear()
        if self._may_hold is not None and not self._may_hold(text):
            if not _blank(text):
                self._waiting[len(self.lines)] = text
                self.lines.append("")  # made when asked for (_made)
            return
        line = _norm(text)
        if line:
            self.lines.append(line)
            self._size += len(line) + 1

    def upto(self, limit: int | None, count: int | None = None) -> list[str]:
        """The lines so far once they pass ``limit`` characters (None: every line); ``count``: at
        most that many, the first of those (the walk stops there and goes on from there later)."""
        if self._root is None:
            return text_lines(re.sub(r"<[^>]+>", " ", self._markup), limit, count)
        self._may_hold = None
        for k in list(self._waiting):
            self._made(k)
        if self._walk(limit, count):
            # stopped here; the walk goes on from here for a later call
            line = _norm("".join(self._current))
            return (self.lines + [line] if line else list(self.lines))[:count]
        return self.lines[:count]

    def read_on(self, may_hold: Callable[[str], bool] | None = None) -> Sequence[str]:
        """Every line (``upto(None)``), walked only as far as the lines asked for.

        ``may_hold``: told the text of a block or a table row (all of a row's, hidden pieces too),
        False when no line holding only that text can hold what the reader looks for; such a line
        is made only when it is asked for, and :meth:`ReadOn.numbered` passes over it."""
        if self._root is None:
            return self.upto(None)
        self._may_hold = may_hold
        return ReadOn(self)

    def _reach(self, count: int) -> None:
        """Walk on until there are ``count`` lines or the document ends."""
        if len(self.lines) < count and self._stack:
            self._walk(None, count)

    def _walk(self, limit: int | None, count: int | None) -> bool:
        """Walk on until the lines pass ``limit`` characters or number ``count`` (None: no bound);
        True when stopped before the document's end."""
        # depth-first with an explicit stack of events: markup may nest thousands deep
        stack, current, root, lines = self._stack, self._current, self._root, self.lines
        most, enough = (limit if limit is not None else math.inf), (count if count is not None else sys.maxsize)
        seen = -1  # the bounds are looked at again only once a line is added
        may_hold, local, hides, waiting = self._may_hold, _local_name, _hides, self._waiting
        while stack:
            if len(lines) != seen:
                seen = len(lines)
                if self._size > most or seen >= enough:
                    return True
            item = stack.pop()
            if item is None:
                if current:
                    self._flush()
                continue
            if isinstance(item, str):
                current.append(item)
                continue
            node = item
            if node.tail and node is not root:
                stack.append(node.tail)
            tag = node.tag
            if not isinstance(tag, str):
                continue
            name = local(tag)
            # (_hidden, as a test here: the walk asks it of every element)
            if name in _SKIP or name == "header" or ((style := node.get("style")) is not None and hides(style)):
                continue
            if name == "tr":
                if current:
                    self._flush()
                if may_hold is not None and (made := _quiet_row(node, may_hold)) is not None:
                    if made:
                        waiting[len(lines)] = node
                        lines.append("")  # made when asked for (_made)
                    continue
                line = CELL.join(_row_cells(node))
                if line:
                    lines.append(line)
                    self._size += len(line) + 1
                continue
            if name in _BLOCKS:
                if current:
                    self._flush()
                stack.append(None)
            if len(node):
                stack.extend(reversed(node))
            if node.text:
                stack.append(node.text)
        self._flush()
        return False


_AHEAD = 32  # an iteration walks this many lines ahead at a time


class ReadOn(Sequence[str]):
    """:meth:`HtmlLines.read_on`: a line, a slice or the next line of an iteration walks the
    document only that far (the length walks it to the end)."""

    def __init__(self, lines: HtmlLines) -> None:
        self._of = lines

    @overload
    def __getitem__(self, k: int) -> str: ...

    @overload
    def __getitem__(self, k: slice) -> Sequence[str]: ...

    def __getitem__(self, k: int | slice) -> str | Sequence[str]:
        of = self._of
        if isinstance(k, slice):
            whole = k.stop is None or k.stop < 0 or (k.start is not None and k.start < 0)
            of._reach(sys.maxsize if whole else k.stop)
            if of._waiting:
                return [of._made(n) for n in range(*k.indices(len(of.lines)))]
            return of.lines[k]
        of._reach(sys.maxsize if k < 0 else k + 1)
        return of._made(range(len(of.lines))[k]) if of._waiting else of.lines[k]

    def __len__(self) -> int:
        self._of._reach(sys.maxsize)
        return len(self._of.lines)

    def __iter__(self) -> Iterator[str]:
        for _, line in self._numbered(False):
            yield line

    def numbered(self) -> Iterator[tuple[int, str]]:
        """Each line with its number, as ``enumerate`` gives them, but for the lines of rows that
        ``may_hold`` ruled out (unless made meanwhile): they are passed over, not made."""
        return self._numbered(True)

    def _numbered(self, passing: bool) -> Iterator[tuple[int, str]]:
        of, k = self._of, 0
        lines, waiting = of.lines, of._waiting
        while True:
            if k >= len(lines):
                of._reach(k + _AHEAD)
                if k >= len(lines):
                    return
            if k in waiting:
                if not passing:
                    yield k, of._made(k)
            else:
                yield k, lines[k]
            k += 1


_RULE = re.compile(r"^[\s\-=_*]*$")
_COLUMNS = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")


def text_lines(text: str, limit: int | None = None, count: int | None = None) -> list[str]:
    """The non-empty lines of a plain-text document, spaces collapsed; rules ("-----") left out;
    ``count``: at most that many.

    Text laid out in columns (three spaces or more between them) keeps them as cells joined by
    ``" | "``, as an HTML table row would: ``California | 0-10030 | 94-2404110``.
    """
    out: list[str] = []
    size = 0
    for raw in text.split("\n"):
        if len(out) == count:
            break
        if _RULE.match(raw) or raw.lstrip().startswith("<"):
            continue
        line = CELL.join(_norm(c) for c in _COLUMNS.split(raw.strip()))
        if line:
            out.append(line)
            size += len(line) + 1
            if limit is not None and size > limit:
                break
    return out
