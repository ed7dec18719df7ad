"""The document and entity information (dei) a filing supports: who, what form, which period."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from exporter.read.documents import Document, Filing, ParsedDocument
from exporter.read.ixbrl_input import IssuerFact
from exporter.understand.cover_page import LINES_READ, CoverFact, may_name_auditor, missing, read_auditor, read_cover
from exporter.understand.cover_text import HtmlLines, text_lines
from exporter.understand.extraction import Extraction
from exporter.understand.periods import Period
from exporter.understand.registrant import names, printed_filer

DEFAULT_CIK = "0000000000"
COVER_CHARS = 40000
"""How much of the main document's text the cover reader looks at (the cover and a little more)."""
_SUFFIX = re.compile(r"\s+(and|&)\s+(its\s+)?(consolidated\s+)?subsidiar(y|ies)\b.*$", re.I)
_FORMS = {"10-K", "10-Q", "8-K", "10-K405", "10-KSB", "10-QSB", "20-F", "40-F", "6-K", "S-1"}


@dataclass(frozen=True)
class Cover:
    registrant: str
    cik: str
    cik_source: str  # "SEC header" | "--cik" | "the document's own dei facts" | "none"
    document_type: str
    period_end: date
    fiscal_year_end: str | None  # "--MM-DD"
    fiscal_year: int | None
    fiscal_period: str | None  # FY, Q1..Q3
    context_period: Period  # the period dei facts are reported for
    prefix: str
    printed: dict[str, CoverFact] = field(default_factory=dict)  # dei facts the cover prints
    missing: list[str] = field(default_factory=list)  # required by EDGAR for the form, not printed
    issuer: dict[str, IssuerFact] = field(default_factory=dict)  # an Inline XBRL input's own dei facts


def _company_from_titles(ex: Extraction) -> str | None:
    for st in ex.statements:
        for line in st.table.title:
            clean = _SUFFIX.sub("", line).strip(" .,")
            if re.search(r"\b(inc|corp|corporation|company|co|ltd|llc|group|plc|holdings?)\b\.?",
                         clean, re.I) and len(clean) < 80:
                return clean
    return None


def _proper_case(name: str, text: str) -> str:
    """The name as the narrative spells it ("Innovo Group Inc.") when it is printed in capitals."""
    if not name.isupper():
        return name
    m = re.search(re.escape(name).replace(r"\ ", r"\s+"), text, re.I)
    while m:
        if not m.group(0).isupper():
            return re.sub(r"\s+", " ", m.group(0))
        m = re.compile(re.escape(name).replace(r"\ ", r"\s+"), re.I).search(text, m.end())
    return name.title()


def derive_prefix(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower())
    stop = {"the", "inc", "corp", "co", "company", "corporation", "group", "ltd", "llc", "plc"}
    first = next((w for w in words if w not in stop), words[0] if words else "company")
    prefix = re.sub(r"^[0-9]+", "", first)[:12] or "company"
    return prefix


def _document_type(filing: Filing, text: str, printed: dict[str, CoverFact]) -> str:
    form = (filing.header.form_type or "").upper()
    if form in _FORMS:
        return form
    if "DocumentType" in printed:
        return printed["DocumentType"].value
    for doc in filing.documents:
        t = (doc.doc_type or "").upper()
        if t in _FORMS:
            return t
        if t.startswith("EX-99"):
            return "8-K"
    if re.search(r"^\s*exhibit\s+99", text[:3000], re.I | re.M):
        return "8-K"
    if re.search(r"form\s+10-q\b", text[:5000], re.I):
        return "10-Q"
    if re.search(r"form\s+10-k\b", text[:5000], re.I):
        return "10-K"
    return "Other"


def _main_document(filing: Filing) -> Document | None:
    """The document whose cover is the filing's: the one of the submission's form, else the first."""
    form = (filing.header.form_type or "").upper()
    for doc in filing.documents:
        if form and (doc.doc_type or "").upper() == form:
            return doc
    return filing.documents[0] if filing.documents else None


def printed_cover(filing: Filing, parsed: Sequence[ParsedDocument] = ()) -> dict[str, CoverFact]:
    """The dei facts the filing's cover prints (and, for a 10-K, its auditor's name, city and ID).

    ``parsed``: the documents as the reader parsed them; the main document's tree is read from there."""
    doc = _main_document(filing)
    if doc is None:
        return {}
    root = next((p.root for p in parsed if p.document is doc), None)
    html = HtmlLines(doc.text, root) if doc.kind == "html" else None  # walked once, read on for the auditor
    lines = html.upto(COVER_CHARS, LINES_READ) if html is not None else text_lines(doc.text, COVER_CHARS, LINES_READ)
    facts = read_cover(lines, filing.header.form_type)
    form = facts["DocumentType"].value if "DocumentType" in facts else (filing.header.form_type or "")
    if form.upper().startswith("10-K"):
        every = html.read_on(may_name_auditor) if html is not None else text_lines(doc.text)
        for name, fact in read_auditor(every).items():
            facts.setdefault(name, fact)
    return facts


def _near(when: date, ends: list[date], days: int = 7) -> date | None:
    close = [e for e in ends if abs((e - when).days) <= days]
    return min(close, key=lambda e: abs((e - when).days)) if close else None


