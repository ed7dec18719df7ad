"""One safe lxml XML parser for every document the package reads, and EDGAR's <XBRL> wrapper.

The parser never resolves entities and never uses the network. EDGAR's submission files keep an
Inline XBRL document inside an ``<XBRL> ... </XBRL>`` wrapper, which puts the XML declaration after
the wrapper line; :func:`unwrap_xbrl` gives the document itself so a parser accepts it.
"""
from __future__ import annotations

from lxml import etree


def safe_xml_parser(*, recover: bool = False) -> etree.XMLParser:
    """A new XML parser that resolves no entities and fetches nothing."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, recover=recover)


def unwrap_xbrl(data: bytes) -> bytes:
    """``data`` without EDGAR's ``<XBRL>`` wrapper lines and the blank space before the document."""
    body = data.lstrip()
    if body[:6].upper() == b"<XBRL>":
        end = body.upper().rfind(b"</XBRL>")
        body = body[6:end if end >= 0 else None]
    return body.strip()


def parse_xml_bytes(data: bytes, *, recover: bool = False) -> etree._Element:
    """The root of the XML document in ``data`` (wrapper removed); XMLSyntaxError if it is not XML."""
    parser = safe_xml_parser(recover=recover)
    return etree.fromstring(unwrap_xbrl(data), parser)
