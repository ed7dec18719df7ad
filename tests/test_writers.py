"""Each writer on a small hand-made model: one balance sheet of three lines, built here, not read.

Needs no ../shared. The model is what the writers see (exporter.model.build_model over a
hand-made statement): a us-gaap line, an extension line and the printed total they add up
to, in thousands, for two year ends. Each test renders one output and checks what it must
say: the facts, contexts and units of the instance; the extension concept's declaration;
the calculation arcs (and that the report counts exactly them, also when the balance sheet
is printed twice); the Inline XBRL tags (the same facts as the instance, shown in the table at
scale 3), of a text source and of an HTML one; the report, the facts table and the label
memory; the source of each xBRL-JSON fact; the time series of one filing. (The viewer bundle is
Arelle's plugin run over the .htm: tests/test_browser.py; the xBRL-JSON/CSV files are saved by
Arelle from the instance and need the taxonomy: tests/test_oim.py.)
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from exporter.kinds import StatementKind
from exporter.map.mapping import Choice
from exporter.map.memory import labels_csv
from exporter.model import Model, build_model
from exporter.read.documents import Document, ParsedDocument
from exporter.read.numbers import parse_number
from exporter.read.tables import Cell, Row, Table
from exporter.series import Filing, align, series_csv, series_instance
from exporter.understand.arithmetic import Sum
from exporter.understand.cover import Cover
from exporter.understand.extraction import Extraction
from exporter.understand.new_fact import new_fact
from exporter.understand.periods import FiscalCalendar, Period
from exporter.understand.records import Line, Origin, Statement, UnitKind
from exporter.understand.scale import Scale
from exporter.write.instance import render_instance
from exporter.write.ixbrl import render_inline
from exporter.write.oim import PROVENANCE_PREFIX, source_properties
from exporter.write.report import facts_frame, render_markdown
from exporter.write.taxonomy import render_calculation, render_labels, render_presentation, render_schema

TEXT = """\
ACME WIDGETS INC
CONSOLIDATED BALANCE SHEETS
(in thousands)

                              2024        2023
Cash                       $ 1,200     $ 1,000
Widget receivables             300         250
Total current assets         1,500       1,250

