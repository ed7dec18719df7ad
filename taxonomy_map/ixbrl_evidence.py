"""Evidence from Inline XBRL filings: the row labels issuers print, with the concept they chose.

A real Inline XBRL 10-K/10-Q is a statement whose lines are tagged by the issuer. For
the first balance sheet, income statement and cash-flow table of each filing (the tables
holding the anchor concepts, as ``retag.py truth`` finds them) every row with a
dimension-free ``ix:nonFraction`` gives one piece of evidence:

- the row label as printed, and, for a short line under a heading ("Basic" under
  "Net income per share:"), the label completed by the heading, the way the exporter reads it;
- the issuer's us-gaap / srt concept (extension concepts are skipped);
- the statement and the heading the row sits under;
- whether the issuer shows the concept with its sign reversed (a positive fact printed in
  parentheses, or a negative one printed without): the ``negated`` label role.

Used only when building the concept table (``python -m taxonomy_map.build``); the exporter
reads the CSV it writes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from exporter.read.safe_xml import parse_xml_bytes

IX = "http://www.xbrl.org/2013/inlineXBRL"
XBRLI = "http://www.xbrl.org/2003/instance"
STANDARD_NS = ("fasb.org/us-gaap", "fasb.org/srt")

# the concepts that say which table is which statement (as the re-tagging benchmark finds them)
ANCHORS = {
    "bs": ({"Assets"}, {"LiabilitiesAndStockholdersEquity", "Liabilities"}),
    "is": ({"EarningsPerShareBasic", "EarningsPerShareDiluted", "EarningsPerShareBasicAndDiluted"},
           {"NetIncomeLoss", "ProfitLoss", "NetIncomeLossAvailableToCommonStockholdersBasic"}),
    "cf": ({"NetCashProvidedByUsedInOperatingActivities"},
           {"NetCashProvidedByUsedInInvestingActivities", "NetCashProvidedByUsedInFinancingActivities"}),
}


@dataclass(frozen=True)
class RowEvidence:
    """One printed row of one filing's statement and the concept the issuer gave it."""

    filing: str
    label: str
    concept: str
    role: str  # label | negated
    statement: str  # bs | is | cf
    section: str  # the heading the row sits under ("" when none)


def company_of(filing: str) -> str:
    """The company a filing (file or folder name) belongs to: its ticker-like first word."""
    return re.split(r"[-_.]", Path(filing).name, maxsplit=1)[0].lower()


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _load(path: Path) -> etree._Element:
    return parse_xml_bytes(path.read_bytes())  # EDGAR's <XBRL> wrapper removed


def _dimensionless_contexts(root: etree._Element) -> set[str]:
    return {
        ctx.get("id") or ""
        for ctx in root.iter(f"{{{XBRLI}}}context")
        if ctx.find(f".//{{{XBRLI}}}segment") is None and ctx.find(f".//{{{XBRLI}}}scenario") is None
    }


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).replace("\xa0", " ").split())


def clean_label(text: str) -> str:
    """A printed label without footnote marks, leaders and a trailing colon."""
    text = re.sub(r"\s*\(\s*\d\s*\)\s*$|\s*\*+\s*$|(?<=[a-z])\d$", "", text)
    text = re.sub(r"\.{3,}|…", " ", text)
    return " ".join(text.split()).strip(" :.").rstrip(" $(:")


def _ancestor(el: etree._Element, name: str) -> etree._Element | None:
    return next((a for a in el.iterancestors() if _local(a.tag) == name), None)


def _cell(el: etree._Element) -> etree._Element | None:
    return next((a for a in el.iterancestors() if _local(a.tag) in ("td", "th")), None)


def _row_cells(tr: etree._Element) -> list[etree._Element]:
    return [c for c in tr if _local(c.tag) in ("td", "th")]


def _shown_negative(cell: etree._Element, cells: list[etree._Element]) -> bool:
    """Is the number in ``cell`` printed in parentheses (in its cell or split into the next ones)?"""
    i = cells.index(cell)
    around = _text(cell) + "".join(_text(c) for c in cells[i + 1:i + 2])
    before = _text(cells[i - 1]) if i > 0 else ""
    return "(" in around or before.replace("$", "").strip() == "("


def _is_short(label: str) -> bool:
    words = re.findall(r"[a-z]+", label.lower())
    return (len(words) <= 2 and bool(re.match(r"(basic|diluted|assuming|primary|fully)", label, re.I))) or (
        bool(words) and set(words) <= {"other", "net", "total", "miscellaneous"}) or label[:1].islower()


def filing_rows(path: Path) -> list[RowEvidence]:
    """The evidence rows of one Inline XBRL filing (empty when no statement table is found)."""
    root = _load(path)
    plain = _dimensionless_contexts(root)
    tables: dict[etree._Element, list[etree._Element]] = {}
    for el in root.iter(f"{{{IX}}}nonFraction"):
        table = _ancestor(el, "table")
        if table is not None and el.get("contextRef") in plain:
            tables.setdefault(table, []).append(el)
    out: list[RowEvidence] = []
    for statement, (need_a, need_b) in ANCHORS.items():
        for table, facts in tables.items():
            names = {(f.get("name") or "").rpartition(":")[2] for f in facts}
            if names & need_a and names & need_b:
                out.extend(_table_rows(path.stem, statement, table, facts))
                break
    return out


def _table_rows(filing: str, statement: str, table: etree._Element,
                facts: list[etree._Element]) -> list[RowEvidence]:
    by_row: dict[etree._Element, list[etree._Element]] = {}
    for f in facts:
        tr = _ancestor(f, "tr")
        if tr is not None:
            by_row.setdefault(tr, []).append(f)
    out: list[RowEvidence] = []
    heading = ""
    for tr in table.iter("{*}tr"):
        cells = _row_cells(tr)
        tagged = by_row.get(tr)
        if not tagged:
            text = clean_label(_text(tr))
            if text:  # a heading prints no figure: a row that does ("parties  2  2") is a line, heading none below it
                heading = "" if re.search(r"\d", text) else text
            continue
        first = _cell(tagged[0])
        if first is None or first not in cells:
            continue
        label = clean_label(" ".join(_text(c) for c in cells[: cells.index(first)]))
        if not label or not re.search(r"[A-Za-z]", label):
            continue
        votes: Counter[tuple[str, str]] = Counter()
        for f in tagged:
            prefix, _, concept = (f.get("name") or "").rpartition(":")
            if not any(s in (f.nsmap.get(prefix) or "") for s in STANDARD_NS):
                continue
            cell = _cell(f)
            shown = cell is not None and cell in cells and _shown_negative(cell, cells)
            negative = f.get("sign") == "-"
            votes[(concept if prefix != "srt" else f"srt:{concept}",
                   "negated" if shown != negative else "label")] += 1
        if not votes:
            continue
        concept, role = votes.most_common(1)[0][0]
        one_word = len(re.findall(r"[A-Za-z]+", label)) <= 1
        if not (heading and one_word):  # "Services" alone says nothing: under "Revenues:" it is revenue
            out.append(RowEvidence(filing, label, concept, role, statement, heading))
        if heading and (one_word or _is_short(label)):
            out.append(RowEvidence(filing, f"{heading} {label}", concept, role, statement, heading))
    return out


def corpus_rows(folder: Path) -> list[RowEvidence]:
    """Evidence rows of every Inline XBRL filing under ``folder``, in file-name order."""
    rows: list[RowEvidence] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in (".htm", ".html"):
            rows.extend(filing_rows(path))
    return rows
