"""What every writer renders: contexts, units, facts and concepts, with their ids, decided once.

The instance writer, the Inline XBRL writer and the extension taxonomy writer
all take a :class:`Model`, so the ``.xml`` and the ``.htm`` cannot disagree. The model says
where each fact is shown (:class:`Shown`: a statement's cell or the label of its row), so the
Inline XBRL writer tags what the model names and looks nothing up in the statements.
:func:`build_model` makes it once, after reading, from the cover and the extraction;
it is frozen (its attributes are never rebound) and holds no reader: the writers
see the statements, the parsed documents, the calendar and the decisions, nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from exporter.check.finding import Finding
from exporter.kinds import StatementKind
from exporter.profile import PROFILE
from exporter.read.documents import ParsedDocument
from exporter.understand.calculations import Calculation, DroppedSum, decide_calculations
from exporter.understand.cover import Cover
from exporter.understand.currency import unit_id
from exporter.understand.periods import FiscalCalendar, Period
from exporter.understand.records import (
    MONEY,
    PER_SHARE_UNIT,
    SHARES_UNIT,
    UNIT_OF_KIND,
    Fact,
    Origin,
    Statement,
    UnitKind,
    qname,
)

if TYPE_CHECKING:
    from exporter.understand.extraction import Extraction  # what build_model reads; the model keeps none of it

NS = {
    "xbrli": "http://www.xbrl.org/2003/instance",
    "link": "http://www.xbrl.org/2003/linkbase",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xs": "http://www.w3.org/2001/XMLSchema",
    "iso4217": "http://www.xbrl.org/2003/iso4217",
    **PROFILE.namespaces,
}
SCHEMAS = PROFILE.schemas
CIK_SCHEME = "http://www.sec.gov/CIK"
UNIT_IDS = {unit: unit_id(unit) for unit in (MONEY, SHARES_UNIT, PER_SHARE_UNIT, UNIT_OF_KIND[UnitKind.PERCENT])}
"""Each profile unit key's id in the instance (the keys: ``UNIT_OF_KIND``'s), in the order units are
written; another currency's (:func:`unit_id`) after them."""


@dataclass(frozen=True)
class DeiFact:
    """A cover fact: ``name`` in the dei namespace, its ``value`` as dei holds it.

    ``shown``/``format``: the text the document prints for it and the transformation from
    that text to ``value`` (None: not printed, or printed as the value itself). A fact of
    another period than the report's (shares outstanding at a later date) has ``period``;
    a numeric one ``unit`` and ``decimals``.
    """

    name: str
    value: str
    shown: str | None = None
    format: str | None = None
    period: Period | None = None
    unit: str | None = None
    decimals: str | None = None


@dataclass(frozen=True)
class Shown:
    """Where the document shows a fact: a value cell of a statement's table, or the label of its
    row when the label states the number (``origin`` :attr:`Origin.LABEL`)."""

    statement: int  # its index in Model.statements
    row: int
    column: int
    origin: Origin
    label: str  # the statement line's full label (the heading prefix added where it completes it)