Cash was $1,200,000 at the end of 2024.
"""
# (label, concept, prefix, balance, line, [(text, start, end) per column])
ROWS = [
    ("Cash", "Cash", "us-gaap", "debit", 6, [("$ 1,200", 27, 34), ("$ 1,000", 39, 46)]),
    ("Widget receivables", "WidgetReceivables", "", "debit", 7, [("300", 31, 34), ("250", 43, 46)]),
    ("Total current assets", "AssetsCurrent", "us-gaap", "debit", 8, [("1,500", 29, 34), ("1,250", 41, 46)]),
]
ENDS = [date(2024, 12, 31), date(2023, 12, 31)]
HTML = """\
<html><body>
<p>ACME WIDGETS INC</p>
<p>CONSOLIDATED BALANCE SHEETS (in thousands)</p>
<table><tr><td>Net sales by region</td><td>2024</td></tr><tr><td>East</td><td>9</td></tr></table>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Cash</td><td>$ 1,200</td><td>$ 1,000</td></tr>
<tr><td>Widget receivables</td><td>300</td><td>250</td></tr>
<tr><td>Total current assets</td><td>1,500</td><td>1,250</td></tr>
</table>
<p>Cash was $1,200,000 at the end of 2024.</p>
</body></html>
"""

NS = {
    "xbrli": "http://www.xbrl.org/2003/instance",
    "link": "http://www.xbrl.org/2003/linkbase",
    "xlink": "http://www.w3.org/1999/xlink",
    "xs": "http://www.w3.org/2001/XMLSchema",
    "ix": "http://www.xbrl.org/2013/inlineXBRL",
    "us-gaap": "http://fasb.org/us-gaap/2024",
}


def hand_made_model(tables: tuple[list[date], ...] = (ENDS,), html: bool = False) -> Model:
    """The balance sheet of TEXT, once per entry of ``tables`` (its two year ends): a second copy
    is the same balance sheet printed again, ten lines further down, for earlier years. ``html``:
    the balance sheet of HTML instead, the second ``<table>`` of the page (the first is no statement)."""
    if html:
        doc = Document(Path("acme-ex99.htm"), HTML, "html")
        statements = [_statement(doc, 0, ENDS, shift=0, position=1)]
    else:
        doc = Document(Path("acme-ex99.txt"), TEXT * len(tables), "text")
        statements = [_statement(doc, t, ends, shift=t * TEXT.count("\n")) for t, ends in enumerate(tables)]
    parsed = [st.table for st in statements]
    ex = Extraction(statements=statements, parsed=[ParsedDocument(doc, tuple(parsed))],
                    calendar=FiscalCalendar(year_end=(12, 31)))
    cover = Cover("Acme Widgets Inc", "0000000001", "--cik", "10-K", ENDS[0], "--12-31", 2024, "FY",
                  Period(ENDS[0], date(2024, 1, 1)), "acme")
    return build_model(cover, ex)


def _statement(doc: Document, t: int, ends: list[date], shift: int, position: int = -1) -> Statement:
    table = Table(doc, t, ["ACME WIDGETS INC", "CONSOLIDATED BALANCE SHEETS", "(in thousands)"],
                  [str(e.year) for e in ends], first_line=5 + shift, last_line=8 + shift, position=position)
    st = Statement(StatementKind.BS, table, "title says 'balance sheets'", [Period(e) for e in ends],
                   Scale(3, 3, 0, "(in thousands)", stated=True))
    for index, (label, concept, prefix, balance, at, cells) in enumerate(ROWS):
        line = at + shift
        printed = [parse_number(text) for text, _, _ in cells]
        row = Row(label, [Cell(text, p, line, start, end) for (text, start, end), p in zip(cells, printed, strict=True)
                          if p is not None], line, index=index)
        table.rows.append(row)
        st.lines.append(Line(row, label, label, UnitKind.MONETARY, frozenset({"current"}),
                             Choice(concept if prefix else None, 0.9, "hand-made"), concept=concept, prefix=prefix,
                             balance=balance, is_total=concept == "AssetsCurrent"))
        for col, (cell, end) in enumerate(zip(row.cells, ends, strict=True)):
            assert cell is not None
            st.facts.append(new_fact(concept=concept, prefix=prefix, period=Period(end), unit="USD",
                                     displayed=cell.printed.value, places=0, power=3, statement=StatementKind.BS,
                                     table=t, row=index, column=col, line=line, raw=cell.text, label=label))
    st.sums = [Sum(2, ((0, 1), (1, 1)))]
    return st


@pytest.fixture(scope="module")
def model() -> Model:
    return hand_made_model()


def _facts(root: etree._Element) -> set[tuple[str, str, str]]:
    """(qname, context, value) of the numeric statement facts of an instance."""
    out = set()
    for el in root:
        if isinstance(el.tag, str) and el.get("unitRef") and not el.tag.startswith("{http://xbrl.sec.gov/dei"):
            q = etree.QName(el)
            prefix = next(p for p, u in el.nsmap.items() if u == q.namespace)
            out.add((f"{prefix}:{q.localname}", el.get("contextRef"), el.text))
    return out


def test_the_model_decides_contexts_units_and_one_calculation(model: Model) -> None:
    assert list(model.contexts.values()) == ["I20241231", "D20240101_20241231", "I20231231"]
    assert model.units == {"USD": "USD"}
    assert [model.qname(f) for f in model.facts[:2]] == ["us-gaap:Cash", "us-gaap:Cash"]
    assert model.qname(model.facts[2]) == "acme:WidgetReceivables"
    [calc] = model.calculations
    assert calc.total.concept == "AssetsCurrent" and [(p.concept, w) for p, w in calc.parts] == [
        ("Cash", 1), ("WidgetReceivables", 1)]


def test_the_model_says_where_each_fact_is_shown(model: Model) -> None:
    assert len(model.shown) == len(model.facts)
    for f, at in zip(model.facts, model.shown, strict=True):
        cell = model.statements[at.statement].table.rows[at.row].cells[at.column]
        assert cell is not None and cell.text == f.raw and at.origin is Origin.CELL
    assert model.shown[2].label == "Widget receivables"


def test_the_instance_holds_every_fact_scaled_with_its_context_and_unit(model: Model) -> None:
    root = etree.fromstring(render_instance(model))
    assert _facts(root) == {
        ("us-gaap:Cash", "I20241231", "1200000"), ("us-gaap:Cash", "I20231231", "1000000"),
        ("acme:WidgetReceivables", "I20241231", "300000"), ("acme:WidgetReceivables", "I20231231", "250000"),
        ("us-gaap:AssetsCurrent", "I20241231", "1500000"), ("us-gaap:AssetsCurrent", "I20231231", "1250000"),
    }
    assert {el.get("decimals") for el in root if el.get("unitRef") == "USD"} == {"-3"}
    assert root.find("xbrli:unit/xbrli:measure", NS).text == "iso4217:USD"
    dei = {etree.QName(el).localname: el.text for el in root if "dei" in str(el.tag)}
    assert dei["EntityRegistrantName"] == "Acme Widgets Inc" and dei["DocumentPeriodEndDate"] == "2024-12-31"


def test_the_schema_declares_the_extension_concept_only(model: Model) -> None:
    root = etree.fromstring(render_schema(model))
    elements = root.findall("xs:element", NS)
    assert [e.get("name") for e in elements] == ["WidgetReceivables"]
    [e] = elements
    assert e.get("{http://www.xbrl.org/2003/instance}balance") == "debit"
    assert e.get("{http://www.xbrl.org/2003/instance}periodType") == "instant"
    assert e.get("type") == "xbrli:monetaryItemType"


def test_the_label_linkbase_labels_the_extension_as_printed(model: Model) -> None:
    root = etree.fromstring(render_labels(model))
    texts = [lab.text for lab in root.iter("{http://www.xbrl.org/2003/linkbase}label")]
    assert "Widget receivables" in texts


def test_the_presentation_keeps_the_printed_order(model: Model) -> None:
    root = etree.fromstring(render_presentation(model))
    [link] = [lk for lk in root.iter("{http://www.xbrl.org/2003/linkbase}presentationLink")
              if lk.get("{http://www.w3.org/1999/xlink}role", "").endswith("BalanceSheet")]
    locs = [loc.get("{http://www.w3.org/1999/xlink}href").split("#")[1]
            for loc in link.iter("{http://www.xbrl.org/2003/linkbase}loc")]
    lines = [h for h in locs if h.endswith(("_Cash", "_WidgetReceivables", "_AssetsCurrent"))]
    assert lines == ["us-gaap_Cash", "acme_WidgetReceivables", "us-gaap_AssetsCurrent"]


def test_the_calculation_linkbase_and_the_report_count_the_same_arcs(model: Model) -> None:
    root = etree.fromstring(render_calculation(model))
    arcs = list(root.iter("{http://www.xbrl.org/2003/linkbase}calculationArc"))
    assert [(a.get("{http://www.w3.org/1999/xlink}to"), float(a.get("weight"))) for a in arcs] == [
        ("loc_us-gaap_Cash", 1), ("loc_ext_WidgetReceivables", 1)]
    report = render_markdown(model, "not validated", [], [])
    assert "1 printed totals in the calculation linkbase," in report
    assert len(model.calculations) == len({a.get("{http://www.w3.org/1999/xlink}from") for a in arcs})


def _summations(cal: bytes) -> list[tuple[str, str]]:
    """(role, total) of each summation of a calculation linkbase."""
    return sorted({(a.getparent().get("{http://www.w3.org/1999/xlink}role"), a.get("{http://www.w3.org/1999/xlink}from"))
                   for a in etree.fromstring(cal).iter("{http://www.xbrl.org/2003/linkbase}calculationArc")})


def _report_counts(report: str) -> list[int]:
    """The report's count of printed totals in the calculation linkbase, statement by statement."""
    return [int(n) for n in re.findall(r"(\d+) printed totals in the calculation linkbase", report)]


