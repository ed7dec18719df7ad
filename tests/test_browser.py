"""Real-browser tests: the seed's .htm renders its tables; the ixbrl-viewer bundle works offline.

Chromium is Debian's ``/usr/bin/chromium`` (``.ci/run`` installs it), driven headless by
Playwright's Python package; Playwright never downloads a browser. Every request the pages
make is recorded: only ``file:``/``data:``/``blob:`` URLs may be fetched (no network).
"""

from __future__ import annotations

import os
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

LOCAL = ("file:", "data:", "blob:", "about:")

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    try:
        yield pg, requests
    finally:
        context.close()


def _distinct_colours(png: bytes) -> int:
    """How many distinct pixel values an 8-bit RGB/RGBA PNG (as Chromium writes them) holds."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(height):
        row = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        ftype, line = row[0], bytearray(row[1:])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if y % 4 == 0:
            colours.update(bytes(line[i:i + channels]) for i in range(0, stride, channels * 4))
    return len(colours)


def test_htm_renders_with_its_tables(seed_export: Any, page: tuple[Any, list[str]]) -> None:
    pg, requests = page
    pg.goto(seed_export.files["inline"].resolve().as_uri())
    tables = pg.locator("table")
    assert tables.count() == 2
    balance = tables.nth(0)
    assert balance.is_visible()
    box = balance.bounding_box()
    assert box is not None and box["height"] > 300 and box["width"] > 400
    text = pg.inner_text("body")
    for expected in ("TOTAL ASSETS", "41,090", "NET REVENUES", "21,906", "(2,312)", "Three Months Ended"):
        assert expected in text
    assert "0000000000" not in text  # ix:header (hidden facts, contexts) is not displayed
    shot = balance.screenshot()
    assert _distinct_colours(shot) > 3, "the balance sheet screenshot is blank"
    assert [u for u in requests if not u.startswith(LOCAL)] == []


def test_viewer_shows_the_concept_of_a_clicked_number(seed_export: Any, taxonomies: Path, tmp_path: Path,
                                                       page: tuple[Any, list[str]]) -> None:
    from exporter.write.viewer import VIEWER_JS, write_viewer

    viewer = write_viewer(seed_export.files["inline"], tmp_path / "viewer", taxonomies)
    assert (viewer.parent / VIEWER_JS).is_file()
    assert "ixbrlviewer.js" in viewer.read_text(encoding="utf-8")
    assert 'src="http' not in viewer.read_text(encoding="utf-8")
    pg, requests = page
    pg.goto(viewer.resolve().as_uri())
    doc = None
    for _ in range(60):  # the viewer loads the document into an iframe
        doc = next((f for f in pg.frames[1:] if f.locator(".ixbrl-element").count() > 0), None)
        if doc is not None:
            break
        pg.wait_for_timeout(250)
    assert doc is not None, "the viewer did not load the document"
    number = doc.locator(".ixbrl-element", has_text="21,906").first
    # where the input prints it, shown when the pointer rests on the number (the cell's title)
    titles = doc.evaluate("() => Array.from(document.querySelectorAll('td'))"
                          ".filter(td => td.textContent.includes('21,906')).map(td => td.title)")
    assert titles and all(re.fullmatch(r"Source: innovo-2003q3-ex99-1\.txt: line \d+, columns \d+-\d+", t)
                          for t in titles), titles
    number.click()
    pg.wait_for_function("document.body.innerText.includes('RevenueFromContractWithCustomer') || "
                         "document.body.innerText.includes('Revenues')", timeout=10_000)
    shown = pg.inner_text("body")
    revenue = next(f for f in seed_export.model.facts if f.raw.strip().endswith("21,906"))
    assert seed_export.model.qname(revenue) in shown
    assert [u for u in requests if not u.startswith(LOCAL)] == []
