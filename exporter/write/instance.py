"""The XBRL 2.1 instance: contexts, units, dei cover facts and statement facts."""

from __future__ import annotations

from lxml import etree

from exporter.model import CIK_SCHEME, NS, Model, format_value
from exporter.understand.currency import is_money, is_per_share
from exporter.write.edgar_files import to_bytes


def _q(prefix: str, local: str) -> str:
    return f"{{{NS[prefix]}}}{local}"


def add_context(parent: etree._Element, cid: str, cik: str, start: str | None, end: str,
                prefix: str = "xbrli") -> None:
    ctx = etree.SubElement(parent, _q(prefix, "context"), id=cid)
    entity = etree.SubElement(ctx, _q(prefix, "entity"))
    ident = etree.SubElement(entity, _q(prefix, "identifier"), scheme=CIK_SCHEME)
    ident.text = cik
    period = etree.SubElement(ctx, _q(prefix, "period"))
    if start is None:
        etree.SubElement(period, _q(prefix, "instant")).text = end
    else:
        etree.SubElement(period, _q(prefix, "startDate")).text = start
        etree.SubElement(period, _q(prefix, "endDate")).text = end


def add_unit(parent: etree._Element, unit: str, uid: str) -> None:
    u = etree.SubElement(parent, _q("xbrli", "unit"), id=uid)
    if is_per_share(unit):  # "USD/shares", "EUR/shares"
        div = etree.SubElement(u, _q("xbrli", "divide"))
        num = etree.SubElement(div, _q("xbrli", "unitNumerator"))
        etree.SubElement(num, _q("xbrli", "measure")).text = f"iso4217:{unit.split('/')[0]}"
        den = etree.SubElement(div, _q("xbrli", "unitDenominator"))
        etree.SubElement(den, _q("xbrli", "measure")).text = "xbrli:shares"
    elif is_money(unit):  # "USD", "EUR"
        etree.SubElement(u, _q("xbrli", "measure")).text = f"iso4217:{unit}"
    else:
        etree.SubElement(u, _q("xbrli", "measure")).text = f"xbrli:{unit}"


def add_contexts_and_units(parent: etree._Element, model: Model) -> None:
    for period, cid in model.contexts.items():
        add_context(parent, cid, model.cover.cik,
                    period.start.isoformat() if period.start else None, period.end.isoformat())
    for unit, uid in model.units.items():
        add_unit(parent, unit, uid)


def render_instance(model: Model) -> bytes:
    nsmap = {k: NS[k] for k in ("xbrli", "link", "xlink", "iso4217", "us-gaap", "dei")}
    nsmap[model.prefix] = model.namespace
    root = etree.Element(_q("xbrli", "xbrl"), nsmap=nsmap)
    etree.SubElement(root, _q("link", "schemaRef"), {
        _q("xlink", "type"): "simple", _q("xlink", "href"): f"{model.base}.xsd"})
    add_contexts_and_units(root, model)
    for d in model.dei:
        el = etree.SubElement(root, _q("dei", d.name), contextRef=model.dei_context_of(d))
        if d.unit is not None:
            el.set("unitRef", model.units[d.unit])
            el.set("decimals", d.decimals or "INF")
        el.text = d.value
    ns_of = {"us-gaap": NS["us-gaap"], "": model.namespace}
    for f in model.facts:
        el = etree.SubElement(
            root, f"{{{ns_of.get(f.prefix, model.namespace)}}}{f.concept}",
            contextRef=model.context_id(f.period), unitRef=model.units[f.unit],
            decimals=str(f.decimals),
        )
        el.text = format_value(f.value)
    return to_bytes(root, pretty_print=True)