def test_a_summation_printed_again_is_counted_once_as_in_the_calculation_linkbase() -> None:
    # the same balance sheet printed twice (two tables, other years): one summation in _cal.xml,
    # and the report's counts add up to it (the second table's is said to be the first one's)
    twice = hand_made_model((ENDS, [date(2022, 12, 31), date(2021, 12, 31)]))
    assert [c.repeat for c in twice.calculations] == [False, True]
    summations = _summations(render_calculation(twice))
    report = render_markdown(twice, "not validated", [], [])
    assert len(summations) == 1 and len(twice.linkbase_calculations) == 1
    assert _report_counts(report) == [1, 0] and sum(_report_counts(report)) == len(summations)
    assert "0 printed totals in the calculation linkbase (1 more as written for an earlier table)," in report


def test_the_inline_document_tags_the_table_cells_as_the_instance_facts(model: Model) -> None:
    html = etree.fromstring(render_inline(model))
    tags = html.findall(".//ix:nonFraction", NS)
    in_table = [t for t in tags if t.getparent().tag.endswith("td")]
    assert len(in_table) == 6 and {t.get("scale") for t in in_table} == {"3"}
    shown = {(t.get("name"), t.get("contextRef"),
              str(int(Decimal(t.text.replace(",", "")).scaleb(int(t.get("scale")))))) for t in in_table}
    assert shown == _facts(etree.fromstring(render_instance(model)))
    # the narrative repeats the 2024 cash in full: tagged again, at scale 0
    assert any(t.get("name") == "us-gaap:Cash" and t.get("scale") == "0" and t.text == "1,200,000" for t in tags)
    assert html.find(".//ix:hidden", NS) is None or not html.findall(".//ix:hidden/ix:nonFraction", NS)


