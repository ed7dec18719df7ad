"""The shared safe XML reading: EDGAR's <XBRL> wrapper, no entities resolved."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from exporter.check.instance import read_instance
from exporter.errors import InputError
from exporter.read.safe_xml import parse_xml_bytes, unwrap_xbrl

DOC = (b"<?xml version='1.0' encoding='ASCII'?>\n"
       b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>')


def test_a_wrapped_document_with_its_declaration_after_the_wrapper_line_reads() -> None:
    wrapped = b"\n<XBRL>\n" + DOC + b"\n</XBRL>\n"
    assert unwrap_xbrl(wrapped) == DOC
    assert etree.QName(parse_xml_bytes(wrapped)).localname == "html"
    with pytest.raises(etree.XMLSyntaxError):  # the plain parser refuses the same bytes
        etree.fromstring(wrapped, etree.XMLParser(resolve_entities=False, no_network=True))


def test_read_instance_reads_a_wrapped_inline_document(tmp_path: Path) -> None:
    path = tmp_path / "doc.htm"
    path.write_bytes(b"<XBRL>\n" + DOC + b"\n</XBRL>\n")
    assert read_instance(path).facts == ()


def test_entities_stay_unresolved_and_bad_xml_is_an_input_error(tmp_path: Path) -> None:
    evil = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
            b"<r>&e;</r>")
    assert "".join(parse_xml_bytes(evil).itertext()) in ("", "&e;")  # left as a reference
    path = tmp_path / "bad.htm"
    path.write_bytes(b"<XBRL>\n<p>unclosed\n</XBRL>")
    with pytest.raises(InputError):
        read_instance(path)
