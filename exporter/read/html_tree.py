"""The one lxml parse of an HTML document, read by the table reader, the cover reader and the
Inline XBRL writer alike (:attr:`exporter.read.documents.ParsedDocument.root`).

lxml.etree's HTML parser, not lxml.html's: the tree is the same, and plain elements spare a
Python-level class lookup for every element a walk touches (nothing needs ``HtmlElement``).
Comments and processing instructions are left out of the tree: none is display text, and the
text around one reads as one run (the readers skip them and keep their tails alike).

Every reader takes the tree as it is and changes nothing in it; a writer that would change it
works on a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from lxml import etree
from lxml.etree import _Element as Element

text_content: Callable[[Element], str] = partial(etree.tostring, method="text", encoding=str, with_tail=False)
"""Every text of an element in order, its tail left out, read in C at once: what XPath's ``string()``
gives (and lxml.html's ``text_content()``), at a smaller cost per call (the tree has no comments
nor processing instructions, :func:`parse_html`)."""


def parse_html(text: str) -> Element | None:
    """The tree of the HTML ``text`` (no network, no entity expansion); None when there is none."""
    parser = etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        recover=True,
    )
    data = text.encode("utf-8", errors="replace")
    if not data or data.isspace():  # (what strip() would leave nothing of, without copying the data)
        return None
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, etree.ParserError, ValueError):
        return None
    return root