@dataclass(frozen=True)
class Model:
    cover: Cover
    namespace: str
    prefix: str
    base: str  # file stem: {prefix}-{yyyymmdd}
    statements: list[Statement]
    documents: list[ParsedDocument]  # the filing's documents as the reader parsed them, with their tables
    calendar: FiscalCalendar
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (table, why it is not a statement)
    findings: list[Finding] = field(default_factory=list)  # the statements disagree with each other
    contexts: dict[Period, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    dei: list[DeiFact] = field(default_factory=list)
    calculations: list[Calculation] = field(default_factory=list)  # every printed total the linkbase sums
    dropped_sums: list[DroppedSum] = field(default_factory=list)  # printed totals left out, and why
    shown: tuple[Shown, ...] = ()  # where each of ``facts`` is shown, in the same order

    @property
    def linkbase_calculations(self) -> list[Calculation]:
        """Exactly the summations of ``_cal.xml``: each once (a ``repeat``, the same summation printed
        again in a later table of the kind, is written for the first)."""
        return [c for c in self.calculations if not c.repeat]

    @property
    def source_name(self) -> str:
        """The file name of the filing's first document ("" when none was read)."""
        return self.documents[0].document.source.name if self.documents else ""

    def context_id(self, period: Period) -> str:
        return self.contexts[period]

    @property
    def dei_context(self) -> str:
        return self.contexts[self.cover.context_period]

    def dei_context_of(self, fact: DeiFact) -> str:
        return self.contexts[fact.period] if fact.period is not None else self.dei_context

    def qname(self, fact: Fact) -> str:
        """The fact's concept as written: its own prefix, or the extension's."""
        return qname(fact.prefix or self.prefix, fact.concept)


def context_id(period: Period) -> str:
    if period.start is None:
        return f"I{period.end:%Y%m%d}"
    return f"D{period.start:%Y%m%d}_{period.end:%Y%m%d}"


def format_value(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def build_model(cover: Cover, ex: Extraction) -> Model:
    base = f"{cover.prefix}-{cover.period_end:%Y%m%d}"
    namespace = f"http://{cover.prefix}.com/{cover.period_end:%Y%m%d}"
    facts = sorted(ex.facts, key=lambda f: (f.statement != StatementKind.BS, f.table, f.row, f.column))
    dei = _dei(cover)
    periods = {f.period for f in facts} | {cover.context_period} | {d.period for d in dei if d.period}
    contexts = {p: context_id(p) for p in sorted(periods, key=lambda p: (p.end, p.start or p.end), reverse=True)}
    # the profile's units first, another currency's a statement's caption names ("in millions of euros") after
    used = {f.unit for f in facts} | {d.unit for d in dei if d.unit}
    units = {unit: unit_id(unit) for unit in dict.fromkeys([*UNIT_IDS, *(f.unit for f in facts)]) if unit in used}
    calculations, dropped_sums = decide_calculations(ex.statements)
    return Model(cover, namespace, cover.prefix, base, ex.statements, ex.parsed, ex.calendar,
                 ex.skipped, ex.findings, contexts, units, facts, dei, calculations, dropped_sums,
                 _shown(ex.statements, facts))


def _shown(statements: list[Statement], facts: list[Fact]) -> tuple[Shown, ...]:
    """Where each fact is shown: the statement that holds it, its row and column, and its line's label."""
    at: dict[int, Shown] = {}
    for i, st in enumerate(statements):
        for f in st.facts:
            line = st.line_for(f.row)
            at[id(f)] = Shown(i, f.row, f.column, f.origin, line.label if line is not None else f.label)
    return tuple(at[id(f)] for f in facts)


_NUMERIC_DEI = {"EntityCommonStockSharesOutstanding": SHARES_UNIT, "EntityPublicFloat": MONEY}


def _decimals(shown: str, value: str) -> str:
    """The accuracy of a printed number: INF when every digit is printed ("15,115,823,000")."""
    digits = re.sub(r"[^\d.]", "", shown)
    if not digits:
        return "INF"
    frac = len(digits.split(".")[1]) if "." in digits else 0
    whole = Decimal(value)
    scale = len(str(int(whole))) - len(digits.split(".")[0]) if whole >= 1 else 0
    return "INF" if scale <= 0 and frac == 0 else str(frac - scale)


def _dei(cover: Cover) -> list[DeiFact]:
    """The cover's dei facts: what the exporter decides (form, period, name, CIK, focus) and what
    the cover prints, each printed one with its text and transformation."""
    printed = cover.printed

    def shown(name: str) -> tuple[str | None, str | None]:
        p = printed.get(name)
        return (p.shown, p.format) if p is not None and p.shown else (None, None)

    dei = [
        DeiFact("DocumentType", cover.document_type, *(shown("DocumentType") if printed.get(
            "DocumentType") and printed["DocumentType"].value == cover.document_type else (None, None))),
        DeiFact("AmendmentFlag", printed["AmendmentFlag"].value if "AmendmentFlag" in printed else "false"),
        DeiFact("DocumentPeriodEndDate", cover.period_end.isoformat(), *(shown("DocumentPeriodEndDate") if printed.get(
            "DocumentPeriodEndDate") and printed["DocumentPeriodEndDate"].value == cover.period_end.isoformat()
            else (None, None))),
        DeiFact("EntityRegistrantName", cover.registrant, *(shown("EntityRegistrantName") if printed.get(
            "EntityRegistrantName") and printed["EntityRegistrantName"].value == cover.registrant else (None, None))),
        DeiFact("EntityCentralIndexKey", cover.cik),
    ]
    if cover.fiscal_year_end:
        dei.append(DeiFact("CurrentFiscalYearEndDate", cover.fiscal_year_end))
    if cover.document_type.startswith(("10-K", "10-Q", "20-F", "40-F")) and cover.fiscal_year \
            and cover.fiscal_period:
        dei.append(DeiFact("DocumentFiscalYearFocus", str(cover.fiscal_year)))
        dei.append(DeiFact("DocumentFiscalPeriodFocus", cover.fiscal_period))
    taken = {d.name for d in dei}
    for name, p in printed.items():
        if name in taken:
            continue
        if name in _NUMERIC_DEI:
            if p.instant is None:
                continue  # a count or an amount needs its date
            dei.append(DeiFact(name, p.value, p.shown, p.format, Period(p.instant), _NUMERIC_DEI[name],
                               _decimals(p.shown, p.value)))
        else:
            dei.append(DeiFact(name, p.value, p.shown or None, p.format))
    return dei
