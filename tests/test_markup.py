"""XML written as markup and parsed (exporter/write/markup.py) is the tree built element by element."""

from __future__ import annotations

import pytest
from lxml import etree

from exporter.write import markup
from exporter.write.edgar_files import to_bytes

LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"


@pytest.mark.parametrize("value", [
    "plain", "", "A & B <c> \"d\" 'e'", "tab\there", "two\nlines", "cr\rlf\r\n", "  spaced  ",
    "caf\u00e9 \u2014 \u00a0", "&amp; already", "]]>",
])
@pytest.mark.parametrize("pretty", [False, True])
def test_markup_is_the_built_tree(value: str, pretty: bool) -> None:
    built = etree.Element(f"{{{LINK}}}linkbase", nsmap={"link": LINK, "xlink": XLINK})
    link = etree.SubElement(built, f"{{{LINK}}}labelLink", {f"{{{XLINK}}}type": "extended"})
    etree.SubElement(link, f"{{{LINK}}}loc", {f"{{{XLINK}}}href": value, "order": "1"})
    lab = etree.SubElement(link, f"{{{LINK}}}label", {"{http://www.w3.org/XML/1998/namespace}lang": "en-US"})
    lab.text = value or None
    written = markup.parse(
        f'<link:linkbase xmlns:link="{LINK}" xmlns:xlink="{XLINK}"><link:labelLink xlink:type="extended">'
        + markup.empty("link:loc", ("xlink:href", value), ("order", "1"))
        + f'<link:label xml:lang="en-US">{markup.text(value)}</link:label></link:labelLink></link:linkbase>')
    assert to_bytes(written, pretty_print=pretty) == to_bytes(built, pretty_print=pretty)
