"""An Inline XBRL 10-K/10-Q given as filed: its hidden header is no part of the page, its CIK is used.

Uses a real filing of ``../shared/corpus/ixbrl`` (skipped without it); the browser test uses
Debian's Chromium like tests/test_browser.py (skipped without it).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tests.conftest import SHARED, need

FILING = SHARED / "corpus" / "ixbrl" / "e-smart-10-k-fy2024.html"
IX = "http://www.xbrl.org/2013/inlineXBRL"


def _header_words(path: Path) -> set[str]:
    """Words of the issuer's ix:header that its displayed text never uses (concept names, ids...)."""
    root = etree.fromstring(path.read_bytes(), etree.XMLParser(huge_tree=True, recover=True))
    header = " ".join(" ".join(h.itertext()) + " " + " ".join(v for e in h.iter() for v in e.attrib.values())
                      for h in root.iter(f"{{{IX}}}header"))
    for h in list(root.iter(f"{{{IX}}}header")):
        h.getparent().remove(h)
    body = " ".join(root.itertext())
    word = r"[A-Za-z][A-Za-z0-9:_-]{9,}"
    return set(re.findall(word, header)) - set(re.findall(word, body))


@pytest.fixture(scope="module")
def inline_export(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from exporter import export

    src = need(FILING, "an Inline XBRL filing of the corpus")
    return export(src, tmp_path_factory.mktemp("inline"), validate=False)


def test_own_cik_and_cover(inline_export: Any) -> None:
    cover = inline_export.cover
    assert cover.cik == cover.issuer["EntityCentralIndexKey"].value.zfill(10) != "0000000000"
    assert cover.cik_source == "the document's own dei facts"
    assert cover.document_type == "10-K"
    xml = inline_export.files["instance"].read_text(encoding="utf-8")
    assert f">{cover.cik}</xbrli:identifier>" in xml


def test_header_is_not_in_the_page_text(inline_export: Any) -> None:
    words = _header_words(FILING)
    assert len(words) > 20  # the header holds words of its own (concept names, context ids)
    root = etree.parse(str(inline_export.files["inline"])).getroot()
    for h in list(root.iter(f"{{{IX}}}header")):  # our own header: hidden facts of this export
        h.getparent().remove(h)
    shown = " ".join(root.itertext())
    assert [w for w in words if w in shown] == []


def test_rendered_page_shows_no_header_text(inline_export: Any, browser: Any) -> None:
    page = browser.new_page()
    try:
        page.goto(inline_export.files["inline"].resolve().as_uri())
        text = page.inner_text("body")
    finally:
        page.close()
    assert "FORM 10-K" in text.upper()
    words = _header_words(FILING)
    assert [w for w in words if w in text] == []
    assert inline_export.cover.cik not in text[:2000]  # no hidden facts printed above the cover
