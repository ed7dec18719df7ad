"""The document and entity information (dei) a filing supports: who, what form, which period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from exporter.documents import Filing
from exporter.extract import Extraction
from exporter.periods import Period

DEFAULT_CIK = "0000000000"
_SUFFIX = re.compile(r"\s+(and|&)\s+(its\s+)?(consolidated\s+)?subsidiar(y|ies)\b.*$", re.I)
_FORMS = {"10-K", "10-Q", "8-K", "10-K405", "10-KSB", "10-QSB", "20-F", "40-F", "6-K", "S-1"}


@dataclass(frozen=True)
class Cover:
    registrant: str
    cik: str
    cik_source: str  # "SEC header" | "--cik" | "none"
    document_type: str
    period_end: date
    fiscal_year_end: str | None  # "--MM-DD"
    fiscal_year: int | None
    fiscal_period: str | None  # FY, Q1..Q3
    context_period: Period  # the period dei facts are reported for
    prefix: str


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


def _document_type(filing: Filing, text: str) -> str:
    form = (filing.header.form_type or "").upper()
    if form in _FORMS:
        return form.replace("405", "").replace("KSB", "K").replace("QSB", "Q")
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


def build_cover(filing: Filing, ex: Extraction, cik: str | None, prefix: str | None) -> Cover:
    text = "\n".join(d.text[:200000] for d in ex.documents)
    name = filing.header.company or _company_from_titles(ex) or filing.source.stem
    name = _proper_case(name, text)
    if cik:
        the_cik, source = cik.zfill(10), "--cik"
    elif filing.header.cik:
        the_cik, source = filing.header.cik, "SEC header"
    else:
        the_cik, source = DEFAULT_CIK, "none"
    periods = [f.period for f in ex.facts]
    ends = [p.end for p in periods]
    period_end = filing.header.period_of_report if filing.header.period_of_report in ends else None
    if period_end is None:
        period_end = max(ends)
    durations = [p for p in periods if p.start is not None and p.end == period_end]
    context = max(durations, key=lambda p: p.days) if durations else Period(period_end)
    cal = ex.calendar
    fye = None
    if cal.year_end:
        fye = f"--{cal.year_end[0]:02d}-{cal.year_end[1]:02d}"
    fy, fp = _focus(context, cal.year_end, period_end)
    return Cover(
        registrant=name.strip(),
        cik=the_cik,
        cik_source=source,
        document_type=_document_type(filing, text),
        period_end=period_end,
        fiscal_year_end=fye,
        fiscal_year=fy,
        fiscal_period=fp,
        context_period=context,
        prefix=(prefix or derive_prefix(name)).lower(),
    )


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
