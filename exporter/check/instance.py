"""A simple model of an XBRL 2.1 instance or Inline XBRL document, read with lxml.

Only what the checks need: contexts, units and facts, each with its source line::

    <xbrli:context id="c-d">                            Context(id="c-d", kind="duration",
      <xbrli:entity>...<xbrli:identifier ...>0000844143   start=2003-06-01, end=2003-08-30)
      <xbrli:period><xbrli:startDate>2003-06-01</...>
    <xbrli:unit id="usd"><xbrli:measure>iso4217:USD      Unit(id="usd", numerators=("USD",))
    <us-gaap:Assets contextRef="c-i" unitRef="usd"       InstanceFact(name="us-gaap:Assets",
        decimals="-3">57000000</us-gaap:Assets>                       value=Decimal("57000000"))

Inline XBRL (``.htm``, ``.html``, ``.xhtml``): facts are ``ix:nonFraction`` and
``ix:nonNumeric``; the value of a nonFraction applies ``format``, ``scale`` and ``sign``;
contexts and units come from ``ix:header``/``ix:resources``. Names are given the usual
prefixes ``us-gaap:``, ``dei:``, ``srt:`` by namespace, whatever prefix the file declares.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from lxml import etree

from exporter.check.ixt import read_number
from exporter.errors import InputError
from exporter.read.safe_xml import parse_xml_bytes

XBRLI = "http://www.xbrl.org/2003/instance"
XBRLDI = "http://xbrl.org/2006/xbrldi"
LINK = "http://www.xbrl.org/2003/linkbase"
IX = "http://www.xbrl.org/2013/inlineXBRL"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
INLINE_SUFFIXES = frozenset({".htm", ".html", ".xhtml"})

_KNOWN_PREFIXES = (
    ("http://fasb.org/us-gaap/", "us-gaap"),
    ("http://xbrl.sec.gov/dei/", "dei"),
    ("http://fasb.org/srt/", "srt"),
)

PeriodKind = Literal["instant", "duration", "forever"]


@dataclass(frozen=True)
class Context:
    id: str
    entity: tuple[str, str]  # (scheme, identifier)
    kind: PeriodKind
    start: date | None  # duration start
    end: date | None  # duration end date or the instant
    segment: tuple[str, ...]  # canonical dimension=member strings (sorted)
    scenario: tuple[str, ...]
    sourceline: int

    @property
    def dimensional(self) -> bool:
        return bool(self.segment or self.scenario)

    @property
    def days(self) -> int | None:
        """Length of a duration in days (``end - start``), None for instants and forever."""
        if self.kind != "duration" or self.start is None or self.end is None:
            return None
        return (self.end - self.start).days

    @property
    def period(self) -> str:
        if self.kind == "forever":
            return "forever"
        if self.kind == "instant":
            return str(self.end)
        return f"{self.start}/{self.end}"

    def key(self) -> tuple[object, ...]:
        """What makes two contexts the same (EFM 6.5.7): entity, period, segment, scenario."""
        return (self.entity, self.kind, self.start, self.end, self.segment, self.scenario)

    def label(self) -> str:
        return f"{self.id} ({self.period})"


@dataclass(frozen=True)
class Unit:
    id: str
    numerators: tuple[str, ...]  # measures as {namespace}local, sorted
    denominators: tuple[str, ...]
    sourceline: int

    def text(self) -> str:
        def local(measures: tuple[str, ...]) -> str:
            return "*".join(m.rsplit("}", 1)[-1] for m in measures)

        return local(self.numerators) + (
            f"/{local(self.denominators)}" if self.denominators else ""
        )


@dataclass(frozen=True)
class InstanceFact:
    name: str  # prefixed name: us-gaap:Assets
    namespace: str
    local: str
    context_ref: str
    unit_ref: str  # "" for non-numeric facts
    decimals: str | None
    precision: str | None
    text: str  # the value as written (displayed text for Inline XBRL)
    value: Decimal | None  # numeric value (after format, scale, sign); None if nil/unreadable
    nil: bool
    sourceline: int
    fmt: str = ""  # Inline XBRL format, if any
    fact_id: str = ""  # the element's id, if any
    scale: int = 0  # Inline XBRL scale (the displayed number times 10**scale)
    fmt_namespace: str = ""  # the namespace the format's prefix is bound to

    @property
    def numeric(self) -> bool:
        return bool(self.unit_ref)

    @property
    def is_us_gaap(self) -> bool:
        return self.namespace.startswith("http://fasb.org/us-gaap/")

    @property
    def is_dei(self) -> bool:
        return self.namespace.startswith("http://xbrl.sec.gov/dei/")

    def where(self) -> str:
        """``line 27`` and, when the fact has one, its id: ``line 8 #f-81``."""
        parts = [f"line {self.sourceline}" if self.sourceline else ""]
        parts.append(f"#{self.fact_id}" if self.fact_id else "")
        return " ".join(p for p in parts if p)

    def tolerance(self) -> Decimal:
        """Half a unit of the last significant digit (0 for INF or no decimals)."""
        places = decimals_int(self.decimals)
        return Decimal(0) if places is None else Decimal("0.5").scaleb(-places)


