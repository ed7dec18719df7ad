"""What every writer renders: contexts, units, facts and concepts, with their ids, decided once.

The instance writer, the Inline XBRL writer and the extension taxonomy writer
all take a :class:`Model`, so the ``.xml`` and the ``.htm`` cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from exporter.cover import Cover
from exporter.extract import Extraction
from exporter.facts import Fact, Statement
from exporter.periods import Period

NS = {
    "xbrli": "http://www.xbrl.org/2003/instance",
    "link": "http://www.xbrl.org/2003/linkbase",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xs": "http://www.w3.org/2001/XMLSchema",
    "iso4217": "http://www.xbrl.org/2003/iso4217",
    "us-gaap": "http://fasb.org/us-gaap/2024",
    "dei": "http://xbrl.sec.gov/dei/2024",
    "dtr-types": "http://www.xbrl.org/dtr/type/2022-03-31",
}
SCHEMAS = {
    "us-gaap": "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd",
    "dei": "https://xbrl.sec.gov/dei/2024/dei-2024.xsd",
    "dtr-types": "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd",
}
CIK_SCHEME = "http://www.sec.gov/CIK"
UNIT_IDS = {"USD": "USD", "shares": "shares", "USD/shares": "USDPerShare", "pure": "pure"}


@dataclass(frozen=True)
class DeiFact:
    name: str
    value: str


@dataclass
class Model:
    cover: Cover
    extraction: Extraction
    namespace: str
    prefix: str
    base: str  # file stem: {prefix}-{yyyymmdd}
    contexts: dict[Period, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    dei: list[DeiFact] = field(default_factory=list)

    @property
    def statements(self) -> list[Statement]:
        return self.extraction.statements

    def context_id(self, period: Period) -> str:
        return self.contexts[period]

    @property
    def dei_context(self) -> str:
        return self.contexts[self.cover.context_period]

    def qname(self, fact: Fact) -> str:
        return f"{fact.prefix or self.prefix}:{fact.concept}"


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
    model = Model(cover, ex, namespace, cover.prefix, base)
    facts = sorted(ex.facts, key=lambda f: (f.statement != "bs", f.table, f.row, f.column))
    model.facts = facts
    periods = {f.period for f in facts} | {cover.context_period}
    for p in sorted(periods, key=lambda p: (p.end, p.start or p.end), reverse=True):
        model.contexts[p] = context_id(p)
    for unit in ("USD", "shares", "USD/shares", "pure"):
        if any(f.unit == unit for f in facts):
            model.units[unit] = UNIT_IDS[unit]
    dei = [
        DeiFact("DocumentType", cover.document_type),
        DeiFact("AmendmentFlag", "false"),
        DeiFact("DocumentPeriodEndDate", cover.period_end.isoformat()),
        DeiFact("EntityRegistrantName", cover.registrant),
        DeiFact("EntityCentralIndexKey", cover.cik),
    ]
    if cover.fiscal_year_end:
        dei.append(DeiFact("CurrentFiscalYearEndDate", cover.fiscal_year_end))
    if cover.document_type in ("10-K", "10-Q") and cover.fiscal_year and cover.fiscal_period:
        dei.append(DeiFact("DocumentFiscalYearFocus", str(cover.fiscal_year)))
        dei.append(DeiFact("DocumentFiscalPeriodFocus", cover.fiscal_period))
    model.dei = dei
    return model
