"""The company extension taxonomy: schema, label, presentation and calculation linkbases.

* ``.xsd`` imports us-gaap and dei (of the profile's year, exporter.profile), declares one role per statement and
  the extension concepts (lines no us-gaap concept fits, and heading abstracts);
* ``_lab.xml`` gives every concept used the document's own wording, with a
  ``negatedLabel`` where a value printed in parentheses is stored positive;
* ``_pre.xml`` lists each statement's rows in the document's order;
* ``_cal.xml`` holds the totals the document prints, with weights that agree
  with the concepts' balance types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from exporter.kinds import StatementKind
from exporter.map.labels import split_camel
from exporter.model import NS, SCHEMAS, Model
from exporter.understand.calculations import key as calc_key
from exporter.understand.naming import lc3_name
from exporter.understand.records import Statement, UnitKind
from exporter.understand.statements import NAMES
from exporter.write import markup
from exporter.write.edgar_files import to_bytes
from taxonomy_map.reserved import us_gaap_abstracts

ROLE_LABEL = "http://www.xbrl.org/2003/role/label"
ROLE_TERSE = "http://www.xbrl.org/2003/role/terseLabel"
ROLE_NEGATED = "http://www.xbrl.org/2009/role/negatedLabel"
ARC_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label"
ARC_PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child"
ARC_SUMMATION = "http://www.xbrl.org/2003/arcrole/summation-item"
ROOTS = {StatementKind.BS: "StatementOfFinancialPositionAbstract", StatementKind.IS: "IncomeStatementAbstract",
         StatementKind.CF: "StatementOfCashFlowsAbstract"}
ROLE_IDS = {StatementKind.BS: "BalanceSheet", StatementKind.IS: "IncomeStatement",
            StatementKind.CF: "CashFlowStatement"}
COVER_ROLE_ID = "Cover"
COVER_ROOT = "CoverAbstract"  # dei's own heading of the cover page
LINK_KINDS = ("presentationLink", "calculationLink", "definitionLink")
"""Every role we declare may be used on all three (EDGAR rule EFM 6.7.11)."""
XSD_TYPES = {UnitKind.MONETARY: "xbrli:monetaryItemType", UnitKind.SHARES: "xbrli:sharesItemType",
             UnitKind.PER_SHARE: "dtr-types:perShareItemType", UnitKind.PERCENT: "dtr-types:percentItemType"}


def _q(prefix: str, local: str) -> str:
    return f"{{{NS[prefix]}}}{local}"


@dataclass
class ExtConcept:
    name: str
    label: str
    type: str
    period_type: str
    balance: str = ""
    abstract: bool = False


def role_uri(model: Model, code: StatementKind) -> str:
    return f"{model.namespace}/role/{ROLE_IDS[code]}"


def cover_role_uri(model: Model) -> str:
    return f"{model.namespace}/role/{COVER_ROLE_ID}"


def _statement_title(st: Statement) -> str:
    for line in st.table.title:
        if re.search(r"balance|statements?\s+of|income|operations|cash\s+flows|financial", line, re.I):
            return re.sub(r"\s+", " ", line).strip().title()
    return NAMES[st.code]


def extension_concepts(model: Model) -> list[ExtConcept]:
    """Extension concepts: unmapped lines (with their unit, period type) and heading abstracts."""
    out: dict[str, ExtConcept] = {}
    for st in model.statements:
        for ln in [*st.lines, *st.ratio_lines]:
            if ln.prefix:
                continue
            out.setdefault(ln.concept, ExtConcept(
                ln.concept, ln.display_label, XSD_TYPES[ln.unit_kind],
                "instant" if st.code == StatementKind.BS or ln.instant_at is not None else "duration",
                ln.balance if ln.unit_kind == UnitKind.MONETARY else ""))
        for prefix, name, label in headings(st).values():
            if not prefix:
                out.setdefault(name, ExtConcept(name, label, "xbrli:stringItemType", "duration",
                                                abstract=True))
    return [out[k] for k in sorted(out)]


def headings(st: Statement) -> dict[int, tuple[str, str, str]]:
    """Heading rows of a statement as (prefix, abstract concept name, label).

    "Stockholders' equity:" is ``us-gaap:StockholdersEquityAbstract``: a heading whose name
    us-gaap already has takes the us-gaap abstract (EDGAR rejects an extension concept named
    like a standard one, EFM 6.7.16); other headings get an extension abstract (prefix ""). The name
    is the label's words as an extension concept's are (understand/naming.py: without its figures,
    dates and note references), ``Abstract`` after it.
    """
    usable, taken = us_gaap_abstracts(), us_gaap_abstracts(deprecated_too=True)
    out: dict[int, tuple[str, str, str]] = {}
    for r in st.table.rows:
        if r.is_heading:
            name = lc3_name(r.label, "Heading")
            label = r.label.rstrip(":")
            if f"{name}Abstract" in usable and f"{name}Abstract" not in ROOTS.values():
                out[r.index] = ("us-gaap", f"{name}Abstract", label)
            elif f"{name}Abstract" in taken:  # a deprecated us-gaap abstract, or a statement's root
                out[r.index] = ("", f"{name}HeadingAbstract", label)
            else:
                out[r.index] = ("", f"{name}Abstract", label)
    return out


def _href(model: Model, prefix: str, name: str) -> str:
    if prefix in ("us-gaap", "dei"):
        return f"{SCHEMAS[prefix]}#{prefix}_{name}"
    return f"{model.base}.xsd#{model.prefix}_{name}"


def render_schema(model: Model) -> bytes:
    nsmap = {"xs": NS["xs"], "link": NS["link"], "xlink": NS["xlink"], "xbrli": NS["xbrli"],
             "us-gaap": NS["us-gaap"], "dei": NS["dei"], "dtr-types": NS["dtr-types"],
             model.prefix: model.namespace}
    root = etree.Element(_q("xs", "schema"), nsmap=nsmap,
                         targetNamespace=model.namespace, elementFormDefault="qualified",
                         attributeFormDefault="unqualified")
    appinfo = etree.SubElement(etree.SubElement(root, _q("xs", "annotation")), _q("xs", "appinfo"))
    for suffix, kind in (("lab", "label"), ("pre", "presentation"), ("cal", "calculation")):
        etree.SubElement(appinfo, _q("link", "linkbaseRef"), {
            _q("xlink", "type"): "simple",
            _q("xlink", "href"): f"{model.base}_{suffix}.xml",
            _q("xlink", "role"): f"http://www.xbrl.org/2003/role/{kind}LinkbaseRef",
            _q("xlink", "arcrole"): "http://www.w3.org/1999/xlink/properties/linkbase",
        })
    for n, st in enumerate(_unique_statements(model), start=1):
        rt = etree.SubElement(appinfo, _q("link", "roleType"), roleURI=role_uri(model, st.code),
                              id=ROLE_IDS[st.code])
        etree.SubElement(rt, _q("link", "definition")).text = (
            f"{n:02d}0000 - Statement - {_statement_title(st)}")
        for used in LINK_KINDS:
            etree.SubElement(rt, _q("link", "usedOn")).text = f"link:{used}"
    rt = etree.SubElement(appinfo, _q("link", "roleType"), roleURI=cover_role_uri(model),
                          id=COVER_ROLE_ID)
    etree.SubElement(rt, _q("link", "definition")).text = "000000 - Document - Cover"
    for used in LINK_KINDS:
        etree.SubElement(rt, _q("link", "usedOn")).text = f"link:{used}"
    etree.SubElement(root, _q("xs", "import"), namespace=NS["xbrli"],
                     schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd")
    etree.SubElement(root, _q("xs", "import"), namespace=NS["us-gaap"],
                     schemaLocation=SCHEMAS["us-gaap"])
    etree.SubElement(root, _q("xs", "import"), namespace=NS["dei"], schemaLocation=SCHEMAS["dei"])
    etree.SubElement(root, _q("xs", "import"), namespace=NS["dtr-types"],
                     schemaLocation=SCHEMAS["dtr-types"])
    for c in extension_concepts(model):
        attrs = {"id": f"{model.prefix}_{c.name}", "name": c.name, "type": c.type,
                 "substitutionGroup": "xbrli:item", "nillable": "true",
                 _q("xbrli", "periodType"): c.period_type}
        if c.abstract:
            attrs["abstract"] = "true"
        if c.balance:
            attrs[_q("xbrli", "balance")] = c.balance
        etree.SubElement(root, _q("xs", "element"), attrs)
    return to_bytes(root, pretty_print=True)


def _unique_statements(model: Model) -> list[Statement]:
    seen: dict[str, Statement] = {}
    for st in model.statements:
        seen.setdefault(st.code, st)
    return list(seen.values())


_LINKBASE = "<link:linkbase" + markup.attrs((f"xmlns:{p}", NS[p]) for p in ("link", "xlink", "xsi")) + ">"


def _linkbase(body: list[str]) -> bytes:
    """The linkbase document holding ``body`` (markup), as written."""
    return to_bytes(markup.parse("".join([_LINKBASE, *body, "</link:linkbase>"])), pretty_print=True)


def _loc(href: str, label: str) -> str:
    return f'<link:loc xlink:type="locator" xlink:href="{markup.value(href)}" xlink:label="{markup.value(label)}"/>'


def _arc(kind: str, arcrole: str, frm: str, to: str, more: str = "") -> str:
    """A ``link:{kind}`` arc; ``more``: its further attributes, as markup."""
    return (f'<link:{kind} xlink:type="arc" xlink:arcrole="{markup.value(arcrole)}" xlink:from="{markup.value(frm)}" '
            f'xlink:to="{markup.value(to)}"{more}/>')


def _role_ref(uri: str, href: str) -> str:
    return markup.empty("link:roleRef", ("roleURI", uri), ("xlink:type", "simple"), ("xlink:href", href))


def _extended(kind: str, role: str) -> str:
    return f"<link:{kind}{markup.attrs([('xlink:type', 'extended'), ('xlink:role', role)])}>"


def _concept_key(prefix: str, name: str) -> str:
    return f"{prefix or 'ext'}_{name}"


def render_labels(model: Model) -> bytes:
    out = []
    if any(ln.factor == -1 for st in model.statements for ln in st.lines):
        out.append(_role_ref(ROLE_NEGATED, "http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd#negatedLabel"))
    out.append(_extended("labelLink", "http://www.xbrl.org/2003/role/link"))
    labels: dict[tuple[str, str], dict[str, str]] = {}
    origin: dict[tuple[str, str], str] = {}  # the statement an extension concept comes from
    for st in model.statements:
        for ln in [*st.lines, *st.ratio_lines]:
            key = (ln.prefix, ln.concept)
            origin.setdefault(key, st.code)
            roles = labels.setdefault(key, {})
            main = ROLE_LABEL if not ln.prefix else ROLE_TERSE
            roles.setdefault(main, ln.display_label)
            if ln.factor == -1:
                roles.setdefault(ROLE_NEGATED, ln.display_label)
        for head_prefix, head_name, head_label in headings(st).values():
            labels.setdefault((head_prefix, head_name), {}).setdefault(
                ROLE_TERSE if head_prefix else ROLE_LABEL, head_label)
        for concepts in st.parentheticals.values():
            for c in concepts:
                words = split_camel(c).replace("or stated ", "").capitalize()
                labels.setdefault(("us-gaap", c), {}).setdefault(ROLE_TERSE, words)
    _unique_standard_labels(labels, origin)
    blank = []  # the labels of no words: an empty text, which markup cannot write (<a></a> is read as <a/>)
    for (prefix, name), roles in sorted(labels.items()):
        ckey = _concept_key(prefix, name)
        out.append(_loc(_href(model, prefix, name), f"loc_{ckey}"))
        for n, (role, text) in enumerate(sorted(roles.items())):
            lab_id = f"lab_{ckey}_{n}"
            out.append(f'<link:label xlink:type="resource" xlink:label="{markup.value(f"lab_{ckey}")}" '
                       f'xlink:role="{markup.value(role)}" xml:lang="en-US" id="{markup.value(lab_id)}">'
                       f"{markup.text(text)}</link:label>")
            if not text:
                blank.append(lab_id)
        out.append(_arc("labelArc", ARC_LABEL, f"loc_{ckey}", f"lab_{ckey}"))
    out.append("</link:labelLink>")
    root = markup.parse("".join([_LINKBASE, *out, "</link:linkbase>"]))
    for lab_id in blank:
        root.xpath("//*[@id=$i]", i=lab_id)[0].text = ""
    return to_bytes(root, pretty_print=True)


def _unique_standard_labels(labels: dict[tuple[str, str], dict[str, str]],
                            origin: dict[tuple[str, str], str]) -> None:
    """Labels trimmed (EFM 6.10.8), and two extension concepts never share a standard label
    (EFM 6.10.4): the second "Impairment and closure costs" says its statement,
    "... (Cash Flow Statement)"."""
    for roles in labels.values():  # no leading, trailing or doubled white space (EFM 6.10.8)
        for role, text in roles.items():
            roles[role] = " ".join(text.split())
    seen: set[str] = set()
    for key in sorted(labels):
        standard = labels[key].get(ROLE_LABEL)
        if standard is None:
            continue
        text = standard
        if text.lower() in seen:
            code = origin.get(key, "")
            text = f"{text} ({NAMES[code]})" if code in NAMES else text
            if text.lower() in seen:
                text = f"{text} ({key[1]})"
            labels[key][ROLE_LABEL] = text
        seen.add(text.lower())


def _role_refs(model: Model) -> list[str]:
    return [_role_ref(role_uri(model, st.code), f"{model.base}.xsd#{ROLE_IDS[st.code]}")
            for st in _unique_statements(model)]


def _by_code(model: Model) -> list[list[Statement]]:
    """The statements of each statement role, in the order the model has them first."""
    by_code: dict[StatementKind, list[Statement]] = {}
    for st in model.statements:
        by_code.setdefault(st.code, []).append(st)
    return list(by_code.values())


def render_presentation(model: Model) -> bytes:
    out = _role_refs(model)
    if model.dei:  # the cover's roleRef after the statements'
        out.append(_role_ref(cover_role_uri(model), f"{model.base}.xsd#{COVER_ROLE_ID}"))
    for sts in _by_code(model):
        code = sts[0].code
        out.append(_extended("presentationLink", role_uri(model, code)))
        root_name = ROOTS[code]
        out.append(_loc(_href(model, "us-gaap", root_name), f"loc_{root_name}"))
        placed: set[str] = set()
        order = 0
        for st in sts:
            heads = headings(st)
            lines = {ln.row.index: ln for ln in st.lines}
            for r in st.table.rows:
                pref: str | None
                if r.index in heads:
                    prefix, name, _ = heads[r.index]
                    pref = ROLE_TERSE if prefix else None
                elif r.index in lines:
                    ln = lines[r.index]
                    prefix, name = ln.prefix, ln.concept
                    pref = ROLE_NEGATED if ln.factor == -1 else (ROLE_TERSE if ln.prefix else None)
                else:
                    continue
                extra: list[tuple[str, str, str | None]] = [
                    ("us-gaap", c, None) for c in st.parentheticals.get(r.index, [])]
                extra += [(x.prefix, x.concept, None) for x in st.ratio_lines if x.row.index == r.index]
                for a_prefix, a_name, a_pref in [(prefix, name, pref), *extra]:
                    key = _concept_key(a_prefix, a_name)
                    if key in placed:
                        continue
                    placed.add(key)
                    order += 1
                    out.append(_loc(_href(model, a_prefix, a_name), f"loc_{key}"))
                    more = f' order="{order}"' + (f' preferredLabel="{markup.value(a_pref)}"' if a_pref else "")
                    out.append(_arc("presentationArc", ARC_PARENT_CHILD, f"loc_{root_name}", f"loc_{key}", more))
        out.append("</link:presentationLink>")
    out += _cover_presentation(model)
    return _linkbase(out)


def _cover_presentation(model: Model) -> list[str]:
    """The cover page group: ``dei:CoverAbstract`` over every dei fact (EDGAR rule EFM 6.12.3:
    each element a fact uses is in some presentation group)."""
    if not model.dei:
        return []
    out = [_extended("presentationLink", cover_role_uri(model)),
           _loc(_href(model, "dei", COVER_ROOT), f"loc_{COVER_ROOT}")]
    for order, name in enumerate(dict.fromkeys(d.name for d in model.dei), start=1):
        out.append(_loc(_href(model, "dei", name), f"loc_dei_{name}"))
        out.append(_arc("presentationArc", ARC_PARENT_CHILD, f"loc_{COVER_ROOT}", f"loc_dei_{name}",
                        f' order="{order}"'))
    out.append("</link:presentationLink>")
    return out


def render_calculation(model: Model) -> bytes:
    """``model.linkbase_calculations`` as one calculation link per statement role (nothing decided here)."""
    out = _role_refs(model)
    for sts in _by_code(model):
        out.append(_extended("calculationLink", role_uri(model, sts[0].code)))
        located: set[str] = set()
        for calc in (c for c in model.linkbase_calculations if c.code == sts[0].code):
            tkey = calc_key(calc.total)
            for ln in [calc.total] + [p for p, _ in calc.parts]:
                lkey = calc_key(ln)
                if lkey not in located:
                    located.add(lkey)
                    out.append(_loc(_href(model, ln.prefix, ln.concept), f"loc_{lkey}"))
            for order, (p, w) in enumerate(calc.parts, start=1):
                out.append(_arc("calculationArc", ARC_SUMMATION, f"loc_{tkey}", f"loc_{calc_key(p)}",
                                f' order="{order}" weight="{w:.1f}"'))
        out.append("</link:calculationLink>")
    return _linkbase(out)