@dataclass(frozen=True)
class Instance:
    path: Path
    inline: bool
    contexts: tuple[Context, ...]
    units: tuple[Unit, ...]
    facts: tuple[InstanceFact, ...]
    # durations (start, end) whose start the statements the instance was made from print (a company's
    # first period, from inception): the document's own periods, known only where an export is checked
    printed_periods: frozenset[tuple[date, date]] = frozenset()

    def context(self, context_id: str) -> Context | None:
        return self._contexts_by_id().get(context_id)

    def _contexts_by_id(self) -> dict[str, Context]:
        cache: dict[str, Context] | None = self.__dict__.get("_by_id")
        if cache is None:
            cache = {}
            for context in self.contexts:
                cache.setdefault(context.id, context)
            object.__setattr__(self, "_by_id", cache)
        return cache

    def dei(self, local: str) -> InstanceFact | None:
        """The first dei fact named ``local`` in the default (non-dimensional) context."""
        candidates = [f for f in self.facts if f.is_dei and f.local == local and not f.nil]
        for fact in candidates:
            context = self.context(fact.context_ref)
            if context is not None and not context.dimensional:
                return fact
        return candidates[0] if candidates else None


def decimals_int(decimals: str | None) -> int | None:
    """``decimals`` as an int; None for INF, absent or unreadable."""
    if decimals is None:
        return None
    try:
        return int(decimals.strip())
    except ValueError:
        return None


# --- reading ----------------------------------------------------------------------------------


def read_instance(path: Path) -> Instance:
    """Read ``path`` (XBRL 2.1 instance or Inline XBRL); InputError if it is not XML."""
    try:
        root = parse_xml_bytes(path.read_bytes())
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"cannot read the file as XML: {exc}", where=str(path)) from exc
    inline = path.suffix.lower() in INLINE_SUFFIXES or root.find(f".//{{{IX}}}header") is not None
    contexts = tuple(_context(e) for e in root.iter(f"{{{XBRLI}}}context"))
    units = tuple(_unit(e) for e in root.iter(f"{{{XBRLI}}}unit"))
    facts = tuple(_inline_facts(root) if inline else _instance_facts(root))
    return Instance(path=path, inline=inline, contexts=contexts, units=units, facts=facts)


def _text(element: etree._Element | None) -> str:
    return "" if element is None else "".join(element.itertext()).strip()


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _clark(qname_text: str, element: etree._Element) -> str:
    prefix, _, local = qname_text.strip().rpartition(":")
    namespace = element.nsmap.get(prefix or None, "")
    return f"{{{namespace}}}{local}" if namespace else qname_text.strip()


def _members(container: etree._Element | None) -> tuple[str, ...]:
    if container is None:
        return ()
    parts: list[str] = []
    for child in container:
        if not isinstance(child.tag, str):
            continue
        if child.tag == f"{{{XBRLDI}}}explicitMember":
            dimension = _clark(child.get("dimension", ""), child)
            parts.append(f"{dimension}={_clark(_text(child), child)}")
        elif child.tag == f"{{{XBRLDI}}}typedMember":
            dimension = _clark(child.get("dimension", ""), child)
            inner = b"".join(etree.tostring(c, method="c14n") for c in child)
            parts.append(f"{dimension}={inner.decode('utf-8', 'replace')}")
        else:
            parts.append(etree.tostring(child, method="c14n").decode("utf-8", "replace"))
    return tuple(sorted(parts))


def _context(element: etree._Element) -> Context:
    identifier = element.find(f"{{{XBRLI}}}entity/{{{XBRLI}}}identifier")
    entity = ("", "") if identifier is None else (identifier.get("scheme", ""), _text(identifier))
    period = element.find(f"{{{XBRLI}}}period")
    kind: PeriodKind = "duration"
    start = end = None
    if period is not None and period.find(f"{{{XBRLI}}}forever") is not None:
        kind = "forever"
    elif period is not None and period.find(f"{{{XBRLI}}}instant") is not None:
        kind = "instant"
        end = _date(_text(period.find(f"{{{XBRLI}}}instant")))
    elif period is not None:
        start = _date(_text(period.find(f"{{{XBRLI}}}startDate")))
        end = _date(_text(period.find(f"{{{XBRLI}}}endDate")))
    return Context(
        id=element.get("id", ""),
        entity=entity,
        kind=kind,
        start=start,
        end=end,
        segment=_members(element.find(f"{{{XBRLI}}}entity/{{{XBRLI}}}segment")),
        scenario=_members(element.find(f"{{{XBRLI}}}scenario")),
        sourceline=element.sourceline or 0,
    )


