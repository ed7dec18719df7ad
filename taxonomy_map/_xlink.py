"""Reading XBRL linkbases: extended links, their locators, resources and arcs.

A linkbase (``*_lab.xml``, ``*_pre.xml``, ``*-cal-2024.xml``, or one embedded in
a filing's ``.xsd``) holds extended links like::

    <link:labelLink xlink:role="http://www.xbrl.org/2003/role/link">
      <link:loc xlink:label="loc_X" xlink:href="us-gaap-2024.xsd#us-gaap_Assets"/>
      <link:label xlink:label="lab_X" xlink:role="http://www.xbrl.org/2003/role/label">Total
        assets</link:label>
      <link:labelArc xlink:from="loc_X" xlink:to="lab_X"/>
    </link:labelLink>

This module turns each such link into an :class:`ExtendedLink`; it knows nothing
about statements or labels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Concept prefixes we keep, by the id prefix of the element an href points at.
# us-gaap concepts are named by their local name; others carry their prefix.
_PREFIXES = {"us-gaap_": "", "srt_": "srt:"}


def parse(path: Path) -> etree._Element:
    """Parse an XML file safely (no entity expansion, no network) and return its root."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root: etree._Element = etree.parse(str(path), parser).getroot()
    return root


def xattr(el: etree._Element, name: str) -> str:
    """The ``xlink:name`` attribute of ``el``, or ``""``."""
    value: str | None = el.get(f"{{{XLINK}}}{name}")
    return value or ""


def concept_from_href(href: str) -> str | None:
    """The concept an ``xlink:href`` points at, or None if it is not us-gaap or srt.

    ``https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_Assets`` -> ``Assets``;
    ``...srt-2024.xsd#srt_ProductOrServiceAxis`` -> ``srt:ProductOrServiceAxis``.
    """
    _, _, fragment = href.partition("#")
    for id_prefix, name_prefix in _PREFIXES.items():
        if fragment.startswith(id_prefix) and len(fragment) > len(id_prefix):
            return name_prefix + fragment[len(id_prefix) :]
    return None


@dataclass(frozen=True)
class ExtendedLink:
    """One extended link: its role, and its locators, resources and arcs by xlink:label."""

    role: str
    locs: dict[str, list[str]]  # xlink:label -> hrefs
    resources: dict[str, list[etree._Element]]  # xlink:label -> resource elements
    arcs: list[etree._Element]

    def arc_pairs(self) -> Iterator[tuple[str, str, etree._Element]]:
        """Each arc as (from label, to label, arc element)."""
        for arc in self.arcs:
            yield xattr(arc, "from"), xattr(arc, "to"), arc


def extended_links(root: etree._Element, link_name: str) -> Iterator[ExtendedLink]:
    """Every ``link:<link_name>`` (e.g. ``labelLink``) anywhere under ``root``."""
    for link in root.iter(f"{{{LINK}}}{link_name}"):
        locs: dict[str, list[str]] = {}
        resources: dict[str, list[etree._Element]] = {}
        arcs: list[etree._Element] = []
        for child in link:
            if not isinstance(child.tag, str):
                continue  # comments, processing instructions
            kind = xattr(child, "type")
            label = xattr(child, "label")
            if kind == "locator":
                locs.setdefault(label, []).append(xattr(child, "href"))
            elif kind == "resource":
                resources.setdefault(label, []).append(child)
            elif kind == "arc":
                arcs.append(child)
        yield ExtendedLink(xattr(link, "role"), locs, resources, arcs)


def role_definitions(root: etree._Element) -> dict[str, str]:
    """``link:roleType`` roleURI -> its ``link:definition`` text, from a schema."""
    found: dict[str, str] = {}
    for role_type in root.iter(f"{{{LINK}}}roleType"):
        uri: str = role_type.get("roleURI") or ""
        definition = role_type.find(f"{{{LINK}}}definition")
        text = "" if definition is None else "".join(definition.itertext())
        if uri:
            found[uri] = " ".join(text.split())
    return found