def build_cover(filing: Filing, ex: Extraction, cik: str | None, prefix: str | None) -> Cover:
    text = "\n".join(d.text[:200000] for d in ex.documents)
    printed = printed_cover(filing, ex.parsed)
    issuer = dict(filing.inline_dei)
    document_type = _document_type(filing, text, printed)
    filer, why = printed_filer(filing.header, (st.table.title for st in ex.statements))
    if "EntityRegistrantName" in printed and (len(filing.header.filers) < 2 or names(
            printed["EntityRegistrantName"].value, filer.company)):  # as the cover prints it, capitals and all
        name = printed["EntityRegistrantName"].value
    else:
        name = _proper_case(filer.company or _company_from_titles(ex) or filing.source.stem, text)
    if cik:
        the_cik, source = cik.zfill(10), "--cik"
    elif filer.cik:
        the_cik, source = filer.cik, why
    elif "EntityCentralIndexKey" in issuer and re.fullmatch(r"\d{1,10}", issuer["EntityCentralIndexKey"].value):
        the_cik, source = issuer["EntityCentralIndexKey"].value.zfill(10), "the document's own dei facts"
    else:
        the_cik, source = DEFAULT_CIK, "none"
    periods = [f.period for f in ex.facts]
    ends = [p.end for p in periods]
    on_cover = date.fromisoformat(printed["DocumentPeriodEndDate"].value) \
        if "DocumentPeriodEndDate" in printed else None
    period_end = None
    if on_cover is not None and not document_type.startswith("8-K"):
        period_end = _near(on_cover, ends)
    if period_end is None and filing.header.period_of_report in ends:
        period_end = filing.header.period_of_report
    if period_end is None:
        period_end = max(ends)
    durations = [p for p in periods if p.start is not None and p.end == period_end]
    # dei facts are durations: with no statement period ending on the date, the day itself
    context = max(durations, key=lambda p: p.days) if durations else Period(period_end, period_end)
    event = on_cover or filing.header.period_of_report
    if document_type.startswith("8-K") and event is not None:
        # an 8-K reports an event: its dei facts are for the day of the event, not the statements' period
        period_end, context = event, Period(event, event)
    elif on_cover is not None:
        period_end = on_cover
    cal = ex.calendar
    fye = None
    if document_type.startswith("10-K") and period_end is not None and not document_type.startswith("10-KT"):
        fye = f"--{period_end.month:02d}-{period_end.day:02d}"
    elif cal.year_end:
        fye = f"--{cal.year_end[0]:02d}-{cal.year_end[1]:02d}"
    year_end = (int(fye[2:4]), int(fye[5:7])) if fye else None
    fy, fp = _focus(context, year_end, period_end)
    fy = named_fiscal_year(fy, year_end, "\n".join(d.text for d in ex.documents))
    if fp and document_type.startswith("10-K") and not document_type.startswith("10-KT"):
        fp = "FY"  # an annual report, whatever the columns its statements were read with
    found = set(printed) | {"DocumentType", "DocumentPeriodEndDate", "EntityRegistrantName", "AmendmentFlag"}
    if fy and fp:
        found |= {"DocumentFiscalYearFocus", "DocumentFiscalPeriodFocus"}
    if fye:
        found.add("CurrentFiscalYearEndDate")
    return Cover(
        registrant=name.strip(),
        cik=the_cik,
        cik_source=source,
        document_type=document_type,
        period_end=period_end,
        fiscal_year_end=fye,
        fiscal_year=fy,
        fiscal_period=fp,
        context_period=context,
        prefix=(prefix or derive_prefix(name)).lower(),
        printed=printed,
        missing=missing(document_type, found) if document_type != "Other" else [],
        issuer=issuer,
    )


_BLANK = r"(?:\s|&#160;|&nbsp;)+"
_FISCAL_NAMED = re.compile(rf"\bfiscal(?:{_BLANK}year)?{_BLANK}((?:19|20)\d\d)\b", re.I)


def named_fiscal_year(fy: int | None, year_end: tuple[int, int] | None, text: str) -> int | None:
    """The fiscal year as the document names it, when its year ends early in a calendar year.

    A 52/53-week year ending in January or early February is named by some retailers for the
    calendar year it ends in (TJX: fiscal 2025 ended February 1, 2025) and by others for the year
    it starts in (Lowe's: fiscal 2023 ended February 2, 2024). The document says which: the
    earlier year is taken when it names "fiscal (year) {fy-1}" more often than "fiscal (year) {fy}".
    """
    early = year_end is not None and (year_end[0] == 1 or (year_end[0] == 2 and year_end[1] <= 10))
    if fy is None or not early:
        return fy
    named = Counter(int(y) for y in _FISCAL_NAMED.findall(text))
    return fy - 1 if named[fy - 1] > named[fy] else fy


def _focus(context: Period, year_end: tuple[int, int] | None, end: date) -> tuple[int | None, str | None]:
    if context.start is None:
        return None, None
    days = context.days
    fp = "FY" if days > 300 else "Q3" if days > 230 else "Q2" if days > 150 else "Q1"
    if year_end is None:
        return end.year, fp
    m, d = year_end
    # the fiscal year is named for the calendar year in which it ends (a week's slack for 52/53)
    fy = end.year + 1 if (end.month, end.day) > (m, min(d + 7, 31)) else end.year
    return fy, fp
