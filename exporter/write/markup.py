"""XML written as markup and parsed at once, the same tree as one built element by element.

lxml checks the name of every element and attribute it is asked to make (most of the cost of a
linkbase's thousand locators and arcs); a document of our own fixed names, its values escaped
here, is parsed by libxml2 in one call instead. Only values are escaped: names are the writer's.
No white space is written between elements, so the tree holds no text the built one would not, and
is serialized (``edgar_files.to_bytes``, pretty-printed or not) to the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


_SPECIAL = re.compile('[&<>"\t\n\r]')


def attrs(pairs: Iterable[tuple[str, str]]) -> str:
    """`` name="value"`` for each pair, in order, the values escaped."""
    return "".join(f' {k}="{value(v)}"' for k, v in pairs)


def value(v: str) -> str:
    """An attribute's value escaped, its white space as references (the parser would fold it)."""
    if _SPECIAL.search(v) is None:
        return v
    return text(v).replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")


def empty(tag: str, *pairs: tuple[str, str]) -> str:
    """An element with attributes and nothing in it."""
    return f"<{tag}{attrs(pairs)}/>"


def escape(value: str) -> str:
    """``value`` as XML character data: ``&``, ``<`` and ``>`` as references (what
    ``xml.sax.saxutils.escape`` does, without importing ``urllib`` and ``ssl`` with it). Each
    ``replace`` scans without copying where it finds nothing."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text(value: str) -> str:
    """``value`` as element content, a carriage return kept as a reference (the parser would read it
    as a line feed)."""
    return escape(value).replace("\r", "&#13;")


def parse(markup: str) -> etree._Element:
    """The root element of ``markup`` (a whole document without XML declaration)."""
    return etree.fromstring(markup, parser=_PARSER)