def _measures(element: etree._Element | None) -> tuple[str, ...]:
    if element is None:
        return ()
    return tuple(sorted(_clark(_text(m), m) for m in element.findall(f"{{{XBRLI}}}measure")))


def _unit(element: etree._Element) -> Unit:
    divide = element.find(f"{{{XBRLI}}}divide")
    numerators: tuple[str, ...]
    denominators: tuple[str, ...]
    if divide is None:
        numerators, denominators = _measures(element), ()
    else:
        numerators = _measures(divide.find(f"{{{XBRLI}}}unitNumerator"))
        denominators = _measures(divide.find(f"{{{XBRLI}}}unitDenominator"))
    return Unit(element.get("id", ""), numerators, denominators, element.sourceline or 0)


def _prefixed(namespace: str, local: str, prefix: str | None) -> str:
    for start, known in _KNOWN_PREFIXES:
        if namespace.startswith(start):
            return f"{known}:{local}"
    return f"{prefix}:{local}" if prefix else local


def _instance_facts(root: etree._Element) -> Iterator[InstanceFact]:
    """Items of an XBRL 2.1 instance, tuples' items included, in document order."""
    skip = (XBRLI, LINK)
    for element in root:
        if not isinstance(element.tag, str):
            continue
        qname = etree.QName(element)
        if qname.namespace in skip:
            continue
        if element.get("contextRef") is None:
            yield from _instance_facts(element)  # a tuple
            continue
        unit_ref = element.get("unitRef", "")
        nil = element.get(XSI_NIL, "").strip() in ("true", "1")
        text = (element.text or "").strip()
        value = read_number(text) if unit_ref and not nil else None
        yield InstanceFact(
            name=_prefixed(qname.namespace or "", qname.localname, element.prefix),
            namespace=qname.namespace or "",
            local=qname.localname,
            context_ref=element.get("contextRef", ""),
            unit_ref=unit_ref,
            decimals=element.get("decimals"),
            precision=element.get("precision"),
            text=text,
            value=value,
            nil=nil,
            sourceline=element.sourceline or 0,
            fact_id=element.get("id", ""),
        )


def _displayed_text(element: etree._Element) -> str:
    """Text of an ix element without ix:exclude parts."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag != f"{{{IX}}}exclude":
            parts.append(_displayed_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _scale(element: etree._Element) -> int:
    try:
        return int(element.get("scale", "0").strip() or "0")
    except ValueError:
        return 0


def _inline_value(element: etree._Element, text: str, fmt: str) -> Decimal | None:
    number = read_number(text, fmt)
    if number is None:
        return None
    number = number.scaleb(_scale(element))
    if number.as_tuple().exponent > 0:  # type: ignore[operator]
        number = number.quantize(Decimal(1))  # 4E+6 -> 4000000
    return -number if element.get("sign", "").strip() == "-" else number


def _inline_facts(root: etree._Element) -> Iterator[InstanceFact]:
    for element in root.iter(f"{{{IX}}}nonFraction", f"{{{IX}}}nonNumeric"):
        name = element.get("name", "").strip()
        prefix, _, local = name.rpartition(":")
        namespace = element.nsmap.get(prefix or None, "")
        numeric = element.tag == f"{{{IX}}}nonFraction"
        nil = element.get(XSI_NIL, "").strip() in ("true", "1")
        fmt = element.get("format", "").strip()
        text = " ".join(_displayed_text(element).split())
        value = _inline_value(element, text, fmt) if numeric and not nil else None
        yield InstanceFact(
            name=_prefixed(namespace, local, prefix),
            namespace=namespace,
            local=local,
            context_ref=element.get("contextRef", ""),
            unit_ref=element.get("unitRef", "") if numeric else "",
            decimals=element.get("decimals"),
            precision=element.get("precision"),
            text=text,
            value=value,
            nil=nil,
            sourceline=element.sourceline or 0,
            fmt=fmt,
            fact_id=element.get("id", ""),
            scale=_scale(element),
            fmt_namespace=element.nsmap.get(fmt.partition(":")[0] if ":" in fmt else None, "") if fmt else "",
        )
