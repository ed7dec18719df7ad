"""Where an HTML table's cell is: ``//*[@id="..."]`` when it has an id, else its XPath in the
document, worked out per table (:class:`Paths`) and only for the cells ever located
(:class:`PlacedCell`).
"""

from __future__ import annotations

from lxml.etree import _Element as Element

from exporter.read.numbers import Printed
from exporter.read.tables import Cell


def xpath(el: Element | None) -> str:
    """Where ``el`` is: ``//*[@id="..."]`` when it has an id, else its XPath in the document."""
    if el is None:
        return ""
    ident = el.get("id")
    if ident and '"' not in ident:
        return f'//*[@id="{ident}"]'
    return str(el.getroottree().getpath(el))


class Paths:
    """:func:`xpath` of the cells of one table: the table's own path (lxml's ``getpath``) and the
    steps below it, each parent's children numbered once. (``getpath`` counts an element's preceding
    siblings at every level up to the root, the body's thousands among them, for every cell.)

    A step is lxml's: the tag, with ``[n]`` (n-th of that tag among its parent's child elements)
    only when the parent has more than one child element of that tag."""

    def __init__(self, table: Element) -> None:
        self.table = table
        self.base: str | None = None
        self.steps: dict[Element, dict[Element, str]] = {}
        self.below: dict[Element, str] = {table: ""}  # element -> its steps below the table, as read

    def of(self, el: Element | None) -> str:
        if el is None:
            return ""
        ident = el.get("id")
        if ident and '"' not in ident:
            return f'//*[@id="{ident}"]'
        # up to the table or to an element whose steps are known (the cells of a row share its own)
        chain: list[tuple[Element, str]] = []
        node = el
        while (known := self.below.get(node)) is None:
            parent = node.getparent()
            if parent is None or "{" in str(node.tag):  # not below the table, or a namespaced tag
                return xpath(el)
            steps = self.steps.get(parent)
            if steps is None:
                steps = self.steps[parent] = _child_steps(parent)
            chain.append((node, steps[node]))
            node = parent
        for below, step in reversed(chain):
            known += step
            self.below[below] = known
        if self.base is None:
            self.base = str(self.table.getroottree().getpath(self.table))
        return self.base + known


class PlacedCell(Cell):
    """A :class:`Cell` whose ``element`` (its XPath, :meth:`Paths.of`) is made when first read: of
    the thousands of value cells in a document's tables, the few that become facts are ever located.
    Compared, hashed, printed and pickled as the plain :class:`Cell` with the path made (the tree
    is read, never changed, after reading: :mod:`exporter.write.ixbrl_html` works on a copy)."""

    def __init__(self, text: str, printed: Printed, line: int, start: int, end: int, tr: int,
                 paths: Paths, el: Element | None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "text", text)
        setattr_(self, "printed", printed)
        setattr_(self, "line", line)
        setattr_(self, "start", start)
        setattr_(self, "end", end)
        setattr_(self, "tr", tr)
        setattr_(self, "_at", (paths, el))

    @property
    def element(self) -> str:
        made: str | None = self.__dict__.get("_element")
        if made is None:
            paths, el = self.__dict__["_at"]
            made = paths.of(el)
            object.__setattr__(self, "_element", made)
        return made

    def plain(self) -> Cell:
        """The :class:`Cell` this one stands for, its path made."""
        return Cell(self.text, self.printed, self.line, self.start, self.end, self.element, self.tr)

    def __eq__(self, other: object) -> bool:
        return self.plain() == (other.plain() if isinstance(other, PlacedCell) else other)

    def __hash__(self) -> int:
        return hash(self.plain())

    def __repr__(self) -> str:
        return repr(self.plain())

    def __reduce__(self) -> tuple[type[Cell], tuple[object, ...]]:
        return Cell, (self.text, self.printed, self.line, self.start, self.end, self.element, self.tr)


def _child_steps(parent: Element) -> dict[Element, str]:
    kids = [c for c in parent if isinstance(c.tag, str)]
    count: dict[str, int] = {}
    for c in kids:
        count[c.tag] = count.get(c.tag, 0) + 1
    seen: dict[str, int] = {}
    out = {}
    for c in kids:
        tag = str(c.tag)
        if count[tag] == 1:
            out[c] = f"/{tag}"
        else:
            seen[tag] = k = seen.get(tag, 0) + 1
            out[c] = f"/{tag}[{k}]"
    return out