def test_the_inline_document_of_an_html_source_tags_its_statement_table() -> None:
    # the statement is matched to its <table> by the element's ordinal (the first table is no statement)
    model = hand_made_model(html=True)
    html = etree.fromstring(render_inline(model))
    tables = html.findall(".//{http://www.w3.org/1999/xhtml}table")
    assert len(tables) == 2 and not tables[0].findall(".//ix:nonFraction", NS)
    in_table = tables[1].findall(".//ix:nonFraction", NS)
    assert len(in_table) == 6 and {t.get("scale") for t in in_table} == {"3"}
    shown = {(t.get("name"), t.get("contextRef"),
              str(int(Decimal(t.text.replace(",", "")).scaleb(int(t.get("scale")))))) for t in in_table}
    assert shown == _facts(etree.fromstring(render_instance(model)))
    assert any(t.get("name") == "us-gaap:Cash" and t.get("scale") == "0" and t.text == "1,200,000"
               for t in html.findall(".//ix:nonFraction", NS))  # the narrative's repeat


def test_the_report_and_the_facts_table_say_where_each_fact_came_from(model: Model) -> None:
    frame = facts_frame(model)
    assert len(frame) == 6 and list(frame["concept"][:2]) == ["us-gaap:Cash", "us-gaap:Cash"]
    assert frame["value"].tolist()[0] == Decimal("1200000")
    report = render_markdown(model, "not validated", [], [])
    assert "Acme Widgets Inc" in report and "acme:WidgetReceivables" in report
    memory = labels_csv(model).decode()  # the us-gaap choices, for a later --memory; no extension
    assert "Cash,bs,us-gaap:Cash" in memory and "Widget" not in memory


def test_the_json_writer_says_where_each_instance_fact_is_printed(model: Model) -> None:
    # xBRL-JSON is saved by Arelle from the instance; what the model adds is each fact's source
    props = source_properties(model)
    assert all(props(i) is None for i in range(len(model.dei)))  # the cover facts come first
    first = props(len(model.dei))
    assert first is not None and first[f"{PROVENANCE_PREFIX}:source"]["printed"] == "$ 1,200"
    assert props(len(model.dei) + len(model.facts)) is None


def test_the_series_writers_line_up_the_model_facts(model: Model) -> None:
    table = align([Filing("10-K 2024-12-31", ENDS[0], model.cover.cik, facts_frame(model))])
    rows = list(csv.DictReader(io.StringIO(series_csv(table))))
    assert [(r["concept"], r["period"], r["value"]) for r in rows[:2]] == [  # oldest first
        ("us-gaap:Cash", "2023-12-31", "1000000"), ("us-gaap:Cash", "2024-12-31", "1200000")]
    root = etree.fromstring(series_instance(table, model.cover.cik))
    values = {(etree.QName(el).localname, el.text) for el in root if el.get("unitRef")}
    assert ("AssetsCurrent", "1500000") in values and not any(n == "WidgetReceivables" for n, _ in values)
