"""Provenance a reviewer can follow: from the recorded place back to the printed number."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from exporter.pipeline import read_model
from exporter.read.documents import parse_filing
from exporter.read.numbers import parse_number
from exporter.read.provenance import Where, locate, raw_column
from exporter.read.tables import Cell, Table
from exporter.understand.extract import extract
from exporter.understand.records import Origin
from exporter.write.report import facts_frame
from tests.conftest import EDGAR_TEXT, SEED, SHARED, need

APPLE_10Q = "sec-edgar_sec-edgar__SEC-Edgar-data__AAPL__0000320193__10-Q__0000320193-99-000004.txt"


def test_raw_column_undoes_tab_expansion() -> None:
    raw = "Net sales\t\t$ 1,530\t 1,578"
    expanded = raw.expandtabs(8)
    for number in ("$ 1,530", "1,578"):
        at = expanded.index(number)
        assert raw[raw_column(raw, at):raw_column(raw, at + len(number) - 1) + 1] == number
    assert raw_column("abc", 1) == 1


def test_text_lines_count_from_the_file_start() -> None:
    text = ("<SEC-DOCUMENT>\n<SEC-HEADER>\nCENTRAL INDEX KEY: 0000000001\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>10-Q\n"
            "<TEXT>\nSales\t\t1,234\n</TEXT>\n</DOCUMENT>\n")
    doc = parse_filing(text, Path("x.txt")).documents[0]
    line = doc.text.split("\n").index("Sales" + " " * 11 + "1,234")
    start = doc.text.split("\n")[line].index("1,234")
    cell = Cell("1,234", parse_number("1,234"), line + 1, start, start + 5)  # type: ignore[arg-type]
    where = locate(Table(doc, 0, [], []), cell, cell.line)
    assert where == Where("x.txt", line=8, first=8, last=12)
    assert text.split("\n")[where.line - 1][where.first - 1:where.last] == "1,234"
    assert str(where) == "x.txt: line 8, columns 8-12"


def _sample(frame: Any, n: int = 20) -> list[Any]:
    rows = [r for r in frame.itertuples(index=False) if r.columns or r.element]
    return random.Random(13).sample(rows, min(n, len(rows)))


@pytest.mark.parametrize("name", ["seed", "apple-10-q"])
def test_text_facts_lead_back_to_the_printed_number(name: str) -> None:
    path = SEED if name == "seed" else need(EDGAR_TEXT / APPLE_10Q, "Apple's 1999 10-Q (corpus/edgar-text)")
    model, _ = read_model(path)
    frame = facts_frame(model)
    lines = path.read_bytes().decode("latin-1").replace("\r\n", "\n").split("\n")
    sample = _sample(frame)
    assert len(sample) == 20
    for r in sample:
        first, last = (int(x) for x in r.columns.split("-"))
        assert lines[r.line - 1][first - 1:last] == r.printed, r.source
        assert r.source == f"{path.name}: line {r.line}, columns {r.columns}"
    if name != "seed":  # a full submission: file lines, not lines counted from its <TEXT>
        offsets = {f.where.line - f.line for f in model.facts  # a label's number may sit on its next line
                   if f.where is not None and f.where.first and f.origin is Origin.CELL}
        assert len(offsets) == 1 and offsets.pop() > 40


def _plain_10k(tmp_path: Path) -> Path:
    ixbrl = need(SHARED / "corpus" / "ixbrl" / "ko-10-q-2025-07-24.html", "Coca-Cola's 10-Q (corpus/ixbrl)")
    need(SHARED / "eval" / "retag.py", "the re-tagging benchmark (eval/retag.py)")
    sys.path.insert(0, str(SHARED / "eval"))
    import retag  # type: ignore[import-not-found]

    plain = tmp_path / "ko-10-q.htm"
    retag.strip(ixbrl, plain)
    return plain


def _own_rows(table: Any) -> list[Any]:
    return list(table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"))


def test_html_facts_lead_back_to_the_printed_number(tmp_path: Path) -> None:
    path = _plain_10k(tmp_path)
    model, _ = read_model(path)
    frame = facts_frame(model)
    root = lxml_html.document_fromstring(path.read_bytes())
    tables = root.xpath("//table")
    sample = _sample(frame)
    assert len(sample) == 20
    for r in sample:
        found = root.xpath(r.element)
        assert len(found) == 1, r.source
        cell = found[0]
        digits = re.sub(r"[^\d.]", "", r.printed)
        assert digits and digits in re.sub(r"[^\d.]", "", cell.text_content()), (r.source, r.printed)
        table = tables[r.html_table - 1]
        tr = next(a for a in cell.iterancestors() if a.tag == "tr")
        assert tr in _own_rows(table) and _own_rows(table).index(tr) + 1 == r.html_row, r.source
        assert cell.getparent() is tr and r.html_column >= 1
        assert r.source.startswith(f"{path.name}: table {r.html_table}, row {r.html_row}, column {r.html_column}")


# --- the viewer: a tagged number's cell says where the input prints it ---------------------------

_TITLE = re.compile(r"^Source: (?P<file>[^:]+): (?:line (?P<line>\d+)(?:, columns (?P<first>\d+)-(?P<last>\d+))?"
                    r"|table (?P<table>\d+)(?:, row \d+, column \d+ \((?P<element>.+)\))?)$")


def _titled_cells(model: Any) -> list[tuple[str, str]]:
    """(title, tagged number) of every table cell of the Inline XBRL page that tags a statement fact."""
    from lxml import etree

    from exporter.write.ixbrl import render_inline
    from exporter.write.ixbrl_tags import IX, XHTML

    root = etree.fromstring(render_inline(model))
    out = []
    for tag in root.iter(f"{{{IX}}}nonFraction"):
        parent = tag.getparent()
        if parent is None or parent.tag != f"{{{XHTML}}}td" or tag.get("name", "").startswith("dei:"):
            continue
        assert parent.get("title"), etree.tostring(parent)[:200]
        out.append((parent.get("title", ""), "".join(tag.itertext())))
    return out


def test_text_cells_title_their_source_line() -> None:
    model, _ = read_model(SEED)
    lines = SEED.read_bytes().decode("latin-1").replace("\r\n", "\n").split("\n")
    cells = _titled_cells(model)
    assert len(cells) > 50
    for title, shown in cells:
        printed = []
        for part in title.split("; "):  # a label stating two numbers names both places
            m = _TITLE.match(part)
            assert m is not None and m["file"] == SEED.name and m["first"], title
            printed.append(lines[int(m["line"]) - 1][int(m["first"]) - 1:int(m["last"])])
        assert any(shown.rstrip(",") in p for p in printed), (title, shown, printed)


def test_html_cells_title_their_source_element(tmp_path: Path) -> None:
    path = _plain_10k(tmp_path)
    model, _ = read_model(path)
    root = lxml_html.document_fromstring(path.read_bytes())
    cells = _titled_cells(model)
    assert len(cells) > 50
    tables = root.xpath("//table")
    for title, shown in random.Random(5).sample(cells, 30):
        m = _TITLE.match(title.split("; ")[0])
        assert m is not None and m["file"] == path.name, title
        if not m["element"]:  # a number the row's label states: the table is the place
            assert re.sub(r"[^\d]", "", shown) in re.sub(r"[^\d]", "", tables[int(m["table"]) - 1].text_content())
            continue
        found = root.xpath(m["element"])
        assert len(found) == 1, title
        assert re.sub(r"[^\d]", "", shown) in re.sub(r"[^\d]", "", found[0].text_content()), (title, shown)


def test_a_later_documents_table_is_placed_by_the_line_of_the_file(tmp_path: Path) -> None:
    """In a full submission the statements often sit in a later document (an EX-99 after the
    8-K's cover): the report's "table N (line L)" counts lines of the file, as the facts do."""
    from tests.test_registrants import HEADER, TEXT_BS

    cover = ("<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n" + "Item 7. Financial statements and exhibits.\n" * 40
             + "</TEXT>\n</DOCUMENT>\n")
    text = HEADER + cover + TEXT_BS
    ex = extract(parse_filing(text, tmp_path / "submission.txt"))
    (bs,) = [st for st in ex.statements if st.code == "bs"]
    line = int(re.search(r"\(line (\d+)\)", bs.table.where).group(1))  # type: ignore[union-attr]
    lines = text.split("\n")
    assert lines.index("<TABLE>") < line <= lines.index("</TABLE>") + 1
    placed = [f.where.line for f in bs.facts if f.where is not None]
    assert placed and all(line <= at for at in placed)
    # a row's line of its document, as the findings name it, is its line of the file too
    row = bs.table.value_rows()[0]
    assert lines[bs.table.file_line(row.line) - 1].startswith(row.label[:20])
